// panel_widgets.h — small drawing helpers the memory panels share (Allocator, GC).
// Invariant: formatting and ImGui calls only — no runtime logic, no runtime locks.
#pragma once
#include <cstdint>
#include <string>

#include <imgui.h>
#include "scheduler_panel.h"

namespace gs::ui::widgets {

// c with its alpha replaced by a (0..1).
inline ImU32 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return ImGui::ColorConvertFloat4ToU32(v);
}

// A collapsing section, open by default.
inline bool section(const char* label) {
  ImGui::Spacing();
  return ImGui::CollapsingHeader(label, ImGuiTreeNodeFlags_DefaultOpen);
}

// Wrapped text in the disabled colour (explanations, captions).
inline void dim_wrapped(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

// "12.5 MiB" and the like (format_bytes as a string).
inline std::string bytes_text(uint64_t b) {
  char buf[32];
  format_bytes(buf, sizeof buf, b);
  return buf;
}

}  // namespace gs::ui::widgets
