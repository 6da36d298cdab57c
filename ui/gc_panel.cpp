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
              "turns the write barrier on, and mark termination. Between them the program runs while a background "
              "worker and allocating goroutines (assists) mark (hatched). With GODEBUG=gcstoptheworld=1 or in "
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
      ImGui::TextDisabled("mark CPU over the kept cycles: background worker %.0f %% · assists %.0f %%",
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
                        "mark CPU: background worker %s, assists %s\nheap %s before, %s marked live, goal %s",
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
