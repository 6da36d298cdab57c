#!/usr/bin/env bash
# pprof_check.sh BINARY — the heap profile end to end (issue 5): runs a small allocating
# program with `BINARY run -memprofile FILE prog.go` (or `gsrun -memprofile FILE prog.go`
# when BINARY is gsrun), checks the file is gzip, and — when real Go is installed at
# /usr/lib/go-1.23 — reads it with `go tool pprof -top` and checks that the function
# that allocates what stays in use (main.grow) is at the top of inuse_space, at its
# allocating line, and that the churning function is not. Without Go that part is
# skipped (reported, not failed). Exit status 0 when every check that could run passed.
set -uo pipefail
bin=$(realpath "${1:?usage: pprof_check.sh path/to/gopherscope-or-gsrun}")
go=${GO:-/usr/lib/go-1.23/bin/go}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

cat >"$work/prog.go" <<'GO'
package main

import (
	"fmt"
	"runtime"
)

var kept [][]byte
var sink []byte

// grow allocates 32 MiB that stays reachable.
func grow() {
	for i := 0; i < 8192; i++ {
		kept = append(kept, make([]byte, 4096))
	}
}

// churn allocates 8 MiB of garbage.
func churn() {
	for i := 0; i < 8192; i++ {
		sink = make([]byte, 1024)
	}
}

func main() {
	grow()
	churn()
	runtime.GC()
	fmt.Println(len(kept), len(sink))
}
GO
grow_line=$(grep -n 'make(\[\]byte, 4096)' "$work/prog.go" | cut -d: -f1)

if [[ "$(basename "$bin")" == gsrun* ]]; then
  (cd "$work" && timeout 60 "$bin" -memprofile heap.pb.gz prog.go >out 2>err); code=$?
else
  (cd "$work" && timeout 60 "$bin" run -memprofile heap.pb.gz prog.go >out 2>err); code=$?
fi
check "the program ran (exit $code)" test "$code" -eq 0
check "it printed what Go prints" test "$(cat "$work/out")" = "8192 1024"
check "the profile was written" test -s "$work/heap.pb.gz"
check "the profile is gzip" gzip -t "$work/heap.pb.gz"

if [[ ! -x "$go" ]]; then
  echo "skip go tool pprof: no Go at $go"
  exit $fail
fi
export GOCACHE=${GOCACHE:-/tmp/gocache} GOPATH=${GOPATH:-/tmp/gopath} GOFLAGS=-mod=mod GOTOOLCHAIN=local
"$go" tool pprof -top -sample_index=inuse_space "$work/heap.pb.gz" >"$work/top" 2>"$work/top.err"
check "go tool pprof -top reads it" test $? -eq 0
echo "--- go tool pprof -top -sample_index=inuse_space"
cat "$work/top"
# The first row after the header: flat, flat%, sum%, cum, cum%, name.
first=$(awk '/^ *flat  flat%/ { getline; print $6; exit }' "$work/top")
check "main.grow is at the top of inuse_space (got '$first')" test "$first" = main.grow
check "main.churn holds (almost) nothing in use" \
  bash -c "! awk '\$6 == \"main.churn\" && \$1 ~ /MB\$/ && \$1+0 >= 1 { found=1 } END { exit !found }' '$work/top'"
"$go" tool pprof -top -sample_index=alloc_space "$work/heap.pb.gz" >"$work/alloc" 2>/dev/null
echo "--- go tool pprof -top -sample_index=alloc_space"
cat "$work/alloc"
check "main.churn allocated (alloc_space)" grep -q ' main\.churn$' "$work/alloc"
"$go" tool pprof -top -lines -sample_index=inuse_space "$work/heap.pb.gz" >"$work/lines" 2>/dev/null
# Natively the file is named by its real path, as Go names a program's files.
check "main.grow's samples sit at $(realpath "$work")/prog.go:$grow_line" \
  grep -qF "main.grow $(realpath "$work")/prog.go:$grow_line" "$work/lines"
# In use: 32 MiB kept, unsampled from ~64 samples (sd ~12%): within a factor of 2.
inuse_mb=$(awk '/^Showing nodes accounting for/ { v=$5; sub(/,$/, "", v); print v; exit }' "$work/top")
check "inuse_space total is about 32 MB (got $inuse_mb)" \
  awk -v v="$inuse_mb" 'BEGIN { n = v + 0; if (v ~ /kB$/) n /= 1024; if (v ~ /GB$/) n *= 1024; exit !(n >= 16 && n <= 64) }'
exit $fail
