// glue.js — the page's small JavaScript side of platform_web.cpp: clipboard, file
// download and import, paste into ImGui, and start-up timing. No runtime logic here.
"use strict";
window.gsGlue = {
  firstFrameAt: null,

  firstFrame(maxThreads) {
    this.firstFrameAt = performance.now();
    document.getElementById("status").style.display = "none";
    setTimeout(() => this.warmWorkers(maxThreads), 0);
  },

  // Makes the rest of the runtime's Web Workers (one per possible M) once the page is up,
  // so a later M starts at once instead of waiting for a worker to load.
  warmWorkers(total) {
    const P = Module.PThread;
    if (!P || !P.allocateUnusedWorker) return;
    for (let n = P.unusedWorkers.length + P.runningWorkers.length; n < total; n++) {
      P.allocateUnusedWorker();
      P.loadWasmModuleToWorker(P.unusedWorkers[P.unusedWorkers.length - 1]);
    }
  },
  workerCount() {
    const P = Module.PThread;
    return P ? P.unusedWorkers.length + P.runningWorkers.length : 0;
  },

  fatal(msg) {
    const el = document.getElementById("status");
    el.style.display = "flex";
    el.className = "error";
    el.textContent = msg;
  },

  copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(() => this.copyFallback(text));
    } else {
      this.copyFallback(text);
    }
  },
  copyFallback(text) {
    const ta = document.createElement("textarea");
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
    ta.remove();
    Module.canvas.focus();
  },

  download(name, contents) {
    const url = URL.createObjectURL(new Blob([contents], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },

  // The same for bytes (a Uint8Array, e.g. a gzip'd heap profile).
  downloadBytes(name, bytes, type) {
    const url = URL.createObjectURL(new Blob([bytes], { type: type || "application/octet-stream" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },

  // Opens a file picker; the file's text goes back to C++ on a later frame.
  pickFile() {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.onchange = () => {
      const f = input.files && input.files[0];
      if (!f) return this.importDone(false, "no file chosen");
      f.text().then((t) => this.importDone(true, t), (e) => this.importDone(false, String(e)));
    };
    input.click();
  },
  importDone(ok, text) {
    const n = lengthBytesUTF8(text) + 1;
    const p = Module._malloc(n);
    stringToUTF8(text, p, n);
    Module._gs_web_import_done(ok ? 1 : 0, p);
    Module._free(p);
  },

  // The test interface, for end-to-end tests and the start-up benchmark.
  state() { return JSON.parse(Module.ccall("gs_test_state", "string", [], [])); },
  action(obj) { return JSON.parse(Module.ccall("gs_test_action", "string", ["string"], [JSON.stringify(obj)])); },
};

// Paste: Emscripten's GLFW has no system clipboard, so forward the browser's paste
// event's text to ImGui as typed characters.
document.addEventListener("paste", (ev) => {
  const text = ev.clipboardData && ev.clipboardData.getData("text/plain");
  if (!text || !Module._gs_web_paste) return;
  ev.preventDefault();
  const n = lengthBytesUTF8(text) + 1;
  const p = Module._malloc(n);
  stringToUTF8(text, p, n);
  Module._gs_web_paste(p);
  Module._free(p);
});
