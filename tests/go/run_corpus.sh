#!/usr/bin/env bash
# run_corpus.sh GOPHERSCOPE — runs every tests/go/run/NAME.go with `gopherscope run`
# (each in its own process, so a crash fails one program, not the suite) and compares
# with real Go 1.23's recorded output: stdout byte for byte (NAME.out), the exit status
# and stderr's first line (NAME.err: "exit N" then stderr). Programs we cannot run yet
# are listed in tests/go/run/PENDING with a reason; a listed program that passes fails
# the suite too, so the list stays honest. --update-pending rewrites the list.
set -uo pipefail
bin=$(realpath "${1:?usage: run_corpus.sh path/to/gopherscope [--update-pending]}")
update=${2:-}
dir=$(cd "$(dirname "$0")/run" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A pending
while read -r name _; do [[ -n "$name" && "$name" != \#* ]] && pending[$name]=1; done < "$dir/PENDING"
pass=0 fail=0 pend=0 newly=0
failing=()
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  cp "$src" "$work/prog.go"
  (cd "$work" && timeout 20 "$bin" run prog.go >"$work/out" 2>"$work/err"); code=$?
  want_code=0 want_err=""
  if [[ -f "$dir/$name.err" ]]; then
    want_code=$(head -1 "$dir/$name.err" | sed 's/^exit //')
    want_err=$(sed -n 2p "$dir/$name.err")
  fi
  # addresses differ from run to run: compare them as Go's recording does (0x?)
  got_err=$(head -1 "$work/err" | sed -E 's/0x[0-9a-f]+/0x?/g')
  if cmp -s "$work/out" "$dir/$name.out" && [[ "$code" == "$want_code" && "$got_err" == "$want_err" ]]; then
    if [[ -n "${pending[$name]:-}" ]]; then echo "now passes (remove from PENDING): $name"; newly=$((newly + 1)); fi
    pass=$((pass + 1))
  else
    why="exit $code want $want_code"
    cmp -s "$work/out" "$dir/$name.out" || why="$why; stdout differs"
    [[ "$got_err" == "$want_err" ]] || why="$why; stderr: ${got_err:0:100}"
    failing+=("$name $why")
    if [[ -n "${pending[$name]:-}" ]]; then pend=$((pend + 1)); else echo "FAIL $name: $why"; fail=$((fail + 1)); fi
  fi
done
if [[ "$update" == "--update-pending" ]]; then
  { echo "# Programs of tests/go/run our runtime cannot run correctly yet, with why (run_corpus.sh --update-pending)."
    printf '%s\n' "${failing[@]}"; } > "$dir/PENDING"
fi
echo "tests/go/run: $pass passed, $fail failed, $pend pending (listed in PENDING), $newly newly passing"
[[ $fail -eq 0 && $newly -eq 0 ]]
