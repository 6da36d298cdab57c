// test_rects.h — where named widgets were drawn last frame, in framebuffer pixels,
// so end-to-end tests can click real coordinates on the canvas/window (proving input
// reaches ImGui) instead of only calling the test interface.
#pragma once
#include <map>
#include <string>

namespace gs::ui {

struct TestRect { float x, y, w, h; };

// Records the last submitted item's rectangle under `name`.
void record_test_rect(const std::string& name);
const std::map<std::string, TestRect>& test_rects();
void clear_test_rects();

}  // namespace gs::ui
