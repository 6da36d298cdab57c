#!/usr/bin/env bash
# Desktop check of the Interfaces panel: the native app, in a real window under Xvfb,
# opens lesson 7, runs its itab-cache example, selects the (main.Shape, main.Square)
# entry, saves a screenshot (tests/artifacts/interfaces-desktop.png) and checks the
# state the app printed: the runtime's itab table holds the pairs the program asked
# about, positive and negative, with the lookup counts its assertions produced.
# GS_APP picks another build (default build/native).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop_setup interfaces 1400x1600

# The lesson's example, as the learner runs it.
program="$(awk '/^## Try it: watch the itab cache/{f=1} f&&/^```go/{g=1;next} g&&/^```/{exit} g{print}' \
  "$root/lessons/07-interfaces.md")"
[ -n "$program" ] || fail "lesson 7 has no itab-cache example"
code="$(node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$program")"

DISPLAY="$display" timeout 120 "$app" --size 1400x1600 --frames 80 --screenshot "$art/interfaces-desktop.png" --state \
  --action '{"action":"select_lesson","id":"interfaces"}' \
  --action "{\"action\":\"set_code\",\"code\":$code}" --action '{"action":"run"}' \
  --action '{"action":"select_itab","inter":"main.Shape","type":"main.Square"}' \
  >"$art/interfaces-desktop-state.txt" || fail "the app exited with status $?"
state="$(grep '^{' "$art/interfaces-desktop-state.txt" | tail -1)"
[ -n "$state" ] || fail "no state printed"
colors="$(identify -format '%k' "$art/interfaces-desktop.png")"
[ "$colors" -gt 50 ] || fail "the screenshot looks blank ($colors colours)"

node -e '
const s = JSON.parse(process.argv[1]);
const fail = (m) => { console.error("desktop interfaces: " + m); process.exit(1); };
if (!s.lesson || s.lesson.id !== "interfaces") fail("lesson 7 is not open: " + JSON.stringify(s.lesson));
if (/lesson error/.test(s.console.text)) fail("a lesson failed to load: " + s.console.text);
if (!/2000 1000 0/.test(s.console.text)) fail("the example did not print its counts: " + s.console.text);
const p = s.panels.interfaces;
const find = (i, t) => p.entries.find((e) => e.inter === i && e.type === t);
const want = (i, t, impl, hits) => {
  const e = find(i, t);
  if (!e) fail("no itab (" + i + ", " + t + ") drawn: " + JSON.stringify(p.entries));
  if (e.implements !== impl) fail("(" + i + ", " + t + ") implements=" + e.implements);
  if (e.hits !== hits) fail("(" + i + ", " + t + ") hits=" + e.hits + ", want " + hits);
  return e;
};
// Built by the compiler for the static conversion: every one of the 1000 assertions hits.
const sq = want("main.Shape", "main.Square", true, 1000);
// Built by the first assertion, found by the other 999.
want("main.Shape", "*main.Circle", true, 999);
want("main.Named", "main.Square", true, 999);
// Negative entries: cached failures.
want("fmt.Stringer", "int", false, 999);
want("main.Shape", "string", false, 999);
if (p.table_size !== 512) fail("table size " + p.table_size);
if (p.selected_slot !== sq.slot) fail("the (main.Shape, main.Square) entry is not selected: " + p.selected_slot);
console.log("desktop interfaces ok: " + p.entries.length + " itabs drawn, (main.Shape, main.Square) in slot " + sq.slot);
' "$state"
