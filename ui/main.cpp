// main.cpp — the gopherscope binary: the CLI (`gopherscope run prog.go`) and the app's
// main loop, one GLFW + OpenGL ES 3 loop for both the desktop and the browser (where
// Emscripten's GLFW drives a WebGL2 canvas and the browser calls us once per frame).
//
// The desktop app takes test flags (--frames, --screenshot, --action) so a test can
// drive a real window under Xvfb; the browser gets the same through gs_test_state and
// gs_test_action, exported to JavaScript.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>  // environ
#include <string>
#include <vector>

#include "app.h"
#include "os/os_thread.h"
#include "platform/platform.h"
#include "run/run.h"
#include "lang/compile.h"
#include "mem/mprof.h"
#include "vm/disasm.h"
#include <chrono>
#include <thread>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#include <emscripten/html5.h>
#else
#include <GLES3/gl3.h>
#include <stb/stb_image_write.h>

#include <fstream>
#include <sstream>
#endif

namespace {

[[maybe_unused]] const char* const kVersion = "gopherscope 0.2.0 (compiler and VM: single goroutine; no scheduler or GC yet)";

struct LoopState {
  GLFWwindow* window = nullptr;
  float ui_scale = 1.f;
  float fb_scale = 1.f;
  long max_frames = -1;  // desktop test flag
  long frame = 0;
  std::string screenshot;
  std::vector<std::string> actions;
  std::vector<std::string> late_actions;  // --late-action: on the last frame (with --frames)
  bool first_frame_reported = false;
  bool print_state = false;
};
LoopState g;

float framebuffer_scale() {
  int ww, wh, fw, fh;
  glfwGetWindowSize(g.window, &ww, &wh);
  glfwGetFramebufferSize(g.window, &fw, &fh);
  return ww > 0 ? static_cast<float>(fw) / static_cast<float>(ww) : 1.f;
}

#if defined(__EMSCRIPTEN__)
// The canvas fills the page; we size its backing store in device pixels ourselves, so
// GLFW's window, the framebuffer and mouse coordinates are all device pixels, and the
// UI is scaled by devicePixelRatio (crisp on HiDPI).
EM_JS(double, gs_js_dpr, (), { return window.devicePixelRatio || 1; });
EM_JS(int, gs_js_css_width, (), { return window.innerWidth; });
EM_JS(int, gs_js_css_height, (), { return window.innerHeight; });
EM_JS(void, gs_js_first_frame, (int max_threads), { if (window.gsGlue) window.gsGlue.firstFrame(max_threads); });

// Emscripten's GLFW keeps its own clipboard; route ImGui's copy to the system one and
// make its Ctrl+V paste nothing — the page's paste event delivers the real text.
void web_set_clipboard(void*, const char* text) { gs::platform::copy_to_clipboard(text ? text : ""); }
const char* web_get_clipboard(void*) { return ""; }

void fit_canvas() {
  double dpr = gs_js_dpr();
  int w = static_cast<int>(gs_js_css_width() * dpr), h = static_cast<int>(gs_js_css_height() * dpr);
  int cw, ch;
  glfwGetWindowSize(g.window, &cw, &ch);
  if (w != cw || h != ch) glfwSetWindowSize(g.window, w, h);
  if (static_cast<float>(dpr) != g.ui_scale) {
    g.ui_scale = static_cast<float>(dpr);
    gs::ui::app().set_ui_scale(g.ui_scale);  // fonts are rebuilt at the top of the next frame
  }
}
#else
void save_screenshot(const std::string& path) {
  int w, h;
  glfwGetFramebufferSize(g.window, &w, &h);
  std::vector<unsigned char> px(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), w, h, 4, px.data(), w * 4))
    std::fprintf(stderr, "gopherscope: could not write %s\n", path.c_str());
}
#endif

void main_loop_iteration() {
  glfwPollEvents();
#if defined(__EMSCRIPTEN__)
  fit_canvas();
#endif
  gs::ui::App& a = gs::ui::app();
  float fb = framebuffer_scale();
  if (a.take_font_rebuild_request() || fb != g.fb_scale) {
    g.fb_scale = fb;
    a.rebuild_fonts(fb);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  // Test actions from the command line run once the first frame has laid things out.
  if (g.frame == 2)
    for (const auto& act : g.actions) {
      std::string r = a.test_action(act);
      std::printf("action %s -> %s\n", act.c_str(), r.c_str());
    }
  if (g.max_frames > 0 && g.frame == g.max_frames - 1)
    for (const auto& act : g.late_actions) {
      std::string r = a.test_action(act);
      std::printf("action %s -> %s\n", act.c_str(), r.c_str());
    }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  a.frame(g.fb_scale);
  ImGui::Render();
  int w, h;
  glfwGetFramebufferSize(g.window, &w, &h);
  glViewport(0, 0, w, h);
  ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g.frame++;
#if defined(__EMSCRIPTEN__)
  if (!g.first_frame_reported) {
    g.first_frame_reported = true;
    gs_js_first_frame(gs::os::max_os_threads());
  }
#else
  if (g.max_frames > 0 && g.frame >= g.max_frames) {
    if (!g.screenshot.empty()) save_screenshot(g.screenshot);
    if (g.print_state) std::printf("%s\n", a.test_state_json().c_str());
    glfwSetWindowShouldClose(g.window, 1);
  }
  glfwSwapBuffers(g.window);
#endif
}

int run_app(const gs::ui::AppOptions& base, int width, int height) {
  if (!glfwInit()) {
    std::fprintf(stderr, "gopherscope: cannot open a window (no display?). Use `gopherscope run prog.go` for the CLI.\n");
    return 1;
  }
  // OpenGL ES 3.0 on both targets: one shader version ("#version 300 es").
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#if !defined(__EMSCRIPTEN__)
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
#endif
  g.window = glfwCreateWindow(width, height, "Gopherscope", nullptr, nullptr);
  if (!g.window) {
    std::fprintf(stderr, "gopherscope: cannot create an OpenGL ES 3 window\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(g.window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // our layout is saved in our own settings
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(g.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  gs::ui::AppOptions opts = base;
#if defined(__EMSCRIPTEN__)
  g.ui_scale = static_cast<float>(gs_js_dpr());
  io.SetClipboardTextFn = web_set_clipboard;
  io.GetClipboardTextFn = web_get_clipboard;
  opts.open_fragment = gs::platform::url_fragment();
#else
  float xs = 1.f, ys = 1.f;
  glfwGetWindowContentScale(g.window, &xs, &ys);
  g.ui_scale = xs > 0 ? xs : 1.f;
#endif
  opts.ui_scale = g.ui_scale;
  gs::ui::App& a = gs::ui::app();
  a.init(opts);
  g.fb_scale = framebuffer_scale();
  a.rebuild_fonts(g.fb_scale);

#if defined(__EMSCRIPTEN__)
  emscripten_set_main_loop(main_loop_iteration, 0, false);
  return 0;
#else
  while (!glfwWindowShouldClose(g.window)) main_loop_iteration();
  a.shutdown();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(g.window);
  glfwTerminate();
  return 0;
#endif
}

[[maybe_unused]] void usage(FILE* out) {
  std::fprintf(out,
               "Gopherscope: learn how the Go runtime works by watching it run.\n\n"
               "Usage:\n"
               "  gopherscope                      open the desktop app\n"
               "  gopherscope run prog.go          run a Go program (like `go run prog.go`)\n"
               "    -seed N             deterministic mode: one P, seeded choices, virtual clock\n"
               "    -m                  print escape analysis decisions first (like go's -gcflags='-m -l')\n"
               "    -memprofile FILE    write the heap profile (pprof format) when it exits\n"
               "    -memprofilerate N   bytes between heap-profile samples (runtime.MemProfileRate)\n"
               "  gopherscope version\n\n"
               "Desktop app flags (for tests and scripts):\n"
               "  --open FRAGMENT     open a share link's fragment, e.g. 'lesson=runtime'\n"
               "  --size WxH          window size (default 1400x900)\n"
               "  --frames N          exit (status 0) after N frames\n"
               "  --screenshot FILE   with --frames: save the last frame as PNG\n"
               "  --action JSON       perform a test-interface action after the first frames\n"
               "                      (repeatable), e.g. '{\"action\":\"select_lesson\",\"id\":\"runtime\"}'\n"
               "  --late-action JSON  with --frames: perform an action on the last frame (repeatable)\n"
               "  --state             with --frames: print the test-interface state as JSON at exit\n");
}

#if !defined(__EMSCRIPTEN__)
int cli_run(int argc, char** argv) {
  // gopherscope run [-seed N] [-m] prog.go — -seed: deterministic mode (run::Program::seed);
  // -m: print escape analysis decisions first, as `go run -gcflags='-m -l'` does.
  uint64_t seed = 0;
  bool escape_m = false;
  // -memprofile FILE: the heap profile in pprof's format, written when the program
  // exits (as pprof.WriteHeapProfile at the end of main); -memprofilerate N sets
  // runtime.MemProfileRate (Go: go test's flags of the same names).
  std::string memprofile;
  int64_t memprofilerate = -1;
  int argi = 2;
  while (argi < argc - 1) {
    if (std::strcmp(argv[argi], "-m") == 0) {
      escape_m = true;
      argi++;
    } else if (argi + 1 < argc - 1 && (std::strcmp(argv[argi], "-memprofile") == 0 || std::strcmp(argv[argi], "--memprofile") == 0)) {
      memprofile = argv[argi + 1];
      argi += 2;
    } else if (argi + 1 < argc - 1 && (std::strcmp(argv[argi], "-memprofilerate") == 0 || std::strcmp(argv[argi], "--memprofilerate") == 0)) {
      char* end = nullptr;
      long long rate = std::strtoll(argv[argi + 1], &end, 10);
      if (!end || *end != '\0' || rate < 0) {
        std::fprintf(stderr, "gopherscope run: -memprofilerate wants a non-negative integer, got %s\n", argv[argi + 1]);
        return 2;
      }
      memprofilerate = rate;
      argi += 2;
    } else if (argi + 1 < argc - 1 && (std::strcmp(argv[argi], "-seed") == 0 || std::strcmp(argv[argi], "--seed") == 0)) {
      char* end = nullptr;
      seed = std::strtoull(argv[argi + 1], &end, 10);
      if (!end || *end != '\0' || seed == 0) {
        std::fprintf(stderr, "gopherscope run: -seed wants a positive integer, got %s\n", argv[argi + 1]);
        return 2;
      }
      argi += 2;
    } else {
      break;
    }
  }
  if (argi != argc - 1) {
    std::fprintf(stderr, "usage: gopherscope run [-seed N] [-m] [-memprofile FILE] [-memprofilerate N] prog.go\n");
    return 2;
  }
  std::string path = argv[argc - 1];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "stat %s: no such file or directory\n", path.c_str());
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (escape_m) {
    gs::lang::CompileOptions copts;
    copts.filename = path;
    copts.escape_messages = true;
    gs::lang::CompileResult cr = gs::lang::compile_program(ss.str(), copts);
    if (cr.module && !cr.escape_messages.empty()) {
      std::string shown = path.find('/') == std::string::npos ? "./" + path : path;
      std::fprintf(stderr, "# command-line-arguments\n");
      for (auto& m : cr.escape_messages)
        std::fprintf(stderr, "%s:%d:%d: %s\n", shown.c_str(), m.line, m.col, m.text.c_str());
      std::fflush(stderr);
    }
  }
  gs::run::Program p;
  p.filename = path;
  p.source = ss.str();
  p.seed = seed;
  // A profile asked for: the program sees the rate (as under go test -memprofile).
  p.mem_profile_rate = memprofilerate >= 0 ? memprofilerate : !memprofile.empty() ? gs::mem::kDefaultMemProfileRate : -1;
  p.source_path = path;
  // The program gets this process's environment, as with `go run` (the runtime reads
  // GOMAXPROCS, GODEBUG, GOTRACEBACK, GOGC and GOMEMLIMIT from it; os.Getenv the rest).
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (eq && eq != *e) p.env.emplace_back(std::string(*e, static_cast<size_t>(eq - *e)), std::string(eq + 1));
  }
  gs::run::Run r;
  r.start(p);
  std::vector<gs::run::OutputChunk> out;
  while (true) {
    bool done = r.state() == gs::run::RunState::Exited;
    out.clear();
    r.output().drain(out);
    for (auto& c : out) {
      std::FILE* f = c.stream == gs::run::Stream::Stdout ? stdout : stderr;
      std::fwrite(c.text.data(), 1, c.text.size(), f);
      std::fflush(f);  // keep the program's order of stdout and stderr writes
    }
    if (done) break;
    if (out.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (!memprofile.empty()) {
    std::string prof = r.heap_profile_pprof();
    std::ofstream pf(memprofile, std::ios::binary | std::ios::trunc);
    if (!pf || prof.empty() || !pf.write(prof.data(), static_cast<std::streamsize>(prof.size()))) {
      std::fprintf(stderr, "gopherscope run: cannot write heap profile %s\n", memprofile.c_str());
      return r.exit_code() != 0 ? r.exit_code() : 1;
    }
  }
  return r.exit_code();
}

// `gopherscope disasm prog.go`: the bytecode of the program's own functions.
int cli_disasm(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gopherscope disasm prog.go\n");
    return 2;
  }
  std::ifstream in(argv[argc - 1], std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  gs::lang::CompileOptions opts;
  opts.filename = argv[argc - 1];
  gs::lang::CompileResult cr = gs::lang::compile_program(ss.str(), opts);
  if (!cr.module) {
    std::fputs(gs::lang::format_diagnostics(opts.filename, cr.errors).c_str(), stderr);
    return 1;
  }
  for (auto& f : cr.module->funcs)
    if (f->name.rfind("main.", 0) == 0 && !f->code.empty()) std::fputs(gs::vm::disassemble(*cr.module, *f).c_str(), stdout);
  return 0;
}
#endif

}  // namespace

// ---- test interface exported to JavaScript -------------------------------------------
extern "C" {
#if defined(__EMSCRIPTEN__)
EMSCRIPTEN_KEEPALIVE
#endif
const char* gs_test_state() {
  static std::string s;
  s = gs::ui::app().test_state_json();
  return s.c_str();
}
#if defined(__EMSCRIPTEN__)
EMSCRIPTEN_KEEPALIVE
#endif
const char* gs_test_action(const char* json) {
  static std::string s;
  s = gs::ui::app().test_action(json ? json : "");
  return s.c_str();
}
#if defined(__EMSCRIPTEN__)
// Text from the page's paste event, typed into whichever widget has focus.
EMSCRIPTEN_KEEPALIVE void gs_web_paste(const char* text) {
  if (text && ImGui::GetCurrentContext()) ImGui::GetIO().AddInputCharactersUTF8(text);
}
#endif
}

int main(int argc, char** argv) {
  gs::ui::AppOptions opts;
  opts.asset_dir = gs::platform::asset_dir();
  int width = 1400, height = 900;
#if !defined(__EMSCRIPTEN__)
  if (argc >= 2 && std::strcmp(argv[1], "run") == 0) return cli_run(argc, argv);
  if (argc >= 2 && std::strcmp(argv[1], "disasm") == 0) return cli_disasm(argc, argv);
  if (argc >= 2 && std::strcmp(argv[1], "version") == 0) {
    std::printf("%s\n", kVersion);
    return 0;
  }
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "gopherscope: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--help" || a == "-h" || a == "help") {
      usage(stdout);
      return 0;
    } else if (a == "--frames") {
      g.max_frames = std::atol(next().c_str());
    } else if (a == "--screenshot") {
      g.screenshot = next();
    } else if (a == "--action") {
      g.actions.push_back(next());
    } else if (a == "--late-action") {
      g.late_actions.push_back(next());
    } else if (a == "--open") {
      opts.open_fragment = next();
      if (!opts.open_fragment.empty() && opts.open_fragment[0] == '#') opts.open_fragment.erase(0, 1);
    } else if (a == "--size") {
      if (std::sscanf(next().c_str(), "%dx%d", &width, &height) != 2) {
        std::fprintf(stderr, "gopherscope: --size wants WxH\n");
        return 2;
      }
    } else if (a == "--state") {
      g.print_state = true;
    } else {
      std::fprintf(stderr, "gopherscope: unknown argument %s\n\n", a.c_str());
      usage(stderr);
      return 2;
    }
  }
#endif
  return run_app(opts, width, height);
}
