// gc_panel.cpp — see gc_panel.h.
#include "gc_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "allocator_panel.h"
#include "panel_widgets.h"
#include "scheduler_panel.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr uint64_t kUnset = uint64_t{1} << 62;   // goal/trigger at or above: none (GOGC=off)
constexpr size_t kMaxStwRows = 16;                // the stop-the-world timeline's newest cycles
constexpr int64_t kPendingTimeoutNs = 1'000'000'000;
constexpr double kMiB = 1024.0 * 1024.0;

using widgets::with_alpha;
using widgets::section;
using widgets::dim_wrapped;
using widgets::bytes_text;

// "0.42 ms", "12 µs", "1.3 s".
std::string duration_text(int64_t ns) {
  char buf[32];
  if (ns < 1'000)
    std::snprintf(buf, sizeof buf, "%" PRId64 " ns", ns);
  else if (ns < 1'000'000)
    std::snprintf(buf, sizeof buf, "%.1f µs", static_cast<double>(ns) / 1e3);
  else if (ns < 1'000'000'000)
    std::snprintf(buf, sizeof buf, "%.2f ms", static_cast<double>(ns) / 1e6);
  else
    std::snprintf(buf, sizeof buf, "%.2f s", static_cast<double>(ns) / 1e9);
  return buf;
}

std::string gogc_text(int32_t gogc) { return gogc < 0 ? "off" : std::to_string(gogc); }

std::string limit_text(int64_t limit) {
  if (limit == INT64_MAX || limit < 0) return "none (math.MaxInt64)";
  return bytes_text(static_cast<uint64_t>(limit));
}

// The colours of a cycle's three parts, and of the plot's lines.
ImU32 sweep_term_color() { return theme().palette().type; }
ImU32 mark_color() { return theme().palette().keyword; }
ImU32 mark_term_color() { return theme().palette().number; }
ImU32 live_color() { return theme().palette().heartbeat; }
ImU32 goal_color() { return theme().palette().error_text; }
ImU32 trigger_color() { return theme().palette().number; }

void legend_line(ImU32 color, const char* label, bool first) {
  float lh = ImGui::GetTextLineHeight();
  if (!first) ImGui::SameLine(0, lh);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(lh * 1.2f, lh));
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + lh * 0.55f), ImVec2(p.x + lh * 1.1f, p.y + lh * 0.55f), color,
                                      2.5f);
  ImGui::SameLine(0, lh * 0.3f);
  ImGui::TextUnformatted(label);
}

void legend_box(ImU32 color, const char* label, bool first) {
  float lh = ImGui::GetTextLineHeight();
  if (!first) ImGui::SameLine(0, lh);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(lh * 0.8f, lh));
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + lh * 0.15f), ImVec2(p.x + lh * 0.7f, p.y + lh * 0.85f),
                                            color, lh * 0.12f);
  ImGui::SameLine(0, lh * 0.3f);
  ImGui::TextUnformatted(label);
}

// A round number of bytes near `max / 4`, for the plot's horizontal grid.
uint64_t nice_step(uint64_t max) {
  uint64_t target = std::max<uint64_t>(max / 4, 1);
  uint64_t step = 1;
  while (step * 2 <= target) step *= 2;  // powers of two read well as KiB / MiB
  return step;
}
}  // namespace

void GcPanel::reset() {
  gogc_slider_ = 100;
  gogc_off_ = false;
  limit_text_.clear();
  limit_text_dirty_ = false;
  pending_gogc_ = INT32_MIN;
  pending_limit_ = INT64_MIN;
  pending_since_ns_ = 0;
  tc_point_ = -1;
  tc_cycle_ = 0;
  tc_hold_ = false;
  tc_held_ = gc::TriColourCycle{};
  tc_replay_start_ = -1;
  drawn_ = Drawn{};
}

void GcPanel::note_requested(const KnobChange& change, int64_t snapshot_taken_ns) {
  if (!change.requested) return;
  if (change.gogc != INT32_MIN) pending_gogc_ = change.gogc < 0 ? -1 : change.gogc;
  if (change.memory_limit != INT64_MIN) {
    pending_limit_ = change.memory_limit;
    limit_text_dirty_ = false;
  }
  pending_since_ns_ = snapshot_taken_ns;
}

GcPanel::KnobChange GcPanel::draw(const trace::MemSnapshot* s, bool run_live) {
  drawn_ = Drawn{};
  ImGui::TextWrapped(
      "Go's garbage collector finds the objects a program can still reach and frees the rest. A cycle starts "
      "when the live heap reaches the trigger, a little below the goal the pacer sets: with GOGC=100 the goal "
      "is twice the heap the last cycle found live, so the heap grows and drops in a sawtooth. A cycle: sweep "
      "termination, marking from the roots (globals, goroutine stacks), mark termination; then spans are "
      "swept, lazily, as the program allocates.");
  ImGui::Spacing();
  if (!draw_mem_snapshot_caption(s, run_live)) return {};
  KnobChange change = draw_controls(*s, run_live);
  draw_counters(*s);
  if (section("Heap over time: live heap, goal and trigger")) draw_heap_plot(*s);
  if (section("Tri-colour marking: white, grey and black objects")) draw_tricolour(*s);
  if (section("Stop-the-world pauses, cycle by cycle")) draw_stw_timeline(*s);
  if (section("Pause histogram")) draw_pause_histogram(*s);
  if (section("Cycles")) draw_cycles_table(*s);
  if (section("gctrace")) draw_gctrace(*s);
  return change;
}

GcPanel::KnobChange GcPanel::draw_controls(const trace::MemSnapshot& s, bool run_live) {
  const gc::GcSnapshot& g = s.gc;
  KnobChange change;
  // A change sent earlier stays on the controls until a later snapshot reports it back.
  if (pending_gogc_ != INT32_MIN || pending_limit_ != INT64_MIN) {
    bool gogc_seen = pending_gogc_ == INT32_MIN || g.gogc == pending_gogc_;
    bool limit_seen = pending_limit_ == INT64_MIN || g.memory_limit == pending_limit_;
    if ((gogc_seen && limit_seen && s.taken_ns > pending_since_ns_) || s.taken_ns > pending_since_ns_ + kPendingTimeoutNs) {
      pending_gogc_ = INT32_MIN;
      pending_limit_ = INT64_MIN;
    }
  }
  int32_t shown_gogc = pending_gogc_ != INT32_MIN ? pending_gogc_ : g.gogc;
  if (!ImGui::IsAnyItemActive() || !run_live) {
    gogc_off_ = shown_gogc < 0;
    if (!gogc_off_) gogc_slider_ = shown_gogc;
  }
  int64_t shown_limit = pending_limit_ != INT64_MIN ? pending_limit_ : g.memory_limit;
  if (!limit_text_dirty_) {
    if (shown_limit == INT64_MAX || shown_limit < 0) {
      limit_text_.clear();
    } else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", static_cast<double>(shown_limit) / kMiB);
      limit_text_ = buf;
    }
  }

  const Palette& pal = theme().palette();
  float lh = ImGui::GetTextLineHeight();
  // Phase.
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("phase");
  ImGui::SameLine();
  const char* phase = gc::gc_phase_name(g.phase);
  drawn_.phase = phase;
  ImU32 phase_col = g.phase == gc::GcPhase::Off ? pal.comment
                    : g.phase == gc::GcPhase::Mark ? mark_color()
                    : g.phase == gc::GcPhase::SweepTermination ? sweep_term_color() : mark_term_color();
  ImGui::PushFont(theme().fonts().h3);
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(phase_col), "%s", phase);
  ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The collector's phase in this snapshot. A whole cycle usually takes far less than the 50 ms\n"
                      "between snapshots, so it mostly reads \"off\": the history below keeps every cycle.");
  ImGui::SameLine(0, lh);
  ImGui::TextDisabled("· sweeping %s", g.sweep_done ? "done" : "in progress");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("After a cycle every span is unswept; the background sweeper and allocating goroutines sweep\n"
                      "them, freeing what the cycle left unmarked.");

  // GOGC.
  ImGui::BeginDisabled(!run_live);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("GOGC");
  ImGui::SameLine();
  if (ImGui::Checkbox("off", &gogc_off_)) {
    change.requested = true;
    change.gogc = gogc_off_ ? -1 : gogc_slider_;
  }
  record_test_rect("gc:gogc-off");
  ImGui::SameLine();
  ImGui::BeginDisabled(gogc_off_);
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.45f, lh * 16));
  ImGui::SliderInt("##gogc", &gogc_slider_, 10, 500, "%d %%", ImGuiSliderFlags_AlwaysClamp);
  record_test_rect("gc:gogc");
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    change.requested = true;
    change.gogc = gogc_slider_;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("How far the heap may grow over the live heap the last cycle found before the next cycle:\n"
                      "100 = double. Ctrl+click to type a value. Applies to the running program at once,\n"
                      "as debug.SetGCPercent would.");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("100")) {
    change.requested = true;
    change.gogc = 100;
  }
  // GOMEMLIMIT.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("GOMEMLIMIT");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(lh * 7);
  bool entered = ImGui::InputTextWithHint("##limit", "none", &limit_text_,
                                          ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
  record_test_rect("gc:limit");
  if (ImGui::IsItemActive()) limit_text_dirty_ = true;
  ImGui::SameLine(0, lh * 0.25f);
  ImGui::TextUnformatted("MiB");
  ImGui::SameLine();
  bool apply = ImGui::SmallButton("set") || entered;
  ImGui::SameLine();
  if (ImGui::SmallButton("no limit")) {
    change.requested = true;
    change.memory_limit = INT64_MAX;
    limit_text_dirty_ = false;
  }
  if (apply) {
    char* end = nullptr;
    double mib = std::strtod(limit_text_.c_str(), &end);
    if (!limit_text_.empty() && end && *end == '\0' && mib > 0 && mib < 1e12) {
      change.requested = true;
      change.memory_limit = static_cast<int64_t>(mib * kMiB);
    } else if (limit_text_.empty()) {
      change.requested = true;
      change.memory_limit = INT64_MAX;
    }
    limit_text_dirty_ = false;
  }
  ImGui::EndDisabled();
  ImGui::TextDisabled("The runtime reports GOGC=%s, GOMEMLIMIT=%s%s", gogc_text(g.gogc).c_str(),
                      limit_text(g.memory_limit).c_str(),
                      pending_gogc_ != INT32_MIN || pending_limit_ != INT64_MIN ? " · change sent, waiting for it" : "");
  if (!run_live)
    dim_wrapped("The controls act on a running program. For the next run, put GOGC=50 or GOMEMLIMIT=64MiB in the "
                "env box above the editor.");
  if (change.requested) note_requested(change, s.taken_ns);
  return change;
}

void GcPanel::draw_counters(const trace::MemSnapshot& s) {
  const gc::GcSnapshot& g = s.gc;
  struct Counter {
    const char* label;
    std::string value;
    const char* help;
  };
  char frac[32];
  std::snprintf(frac, sizeof frac, "%.2f %%", g.gc_cpu_fraction * 100.0);
  std::string objects = "—";
  if (!g.cycles.empty()) {
    const auto& c = g.cycles.back();
    char buf[64];
    if (c.objects_freed)
      std::snprintf(buf, sizeof buf, "%" PRIu64 " / %" PRIu64, c.objects_marked, c.objects_freed);
    else
      std::snprintf(buf, sizeof buf, "%" PRIu64 " / sweeping", c.objects_marked);
    objects = buf;
  }
  const Counter counters[] = {
      {"NumGC", std::to_string(g.num_gc), "completed GC cycles"},
      {"forced", std::to_string(g.num_forced_gc), "cycles the program forced with runtime.GC()"},
      {"PauseTotalNs", duration_text(static_cast<int64_t>(g.pause_total_ns)), "total stop-the-world time of all cycles"},
      {"GCCPUFraction", frac, "share of the CPU time available since the program started that the collector used"},
      {"heap live", bytes_text(g.heap_live), "bytes of heap in use by objects now (what the pacer compares with the trigger)"},
      {"trigger", g.trigger >= kUnset ? std::string("none") : bytes_text(g.trigger), "the next cycle starts when the live heap reaches this"},
      {"goal", g.heap_goal >= kUnset ? std::string("none") : bytes_text(g.heap_goal), "the heap size the pacer aims to finish the next cycle under"},
      {"heap marked", bytes_text(g.heap_marked), "live heap the last cycle found"},
      {"last cycle: marked / freed", objects, "objects the last cycle marked live, and objects its sweep freed"},
  };
  float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  float gap = ImGui::GetTextLineHeight() * 1.2f;
  for (size_t i = 0; i < IM_ARRAYSIZE(counters); i++) {
    const Counter& c = counters[i];
    ImGui::PushFont(theme().fonts().h3);
    float value_w = ImGui::CalcTextSize(c.value.c_str()).x;
    ImGui::PopFont();
    float w = std::max(ImGui::CalcTextSize(c.label).x, value_w);
    if (i > 0 && ImGui::GetItemRectMax().x + gap + w < right) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", c.label);
    ImGui::PushFont(theme().fonts().h3);
    ImGui::TextUnformatted(c.value.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.help);
  }
}

void GcPanel::draw_heap_plot(const trace::MemSnapshot& s) {
  const gc::GcSnapshot& g = s.gc;
  legend_line(live_color(), "heap live", true);
  legend_line(goal_color(), "goal", false);
  legend_line(trigger_color(), "trigger", false);
  legend_box(with_alpha(ImGui::GetColorU32(ImGuiCol_Text), 0.35f), "a GC cycle", false);
  // How much of the kept history to show: a program that collects hundreds of times a
  // second draws a solid block over seconds, so the default follows the last cycles.
  float lh = ImGui::GetTextLineHeight();
  ImGui::SameLine(0, lh * 2);
  ImGui::TextDisabled("show");
  const char* windows[] = {"last 12 cycles", "last second", "last 10 s", "all kept"};
  for (int i = 0; i < 4; i++) {
    ImGui::SameLine();
    if (ImGui::RadioButton(windows[i], plot_window_ == i)) plot_window_ = i;
  }
  if (g.samples.size() < 2) {
    ImGui::TextDisabled("Not enough samples yet: the runtime adds one about every 20 ms and two per cycle.");
    return;
  }
  int64_t newest = g.samples.back().t_ns, from = g.samples.front().t_ns;
  if (plot_window_ == 0 && g.cycles.size() > 12)
    from = g.cycles[g.cycles.size() - 12].start_ns - (newest - g.cycles[g.cycles.size() - 12].start_ns) / 12;
  else if (plot_window_ == 1)
    from = newest - 1'000'000'000;
  else if (plot_window_ == 2)
    from = newest - 10'000'000'000;
  auto first = std::lower_bound(g.samples.begin(), g.samples.end(), from,
                                [](const gc::HeapSample& p, int64_t v) { return p.t_ns < v; });
  if (first != g.samples.begin()) --first;  // the line enters from the left edge
  const std::vector<gc::HeapSample> samples(first, g.samples.end());
  drawn_.samples_plotted = samples.size();
  if (samples.size() < 2) {
    ImGui::TextDisabled("Not enough samples in this window.");
    return;
  }
  float avail = ImGui::GetContentRegionAvail().x;
  float height = std::max(lh * 10, 120.f);
  // A child window of its own: the plot's lines never crowd the panel's draw list.
  ImGui::BeginChild("heap-plot", ImVec2(avail, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 o = ImGui::GetCursorScreenPos();
  float axis_w = ImGui::CalcTextSize("1023.9 MiB ").x, axis_h = lh * 1.2f;
  float w = avail - axis_w, h = height - axis_h - 4;
  ImGui::InvisibleButton("##plot", ImVec2(avail, height - 4));
  record_test_rect("gc:heap-plot");
  bool hovered = ImGui::IsItemHovered();
  int64_t t0 = std::max(samples.front().t_ns, from), t1 = std::max(samples.back().t_ns, t0 + 1);
  uint64_t ymax = 1;
  for (const auto& p : samples) {
    ymax = std::max(ymax, p.heap_live);
    if (p.goal < kUnset) ymax = std::max(ymax, p.goal);
    if (p.trigger < kUnset) ymax = std::max(ymax, p.trigger);
  }
  ymax = ymax + ymax / 10;
  float x0 = o.x + axis_w, y0 = o.y + h;
  auto X = [&](int64_t t) { return x0 + w * static_cast<float>(static_cast<double>(t - t0) / static_cast<double>(t1 - t0)); };
  auto Y = [&](uint64_t v) { return y0 - h * static_cast<float>(static_cast<double>(v) / static_cast<double>(ymax)); };
  ImU32 grid = with_alpha(ImGui::GetColorU32(ImGuiCol_Border), 0.6f), dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  dl->AddRectFilled(ImVec2(x0, o.y), ImVec2(x0 + w, y0), with_alpha(ImGui::GetColorU32(ImGuiCol_FrameBg), 0.6f));
  // Horizontal grid with byte labels.
  uint64_t step = nice_step(ymax);
  for (uint64_t v = 0; v <= ymax; v += step) {
    float y = Y(v);
    dl->AddLine(ImVec2(x0, y), ImVec2(x0 + w, y), grid);
    std::string t = bytes_text(v);
    ImVec2 ts = ImGui::CalcTextSize(t.c_str());
    dl->AddText(ImVec2(x0 - ts.x - 4, y - ts.y * 0.5f), dim, t.c_str());
  }
  // Time axis: about six ticks on round seconds (or tenths).
  double span_s = static_cast<double>(t1 - t0) / 1e9;
  // A 1-2-5 step giving about six ticks, labelled with as many decimals as the step needs.
  double tick = std::pow(10.0, std::floor(std::log10(std::max(span_s / 6, 1e-6))));
  if (span_s / tick > 30) tick *= 5;
  else if (span_s / tick > 12) tick *= 2;
  int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(tick) + 1e-9)));
  for (double k = std::ceil(static_cast<double>(t0) / 1e9 / tick); k * tick <= static_cast<double>(t1) / 1e9; k += 1) {
    double t = k * tick;
    float x = X(static_cast<int64_t>(t * 1e9));
    dl->AddLine(ImVec2(x, y0), ImVec2(x, y0 + 4), dim);
    char lab[24];
    std::snprintf(lab, sizeof lab, "%.*f s", decimals, t);
    ImVec2 ts = ImGui::CalcTextSize(lab);
    dl->AddText(ImVec2(std::clamp(x - ts.x * 0.5f, x0, x0 + w - ts.x), y0 + 4), dim, lab);
  }
  // Cycle markers: a band from the cycle's start to its end (at least a pixel).
  dl->PushClipRect(ImVec2(x0, o.y), ImVec2(x0 + w, y0), true);
  ImU32 band = with_alpha(ImGui::GetColorU32(ImGuiCol_Text), 0.30f);
  const gc::GcCycleRecord* hovered_cycle = nullptr;
  ImVec2 mouse = ImGui::GetIO().MousePos;
  for (const auto& c : g.cycles) {
    if (c.end_ns < t0) continue;
    float a = X(c.start_ns), b = std::max(X(c.end_ns), a + 1.5f);
    dl->AddRectFilled(ImVec2(a, o.y), ImVec2(b, y0), band);
    if (hovered && mouse.x >= a - 3 && mouse.x <= b + 3) hovered_cycle = &c;
  }
  // The goal and trigger hold until the next sample: steps. The live heap: a line.
  auto steps = [&](auto value_of, ImU32 col, float thick) {
    for (size_t i = 0; i + 1 < samples.size(); i++) {
      uint64_t v = value_of(samples[i]);
      if (v >= kUnset) continue;
      float y = Y(v), xa = X(samples[i].t_ns), xb = X(samples[i + 1].t_ns);
      dl->AddLine(ImVec2(xa, y), ImVec2(xb, y), col, thick);
      uint64_t vn = value_of(samples[i + 1]);
      if (vn < kUnset && vn != v) dl->AddLine(ImVec2(xb, y), ImVec2(xb, Y(vn)), col, thick);
    }
  };
  steps([](const gc::HeapSample& p) { return p.goal; }, goal_color(), 1.5f);
  steps([](const gc::HeapSample& p) { return p.trigger; }, with_alpha(trigger_color(), 0.9f), 1.2f);
  for (size_t i = 0; i + 1 < samples.size(); i++)
    dl->AddLine(ImVec2(X(samples[i].t_ns), Y(samples[i].heap_live)), ImVec2(X(samples[i + 1].t_ns), Y(samples[i + 1].heap_live)),
                live_color(), 2.f);
  dl->PopClipRect();
  dl->AddRect(ImVec2(x0, o.y), ImVec2(x0 + w, y0), grid);
  if (hovered && mouse.x >= x0) {
    // The sample nearest the mouse in time.
    int64_t t = t0 + static_cast<int64_t>(static_cast<double>(mouse.x - x0) / w * static_cast<double>(t1 - t0));
    auto it = std::lower_bound(samples.begin(), samples.end(), t,
                               [](const gc::HeapSample& p, int64_t v) { return p.t_ns < v; });
    if (it == samples.end()) it = samples.end() - 1;
    if (it != samples.begin() && t - (it - 1)->t_ns < it->t_ns - t) --it;
    float x = X(it->t_ns);
    dl->AddLine(ImVec2(x, o.y), ImVec2(x, y0), dim);
    dl->AddCircleFilled(ImVec2(x, Y(it->heap_live)), 3.5f, live_color());
    std::string text = "at " + std::to_string(it->t_ns / 1'000'000) + " ms: heap live " + bytes_text(it->heap_live) +
                       "\ngoal " + (it->goal < kUnset ? bytes_text(it->goal) : "none") + ", trigger " +
                       (it->trigger < kUnset ? bytes_text(it->trigger) : "none");
    if (hovered_cycle)
      text += "\n\nGC #" + std::to_string(hovered_cycle->num) + (hovered_cycle->forced ? " (forced)" : "") + ": " +
              bytes_text(hovered_cycle->heap_start) + " before, " + bytes_text(hovered_cycle->heap_marked) + " marked live, paused " +
              duration_text(hovered_cycle->concurrent ? hovered_cycle->sweep_term_ns + hovered_cycle->mark_term_ns
                                                      : hovered_cycle->end_ns - hovered_cycle->start_ns);
    ImGui::SetTooltip("%s", text.c_str());
  }
  ImGui::EndChild();
  ImGui::TextDisabled("%zu samples from %.3f s to %.3f s · the runtime keeps %zu samples and %zu cycles", samples.size(),
                      static_cast<double>(t0) / 1e9, static_cast<double>(t1) / 1e9, g.samples.size(), g.cycles.size());
}

void GcPanel::draw_stw_timeline(const trace::MemSnapshot& s) {
  const gc::GcSnapshot& g = s.gc;
  dim_wrapped("Each cycle has two stop-the-world pauses (solid): sweep termination, which also greys the roots and "
              "turns the write barrier on, and mark termination. Between them the program runs while background mark "
              "workers (25% of GOMAXPROCS) and allocating goroutines (assists) mark (hatched). With GODEBUG=gcstoptheworld=1 or in "
              "deterministic mode the whole cycle is one pause (mark drawn solid).");
  legend_box(sweep_term_color(), "sweep termination", true);
  legend_box(mark_color(), "mark", false);
  legend_box(mark_term_color(), "mark termination", false);
  {
    // Who did the concurrent marking, over the cycles kept (Go's gctrace cpu fields).
    int64_t assist = 0, background = 0;
    for (const auto& c : g.cycles) {
      assist += c.assist_ns;
      background += c.background_ns;
    }
    if (assist + background > 0)
      ImGui::TextDisabled("mark CPU over the kept cycles: background workers %.0f %% · assists %.0f %%",
                          100.0 * static_cast<double>(background) / static_cast<double>(assist + background),
                          100.0 * static_cast<double>(assist) / static_cast<double>(assist + background));
  }
  if (g.cycles.empty()) {
    ImGui::TextDisabled("No cycle yet.");
    return;
  }
  size_t n = std::min(g.cycles.size(), kMaxStwRows);
  size_t first = g.cycles.size() - n;
  int64_t longest = 1;
  for (size_t i = first; i < g.cycles.size(); i++) {
    const auto& c = g.cycles[i];
    longest = std::max(longest, c.sweep_term_ns + c.mark_ns + c.mark_term_ns);
  }
  float lh = ImGui::GetTextLineHeight();
  char widest[32];
  std::snprintf(widest, sizeof widest, "GC #%u  ", g.cycles.back().num);
  float label_w = ImGui::CalcTextSize(widest).x, text_w = ImGui::CalcTextSize("000.00 ms  ").x;
  float w = std::max(ImGui::GetContentRegionAvail().x - label_w - text_w, lh * 4);
  float row_h = lh * 1.05f;
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##stw", ImVec2(label_w + w + text_w, row_h * static_cast<float>(n)));
  record_test_rect("gc:stw");
  bool hovered = ImGui::IsItemHovered();
  ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  for (size_t k = 0; k < n; k++) {
    const auto& c = g.cycles[first + k];
    float y = o.y + static_cast<float>(k) * row_h;
    char label[32];
    std::snprintf(label, sizeof label, "GC #%u", c.num);
    dl->AddText(ImVec2(o.x, y), c.forced ? theme().palette().type : text, label);
    float x = o.x + label_w;
    const int64_t parts[] = {c.sweep_term_ns, c.mark_ns, c.mark_term_ns};
    const ImU32 cols[] = {sweep_term_color(), mark_color(), mark_term_color()};
    dl->AddRectFilled(ImVec2(x, y + row_h * 0.15f), ImVec2(x + w, y + row_h * 0.85f),
                      with_alpha(ImGui::GetColorU32(ImGuiCol_FrameBg), 0.6f));
    for (int p = 0; p < 3; p++) {
      float pw = w * static_cast<float>(static_cast<double>(parts[p]) / static_cast<double>(longest));
      if (parts[p] > 0) pw = std::max(pw, 1.f);
      ImVec2 a(x, y + row_h * 0.15f), b(x + pw, y + row_h * 0.85f);
      if (p == 1 && c.concurrent) {
        // Concurrent mark: the program was running; hatched, not a pause.
        dl->AddRectFilled(a, b, with_alpha(cols[p], 0.25f));
        dl->PushClipRect(a, b, true);
        for (float hx = a.x - (b.y - a.y); hx < b.x; hx += lh * 0.35f)
          dl->AddLine(ImVec2(hx, b.y), ImVec2(hx + (b.y - a.y), a.y), cols[p]);
        dl->PopClipRect();
      } else {
        dl->AddRectFilled(a, b, cols[p]);
      }
      x += pw;
    }
    std::string total = duration_text(c.sweep_term_ns + c.mark_ns + c.mark_term_ns);
    dl->AddText(ImVec2(o.x + label_w + w + lh * 0.4f, y), dim, total.c_str());
    if (hovered && mouse.y >= y && mouse.y < y + row_h)
      ImGui::SetTooltip("GC #%u%s at %.3f s\nsweep termination %s (paused)\nmark %s (%s)\nmark termination %s (paused)\n"
                        "mark CPU: background workers %s, assists %s\nheap %s before, %s marked live, goal %s",
                        c.num, c.forced ? " (forced)" : "", static_cast<double>(c.start_ns) / 1e9,
                        duration_text(c.sweep_term_ns).c_str(), duration_text(c.mark_ns).c_str(),
                        c.concurrent ? "concurrent: the program ran" : "paused",
                        duration_text(c.mark_term_ns).c_str(), duration_text(c.background_ns).c_str(),
                        duration_text(c.assist_ns).c_str(), bytes_text(c.heap_start).c_str(),
                        bytes_text(c.heap_marked).c_str(), bytes_text(c.goal).c_str());
  }
  drawn_.cycles_drawn = n;
  if (g.cycles.size() > n) ImGui::TextDisabled("the newest %zu of %zu cycles kept; bars to the longest cycle shown", n, g.cycles.size());
  else ImGui::TextDisabled("bars to the longest cycle shown (%s)", duration_text(longest).c_str());
}

void GcPanel::draw_pause_histogram(const trace::MemSnapshot& s) {
  const gc::GcSnapshot& g = s.gc;
  size_t n = std::min<size_t>(g.num_gc, 256);
  if (n == 0) {
    ImGui::TextDisabled("No pauses yet.");
    return;
  }
  // Buckets by upper bound on a 1-2-5 scale from 10 µs to 100 ms, then everything longer.
  struct Bucket {
    uint64_t upper_ns;  // 0: no bound (the last)
    const char* label;
  };
  static const Bucket kBuckets[] = {
      {10'000, "10µs"},    {20'000, "20µs"},    {50'000, "50µs"},       {100'000, "100µs"}, {200'000, "200µs"},
      {500'000, "500µs"},  {1'000'000, "1ms"},  {2'000'000, "2ms"},     {5'000'000, "5ms"}, {10'000'000, "10ms"},
      {20'000'000, "20ms"}, {50'000'000, "50ms"}, {100'000'000, "100ms"}, {0, "more"},
  };
  constexpr int kCount = IM_ARRAYSIZE(kBuckets);
  size_t counts[kCount] = {};
  for (size_t i = 0; i < n; i++) {
    uint64_t ns = g.pause_ns[(g.num_gc - 1 - i) % 256];
    int b = 0;
    while (b < kCount - 1 && ns > kBuckets[b].upper_ns) b++;
    counts[b]++;
  }
  drawn_.pauses = n;
  size_t most = *std::max_element(std::begin(counts), std::end(counts));
  float lh = ImGui::GetTextLineHeight();
  float avail = ImGui::GetContentRegionAvail().x;
  float bar_w = std::min(avail / kCount, lh * 4.5f), h = lh * 5;
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##hist", ImVec2(bar_w * kCount, h + lh * 2.2f));
  record_test_rect("gc:pause-hist");
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled), text = ImGui::GetColorU32(ImGuiCol_Text);
  ImVec2 mouse = ImGui::GetIO().MousePos;
  // Labels every bucket when they fit, else every other one.
  float widest = 0;
  for (const Bucket& b : kBuckets) widest = std::max(widest, ImGui::CalcTextSize(b.label).x);
  int label_every = widest + 4 < bar_w ? 1 : 2;
  for (int b = 0; b < kCount; b++) {
    float x = o.x + static_cast<float>(b) * bar_w;
    float bh = most ? h * static_cast<float>(counts[b]) / static_cast<float>(most) : 0;
    float top = o.y + lh + h - bh;
    dl->AddRectFilled(ImVec2(x + 1, o.y + lh), ImVec2(x + bar_w - 1, o.y + lh + h),
                      with_alpha(ImGui::GetColorU32(ImGuiCol_FrameBg), 0.5f));
    if (counts[b]) {
      dl->AddRectFilled(ImVec2(x + 1, top), ImVec2(x + bar_w - 1, o.y + lh + h), mark_color());
      char c[24];
      std::snprintf(c, sizeof c, "%zu", counts[b]);
      ImVec2 ts = ImGui::CalcTextSize(c);
      dl->AddText(ImVec2(x + (bar_w - ts.x) * 0.5f, top - lh), text, c);
    }
    if (b % label_every == 0 || b == kCount - 1) {
      ImVec2 ts = ImGui::CalcTextSize(kBuckets[b].label);
      dl->AddText(ImVec2(x + (bar_w - ts.x) * 0.5f, o.y + lh + h + 2), dim, kBuckets[b].label);
    }
    if (hovered && mouse.x >= x && mouse.x < x + bar_w) {
      std::string range = b == 0 ? "at most " + duration_text(static_cast<int64_t>(kBuckets[0].upper_ns))
                          : b == kCount - 1
                              ? "over " + duration_text(static_cast<int64_t>(kBuckets[b - 1].upper_ns))
                              : "over " + duration_text(static_cast<int64_t>(kBuckets[b - 1].upper_ns)) + ", up to " +
                                    duration_text(static_cast<int64_t>(kBuckets[b].upper_ns));
      ImGui::SetTooltip("%zu pause%s %s", counts[b], counts[b] == 1 ? "" : "s", range.c_str());
    }
  }
  ImGui::TextDisabled("the last %zu pauses, by upper bound (MemStats.PauseNs keeps 256)", n);
}

void GcPanel::draw_cycles_table(const trace::MemSnapshot& s) {
  const gc::GcSnapshot& g = s.gc;
  if (g.cycles.empty()) {
    ImGui::TextDisabled("No cycle yet.");
    return;
  }
  float lh = ImGui::GetTextLineHeightWithSpacing();
  float h = std::min<float>(static_cast<float>(g.cycles.size()) + 1.5f, 10.f) * lh + 8;
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX;
  if (!ImGui::BeginTable("cycles", 7, flags, ImVec2(0, h))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("GC");
  ImGui::TableSetupColumn("at");
  ImGui::TableSetupColumn("pause");
  ImGui::TableSetupColumn("heap before / marked");
  ImGui::TableSetupColumn("goal / next goal");
  ImGui::TableSetupColumn("objects marked / freed");
  ImGui::TableSetupColumn("scanned", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (size_t k = g.cycles.size(); k-- > 0;) {  // newest first
    const auto& c = g.cycles[k];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("#%u%s", c.num, c.forced ? " forced" : "");
    ImGui::TableNextColumn();
    ImGui::Text("%.3f s", static_cast<double>(c.start_ns) / 1e9);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(duration_text(c.end_ns - c.start_ns).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%s / %s", bytes_text(c.heap_start).c_str(), bytes_text(c.heap_marked).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%s / %s", bytes_text(c.goal).c_str(), c.next_goal < kUnset ? bytes_text(c.next_goal).c_str() : "none");
    ImGui::TableNextColumn();
    if (c.objects_freed)
      ImGui::Text("%" PRIu64 " / %" PRIu64, c.objects_marked, c.objects_freed);
    else
      ImGui::Text("%" PRIu64 " / sweeping", c.objects_marked);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(bytes_text(c.bytes_scanned).c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("bytes scanned for pointers: heap objects, %s of stacks and %s of globals",
                        bytes_text(c.stack_bytes).c_str(), bytes_text(c.globals_bytes).c_str());
  }
  ImGui::EndTable();
}

namespace {

// The three colours as the tri-colour abstraction names them, whatever the theme.
ImU32 tc_fill(gc::TriColour c) {
  switch (c) {
    case gc::TriColour::White: return IM_COL32(244, 244, 240, 255);
    case gc::TriColour::Grey: return IM_COL32(150, 150, 150, 255);
    case gc::TriColour::Black: return IM_COL32(22, 22, 24, 255);
  }
  return IM_COL32(255, 0, 255, 255);
}
ImU32 tc_ink(gc::TriColour c) { return c == gc::TriColour::Black ? IM_COL32(235, 235, 235, 255) : IM_COL32(20, 20, 20, 255); }
ImU32 tc_outline() { return with_alpha(ImGui::GetColorU32(ImGuiCol_Text), 0.7f); }

std::string hex_text(uintptr_t a) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, a);
  return buf;
}

// A horizontal bar split white | grey | black by count, with the counts written in
// the parts wide enough for them.
void stacked_bar(const gc::TriColourCounts& k, float width, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  const double total = static_cast<double>(k.total());
  const uint64_t parts[3] = {k.white, k.grey, k.black};
  const gc::TriColour cols[3] = {gc::TriColour::White, gc::TriColour::Grey, gc::TriColour::Black};
  float x = p.x;
  for (int i = 0; i < 3; i++) {
    float w = total > 0 ? static_cast<float>(static_cast<double>(parts[i]) / total) * width : (i == 0 ? width : 0);
    if (i == 2) w = p.x + width - x;  // no gap from rounding
    if (w <= 0) continue;
    dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height), tc_fill(cols[i]));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%" PRIu64, parts[i]);
    ImVec2 ts = ImGui::CalcTextSize(buf);
    if (ts.x + 8 < w)
      dl->AddText(ImVec2(x + (w - ts.x) / 2, p.y + (height - ts.y) / 2), tc_ink(cols[i]), buf);
    x += w;
  }
  dl->AddRect(p, ImVec2(p.x + width, p.y + height), tc_outline(), 0, 0, 1.f);
}

// Where each sampled node goes: columns by depth from the roots (a depth with many
// nodes takes several columns), columns flowing left to right and wrapping into bands.
struct GraphLayout {
  std::vector<ImVec2> pos;  // relative to the canvas' top-left
  float height = 0;
};

GraphLayout layout_graph(const gc::TriColourCycle& c, float width, float r) {
  GraphLayout L;
  L.pos.assign(c.nodes.size(), ImVec2(0, 0));
  if (c.nodes.empty()) return L;
  const float col_w = r * 5.2f, row_h = r * 2.6f;
  constexpr size_t kMaxRows = 8;
  uint32_t max_depth = 0;
  for (const auto& n : c.nodes) max_depth = std::max(max_depth, n.depth);
  std::vector<std::vector<size_t>> cols;
  for (uint32_t d = 0; d <= max_depth; d++) {
    std::vector<size_t> at;
    for (size_t i = 0; i < c.nodes.size(); i++)
      if (c.nodes[i].depth == d) at.push_back(i);
    for (size_t k = 0; k < at.size(); k += kMaxRows)
      cols.emplace_back(at.begin() + static_cast<std::ptrdiff_t>(k),
                        at.begin() + static_cast<std::ptrdiff_t>(std::min(at.size(), k + kMaxRows)));
  }
  const size_t per_band = std::max<size_t>(1, static_cast<size_t>((width - r * 3) / col_w));
  float band_top = r * 0.8f;
  for (size_t b = 0; b * per_band < cols.size(); b++) {
    size_t rows = 1;
    const size_t end = std::min(cols.size(), (b + 1) * per_band);
    for (size_t k = b * per_band; k < end; k++) rows = std::max(rows, cols[k].size());
    for (size_t k = b * per_band; k < end; k++) {
      const float x = r * 2.6f + static_cast<float>(k - b * per_band) * col_w + col_w * 0.3f;
      const float off = static_cast<float>(rows - cols[k].size()) * row_h / 2;
      for (size_t j = 0; j < cols[k].size(); j++)
        L.pos[cols[k][j]] = ImVec2(x, band_top + off + (static_cast<float>(j) + 0.5f) * row_h);
    }
    band_top += static_cast<float>(rows) * row_h + r * 1.6f;
  }
  L.height = band_top;
  return L;
}

void arrow_head(ImDrawList* dl, ImVec2 tip, ImVec2 dir, float size, ImU32 col) {
  float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
  if (len <= 0) return;
  ImVec2 d(dir.x / len, dir.y / len), n(-d.y, d.x);
  dl->AddTriangleFilled(tip, ImVec2(tip.x - d.x * size + n.x * size * 0.5f, tip.y - d.y * size + n.y * size * 0.5f),
                        ImVec2(tip.x - d.x * size - n.x * size * 0.5f, tip.y - d.y * size - n.y * size * 0.5f), col);
}

}  // namespace

void GcPanel::draw_tricolour(const trace::MemSnapshot& s) {
  // The section is open: the runtime samples the cycles that start while it is.
  gc::note_tricolour_observer();
  const gc::TriColourView& v = s.gc.tricolour;
  const Palette& pal = theme().palette();
  const float lh = ImGui::GetTextLineHeight();
  dim_wrapped("Marking colours every object. White: not reached yet. Grey: reached (marked) but its pointers not "
              "followed yet: it waits in the grey queue. Black: marked and scanned. A cycle starts with the objects "
              "the roots point at grey and ends with no grey left; what is still white is garbage, for the sweeper. "
              "The counts are the whole heap's, from the mark bits; the graph is a sample of this program's own "
              "objects, reachable from its roots, taken when the cycle began.");
  // Which cycle: one the learner holds, the one marking now, or the last one.
  const gc::TriColourCycle* c = nullptr;
  bool live = false;
  if (tc_hold_ && tc_held_.cycle != 0) {
    c = &tc_held_;
  } else if (v.current.cycle != 0 && !v.current.points.empty()) {
    c = &v.current;
    live = true;
  } else if (v.last.cycle != 0 && !v.last.points.empty()) {
    c = &v.last;
  }
  if (c == nullptr) {
    dim_wrapped(s.gc.num_gc == 0 ? "No GC cycle yet. The first one that runs while this section is open is sampled."
                                 : "No sampled cycle yet: the runtime samples the cycles that start while this "
                                   "section is open (the next one will show here).");
    return;
  }
  auto& d = drawn_.tricolour;
  d.cycle = c->cycle;
  d.live = live;
  d.held = tc_hold_;
  if (tc_cycle_ != c->cycle) {
    tc_cycle_ = c->cycle;
    tc_point_ = -1;
  }
  const int npts = static_cast<int>(c->points.size());
  int sel = npts - 1;
  if (tc_replay_start_ >= 0 && !live) {
    int step = static_cast<int>((ImGui::GetTime() - tc_replay_start_) / 0.7);
    if (step >= npts) tc_replay_start_ = -1;
    else sel = step;
  } else if (!live && tc_point_ >= 0 && tc_point_ < npts) {
    sel = tc_point_;
  }
  const gc::TriColourPoint& pt = c->points[static_cast<size_t>(sel)];
  const int64_t t0 = c->points.front().t_ns;

  // Caption line: which cycle, and how it is shown.
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(theme().fonts().h3);
  ImGui::Text("cycle %u", c->cycle);
  ImGui::PopFont();
  ImGui::SameLine(0, lh);
  if (live) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(mark_color()), "marking now");
  } else {
    ImGui::TextDisabled("%s · %s", c->concurrent ? "concurrent mark" : "marked in its pause",
                        c->complete ? "finished" : "cut short");
  }
  ImGui::SameLine(0, lh);
  if (ImGui::Checkbox("hold", &tc_hold_)) {
    if (tc_hold_) tc_held_ = *c;
    d.held = tc_hold_;
  }
  record_test_rect("gc:tricolour-hold");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Keep showing this cycle while the program runs more: cycles of a small heap take well under a\n"
                      "millisecond and follow each other quickly.");
  if (!live) {
    ImGui::SameLine();
    if (ImGui::SmallButton(tc_replay_start_ >= 0 ? "replaying…" : "replay")) tc_replay_start_ = ImGui::GetTime();
    record_test_rect("gc:tricolour-replay");
  }

  // The counts: live while marking (the newest count of the heap), else the chosen point.
  gc::TriColourCounts counts = pt.counts;
  if (live && v.live_t_ns >= pt.t_ns) counts = v.live;
  d.counts = counts;
  d.point = static_cast<size_t>(sel);
  d.points = c->points.size();
  d.stage = gc::tricolour_stage_name(pt.stage);
  const float avail = ImGui::GetContentRegionAvail().x;
  legend_box(tc_fill(gc::TriColour::White), "white", true);
  ImGui::SameLine(0, lh * 0.3f);
  ImGui::TextDisabled("%" PRIu64, counts.white);
  legend_box(tc_fill(gc::TriColour::Grey), "grey", false);
  ImGui::SameLine(0, lh * 0.3f);
  ImGui::TextDisabled("%" PRIu64, counts.grey);
  legend_box(tc_fill(gc::TriColour::Black), "black", false);
  ImGui::SameLine(0, lh * 0.3f);
  ImGui::TextDisabled("%" PRIu64, counts.black);
  ImGui::SameLine(0, lh);
  ImGui::TextDisabled("objects in the heap, at %s, +%s", gc::tricolour_stage_name(pt.stage),
                      duration_text(pt.t_ns - t0).c_str());
  stacked_bar(counts, avail, lh * 1.5f);
  record_test_rect("gc:tricolour-bar");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("white %" PRIu64 " · grey %" PRIu64 " · black %" PRIu64
                      "\nwhite = allocated and unmarked; grey = in the grey queue; black = marked and scanned.\n"
                      "Objects allocated while marking are born black.",
                      counts.white, counts.grey, counts.black);

  // The cycle's points: a small stacked column each (click one to show it), and a scrubber.
  ImGui::Spacing();
  {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float col_h = lh * 2.6f;
    const float col_w = std::min(lh * 2.4f, (avail - lh) / static_cast<float>(std::max(npts, 1)));
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##tcpoints", ImVec2(col_w * static_cast<float>(npts), col_h + lh * 1.2f));
    record_test_rect("gc:tricolour-points");
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int i = 0; i < npts; i++) {
      const gc::TriColourPoint& q = c->points[static_cast<size_t>(i)];
      const float x0 = p.x + static_cast<float>(i) * col_w + col_w * 0.12f, x1 = p.x + (static_cast<float>(i) + 1) * col_w - col_w * 0.12f;
      const double total = static_cast<double>(std::max<uint64_t>(q.counts.total(), 1));
      float y = p.y + col_h;
      const uint64_t parts[3] = {q.counts.black, q.counts.grey, q.counts.white};
      const gc::TriColour cols[3] = {gc::TriColour::Black, gc::TriColour::Grey, gc::TriColour::White};
      for (int k = 0; k < 3; k++) {
        float h = static_cast<float>(static_cast<double>(parts[k]) / total) * col_h;
        if (h <= 0) continue;
        dl->AddRectFilled(ImVec2(x0, y - h), ImVec2(x1, y), tc_fill(cols[k]));
        y -= h;
      }
      const bool is_sel = i == sel;
      dl->AddRect(ImVec2(x0, p.y), ImVec2(x1, p.y + col_h), is_sel ? pal.keyword : tc_outline(), 0, 0,
                  is_sel ? 2.5f : 1.f);
      const char* tag = q.stage == gc::TriColourStage::MarkStart ? "S"
                        : q.stage == gc::TriColourStage::Marking ? "m"
                        : q.stage == gc::TriColourStage::TermStart ? "T" : "E";
      ImVec2 ts = ImGui::CalcTextSize(tag);
      dl->AddText(ImVec2((x0 + x1 - ts.x) / 2, p.y + col_h + lh * 0.1f),
                  is_sel ? pal.keyword : ImGui::GetColorU32(ImGuiCol_TextDisabled), tag);
      if (hovered && mouse.x >= x0 - col_w * 0.12f && mouse.x < x1 + col_w * 0.12f) {
        ImGui::SetTooltip("point %d of %d: %s, +%s\nwhite %" PRIu64 " · grey %" PRIu64 " · black %" PRIu64
                          "\n%s of objects scanned by then",
                          i + 1, npts, gc::tricolour_stage_name(q.stage), duration_text(q.t_ns - t0).c_str(),
                          q.counts.white, q.counts.grey, q.counts.black, bytes_text(q.scan_work).c_str());
        if (clicked && !live) {
          tc_point_ = i;
          tc_replay_start_ = -1;
        }
      }
    }
    ImGui::SameLine(0, lh);
    ImGui::BeginGroup();
    dim_wrapped(live ? "Points recorded so far in this cycle (S: mark start, m: marking, T: mark termination, "
                       "E: mark done). The bar above is the newest count."
                     : "The cycle's points: S mark start (roots grey), m marking, T mark termination began, "
                       "E grey queue drained. Click one, or drag:");
    if (!live) {
      int one = sel + 1;
      ImGui::SetNextItemWidth(std::max(lh * 8, ImGui::GetContentRegionAvail().x * 0.6f));
      if (ImGui::SliderInt("##tcscrub", &one, 1, npts, "point %d")) {
        tc_point_ = one - 1;
        tc_replay_start_ = -1;
      }
      record_test_rect("gc:tricolour-scrubber");
    }
    ImGui::EndGroup();
  }

  // The sampled graph.
  ImGui::Spacing();
  size_t roots = 0;
  for (const auto& n : c->nodes) roots += n.root;
  d.nodes = c->nodes.size();
  d.edges = c->edges.size();
  d.roots = roots;
  ImGui::TextDisabled("%zu objects of the program sampled breadth first from %zu of its %" PRIu64
                      " root objects, %zu pointers between them",
                      c->nodes.size(), roots, c->roots_seen, c->edges.size());
  if (c->nodes.empty()) return;
  const float r = std::max(lh * 0.42f, 6.f);
  const float width = ImGui::GetContentRegionAvail().x;
  GraphLayout L = layout_graph(*c, width, r);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##tcgraph", ImVec2(width, std::max(L.height, r * 4)));
  record_test_rect("gc:tricolour-graph");
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + std::max(L.height, r * 4)),
                    with_alpha(ImGui::GetColorU32(ImGuiCol_FrameBg), 0.5f), r * 0.5f);
  auto at = [&](size_t i) { return ImVec2(origin.x + L.pos[i].x, origin.y + L.pos[i].y); };
  int hover_node = -1;
  if (hovered) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    float best = r * r * 1.7f;
    for (size_t i = 0; i < c->nodes.size(); i++) {
      ImVec2 q = at(i);
      float dd = (q.x - m.x) * (q.x - m.x) + (q.y - m.y) * (q.y - m.y);
      if (dd < best) {
        best = dd;
        hover_node = static_cast<int>(i);
      }
    }
  }
  // Edges under the nodes.
  const ImU32 edge_col = with_alpha(ImGui::GetColorU32(ImGuiCol_Text), 0.38f);
  const ImU32 edge_hot = pal.keyword;
  for (const gc::SampledEdge& e : c->edges) {
    if (e.from >= L.pos.size() || e.to >= L.pos.size()) continue;
    const bool hot = hover_node >= 0 && (static_cast<int>(e.from) == hover_node || static_cast<int>(e.to) == hover_node);
    const ImU32 col = hot ? edge_hot : edge_col;
    const float th = hot ? 2.f : 1.2f;
    ImVec2 a = at(e.from), b = at(e.to);
    if (e.from == e.to) {  // points at itself
      dl->AddBezierCubic(ImVec2(a.x + r * 0.7f, a.y - r * 0.7f), ImVec2(a.x + r * 2.6f, a.y - r * 2.6f),
                         ImVec2(a.x + r * 2.6f, a.y + r * 1.2f), ImVec2(a.x + r, a.y + r * 0.2f), col, th);
      continue;
    }
    const bool forward = b.x > a.x + r;
    if (forward) {
      ImVec2 dir(b.x - a.x, b.y - a.y);
      float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
      ImVec2 u(dir.x / len, dir.y / len);
      ImVec2 s0(a.x + u.x * r, a.y + u.y * r), s1(b.x - u.x * (r + 1), b.y - u.y * (r + 1));
      dl->AddLine(s0, s1, col, th);
      arrow_head(dl, s1, u, r * 0.75f, col);
    } else {
      // Back to an earlier column (or across a band): a curve above the straight path.
      const float lift = r * 2.2f + std::abs(b.x - a.x) * 0.15f;
      ImVec2 c1(a.x + (b.x - a.x) * 0.25f, std::min(a.y, b.y) - lift), c2(a.x + (b.x - a.x) * 0.75f, std::min(a.y, b.y) - lift);
      ImVec2 s0(a.x, a.y - r), s1(b.x, b.y - r - 1);
      dl->AddBezierCubic(s0, c1, c2, s1, col, th);
      arrow_head(dl, s1, ImVec2(s1.x - c2.x, s1.y - c2.y), r * 0.75f, col);
    }
  }
  // Nodes.
  for (size_t i = 0; i < c->nodes.size(); i++) {
    const gc::SampledObject& n = c->nodes[i];
    const gc::TriColour col = i < pt.colours.size() ? pt.colours[i] : gc::TriColour::White;
    (col == gc::TriColour::White ? d.white : col == gc::TriColour::Grey ? d.grey : d.black)++;
    ImVec2 q = at(i);
    if (n.root) {
      // Roots: a ring in the accent colour and a stub coming in from the left.
      dl->AddCircle(q, r * 1.45f, pal.keyword, 0, 2.f);
      dl->AddLine(ImVec2(q.x - r * 2.5f, q.y), ImVec2(q.x - r * 1.55f, q.y), pal.keyword, 2.f);
      arrow_head(dl, ImVec2(q.x - r * 1.5f, q.y), ImVec2(1, 0), r * 0.6f, pal.keyword);
    }
    dl->AddCircleFilled(q, r, tc_fill(col));
    dl->AddCircle(q, r, static_cast<int>(i) == hover_node ? pal.keyword : tc_outline(), 0,
                  static_cast<int>(i) == hover_node ? 2.5f : 1.2f);
    if (n.unsampled_edges > 0) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "+%u", n.unsampled_edges);
      ImGui::PushFont(theme().fonts().mono);
      dl->AddText(ImVec2(q.x + r * 1.15f, q.y + r * 0.1f), ImGui::GetColorU32(ImGuiCol_TextDisabled), buf);
      ImGui::PopFont();
    }
  }
  if (hover_node >= 0) {
    const gc::SampledObject& n = c->nodes[static_cast<size_t>(hover_node)];
    const gc::TriColour col =
        static_cast<size_t>(hover_node) < pt.colours.size() ? pt.colours[static_cast<size_t>(hover_node)] : gc::TriColour::White;
    size_t out = 0, in = 0;
    for (const auto& e : c->edges) {
      out += static_cast<int>(e.from) == hover_node;
      in += static_cast<int>(e.to) == hover_node;
    }
    ImGui::BeginTooltip();
    ImGui::PushFont(theme().fonts().mono);
    ImGui::TextUnformatted(hex_text(n.addr).c_str());
    ImGui::PopFont();
    ImGui::Text("%s", n.type.empty() ? (n.noscan ? "(no pointers: no type recorded)" : "(type not recorded: heap bits only)")
                                     : n.type.c_str());
    if (n.size_class == 0)
      ImGui::Text("large object, %s", bytes_text(n.size).c_str());
    else
      ImGui::Text("size class %d, %s slot", n.size_class, bytes_text(n.size).c_str());
    ImGui::Text("%s at %s", gc::tricolour_name(col), gc::tricolour_stage_name(pt.stage));
    ImGui::TextDisabled("%s%u hops from the roots · %zu pointers out, %zu in (in the sample)", n.root ? "a root · " : "",
                        n.depth, out, in);
    if (n.unsampled_edges)
      ImGui::TextDisabled("%u more pointers lead out of the sample", n.unsampled_edges);
    ImGui::EndTooltip();
  }
  // Legend.
  legend_box(tc_fill(gc::TriColour::White), "white: not reached", true);
  legend_box(tc_fill(gc::TriColour::Grey), "grey: queued", false);
  legend_box(tc_fill(gc::TriColour::Black), "black: scanned", false);
  {
    // The root mark, drawn as in the graph: a stub coming in and a ring.
    ImGui::SameLine(0, lh);
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float rr = lh * 0.28f;
    ImGui::Dummy(ImVec2(lh * 1.5f, lh));
    ImVec2 q(p.x + lh * 1.5f - rr * 1.5f, p.y + lh * 0.5f);
    ImDrawList* ld = ImGui::GetWindowDrawList();
    ld->AddLine(ImVec2(p.x, q.y), ImVec2(q.x - rr * 1.5f, q.y), pal.keyword, 2.f);
    ld->AddCircle(q, rr * 1.3f, pal.keyword, 0, 2.f);
    ImGui::SameLine(0, lh * 0.3f);
    ImGui::TextUnformatted("a root");
  }
  ImGui::SameLine(0, lh);
  ImGui::TextDisabled("+n: pointers leaving the sample");
}

void GcPanel::draw_gctrace(const trace::MemSnapshot& s) {
  const auto& lines = s.gc.trace_lines;
  drawn_.trace_lines = lines.size();
  if (lines.empty()) {
    dim_wrapped("Put GODEBUG=gctrace=1 in the env box above the editor and run again: the runtime prints a line "
                "per cycle to standard error, as Go does, and the latest ones appear here too.");
    return;
  }
  float lh = ImGui::GetTextLineHeightWithSpacing();
  float h = std::min<float>(static_cast<float>(lines.size()), 10.f) * lh + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("gctrace", ImVec2(0, h), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(theme().fonts().mono);
  bool at_bottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1;
  for (const auto& line : lines) {
    size_t n = line.size();
    while (n > 0 && line[n - 1] == '\n') n--;
    ImGui::TextUnformatted(line.data(), line.data() + n);
  }
  if (at_bottom) ImGui::SetScrollHereY(1.f);
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace gs::ui
