// layout.cpp — see layout.h.
#include "layout.h"

#include <imgui.h>

#include <algorithm>

namespace gs::ui {

namespace {
bool splitter(const char* id, bool vertical, float* size, float min_v, float max_v, float length, float thickness) {
  ImVec2 sz = vertical ? ImVec2(thickness, length) : ImVec2(length, thickness);
  ImGui::InvisibleButton(id, sz);
  bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
  if (hovered || active) ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  if (active) {
    float d = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
    *size = std::clamp(*size + d, min_v, std::max(min_v, max_v));
  }
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImU32 col = ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive
                                        : hovered ? ImGuiCol_SeparatorHovered : ImGuiCol_Separator);
  if (vertical) {
    float x = (a.x + b.x) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), col, active || hovered ? 3.f : 1.f);
  } else {
    float y = (a.y + b.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), col, active || hovered ? 3.f : 1.f);
  }
  return active;
}
}  // namespace

ImVec2 fill_size(ImVec2 content, ImVec2 child_size) {
  const float bar = ImGui::GetStyle().ScrollbarSize;
  bool need_v = content.y > child_size.y, need_h = content.x > child_size.x;
  need_v = content.y > child_size.y - (need_h ? bar : 0.f);
  need_h = content.x > child_size.x - (need_v ? bar : 0.f);
  return ImVec2(std::max(content.x, child_size.x - (need_v ? bar : 0.f) - 1.f),
                std::max(content.y, child_size.y - (need_h ? bar : 0.f) - 1.f));
}

bool key_pressed(ImGuiKey key, bool repeat) {
  const int index = ImGui::GetKeyIndex(key);
  return index >= 0 && ImGui::IsKeyPressed(index, repeat);
}

bool vsplitter(const char* id, float* w, float mn, float mx, float h, float t) { return splitter(id, true, w, mn, mx, h, t); }
bool hsplitter(const char* id, float* h, float mn, float mx, float w, float t) { return splitter(id, false, h, mn, mx, w, t); }

}  // namespace gs::ui
