#!/usr/bin/env bash
# VM benchmark: the programs in bench/vm under real Go 1.23, under Gopherscope
# (native, and wasm under node), and under Yaegi when installed — best of 3 wall-clock
# runs each, outputs checked equal, ratios printed against Go. Targets (issue 3): within
# 30× of Go on fib and loop; wasm within 1.5× of native. Nothing here is asserted.
# Needs real Go 1.23 (TOOLCHAIN.md) and the native build; the wasm column needs build/web.
set -uo pipefail
source "$(dirname "$0")/lib.sh"  # root, go, the Go cache
ninja -C "$root/build/native" gsrun >/dev/null
native="$root/build/native/tests/gsrun"
wasm="$root/build/web/tests/gsrun.js"
[ -f "$root/build/web/build.ninja" ] && ninja -C "$root/build/web" gsrun >/dev/null 2>&1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
best() {  # best wall time in seconds of 3 runs of "$@", output kept in $tmp/out
  local b=""
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$@" >"$tmp/out" 2>/dev/null
    e=$(date +%s.%N)
    b=$(awk -v b="$b" -v t="$(echo "$e - $s" | bc)" 'BEGIN { if (b == "" || t < b) print t; else print b }')
  done
  echo "$b"
}
printf "%-8s %9s %9s %7s %9s %7s %9s %7s\n" program go native ratio wasm ratio yaegi ratio
for src in "$root"/bench/vm/*.go; do
  name=$(basename "$src" .go)
  mkdir -p "$tmp/$name" && cp "$src" "$tmp/$name/main.go"
  (cd "$tmp/$name" && "$go" build -o prog main.go) || { echo "$name: go build failed"; continue; }
  tg=$(best "$tmp/$name/prog"); cp "$tmp/out" "$tmp/want"
  tn=$(best "$native" "$src"); cmp -s "$tmp/out" "$tmp/want" || tn="WRONG"
  tw="-"; if [ -f "$wasm" ]; then tw=$(best node --no-experimental-fetch "$wasm" "$src"); cmp -s "$tmp/out" "$tmp/want" || tw="WRONG"; fi
  ty="-"; if command -v yaegi >/dev/null; then ty=$(best yaegi run "$src"); cmp -s "$tmp/out" "$tmp/want" || ty="WRONG"; fi
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/) printf "%.1fx", a / b; else print "-" }'; }
  printf "%-8s %8.3fs %8.8ss %7s %8.8ss %7s %8.8ss %7s\n" "$name" "$tg" "$tn" "$(ratio "$tn" "$tg")" "$tw" "$(ratio "$tw" "$tg")" "$ty" "$(ratio "$ty" "$tg")"
done
