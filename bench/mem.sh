#!/usr/bin/env bash
# Memory benchmark (issue 5): the programs in bench/mem under real Go 1.23, under
# Gopherscope natively (gsrun) and as wasm under node (build/web/tests/gsrun.js, when
# present). Each program times itself (time.Now) and reads runtime.MemStats, printing
# "bench NAME key=value ..." lines; everything else it prints is deterministic and is
# checked equal to Go's output (a mismatch shows as WRONG). Each runs RUNS (3) times:
# times and ns/op are the best run, pauses and GC CPU fraction the median run. Ratios:
# native/Go, and wasm/native (the browser target is relative to native).
#   alloc_small   16/32/64-byte pointerful structs: ns/op of the loop, and "net" (loop
#                 minus the same loop on preallocated objects: the allocation alone)
#   alloc_live200 garbage 48-byte nodes allocated with a 200 MB pointer-rich tree live
#   gc_pause200   12+ GC cycles under allocation with 200 MB live: p99 and max of the
#                 cycles' PauseNs (both stop-the-world phases of a cycle summed, as Go
#                 does; with up to 100 cycles the nearest-rank p99 is the maximum), and
#                 GCCPUFraction (since the program started). It runs with
#                 GODEBUG=gctrace=1: the two pauses' own maxima over those cycles (sweep
#                 termination, mark termination: the first and last "clock" times of the
#                 gctrace lines) show which phase a long pause was in. (Not for wasm:
#                 gsrun.js under node does not see the environment, so no gctrace.)
# Targets (native): allocation ns/op within 2× of Go; p99 STW ≤ 1 ms, max ≤ 5 ms; wasm
# within 1.5× of native. Nothing here is asserted (times depend on the machine's load).
#   bench/mem.sh                       uses build/native (built here: ninja gsrun)
#   GS_BUILD=build/x bench/mem.sh      another native build directory
#   GS_NO_WEB_BUILD=1 bench/mem.sh     use build/web's gsrun.js as it is (no ninja there)
#   WASM_LIVE_MB=100 bench/mem.sh      run the wasm column with a smaller live heap
#                                      (its rows are then marked * and footnoted)
#   RUNS=5 bench/mem.sh                more runs per program
set -uo pipefail
source "$(dirname "$0")/lib.sh"  # root, go, the Go cache, build (GS_BUILD)
runs="${RUNS:-3}"
wasm_mb="${WASM_LIVE_MB:-200}"
ninja -C "$build" gsrun >/dev/null || { echo "cannot build gsrun in $build" >&2; exit 1; }
native="$build/tests/gsrun"
wasm="$root/build/web/tests/gsrun.js"
if [ "${GS_NO_WEB_BUILD:-0}" != 1 ] && [ -f "$root/build/web/build.ninja" ]; then
  ninja -C "$root/build/web" gsrun >/dev/null 2>&1
fi
[ -f "$wasm" ] || wasm=""
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# runs ENGINE PROG CMD...: RUNS runs, outputs in $tmp/ENGINE.PROG.N, wall seconds in
# $tmp/ENGINE.PROG.wall (one a line); the checked part of each output must equal
# $tmp/want.PROG, else $tmp/ENGINE.PROG.wrong is made.
runs() {
  local eng=$1 prog=$2 i s e
  shift 2
  : >"$tmp/$eng.$prog.wall"
  for i in $(seq "$runs"); do
    s=$(date +%s.%N)
    "$@" >"$tmp/$eng.$prog.$i" 2>"$tmp/$eng.$prog.$i.err"
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f\n", e - s }' >>"$tmp/$eng.$prog.wall"
    grep -v '^bench ' "$tmp/$eng.$prog.$i" >"$tmp/$eng.$prog.$i.checked"
    cmp -s "$tmp/$eng.$prog.$i.checked" "$tmp/want.$prog" || touch "$tmp/$eng.$prog.wrong"
  done
}
# metric ENGINE PROG NAME KEY min|median: KEY of the "bench NAME" line over the runs,
# "WRONG" if an output differed from Go's, "-" if the engine did not run.
metric() {
  local eng=$1 prog=$2 name=$3 key=$4 how=$5 i
  [ -f "$tmp/$eng.$prog.wall" ] || { echo -; return; }
  [ -f "$tmp/$eng.$prog.wrong" ] && { echo WRONG; return; }
  for i in $(seq "$runs"); do cat "$tmp/$eng.$prog.$i"; done | awk -v n="$name" -v k="$key" '
    $1 == "bench" && $2 == n { for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' |
    sort -g | awk -v how="$how" '{ v[NR] = $1 } END {
      if (NR == 0) { print "-"; exit }
      print (how == "min" ? v[1] : v[int((NR + 1) / 2)]) }'
}
# phase ENGINE PROG 1|3: the median over the runs of the largest sweep-termination (1)
# or mark-termination (3) clock time in the gctrace lines of the cycles after the build.
phase() {
  local eng=$1 prog=$2 field=$3 i k
  [ -f "$tmp/$eng.$prog.wall" ] || { echo -; return; }
  [ -f "$tmp/$eng.$prog.wrong" ] && { echo WRONG; return; }
  for i in $(seq "$runs"); do
    k=$(awk '$1 == "bench" && $2 == "build" { for (i = 3; i <= NF; i++) if ($i ~ /^gcs=/) { sub(/^gcs=/, "", $i); print $i } }' "$tmp/$eng.$prog.$i")
    awk -v f="$field" -v k="${k:-0}" '
      $1 == "gc" && $2 + 0 > k + 0 && $6 == "ms" && $7 == "clock," { split($5, t, "+"); if (t[f] + 0 > m) m = t[f] + 0; seen = 1 }
      END { if (seen) print m }' "$tmp/$eng.$prog.$i.err"
  done | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'
}
wall() {  # wall ENGINE PROG: the best wall time
  [ -f "$tmp/$1.$2.wall" ] || { echo -; return; }
  [ -f "$tmp/$1.$2.wrong" ] && { echo WRONG; return; }
  sort -g "$tmp/$1.$2.wall" | head -1
}
isnum='/^[0-9][0-9.e+-]*$/'  # awk: a number (not "-" or WRONG)
ratio() { awk -v a="$1" -v b="$2" "BEGIN { if (a ~ $isnum && b ~ $isnum && b > 0) printf \"%.2fx\", a / b; else print \"-\" }"; }
num() { awk -v v="$1" -v f="$2" "BEGIN { if (v ~ $isnum) printf f, v; else print v }"; }
gobuild() {  # gobuild NAME SRC: a Go binary at $tmp/NAME/prog
  mkdir -p "$tmp/$1" && cp "$2" "$tmp/$1/main.go"
  (cd "$tmp/$1" && "$go" build -o prog main.go)
}
scaled() {  # scaled SRC MB: SRC with liveMB set to MB, as a file name
  local out="$tmp/scaled.$2.$(basename "$1")"
  sed "s/^const liveMB = 200\b/const liveMB = $2/" "$1" >"$out"
  echo "$out"
}

for src in "$root"/bench/mem/*.go; do
  prog=$(basename "$src" .go)
  gobuild "$prog" "$src" || { echo "$prog: go build failed" >&2; continue; }
  # gc_pause200 also prints Go's gctrace lines (stderr), for the phase rows.
  gd=""; [ "$prog" = gc_pause200 ] && gd=gctrace=1
  runs go "$prog" env GODEBUG="$gd" "$tmp/$prog/prog"
  grep -v '^bench ' "$tmp/go.$prog.1" >"$tmp/want.$prog"
  rm -f "$tmp/go.$prog.wrong"  # Go is the oracle; its own runs are not checked
  runs native "$prog" env GODEBUG="$gd" "$native" "$src"
  if [ -n "$wasm" ]; then
    wsrc="$src"
    if [ "$wasm_mb" != 200 ] && grep -q '^const liveMB = 200\b' "$src"; then
      wsrc=$(scaled "$src" "$wasm_mb")
      # The scaled program's checked output is Go's on the same scaled program.
      gobuild "$prog.scaled" "$wsrc" && "$tmp/$prog.scaled/prog" | grep -v '^bench ' >"$tmp/want.$prog.w"
      touch "$tmp/scaled.$prog"
    else
      cp "$tmp/want.$prog" "$tmp/want.$prog.w"
    fi
    runs wasm "$prog.w" env GODEBUG="$gd" node --no-experimental-fetch "$wasm" "$wsrc"
    for f in "$tmp/wasm.$prog.w".*; do mv "$f" "$tmp/wasm.$prog.${f#"$tmp/wasm.$prog.w."}"; done
  fi
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs; $runs runs each"
[ -n "$wasm" ] || echo "(no build/web/tests/gsrun.js: no wasm column)"
printf "%-26s %-9s %10s %10s %8s %10s %8s\n" benchmark unit go native n/go wasm w/n
row() {  # row LABEL UNIT PROG NAME KEY min|median FORMAT
  local label=$1 unit=$2 prog=$3 name=$4 key=$5 how=$6 fmt=$7 g n w
  g=$(metric go "$prog" "$name" "$key" "$how")
  n=$(metric native "$prog" "$name" "$key" "$how")
  w=$(metric wasm "$prog" "$name" "$key" "$how")
  [ -f "$tmp/scaled.$prog" ] && label="$label *"
  printf "%-26s %-9s %10s %10s %8s %10s %8s\n" "$label" "$unit" "$(num "$g" "$fmt")" "$(num "$n" "$fmt")" \
    "$(ratio "$n" "$g")" "$(num "$w" "$fmt")" "$(ratio "$w" "$n")"
}
for sz in 16 32 64; do
  row "alloc_small $sz B" ns/op alloc_small alloc$sz ns/op min %.1f
  row "alloc_small $sz B net" ns/op alloc_small alloc$sz net min %.1f
done
row "alloc_live200 build" ms alloc_live200 build ms min %.0f
row "alloc_live200 churn" ns/op alloc_live200 churn ns/op min %.1f
row "alloc_live200 churn GCs" cycles alloc_live200 churn gcs median %d
row "gc_pause200 churn" ns/block gc_pause200 pauses churn_ns_per_block min %.1f
row "gc_pause200 STW p99" ms gc_pause200 pauses p99_ms median %.3f
row "gc_pause200 STW max" ms gc_pause200 pauses max_ms median %.3f
row "gc_pause200 STW mean" ms gc_pause200 pauses mean_ms median %.3f
row "gc_pause200 GC CPU" fraction gc_pause200 pauses gc_cpu median %.3f
for f in 1:"sweep-term" 3:"mark-term"; do
  g=$(phase go gc_pause200 "${f%%:*}") n=$(phase native gc_pause200 "${f%%:*}") w=$(phase wasm gc_pause200 "${f%%:*}")
  label="gc_pause200 max ${f#*:}"
  [ -f "$tmp/scaled.gc_pause200" ] && label="$label *"
  printf "%-26s %-9s %10s %10s %8s %10s %8s\n" "$label" ms "$(num "$g" %.3f)" "$(num "$n" %.3f)" "$(ratio "$n" "$g")" \
    "$(num "$w" %.3f)" "$(ratio "$w" "$n")"
done
for src in "$root"/bench/mem/*.go; do
  prog=$(basename "$src" .go)
  g=$(wall go "$prog") n=$(wall native "$prog") w=$(wall wasm "$prog")
  label="$prog wall"
  [ -f "$tmp/scaled.$prog" ] && label="$label *"
  printf "%-26s %-9s %10s %10s %8s %10s %8s\n" "$label" s "$(num "$g" %.2f)" "$(num "$n" %.2f)" "$(ratio "$n" "$g")" \
    "$(num "$w" %.2f)" "$(ratio "$w" "$n")"
done
ls "$tmp"/scaled.* >/dev/null 2>&1 &&
  echo "* wasm column with a ${wasm_mb} MB live heap (WASM_LIVE_MB), the others with 200 MB; w/n compares unlike sizes"
for f in "$tmp"/*.wrong; do
  [ -e "$f" ] || continue
  b=$(basename "$f" .wrong)
  want="$tmp/want.${b#*.}"
  [ "${b%%.*}" = wasm ] && want="$want.w"
  echo "$b: output differs from Go's (first run):"
  diff "$want" "$tmp/$b.1.checked" | head -5
  head -3 "$tmp/$b.1.err"
done
