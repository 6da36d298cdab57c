// Browser test of the scheduler on real Web Workers and of the live panels under load
// (issue 4), in the web build under headless Debian Chromium through playwright-core:
//  1. the scheduler lesson's first program (lessons/05-scheduler.md, read from the file)
//     runs with GOMAXPROCS=2 from the env box; a published snapshot must show two Ps and
//     two goroutines running at once on two different Ms (each M is a Web Worker, and an
//     M runs Go code only while it holds a P), the Scheduler panel must draw both Ps, and
//     the program must print what Go prints;
//  2. with 10,000 goroutines live (blocked on channels, in a select, asleep), each of the
//     Goroutines, Channels and Scheduler panels is shown and its frame rate printed beside
//     the rate with 16 goroutines (frames counted with requestAnimationFrame; printed, not
//     asserted: tests never assert on wall-clock time). What is asserted is what keeps a
//     frame's cost bounded: the Channels panel draws at most 48 waiting goroutines per
//     queue and counts the rest, the Goroutines panel lists every goroutine (it clips to
//     the visible rows), and a tab click still lands.
// Screenshots go to tests/artifacts/. GS_WEB_DIR picks another web build (default
// build/web/web). The test interface publishes P and M counts and each goroutine's M, not
// each P's status: "both Ps running" is checked as two _Grunning Gs on distinct Ms.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveApp, root, artifacts, state, action, frames, clickRect, openApp as openAppPage } from "./harness.mjs";

const app = serveApp();

const kMaxWaitersDrawn = 48; // ui/channels_panel.cpp: goroutine chips per wait queue






// The app, and the Web Workers it makes after its first frame (all 8).
async function openApp(context) {
  const opened = await openAppPage(app, context);
  await opened.page.waitForFunction(() => gsGlue.workerCount() === 8, null, { timeout: 30000 });
  return opened;
}



// The first ```go fence of a lesson, as tests/lessons/run_examples.sh takes it.
function lessonExample(file, index) {
  const text = fs.readFileSync(path.join(root, "lessons", file), "utf8");
  const fences = [...text.matchAll(/^```go[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  assert.ok(fences.length > index, `${file} has no go example ${index}`);
  return fences[index];
}

test("a lesson program with GOMAXPROCS=2 runs on two Ps at once, on two Web Workers", async () => {
  // Each goroutine's work is made 10 times longer (1 s) so that a loaded machine still
  // gives a wide window in which both Ps run.
  const lesson = lessonExample("05-scheduler.md", 0);
  assert.match(lesson, /busy\(100 \* time\.Millisecond\)/, "the lesson's first program is the runnext one");
  const program = lesson.replace("busy(100 * time.Millisecond)", "busy(time.Second)");
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  await action(page, { action: "set_code", code: program });
  await action(page, { action: "set_env", env: "GOMAXPROCS=2" });
  await action(page, { action: "open_panel", panel: "scheduler" });
  await action(page, { action: "run" });
  // Ten goroutines each keep a P busy for 1 s: with two Ps there are seconds in which
  // both run, and sysmon publishes a snapshot every 50 ms.
  const seen = await page.waitForFunction(
    () => {
      const s = gsGlue.state();
      const sc = s.sched;
      if (sc && sc.gomaxprocs === 2) {
        const running = sc.goroutines.filter((g) => g.status === "running" && g.m >= 0);
        if (running.length === 2 && running[0].m !== running[1].m)
          return { ps: sc.ps, ms: sc.ms, running, drawn_ps: s.panels.scheduler.ps };
      }
      return s.run.state === "exited" ? { exited: true, console: s.console.text } : false;
    },
    null,
    { timeout: 60000, polling: 10 },
  );
  const v = await seen.jsonValue();
  assert.ok(!v.exited, "the run ended before a snapshot showed two goroutines running at once: " + v.console);
  assert.equal(v.ps, 2, "two Ps");
  assert.ok(v.ms >= 2, "at least two Ms: " + JSON.stringify(v));
  assert.ok(v.running.every((g) => g.start === "main.main.func1"), "the running Gs are the lesson's goroutines");
  await frames(page, 3);
  const sc = await state(page);
  assert.equal(sc.panel_tab, "scheduler");
  assert.equal(sc.panels.scheduler.ps, 2, "the Scheduler panel draws both Ps");
  await page.screenshot({ path: path.join(artifacts, "web-scheduler-gomaxprocs2.png") });
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 60000 });
  const end = await state(page);
  assert.equal(end.run.exit_code, 0);
  // Go prints the ten numbers in some order (with two Ps the order is not fixed), then
  // "all done".
  const out = end.console.text.split("\n").filter((l) => !l.startsWith("$ ") && l !== "Program exited." && l.trim() !== "");
  assert.equal(out.length, 2, "two lines of output: " + end.console.text);
  assert.deepEqual(out[0].trim().split(" ").map(Number).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(out[1], "all done");
  assert.deepEqual(problems, []);
  await context.close();
});

// 10,000 goroutines: 6,000 blocked receiving on one channel, 3,000 in a select over two
// channels, 1,000 asleep; a buffered channel holds values. main sleeps in a loop.
const crowd = (nRecv, nSelect, nSleep) => `package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int)
	a, b := make(chan int), make(chan string)
	buf := make(chan int, 64)
	for i := 0; i < ${nRecv}; i++ {
		go func() { <-jobs }()
	}
	for i := 0; i < ${nSelect}; i++ {
		go func() {
			select {
			case <-a:
			case <-b:
			}
		}()
	}
	for i := 0; i < ${nSleep}; i++ {
		go func() { time.Sleep(time.Hour) }()
	}
	for i := 0; i < 40; i++ {
		buf <- i
	}
	fmt.Println("crowd ready")
	for {
		time.Sleep(100 * time.Millisecond)
	}
}
`;

// Frames per second over ms, counted with requestAnimationFrame: the app draws from the
// page's animation frames on the main thread, so a slow frame delays the next callback.
// (gsGlue.state() is not polled meanwhile: with 10,000 goroutines it is itself costly.)
function fps(page, ms) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let n = 0;
        const t0 = performance.now();
        const tick = () => {
          n++;
          const t = performance.now() - t0;
          if (t < ms) requestAnimationFrame(tick);
          else resolve((n * 1000) / t);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

// Shows each panel and measures the frame rate while it is on screen.
async function panelRates(page, label) {
  const rates = {};
  for (const panel of ["goroutines", "channels", "scheduler"]) {
    await action(page, { action: "open_panel", panel });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => gsGlue.state().panel_tab), panel);
    rates[panel] = await fps(page, 3000);
    console.log(`${label}: ${panel} panel ${rates[panel].toFixed(1)} frames/s`);
    await page.screenshot({ path: path.join(artifacts, `web-${label}-${panel}.png`) });
  }
  return rates;
}

let rates16 = null;
test("with 10,000 goroutines live the panels draw a bounded amount and stay usable", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context);
  await action(page, { action: "set_env", env: "GOMAXPROCS=2" });
  // The same program with 16 goroutines first: the frame rates to compare with.
  await action(page, { action: "set_code", code: crowd(10, 5, 1) });
  await action(page, { action: "run" });
  await page.waitForFunction(() => gsGlue.state().sched?.gs === 17, null, { timeout: 60000, polling: 200 });
  rates16 = await panelRates(page, "16");
  await action(page, { action: "stop" });
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 30000 });
  await action(page, { action: "set_code", code: crowd(6000, 3000, 1000) });
  await action(page, { action: "run" });
  await page.waitForFunction(
    () => {
      const s = gsGlue.state().sched;
      return s && s.gs >= 10001 && s.goroutines.filter((g) => g.status === "chan receive").length === 6000;
    },
    null,
    { timeout: 120000, polling: 500 },
  );
  const s = await state(page);
  assert.equal(s.run.state, "running");
  assert.ok(/crowd ready/.test(s.console.text));
  const by = (st) => s.sched.goroutines.filter((g) => g.status === st).length;
  assert.equal(by("select"), 3000);
  assert.ok(by("sleep") >= 1000, "1,000 sleepers (and main, unless it is awake)");
  const jobs = s.sched.channels.find((c) => c.recvq.length === 6000);
  assert.ok(jobs, "the jobs channel lists its 6,000 receivers");
  const rates10k = await panelRates(page, "10k");
  for (const panel of Object.keys(rates10k))
    console.log(`${panel} panel: ${rates10k[panel].toFixed(1)} frames/s with 10,001 goroutines, ` +
                `${rates16[panel].toFixed(1)} with 16 (informational)`);
  // The Channels panel: the 6,000 receivers of the jobs channel are 48 chips and a count.
  await action(page, { action: "open_panel", panel: "channels" });
  await page.waitForTimeout(300);
  const ch = await state(page);
  const drawnJobs = ch.panels.channels.drawn.find((d) => d.id === jobs.id);
  assert.ok(drawnJobs, "the jobs channel is drawn");
  assert.equal(drawnJobs.recvq.length, kMaxWaitersDrawn);
  assert.equal(drawnJobs.recvq_total, 6000);
  assert.deepEqual(drawnJobs.recvq, jobs.recvq.slice(0, kMaxWaitersDrawn), "the first waiters, in queue order");
  // A tab click still lands and is drawn.
  await clickRect(page, "panel:goroutines");
  const shown = await state(page);
  assert.equal(shown.panel_tab, "goroutines");
  assert.equal(shown.panels.goroutines.rows.length, s.sched.gs, "the Goroutines panel lists every goroutine");
  await clickRect(page, "stop");
  await page.waitForFunction(() => gsGlue.state().run.state === "exited", null, { timeout: 30000 });
  assert.deepEqual(problems, []);
  await context.close();
});
