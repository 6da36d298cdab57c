#!/usr/bin/env bash
# record-go-expected.sh — regenerates tests/go/{syntax,constants}/*.want from real Go 1.23.
# Each NAME.go is built alone as prog.go with `go build`; the compiler's messages (minus the
# "# command-line-arguments" header, with "./prog.go" shortened to "prog.go") become NAME.want.
# An empty .want means Go accepted the program. In tests/go/constants a program that builds is
# also run, and its output becomes NAME.want. Needs Go installed (not needed to run the tests).
set -euo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=${GOCACHE:-/tmp/gocache-record} GOPATH=${GOPATH:-/tmp/gopath-record} GO111MODULE=off GOFLAGS=
# record DIR RUN: RUN=1 runs programs that build and records their output instead.
record() {
  local dir="$root/tests/go/$1" run=$2
  for src in "$dir"/*.go; do
    name=$(basename "$src" .go)
    cp "$src" "$work/prog.go"
    rm -f "$work/prog"
    (cd "$work" && "$GO" build -o "$work/prog" prog.go 2>&1 || true) |
      grep -v '^# command-line-arguments' | sed 's#\./prog\.go#prog.go#g' > "$dir/$name.want" || true
    if [ "$run" = 1 ] && [ -x "$work/prog" ]; then
      "$work/prog" > "$dir/$name.want" 2>&1 || true
    fi
    echo "$1/$name: $(wc -l < "$dir/$name.want") line(s)"
  done
}
record syntax 0
record constants 1
