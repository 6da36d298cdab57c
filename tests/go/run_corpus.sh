#!/usr/bin/env bash
# run_corpus.sh GOPHERSCOPE — runs every tests/go/run/NAME.go with `gopherscope run`
# (each in its own process, so a crash fails one program, not the suite) and compares
# with real Go 1.23's recorded output: stdout byte for byte (NAME.out), the exit status
# and the whole of stderr — panics, fatal errors and goroutine dumps — normalised as the
# recording was (NAME.err: "exit N" then stderr; see run/README.md). Programs whose
# stderr we match only on its first line (Go inlines a frame we print whole, …) are
# listed in tests/go/run/STDERR_FIRST_LINE with why. Programs we cannot run yet are
# listed in tests/go/run/PENDING with a reason. A listed program that passes fails the
# suite too, so both lists stay honest. --update-pending rewrites PENDING.
set -uo pipefail
bin=$(realpath "${1:?usage: run_corpus.sh path/to/gopherscope [--update-pending]}")
update=${2:-}
dir=$(cd "$(dirname "$0")/run" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A pending first_line
while read -r name _; do [[ -n "$name" && "$name" != \#* ]] && pending[$name]=1; done < "$dir/PENDING"
while read -r name _; do [[ -n "$name" && "$name" != \#* ]] && first_line[$name]=1; done < "$dir/STDERR_FIRST_LINE"
# Go's recording rewrites: hexadecimal numbers, and the ids of goroutines other than main
normalise() { sed -E -e 's#0x[0-9a-f]+#0x?#g' -e 's#^goroutine ([2-9]|[1-9][0-9]+) \[#goroutine ? [#' "$1"; }
pass=0 fail=0 pend=0 newly=0 whole_now=0
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
  # the whole of stderr, unless the program is listed as first-line only
  whole=same
  if [[ -f "$dir/$name.err" ]]; then
    normalise "$work/err" > "$work/err.norm"
    tail -n +2 "$dir/$name.err" > "$work/err.want"
    cmp -s "$work/err.norm" "$work/err.want" || whole=differs
  elif [[ -s "$work/err" ]]; then
    whole=differs
  fi
  if [[ -n "${first_line[$name]:-}" ]]; then
    if [[ "$whole" == same ]]; then echo "whole stderr now matches (remove from STDERR_FIRST_LINE): $name"; whole_now=$((whole_now + 1)); fi
    whole=same
  fi
  if [[ "$whole" == differs && "$got_err" == "$want_err" ]]; then
    # say where, so a failing log shows the first differing lines
    got_err="$got_err (stderr differs after line 1: $(diff "$work/err.want" "$work/err.norm" 2>/dev/null | grep -m2 '^[<>]' | tr '\n' ' '))"
  fi
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
echo "tests/go/run: $pass passed, $fail failed, $pend pending (listed in PENDING), $newly newly passing," \
  "${#first_line[@]} compared on stderr's first line only (STDERR_FIRST_LINE), $whole_now of them now matching whole"
[[ $fail -eq 0 && $newly -eq 0 && $whole_now -eq 0 ]]
