// layout.h — layout helpers shared by the views: resizable splits for a window with no docking (ImGui 1.86): a thin
// draggable bar between two regions that moves their shared edge.
#pragma once
#include <imgui.h>

namespace gs::ui {

// The size to give a scrolling child's content so it fills the visible area exactly: the
// child's size minus the scrollbars that `content` will need (ImGui shows them a frame
// later, so predicting them avoids a frame where a needless scrollbar flickers in).
ImVec2 fill_size(ImVec2 content, ImVec2 child_size);

// A named key (ImGui 1.86's ImGuiKey_ enum) went down this frame.
bool key_pressed(ImGuiKey key, bool repeat = true);

// Draws a vertical bar (between left and right regions) of the given thickness and
// height; dragging it changes *left_width within [min_left, max_left]. Returns true
// while dragged.
bool vsplitter(const char* id, float* left_width, float min_left, float max_left, float height, float thickness);
// The same between a top and a bottom region.
bool hsplitter(const char* id, float* top_height, float min_top, float max_top, float width, float thickness);

}  // namespace gs::ui
