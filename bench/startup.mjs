// Start-up benchmark: what a learner waits for before the first lesson appears.
//   web download size  — gzip -9 of everything the page fetches (.html, .js, .wasm, .data)
//   first frame, web   — navigation start → the app's first rendered frame, in headless
//                        Debian Chromium (SwiftShader WebGL2), median of several loads
//   native start-up    — process start → first frame drawn and the process exited
//                        (`gopherscope --frames 1` under Xvfb), median of several runs
// It prints figures and their ratio to the targets; it asserts nothing.
// Needs the builds from scripts/test (or scripts/serve + the native build).
// Usage: node bench/startup.mjs [--runs N]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "build/web/web");
const app = path.join(root, "build/native/ui/gopherscope");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const targets = { downloadMB: 2.5, firstFrameMs: 1500 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtRatio = (v, t) => `${(v / t).toFixed(2)}× of target`;

function downloadSize() {
  let raw = 0, gz = 0;
  const rows = [];
  for (const f of ["index.html", "glue.js", "gopherscope.js", "gopherscope.wasm", "gopherscope.data", "gopherscope.worker.js"]) {
    const p = path.join(webDir, f);
    if (!fs.existsSync(p)) continue;
    const b = fs.readFileSync(p);
    const g = zlib.gzipSync(b, { level: 9 }).length;
    raw += b.length;
    gz += g;
    rows.push(`  ${f.padEnd(24)} ${(b.length / 1024).toFixed(0).padStart(6)} KiB  gz ${(g / 1024).toFixed(0).padStart(6)} KiB`);
  }
  return { raw, gz, rows };
}

async function webFirstFrame() {
  const server = spawn(process.execPath, [path.join(root, "web/serve.mjs"), webDir, "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve) => server.stdout.on("data", (d) => {
    const m = String(d).match(/(http:\/\/\S+)/);
    if (m) resolve(m[1]);
  }));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const times = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.gsGlue && gsGlue.firstFrameAt !== null, null, { timeout: 60000 });
      const t = await page.evaluate(() => gsGlue.firstFrameAt);  // ms since navigation start
      if (i > 0) times.push(t);  // the first load warms the OS file cache and the server
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return times;
}

function nativeStartup() {
  if (!fs.existsSync(app)) return null;
  const display = ":" + (80 + Math.floor(Math.random() * 9));
  const xvfb = spawn("Xvfb", [display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
  spawnSync("sleep", ["1"]);
  const times = [];
  const env = { ...process.env, DISPLAY: display, XDG_DATA_HOME: fs.mkdtempSync("/tmp/gs-bench-") };
  try {
    for (let i = 0; i < runs + 1; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(app, ["--frames", "1"], { env, stdio: "ignore" });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error("gopherscope --frames 1 exited " + r.status);
      if (i > 0) times.push(ms);
    }
  } finally {
    xvfb.kill();
  }
  return times;
}

const d = downloadSize();
console.log("Gopherscope start-up benchmark (" + new Date().toISOString() + ")");
console.log("\nweb download (what the page fetches):");
console.log(d.rows.join("\n"));
console.log(`  total: ${(d.raw / 1048576).toFixed(2)} MB raw, ${(d.gz / 1048576).toFixed(2)} MB gzipped ` +
  `(target ≤ ${targets.downloadMB} MB: ${fmtRatio(d.gz / 1048576, targets.downloadMB)})`);

const web = await webFirstFrame();
console.log(`\nweb first frame, headless Chromium (${web.length} loads): median ${median(web).toFixed(0)} ms, ` +
  `min ${Math.min(...web).toFixed(0)}, max ${Math.max(...web).toFixed(0)} ` +
  `(target ≤ ${targets.firstFrameMs} ms: ${fmtRatio(median(web), targets.firstFrameMs)})`);

const nat = nativeStartup();
if (nat) {
  console.log(`native start-up to first frame and exit, Xvfb (${nat.length} runs): median ${median(nat).toFixed(0)} ms, ` +
    `min ${Math.min(...nat).toFixed(0)}, max ${Math.max(...nat).toFixed(0)}`);
} else {
  console.log("native start-up: build/native/ui/gopherscope not built");
}
