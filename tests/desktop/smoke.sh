#!/usr/bin/env bash
# Desktop smoke test: the native app opens a real window under Xvfb, renders frames,
# opens a lesson, runs the editor's code, saves a screenshot, and exits 0. Checks the
# screenshot is not blank and the state the app reports (threads alive and ticking).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop_setup smoke 1400x900

DISPLAY="$display" timeout 120 "$app" --size 1400x900 --frames 90 --screenshot "$art/desktop.png" --state \
  --action '{"action":"select_lesson","id":"runtime"}' --action '{"action":"run"}' >"$art/desktop-state.txt" \
  || fail "the app exited with status $?"
state="$(grep '^{' "$art/desktop-state.txt" | tail -1)"
[ -n "$state" ] || fail "no state printed"
[ -s "$art/desktop.png" ] || fail "no screenshot"

colors="$(identify -format '%k' "$art/desktop.png")"
echo "screenshot: $art/desktop.png ($(identify -format '%wx%h' "$art/desktop.png"), $colors colours)"
[ "$colors" -gt 50 ] || fail "the screenshot looks blank ($colors colours)"

node -e '
const s = JSON.parse(process.argv[1]);
const fail = (m) => { console.error("desktop smoke: " + m); process.exit(1); };
if (s.frames < 90) fail("rendered " + s.frames + " frames");
if (!s.lesson || s.lesson.id !== "runtime") fail("lesson not open: " + JSON.stringify(s.lesson));
if (s.threads.length < 1) fail("no runtime threads");
const ids = new Set(s.threads.map((t) => t.procid));
if (ids.size !== s.threads.length || ids.has(0) || ids.has(s.ui_thread)) fail("thread ids not distinct OS threads: " + JSON.stringify(s.threads));
if (!s.threads.every((t) => t.heartbeat >= 1)) fail("a thread never beat");
// The program of lesson 1 uses goroutines, runtime.ReadMemStats and runtime.GC: it runs to the
// end, and the collector really frees the heap it dropped.
if (!/GC ran: true/.test(s.console.text) || !/Program exited/.test(s.console.text))
  fail("the program of lesson 1 did not run to the end: " + s.console.text);
console.log("desktop state ok: " + s.threads.length + " Ms, lesson " + s.lesson.id + ", " + s.frames + " frames");
' "$state"

# Progress persists across restarts in $XDG_DATA_HOME/gopherscope: grade a card, quit,
# start again, and the card is still graded.
DISPLAY="$display" timeout 120 "$app" --frames 20 --state --action '{"action":"quiz_lesson"}' \
  --action '{"action":"quiz_reveal"}' --action '{"action":"quiz_grade","grade":"good"}' >"$art/desktop-grade.txt" \
  || fail "grading run exited with status $?"
[ -s "$XDG_DATA_HOME/gopherscope/progress.json" ] || fail "no progress file in XDG_DATA_HOME"
DISPLAY="$display" timeout 120 "$app" --frames 5 --state >"$art/desktop-restart.txt" || fail "restart exited $?"
node -e '
const before = JSON.parse(process.argv[1]).progress.cards, after = JSON.parse(process.argv[2]).progress.cards;
const ids = Object.keys(before);
if (ids.length !== 1) { console.error("desktop smoke: expected one graded card, got " + JSON.stringify(before)); process.exit(1); }
if (JSON.stringify(after) !== JSON.stringify(before)) { console.error("desktop smoke: progress lost on restart: " + JSON.stringify(after)); process.exit(1); }
console.log("desktop progress persisted across a restart: " + ids[0]);
' "$(grep '^{' "$art/desktop-grade.txt" | tail -1)" "$(grep '^{' "$art/desktop-restart.txt" | tail -1)"

# The live Goroutines panel shows the runtime's blocked goroutines (its own script).
GS_APP="$app" bash "$root/tests/desktop/goroutines.sh"
# The live Allocator and GC panels show the runtime's heap and its cycles (its own script).
GS_APP="$app" bash "$root/tests/desktop/memory.sh"
# The Interfaces panel shows the runtime's itab cache (its own script).
GS_APP="$app" bash "$root/tests/desktop/interfaces.sh"
# The Compiler panel shows tokens, AST, -m's escape decisions and bytecode (its own script).
GS_APP="$app" bash "$root/tests/desktop/compiler.sh"
