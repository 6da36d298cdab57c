// layout.h — resizable splits for a window with no docking (ImGui 1.86): a thin
// draggable bar between two regions that moves their shared edge.
#pragma once

namespace gs::ui {

// Draws a vertical bar (between left and right regions) of the given thickness and
// height; dragging it changes *left_width within [min_left, max_left]. Returns true
// while dragged.
bool vsplitter(const char* id, float* left_width, float min_left, float max_left, float height, float thickness);
// The same between a top and a bottom region.
bool hsplitter(const char* id, float* top_height, float min_top, float max_top, float width, float thickness);

}  // namespace gs::ui
