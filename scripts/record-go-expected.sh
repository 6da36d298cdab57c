#!/usr/bin/env bash
# record-go-expected.sh — regenerates the expected outputs of the Go corpus under tests/go from
# real Go 1.23 (Go is needed only to record, never to run the tests).
#   syntax, constants, typecheck: each NAME.go is built alone as prog.go with `go build`; the
#     compiler's messages (minus the "# command-line-arguments" header, with "./prog.go" and
#     the absolute path some messages use shortened to "prog.go") become NAME.want. An empty
#     .want means Go accepted the program. In tests/go/constants a program that builds is also run, and its output becomes NAME.want.
#   escape: each NAME.go is built alone as prog.go with `go build -gcflags='-m -l'` (escape
#     analysis decisions, no inlining: we do not inline); the messages minus the
#     "# command-line-arguments" header, with "./prog.go" kept as Go prints it, become NAME.want.
#   run: each NAME.go must build; its binary is run from the build directory. Stdout becomes
#     NAME.out. NAME.err exists only when the exit status is non-zero or stderr is non-empty:
#     line 1 is "exit N", then stderr with the source path rewritten to /tmp/prog.go and every
#     hexadecimal number 0x... rewritten to 0x? (traceback pc offsets "+0x1d" become "+0x?",
#     argument words and addresses "0xc000012345" become "0x?"), and the id in a traceback
#     header "goroutine 17 [" rewritten to "goroutine ? [" unless it is 1 (ids of other
#     goroutines vary from run to run). See tests/go/run/README.md.
# Usage: record-go-expected.sh                 all of syntax constants typecheck run escape
#        record-go-expected.sh run typecheck   only those directories
#        record-go-expected.sh run/fmt_verbs   one program (DIR/NAME, no .go)
set -euo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=${GOCACHE:-/tmp/gocache-record} GOPATH=${GOPATH:-/tmp/gopath-record} GO111MODULE=off GOFLAGS=

# sources DIR [NAME]: the .go files to record in tests/go/DIR (one when NAME is given).
sources() {
  if [ -n "${2:-}" ]; then echo "$root/tests/go/$1/$2.go"; else ls "$root/tests/go/$1"/*.go; fi
}

# record DIR RUN [NAME]: RUN=1 runs programs that build and records their output instead.
record() {
  local dir="$root/tests/go/$1" run=$2
  for src in $(sources "$1" "${3:-}"); do
    name=$(basename "$src" .go)
    cp "$src" "$work/prog.go"
    rm -f "$work/prog"
    (cd "$work" && "$GO" build -o "$work/prog" prog.go 2>&1 || true) |
      grep -v '^# command-line-arguments' | sed -e 's#\./prog\.go#prog.go#g' -e "s#$work/prog\.go#prog.go#g" \
      > "$dir/$name.want" || true
    if [ "$run" = 1 ] && [ -x "$work/prog" ]; then
      "$work/prog" > "$dir/$name.want" 2>&1 || true
    fi
    echo "$1/$name: $(wc -l < "$dir/$name.want") line(s)"
  done
}

# record_escape [NAME]: tests/go/escape — `go build -gcflags='-m -l'` messages in Go's order.
record_escape() {
  local dir="$root/tests/go/escape"
  for src in $(sources escape "${1:-}"); do
    name=$(basename "$src" .go)
    cp "$src" "$work/prog.go"
    (cd "$work" && "$GO" build -gcflags='-m -l' -o "$work/prog" prog.go 2>&1 || true) |
      grep -v '^# command-line-arguments' > "$dir/$name.want" || true
    echo "escape/$name: $(wc -l < "$dir/$name.want") line(s)"
  done
}

# record_run [NAME]: tests/go/run — NAME.out always, NAME.err only for a failing or noisy run.
# Programs are built in module mode with a go.mod saying "go 1.23", as a user's `go run` in a
# Go 1.23 module would: GOPATH mode would apply Go 1.20's GODEBUG defaults (panic(nil) would
# print "panic: nil" instead of raising *runtime.PanicNilError).
record_run() {
  local dir="$root/tests/go/run" build="$work/run" status
  mkdir -p "$build"
  printf 'module prog\n\ngo 1.23\n' > "$build/go.mod"
  for src in $(sources run "${1:-}"); do
    name=$(basename "$src" .go)
    cp "$src" "$build/prog.go"
    rm -f "$build/prog"
    if ! (cd "$build" && GO111MODULE=on GOTOOLCHAIN=local "$GO" build -o "$build/prog" prog.go \
            > "$work/build.log" 2>&1); then
      echo "run/$name: DOES NOT BUILD" >&2
      cat "$work/build.log" >&2
      failures=$((failures + 1))
      continue
    fi
    status=0
    (cd "$build" && timeout 20 ./prog > "$dir/$name.out" 2> "$work/stderr") || status=$?
    if [ "$status" = 124 ]; then
      echo "run/$name: timed out" >&2
      failures=$((failures + 1))
      continue
    fi
    if [ "$status" != 0 ] || [ -s "$work/stderr" ]; then
      { echo "exit $status"
        sed -E -e "s#$build/prog\.go#/tmp/prog.go#g" -e 's#0x[0-9a-f]+#0x?#g' \
            -e 's#^goroutine ([2-9]|[1-9][0-9]+) \[#goroutine ? [#' "$work/stderr"
      } > "$dir/$name.err"
    else
      rm -f "$dir/$name.err"
    fi
    echo "run/$name: exit $status, $(wc -l < "$dir/$name.out") stdout line(s)"
  done
}

# record_dir DIR [NAME]: one directory (or one program of it) in its own way.
record_dir() {
  case "$1" in
    syntax) record syntax 0 "${2:-}" ;;
    constants) record constants 1 "${2:-}" ;;
    typecheck) record typecheck 0 "${2:-}" ;;
    run) record_run "${2:-}" ;;
    escape) record_escape "${2:-}" ;;
    *) echo "unknown corpus directory: $1" >&2; exit 2 ;;
  esac
}

failures=0
if [ $# = 0 ]; then set -- syntax constants typecheck run escape; fi
for arg in "$@"; do
  case "$arg" in
    */*) record_dir "${arg%%/*}" "${arg#*/}" ;;
    *) record_dir "$arg" ;;
  esac
done
if [ "$failures" != 0 ]; then
  echo "$failures program(s) in tests/go/run failed to record" >&2
  exit 1
fi
