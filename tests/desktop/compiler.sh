#!/usr/bin/env bash
# Desktop check of the Compiler panel: the native app, in a real window under Xvfb,
# opens lesson 10 and shows the panel's tabs, saving a screenshot of each
# (tests/artifacts/compiler-{escape,bytecode,ast,tokens}-desktop.png), and checks the
# state the app printed:
#   - Escape: the decisions for the lesson's first example are exactly the -m lines the
#     lesson quotes (recorded from real Go 1.23.5), attributed to their functions, and the
#     editor carries one gutter mark per line that has a decision;
#   - Bytecode: main.newPoint chosen by the test interface, its disassembly non-empty
#     and annotated with its source lines;
#   - AST: the closure example's outline has the function literal under counter;
#   - after set_code the report is of the new text: the panel recompiled by itself once
#     typing paused (no test action forces it);
#   - Tokens, on code with a syntax error: the tokens (with automatic semicolons) and the
#     error go build prints, and no escape decisions.
# GS_APP picks another build (default build/native).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop_setup compiler 1400x1600
lesson="$root/lessons/10-compilation.md"

# The first ```text block after a heading: the -m lines the lesson quotes for its example.
quoted() { awk -v h="$1" 'index($0, h) == 1 {f=1} f&&/^```text/{g=1;next} g&&/^```/{exit} g{print}' "$lesson"; }
# The first ```go block after a heading.
example() { awk -v h="$1" 'index($0, h) == 1 {f=1} f&&/^```go/{g=1;next} g&&/^```/{exit} g{print}' "$lesson"; }
json_str() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$1"; }

# run NAME ACTION... : the app for 70 frames with the actions, a screenshot, the final state.
run() {
  local name="$1"; shift
  local args=()
  for a in "$@"; do args+=(--action "$a"); done
  DISPLAY="$display" timeout 120 "$app" --size 1400x1600 --frames 70 --screenshot "$art/compiler-$name-desktop.png" \
    --state --action '{"action":"select_lesson","id":"compilation"}' "${args[@]}" \
    >"$art/compiler-$name-desktop-state.txt" || fail "$name: the app exited with status $?"
  local colors
  colors="$(identify -format '%k' "$art/compiler-$name-desktop.png")"
  [ "$colors" -gt 50 ] || fail "$name: the screenshot looks blank ($colors colours)"
  grep '^{' "$art/compiler-$name-desktop-state.txt" | tail -1
}

want_escape="$(quoted '## Try it: pointers in and out' | sed 's|^\./prog\.go:||')"
[ -n "$want_escape" ] || fail "lesson 10 quotes no -m lines for its first example"

# 1. Escape, on the lesson's own first example (what the editor opens with).
state="$(run escape '{"action":"select_compiler_tab","tab":"escape"}')"
node -e '
const s = JSON.parse(process.argv[1]), want = process.argv[2].split("\n");
const fail = (m) => { console.error("desktop compiler (escape): " + m); process.exit(1); };
if (!s.lesson || s.lesson.id !== "compilation") fail("lesson 10 is not open: " + JSON.stringify(s.lesson));
if (/lesson error/.test(s.console.text)) fail("a lesson failed to load: " + s.console.text);
if (s.panel_tab !== "compiler") fail("the Compiler panel is not the open tab: " + s.panel_tab);
const c = s.panels.compiler;
if (c.tab !== "escape") fail("tab " + c.tab);
if (!c.report || !c.report.compiled) fail("no compiled report: " + JSON.stringify(c.report && c.report.errors));
if (c.report_revision !== c.editor_revision) fail("the report is not of the editor text");
const got = c.report.escapes.map((e) => e.line + ":" + e.col + ": " + e.text);
if (JSON.stringify(got) !== JSON.stringify(want)) fail("escapes differ from the lesson (Go):\n" + got.join("\n") + "\nwant:\n" + want.join("\n"));
const p = c.report.escapes.find((e) => e.text === "moved to heap: p");
if (!p || p.func !== "main.newPoint") fail("moved to heap: p not in main.newPoint: " + JSON.stringify(p));
// point{x, y int}: 16 pointer-free bytes, size class 2 (16 B) of the noscan spans
if (!p.size_class.startsWith("class 2 \u00b7 16 B noscan")) fail("the size class of p: " + JSON.stringify(p.size_class));
const cc = c.report.escapes.find((e) => e.text === "moved to heap: c");
if (!cc || cc.func !== "main.main") fail("moved to heap: c not in main.main");
if (c.drawn_rows !== want.length) fail("the Escape tab drew " + c.drawn_rows + " rows, want " + want.length);
const lines = new Set(c.report.escapes.map((e) => e.line));
if (c.gutter_mark_lines !== lines.size) fail("gutter marks on " + c.gutter_mark_lines + " lines, want " + lines.size);
console.log("desktop compiler escape ok: " + got.length + " -m lines as Go prints them, " + lines.size + " gutter marks");
' "$state" "$want_escape"

# 2. Bytecode of a chosen function.
state="$(run bytecode '{"action":"select_compiler_tab","tab":"bytecode"}' \
  '{"action":"select_function","name":"main.newPoint"}')"
node -e '
const s = JSON.parse(process.argv[1]);
const fail = (m) => { console.error("desktop compiler (bytecode): " + m); process.exit(1); };
const c = s.panels.compiler;
if (c.tab !== "bytecode") fail("tab " + c.tab);
if (c.selected_function !== "main.newPoint") fail("selected " + c.selected_function);
const d = c.report.selected_disasm;
if (!d.startsWith("main.newPoint")) fail("disassembly does not start with the function: " + d.slice(0, 80));
if (!/; line 10: +return &p/.test(d)) fail("no source annotation for line 10:\n" + d);
const instrs = d.split("\n").filter((l) => /^ +\d+ /.test(l)).length;
const f = c.report.funcs.find((x) => x.name === "main.newPoint");
if (!f || f.instructions !== instrs || instrs === 0) fail("instruction count " + instrs + " vs " + JSON.stringify(f));
if (c.drawn_rows < 3) fail("the Bytecode tab drew " + c.drawn_rows + " rows");
const names = c.report.funcs.map((x) => x.name);
for (const n of ["main.main", "main.newPoint", "main.sum", "main.remember"]) if (!names.includes(n)) fail("no " + n + " in " + names);
if (names.some((n) => !n.startsWith("main."))) fail("prelude functions listed: " + names);
console.log("desktop compiler bytecode ok: main.newPoint, " + instrs + " instructions, frame " + f.frame + " bytes");
' "$state"

# 3. AST of the closures example, loaded as the learner's edit.
closures="$(example '## Try it: closures, interfaces and loops')"
[ -n "$closures" ] || fail "lesson 10 has no closures example"
state="$(run ast "{\"action\":\"set_code\",\"code\":$(json_str "$closures")}" '{"action":"select_compiler_tab","tab":"ast"}')"
want_closures="$(quoted '## Try it: closures, interfaces and loops' | sed 's|^\./prog\.go:||')"
node -e '
const s = JSON.parse(process.argv[1]), want = process.argv[2].split("\n");
const fail = (m) => { console.error("desktop compiler (ast): " + m); process.exit(1); };
const c = s.panels.compiler;
if (c.tab !== "ast") fail("tab " + c.tab);
if (c.report_revision !== c.editor_revision) fail("the report is not of the edited text");
const o = c.report.outline;
const ctr = o.findIndex((x) => x.node === "FuncDecl" && x.text === "func counter() func() int");
if (ctr < 0) fail("no func counter in the outline");
const lit = o.findIndex((x, i) => i > ctr && x.node === "FuncLit");
if (lit < 0 || o[lit].depth !== 2 || o[lit].line !== 8) fail("the closure is not under counter: " + JSON.stringify(o[lit]));
if (c.drawn_rows < 10) fail("the AST tab drew " + c.drawn_rows + " rows");
const got = c.report.escapes.map((e) => e.line + ":" + e.col + ": " + e.text);
if (JSON.stringify(got) !== JSON.stringify(want)) fail("escapes differ from the lesson (Go):\n" + got.join("\n"));
console.log("desktop compiler ast ok: " + o.length + " outline rows, closure at depth 2; " + got.length + " -m lines as Go");
' "$state" "$want_closures"

# 4. Tokens, on code that does not parse.
broken=$'package main\n\nfunc main() {\n\tx := \n}\n'
state="$(run tokens "{\"action\":\"set_code\",\"code\":$(json_str "$broken")}" '{"action":"select_compiler_tab","tab":"tokens"}')"
node -e '
const s = JSON.parse(process.argv[1]);
const fail = (m) => { console.error("desktop compiler (tokens): " + m); process.exit(1); };
const c = s.panels.compiler;
if (c.tab !== "tokens") fail("tab " + c.tab);
if (c.report_revision !== c.editor_revision) fail("the report is not of the edited text");
const r = c.report;
if (r.compiled) fail("broken code compiled");
if (!r.errors.length || r.errors[0].line !== 5 || !/syntax error/.test(r.errors[0].msg)) fail("errors " + JSON.stringify(r.errors));
if (r.escapes.length) fail("escape decisions for code that does not compile");
if (r.tokens < 10 || r.automatic_semicolons < 2) fail("tokens " + r.tokens + ", automatic ; " + r.automatic_semicolons);
if (c.drawn_rows !== r.tokens) fail("the Tokens tab drew " + c.drawn_rows + " of " + r.tokens + " rows");
if (c.gutter_mark_lines !== 0) fail("gutter marks left over: " + c.gutter_mark_lines);
console.log("desktop compiler tokens ok: " + r.tokens + " tokens (" + r.automatic_semicolons + " automatic ;), " + r.errors[0].msg);
' "$state"
