// app.h — the Gopherscope application: owns the views, the runtime's Ms and the
// current run, lays the window out, and answers the test interface.
//
// Invariants: the UI thread never blocks on the runtime (it reads trace/observe and
// try-drains run output); nothing here computes what the runtime does — views show
// what the runtime published. State that must survive a reload (settings, progress,
// code drafts) is written through platform storage as soon as it changes.
#pragma once
#include <memory>
#include <string>

namespace gs::ui {

struct AppOptions {
  std::string asset_dir;
  std::string open_fragment;  // a share fragment to open (desktop: --open; web: the URL's)
  int runtime_ms = 4;          // Ms the shell starts
  float ui_scale = 1.f;        // display's content scale (HiDPI)
};

class App {
 public:
  App();
  ~App();
  bool init(const AppOptions& opts);
  void frame(float fb_scale);  // between ImGui::NewFrame and ImGui::Render
  void shutdown();

  // The display's scale changed (e.g. the window moved to a HiDPI screen): layout sizes
  // follow, and fonts are rebuilt before the next frame.
  void set_ui_scale(float scale);

  // Fonts must be rebuilt (size or scale changed) before the next NewFrame.
  bool take_font_rebuild_request();
  void rebuild_fonts(float fb_scale);

  // The test interface (web: gs_test_state / gs_test_action; desktop: --action).
  std::string test_state_json() const;
  std::string test_action(const std::string& json);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

App& app();

}  // namespace gs::ui
