// platform_native.cpp — the desktop side of platform.h: files under the XDG data dir,
// GLFW's clipboard, xdg-open for links, and the build's asset dir.
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/platform.h"

namespace gs::platform {

namespace fs = std::filesystem;

namespace {
fs::path data_dir() {
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return fs::path(x) / "gopherscope";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".local/share/gopherscope";
  return fs::path(".gopherscope");
}

bool valid_key(const std::string& key) {
  if (key.empty()) return false;
  for (char c : key)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  return true;
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Writes atomically: a crash mid-write leaves the old file, never half a file.
bool write_file(const fs::path& p, const std::string& contents) {
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  fs::path tmp = p;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << contents;
    if (!out.good()) return false;
  }
  fs::rename(tmp, p, ec);
  return !ec;
}
}  // namespace

std::string storage_read(const std::string& key) {
  std::string s;
  if (!valid_key(key) || !read_file(data_dir() / (key + ".json"), s)) return "";
  return s;
}

bool storage_write(const std::string& key, const std::string& value) {
  return valid_key(key) && write_file(data_dir() / (key + ".json"), value);
}

void copy_to_clipboard(const std::string& text) {
  if (GLFWwindow* w = glfwGetCurrentContext()) glfwSetClipboardString(w, text.c_str());
}

std::string save_file(const std::string& suggested_name, const std::string& contents) {
  fs::path dir;
  if (const char* d = std::getenv("XDG_DOWNLOAD_DIR"); d && *d) dir = d;
  else if (const char* h = std::getenv("HOME"); h && *h) dir = fs::path(h) / "Downloads";
  std::error_code ec;
  if (dir.empty() || (!fs::is_directory(dir, ec) && !fs::create_directories(dir, ec))) dir = fs::current_path(ec);
  fs::path p = dir / suggested_name;
  return write_file(p, contents) ? p.string() : "";
}

std::string save_binary_file(const std::string& suggested_name, const std::string& bytes, const std::string&) {
  return save_file(suggested_name, bytes);  // files are bytes on the desktop
}

void request_import(const std::string& desktop_path,
                    std::function<void(bool ok, const std::string& contents_or_error)> done) {
  std::string s;
  if (desktop_path.empty()) {
    done(false, "type the path of a file to import");
  } else if (read_file(desktop_path, s)) {
    done(true, s);
  } else {
    done(false, "cannot read " + desktop_path);
  }
}

bool has_file_picker() { return false; }

void open_url(const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return;
  // Quote for the shell: single quotes, with embedded ones escaped.
  std::string q = "'";
  for (char c : url) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  q += "'";
  std::string cmd = "xdg-open " + q + " >/dev/null 2>&1 &";
  if (std::system(cmd.c_str()) != 0) {
    // Nothing to do: a desktop without xdg-open simply doesn't open links.
  }
}

std::string url_fragment() { return ""; }
void set_url_fragment(const std::string&) {}

std::string share_url(const std::string& fragment) {
  const char* base = std::getenv("GOPHERSCOPE_SHARE_BASE");
  return std::string(base && *base ? base : "http://localhost:8080/") + "#" + fragment;
}

std::string asset_dir() {
  if (const char* a = std::getenv("GOPHERSCOPE_ASSETS"); a && *a) return a;
#ifdef GS_BUILD_ASSET_DIR
  return GS_BUILD_ASSET_DIR;
#else
  return "assets";
#endif
}

void poll() {}

}  // namespace gs::platform
