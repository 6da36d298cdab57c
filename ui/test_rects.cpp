// test_rects.cpp — see test_rects.h. Positions are scaled by the framebuffer scale so
// they are the coordinates a mouse event must carry.
#include "test_rects.h"

#include <imgui.h>

namespace gs::ui {

namespace {
std::map<std::string, TestRect>& rects() {
  static std::map<std::string, TestRect> r;
  return r;
}
}  // namespace

void record_test_rect(const std::string& name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  rects()[name] = TestRect{a.x, a.y, b.x - a.x, b.y - a.y};
}
const std::map<std::string, TestRect>& test_rects() { return rects(); }
void clear_test_rects() { rects().clear(); }

}  // namespace gs::ui
