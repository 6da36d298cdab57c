#!/usr/bin/env bash
# run_examples.sh — runs every lesson's runnable examples on a Gopherscope binary.
#
#   tests/lessons/run_examples.sh GOPHERSCOPE [LESSON.md ...]
#
# For each lessons/*.md (README.md excluded), or only the files named: every ```go or
# ~~~go fence that starts at column 0 in the lesson body (the quiz, from a line `## Quiz`
# outside any fence, is not read) is written to a fresh directory as prog.go and run as
# `timeout 20 GOPHERSCOPE run prog.go`, with the lesson's `knobs:` (front matter) as its
# environment and every other Go knob (GOGC, GOMEMLIMIT, GODEBUG, GOMAXPROCS,
# GOTRACEBACK) removed, so the caller's shell cannot change the outcome.
#
# Invariant: an example passes only if it exits with the status its fence line declares:
# `exit=N` after the word go (```go exit=2 for a program meant to panic), 0 otherwise.
# A compile error (exit 1 with "# command-line-arguments" on stderr), a timeout or a kill
# by a signal always fails. Each failure names the lesson file, the example's number
# (0, 1, 2… among the column-0 go fences, as the app numbers them when none is indented)
# and its line, then the first lines of stderr. The exit status is the number of
# failures (capped at 100); 0 means every example ran as declared.
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 GOPHERSCOPE [LESSON.md ...]" >&2
  exit 100
fi
gs="$1"; shift
if [[ ! -x "$gs" ]]; then
  echo "$0: $gs is not an executable" >&2
  exit 100
fi
gs="$(cd "$(dirname "$gs")" && pwd)/$(basename "$gs")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
timeout_s="${GS_LESSON_TIMEOUT:-20}"

lessons=()
if [[ $# -gt 0 ]]; then
  lessons=("$@")
else
  for f in "$root"/lessons/*.md; do
    [[ "$(basename "$f")" == README.md ]] || lessons+=("$f")
  done
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/gs-lesson-examples.XXXXXX")"
trap 'rm -rf "$work"' EXIT

total=0 failed=0
failures=()

# extract LESSON DIR: writes DIR/knobs (one KEY=VALUE a line) and, for each example,
# DIR/N/prog.go plus DIR/N/meta ("LINE EXIT"). Fences of any language are tracked so a
# ```go inside a ````markdown block, or a `## Quiz` inside a fence, is only text.
extract() {
  awk -v dir="$2" '
    function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
    BEGIN { count = 0; fence = ""; ingo = 0; infront = 0 }
    NR == 1 && $0 == "---" { infront = 1; next }
    infront {
      if ($0 == "---") { infront = 0; next }
      if ($0 ~ /^knobs:/) {
        v = trim(substr($0, 7))
        if (v ~ /^".*"$/ || v ~ /^\047.*\047$/) v = substr(v, 2, length(v) - 2)
        n = split(v, kv, /[ \t]+/)
        for (i = 1; i <= n; i++) if (kv[i] != "") print kv[i] > (dir "/knobs")
      }
      next
    }
    fence != "" {
      # A closing fence: the same character, at least as long, nothing after it.
      if (substr($0, 1, length(fence)) == fence && trim(substr($0, length(fence) + 1)) ~ "^" fchar "*$") {
        if (ingo) close(file)
        fence = ""; ingo = 0
        next
      }
      if (ingo) print > file
      next
    }
    /^## Quiz[ \t]*$/ { exit }
    /^(```+|~~~+)/ {
      match($0, /^(```+|~~~+)/)
      fence = substr($0, 1, RLENGTH); fchar = substr(fence, 1, 1)
      info = trim(substr($0, RLENGTH + 1))
      nw = split(info, w, /[ \t]+/)
      if (nw >= 1 && w[1] == "go") {
        want = 0
        for (i = 2; i <= nw; i++) if (w[i] ~ /^exit=[0-9]+$/) want = substr(w[i], 6) + 0
        system("mkdir -p \"" dir "/" count "\"")
        file = dir "/" count "/prog.go"
        printf "" > file
        print NR, want > (dir "/" count "/meta"); close(dir "/" count "/meta")
        ingo = 1; count++
      }
      next
    }
  ' "$1"
}

for lesson in "${lessons[@]}"; do
  name="$(basename "$lesson")"
  dir="$work/${name%.md}"
  mkdir -p "$dir"
  extract "$lesson" "$dir"
  knobs=()
  [[ -f "$dir/knobs" ]] && mapfile -t knobs < "$dir/knobs"
  n=0
  while [[ -d "$dir/$n" ]]; do
    read -r line want < "$dir/$n/meta"
    total=$((total + 1))
    start=$SECONDS
    (cd "$dir/$n" && env -u GOGC -u GOMEMLIMIT -u GODEBUG -u GOMAXPROCS -u GOTRACEBACK \
       "${knobs[@]}" timeout -k 5 "$timeout_s" "$gs" run prog.go \
       > "$dir/$n/stdout" 2> "$dir/$n/stderr" < /dev/null)
    status=$?
    why=""
    if [[ $status -eq 1 ]] && grep -q '^# command-line-arguments' "$dir/$n/stderr"; then
      why="compile error"
    elif [[ $status -eq 124 || $status -eq 137 ]]; then
      why="timed out after ${timeout_s} s"
    elif [[ $status -gt 128 ]]; then
      why="killed by signal $((status - 128))"
    elif [[ $status -ne $want ]]; then
      why="exit status $status, expected $want"
    fi
    if [[ -n "$why" ]]; then
      failed=$((failed + 1))
      failures+=("$name example $n (line $line): $why")
      echo "FAIL $name example $n (line $line): $why [${knobs[*]:-no knobs}]"
      head -n 12 "$dir/$n/stderr" | sed 's/^/    /'
    else
      echo "ok   $name example $n (line $line, exit $status, $((SECONDS - start)) s)"
    fi
    n=$((n + 1))
  done
  if [[ $n -eq 0 ]]; then
    echo "note $name: no column-0 go examples"
  fi
done

echo "$total examples, $failed failed"
for f in "${failures[@]}"; do echo "  $f"; done
[[ $failed -gt 100 ]] && failed=100
exit "$failed"
