// End-to-end tests of the web build in real headless Chromium (Debian's, driven by
// playwright-core): the page as a learner meets it. ImGui draws on a canvas, so the
// tests read the UI through the app's test interface (gsGlue.state/action) and also
// click and type at real canvas coordinates to prove input reaches ImGui.
// Screenshots go to tests/artifacts/ — look at them.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveApp, artifacts, state, action, frames, clickRect, openApp as openAppPage } from "./harness.mjs";

const app = serveApp();
const openApp = (context, fragment = "") => openAppPage(app, context, fragment);








test("the page loads cross-origin isolated, with no errors, and the runtime's threads tick", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  assert.equal(await page.evaluate(() => self.crossOriginIsolated), true);
  // Ms start asynchronously (each Web Worker reports its own thread id when it runs).
  await page.waitForFunction(() => gsGlue.state().threads.length >= 2 && gsGlue.state().threads.every((t) => t.procid !== 0), null, { timeout: 15000 });
  const s1 = await state(page);
  assert.ok(s1.threads.length >= 2, "expected several Ms, got " + JSON.stringify(s1.threads));
  const ids = new Set(s1.threads.map((t) => t.procid));
  assert.equal(ids.size, s1.threads.length, "each M is its own thread");
  assert.ok(!ids.has(s1.ui_thread), "no M runs on the page's main thread");
  await page.waitForTimeout(1200);
  const s2 = await state(page);
  for (let i = 0; i < s1.threads.length; i++)
    assert.ok(s2.threads[i].heartbeat > s1.threads[i].heartbeat, `M${i} heartbeat did not advance`);
  // The main thread keeps drawing while the Ms run: frames advance too (waited for,
  // not timed: headless software rendering on a loaded CI machine is slow).
  await page.waitForFunction((f) => gsGlue.state().frames > f + 10, s1.frames, { timeout: 15000 });
  // After the first frame the page makes the rest of the workers, one per possible M.
  await page.waitForFunction(() => gsGlue.workerCount() === 8, null, { timeout: 10000 });
  await page.screenshot({ path: path.join(artifacts, "web-start.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("clicking a lesson on the canvas opens it: its title and text are drawn", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  const s = await state(page);
  assert.ok(s.lessons.length >= 1, "lessons are loaded");
  assert.deepEqual(s.lesson_errors, []);
  const target = s.lessons[s.lessons.length - 1];
  await clickRect(page, "lesson:" + target.id);
  const after = await state(page);
  assert.equal(after.lesson.id, target.id);
  assert.ok(after.lesson.drawn.startsWith(target.title), `drawn: ${after.lesson.drawn.slice(0, 80)}`);
  assert.ok(after.lesson.drawn.split("\n")[1].length > 40, "the first paragraph is drawn");
  await page.screenshot({ path: path.join(artifacts, "web-lesson.png") });
  // Real clicks on the tabs switch between the lesson and its quiz.
  await clickRect(page, "tab:quiz");
  assert.equal((await state(page)).lesson_tab, "quiz");
  await clickRect(page, "tab:lesson");
  assert.equal((await state(page)).lesson_tab, "lesson");
  assert.deepEqual(problems, []);
  await context.close();
});

test("typing in the editor edits the code; undo restores it; Run compiles and runs the Go program", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  const before = (await state(page)).editor.text;
  const s = await state(page);
  const r = s.rects["editor"];
  // Click near the top-left of the editor's text (line 1), then type at the end of the line.
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  await page.mouse.click((r[0] + 80) / dpr, (r[1] + 12) / dpr, { delay: 50 });
  await frames(page, 2);
  // ImGui 1.86 samples key state once a frame: hold a key across frames or it is lost.
  await page.keyboard.down("End");
  await frames(page, 2);
  await page.keyboard.up("End");
  await page.keyboard.type(" // hi", { delay: 20 });
  await frames(page, 3);
  const edited = await state(page);
  assert.ok(edited.editor.text.includes("// hi"), "typed text reached the editor: " + edited.editor.text.slice(0, 60));
  assert.equal(edited.editor.edited, true);
  assert.equal(edited.editor.can_undo, true);
  while ((await state(page)).editor.can_undo) await action(page, { action: "undo" });
  assert.equal((await state(page)).editor.text, before);
  assert.equal((await state(page)).editor.can_redo, true);

  const hello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello from Go\", 6*7)\n}\n";
  await action(page, { action: "set_code", code: hello });
  await clickRect(page, "run");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited");
  await frames(page, 2);
  const ran = await state(page);
  assert.equal(ran.run.exit_code, 0);
  const outEntry = ran.console.entries.find((e) => /hello from Go 42/.test(e.text));
  assert.ok(outEntry, "stdout shows the program's output: " + ran.console.text);
  await page.screenshot({ path: path.join(artifacts, "web-run.png") });

  // The console's Copy reaches the system clipboard; Clear empties it.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await clickRect(page, "console:copy");
  await page.waitForTimeout(200);
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, ran.console.text);
  await clickRect(page, "console:clear");
  assert.equal((await state(page)).console.text, "");

  // Ctrl+Enter in the editor runs the program (held across frames, as a person presses it).
  await page.mouse.click((r[0] + 80) / dpr, (r[1] + 12) / dpr, { delay: 50 });
  await frames(page, 2);
  await page.keyboard.down("Control");
  await page.keyboard.down("Enter");
  await frames(page, 2);
  await page.keyboard.up("Enter");
  await page.keyboard.up("Control");
  await page.waitForFunction(() => /hello from Go 42/.test(gsGlue.state().console.text));
  assert.equal((await state(page)).editor.text, hello, "Ctrl+Enter ran the code without inserting a newline");

  // A syntax error gets Go's own message in the console and a marker on its line.
  await action(page, { action: "clear_console" });
  await action(page, { action: "set_code", code: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1 +\n\tfmt.Println(\"hi\"\n}\n" });
  await clickRect(page, "run");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited");
  await frames(page, 2);
  const bad = await state(page);
  assert.equal(bad.editor.error_line, 7);
  assert.match(bad.console.text, /# command-line-arguments\n\.\/prog\.go:7:18: syntax error: unexpected newline in argument list; possibly missing comma or \)\n/);
  await page.screenshot({ path: path.join(artifacts, "web-error-marker.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("Stop ends a runaway loop; a panic ends in Go's message and traceback; the app stays usable", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  const loop = "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t\tif n < 0 {\n\t\t\tprintln(n)\n\t\t}\n\t}\n}\n";
  await action(page, { action: "set_code", code: loop });
  await clickRect(page, "run");
  await page.waitForTimeout(500);
  assert.equal((await state(page)).run.state, "running", "the loop is still running");
  await clickRect(page, "stop");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 10000 });
  await frames(page, 5);  // the UI still draws

  await action(page, { action: "clear_console" });
  const bad = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\ti := 5\n\tfmt.Println(\"before\")\n\tfmt.Println(s[i])\n}\n";
  await action(page, { action: "set_code", code: bad });
  await clickRect(page, "run");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited");
  await frames(page, 2);
  const s = await state(page);
  assert.equal(s.run.exit_code, 2);
  assert.match(s.console.text, /before\n/);
  assert.match(s.console.text, /panic: runtime error: index out of range \[5\] with length 3\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a quiz grade survives a reload", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  let { page } = await openApp(context);
  const s = await state(page);
  await action(page, { action: "select_lesson", id: s.lessons[0].id });
  await action(page, { action: "quiz_lesson" });
  await frames(page, 2);
  const q = (await state(page)).quiz;
  assert.ok(q.total >= 1 && q.card_id, "the lesson has quiz questions: " + JSON.stringify(q));
  assert.equal((await action(page, { action: "quiz_reveal" })).ok, true);
  assert.equal((await action(page, { action: "quiz_grade", grade: "good" })).ok, true);
  await frames(page, 2);
  await page.screenshot({ path: path.join(artifacts, "web-quiz.png") });
  const card = (await state(page)).progress.cards[q.card_id];
  assert.ok(card, "the grade was recorded");
  assert.equal(card.interval_days, 1);

  await page.reload();
  await page.waitForFunction(() => window.gsGlue && gsGlue.firstFrameAt !== null, null, { timeout: 60000 });
  const again = (await state(page)).progress.cards[q.card_id];
  assert.deepEqual(again, card, "progress persisted across the reload");
  await context.close();
});

test("progress exports as a JSON download and imports through the file picker", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(context);
  await action(page, { action: "quiz_lesson" });
  await action(page, { action: "quiz_reveal" });
  await action(page, { action: "quiz_grade", grade: "easy" });
  await frames(page, 3);
  const graded = (await state(page)).progress;
  assert.equal(Object.keys(graded.cards).length, 1);

  const [download] = await Promise.all([page.waitForEvent("download"), clickRect(page, "quiz:export")]);
  assert.equal(download.suggestedFilename(), "gopherscope-progress.json");
  const file = path.join(artifacts, "exported-progress.json");
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "gopherscope-progress");
  assert.deepEqual(exported.cards, graded.cards);

  // A fresh profile imports it through the real file picker.
  const other = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page: p2, problems: problems2 } = await openApp(other);
  await action(p2, { action: "quiz_lesson" });
  await frames(p2, 3);
  assert.deepEqual((await state(p2)).progress.cards, {});
  const [chooser] = await Promise.all([p2.waitForEvent("filechooser"), clickRect(p2, "quiz:import")]);
  await chooser.setFiles(file);
  await p2.waitForFunction(() => Object.keys(gsGlue.state().progress.cards).length === 1, null, { timeout: 10000 });
  assert.deepEqual((await state(p2)).progress.cards, graded.cards);
  // A file that is not a progress export is refused and changes nothing.
  const junk = path.join(artifacts, "not-progress.json");
  fs.writeFileSync(junk, '{"hello": "world"}');
  const [chooser2] = await Promise.all([p2.waitForEvent("filechooser"), clickRect(p2, "quiz:import")]);
  await chooser2.setFiles(junk);
  await frames(p2, 5);
  assert.deepEqual((await state(p2)).progress.cards, graded.cards);
  await p2.screenshot({ path: path.join(artifacts, "web-import-refused.png") });
  assert.deepEqual([...problems, ...problems2], []);
  await other.close();
  await context.close();
});

test("a shared URL restores the lesson and the edited code, and does not run it", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page } = await openApp(context);
  const s = await state(page);
  const lesson = s.lessons[s.lessons.length - 1].id;
  await action(page, { action: "select_lesson", id: lesson });
  const code = "package main\n\nfunc main() {\n\tprintln(\"shared ✓\")\n}\n";
  await action(page, { action: "set_code", code });
  await action(page, { action: "flush" });
  const fragment = (await state(page)).fragment;
  assert.match(fragment, new RegExp(`^lesson=${lesson}&code=`));
  assert.equal(await page.evaluate(() => location.hash.slice(1)), fragment, "the address bar carries it");

  const other = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page: p2, problems } = await openApp(other, fragment);
  const restored = await state(p2);
  assert.equal(restored.lesson.id, lesson);
  assert.equal(restored.editor.text, code);
  assert.equal(restored.editor.edited, true);
  assert.equal(restored.run.state, "none", "opening a link never runs code");
  await p2.screenshot({ path: path.join(artifacts, "web-shared.png") });

  // A damaged link loses nothing: the app opens normally and says why.
  const { page: p3 } = await openApp(other, "lesson=" + lesson + "&code=AAAA");
  const damaged = await state(p3);
  assert.match(damaged.console.text, /Could not open the shared link/);
  assert.deepEqual(problems, []);
  await other.close();
  await context.close();
});

test("on a HiDPI screen the UI is drawn at device resolution and clicks still land", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2 });
  const { page, problems } = await openApp(context);
  await frames(page, 3);
  const [w, h] = await page.evaluate(() => [Module.canvas.width, Module.canvas.height]);
  assert.deepEqual([w, h], [2400, 1600], "the canvas backing store is in device pixels");
  await clickRect(page, "tab:quiz");
  assert.equal((await state(page)).lesson_tab, "quiz");
  await page.screenshot({ path: path.join(artifacts, "web-hidpi.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("theme and font size change and persist", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  await action(page, { action: "set_theme", theme: "light" });
  await action(page, { action: "set_font_size", size: 18 });
  await frames(page, 3);
  await page.screenshot({ path: path.join(artifacts, "web-light.png") });
  await page.reload();
  await page.waitForFunction(() => window.gsGlue && gsGlue.firstFrameAt !== null, null, { timeout: 60000 });
  const s = await state(page);
  assert.equal(s.theme, "light");
  assert.equal(s.font_size, 18);
  assert.deepEqual(problems, []);
  await context.close();
});
