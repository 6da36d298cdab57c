// threads_panel.cpp — see threads_panel.h.
#include "threads_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "os/os_thread.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr double kSamplePeriod = 0.5;  // seconds between sparkline samples
constexpr size_t kSamples = 60;        // 30 s of history
}  // namespace

void ThreadsPanel::draw(const std::vector<trace::MView>& views, uint64_t ui_thread_id, double now) {
  const Palette& pal = theme().palette();
  if (hist_.size() < views.size()) hist_.resize(views.size());

  ImGui::TextWrapped(
      "The runtime's Ms: each row is a real OS thread the runtime started (in the browser, a "
      "Web Worker). Each M parks on its own futex and wakes to advance its heartbeat, so the "
      "counters move while this UI thread (id %llu) never waits for them.",
      static_cast<unsigned long long>(ui_thread_id));
  ImGui::Spacing();

  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("ms", 6, flags)) {
    ImGui::TableSetupColumn("M");
    ImGui::TableSetupColumn(os::thread_id_kind(), ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(os::thread_id_kind()).x);
    ImGui::TableSetupColumn("state");
    ImGui::TableSetupColumn("heartbeat", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000000000").x);
    ImGui::TableSetupColumn("last beat", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00000 ms ago").x);
    ImGui::TableSetupColumn("beats/s (30 s)", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < views.size(); i++) {
      const trace::MView& v = views[i];
      History& h = hist_[i];
      if (h.last_time == 0) {
        h.last_time = now;
        h.last_beats = v.heartbeat;
      } else if (now - h.last_time >= kSamplePeriod) {
        h.rate.push_back(static_cast<float>((v.heartbeat - h.last_beats) / (now - h.last_time)));
        if (h.rate.size() > kSamples) h.rate.pop_front();
        h.last_time = now;
        h.last_beats = v.heartbeat;
      }
      if (v.heartbeat != h.flash_beat) {
        h.flash_beat = v.heartbeat;
        h.flash_time = now;
      }
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("M%lld", static_cast<long long>(v.id));
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(v.procid));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(v.status.c_str());
      ImGui::TableNextColumn();
      // A dot that lights on each beat and fades over 300 ms.
      float glow = std::max(0.f, 1.f - static_cast<float>((now - h.flash_time) / 0.3));
      ImVec2 p = ImGui::GetCursorScreenPos();
      float r = ImGui::GetTextLineHeight() * 0.3f;
      ImU32 dot = pal.heartbeat;
      ImVec4 c = ImGui::ColorConvertU32ToFloat4(dot);
      c.w = 0.25f + 0.75f * glow;
      ImGui::GetWindowDrawList()->AddCircleFilled(
          ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r, ImGui::ColorConvertFloat4ToU32(c));
      ImGui::Dummy(ImVec2(r * 2.5f, ImGui::GetTextLineHeight()));
      ImGui::SameLine();
      ImGui::Text("%llu", static_cast<unsigned long long>(v.heartbeat));
      ImGui::TableNextColumn();
      ImGui::Text("%.0f ms ago", static_cast<double>(v.since_beat_ns) / 1e6);
      ImGui::TableNextColumn();
      float values[kSamples] = {};
      size_t n = h.rate.size();
      for (size_t k = 0; k < n; k++) values[k] = h.rate[k];
      char overlay[32];
      std::snprintf(overlay, sizeof overlay, "%.1f", n ? static_cast<double>(values[n - 1]) : 0.0);
      ImGui::PushID(static_cast<int>(i));
      ImGui::PlotLines("##rate", values, static_cast<int>(std::max<size_t>(n, 2)), 0, overlay, 0.f, FLT_MAX,
                       ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 1.4f));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (views.empty()) ImGui::TextDisabled("The runtime has no Ms running.");
}

}  // namespace gs::ui
