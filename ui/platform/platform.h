// platform.h — what differs between the desktop and the browser, and nothing else.
//
// platform_native.cpp implements it with files (XDG data dir) and GLFW; platform_web.cpp
// with localStorage, the page's URL fragment and small JS functions in web/glue.js.
// Views call these; they never #ifdef __EMSCRIPTEN__ themselves.
#pragma once
#include <functional>
#include <string>

namespace gs::platform {

// Small persistent key/value store: desktop $XDG_DATA_HOME/gopherscope/<key>.json,
// browser localStorage["gopherscope:<key>"]. Returns "" if absent.
std::string storage_read(const std::string& key);
bool storage_write(const std::string& key, const std::string& value);

void copy_to_clipboard(const std::string& text);

// Offers a file to the user: the browser downloads it; the desktop writes it to the
// user's download dir (or $HOME) and returns the path it wrote. Returns "" on failure.
std::string save_file(const std::string& suggested_name, const std::string& contents);
// The same for bytes that are not text (any byte value, NULs included), such as a
// gzip'd heap profile; mime is the download's type in the browser.
std::string save_binary_file(const std::string& suggested_name, const std::string& bytes,
                             const std::string& mime = "application/octet-stream");

// Asks the user for a file to import. The browser opens a file picker and calls back
// later (on a later frame); the desktop reads `desktop_path` if given (typed in the UI).
void request_import(const std::string& desktop_path,
                    std::function<void(bool ok, const std::string& contents_or_error)> done);

// True where request_import shows a file picker (the browser); false where the UI
// must ask for a path (the desktop).
bool has_file_picker();

void open_url(const std::string& url);  // links in lessons

// The page URL's fragment without '#' (browser); "" on the desktop.
std::string url_fragment();
void set_url_fragment(const std::string& fragment);  // replaces history state, no reload
// A full link that opens `fragment`: the page's own URL in the browser; on the desktop
// the local web app's URL ($GOPHERSCOPE_SHARE_BASE, default http://localhost:8080/).
std::string share_url(const std::string& fragment);

// Where lessons/ and fonts/ are read from: "/assets" in the browser's file system;
// natively the build's assets dir, or $GOPHERSCOPE_ASSETS.
std::string asset_dir();

// Called once per frame by the main loop (delivers pending import callbacks).
void poll();

}  // namespace gs::platform
