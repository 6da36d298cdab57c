#!/usr/bin/env bash
# escape_corpus.sh GOPHERSCOPE [--update-pending] — runs every tests/go/escape/NAME.go with
# `gopherscope run -m` and compares the escape analysis messages (stderr, without the
# "# command-line-arguments" header) with real Go 1.23's `go build -gcflags='-m -l'`
# (NAME.want, recorded by scripts/record-go-expected.sh escape).
# Programs whose messages we do not match yet are listed in tests/go/escape/PENDING with a
# reason; a listed program that matches fails the suite too, so the list stays honest.
# Prints passed/failed/pending counts; exits non-zero on a failure.
set -uo pipefail
bin=$(realpath "${1:?usage: escape_corpus.sh path/to/gopherscope [--update-pending]}")
update=${2:-}
dir=$(cd "$(dirname "$0")/escape" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A pending
[ -f "$dir/PENDING" ] && while read -r name _; do [[ -n "$name" && "$name" != \#* ]] && pending[$name]=1; done < "$dir/PENDING"
pass=0 fail=0 pend=0 newly=0
failing=()
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  cp "$src" "$work/prog.go"
  (cd "$work" && timeout 20 "$bin" run -m prog.go 2>&1 >/dev/null | grep -v '^# command-line-arguments' | grep '^\./prog\.go:' >"$work/got")
  if cmp -s "$work/got" "$dir/$name.want"; then
    if [[ -n "${pending[$name]:-}" ]]; then echo "now matches (remove from PENDING): $name"; newly=$((newly + 1)); fi
    pass=$((pass + 1))
  else
    failing+=("$name $(diff "$work/got" "$dir/$name.want" | grep '^[<>]' | head -1 | cut -c1-120)")
    if [[ -n "${pending[$name]:-}" ]]; then pend=$((pend + 1)); else echo "FAIL $name"; diff "$work/got" "$dir/$name.want" | head -8; fail=$((fail + 1)); fi
  fi
done
if [[ "$update" == "--update-pending" ]]; then
  { echo "# Programs of tests/go/escape whose -m messages we do not match yet (escape_corpus.sh --update-pending)."
    printf '%s\n' "${failing[@]}"; } > "$dir/PENDING"
fi
echo "tests/go/escape: $pass passed, $fail failed, $pend pending (listed in PENDING), $newly newly matching"
[[ $fail -eq 0 && $newly -eq 0 ]]
