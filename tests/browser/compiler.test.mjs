// Browser test of the Compiler view (issue 3) in the web build: a program from the
// escape corpus (tests/go/escape) goes into the editor, the Compiler panel and its tabs
// are opened with real clicks, and the Escape tab must list exactly the -m lines real Go
// printed for that program (recorded in its .want file), with the editor's gutter marks
// on their lines; the Bytecode tab must list the program's functions with the closure
// among them. Screenshots go to tests/artifacts/web-compiler-*.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveApp, root, artifacts, state, action, frames, clickRect, openApp as openAppPage } from "./harness.mjs";

const app = serveApp();

const corpus = (name, ext) => fs.readFileSync(path.join(root, "tests/go/escape", name + ext), "utf8");

// Waits until the Compiler panel's report is of the editor's current text.
async function report(page) {
  await page.waitForFunction(
    () => {
      const c = gsGlue.state().panels.compiler;
      return c && c.report && c.report_revision === c.editor_revision;
    },
    null,
    { timeout: 30000, polling: 100 },
  );
  return (await state(page)).panels.compiler;
}

test("the Compiler view shows Go's -m decisions and the bytecode of the program in the editor", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openAppPage(app, context);
  const source = corpus("closure_escape", ".go");
  const want = corpus("closure_escape", ".want").trim().split("\n").map((l) => l.replace(/^\.\/prog\.go:/, ""));
  await action(page, { action: "set_code", code: source });
  await frames(page, 5);  // the layout settles (the lesson's text loads) before a click
  await clickRect(page, "panel:compiler");
  await clickRect(page, "compiler:tab:escape");
  let c = await report(page);
  assert.equal((await state(page)).panel_tab, "compiler");
  assert.equal(c.tab, "escape");
  assert.ok(c.report.compiled, JSON.stringify(c.report.errors));
  const got = c.report.escapes.map((e) => `${e.line}:${e.col}: ${e.text}`);
  assert.deepEqual(got, want, "the Escape tab lists what real Go's -m printed");
  assert.equal(c.drawn_rows, want.length);
  assert.equal(c.gutter_mark_lines, new Set(c.report.escapes.map((e) => e.line)).size);
  const n = c.report.escapes.find((e) => e.text === "moved to heap: n");
  assert.equal(n.func, "main.counter");
  // An 8-byte pointer-free cell is below 16 bytes: mallocgc's tiny allocator packs it.
  assert.match(n.size_class, /^tiny block \(16 B/, "where mallocgc puts the int cell: " + n.size_class);
  await page.screenshot({ path: path.join(artifacts, "web-compiler-escape.png") });

  await clickRect(page, "compiler:tab:bytecode");
  await action(page, { action: "select_function", name: "main.counter" });
  c = await report(page);
  assert.equal(c.tab, "bytecode");
  const names = c.report.funcs.map((f) => f.name);
  for (const f of ["main.counter", "main.counter.func1", "main.main"]) assert.ok(names.includes(f), `${f} in ${names}`);
  assert.equal(c.selected_function, "main.counter");
  await page.screenshot({ path: path.join(artifacts, "web-compiler-bytecode.png") });
  assert.deepEqual(problems, []);
  await context.close();
});
