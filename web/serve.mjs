// serve.mjs — a small static server for the web build, with the headers threads need:
// Cross-Origin-Opener-Policy / -Embedder-Policy make the page cross-origin isolated,
// which is what enables SharedArrayBuffer and so Emscripten's pthreads (Web Workers).
// Usage: node web/serve.mjs DIR [--port N] [--host H]   (port 0 = any free port)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith("--")) ?? "build/web/web");
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const port = Number(opt("--port", process.env.PORT ?? 8080));
const host = opt("--host", "127.0.0.1");

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".data": "application/octet-stream",
  ".json": "application/json", ".png": "image/png", ".css": "text/css",
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) { res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n"); return; }
    res.writeHead(200, {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Content-Length": st.size,
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "no-cache",
    });
    if (req.method === "HEAD") { res.end(); return; }
    fs.createReadStream(file).pipe(res);
  });
});

server.listen(port, host, () => {
  const a = server.address();
  console.log(`Gopherscope is served at http://${host === "0.0.0.0" ? "localhost" : a.address}:${a.port}/`);
});
