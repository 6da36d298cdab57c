// allocator_panel.cpp — see allocator_panel.h.
#include "allocator_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <string>

#include "mem/sizeclasses.h"
#include "panel_widgets.h"
#include "platform/platform.h"
#include "run/run.h"
#include "scheduler_panel.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr int64_t kRateWindowNs = 1'000'000'000;  // the allocation rate spans about a second
constexpr size_t kMaxLargeRows = 200;             // a long list of large objects is cut here

using mem::PageState;

using widgets::with_alpha;
using widgets::section;
using widgets::dim_wrapped;
using widgets::bytes_text;

// A size class's colour: a ramp from blue (8-byte objects) to red (32 KiB), so the
// page map shows at a glance where the big objects live.
ImU32 class_color(int size_class) {
  float t = static_cast<float>(std::clamp(size_class, 1, mem::kNumSizeClasses - 1) - 1) /
            static_cast<float>(mem::kNumSizeClasses - 2);
  float r, g, b;
  ImGui::ColorConvertHSVtoRGB(0.62f - 0.62f * t, 0.55f, 0.92f, r, g, b);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(r, g, b, 1.f));
}

ImU32 page_color(PageState st, int size_class) {
  const Palette& pal = theme().palette();
  switch (st) {
    case PageState::Unmapped: return with_alpha(ImGui::GetColorU32(ImGuiCol_FrameBg), 0.5f);
    case PageState::Free: return with_alpha(pal.comment, 0.55f);
    case PageState::Released: return with_alpha(pal.comment, 0.22f);
    case PageState::Small: return class_color(size_class);
    case PageState::Large: return pal.keyword;
    case PageState::Manual: return pal.type;
  }
  return pal.comment;
}

const char* page_state_text(PageState st) {
  switch (st) {
    case PageState::Unmapped: return "not mapped yet (reserved address space)";
    case PageState::Free: return "free (mapped, ready for a new span)";
    case PageState::Released: return "free and released to the OS (scavenged)";
    case PageState::Small: return "in use: a span of small objects";
    case PageState::Large: return "in use: a large object (class 0)";
    case PageState::Manual: return "in use: runtime-managed (manual span)";
  }
  return "?";
}

// A coloured square the height of a line, then the label (the page map's legend); with
// `ramp`, the square is wider and shows the size classes' colours from small to large.
void swatch(ImU32 color, const char* label, const char* help, bool ramp = false) {
  float lh = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  float w = ramp ? lh * 2.1f : lh * 0.7f;
  ImGui::Dummy(ImVec2(w + lh * 0.1f, lh));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (ramp) {
    const int steps = 6;
    for (int i = 0; i < steps; i++) {
      int cls = 1 + i * (mem::kNumSizeClasses - 2) / (steps - 1);
      float x0 = p.x + w * static_cast<float>(i) / steps, x1 = p.x + w * static_cast<float>(i + 1) / steps;
      dl->AddRectFilled(ImVec2(x0, p.y + lh * 0.15f), ImVec2(x1, p.y + lh * 0.85f), class_color(cls));
    }
  } else {
    dl->AddRectFilled(ImVec2(p.x, p.y + lh * 0.15f), ImVec2(p.x + w, p.y + lh * 0.85f), color, lh * 0.12f);
  }
  ImGui::SameLine(0, lh * 0.25f);
  ImGui::TextUnformatted(label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

// Places the next item on this line if it fits, else on the next (flowing legends and counters).
void flow(bool first, float next_width) {
  float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  float gap = ImGui::GetTextLineHeight() * 1.1f;
  if (!first && ImGui::GetItemRectMax().x + gap + next_width < right) ImGui::SameLine(0, gap);
}

// A thin bar: `used` of `total` filled in `color`, the rest faint.
void usage_bar(float width, float height, uint64_t used, uint64_t total, ImU32 color) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), with_alpha(color, 0.25f));
  if (total > 0) {
    float f = static_cast<float>(static_cast<double>(used) / static_cast<double>(total));
    dl->AddRectFilled(p, ImVec2(p.x + width * std::clamp(f, 0.f, 1.f), p.y + height), color);
  }
}

// "5 (48 B)": a span class as its size class, object size and scan kind.
std::string span_class_text(int span_class) {
  int cls = mem::span_class_size(static_cast<mem::SpanClass>(span_class));
  char buf[64];
  const char* kind = mem::span_class_noscan(static_cast<mem::SpanClass>(span_class)) ? "noscan" : "scan";
  if (cls == 0)
    std::snprintf(buf, sizeof buf, "0 (large) · %s", kind);
  else
    std::snprintf(buf, sizeof buf, "%d · %s", cls, kind);
  return buf;
}
}  // namespace

bool draw_mem_snapshot_caption(const trace::MemSnapshot* s, bool run_live) {
  return draw_published_caption(s != nullptr, s ? s->taken_ns : 0, run_live, "heap");
}

namespace {
// "P0's mcache", or the shared fallback cache threads without a P use.
std::string mcache_label(const mem::AllocSnapshot::McacheInfo& mc) {
  return mc.owner_p >= 0 ? "P" + std::to_string(mc.owner_p) + "'s mcache" : std::string("shared mcache (no P)");
}
}  // namespace

void AllocatorPanel::reset() {
  rate_points_.clear();
  selected_class_ = 0;
  drawn_ = Drawn{};
  export_status_.clear();
  export_failed_ = false;
}

void AllocatorPanel::observe(const trace::MemSnapshot& s) {
  if (!rate_points_.empty() && s.taken_ns <= rate_points_.back().taken_ns) {
    if (s.taken_ns == rate_points_.back().taken_ns) return;  // the same snapshot again
    rate_points_.clear();                                   // time went back: another run
  }
  rate_points_.push_back({s.taken_ns, s.stats.total_alloc});
  while (rate_points_.size() > 2 && rate_points_[1].taken_ns <= s.taken_ns - kRateWindowNs) rate_points_.pop_front();
}

double AllocatorPanel::alloc_rate() const {
  if (rate_points_.size() < 2) return -1;
  const RatePoint &a = rate_points_.front(), &b = rate_points_.back();
  if (b.taken_ns <= a.taken_ns || b.total_alloc < a.total_alloc) return -1;
  return static_cast<double>(b.total_alloc - a.total_alloc) * 1e9 / static_cast<double>(b.taken_ns - a.taken_ns);
}

void AllocatorPanel::select_class(int size_class) {
  selected_class_ = size_class > 0 && size_class < mem::kNumSizeClasses ? size_class : 0;
}

void AllocatorPanel::draw(const trace::MemSnapshot* s, bool run_live, const run::Run* run) {
  drawn_ = Drawn{};
  drawn_.selected_class = selected_class_;
  ImGui::TextWrapped(
      "Go's allocator hands out small objects (up to 32 KiB) from spans: runs of 8 KiB pages cut into slots of "
      "one size class. Each P has an mcache holding one span per class, so most allocations take no lock; when "
      "its span is full, the mcache trades it for another from that class's mcentral, which gets new spans from "
      "the page heap (mheap). Objects over 32 KiB get a span of their own. Objects smaller than 16 bytes "
      "without pointers share 16-byte tiny blocks.");
  ImGui::Spacing();
  if (!draw_mem_snapshot_caption(s, run_live)) return;
  draw_stats(*s);
  if (section("Size classes")) draw_classes(*s);
  if (selected_class_ != 0 && section("The selected class")) draw_selected_class(*s);
  if (section("mcaches: the spans each cache holds")) draw_mcaches(*s);
  if (section("mcentrals: spans per class, by sweep state")) draw_centrals(*s);
  if (section("Page map: every 8 KiB page of each arena")) draw_page_maps(*s);
  if (section("Large objects (over 32 KiB, a span each)")) draw_large(*s);
  // Last, so the tables above keep their place on small screens.
  if (run != nullptr && section("Heap profile")) draw_export(*run);
}

// The heap profile as `go tool pprof` reads it: the runtime builds the bytes, the
// platform layer saves them (a download in the browser, a file on the desktop).
const std::string& AllocatorPanel::export_profile(const run::Run& run) {
  constexpr const char* kName = "heap.pb.gz";
  std::string bytes = run.heap_profile_pprof();
  std::string where = bytes.empty() ? std::string() : platform::save_binary_file(kName, bytes, "application/gzip");
  export_failed_ = where.empty();
  if (bytes.empty()) {
    export_status_ = "No heap profile: run a program first.";
  } else if (where.empty()) {
    export_status_ = "Export failed: the file could not be written.";
  } else if (where.rfind("downloaded", 0) == 0) {
    export_status_ = std::string("Downloaded ") + kName + ". Read it with: go tool pprof -top " + kName;
  } else {
    export_status_ = "Saved to " + where + ". Read it with: go tool pprof -top " + where;
  }
  return export_status_;
}

void AllocatorPanel::draw_export(const run::Run& run) {
  if (ImGui::Button("Export heap profile (pprof)")) export_profile(run);
  record_test_rect("allocator.export_pprof");
  drawn_.export_button = true;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The allocation sites Go's sampler picked (about one per 512 KiB allocated, "
                      "runtime.MemProfileRate), with what they allocated in all and what was still in use "
                      "at the last completed GC — the file pprof.WriteHeapProfile writes.");
  if (!export_status_.empty()) {
    ImGui::SameLine();
    if (export_failed_) {
      ImGui::PushStyleColor(ImGuiCol_Text, theme().palette().error_text);
      ImGui::TextWrapped("%s", export_status_.c_str());
      ImGui::PopStyleColor();
    } else {
      dim_wrapped(export_status_.c_str());
    }
  }
}

void AllocatorPanel::draw_stats(const trace::MemSnapshot& s) {
  const mem::MemStatsSnapshot& m = s.stats;
  struct Stat {
    const char* label;
    std::string value;
    const char* help;
  };
  char count[32];
  auto num = [&](uint64_t v) {
    std::snprintf(count, sizeof count, "%" PRIu64, v);
    return std::string(count);
  };
  double rate = alloc_rate();
  std::string rate_text = rate < 0 ? "—" : bytes_text(static_cast<uint64_t>(rate)) + "/s";
  const Stat stats[] = {
      {"HeapAlloc", bytes_text(m.heap_alloc), "bytes of allocated heap objects, reachable or not yet swept"},
      {"HeapInuse", bytes_text(m.heap_inuse), "bytes in in-use spans (a span's unused slots count too)"},
      {"HeapIdle", bytes_text(m.heap_idle), "bytes in free spans: free pages, mapped or released"},
      {"HeapReleased", bytes_text(m.heap_released), "bytes of free pages returned to the OS"},
      {"HeapObjects", num(m.heap_objects), "allocated objects: Mallocs - Frees"},
      {"Mallocs", num(m.mallocs), "objects allocated since the program started"},
      {"Frees", num(m.frees), "objects the sweeper freed"},
      {"Sys", bytes_text(m.sys), "bytes obtained from the OS for the heap and the runtime's own structures"},
      {"TotalAlloc", bytes_text(m.total_alloc), "bytes allocated since the program started (never goes down)"},
      {"allocation rate", rate_text,
       "TotalAlloc's growth over the last second of snapshots, per second of the run"},
  };
  for (size_t i = 0; i < IM_ARRAYSIZE(stats); i++) {
    const Stat& st = stats[i];
    ImGui::PushFont(theme().fonts().h3);
    float value_w = ImGui::CalcTextSize(st.value.c_str()).x;
    ImGui::PopFont();
    flow(i == 0, std::max(ImGui::CalcTextSize(st.label).x, value_w));
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", st.label);
    ImGui::PushFont(theme().fonts().h3);
    ImGui::TextUnformatted(st.value.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", st.help);
    if (i == 0) record_test_rect("alloc:stats");
  }
}

void AllocatorPanel::draw_classes(const trace::MemSnapshot& s) {
  const mem::AllocSnapshot& a = s.alloc;
  ImGui::Checkbox("show all 67 classes", &show_all_classes_);
  ImGui::SameLine();
  ImGui::TextDisabled("(otherwise only classes with spans in use) · click a row for its spans");
  uint64_t max_bytes = 0, total_spans = 0;
  for (int c = 1; c < mem::kNumSizeClasses; c++) {
    max_bytes = std::max(max_bytes, a.classes[c].bytes);
    total_spans += a.classes[c].spans;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("classes", 8, flags)) return;
  ImGui::TableSetupColumn("class");
  ImGui::TableSetupColumn("object size");
  ImGui::TableSetupColumn("span pages");
  ImGui::TableSetupColumn("spans");
  ImGui::TableSetupColumn("objects in use");
  ImGui::TableSetupColumn("free slots");
  ImGui::TableSetupColumn("span bytes");
  ImGui::TableSetupColumn("bytes (bar: share in use)", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  float lh = ImGui::GetTextLineHeight();
  int pending_select = -1;
  for (int c = 1; c < mem::kNumSizeClasses; c++) {
    const mem::AllocSnapshot::ClassInfo& ci = a.classes[c];
    if (!show_all_classes_ && ci.spans == 0 && c != selected_class_) continue;
    drawn_.class_rows++;
    ImGui::PushID(c);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    char label[16];
    std::snprintf(label, sizeof label, "%d", c);
    if (ImGui::Selectable(label, c == selected_class_,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
      pending_select = c == selected_class_ ? 0 : c;
    record_test_rect("alloc-class:" + std::to_string(c));
    ImGui::TableNextColumn();
    ImGui::Text("%u B", ci.size);
    ImGui::TableNextColumn();
    ImGui::Text("%u", static_cast<unsigned>(mem::class_to_allocnpages[c]));
    ImGui::TableNextColumn();
    ImGui::Text("%" PRIu64, ci.spans);
    ImGui::TableNextColumn();
    ImGui::Text("%" PRIu64, ci.objects_in_use);
    ImGui::TableNextColumn();
    ImGui::Text("%" PRIu64, ci.objects_free);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(bytes_text(ci.bytes).c_str());
    ImGui::TableNextColumn();
    float avail = ImGui::GetContentRegionAvail().x;
    float w = max_bytes ? avail * static_cast<float>(static_cast<double>(ci.bytes) / static_cast<double>(max_bytes)) : 0;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + lh * 0.2f);
    usage_bar(std::max(w, 1.f), lh * 0.6f, ci.objects_in_use, ci.objects_in_use + ci.objects_free, class_color(c));
    ImGui::PopID();
  }
  ImGui::EndTable();
  ImGui::TextDisabled("%" PRIu64 " spans of small objects in use · %zu large objects", total_spans, a.large.size());
  if (pending_select >= 0) selected_class_ = pending_select;
}

void AllocatorPanel::draw_selected_class(const trace::MemSnapshot& s) {
  const mem::AllocSnapshot& a = s.alloc;
  const int c = selected_class_;
  const mem::AllocSnapshot::ClassInfo& ci = a.classes[c];
  float lh = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(lh * 0.8f, lh));
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + lh * 0.15f), ImVec2(p.x + lh * 0.7f, p.y + lh * 0.85f),
                                            class_color(c), lh * 0.12f);
  ImGui::SameLine(0, lh * 0.25f);
  unsigned pages = mem::class_to_allocnpages[c];
  ImGui::Text("Class %d: %u-byte slots in spans of %u page%s (%s)", c, ci.size, pages, pages == 1 ? "" : "s",
              bytes_text(uint64_t{pages} * mem::kPageSize).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton("clear")) selected_class_ = 0;
  ImGui::Text("%" PRIu64 " span%s in use, %" PRIu64 " objects in use, %" PRIu64 " free slots, %s of spans",
              ci.spans, ci.spans == 1 ? "" : "s", ci.objects_in_use, ci.objects_free, bytes_text(ci.bytes).c_str());

  ImGui::Spacing();
  ImGui::TextDisabled("Held by mcaches (the span each cache allocates from next):");
  int found = 0;
  ImGui::Indent();
  for (size_t i = 0; i < a.mcaches.size(); i++) {
    for (const auto& cs : a.mcaches[i].spans) {
      if (mem::span_class_size(static_cast<mem::SpanClass>(cs.span_class)) != c) continue;
      found++;
      uint32_t used = cs.nelems >= cs.free ? cs.nelems - cs.free : 0;
      ImGui::Text("%s · %s span at 0x%" PRIxPTR " · %u slots, %u allocated, %u free", mcache_label(a.mcaches[i]).c_str(),
                  mem::span_class_noscan(static_cast<mem::SpanClass>(cs.span_class)) ? "noscan" : "scan", cs.start,
                  cs.nelems, used, cs.free);
      ImGui::SameLine();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + lh * 0.2f);
      usage_bar(lh * 8, lh * 0.6f, used, cs.nelems, class_color(c));
    }
  }
  if (found == 0) ImGui::TextDisabled("none right now");
  ImGui::Unindent();
  drawn_.selected_cached_spans = found;

  ImGui::TextDisabled("In the mcentrals:");
  ImGui::Indent();
  bool any = false;
  for (const auto& ce : a.centrals) {
    if (mem::span_class_size(static_cast<mem::SpanClass>(ce.span_class)) != c) continue;
    any = true;
    ImGui::Text("%s spans: partial %" PRIu64 " swept + %" PRIu64 " unswept, full %" PRIu64 " swept + %" PRIu64
                " unswept",
                mem::span_class_noscan(static_cast<mem::SpanClass>(ce.span_class)) ? "noscan" : "scan",
                ce.partial_swept, ce.partial_unswept, ce.full_swept, ce.full_unswept);
  }
  if (!any) ImGui::TextDisabled("none: every span of this class is in an mcache, or there are none");
  ImGui::Unindent();
  dim_wrapped("The page map below outlines this class's pages. The runtime's snapshot counts a class's spans but "
              "does not list each one with its allocation bits, so only the spans the mcaches hold are shown "
              "one by one.");
}

void AllocatorPanel::draw_mcaches(const trace::MemSnapshot& s) {
  const mem::AllocSnapshot& a = s.alloc;
  drawn_.mcaches = static_cast<int>(a.mcaches.size());
  if (a.mcaches.empty()) {
    ImGui::TextDisabled("no mcaches in this snapshot");
    return;
  }
  float lh = ImGui::GetTextLineHeight();
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  for (size_t i = 0; i < a.mcaches.size(); i++) {
    const auto& mc = a.mcaches[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Text("%s", mcache_label(mc).c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(mc.owner_p >= 0 ? "This P's cache: the M holding the P allocates from it without a lock."
                                        : "The heap's shared cache (Go: mcache0): used, under a lock, by threads "
                                          "that hold no P, such as a goroutine in a system call.");
    ImGui::SameLine();
    if (mc.tiny)
      ImGui::TextDisabled("· tiny block at 0x%" PRIxPTR ", %" PRIu64 " of %" PRIu64 " bytes used · %zu cached span%s",
                          mc.tiny, mc.tiny_offset, mem::kTinySize, mc.spans.size(), mc.spans.size() == 1 ? "" : "s");
    else
      ImGui::TextDisabled("· no tiny block · %zu cached span%s", mc.spans.size(), mc.spans.size() == 1 ? "" : "s");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Pointer-free allocations under 16 bytes are packed into the current 16-byte tiny block;\n"
                        "the offset is where the next one goes.");
    if (!mc.spans.empty() && ImGui::BeginTable("mcache", 6, flags)) {
      ImGui::TableSetupColumn("span class");
      ImGui::TableSetupColumn("object size");
      ImGui::TableSetupColumn("span start");
      ImGui::TableSetupColumn("slots");
      ImGui::TableSetupColumn("free");
      ImGui::TableSetupColumn("allocated", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      for (size_t k = 0; k < mc.spans.size(); k++) {
        const auto& cs = mc.spans[k];
        int cls = mem::span_class_size(static_cast<mem::SpanClass>(cs.span_class));
        ImGui::PushID(static_cast<int>(k));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        std::string sc = span_class_text(cs.span_class);
        if (ImGui::Selectable(sc.c_str(), cls == selected_class_,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
          selected_class_ = cls == selected_class_ ? 0 : cls;
        ImGui::TableNextColumn();
        ImGui::Text("%u B", cls < mem::kNumSizeClasses ? static_cast<unsigned>(mem::class_to_size[cls]) : 0u);
        ImGui::TableNextColumn();
        ImGui::Text("0x%" PRIxPTR, cs.start);
        ImGui::TableNextColumn();
        ImGui::Text("%u", cs.nelems);
        ImGui::TableNextColumn();
        ImGui::Text("%u", cs.free);
        ImGui::TableNextColumn();
        uint32_t used = cs.nelems >= cs.free ? cs.nelems - cs.free : 0;
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + lh * 0.2f);
        usage_bar(std::max(ImGui::GetContentRegionAvail().x, lh * 4), lh * 0.6f, used, cs.nelems, class_color(cls));
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::PopID();
    ImGui::Spacing();
  }
}

void AllocatorPanel::draw_centrals(const trace::MemSnapshot& s) {
  const mem::AllocSnapshot& a = s.alloc;
  drawn_.centrals = static_cast<int>(a.centrals.size());
  dim_wrapped("Each span class has an mcentral with two sets of partial spans (some free slots) and two of full "
              "ones. Which set holds swept spans flips every GC cycle with the heap's sweepgen: after a cycle every "
              "span is unswept until a sweeper or an allocating goroutine sweeps it.");
  ImGui::TextDisabled("sweepgen %u · %zu mcentral%s with spans", a.sweepgen, a.centrals.size(),
                      a.centrals.size() == 1 ? "" : "s");
  if (a.centrals.empty()) return;
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("centrals", 6, flags)) return;
  ImGui::TableSetupColumn("span class");
  ImGui::TableSetupColumn("object size");
  ImGui::TableSetupColumn("partial, swept");
  ImGui::TableSetupColumn("partial, unswept");
  ImGui::TableSetupColumn("full, swept");
  ImGui::TableSetupColumn("full, unswept", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < a.centrals.size(); i++) {
    const auto& ce = a.centrals[i];
    int cls = mem::span_class_size(static_cast<mem::SpanClass>(ce.span_class));
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string sc = span_class_text(ce.span_class);
    if (ImGui::Selectable(sc.c_str(), cls == selected_class_,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
      selected_class_ = cls == selected_class_ ? 0 : cls;
    ImGui::TableNextColumn();
    if (cls > 0 && cls < mem::kNumSizeClasses)
      ImGui::Text("%u B", static_cast<unsigned>(mem::class_to_size[cls]));
    else
      ImGui::TextDisabled("a span each");
    const uint64_t v[] = {ce.partial_swept, ce.partial_unswept, ce.full_swept, ce.full_unswept};
    for (uint64_t n : v) {
      ImGui::TableNextColumn();
      if (n)
        ImGui::Text("%" PRIu64, n);
      else
        ImGui::TextDisabled("0");
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void AllocatorPanel::draw_page_maps(const trace::MemSnapshot& s) {
  const mem::AllocSnapshot& a = s.alloc;
  const Palette& pal = theme().palette();
  drawn_.arenas = static_cast<int>(a.arenas.size());
  // Legend.
  struct Legend {
    ImU32 color;
    const char* label;
    const char* help;
  };
  const Legend legend[] = {
      {class_color(1), "small objects", "a span of one size class: blue for the smallest, red for 32 KiB"},
      {page_color(PageState::Large, 0), "large object", "a span holding one object over 32 KiB"},
      {page_color(PageState::Manual, 0), "manual", "a span the runtime manages itself (not swept)"},
      {page_color(PageState::Free, 0), "free", "mapped, ready to become part of a new span"},
      {page_color(PageState::Released, 0), "released", "free and returned to the OS by the scavenger"},
      {page_color(PageState::Unmapped, 0), "not mapped", "reserved address space the heap has not grown into yet"},
  };
  float lh = ImGui::GetTextLineHeight();
  for (size_t i = 0; i < IM_ARRAYSIZE(legend); i++) {
    flow(i == 0, ImGui::CalcTextSize(legend[i].label).x + lh * (i == 0 ? 2.5f : 1.f));
    swatch(legend[i].color, legend[i].label, legend[i].help, i == 0);
  }
  ImGui::TextDisabled("Hover a page for its address and state; click a page of small objects to select its class.");
  if (a.arenas.empty()) {
    ImGui::TextDisabled("no arenas yet");
    return;
  }
  int pending_select = -1;
  for (size_t ai = 0; ai < a.arenas.size(); ai++) {
    const auto& ar = a.arenas[ai];
    size_t n = ar.pages.size();
    size_t by_state[6] = {};
    size_t mapped_end = 0;  // one past the last page the heap has grown into
    for (size_t p = 0; p < n; p++) {
      uint8_t st = ar.pages[p];
      if (st < 6) by_state[st]++;
      if (st != static_cast<uint8_t>(PageState::Unmapped)) mapped_end = p + 1;
    }
    ImGui::Text("Arena %zu at 0x%" PRIxPTR, ai, ar.base);
    ImGui::SameLine();
    char facts[256];
    std::snprintf(facts, sizeof facts,
                  "%zu pages (%s) reserved · small %zu · large %zu · manual %zu · free %zu · released %zu · not mapped %zu",
                  n, bytes_text(n * mem::kPageSize).c_str(), by_state[3], by_state[4], by_state[5], by_state[1],
                  by_state[2], by_state[0]);
    dim_wrapped(facts);
    if (mapped_end == 0) {
      ImGui::TextDisabled("nothing mapped yet");
      continue;
    }
    // Square cells of at least ~half a line, in rows of a multiple of 16 pages.
    float avail = ImGui::GetContentRegionAvail().x;
    float target = std::max(5.f, lh * 0.55f);
    size_t cols = static_cast<size_t>(std::max(16.f, avail / target));
    cols = std::max<size_t>(16, cols / 16 * 16);
    float cell = avail / static_cast<float>(cols);
    size_t rows = (mapped_end + cols - 1) / cols;
    size_t shown = std::min(n, rows * cols);
    float map_h = static_cast<float>(rows) * cell;
    drawn_.pages_drawn += shown;
    // A child window of its own: its draw list holds at most one rectangle per page.
    ImGui::PushID(static_cast<int>(ai));
    ImGui::BeginChild("arena-map", ImVec2(avail, map_h + 2), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##pages", ImVec2(cell * static_cast<float>(cols), map_h));
    record_test_rect("alloc-pagemap:" + std::to_string(ai));
    bool hovered = ImGui::IsItemHovered();
    bool clicked = ImGui::IsItemClicked();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float gap = cell >= 5 ? 1.f : 0.f;
    ImU32 select_outline = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t p = 0; p < shown; p++) {
      PageState st = static_cast<PageState>(ar.pages[p]);
      int cls = ar.page_class[p];
      float x = o.x + static_cast<float>(p % cols) * cell, y = o.y + static_cast<float>(p / cols) * cell;
      ImU32 col = page_color(st, cls);
      if (selected_class_ != 0 && !(st == PageState::Small && cls == selected_class_)) col = with_alpha(col, 0.35f);
      dl->AddRectFilled(ImVec2(x, y), ImVec2(x + cell - gap, y + cell - gap), col);
    }
    // The selected class's pages: an outline around each run of them in a row.
    if (selected_class_ != 0) {
      for (size_t p = 0; p < shown;) {
        bool sel = ar.pages[p] == static_cast<uint8_t>(PageState::Small) && ar.page_class[p] == selected_class_;
        if (!sel) {
          p++;
          continue;
        }
        size_t q = p + 1;
        while (q < shown && q % cols != 0 && ar.pages[q] == static_cast<uint8_t>(PageState::Small) &&
               ar.page_class[q] == selected_class_)
          q++;
        float x0 = o.x + static_cast<float>(p % cols) * cell, y0 = o.y + static_cast<float>(p / cols) * cell;
        dl->AddRect(ImVec2(x0 - 0.5f, y0 - 0.5f), ImVec2(x0 + static_cast<float>(q - p) * cell - gap + 0.5f, y0 + cell - gap + 0.5f),
                    select_outline);
        p = q;
      }
    }
    if (hovered) {
      ImVec2 m = ImGui::GetIO().MousePos;
      size_t col = static_cast<size_t>(std::clamp((m.x - o.x) / cell, 0.f, static_cast<float>(cols - 1)));
      size_t row = static_cast<size_t>(std::clamp((m.y - o.y) / cell, 0.f, static_cast<float>(rows - 1)));
      size_t p = row * cols + col;
      if (p < shown) {
        float x = o.x + static_cast<float>(col) * cell, y = o.y + static_cast<float>(row) * cell;
        dl->AddRect(ImVec2(x - 1, y - 1), ImVec2(x + cell, y + cell), pal.heartbeat, 0, 0, 2.f);
        PageState st = static_cast<PageState>(ar.pages[p]);
        uintptr_t addr = ar.base + static_cast<uintptr_t>(p * mem::kPageSize);
        int cls = ar.page_class[p];
        if (st == PageState::Small && cls > 0 && cls < mem::kNumSizeClasses)
          ImGui::SetTooltip("page %zu · 0x%" PRIxPTR " – 0x%" PRIxPTR "\n%s\nsize class %d: %u-byte objects\nclick to "
                            "select the class",
                            p, addr, addr + static_cast<uintptr_t>(mem::kPageSize), page_state_text(st), cls,
                            static_cast<unsigned>(mem::class_to_size[cls]));
        else
          ImGui::SetTooltip("page %zu · 0x%" PRIxPTR " – 0x%" PRIxPTR "\n%s", p, addr,
                            addr + static_cast<uintptr_t>(mem::kPageSize), page_state_text(st));
        if (clicked && st == PageState::Small && cls > 0) pending_select = cls;
      }
    }
    ImGui::EndChild();
    ImGui::PopID();
    if (shown < n)
      ImGui::TextDisabled("… and %zu more pages of reserved address space the heap has not grown into", n - shown);
  }
  if (pending_select > 0) selected_class_ = pending_select;
}

void AllocatorPanel::draw_large(const trace::MemSnapshot& s) {
  const auto& large = s.alloc.large;
  if (large.empty()) {
    ImGui::TextDisabled("none in this snapshot");
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("large", 3, flags)) return;
  ImGui::TableSetupColumn("address");
  ImGui::TableSetupColumn("span bytes");
  ImGui::TableSetupColumn("type", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  size_t shown = std::min(large.size(), kMaxLargeRows);
  for (size_t i = 0; i < shown; i++) {
    const auto& lo = large[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("0x%" PRIxPTR, lo.address);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(bytes_text(lo.bytes).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%" PRIu64 " bytes (%" PRIu64 " pages)", lo.bytes, lo.bytes / mem::kPageSize);
    ImGui::TableNextColumn();
    if (lo.type_name.empty())
      ImGui::TextDisabled("no pointers (the runtime records no type)");
    else
      ImGui::TextUnformatted(lo.type_name.c_str());
  }
  ImGui::EndTable();
  drawn_.large_rows = static_cast<int>(shown);
  if (large.size() > shown) ImGui::TextDisabled("+%zu more", large.size() - shown);
}

}  // namespace gs::ui
