// harness.mjs — what the browser tests share: the web build served by web/serve.mjs,
// Debian's Chromium driven through playwright-core (never a downloaded browser), and
// the app's test interface (gsGlue.state/action), with clicks held across frames as a
// person's are. Not a test file itself (node --test runs *.test.mjs).
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// GS_WEB_DIR picks another web build (default build/web/web).
export const webDir = process.env.GS_WEB_DIR ? path.resolve(process.env.GS_WEB_DIR) : path.join(root, "build/web/web");
export const artifacts = path.join(root, "tests/artifacts");
fs.mkdirSync(artifacts, { recursive: true });

export const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// Serves the web build and launches Chromium before the calling file's tests, and stops
// both after them. The returned object's browser and baseUrl are set once they start.
export function serveApp() {
  const app = { server: null, baseUrl: null, browser: null };
  before(async () => {
    app.server = spawn(process.execPath, [path.join(root, "web/serve.mjs"), webDir, "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    app.baseUrl = await new Promise((resolve, reject) => {
      app.server.stdout.on("data", (d) => {
        const m = String(d).match(/(http:\/\/\S+)/);
        if (m) resolve(m[1]);
      });
      app.server.on("exit", (c) => reject(new Error("server exited " + c)));
    });
    app.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  });
  after(async () => {
    await app.browser?.close();
    app.server?.kill();
  });
  return app;
}

// Opens the app (with an optional URL fragment) in a new page of context and waits for
// its first frame; problems collects console errors and page errors. A fresh browser
// context has a fresh profile: localStorage starts empty unless a test reuses it.
export async function openApp(app, context, fragment = "") {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push("console error: " + m.text());
  });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  await page.goto(app.baseUrl + (fragment ? "#" + fragment : ""));
  await page.waitForFunction(() => window.gsGlue && window.gsGlue.firstFrameAt !== null, null, { timeout: 60000 });
  return { page, problems };
}

export const state = (page) => page.evaluate(() => gsGlue.state());
export const action = (page, a) => page.evaluate((x) => gsGlue.action(x), a);
// Waits until the app has drawn n more frames.
export const frames = async (page, n) => {
  const start = (await state(page)).frames;
  await page.waitForFunction((s) => gsGlue.state().frames >= s, start + n, { timeout: 30000 });
};

// Clicks the middle of a rectangle the app recorded for tests (device pixels). ImGui
// samples the mouse once a frame: the button is held across frames, as a person's click
// always spans several, or a slow frame would swallow it.
export async function clickRect(page, name) {
  const s = await state(page);
  assert.ok(s.rects[name], `no rect recorded for ${name}: ${Object.keys(s.rects).join(", ")}`);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const r = s.rects[name];
  await page.mouse.move((r[0] + r[2] / 2) / dpr, (r[1] + r[3] / 2) / dpr);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 3);
}
