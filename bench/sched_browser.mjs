// sched_browser.mjs — the parallel speedup of a CPU-bound job split over 2 goroutines in
// the real web app (headless Debian Chromium through playwright-core, never a browser
// download): the program of bench/sched/cpu2.go, timed by the program itself
// (time.Since around the work, so compile and start-up are left out), run with
// GOMAXPROCS=1 and GOMAXPROCS=2 through the app's env box, best of 3 each. Prints both
// times and the speedup (target in issue 4: >= 1.6x; Go's own wasm port runs goroutines
// on one thread). Nothing is asserted beyond the program's result being right.
//   node bench/sched_browser.mjs                 uses build/web/web
//   GS_WEB_DIR=dir node bench/sched_browser.mjs  another web build
//   N=20000000 RUNS=3 ...                        work per run, runs per setting
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = process.env.GS_WEB_DIR ? path.resolve(process.env.GS_WEB_DIR) : path.join(root, "build/web/web");
const n = Number(process.env.N || 20000000);
const runs = Number(process.env.RUNS || 3);

// xorshift32 from the same seeds as cpu2.go: the answer to check the runs against.
function expected(total) {
  const work = (seed, k) => {
    let x = seed >>> 0;
    for (let i = 0; i < k; i++) {
      x = (x ^ (x << 13)) >>> 0;
      x = (x ^ (x >>> 17)) >>> 0;
      x = (x ^ (x << 5)) >>> 0;
    }
    return x;
  };
  return (work(1, Math.floor(total / 2)) ^ work(2, Math.floor(total / 2))) >>> 0;
}

const program = `package main

import (
	"fmt"
	"runtime"
	"time"
)

func work(seed uint32, n int) uint32 {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
	}
	return x
}

func main() {
	const n = ${n}
	start := time.Now()
	done := make(chan uint32)
	for g := 0; g < 2; g++ {
		go func(seed uint32) { done <- work(seed, n/2) }(uint32(g + 1))
	}
	a, b := <-done, <-done
	ms := int64(time.Since(start) / time.Millisecond)
	fmt.Println("gomaxprocs", runtime.GOMAXPROCS(0), "result", a^b, "ms", ms)
}
`;

const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const server = spawn(process.execPath, [path.join(root, "web/serve.mjs"), webDir, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const baseUrl = await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => {
    const m = String(d).match(/(http:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  server.on("exit", (c) => reject(new Error("server exited " + c)));
});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
let failed = false;
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.gsGlue && window.gsGlue.firstFrameAt !== null, null, { timeout: 60000 });
  // Web Workers beyond the first 4 are made after the first frame: give the page a moment.
  await page.waitForTimeout(2000);
  const state = () => page.evaluate(() => gsGlue.state());
  const action = (a) => page.evaluate((x) => gsGlue.action(x), a);
  await action({ action: "set_code", code: program });
  const want = expected(n);
  const best = {};
  for (const procs of [1, 2]) {
    await action({ action: "set_env", env: `GOMAXPROCS=${procs}` });
    for (let r = 0; r < runs; r++) {
      await action({ action: "clear_console" });
      await action({ action: "run" });
      await page.waitForFunction(
        () => {
          const s = gsGlue.state();
          return s.run.state === "exited" && /\bms \d+/.test(s.console.text);
        },
        null,
        { timeout: 600000, polling: 200 },
      );
      const s = await state();
      const m = s.console.text.match(/gomaxprocs (\d+) result (\d+) ms (\d+)/);
      if (!m || Number(m[1]) !== procs || Number(m[2]) !== want || s.run.exit_code !== 0) {
        console.error(`GOMAXPROCS=${procs} run ${r + 1}: unexpected output (want result ${want}):`, s.console.text);
        failed = true;
        continue;
      }
      const ms = Number(m[3]);
      console.log(`GOMAXPROCS=${procs} run ${r + 1}: ${ms} ms`);
      if (!(procs in best) || ms < best[procs]) best[procs] = ms;
    }
  }
  console.log(`web build: ${webDir}`);
  console.log(`cpu2 in Chromium, n=${n}, best of ${runs}: GOMAXPROCS=1 ${best[1]} ms, GOMAXPROCS=2 ${best[2]} ms`);
  if (best[1] && best[2]) console.log(`parallel speedup: ${(best[1] / best[2]).toFixed(2)}x (target >= 1.6x)`);
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
