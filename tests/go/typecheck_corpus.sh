#!/usr/bin/env bash
# typecheck_corpus.sh GOPHERSCOPE [--update-pending] — compiles every
# tests/go/typecheck/NAME.go with `gopherscope run` and compares the compile errors
# with real Go 1.23's (NAME.want: `go build`'s messages, with "prog.go:" positions).
# Programs whose messages we do not match yet are listed in tests/go/typecheck/PENDING;
# a listed program that matches fails the suite too, so the list stays honest.
set -uo pipefail
bin=$(realpath "${1:?usage: typecheck_corpus.sh path/to/gopherscope [--update-pending]}")
update=${2:-}
dir=$(cd "$(dirname "$0")/typecheck" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A pending
[ -f "$dir/PENDING" ] && while read -r name _; do [[ -n "$name" && "$name" != \#* ]] && pending[$name]=1; done < "$dir/PENDING"
pass=0 fail=0 pend=0 newly=0
failing=()
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  cp "$src" "$work/prog.go"
  (cd "$work" && timeout 20 "$bin" run prog.go 2>&1 >/dev/null | grep -v '^# command-line-arguments' | sed 's#^\./prog\.go#prog.go#' >"$work/got")
  if cmp -s "$work/got" "$dir/$name.want"; then
    if [[ -n "${pending[$name]:-}" ]]; then echo "now matches (remove from PENDING): $name"; newly=$((newly + 1)); fi
    pass=$((pass + 1))
  else
    failing+=("$name $(diff "$work/got" "$dir/$name.want" | grep '^[<>]' | head -1 | cut -c1-120)")
    if [[ -n "${pending[$name]:-}" ]]; then pend=$((pend + 1)); else echo "FAIL $name"; diff "$work/got" "$dir/$name.want" | head -6; fail=$((fail + 1)); fi
  fi
done
if [[ "$update" == "--update-pending" ]]; then
  { echo "# Programs of tests/go/typecheck whose errors we do not match yet (typecheck_corpus.sh --update-pending)."
    printf '%s\n' "${failing[@]}"; } > "$dir/PENDING"
fi
echo "tests/go/typecheck: $pass match, $fail failed, $pend pending (listed in PENDING), $newly newly matching"
[[ $fail -eq 0 && $newly -eq 0 ]]
