#!/usr/bin/env bash
# run.sh — builds the libFuzzer target over the compiler (tests/fuzz/compile_fuzz.cpp) in
# build/fuzz (clang, -fsanitize=fuzzer,address,undefined) and runs it for a bounded time.
#   1. every file of tests/fuzz/regressions/ is compiled once (each once crashed or hung);
#   2. the fuzzer runs from build/fuzz/corpus (the kept, growing corpus; new inputs land
#      there), tests/fuzz/corpus (committed inputs that add coverage) and the Go programs
#      of tests/go/** (copied to build/fuzz/seeds at each run), with tests/fuzz/go.dict.
# Any crash, sanitizer report, leak, timeout (-timeout per input) or out-of-memory
# (-rss_limit_mb) fails the script; the input that caused it is saved under
# tests/artifacts/fuzz/ (libFuzzer's crash-*/leak-*/timeout-*/oom-* files).
#
# Usage: tests/fuzz/run.sh [SECONDS] [-- extra libFuzzer flags]
#          SECONDS defaults to $GS_FUZZ_SECONDS or 60; 0 runs only the regressions.
#        tests/fuzz/run.sh --merge
#          adds to tests/fuzz/corpus the inputs of build/fuzz/corpus that add coverage over
#          the seeds and tests/fuzz/corpus (libFuzzer -merge=1 keeps the smallest of them).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../../scripts/lib.sh"  # root, ccache settings, launcher, step
build="$root/build/fuzz"
fuzzer="$build/tests/fuzz/compile_fuzz"
art="$root/tests/artifacts/fuzz"

merge=0 seconds=${GS_FUZZ_SECONDS:-60} extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --merge) merge=1 ;;
    --) shift; extra=("$@"); break ;;
    *[!0-9]*|'') echo "usage: run.sh [SECONDS] [-- libFuzzer flags] | run.sh --merge" >&2; exit 2 ;;
    *) seconds=$1 ;;
  esac
  shift
done

step "fuzz target (build/fuzz)"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGS_BUILD_APP=OFF -DGS_FUZZ=ON >/dev/null || exit 1
fi
nice ninja -j2 -C "$build" compile_fuzz || exit 1

# The seeds: every Go program of tests/go (libFuzzer reads corpus directories recursively),
# copied afresh at each run.
rm -rf "$build/seeds" && mkdir -p "$build/seeds" "$build/corpus" "$art"
(cd "$root/tests/go" && find . -name '*.go' -print0 | xargs -0 cp --parents -t "$build/seeds")

# Sanitizer settings: leaks are errors (libFuzzer checks each input), UB stops the run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
common=(-timeout=10 -rss_limit_mb=2048 -detect_leaks=1)
# A report the exit status might not show (a sanitizer printing without stopping).
reported() { grep -E -q "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: " "$1"; }

if [ "$merge" = 1 ]; then
  step "merging build/fuzz/corpus into tests/fuzz/corpus"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp -r "$build/seeds" "$tmp/seeds"
  cp "$root/tests/fuzz/corpus"/* "$tmp"/ 2>/dev/null
  ls "$tmp" | sort > "$tmp.before"
  "$fuzzer" -merge=1 "${common[@]}" "$tmp" "$build/corpus" > "$build/merge.log" 2>&1 || {
    tail -20 "$build/merge.log"; rm -f "$tmp.before"; exit 1; }
  added=0
  for f in "$tmp"/*; do
    [ -f "$f" ] || continue
    n=$(basename "$f")
    if ! grep -qxF "$n" "$tmp.before"; then cp "$f" "$root/tests/fuzz/corpus/$n"; added=$((added + 1)); fi
  done
  rm -f "$tmp.before"
  echo "added $added input(s); tests/fuzz/corpus is now $(du -sk "$root/tests/fuzz/corpus" | cut -f1) KB"
  exit 0
fi

step "fuzz regressions (tests/fuzz/regressions)"
regs=()
for f in "$here"/regressions/*; do [ -f "$f" ] && [ "$(basename "$f")" != README.md ] && regs+=("$f"); done
if [ ${#regs[@]} -gt 0 ]; then
  log="$art/regressions.log"
  if ! "$fuzzer" "${common[@]}" "${regs[@]}" > "$log" 2>&1 || reported "$log"; then
    grep -E "Running:|ERROR|runtime error|SUMMARY|Executed|Test unit written" "$log" | tail -20
    echo "FAILED: a regression input crashed, hung or leaked (full log: $log)"
    exit 1
  fi
  echo "${#regs[@]} regression input(s): no crash"
fi
[ "$seconds" = 0 ] && exit 0

step "fuzzing the compiler for $seconds s"
log="$art/fuzz.log"
status=0
(cd "$build" && nice "$fuzzer" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 \
   -dict="$here/go.dict" -artifact_prefix="$art/" "${extra[@]}" \
   "$build/corpus" "$here/corpus" "$build/seeds") > "$log" 2>&1 || status=$?
tail -15 "$log"
if [ "$status" != 0 ] || reported "$log"; then
  grep -E "ERROR|runtime error|SUMMARY|Test unit written|==[0-9]+==" "$log" | head -20
  echo "FAILED: the fuzzer found a crash, leak, timeout or sanitizer report (exit $status)."
  echo "The input is under tests/artifacts/fuzz/; reproduce with: $fuzzer FILE"
  exit 1
fi
echo "fuzzing: no crash in $seconds s; corpus build/fuzz/corpus has $(ls "$build/corpus" | wc -l) input(s)"
