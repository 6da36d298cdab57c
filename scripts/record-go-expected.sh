#!/usr/bin/env bash
# record-go-expected.sh — regenerates tests/go/syntax/*.want from real Go 1.23.
# Each NAME.go is built alone as prog.go with `go build`; the compiler's messages (minus the
# "# command-line-arguments" header, with "./prog.go" shortened to "prog.go") become NAME.want.
# An empty .want means Go accepted the program. Needs Go installed (not needed to run the tests).
set -euo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/tests/go/syntax"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=${GOCACHE:-/tmp/gocache-record} GOPATH=${GOPATH:-/tmp/gopath-record} GO111MODULE=off GOFLAGS=
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  cp "$src" "$work/prog.go"
  (cd "$work" && "$GO" build -o /dev/null prog.go 2>&1 || true) |
    grep -v '^# command-line-arguments' | sed 's#\./prog\.go#prog.go#g' > "$dir/$name.want" || true
  echo "$name: $(wc -l < "$dir/$name.want") line(s)"
done
