// app.cpp — composition of the window and the application's state. See app.h.
//
// Layout (no docking in ImGui 1.86; the splits are ours):
//   top bar
//   sidebar | lesson column (Lesson / Quiz tabs) | editor
//           |                                    | console
//           |                                    | panels (Threads, Scheduler, Goroutines, Channels,
//           |                                    |         Allocator, GC, and what the lesson asks for)
#include "app.h"

#include <imgui.h>
#include <imgui_stdlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "allocator_panel.h"
#include "interfaces_panel.h"
#include "channels_panel.h"
#include "compiler_panel.h"
#include "console.h"
#include "editor.h"
#include "gc_panel.h"
#include "goroutines_panel.h"
#include "layout.h"
#include "lesson_view.h"
#include "model/lesson.h"
#include "model/share.h"
#include "model/srs.h"
#include "os/note.h"
#include "os/os_thread.h"
#include "platform/platform.h"
#include "quiz_view.h"
#include "run/run.h"
#include "sched/snapshot.h"
#include "sched/threadpool.h"
#include "scheduler_panel.h"
#include "sidebar.h"
#include "test_rects.h"
#include "theme.h"
#include "threads_panel.h"
#include "trace/observe.h"

namespace gs::ui {

using nlohmann::json;

namespace {
constexpr float kMinFont = 11.f, kMaxFont = 28.f;
constexpr double kDraftSaveDelay = 0.8;  // seconds after the last edit
const char* const kDefaultProgram =
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, Gopherscope\")\n}\n";
}  // namespace

// "K=V K2=V2" → pairs; words without '=' are ignored.
static std::vector<std::pair<std::string, std::string>> parse_env(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> env;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') i++;
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string word = text.substr(i, j - i);
    size_t eq = word.find('=');
    if (eq != std::string::npos && eq > 0) env.emplace_back(word.substr(0, eq), word.substr(eq + 1));
    i = j;
  }
  return env;
}

struct App::Impl {
  AppOptions opts;
  // The runtime side: Ms (real threads) and the current run.
  sched::ThreadPool ms;
  std::unique_ptr<run::Run> run;
  bool run_reported = true;

  // Content and views.
  std::vector<model::Lesson> lessons;
  std::vector<std::string> lesson_errors;
  std::string current;  // lesson id
  CodeEditor editor;
  Console console;
  LessonView lesson_view;
  QuizView quiz;
  ThreadsPanel threads_panel;
  SchedulerPanel scheduler_panel;
  GoroutinesPanel goroutines_panel;
  ChannelsPanel channels_panel;
  AllocatorPanel allocator_panel;
  InterfacesPanel interfaces_panel;
  CompilerPanel compiler_panel;
  unsigned long long marks_version_shown = 0;  // the compiler panel's marks the editor has
  GcPanel gc_panel;
  // The run's scheduler as last published (trace::observe_sched gives nullptr when no
  // snapshot is available this instant: the last one is kept). Reset by a new run.
  std::shared_ptr<const sched::SchedSnapshot> sched_snap;
  // The run's memory as last published (trace::observe_mem; the last one is kept), and
  // the last one whose collector part was filled in: the runtime publishes an empty
  // GcSnapshot when a cycle held the collector's statistics at that instant.
  std::shared_ptr<const trace::MemSnapshot> mem_snap;
  std::shared_ptr<const trace::IfaceSnapshot> iface_snap;
  std::shared_ptr<const trace::MemSnapshot> gc_snap;

  // Settings that persist (storage key "settings").
  ThemeKind theme_kind = ThemeKind::Dark;
  float font_size = 16.f;
  // Layout in device pixels; u is the display's scale (HiDPI), so logical = pixels / u.
  float u = 1.f;
  float sidebar_w = 220.f, lesson_w = 0.f, editor_h = 0.f, console_h = 0.f;  // 0 = not yet sized
  // Drafts: the learner's code per lesson (storage key "drafts"), so nothing is lost on reload.
  json drafts = json::object();
  // The environment of the next run ("GOMAXPROCS=2 GODEBUG=gctrace=1"): the lesson's
  // knobs, editable by the learner.
  std::string env_text;
  // Deterministic mode for the next run (`gopherscope run -seed N`): 0 is a normal run.
  int seed = 0;
  double draft_dirty_since = -1;
  std::string last_fragment;

  // Per-frame UI state.
  enum class LessonTab { Lesson, Quiz } lesson_tab = LessonTab::Lesson;
  bool select_tab = false;  // force the tab selection on the next frame
  std::string panel_tab;    // "" = first
  std::string panel_select;  // a panel tab to bring forward on the next frame
  bool font_rebuild = false;
  uint64_t frames = 0;
  std::string status;  // one-line message in the top bar
  double status_time = 0;
  uint64_t ui_tid = 0;

  const model::Lesson* lesson() const {
    for (const auto& l : lessons)
      if (l.id == current) return &l;
    return nullptr;
  }

  void say(const std::string& s) {
    status = s;
    status_time = ImGui::GetTime();
  }

  void load_settings() {
    json s = json::parse(platform::storage_read("settings"), nullptr, false);
    if (!s.is_object()) return;
    if (s.value("theme", "dark") == "light") theme_kind = ThemeKind::Light;
    if (s.contains("font_size") && s["font_size"].is_number())
      font_size = std::clamp(s["font_size"].get<float>(), kMinFont, kMaxFont);
    if (s.contains("sidebar_w") && s["sidebar_w"].is_number()) sidebar_w = s["sidebar_w"].get<float>() * u;
    if (s.contains("lesson") && s["lesson"].is_string()) current = s["lesson"].get<std::string>();
    json d = json::parse(platform::storage_read("drafts"), nullptr, false);
    if (d.is_object()) drafts = d;
  }

  void save_settings() {
    json s = {{"theme", theme_kind == ThemeKind::Dark ? "dark" : "light"},
              {"font_size", font_size},
              {"sidebar_w", sidebar_w / u},
              {"lesson", current}};
    platform::storage_write("settings", s.dump());
  }

  void save_draft_now() {
    if (current.empty()) return;
    if (editor.edited())
      drafts[current] = editor.text();
    else
      drafts.erase(current);
    platform::storage_write("drafts", drafts.dump());
    draft_dirty_since = -1;
  }

  // Opens a lesson: its text, its first Go block (or the learner's draft) in the editor.
  void open_lesson(const std::string& id, const std::string* code_override = nullptr) {
    if (editor.edited() && !current.empty()) save_draft_now();
    const model::Lesson* found = nullptr;
    for (const auto& l : lessons)
      if (l.id == id) found = &l;
    if (!found) return;
    current = id;
    std::string original = found->go_blocks.empty() ? kDefaultProgram : found->go_blocks[0];
    editor.set_text(original);
    if (code_override) {
      load_edited(*code_override);
    } else if (drafts.contains(id) && drafts[id].is_string()) {
      load_edited(drafts[id].get<std::string>());
    }
    editor.set_error(0, 0, "");
    env_text.clear();
    for (const auto& [k, v] : found->knobs) env_text += (env_text.empty() ? "" : " ") + k + "=" + v;
    lesson_tab = LessonTab::Lesson;
    select_tab = true;
    if (!found->panels.empty()) panel_select = found->panels.front();  // the panel the lesson names first
    // A review across lessons carries on; otherwise the quiz tab follows the lesson.
    if (quiz.state().mode != "review" || quiz.state().finished) quiz.start_lesson(id);
    save_settings();
    update_fragment();
  }

  // Puts code into the editor as the learner's edit (kept in the undo history).
  void load_edited(const std::string& code) {
    if (code != editor.text()) editor.replace_all(code);
  }

  void update_fragment() {
    model::ShareState s{current, std::nullopt};
    if (editor.edited()) s.code = editor.text();
    auto r = model::encode_share(s);
    if (r.fragment != last_fragment) {
      platform::set_url_fragment(r.fragment);
      last_fragment = r.fragment;
    }
  }

  void start_run() {
    if (run && run->state() == run::RunState::Running) run->stop();
    drain_output();
    run = std::make_unique<run::Run>();
    run->set_thread_pool(&ms);  // the run's Ms are the app's threads (in the browser: its Web Workers)
    run::Program p;
    p.filename = "prog.go";
    p.source = editor.text();
    p.env = parse_env(env_text);
    p.seed = static_cast<uint64_t>(std::max(seed, 0));
    std::string cmd = "$ ";
    for (const auto& [k, v] : p.env) cmd += k + "=" + v + " ";
    cmd += "gopherscope run ";
    if (p.seed) cmd += "-seed " + std::to_string(p.seed) + " ";
    console.append_note(cmd + "prog.go");
    editor.set_error(0, 0, "");
    run->set_tempo_ms(scheduler_panel.tempo_ms());  // slow motion carries over to the next run
    run->start(p);
    run_reported = false;
    sched_snap.reset();
    scheduler_panel.reset();
    goroutines_panel.reset();
    channels_panel.reset();
    mem_snap.reset();
    iface_snap.reset();
    interfaces_panel.reset();
    gc_snap.reset();
    allocator_panel.reset();
    gc_panel.reset();
  }

  // Takes the run's newest scheduler snapshot, if one is available this instant, and
  // lets the panels that keep a history see it even when they are not drawn.
  void poll_scheduler() {
    if (!run) return;
    auto snap = trace::observe_sched(*run);
    if (!snap || snap == sched_snap) return;
    sched_snap = std::move(snap);
    scheduler_panel.observe(*sched_snap);
    goroutines_panel.observe(*sched_snap, ImGui::GetTime());
  }

  // The same for the run's memory snapshot (the allocation rate needs every one).
  void poll_memory() {
    if (!run) return;
    if (auto is = trace::observe_ifaces(*run)) iface_snap = std::move(is);
    auto snap = trace::observe_mem(*run);
    if (!snap || snap == mem_snap) return;
    mem_snap = std::move(snap);
    allocator_panel.observe(*mem_snap);
    bool gc_filled = !mem_snap->gc.samples.empty() || mem_snap->gc.num_gc > 0;
    if (gc_filled || !gc_snap) gc_snap = mem_snap;
  }

  // GOGC / GOMEMLIMIT changes from the GC panel or the test interface, for the running program.
  void apply_gc_knobs(const GcPanel::KnobChange& c) {
    if (!c.requested || !run || run->state() != run::RunState::Running) return;
    run->set_gc_knobs(c.gogc, c.memory_limit);
  }

  // The Scheduler panel's live controls (or the test interface's), for the running program.
  void apply_sched_controls(const SchedulerPanel::ControlChange& c) {
    if (!run || run->state() != run::RunState::Running) return;
    if (c.tempo_ms >= 0) run->set_tempo_ms(c.tempo_ms);
    if (c.paused >= 0) run->set_paused(c.paused == 1);
    for (int i = 0; i < c.steps; i++) run->step();
    if (c.gomaxprocs > 0) run->request_gomaxprocs(c.gomaxprocs);
  }

  void drain_output() {
    if (!run) return;
    std::vector<run::OutputChunk> chunks;
    if (!run->output().try_drain(chunks)) return;
    for (auto& c : chunks) console.append(c.stream, c.text);
    if (!run_reported && run->state() == run::RunState::Exited) {
      // The pipe is drained after the run ended, so all its output is shown above.
      std::vector<run::OutputChunk> rest;
      if (!run->output().try_drain(rest)) return;
      for (auto& c : rest) console.append(c.stream, c.text);
      int code = run->exit_code();
      console.append_note(code == 0 ? "Program exited." : "exit status " + std::to_string(code));
      if (!run->diagnostics().empty()) {
        const auto& d = run->diagnostics()[0];
        editor.set_error(d.line, d.col, d.message);
      }
      run_reported = true;
    }
  }

  void open_share_fragment(const std::string& fragment) {
    if (fragment.empty()) return;
    std::string err;
    auto s = model::decode_share(fragment, &err);
    if (!s) {
      console.append_note("Could not open the shared link: " + err);
      return;
    }
    bool known = false;
    for (const auto& l : lessons) known |= l.id == s->lesson_id;
    if (!known) {
      console.append_note("The shared link names a lesson this version does not have: " + s->lesson_id);
      return;
    }
    open_lesson(s->lesson_id, s->code ? &*s->code : nullptr);
    if (s->code) console.append_note("Opened shared code. It has not been run: press Run (Ctrl+Enter) to run it.");
  }

  // The Compiler panel follows the editor's text while the lesson shows it or its tab is
  // open, and lends the editor its escape decisions as gutter marks.
  void poll_compiler(bool force = false) {
    const model::Lesson* l = lesson();
    bool wanted = panel_tab == "compiler" || panel_select == "compiler" ||
                  (l && std::find(l->panels.begin(), l->panels.end(), "compiler") != l->panels.end());
    if (!wanted) {
      if (editor.gutter_mark_lines() > 0) editor.clear_gutter_marks();
      marks_version_shown = 0;
      return;
    }
    compiler_panel.update(editor.text(), editor.revision(), ImGui::GetTime(), force);
    if (compiler_panel.marks_version() != marks_version_shown) {
      editor.set_gutter_marks(compiler_panel.gutter_marks(), compiler_panel.report_revision(),
                              compiler_panel.inline_messages());
      marks_version_shown = compiler_panel.marks_version();
    }
  }

  void draw_top_bar();
  void draw_editor_column(float w, float h);
  void draw_panels(float h);
};

App::App() : impl_(std::make_unique<Impl>()) {}
App::~App() = default;

App& app() {
  static App a;
  return a;
}

bool App::init(const AppOptions& opts) {
  Impl& s = *impl_;
  s.opts = opts;
  s.u = opts.ui_scale > 0 ? opts.ui_scale : 1.f;
  s.sidebar_w *= s.u;
  s.ui_tid = os::gettid();
  s.load_settings();
  s.lessons = model::load_lessons(opts.asset_dir + "/lessons", &s.lesson_errors);
  for (const auto& e : s.lesson_errors) s.console.append_note("lesson error: " + e);
  s.quiz.set_lessons(&s.lessons);
  s.quiz.load_progress();

  int started = s.ms.start(opts.runtime_ms, 250'000'000);
  if (started < opts.runtime_ms)
    s.console.append_note("The runtime started " + std::to_string(started) + " of " +
                          std::to_string(opts.runtime_ms) + " threads.");

  std::string want = s.current;
  s.current.clear();
  if (!opts.open_fragment.empty()) {
    s.open_share_fragment(opts.open_fragment);
  }
  if (s.current.empty()) {
    bool ok = false;
    for (const auto& l : s.lessons) ok |= l.id == want;
    if (!ok && !s.lessons.empty()) want = s.lessons.front().id;
    if (!want.empty()) s.open_lesson(want);
  }
  if (s.lessons.empty()) s.editor.set_text(kDefaultProgram);
  return true;
}

void App::shutdown() {
  Impl& s = *impl_;
  if (s.draft_dirty_since >= 0) s.save_draft_now();
  if (s.run) s.run->stop();
  s.ms.stop();
}

bool App::take_font_rebuild_request() {
  bool r = impl_->font_rebuild;
  impl_->font_rebuild = false;
  return r;
}

void App::set_ui_scale(float scale) {
  Impl& s = *impl_;
  if (scale <= 0 || scale == s.u) return;
  float k = scale / s.u;
  s.sidebar_w *= k;
  s.lesson_w *= k;
  s.editor_h *= k;
  s.console_h *= k;
  s.u = scale;
  s.font_rebuild = true;
}

void App::rebuild_fonts(float fb_scale) {
  Impl& s = *impl_;
  theme().load(s.opts.asset_dir, s.font_size * s.u, fb_scale);
  theme().apply(s.theme_kind);
  ImGui::GetStyle().ScaleAllSizes(s.u);
  ImGui::GetIO().FontGlobalScale = 1.f / fb_scale;
}

void App::Impl::draw_top_bar() {
  const Fonts& f = theme().fonts();
  ImGui::PushFont(f.h3);
  ImGui::TextUnformatted("Gopherscope");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("· the Go runtime, running, in front of you");
  if (!status.empty() && ImGui::GetTime() - status_time < 6.0) {
    ImGui::SameLine();
    ImGui::TextUnformatted(("   " + status).c_str());
  }
}

void App::Impl::draw_editor_column(float w, float h) {
  bool running = run && run->state() == run::RunState::Running;
  // Toolbar.
  if (ImGui::Button(running ? "Running…" : "Run  (Ctrl+Enter)")) start_run();
  record_test_rect("run");
  ImGui::SameLine();
  ImGui::BeginDisabled(!running);
  if (ImGui::Button("Stop") && run) run->stop();
  record_test_rect("stop");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!editor.can_undo());
  if (ImGui::Button("Undo")) editor.undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!editor.can_redo());
  if (ImGui::Button("Redo")) editor.redo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  const model::Lesson* l = lesson();
  ImGui::BeginDisabled(!editor.edited() || !l);
  if (ImGui::Button("Reset") && l) {
    std::string original = l->go_blocks.empty() ? kDefaultProgram : l->go_blocks[0];
    editor.set_text(original);
    save_draft_now();
    update_fragment();
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Back to the lesson's code");
  ImGui::SameLine();
  if (ImGui::Button("Share")) {
    update_fragment();
    auto r = model::encode_share({current, editor.edited() ? std::optional<std::string>(editor.text()) : std::nullopt});
    platform::copy_to_clipboard(platform::share_url(r.fragment));
    say(r.code_dropped ? "Link copied (the code was too large to include)." : "Link copied.");
  }
  record_test_rect("share");
  ImGui::SameLine();
  ImGui::TextDisabled("Ln %d, Col %d%s", editor.cursor_line(), editor.cursor_col(), editor.edited() ? " · edited" : "");
  // The run's environment: the lesson's knobs, which the learner may change.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("env");
  ImGui::SameLine();
  const float seed_w = ImGui::CalcTextSize("seed").x + ImGui::GetStyle().ItemSpacing.x * 2 + 90.f * u;
  ImGui::SetNextItemWidth(std::max(80.f * u, ImGui::GetContentRegionAvail().x - seed_w));
  ImGui::InputTextWithHint("##env", "GOMAXPROCS=2 GOGC=50 GODEBUG=gctrace=1", &env_text);
  record_test_rect("env");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Environment variables for the next run, as KEY=VALUE separated by spaces.\n"
                      "The lesson presets its knobs here.");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("seed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputInt("##seed", &seed, 1, 10)) seed = std::max(seed, 0);
  record_test_rect("seed");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Deterministic mode for the next run: with a seed above 0 the program runs on one P\n"
                      "and one M with a virtual clock, and every random choice the runtime makes (select's\n"
                      "poll order, work stealing, preemption points) comes from this seed. The same seed\n"
                      "replays the same schedule step for step; another seed shows another interleaving.\n"
                      "0: a normal run on real threads and the real clock.");

  float tool_h = 2 * ImGui::GetFrameHeightWithSpacing();
  float body_h = h - tool_h;
  if (editor_h <= 0) editor_h = body_h * 0.48f;
  if (console_h <= 0) console_h = body_h * 0.22f;
  const float split = 6.f * u, min_editor = 80.f * u, min_console = 60.f * u, min_panels = 60.f * u;
  editor_h = std::clamp(editor_h, min_editor, std::max(min_editor, body_h - console_h - 2 * split - min_panels));
  if (editor.draw("editor", ImVec2(w, editor_h))) start_run();
  record_test_rect("editor");
  hsplitter("##split-editor", &editor_h, min_editor, body_h - console_h - 2 * split - min_panels, w, split);
  record_test_rect("split:editor");
  console_h = std::clamp(console_h, min_console, std::max(min_console, body_h - editor_h - 2 * split - min_panels));
  console.draw("console", ImVec2(w, console_h));
  float below = body_h - editor_h - console_h - 2 * split;
  float old_console = console_h;
  hsplitter("##split-console", &console_h, min_console, body_h - editor_h - 2 * split - min_panels, w, split);
  below -= console_h - old_console;
  draw_panels(std::max(min_panels, below));
}

void App::Impl::draw_panels(float h) {
  ImGui::BeginChild("panels", ImVec2(0, h), true);
  // The live panels that exist, then any the lesson asks for that a later issue builds.
  std::vector<std::string> wanted = {"threads", "scheduler", "goroutines", "channels",
                                     "allocator", "gc",        "interfaces", "compiler"};
  if (const model::Lesson* l = lesson())
    for (const auto& p : l->panels)
      if (std::find(wanted.begin(), wanted.end(), p) == wanted.end()) wanted.push_back(p);
  bool live = run && run->state() == run::RunState::Running;
  const sched::SchedSnapshot* snap = sched_snap.get();
  int64_t show_goroutine = 0, show_channel = 0;
  if (ImGui::BeginTabBar("panel-tabs")) {
    for (const auto& p : wanted) {
      ImGuiTabItemFlags flags = p == panel_select ? ImGuiTabItemFlags_SetSelected : 0;
      std::string label;
      if (p == "threads") {
        label = "Threads###threads";
      } else if (p == "scheduler") {
        label = "Scheduler###scheduler";
      } else if (p == "goroutines") {
        size_t live_gs = 0;
        if (snap)
          for (const auto& g : snap->gs) live_gs += g.status_text != "dead";
        label = snap ? "Goroutines (" + std::to_string(live_gs) + ")###goroutines" : "Goroutines###goroutines";
      } else if (p == "channels") {
        label = snap ? "Channels (" + std::to_string(snap->chans.size()) + ")###channels" : "Channels###channels";
      } else if (p == "allocator") {
        label = "Allocator###allocator";
      } else if (p == "interfaces") {
        label = iface_snap ? "Interfaces (" + std::to_string(iface_snap->count) + ")###interfaces" : "Interfaces###interfaces";
      } else if (p == "compiler") {
        const lang::CompileReport* cr = compiler_panel.report();
        label = cr && !cr->compiled ? "Compiler (errors)###compiler" : "Compiler###compiler";
      } else if (p == "gc") {
        label = gc_snap ? "GC (" + std::to_string(gc_snap->gc.num_gc) + ")###gc" : "GC###gc";
      } else {
        label = p + " (coming)###" + p;
      }
      bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
      record_test_rect("panel:" + p);
      if (!open) continue;
      panel_tab = p;
      if (p == "threads") {
        threads_panel.draw(trace::observe_ms(ms), ui_tid, ImGui::GetTime());
      } else if (p == "scheduler") {
        show_goroutine = scheduler_panel.draw(snap, live);
        apply_sched_controls(scheduler_panel.take_control_change());
      } else if (p == "goroutines") {
        show_channel = goroutines_panel.draw(snap, live, ImGui::GetTime());
      } else if (p == "channels") {
        show_goroutine = channels_panel.draw(snap, live);
      } else if (p == "allocator") {
        allocator_panel.draw(mem_snap.get(), live, run.get());
      } else if (p == "interfaces") {
        interfaces_panel.draw(iface_snap.get(), live);
      } else if (p == "compiler") {
        compiler_panel.draw(editor.cursor_line());
      } else if (p == "gc") {
        apply_gc_knobs(gc_panel.draw(gc_snap.get(), live));
      } else {
        // A lesson may ask for a panel a later issue builds; say so rather than fake it.
        ImGui::TextWrapped("The %s panel arrives with the part of the runtime it shows; nothing is drawn "
                           "here until the runtime publishes it.",
                           p.c_str());
      }
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  panel_select.clear();
  ImGui::EndChild();
  // Links between panels take effect on the next frame (never change what is being drawn).
  if (show_goroutine) {
    goroutines_panel.select(show_goroutine);
    panel_select = "goroutines";
  }
  if (show_channel) {
    channels_panel.select(show_channel);
    panel_select = "channels";
  }
}

void App::frame(float fb_scale) {
  Impl& s = *impl_;
  s.frames++;
  clear_test_rects();
  platform::poll();
  s.drain_output();
  s.poll_scheduler();
  s.poll_memory();
  s.poll_compiler();

  ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGuiWindowFlags wf = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                        ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Gopherscope", nullptr, wf);
  s.draw_top_bar();
  ImGui::Separator();

  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float u = s.u, split = 6.f * u, min_col = 160.f * u, min_sidebar = 140.f * u;
  s.sidebar_w = std::clamp(s.sidebar_w, min_sidebar, std::max(min_sidebar, avail.x * 0.3f));
  if (s.lesson_w <= 0) s.lesson_w = (avail.x - s.sidebar_w) * 0.45f;
  s.lesson_w = std::clamp(s.lesson_w, min_col, std::max(min_col, avail.x - s.sidebar_w - 2 * split - min_col));

  // Sidebar.
  ImGui::BeginChild("sidebar", ImVec2(s.sidebar_w, avail.y), true);
  SidebarChoice c = draw_sidebar(s.lessons, s.current, s.quiz.due_today(), s.theme_kind, s.font_size);
  ImGui::EndChild();
  ImGui::SameLine(0, 0);
  if (vsplitter("##split-sidebar", &s.sidebar_w, min_sidebar, avail.x * 0.3f, avail.y, split) &&
      ImGui::IsMouseReleased(ImGuiMouseButton_Left))
    s.save_settings();
  ImGui::SameLine(0, 0);

  // Lesson column.
  ImGui::BeginChild("lesson-col", ImVec2(s.lesson_w, avail.y), true);
  if (ImGui::BeginTabBar("lesson-tabs")) {
    ImGuiTabItemFlags lf = 0, qf = 0;
    if (s.select_tab) {
      (s.lesson_tab == Impl::LessonTab::Lesson ? lf : qf) = ImGuiTabItemFlags_SetSelected;
      s.select_tab = false;
    }
    if (ImGui::BeginTabItem("Lesson", nullptr, lf)) {
      s.lesson_tab = Impl::LessonTab::Lesson;
      if (const model::Lesson* l = s.lesson()) {
        MarkdownActions acts;
        acts.run = [&s](int, const std::string& code) {
          s.load_edited(code);
          s.start_run();
        };
        acts.open = [&s](int, const std::string& code) {
          s.load_edited(code);
          s.update_fragment();
        };
        acts.link = [](const std::string& url) { platform::open_url(url); };
        s.lesson_view.draw(*l, acts);
      } else {
        ImGui::TextWrapped("Choose a lesson on the left.");
      }
      ImGui::EndTabItem();
    }
    record_test_rect("tab:lesson");
    std::string quiz_label = "Quiz";
    if (ImGui::BeginTabItem(quiz_label.c_str(), nullptr, qf)) {
      s.lesson_tab = Impl::LessonTab::Quiz;
      s.quiz.draw(ImVec2(0, 0));
      ImGui::EndTabItem();
    }
    record_test_rect("tab:quiz");
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::SameLine(0, 0);
  vsplitter("##split-lesson", &s.lesson_w, min_col, avail.x - s.sidebar_w - 2 * split - min_col, avail.y, split);
  ImGui::SameLine(0, 0);

  // Editor, console, panels.
  float right_w = avail.x - s.sidebar_w - s.lesson_w - 2 * split;
  ImGui::BeginChild("work-col", ImVec2(right_w, avail.y), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  s.draw_editor_column(ImGui::GetContentRegionAvail().x, avail.y);
  ImGui::EndChild();
  ImGui::End();

  // Act on the sidebar after drawing (never change what is being drawn mid-frame).
  if (!c.open_lesson.empty() && c.open_lesson != s.current) s.open_lesson(c.open_lesson);
  if (c.start_review) {
    s.quiz.start_review();
    s.lesson_tab = Impl::LessonTab::Quiz;
    s.select_tab = true;
  }
  if (c.toggle_theme) {
    s.theme_kind = s.theme_kind == ThemeKind::Dark ? ThemeKind::Light : ThemeKind::Dark;
    s.font_rebuild = true;  // re-applies colours and scaled sizes together
    s.save_settings();
  }
  if (c.font_size > 0) {
    s.font_size = std::clamp(c.font_size, kMinFont, kMaxFont);
    s.font_rebuild = true;
    s.save_settings();
  }

  // Drafts and the share fragment follow edits, a moment after typing stops.
  double now = ImGui::GetTime();
  bool edited_now = s.editor.edited();
  std::string cur_draft = s.drafts.contains(s.current) && s.drafts[s.current].is_string()
                              ? s.drafts[s.current].get<std::string>() : std::string();
  bool differs = edited_now ? cur_draft != s.editor.text() : s.drafts.contains(s.current);
  if (differs && s.draft_dirty_since < 0) s.draft_dirty_since = now;
  if (s.draft_dirty_since >= 0 && now - s.draft_dirty_since > kDraftSaveDelay) {
    s.save_draft_now();
    s.update_fragment();
  }
  (void)fb_scale;
}

// ---- test interface ---------------------------------------------------------------

// The Compiler panel as the test interface reports it: the report it draws from (which
// editor revision it describes) and what its open tab showed.
static json compiler_state(const CompilerPanel& p, const CodeEditor& editor) {
  json j = {{"tab", CompilerPanel::tab_name(p.tab())},
            {"selected_function", p.selected_function()},
            {"drawn_rows", p.drawn_rows()},
            {"editor_revision", editor.revision()},
            {"report_revision", p.report_revision()},
            {"gutter_mark_lines", editor.gutter_mark_lines()}};
  const lang::CompileReport* r = p.report();
  if (!r) {
    j["report"] = nullptr;
    return j;
  }
  json errors = json::array();
  for (const auto& d : r->errors) errors.push_back({{"line", d.line}, {"col", d.col}, {"msg", d.msg}});
  json escapes = json::array();
  for (const auto& e : r->escapes)
    escapes.push_back({{"line", e.line}, {"col", e.col}, {"text", e.text}, {"func", e.func}, {"size_class", e.size_class}});
  size_t auto_semis = 0;
  for (const auto& t : r->tokens) auto_semis += t.automatic();
  json funcs = json::array();
  for (const auto& f : r->funcs)
    funcs.push_back({{"name", f.name}, {"line", f.decl_line}, {"frame", f.frame_size}, {"instructions", f.instructions}});
  json outline = json::array();
  for (const auto& o : r->outline) outline.push_back({{"depth", o.depth}, {"line", o.line}, {"node", o.node}, {"text", o.text}});
  const lang::ReportFunc* sel = r->func(p.selected_function());
  j["report"] = {{"compiled", r->compiled},  {"errors", errors},        {"tokens", r->tokens.size()},
                 {"automatic_semicolons", auto_semis}, {"outline", outline}, {"escapes", escapes},
                 {"funcs", funcs},           {"compile_ms", r->compile_ms},
                 {"selected_disasm", sel ? sel->disasm : std::string()}};
  return j;
}

std::string App::test_state_json() const {
  const Impl& s = *impl_;
  json j;
  j["frames"] = s.frames;
  j["lessons"] = json::array();
  for (const auto& l : s.lessons) j["lessons"].push_back({{"id", l.id}, {"title", l.title}, {"quiz", l.quiz.size()}});
  j["lesson_errors"] = s.lesson_errors;
  if (const model::Lesson* l = s.lesson()) {
    j["lesson"] = {{"id", l->id}, {"title", l->title}, {"drawn", s.lesson_view.drawn_summary()}};
  } else {
    j["lesson"] = nullptr;
  }
  j["lesson_tab"] = s.lesson_tab == Impl::LessonTab::Lesson ? "lesson" : "quiz";
  j["editor"] = {{"text", s.editor.text()},
                 {"edited", s.editor.edited()},
                 {"error_line", s.editor.error_line()},
                 {"can_undo", s.editor.can_undo()},
                 {"can_redo", s.editor.can_redo()}};
  json entries = json::array();
  for (const auto& e : s.console.entries()) entries.push_back({{"kind", e.kind}, {"text", e.text}});
  j["console"] = {{"text", s.console.plain_text()}, {"entries", entries}};
  j["run"] = {{"state", !s.run ? "none" : s.run->state() == run::RunState::Running ? "running" : "exited"},
              {"exit_code", s.run ? s.run->exit_code() : 0}};
  json ms = json::array();
  for (const auto& v : trace::observe_ms(s.ms))
    ms.push_back({{"id", v.id}, {"procid", v.procid}, {"status", v.status}, {"heartbeat", v.heartbeat}});
  j["threads"] = ms;
  j["ui_thread"] = s.ui_tid;
  auto q = s.quiz.state();
  j["quiz"] = {{"mode", q.mode},         {"card_id", q.card_id}, {"question", q.question},
               {"revealed", q.revealed}, {"position", q.position}, {"total", q.total},
               {"finished", q.finished}, {"due_today", s.quiz.due_today()}};
  j["progress"] = json::parse(s.quiz.progress().to_json(), nullptr, false);
  j["theme"] = s.theme_kind == ThemeKind::Dark ? "dark" : "light";
  j["font_size"] = s.font_size;
  j["fragment"] = s.last_fragment;
  j["env"] = s.env_text;
  j["seed"] = s.seed;
  j["panel_tab"] = s.panel_tab;
  // The run's scheduler as the panels have it (the last snapshot received), and what
  // each scheduler panel listed when it was last drawn.
  if (const sched::SchedSnapshot* snap = s.sched_snap.get()) {
    json gs = json::array();
    for (const auto& g : snap->gs)
      gs.push_back({{"id", g.goid}, {"status", g.status_text}, {"m", g.m}, {"chan", g.waiting_on_chan},
                    {"start", g.start_func}});
    json chans = json::array();
    for (const auto& c : snap->chans)
      chans.push_back({{"id", c.id}, {"elem", c.elem_type}, {"len", c.len}, {"cap", c.cap}, {"closed", c.closed},
                       {"recvq", c.recvq}, {"sendq", c.sendq}, {"timer", c.timer}});
    j["sched"] = {{"taken_ns", snap->taken_ns}, {"gomaxprocs", snap->gomaxprocs}, {"ps", snap->ps.size()},
                  {"ms", snap->ms.size()},      {"gs", snap->gs.size()},           {"chans", snap->chans.size()},
                  {"goroutines", gs},           {"channels", chans},                {"schedtrace", snap->schedtrace.size()},
                  {"deterministic", snap->deterministic},
                  {"paused", snap->paused},     {"steps_taken", snap->steps_taken}, {"tempo_ms", snap->tempo_ms}};
  } else {
    j["sched"] = nullptr;
  }
  // The run's memory as the panels have it: a few numbers from the last snapshot.
  if (const trace::MemSnapshot* m = s.mem_snap.get()) {
    uint64_t small_spans = 0;
    for (const auto& c : m->alloc.classes) small_spans += c.spans;
    const gc::GcSnapshot& g = (s.gc_snap ? *s.gc_snap : *m).gc;
    j["mem"] = {{"taken_ns", m->taken_ns},
                {"heap_alloc", m->stats.heap_alloc},
                {"heap_inuse", m->stats.heap_inuse},
                {"heap_objects", m->stats.heap_objects},
                {"total_alloc", m->stats.total_alloc},
                {"mallocs", m->stats.mallocs},
                {"frees", m->stats.frees},
                {"small_spans", small_spans},
                {"large_objects", m->alloc.large.size()},
                {"mcaches", m->alloc.mcaches.size()},
                {"arenas", m->alloc.arenas.size()},
                {"num_gc", g.num_gc},
                {"phase", gc::gc_phase_name(g.phase)},
                {"heap_live", g.heap_live},
                {"heap_goal", g.heap_goal},
                {"trigger", g.trigger},
                {"gogc", g.gogc},
                {"memory_limit", g.memory_limit},
                {"pause_total_ns", g.pause_total_ns},
                {"cycles", g.cycles.size()},
                {"samples", g.samples.size()},
                {"trace_lines", g.trace_lines.size()}};
  } else {
    j["mem"] = nullptr;
  }
  json drawn_gs = json::array();
  for (const auto& r : s.goroutines_panel.drawn()) drawn_gs.push_back({{"id", r.goid}, {"status", r.status}});
  json drawn_chans = json::array();
  for (const auto& c : s.channels_panel.drawn())
    drawn_chans.push_back({{"id", c.id}, {"len", c.len}, {"cap", c.cap}, {"closed", c.closed}, {"recvq", c.recvq},
                           {"sendq", c.sendq}, {"recvq_total", c.recvq_total}, {"sendq_total", c.sendq_total}});
  const auto& sd = s.scheduler_panel.drawn();
  const auto& ad = s.allocator_panel.drawn();
  const auto& gd = s.gc_panel.drawn();
  json drawn_itabs = json::array();
  for (const auto& e : s.interfaces_panel.drawn())
    drawn_itabs.push_back({{"slot", e.slot}, {"inter", e.inter}, {"type", e.type}, {"implements", e.implements},
                           {"hits", e.hits}});
  j["panels"] = {
      {"scheduler", {{"ps", sd.ps}, {"ms", sd.ms}, {"timeline_samples", sd.timeline_samples},
                     {"schedtrace_lines", sd.schedtrace_lines}, {"controls", sd.controls}}},
      {"goroutines", {{"rows", drawn_gs}, {"selected", s.goroutines_panel.selected()}}},
      {"channels", {{"drawn", drawn_chans}, {"selected", s.channels_panel.selected()}}},
      {"allocator", {{"class_rows", ad.class_rows}, {"mcaches", ad.mcaches}, {"centrals", ad.centrals},
                     {"arenas", ad.arenas}, {"pages_drawn", ad.pages_drawn}, {"large_rows", ad.large_rows},
                     {"selected_class", s.allocator_panel.selected_class()},
                     {"selected_cached_spans", ad.selected_cached_spans},
                     {"alloc_rate", s.allocator_panel.alloc_rate()}}},
      {"interfaces", {{"entries", drawn_itabs},
                      {"selected_slot", s.interfaces_panel.selected_slot() == static_cast<size_t>(-1)
                                            ? json(nullptr)
                                            : json(s.interfaces_panel.selected_slot())},
                      {"table_size", s.iface_snap ? json(s.iface_snap->table_size) : json(nullptr)}}},
      {"compiler", compiler_state(s.compiler_panel, s.editor)},
      {"gc", {{"phase", gd.phase}, {"samples_plotted", gd.samples_plotted}, {"cycles_drawn", gd.cycles_drawn},
              {"pauses", gd.pauses}, {"trace_lines", gd.trace_lines}}}};
  // The GC panel's tri-colour view: what the panel drew, and the runtime's sampled cycle
  // behind it (the one it showed, else the newest the snapshot holds). Asking for the
  // state counts as looking, as the open panel does: the runtime samples the next cycles.
  gc::note_tricolour_observer();
  {
    const auto& td = gd.tricolour;
    json tc = {{"cycle", td.cycle}, {"live", td.live}, {"held", td.held}, {"point", td.point}, {"points_drawn", td.points},
               {"stage", td.stage}, {"nodes_drawn", td.nodes}, {"edges_drawn", td.edges}, {"roots_drawn", td.roots},
               {"drawn_colours", {{"white", td.white}, {"grey", td.grey}, {"black", td.black}}},
               {"counts", {{"white", td.counts.white}, {"grey", td.counts.grey}, {"black", td.counts.black}}}};
    const gc::TriColourCycle* c = nullptr;
    if (const trace::MemSnapshot* m = s.gc_snap ? s.gc_snap.get() : s.mem_snap.get()) {
      const gc::TriColourView& v = m->gc.tricolour;
      tc["enabled"] = v.enabled;
      tc["marking"] = v.current.cycle != 0;
      tc["live_counts"] = {{"white", v.live.white}, {"grey", v.live.grey}, {"black", v.live.black}};
      c = v.current.cycle != 0 && !v.current.points.empty() ? &v.current : v.last.cycle != 0 ? &v.last : nullptr;
    }
    json nodes = json::array(), edges = json::array(), points = json::array();
    if (c != nullptr) {
      tc["sampled_cycle"] = c->cycle;
      tc["complete"] = c->complete;
      tc["concurrent"] = c->concurrent;
      tc["roots_seen"] = c->roots_seen;
      for (const auto& n : c->nodes) {
        char addr[24];
        std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(n.addr));
        nodes.push_back({{"addr", addr}, {"size", n.size}, {"size_class", n.size_class}, {"type", n.type},
                         {"root", n.root}, {"depth", n.depth}, {"noscan", n.noscan}, {"unsampled_edges", n.unsampled_edges}});
      }
      for (const auto& e : c->edges) edges.push_back({{"from", e.from}, {"to", e.to}, {"offset", e.offset}});
      for (const auto& pt : c->points) {
        std::string colours;
        for (gc::TriColour col : pt.colours) colours += col == gc::TriColour::White ? 'w' : col == gc::TriColour::Grey ? 'g' : 'b';
        points.push_back({{"stage", gc::tricolour_stage_name(pt.stage)}, {"t_ns", pt.t_ns}, {"scan_work", pt.scan_work},
                          {"white", pt.counts.white}, {"grey", pt.counts.grey}, {"black", pt.counts.black},
                          {"colours", colours}});
      }
    }
    tc["nodes"] = std::move(nodes);
    tc["edges"] = std::move(edges);
    tc["points"] = std::move(points);
    j["panels"]["gc"]["tricolour"] = std::move(tc);
  }
  json rects = json::object();
  for (const auto& [name, r] : test_rects()) rects[name] = {r.x, r.y, r.w, r.h};
  j["rects"] = rects;
  return j.dump();
}

std::string App::test_action(const std::string& text) {
  Impl& s = *impl_;
  json a = json::parse(text, nullptr, false);
  if (!a.is_object() || !a.contains("action") || !a["action"].is_string()) return R"({"ok":false,"error":"bad action"})";
  std::string act = a["action"].get<std::string>();
  auto str = [&](const char* k) { return a.contains(k) && a[k].is_string() ? a[k].get<std::string>() : std::string(); };
  // Numbers are read without exceptions: a wrong type gives the default, never an abort.
  auto num = [&](const char* k, double dflt) { return a.contains(k) && a[k].is_number() ? a[k].get<double>() : dflt; };
  bool ok = true;
  json out = json::object();
  if (act == "select_lesson") {
    s.open_lesson(str("id"));
    ok = s.current == str("id");
  } else if (act == "set_code") {
    s.load_edited(str("code"));
    s.update_fragment();
  } else if (act == "run") {
    s.start_run();
  } else if (act == "stop") {
    if (s.run) s.run->stop();
  } else if (act == "undo") {
    ok = s.editor.undo();
  } else if (act == "redo") {
    ok = s.editor.redo();
  } else if (act == "quiz_lesson") {
    s.quiz.start_lesson(str("id").empty() ? s.current : str("id"));
    s.lesson_tab = Impl::LessonTab::Quiz;
    s.select_tab = true;
  } else if (act == "quiz_review") {
    s.quiz.start_review();
    s.lesson_tab = Impl::LessonTab::Quiz;
    s.select_tab = true;
  } else if (act == "quiz_reveal") {
    ok = s.quiz.reveal();
  } else if (act == "quiz_grade") {
    std::string g = str("grade");
    model::Grade gr = g == "again" ? model::Grade::Again : g == "hard" ? model::Grade::Hard
                    : g == "easy" ? model::Grade::Easy : model::Grade::Good;
    ok = s.quiz.grade(gr);
  } else if (act == "set_today") {
    model::set_today_override(static_cast<int64_t>(num("day", -1)));
  } else if (act == "set_theme") {
    s.theme_kind = str("theme") == "light" ? ThemeKind::Light : ThemeKind::Dark;
    s.font_rebuild = true;
    s.save_settings();
  } else if (act == "set_font_size") {
    s.font_size = std::clamp(static_cast<float>(num("size", 16)), kMinFont, kMaxFont);
    s.font_rebuild = true;
    s.save_settings();
  } else if (act == "clear_console") {
    s.console.clear();
  } else if (act == "set_error") {
    // Exercises the editor's compile-error marker until the compiler produces real ones.
    s.editor.set_error(static_cast<int>(num("line", 0)), static_cast<int>(num("col", 0)), str("message"));
  } else if (act == "set_env") {
    s.env_text = str("env");  // the env box: the next run's environment
  } else if (act == "sched_control") {
    // The Scheduler panel's controls: {"pause": true|false, "step": N, "tempo_ms": N, "gomaxprocs": N}.
    SchedulerPanel::ControlChange c;
    if (a.contains("pause") && a["pause"].is_boolean()) c.paused = a["pause"].get<bool>() ? 1 : 0;
    c.steps = static_cast<int>(num("step", 0));
    c.tempo_ms = static_cast<int>(num("tempo_ms", -1));
    c.gomaxprocs = static_cast<int>(num("gomaxprocs", 0));
    s.scheduler_panel.request(c);
    s.apply_sched_controls(s.scheduler_panel.take_control_change());
  } else if (act == "set_seed") {
    s.seed = std::max(0, static_cast<int>(num("seed", 0)));  // the seed box (0: a normal run)
  } else if (act == "open_panel") {
    // Brings a panel's tab forward on the next frame (as a lesson's `panels:` does).
    s.panel_select = str("panel");
  } else if (act == "select_goroutine") {
    s.goroutines_panel.select(static_cast<int64_t>(num("id", 0)));
    s.panel_select = "goroutines";
  } else if (act == "export_heap_profile") {
    // The Allocator panel's export button: the run's heap profile, saved by the platform.
    ok = s.run != nullptr;
    if (ok) out["status"] = s.allocator_panel.export_profile(*s.run);
  } else if (act == "select_itab") {
    if (a.contains("inter"))
      s.interfaces_panel.select_pair(str("inter"), str("type"));
    else
      s.interfaces_panel.select_slot(static_cast<size_t>(num("slot", 0)));
    s.panel_select = "interfaces";
  } else if (act == "select_compiler_tab") {
    // {"tab": "tokens"|"ast"|"escape"|"bytecode"}: the Compiler panel, that tab. The report
    // follows the editor as usual (a moment after the last edit).
    CompilerPanel::Tab t;
    ok = CompilerPanel::tab_from_name(str("tab"), &t);
    if (ok) s.compiler_panel.select_tab(t);
    s.panel_select = "compiler";
  } else if (act == "select_function") {
    // {"name": "main.newPoint"}: the function the Compiler panel's Bytecode tab shows.
    s.panel_select = "compiler";
    s.poll_compiler(true);
    ok = s.compiler_panel.select_function(str("name"));
  } else if (act == "select_channel") {
    s.channels_panel.select(static_cast<int64_t>(num("id", 0)));
    s.panel_select = "channels";
  } else if (act == "select_size_class") {
    s.allocator_panel.select_class(static_cast<int>(num("class", 0)));
    s.panel_select = "allocator";
  } else if (act == "set_gogc") {
    // {"value": 50} or {"value": "off"} (any negative number is off too), as the GC panel's slider.
    GcPanel::KnobChange c;
    c.requested = true;
    c.gogc = str("value") == "off" ? -1 : static_cast<int32_t>(std::clamp(num("value", 100), -1.0, 1e9));
    ok = s.run && s.run->state() == run::RunState::Running;
    if (ok) {
      s.apply_gc_knobs(c);
      s.gc_panel.note_requested(c, s.mem_snap ? s.mem_snap->taken_ns : 0);
    }
  } else if (act == "set_memory_limit") {
    // {"bytes": N}; a negative number or "none" lifts the limit (math.MaxInt64).
    GcPanel::KnobChange c;
    c.requested = true;
    double b = num("bytes", -1);
    c.memory_limit = str("bytes") == "none" || b < 0 ? INT64_MAX : static_cast<int64_t>(std::min(b, 9.0e18));
    ok = s.run && s.run->state() == run::RunState::Running;
    if (ok) {
      s.apply_gc_knobs(c);
      s.gc_panel.note_requested(c, s.mem_snap ? s.mem_snap->taken_ns : 0);
    }
  } else if (act == "flush") {
    s.save_draft_now();
    s.update_fragment();
  } else {
    ok = false;
    out["error"] = "unknown action " + act;
  }
  out["ok"] = ok;
  return out.dump();
}

}  // namespace gs::ui
