#!/usr/bin/env bash
# Scheduler benchmark (issue 4): the programs in bench/sched under real Go 1.23 and under
# Gopherscope natively (gsrun) — best of 3 wall-clock runs each, outputs checked equal to
# Go's, ratio ours/Go printed — and the parallel speedup of the CPU-bound 2-goroutine job
# (GOMAXPROCS=1 time / GOMAXPROCS=2 time) for both. Targets: runtime-bound rows (all but
# cpu2, whose ratio is the VM's speed on plain arithmetic) within 3×
# of Go; speedup ≥ 1.8×. Nothing here is asserted (times depend on the machine's load).
#   bench/sched.sh              uses build/native (built here: ninja gsrun)
#   GS_BUILD=build/x bench/sched.sh   another native build directory (absolute, or under the checkout)
#   GS_RUNNER=/path/to/cmd bench/sched.sh  time an existing command taking prog.go (e.g. a
#                               script running `gopherscope run "$@"`) and build nothing
# cpu2 runs real Go on GO_SCALE (default 20) times the work, then divides its times by
# GO_SCALE, so Go's time is long enough to measure; its row is per unit of our work.
set -uo pipefail
source "$(dirname "$0")/lib.sh"  # root, go, the Go cache, build (GS_BUILD)
go_scale="${GO_SCALE:-20}"
if [ -n "${GS_RUNNER:-}" ]; then
  ours="$GS_RUNNER"
else
  ninja -C "$build" gsrun >/dev/null || { echo "cannot build gsrun in $build" >&2; exit 1; }
  ours="$build/tests/gsrun"
fi
echo "ours: $ours"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

best() {  # best wall time in seconds of 3 runs of "$@", output of the last run in $tmp/out
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
gobuild() {  # gobuild NAME SRC: a Go binary at $tmp/NAME/prog
  mkdir -p "$tmp/$1" && cp "$2" "$tmp/$1/main.go"
  (cd "$tmp/$1" && "$go" build -o prog main.go)
}
secs() { awk -v t="$1" 'BEGIN { if (t ~ /^[0-9.]+$/) printf "%.3fs", t; else print t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2fx", a / b; else print "-" }'; }

declare -A t_go t_ours
row() {  # row LABEL NAME GOMAXPROCS
  local label=$1 name=$2 procs=$3 src="$root/bench/sched/$2.go" tg tn
  if [ "$name" = cpu2 ]; then
    # Real Go on go_scale times the work; the output is checked at scale 1.
    gobuild cpu2_check "$src" || return
    GOMAXPROCS=$procs "$tmp/cpu2_check/prog" >"$tmp/want"
    sed "s/^const scale = 1$/const scale = $go_scale/" "$src" >"$tmp/cpu2_scaled.go"
    gobuild cpu2_scaled "$tmp/cpu2_scaled.go" || return
    tg=$(best env GOMAXPROCS="$procs" "$tmp/cpu2_scaled/prog")
    tg=$(awk -v t="$tg" -v s="$go_scale" 'BEGIN { printf "%.4f", t / s }')
  else
    gobuild "$name" "$src" || { echo "$name: go build failed"; return; }
    tg=$(best env GOMAXPROCS="$procs" "$tmp/$name/prog"); cp "$tmp/out" "$tmp/want"
  fi
  tn=$(best env GOMAXPROCS="$procs" "$ours" "$src"); cmp -s "$tmp/out" "$tmp/want" || tn="WRONG"
  t_go[$label]=$tg t_ours[$label]=$tn
  printf "%-16s %5s %9.3fs %10s %8s\n" "$label" "$procs" "$tg" "$(secs "$tn")" "$(ratio "$tn" "$tg")"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
printf "%-16s %5s %10s %10s %8s\n" benchmark procs go ours ratio
row spawn spawn 2
row pingpong/1 pingpong 1
row pingpong/2 pingpong 2
row buffered buffered 2
row select4 select4 2
row cpu2/1 cpu2 1
row cpu2/2 cpu2 2
echo
echo "parallel speedup of cpu2 (GOMAXPROCS=1 time / GOMAXPROCS=2 time):"
echo "  go:   $(ratio "${t_go[cpu2/1]}" "${t_go[cpu2/2]}")"
echo "  ours: $(ratio "${t_ours[cpu2/1]}" "${t_ours[cpu2/2]}")"
# Ours includes compiling the program and starting the runtime, which no second P
# shortens (real Go's start is about a millisecond): the same ratio with the time of
# an empty program taken off both runs is the speedup of the work itself.
printf 'package main\n\nfunc main() {}\n' > "$tmp/empty.go"
t_empty=$(best "$ours" "$tmp/empty.go")
echo "  ours, start-up ($(secs "$t_empty")) taken off both: $(awk -v a="${t_ours[cpu2/1]}" -v b="${t_ours[cpu2/2]}" -v e="$t_empty" \
  'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > e) printf "%.2fx", (a - e) / (b - e); else print "-" }')"
