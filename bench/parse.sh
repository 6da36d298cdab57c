#!/usr/bin/env bash
# Parser benchmark: Gopherscope's front end against Go 1.23's go/parser on the same
# files (by default Go's own standard library sources, minus testdata), on this machine.
# Prints both throughputs and the ratio, and lists any real Go file we reject (a bug).
# Needs real Go 1.23 (see TOOLCHAIN.md) and the native build (scripts/test builds it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
go=/usr/lib/go-1.23/bin/go
src="${1:-/usr/lib/go-1.23/src}"
export GOCACHE="${GOCACHE:-/tmp/gs-bench-gocache}" GOPATH="${GOPATH:-/tmp/gs-bench-gopath}" GOFLAGS=-mod=mod
ninja -C "$root/build/native" gs_parse_bench >/dev/null
files="$(mktemp)"
find -L "$src" -name '*.go' -not -path '*/testdata/*' | sort >"$files"
tmp="$(mktemp -d)"
(cd "$root/bench/go" && "$go" build -o "$tmp/go_parse_bench" parse_bench.go)
for run in 1 2 3; do
  ours="$("$root/build/native/bench/gs_parse_bench" - <"$files" 2>"$tmp/rejected.txt")"
  theirs="$("$tmp/go_parse_bench" <"$files")"
  echo "$ours"; echo "$theirs"
done | tee "$tmp/out.txt"
ours_best="$(grep '^gopherscope' "$tmp/out.txt" | awk '{print $(NF-3)}' | sort -g | tail -1)"
theirs_best="$(grep '^go/parser' "$tmp/out.txt" | awk '{print $(NF-3)}' | sort -g | tail -1)"
awk -v a="$ours_best" -v b="$theirs_best" 'BEGIN { printf "best of 3: %.1f MB/s vs %.1f MB/s: Gopherscope parses at %.2f× Go'"'"'s speed\n", a, b, a / b }'
if [ -s "$tmp/rejected.txt" ]; then
  echo "files Gopherscope rejected (first 20 errors):"; head -20 "$tmp/rejected.txt"
fi
rm -rf "$tmp" "$files"
