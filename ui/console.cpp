// console.cpp — draws the console's visible lines, follows new output, selects and copies text.
//
// The output area is one invisible item as large as all the text (so ImGui gives it
// scrollbars and mouse interaction); only the lines inside the visible rectangle are drawn,
// so 100,000 lines cost what 40 do.
#include "console.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "layout.h"
#include "platform/platform.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {
namespace {

using model::ConsoleKind;

ImU32 kind_colour(int kind, const Palette& p) {
  switch (kind) {
    case static_cast<int>(ConsoleKind::Stderr): return p.stderr_text;
    case static_cast<int>(ConsoleKind::Note): return p.note_text;
    default: return p.stdout_text;
  }
}



}  // namespace

void Console::append(gs::run::Stream s, std::string_view text) {
  log_.append(s == gs::run::Stream::Stderr ? ConsoleKind::Stderr : ConsoleKind::Stdout, text);
}

void Console::append_note(std::string_view text) { log_.append_note(text); }

void Console::clear() {
  log_.clear();
  clear_selection();
}

std::string Console::selected_text() const {
  if (!has_selection_) return std::string();
  const TextPos lo = std::min(anchor_, head_), hi = std::max(anchor_, head_);
  return log_.text_range(lo.line, lo.byte, hi.line, hi.byte);
}

void Console::draw(const char* id, ImVec2 size) {
  ImGui::PushID(id);
  ImGui::BeginChild("##console", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  if (ImGui::SmallButton("Clear")) clear();
  record_test_rect("console:clear");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the console");
  ImGui::SameLine();
  if (ImGui::SmallButton("Copy")) {
    platform::copy_to_clipboard(plain_text());
    copied_at_ = ImGui::GetTime();
  }
  record_test_rect("console:copy");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy all output (drag over the output to select part of it)");
  if (has_selection_) {
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy selection")) {
      platform::copy_to_clipboard(selected_text());
      copied_at_ = ImGui::GetTime();
    }
  }
  ImGui::SameLine();
  if (ImGui::GetTime() - copied_at_ < 1.5)
    ImGui::TextDisabled("Copied.");
  else if (log_.dropped_lines() > 0)
    ImGui::TextDisabled("%zu lines (older output dropped)", log_.line_count());
  else if (log_.line_count() > 0)
    ImGui::TextDisabled("%zu lines", log_.line_count());
  else
    ImGui::TextDisabled("No output yet.");  // (something must end the toolbar's line)

  if (log_.dropped_lines() != selection_dropped_ || anchor_.line >= log_.line_count() || head_.line >= log_.line_count())
    clear_selection();

  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().palette().code_bg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the text area fits exactly
  ImGui::BeginChild("##output", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleVar();
  ImFont* mono = theme().fonts().mono;
  ImGui::PushFont(mono ? mono : ImGui::GetFont());
  draw_output(ImGui::GetFontSize());
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::EndChild();
  ImGui::PopID();
}

Console::TextPos Console::hit_test(ImVec2 mouse, ImVec2 origin, float line_h, float font_size) const {
  const std::size_t n = log_.line_count();
  if (n == 0) return {};
  if (mouse.y < origin.y) return {0, 0};
  const auto line = static_cast<std::size_t>((mouse.y - origin.y) / line_h);
  if (line >= n) return {n - 1, log_.line_text(n - 1).size()};
  const std::string text = log_.line_text(line);
  ImFont* font = ImGui::GetFont();
  const float scale = font_size / font->FontSize;
  float x = origin.x;
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    unsigned int c = 0;
    const int len = ImTextCharFromUtf8(&c, s, end);
    const float advance = c == '\r' ? 0.f : font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
    if (mouse.x < x + advance * 0.5f) break;
    x += advance;
    s += len > 0 ? len : 1;
  }
  return {line, static_cast<std::size_t>(s - text.c_str())};
}

void Console::draw_output(float font_size) {
  ImGuiIO& io = ImGui::GetIO();
  const Palette& pal = theme().palette();
  ImFont* font = ImGui::GetFont();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImRect view = window->InnerRect;
  const float line_h = std::floor(font_size + 2.f);
  // At the bottom of what was drawn last frame (ImGui's scroll limit lags a frame behind the
  // content, so it is not used); within half a line counts.
  const bool at_bottom = ImGui::GetScrollY() + view.GetHeight() >= drawn_content_h_ - line_h * 0.5f;
  following_ = at_bottom;

  const float char_w = font->CalcTextSizeA(font_size, FLT_MAX, 0.f, "0").x;
  const ImVec2 pad(std::floor(char_w * 0.5f), 2.f);
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 origin(cursor.x + pad.x, cursor.y + pad.y);
  const std::size_t n = log_.line_count();
  const float content_w = static_cast<float>(log_.longest_line_bytes() + 1) * char_w + 2 * pad.x;
  const float content_h = static_cast<float>(n) * line_h + 2 * pad.y;

  // One item over all the text: scrollbars, hover, click and drag.
  const ImVec2 area = fill_size(ImVec2(content_w, content_h), window->Size);
  ImGui::InvisibleButton("##lines", area);
  drawn_content_h_ = area.y;
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  if (ImGui::IsItemActivated() && io.MouseClicked[0]) {
    const TextPos p = hit_test(io.MousePos, origin, line_h, font_size);
    if (!(io.KeyShift && has_selection_)) anchor_ = p;
    head_ = p;
    has_selection_ = !(anchor_ == head_);
    selecting_ = true;
    selection_dropped_ = log_.dropped_lines();
  }
  if (selecting_ && io.MouseDown[0]) {
    head_ = hit_test(io.MousePos, origin, line_h, font_size);
    has_selection_ = !(anchor_ == head_);
    // Dragging past an edge scrolls.
    if (io.MousePos.y > view.Max.y) ImGui::SetScrollY(ImGui::GetScrollY() + line_h);
    if (io.MousePos.y < view.Min.y) ImGui::SetScrollY(std::max(0.f, ImGui::GetScrollY() - line_h));
  }
  if (!io.MouseDown[0]) selecting_ = false;
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && n > 0) {  // a double click selects the line
    const TextPos p = hit_test(io.MousePos, origin, line_h, font_size);
    anchor_ = {p.line, 0};
    head_ = {p.line, log_.line_text(p.line).size()};
    has_selection_ = !(anchor_ == head_);
    selecting_ = false;
    selection_dropped_ = log_.dropped_lines();
  }
  const bool focused = ImGui::IsWindowFocused();
  const bool mod = io.KeyCtrl || io.KeySuper;
  if (focused && mod && key_pressed(ImGuiKey_C) && has_selection_) platform::copy_to_clipboard(selected_text());
  if (focused && mod && key_pressed(ImGuiKey_A) && n > 0) {
    anchor_ = {0, 0};
    head_ = {n - 1, log_.line_text(n - 1).size()};
    has_selection_ = true;
    selection_dropped_ = log_.dropped_lines();
  }
  if (ImGui::BeginPopupContextItem("##console-menu")) {
    if (ImGui::MenuItem("Copy", "Ctrl+C", false, has_selection_)) platform::copy_to_clipboard(selected_text());
    if (ImGui::MenuItem("Copy all")) platform::copy_to_clipboard(plain_text());
    if (ImGui::MenuItem("Select all", "Ctrl+A", false, n > 0)) {
      anchor_ = {0, 0};
      head_ = {n - 1, log_.line_text(n - 1).size()};
      has_selection_ = true;
      selection_dropped_ = log_.dropped_lines();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Clear")) clear();
    ImGui::EndPopup();
  }
  if (log_.line_count() != n) return;  // cleared from the menu: draw next frame

  // Follow new output while the user is at the bottom (and not selecting).
  if (log_.revision() != drawn_revision_ && at_bottom && !selecting_) ImGui::SetScrollY(content_h);
  drawn_revision_ = log_.revision();
  if (n == 0) return;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::size_t first = static_cast<std::size_t>(std::clamp((view.Min.y - origin.y) / line_h, 0.f, static_cast<float>(n - 1)));
  const std::size_t last = static_cast<std::size_t>(std::clamp((view.Max.y - origin.y) / line_h, 0.f, static_cast<float>(n - 1)));
  const TextPos lo = std::min(anchor_, head_), hi = std::max(anchor_, head_);
  auto width = [&](const char* b, const char* e) { return font->CalcTextSizeA(font_size, FLT_MAX, 0.f, b, e).x; };
  const ImU32 selection_colour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
  const float text_dy = std::floor((line_h - font_size) * 0.5f);

  for (std::size_t i = first; i <= last; ++i) {
    const float y = origin.y + static_cast<float>(i) * line_h;
    if (has_selection_ && i >= lo.line && i <= hi.line) {
      const std::string text = log_.line_text(i);
      const std::size_t b = i == lo.line ? std::min(lo.byte, text.size()) : 0;
      const std::size_t e = i == hi.line ? std::min(hi.byte, text.size()) : text.size();
      const float x0 = origin.x + width(text.data(), text.data() + b);
      float x1 = origin.x + width(text.data(), text.data() + e);
      if (i != hi.line) x1 += char_w * 0.5f;  // the line break is selected too
      if (x1 > x0) dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + line_h), selection_colour);
    }
    float x = origin.x;
    for (std::size_t e = log_.line_first_entry(i); e < log_.line_end_entry(i); ++e) {
      const Entry& entry = log_.entries()[e];
      if (entry.text.empty()) continue;
      if (x > view.Max.x) break;
      const char* b = entry.text.data();
      const char* end = b + entry.text.size();
      const float w = width(b, end);
      if (x + w >= view.Min.x) dl->AddText(font, font_size, ImVec2(x, y + text_dy), kind_colour(entry.kind, pal), b, end);
      x += w;
    }
  }
}

}  // namespace gs::ui
