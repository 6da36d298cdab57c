// scheduler_panel.cpp — see scheduler_panel.h.
#include "scheduler_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <string>

#include "os/os_thread.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr uint32_t kRunqSlots = 256;                    // a P's local run queue (Go's runq)
constexpr int64_t kTimelineSpanNs = 10'000'000'000;     // the timeline shows the last 10 s
constexpr int64_t kHistoryNs = 30'000'000'000;          // and keeps 30 s of samples
constexpr int64_t kNominalSnapshotNs = 50'000'000;      // sysmon's publishing period
constexpr size_t kMaxChipsPerQueue = 48;

const char* p_status_name(uint32_t status) {
  switch (status) {
    case 0: return "idle";
    case 1: return "running";
    case 2: return "syscall";
    case 3: return "gcstop";
    case 4: return "dead";
  }
  return "?";
}

ImU32 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return ImGui::ColorConvertFloat4ToU32(v);
}

// Chips for a list of goroutine ids, wrapping at the cell's or window's right edge.
int64_t chip_list(const sched::SchedSnapshot& s, const std::vector<int64_t>& ids, const char* empty_text) {
  int64_t clicked = 0;
  if (ids.empty()) {
    ImGui::TextDisabled("%s", empty_text);
    return 0;
  }
  float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  size_t shown = std::min(ids.size(), kMaxChipsPerQueue);
  for (size_t i = 0; i < shown; i++) {
    if (i > 0) {
      char label[24];
      std::snprintf(label, sizeof label, "G%" PRId64, ids[i]);
      float w = ImGui::CalcTextSize(label).x + ImGui::GetTextLineHeight() * 0.7f;
      if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x * 0.5f + w < right)
        ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 0.5f);
    }
    ImGui::PushID(static_cast<int>(i));
    if (goroutine_chip(s, ids[i])) clicked = ids[i];
    ImGui::PopID();
  }
  if (ids.size() > shown) {
    ImGui::SameLine();
    ImGui::TextDisabled("+%zu more", ids.size() - shown);
  }
  return clicked;
}

bool section(const char* label) {
  ImGui::Spacing();
  return ImGui::CollapsingHeader(label, ImGuiTreeNodeFlags_DefaultOpen);
}
}  // namespace

// ---- shared helpers -----------------------------------------------------------------

unsigned goroutine_color(int64_t goid) {
  // Golden-ratio steps around the hue circle keep neighbouring ids far apart.
  double h = std::fmod(static_cast<double>(goid) * 0.6180339887, 1.0);
  float r, g, b;
  ImGui::ColorConvertHSVtoRGB(static_cast<float>(h), 0.50f, 0.90f, r, g, b);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(r, g, b, 1.f));
}

unsigned goroutine_status_color(const sched::GSnap& g) {
  const Palette& pal = theme().palette();
  const std::string& t = g.status_text;
  if (t == "running") return pal.heartbeat;
  if (t == "runnable" || t == "preempted") return pal.number;
  if (t == "dead") return pal.comment;
  if (g.waiting_on_chan != 0 || t.rfind("chan ", 0) == 0 || t.rfind("select", 0) == 0) return pal.link;
  if (t == "sleep") return pal.type;
  return pal.keyword;  // sync.Mutex.Lock, sync.WaitGroup.Wait, semacquire, ...
}

const sched::GSnap* find_goroutine(const sched::SchedSnapshot& s, int64_t goid) {
  auto it = std::lower_bound(s.gs.begin(), s.gs.end(), goid,
                             [](const sched::GSnap& g, int64_t id) { return g.goid < id; });
  return it != s.gs.end() && it->goid == goid ? &*it : nullptr;
}

bool goroutine_chip(const sched::SchedSnapshot& s, int64_t goid) {
  char label[24];
  std::snprintf(label, sizeof label, "G%" PRId64, goid);
  float lh = ImGui::GetTextLineHeight();
  ImVec2 ts = ImGui::CalcTextSize(label);
  ImVec2 size(ts.x + lh * 0.7f, lh);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushID(label);
  bool clicked = ImGui::InvisibleButton("##chip", size);
  bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 fill = goroutine_color(goid);
  dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), hovered ? with_alpha(fill, 1.f) : with_alpha(fill, 0.85f),
                    lh * 0.25f);
  if (hovered) dl->AddRect(p, ImVec2(p.x + size.x, p.y + size.y), IM_COL32(255, 255, 255, 200), lh * 0.25f);
  dl->AddText(ImVec2(p.x + (size.x - ts.x) * 0.5f, p.y), IM_COL32(20, 22, 26, 255), label);
  if (hovered) {
    const sched::GSnap* g = find_goroutine(s, goid);
    if (g)
      ImGui::SetTooltip("G%" PRId64 " · %s\nstarted as %s\nclick to show it in the Goroutines panel", goid,
                        g->status_text.c_str(), g->start_func.empty() ? "?" : g->start_func.c_str());
    else
      ImGui::SetTooltip("G%" PRId64 " (not in this snapshot)", goid);
  }
  return clicked;
}

bool draw_published_caption(bool have, int64_t taken_ns, bool run_live, const char* what) {
  if (!have) {
    if (run_live)
      ImGui::TextDisabled("Waiting for the runtime's first snapshot…");
    else
      ImGui::TextWrapped("Run a program to see it here: while it runs, the runtime publishes a snapshot of its "
                         "%s about every 50 ms.", what);
    return false;
  }
  double t = static_cast<double>(taken_ns) / 1e9;
  if (run_live) {
    float lh = ImGui::GetTextLineHeight(), r = lh * 0.28f;
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + lh * 0.5f), r, theme().palette().heartbeat);
    ImGui::Dummy(ImVec2(r * 2.5f, lh));
    ImGui::SameLine();
    ImGui::TextDisabled("live · snapshot taken %.3f s into the run", t);
  } else {
    ImGui::TextDisabled("The program has ended · its last snapshot, taken %.3f s into the run", t);
  }
  return true;
}

bool draw_snapshot_caption(const sched::SchedSnapshot* s, bool run_live) {
  return draw_published_caption(s != nullptr, s ? s->taken_ns : 0, run_live, "scheduler");
}

void format_bytes(char* out, size_t n, uint64_t bytes) {
  if (bytes < 1024)
    std::snprintf(out, n, "%" PRIu64 " B", bytes);
  else if (bytes < 1024 * 1024)
    std::snprintf(out, n, bytes % 1024 ? "%.1f KiB" : "%.0f KiB", static_cast<double>(bytes) / 1024);
  else
    std::snprintf(out, n, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

// ---- the panel ----------------------------------------------------------------------

void SchedulerPanel::reset() {
  samples_.clear();
  drawn_ = Drawn{};
}

void SchedulerPanel::observe(const sched::SchedSnapshot& s) {
  if (!samples_.empty() && s.taken_ns <= samples_.back().taken_ns) {
    if (s.taken_ns == samples_.back().taken_ns) return;  // the same snapshot again
    samples_.clear();                                   // time went back: another run
  }
  Sample smp;
  smp.taken_ns = s.taken_ns;
  for (const auto& p : s.ps) {
    if (p.id < 0) continue;
    if (smp.curg.size() <= static_cast<size_t>(p.id)) smp.curg.resize(static_cast<size_t>(p.id) + 1, 0);
    smp.curg[static_cast<size_t>(p.id)] = p.status == 1 ? p.curg : 0;
  }
  samples_.push_back(std::move(smp));
  while (!samples_.empty() && samples_.front().taken_ns < s.taken_ns - kHistoryNs) samples_.pop_front();
}

int64_t SchedulerPanel::draw(const sched::SchedSnapshot* s, bool run_live) {
  drawn_ = Drawn{};
  ImGui::TextWrapped(
      "Go's scheduler runs goroutines (G) on OS threads (M), and an M must hold a processor (P) to run Go "
      "code: there are GOMAXPROCS Ps. Each P keeps a local run queue, a ring of 256 slots, plus a runnext "
      "slot for the G it readied last, which runs before the ring. When the ring is full, half of it moves "
      "to the global run queue, which every P checks once in 61 schedule ticks; a P with nothing to do "
      "steals half of another P's queue. Ms with no work spin briefly looking for some, then sleep.");
  ImGui::Spacing();
  if (!draw_snapshot_caption(s, run_live)) return 0;
  int64_t clicked = 0;
  draw_controls(*s, run_live);
  draw_counters(*s);
  if (section("Ps and their local run queues")) {
    if (int64_t g = draw_ps(*s)) clicked = g;
  }
  if (section("Global run queue")) {
    ImGui::TextDisabled("%zu waiting, served first in, first out:", s->global_runq.size());
    if (int64_t g = chip_list(*s, s->global_runq, "empty")) clicked = g;
  }
  if (section("Ms (OS threads)")) {
    if (int64_t g = draw_ms(*s)) clicked = g;
  }
  if (section("Timeline: which G each P ran")) {
    if (int64_t g = draw_timeline(*s)) clicked = g;
  }
  if (section("schedtrace")) draw_schedtrace(*s);
  return clicked;
}

SchedulerPanel::ControlChange SchedulerPanel::take_control_change() {
  ControlChange c = change_;
  change_ = ControlChange{};
  return c;
}

void SchedulerPanel::request(const ControlChange& c) {
  if (c.gomaxprocs) change_.gomaxprocs = c.gomaxprocs;
  if (c.paused >= 0) change_.paused = c.paused;
  change_.steps += c.steps;
  if (c.tempo_ms >= 0) change_.tempo_ms = tempo_ms_ = c.tempo_ms;
}

// The run's live controls: they add waits at scheduling points (or change the number
// of Ps as runtime.GOMAXPROCS does), never what the program computes.
void SchedulerPanel::draw_controls(const sched::SchedSnapshot& s, bool run_live) {
  if (!s.controls) return;
  const float u = ImGui::GetFontSize() / 16.f;
  ImGui::BeginDisabled(!run_live);
  drawn_.controls = run_live;
  if (s.paused) {
    if (ImGui::Button("Resume")) change_.paused = 0;
  } else if (ImGui::Button("Pause")) {
    change_.paused = 1;
  }
  record_test_rect("sched:pause");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Pause: no goroutine starts running, and running ones stop at their next safe point\n"
                      "(as for a stop-the-world). Timers and the panels go on.");
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.paused);
  if (ImGui::Button("Step")) change_.steps++;
  record_test_rect("sched:step");
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("While paused: one scheduling event. The next goroutine a P picks runs until it\n"
                      "parks, yields, is preempted or exits; then everything waits again.");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("tempo");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150.f * u);
  int tempo = tempo_ms_;
  if (ImGui::SliderInt("##tempo", &tempo, 0, 1000, tempo == 0 ? "full speed" : "%d ms / switch",
                       ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
    tempo_ms_ = tempo;
    change_.tempo_ms = tempo;
  }
  record_test_rect("sched:tempo");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Slow motion: every M waits this long before it runs the next goroutine, so you can\n"
                      "follow the queues. The program computes the same results; only time stretches.");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("GOMAXPROCS");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110.f * u);
  ImGui::BeginDisabled(s.deterministic);
  int procs = gomaxprocs_edit_ ? gomaxprocs_edit_ : s.gomaxprocs;
  if (ImGui::SliderInt("##gomaxprocs", &procs, 1, 8, "%d", ImGuiSliderFlags_AlwaysClamp)) gomaxprocs_edit_ = procs;
  if (ImGui::IsItemDeactivatedAfterEdit() && gomaxprocs_edit_ != 0) {
    if (gomaxprocs_edit_ != s.gomaxprocs) change_.gomaxprocs = gomaxprocs_edit_;
    gomaxprocs_edit_ = 0;
  }
  record_test_rect("sched:gomaxprocs");
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(s.deterministic ? "A seeded (deterministic) run keeps its one P."
                                      : "Changes the number of Ps while the program runs, as runtime.GOMAXPROCS(n) "
                                        "does:\nthe world stops, procresize adds or removes Ps, the world starts again.");
  if (s.paused)  // (its own line: the controls above fill a narrow panel)
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme().palette().error_text),
                       "paused: no goroutine starts running; %" PRId64 " steps taken", s.steps_taken);
  ImGui::EndDisabled();
}

void SchedulerPanel::draw_counters(const sched::SchedSnapshot& s) {
  struct Counter {
    const char* label;
    long long value;
    const char* help;
  };
  const Counter counters[] = {
      {"GOMAXPROCS", s.gomaxprocs, "Ps: how many Gs can run Go code at once"},
      {"goroutines", static_cast<long long>(s.goroutines), "every G the runtime has made, dead ones included (allgs)"},
      {"threads", s.threads, "Ms the runtime started, sysmon included"},
      {"spinning", s.spinning, "Ms looking for work without a G to run"},
      {"idle Ms", s.idle_ms, "Ms asleep, waiting to be woken"},
      {"idle Ps", s.idle_ps, "Ps with no M and nothing to run"},
      {"steals", static_cast<long long>(s.steals), "batches of Gs Ps took from other Ps' queues"},
      {"preemptions", static_cast<long long>(s.preemptions), "requests by sysmon that a G running too long yield"},
      {"hand-offs", static_cast<long long>(s.handoffs),
       "Ps sysmon took from Ms blocked in a system call and gave to another M (retake, handoffp)"},
  };
  // Each counter a label over its value; they flow onto the next line when the panel is narrow.
  float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  float gap = ImGui::GetTextLineHeight() * 1.2f;
  for (size_t i = 0; i < IM_ARRAYSIZE(counters); i++) {
    const Counter& c = counters[i];
    char value[32];
    std::snprintf(value, sizeof value, "%lld", c.value);
    ImGui::PushFont(theme().fonts().h3);
    float value_w = ImGui::CalcTextSize(value).x;
    ImGui::PopFont();
    float w = std::max(ImGui::CalcTextSize(c.label).x, value_w);
    if (i > 0 && ImGui::GetItemRectMax().x + gap + w < right) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", c.label);
    ImGui::PushFont(theme().fonts().h3);
    ImGui::TextUnformatted(value);
    ImGui::PopFont();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.help);
  }
}

int64_t SchedulerPanel::draw_ps(const sched::SchedSnapshot& s) {
  int64_t clicked = 0;
  const Palette& pal = theme().palette();
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("ps", 6, flags)) return 0;
  ImGui::TableSetupColumn("P");
  ImGui::TableSetupColumn("status");
  ImGui::TableSetupColumn("M");
  ImGui::TableSetupColumn("running");
  ImGui::TableSetupColumn("runnext");
  ImGui::TableSetupColumn("local run queue: 256 slots, drawn to scale", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  float lh = ImGui::GetTextLineHeight();
  for (size_t i = 0; i < s.ps.size(); i++) {
    const sched::PSnap& p = s.ps[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("P%d", p.id);
    ImGui::TableNextColumn();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.status == 1 ? pal.heartbeat : pal.comment), "%s",
                       p_status_name(p.status));
    ImGui::TableNextColumn();
    if (p.m >= 0)
      ImGui::Text("M%" PRId64, p.m);
    else
      ImGui::TextDisabled("—");
    ImGui::TableNextColumn();
    if (p.curg) {
      ImGui::PushID("curg");
      if (goroutine_chip(s, p.curg)) clicked = p.curg;
      ImGui::PopID();
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::TableNextColumn();
    if (p.runnext) {
      ImGui::PushID("runnext");
      if (goroutine_chip(s, p.runnext)) clicked = p.runnext;
      ImGui::PopID();
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::TableNextColumn();
    // The ring: one cell per slot, the occupied ones (head up to tail) in their G's colour.
    float w = std::max(ImGui::GetContentRegionAvail().x, static_cast<float>(kRunqSlots));
    float bar_h = lh * 0.9f, mark_h = lh * 0.45f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##ring", ImVec2(w, mark_h + bar_h + mark_h));
    ImVec2 o(top.x, top.y + mark_h);  // the bar, between the head marker above and the tail marker below
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float slot_w = w / static_cast<float>(kRunqSlots);
    dl->AddRectFilled(o, ImVec2(o.x + w, o.y + bar_h), ImGui::GetColorU32(ImGuiCol_FrameBg));
    std::vector<int64_t> by_slot(kRunqSlots, 0);
    for (size_t k = 0; k < p.runq.size(); k++) by_slot[(p.runqhead + k) % kRunqSlots] = p.runq[k];
    for (uint32_t k = 0; k < kRunqSlots; k++) {
      if (!by_slot[k]) continue;
      float x0 = o.x + k * slot_w;
      dl->AddRectFilled(ImVec2(x0, o.y), ImVec2(x0 + std::max(slot_w - (slot_w >= 3 ? 1.f : 0.f), 1.f), o.y + bar_h),
                        goroutine_color(by_slot[k]));
    }
    dl->AddRect(o, ImVec2(o.x + w, o.y + bar_h), ImGui::GetColorU32(ImGuiCol_Border));
    float head_x = o.x + (p.runqhead % kRunqSlots) * slot_w + slot_w * 0.5f;
    float tail_x = o.x + (p.runqtail % kRunqSlots) * slot_w + slot_w * 0.5f;
    dl->AddTriangleFilled(ImVec2(head_x - mark_h * 0.6f, o.y - mark_h), ImVec2(head_x + mark_h * 0.6f, o.y - mark_h),
                          ImVec2(head_x, o.y), pal.heartbeat);
    dl->AddTriangleFilled(ImVec2(tail_x, o.y + bar_h), ImVec2(tail_x + mark_h * 0.6f, o.y + bar_h + mark_h),
                          ImVec2(tail_x - mark_h * 0.6f, o.y + bar_h + mark_h), pal.number);
    if (hovered) {
      float mx = ImGui::GetIO().MousePos.x - o.x;
      uint32_t slot = static_cast<uint32_t>(std::clamp(mx / slot_w, 0.f, static_cast<float>(kRunqSlots - 1)));
      if (by_slot[slot])
        ImGui::SetTooltip("slot %u: G%" PRId64, slot, by_slot[slot]);
      else
        ImGui::SetTooltip("slot %u: empty\nhead (green, above) = %u, tail (orange, below) = %u: the indices count up "
                          "forever; the slot is index %% 256",
                          slot, p.runqhead, p.runqtail);
    }
    if (!p.runq.empty())
      if (int64_t g = chip_list(s, p.runq, "")) clicked = g;
    char facts[256];
    std::snprintf(facts, sizeof facts,
                  "%zu queued · head %u (slot %u) · tail %u (slot %u) · schedtick %u · stole %" PRIu64
                  " batch%s · %" PRIu64 " preemption%s · %zu timer%s",
                  p.runq.size(), p.runqhead, p.runqhead % kRunqSlots, p.runqtail, p.runqtail % kRunqSlots,
                  p.schedtick, p.steals, p.steals == 1 ? "" : "es", p.preemptions, p.preemptions == 1 ? "" : "s",
                  p.timers, p.timers == 1 ? "" : "s");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", facts);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  ImGui::EndTable();
  drawn_.ps = static_cast<int>(s.ps.size());
  return clicked;
}

int64_t SchedulerPanel::draw_ms(const sched::SchedSnapshot& s) {
  int64_t clicked = 0;
  const Palette& pal = theme().palette();
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("ms", 5, flags)) return 0;
  ImGui::TableSetupColumn("M");
  ImGui::TableSetupColumn(os::thread_id_kind());
  ImGui::TableSetupColumn("state");
  ImGui::TableSetupColumn("P");
  ImGui::TableSetupColumn("running", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < s.ms.size(); i++) {
    const sched::MSnap& m = s.ms[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (m.id < 0) ImGui::TextUnformatted("sysmon");  // the runtime's monitor thread: no P, no G
    else ImGui::Text("M%" PRId64, m.id);
    ImGui::TableNextColumn();
    ImGui::Text("%" PRIu64, m.procid);
    ImGui::TableNextColumn();
    ImU32 c = m.state == "running" ? pal.heartbeat : m.state == "spinning" ? pal.number
            : m.state == "timer sleep" || m.state == "syscall" ? pal.type : pal.comment;
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(c), "%s", m.state.c_str());
    if (m.lockedg) {
      // Wired to one goroutine by runtime.LockOSThread.
      ImGui::SameLine();
      ImGui::TextDisabled("(locked to G%" PRId64 ")", m.lockedg);
    }
    ImGui::TableNextColumn();
    if (m.p >= 0)
      ImGui::Text("P%d", m.p);
    else if (m.oldp >= 0)
      ImGui::TextDisabled("(P%d in syscall)", m.oldp);  // left behind in _Psyscall, not yet retaken
    else
      ImGui::TextDisabled("—");
    ImGui::TableNextColumn();
    if (m.curg) {
      if (goroutine_chip(s, m.curg)) clicked = m.curg;
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  drawn_.ms = static_cast<int>(s.ms.size());
  return clicked;
}

int64_t SchedulerPanel::draw_timeline(const sched::SchedSnapshot& s) {
  int64_t clicked = 0;
  drawn_.timeline_samples = samples_.size();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("The G on each P in every snapshot of the last 10 s (one about every 50 ms; a G that ran "
                     "only between two snapshots does not show). Click a bar to show its G.");
  ImGui::PopStyleColor();
  if (samples_.empty()) return 0;
  size_t lanes = 0;
  for (const auto& smp : samples_) lanes = std::max(lanes, smp.curg.size());
  float lh = ImGui::GetTextLineHeight();
  float label_w = ImGui::CalcTextSize("P00 ").x;
  float w = ImGui::GetContentRegionAvail().x - label_w;
  if (w < 50) return 0;
  float lane_h = lh * 1.1f, gap = lh * 0.25f, axis_h = lh;
  ImVec2 o = ImGui::GetCursorScreenPos();
  float total_h = lanes * (lane_h + gap) + axis_h;
  ImGui::InvisibleButton("##timeline", ImVec2(label_w + w, total_h));
  bool hovered = ImGui::IsItemHovered();
  bool pressed = ImGui::IsItemClicked();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  int64_t end = samples_.back().taken_ns, start = end - kTimelineSpanNs;
  float x0 = o.x + label_w;
  auto x_of = [&](int64_t t) {
    return x0 + w * static_cast<float>(static_cast<double>(std::clamp(t, start, end) - start) / kTimelineSpanNs);
  };
  ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text), dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  ImVec2 mouse = ImGui::GetIO().MousePos;
  for (size_t lane = 0; lane < lanes; lane++) {
    float y = o.y + lane * (lane_h + gap);
    char label[24];
    std::snprintf(label, sizeof label, "P%zu", lane);
    dl->AddText(ImVec2(o.x, y + (lane_h - lh) * 0.5f), text_col, label);
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + lane_h), ImGui::GetColorU32(ImGuiCol_FrameBg));
    // Runs of consecutive samples with the same G become one bar.
    size_t i = 0;
    while (i < samples_.size()) {
      int64_t g = lane < samples_[i].curg.size() ? samples_[i].curg[lane] : 0;
      size_t j = i + 1;
      while (j < samples_.size() && (lane < samples_[j].curg.size() ? samples_[j].curg[lane] : 0) == g) j++;
      int64_t t0 = samples_[i].taken_ns;
      int64_t t1 = j < samples_.size() ? samples_[j].taken_ns : samples_[j - 1].taken_ns + kNominalSnapshotNs;
      if (g && t1 > start) {
        float a = x_of(t0), b = std::max(x_of(t1), a + 1.f);
        dl->AddRectFilled(ImVec2(a, y), ImVec2(b, y + lane_h), goroutine_color(g));
        char name[24];
        std::snprintf(name, sizeof name, "G%" PRId64, g);
        ImVec2 ts = ImGui::CalcTextSize(name);
        if (b - a > ts.x + 4) dl->AddText(ImVec2(a + 2, y + (lane_h - lh) * 0.5f), IM_COL32(20, 22, 26, 255), name);
        if ((hovered || pressed) && mouse.y >= y && mouse.y < y + lane_h && mouse.x >= a && mouse.x < b) {
          if (pressed) clicked = g;
          const sched::GSnap* gs = find_goroutine(s, g);
          ImGui::SetTooltip("P%zu ran G%" PRId64 " (%s) from %.2f s to %.2f s\nclick to show it in the Goroutines panel",
                            lane, g, gs ? gs->start_func.c_str() : "exited", t0 / 1e9, t1 / 1e9);
        }
      }
      i = j;
    }
  }
  // Time axis: a tick a second, labelled back from the newest snapshot.
  float ay = o.y + lanes * (lane_h + gap);
  for (int k = 0; k <= 10; k++) {
    float x = x0 + w * (1.f - k / 10.f);
    dl->AddLine(ImVec2(x, ay), ImVec2(x, ay + lh * 0.25f), dim);
    char t[16];
    if (k == 0)
      std::snprintf(t, sizeof t, "%.1f s", end / 1e9);
    else
      std::snprintf(t, sizeof t, "-%d s", k);
    if (k % 2 == 0 || w > 600) {
      ImVec2 ts = ImGui::CalcTextSize(t);
      dl->AddText(ImVec2(std::clamp(x - ts.x * 0.5f, x0, x0 + w - ts.x), ay + lh * 0.2f), dim, t);
    }
  }
  return clicked;
}

void SchedulerPanel::draw_schedtrace(const sched::SchedSnapshot& s) {
  drawn_.schedtrace_lines = s.schedtrace.size();
  if (s.schedtrace.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Put GODEBUG=schedtrace=1000 in the env box above the editor (add scheddetail=1 for "
                       "every P, M and G) and run again: the runtime's own schedtrace lines appear here.");
    ImGui::PopStyleColor();
    return;
  }
  float lh = ImGui::GetTextLineHeightWithSpacing();
  float h = std::min<float>(static_cast<float>(s.schedtrace.size()), 10.f) * lh + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("schedtrace", ImVec2(0, h), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(theme().fonts().mono);
  bool at_bottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1;
  for (const auto& line : s.schedtrace) {
    size_t n = line.size();
    while (n > 0 && line[n - 1] == '\n') n--;  // a line may carry its own newline
    ImGui::TextUnformatted(line.data(), line.data() + n);
  }
  if (at_bottom) ImGui::SetScrollHereY(1.f);
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace gs::ui
