// platform_web.cpp — the browser side of platform.h, through small JS functions
// (EM_JS here; bigger pieces in web/glue.js). localStorage holds progress and
// settings; file import uses a file picker whose result arrives on a later frame
// (gs_web_import_done), so the main thread never waits.
#include <emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "platform/platform.h"

// clang-format off
EM_JS(char*, gs_js_storage_read, (const char* key), {
  try {
    var v = window.localStorage.getItem("gopherscope:" + UTF8ToString(key));
    if (v === null) return 0;
    var n = lengthBytesUTF8(v) + 1; var p = _malloc(n); stringToUTF8(v, p, n); return p;
  } catch (e) { return 0; }
});
EM_JS(int, gs_js_storage_write, (const char* key, const char* value), {
  try { window.localStorage.setItem("gopherscope:" + UTF8ToString(key), UTF8ToString(value)); return 1; }
  catch (e) { return 0; }
});
EM_JS(void, gs_js_copy, (const char* text), {
  var t = UTF8ToString(text);
  if (window.gsGlue) window.gsGlue.copy(t);
});
EM_JS(int, gs_js_save_file, (const char* name, const char* contents), {
  if (!window.gsGlue) return 0;
  window.gsGlue.download(UTF8ToString(name), UTF8ToString(contents)); return 1;
});
EM_JS(int, gs_js_save_bytes, (const char* name, const uint8_t* bytes, int len, const char* mime), {
  if (!window.gsGlue || !window.gsGlue.downloadBytes) return 0;
  // Copied out of the (shared) wasm memory: a Blob cannot view a SharedArrayBuffer.
  var copy = new Uint8Array(len);
  copy.set(HEAPU8.subarray(bytes, bytes + len));
  window.gsGlue.downloadBytes(UTF8ToString(name), copy, UTF8ToString(mime)); return 1;
});
EM_JS(void, gs_js_pick_file, (), {
  if (window.gsGlue) window.gsGlue.pickFile();
});
EM_JS(void, gs_js_open_url, (const char* url), {
  var u = UTF8ToString(url);
  if (u.indexOf("http://") === 0 || u.indexOf("https://") === 0) window.open(u, "_blank", "noopener");
});
EM_JS(char*, gs_js_get_fragment, (), {
  var v = window.location.hash.replace(/^#/, "");
  var n = lengthBytesUTF8(v) + 1; var p = _malloc(n); stringToUTF8(v, p, n); return p;
});
EM_JS(void, gs_js_set_fragment, (const char* f), {
  var s = UTF8ToString(f);
  var url = window.location.pathname + window.location.search + (s ? "#" + s : "");
  window.history.replaceState(null, "", url);
});
EM_JS(char*, gs_js_page_url, (), {
  var v = window.location.origin + window.location.pathname + window.location.search;
  var n = lengthBytesUTF8(v) + 1; var p = _malloc(n); stringToUTF8(v, p, n); return p;
});
// clang-format on

namespace gs::platform {

namespace {
std::string take_js_string(char* p) {
  if (!p) return "";
  std::string s(p);
  std::free(p);
  return s;
}
std::function<void(bool, const std::string&)> g_import_done;
bool g_import_ready = false;
bool g_import_ok = false;
std::string g_import_payload;
}  // namespace

std::string storage_read(const std::string& key) { return take_js_string(gs_js_storage_read(key.c_str())); }
bool storage_write(const std::string& key, const std::string& value) {
  return gs_js_storage_write(key.c_str(), value.c_str()) != 0;
}
void copy_to_clipboard(const std::string& text) { gs_js_copy(text.c_str()); }
std::string save_file(const std::string& name, const std::string& contents) {
  return gs_js_save_file(name.c_str(), contents.c_str()) ? "downloaded " + name : "";
}
std::string save_binary_file(const std::string& name, const std::string& bytes, const std::string& mime) {
  return gs_js_save_bytes(name.c_str(), reinterpret_cast<const uint8_t*>(bytes.data()), static_cast<int>(bytes.size()),
                          mime.c_str())
             ? "downloaded " + name
             : "";
}
void request_import(const std::string&, std::function<void(bool, const std::string&)> done) {
  g_import_done = std::move(done);
  g_import_ready = false;
  gs_js_pick_file();
}
bool has_file_picker() { return true; }
void open_url(const std::string& url) { gs_js_open_url(url.c_str()); }
std::string url_fragment() { return take_js_string(gs_js_get_fragment()); }
void set_url_fragment(const std::string& fragment) { gs_js_set_fragment(fragment.c_str()); }
std::string share_url(const std::string& fragment) { return take_js_string(gs_js_page_url()) + "#" + fragment; }
std::string asset_dir() { return "/assets"; }

void poll() {
  if (g_import_ready && g_import_done) {
    auto done = std::move(g_import_done);
    g_import_done = nullptr;
    g_import_ready = false;
    done(g_import_ok, g_import_payload);
  }
}

}  // namespace gs::platform

// Called from web/glue.js when the file picker has read a file (or failed).
extern "C" EMSCRIPTEN_KEEPALIVE void gs_web_import_done(int ok, const char* payload) {
  gs::platform::g_import_ok = ok != 0;
  gs::platform::g_import_payload = payload ? payload : "";
  gs::platform::g_import_ready = true;
}
