// End-to-end test of the live Allocator and GC panels in the web build (headless Debian
// Chromium through playwright-core): a Go program builds and drops linked lists of
// 1 KiB slices for five seconds, so the page's runtime collects garbage; the
// panels must show what that runtime published — size classes with spans in use, the
// page map, cycles in the heap plot and the stop-the-world timeline — and the GOGC
// control must reach the running program. Screenshots go to tests/artifacts/memory-*.png
// — look at them. GS_WEB_DIR picks another web build (default build/web/web).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serveApp, artifacts, state, action, frames, clickRect, openApp as openAppPage } from "./harness.mjs";

const app = serveApp();
const openApp = (context, fragment = "") => openAppPage(app, context, fragment);








async function dragRect(page, name, dy) {
  const s = await state(page);
  assert.ok(s.rects[name], `no rect recorded for ${name}`);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const r = s.rects[name];
  const x = (r[0] + r[2] / 2) / dpr, y = (r[1] + r[3] / 2) / dpr;
  await page.mouse.move(x, y);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 2);
  for (let k = 1; k <= 5; k++) {
    await page.mouse.move(x, y + (dy * k) / 5);
    await frames(page, 1);
  }
  await page.mouse.up();
  await frames(page, 2);
}


// Lists of 64 nodes, each holding a fresh 1 KiB slice, built and dropped for 5 s, plus
// a 40000-byte (large) object now and then. Real Go 1.23 prints "checksum 5650 40000".
const program = `package main

import (
	"fmt"
	"time"
)

type node struct {
	next *node
	buf  []byte
}

func build(n int, seed int) int {
	var head *node
	for i := 0; i < n; i++ {
		b := make([]byte, 1024)
		b[i%1024] = byte(seed + i)
		head = &node{next: head, buf: b}
	}
	sum := 0
	for p := head; p != nil; p = p.next {
		for _, v := range p.buf {
			sum += int(v)
		}
	}
	return sum
}

func main() {
	keep := make([][]byte, 16)
	start := time.Now()
	rounds := 0
	for time.Since(start) < 5*time.Second {
		build(64, rounds)
		keep[rounds%len(keep)] = make([]byte, 40000)
		rounds++
	}
	fmt.Println("checksum", build(100, 7), len(keep[0]))
}
`;

test("the Allocator and GC panels show the runtime's heap and its collections", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  await action(page, { action: "set_env", env: "GODEBUG=gctrace=1" });
  await action(page, { action: "set_code", code: program });
  // Let the layout settle (the canvas takes the viewport's size), then make room for the
  // panels: drag the editor's bottom edge up, as a learner would.
  await frames(page, 10);
  await dragRect(page, "split:editor", -300);
  await clickRect(page, "run");
  await page
    .waitForFunction(() => { const m = gsGlue.state().mem; return m && m.num_gc > 0; }, null, { timeout: 30000 })
    .catch(async () => {
      const s = await state(page);
      await page.screenshot({ path: path.join(artifacts, "memory-web-failed.png") });
      throw new Error(`no GC cycle reached the panels: run ${JSON.stringify(s.run)}, mem ${JSON.stringify(s.mem)}, ` +
        `console: ${s.console.text}`);
    });
  let s = await state(page);
  assert.equal(s.run.state, "running");
  assert.ok(s.mem.small_spans > 0, "spans of small objects are in use: " + JSON.stringify(s.mem));
  assert.ok(s.mem.heap_goal > 0 && s.mem.samples > 0, "the pacer's goal and heap samples: " + JSON.stringify(s.mem));
  assert.equal(s.mem.gogc, 100);
  // GOGC set through the test interface (as the GC panel's slider does) reaches the
  // running program and is reported back in its snapshots.
  const r = await action(page, { action: "set_gogc", value: 50 });
  assert.equal(r.ok, true, "set_gogc: " + JSON.stringify(r));
  await page.waitForFunction(() => gsGlue.state().mem.gogc === 50, null, { timeout: 5000 });

  // The Allocator panel, opened by clicking its tab.
  await clickRect(page, "panel:allocator");
  await frames(page, 3);
  s = await state(page);
  assert.equal(s.panel_tab, "allocator");
  const a = s.panels.allocator;
  assert.ok(a.class_rows > 0, "size-class rows are drawn: " + JSON.stringify(a));
  assert.ok(a.arenas > 0 && a.pages_drawn > 0, "the page map is drawn: " + JSON.stringify(a));
  assert.ok(a.mcaches > 0, "mcaches are listed");
  // The 1 KiB slices are class 1024 bytes: select that class by clicking its row.
  const cls1024 = 32;  // Go 1.23's class for 1024-byte objects
  // The table's rows move while the program allocates (a class's first span adds a row),
  // so a click aimed from one frame's rects can land on a neighbour: aim again, up to 3 times.
  for (let tries = 0; tries < 3; tries++) {
    if (s.rects["alloc-class:" + cls1024]) await clickRect(page, "alloc-class:" + cls1024);
    else await action(page, { action: "select_size_class", class: cls1024 });
    await frames(page, 3);
    s = await state(page);
    if (s.panels.allocator.selected_class === cls1024) break;
  }
  assert.equal(s.panels.allocator.selected_class, cls1024);
  await page.screenshot({ path: path.join(artifacts, "memory-web-allocator.png") });

  // The GC panel: the heap plot has samples, the timeline has cycles, gctrace lines arrive.
  await clickRect(page, "panel:gc");
  await page.waitForFunction(() => {
    const s = gsGlue.state();
    return s.panels.gc.cycles_drawn > 0 && s.panels.gc.samples_plotted > 1 && s.panels.gc.trace_lines > 0;
  }, null, { timeout: 20000 });
  await frames(page, 5);
  s = await state(page);
  assert.equal(s.panel_tab, "gc");
  assert.ok(s.panels.gc.pauses > 0);
  await page.screenshot({ path: path.join(artifacts, "memory-web-gc.png") });

  // The program ends with real Go's output; the last snapshot stays on screen.
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 30000 });
  await frames(page, 3);
  s = await state(page);
  assert.match(s.console.text, /checksum 5650 40000/);
  assert.equal(s.run.exit_code, 0);
  assert.ok(s.mem && s.mem.num_gc > 0, "the last memory snapshot stays after the run ends");
  assert.deepEqual(problems, []);
  await context.close();
});
