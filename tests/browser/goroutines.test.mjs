// End-to-end test of the live Goroutines, Channels and Scheduler panels in the web build
// (headless Debian Chromium through playwright-core): a real Go program with goroutines
// blocked on channels runs in the page's runtime, and the panels must show what that
// runtime published — the goroutines' ids and "chan receive", the channel's recvq, the
// buffered channel's values. Screenshots go to tests/artifacts/ — look at them.
// GS_WEB_DIR picks another web build (default build/web/web).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serveApp, artifacts, state, action, frames, clickRect, openApp as openAppPage } from "./harness.mjs";

const app = serveApp();
const openApp = (context, fragment = "") => openAppPage(app, context, fragment);







// Drags a splitter by dy CSS pixels, in steps across frames as a hand would.
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


// Three workers block receiving from an unbuffered channel; a buffered channel holds two
// values; main sleeps in a loop, so the program runs until the test stops it.
const program = `package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs chan int) {
	v := <-jobs
	fmt.Println("worker", id, "got", v)
}

func main() {
	jobs := make(chan int)
	for i := 0; i < 3; i++ {
		go worker(i, jobs)
	}
	names := make(chan string, 4)
	names <- "gopher"
	names <- "scope"
	fmt.Println("waiting")
	for {
		time.Sleep(100 * time.Millisecond)
	}
}
`;

test("the Goroutines and Channels panels show the runtime's blocked goroutines and channels", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  await action(page, { action: "set_code", code: program });
  await clickRect(page, "run");
  await page
    .waitForFunction(() => /waiting/.test(gsGlue.state().console.text), null, { timeout: 20000 })
    .catch(async (e) => {
      const s = await state(page);
      await page.screenshot({ path: path.join(artifacts, "web-goroutines-failed.png") });
      throw new Error(`the program did not start: run ${JSON.stringify(s.run)}, console: ${s.console.text}`);
    });
  // The runtime publishes a snapshot about every 50 ms: wait for one with the workers parked.
  await page.waitForFunction(
    () => {
      const s = gsGlue.state().sched;
      return s && s.goroutines.filter((g) => g.status === "chan receive").length === 3;
    },
    null,
    { timeout: 20000 },
  );
  const s = await state(page);
  assert.equal(s.run.state, "running");
  const blocked = s.sched.goroutines.filter((g) => g.status === "chan receive");
  assert.deepEqual(blocked.map((g) => g.start), ["main.worker", "main.worker", "main.worker"]);
  const main = s.sched.goroutines.find((g) => g.id === 1);
  assert.ok(main && main.status === "sleep", "G1, main, sleeps in time.Sleep: " + JSON.stringify(s.sched.goroutines));
  const jobs = s.sched.channels.find((c) => c.cap === 0);
  const names = s.sched.channels.find((c) => c.cap === 4);
  assert.ok(jobs && names, "both channels are live: " + JSON.stringify(s.sched.channels));
  assert.deepEqual([...jobs.recvq].sort((a, b) => a - b), blocked.map((g) => g.id));
  assert.ok(blocked.every((g) => g.chan === jobs.id), "each worker waits on the jobs channel");
  assert.equal(names.len, 2);
  assert.equal(names.elem, "string");

  // Make room for the panels as a learner would: drag the editor's bottom edge up.
  await dragRect(page, "split:editor", -300);
  // The Goroutines panel, opened by clicking its tab, lists those goroutines.
  await clickRect(page, "panel:goroutines");
  await frames(page, 3);
  let g = await state(page);
  assert.equal(g.panel_tab, "goroutines");
  for (const b of blocked)
    assert.ok(g.panels.goroutines.rows.some((r) => r.id === b.id && r.status === "chan receive"),
      `G${b.id} listed as chan receive: ${JSON.stringify(g.panels.goroutines.rows)}`);
  assert.ok(g.panels.goroutines.rows.some((r) => r.id === 1), "main is listed");
  // Clicking a worker's row selects it; its details link to the channel it waits on.
  const target = blocked[blocked.length - 1].id;
  await clickRect(page, "goroutine:" + target);
  g = await state(page);
  assert.equal(g.panels.goroutines.selected, target);
  await page.screenshot({ path: path.join(artifacts, "web-goroutines.png") });

  await clickRect(page, "goroutines:chan-link");
  await frames(page, 3);
  const c = await state(page);
  assert.equal(c.panel_tab, "channels");
  assert.equal(c.panels.channels.selected, jobs.id);
  const drawnJobs = c.panels.channels.drawn.find((d) => d.id === jobs.id);
  assert.ok(drawnJobs, "the jobs channel is drawn: " + JSON.stringify(c.panels.channels.drawn));
  assert.equal(drawnJobs.recvq.length, 3);
  const drawnNames = c.panels.channels.drawn.find((d) => d.id === names.id);
  assert.equal(drawnNames.len, 2);
  await page.screenshot({ path: path.join(artifacts, "web-channels.png") });

  // The Scheduler panel draws every P and M of the snapshot and samples a timeline.
  await clickRect(page, "panel:scheduler");
  await frames(page, 3);
  const sc = await state(page);
  assert.equal(sc.panel_tab, "scheduler");
  assert.equal(sc.panels.scheduler.ps, sc.sched.ps);
  assert.equal(sc.panels.scheduler.ms, sc.sched.ms);
  assert.ok(sc.panels.scheduler.timeline_samples >= 2, "the timeline has samples");
  await page.screenshot({ path: path.join(artifacts, "web-scheduler.png") });

  // Stopping the run keeps its last snapshot on screen.
  await clickRect(page, "stop");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 10000 });
  await frames(page, 3);
  assert.ok((await state(page)).sched, "the last snapshot stays after the run ends");
  assert.deepEqual(problems, []);
  await context.close();
});
