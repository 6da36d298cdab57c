// sidebar.cpp — see sidebar.h.
#include "sidebar.h"

#include <imgui.h>

#include <cstdio>

#include "test_rects.h"

namespace gs::ui {

SidebarChoice draw_sidebar(const std::vector<model::Lesson>& lessons, const std::string& current, int due_today,
                           ThemeKind theme_kind, float font_size) {
  SidebarChoice out;
  const Fonts& f = theme().fonts();
  ImGui::PushFont(f.h3);
  ImGui::TextUnformatted("Lessons");
  ImGui::PopFont();
  ImGui::Separator();
  for (const auto& l : lessons) {
    char label[256];
    std::snprintf(label, sizeof label, "%2d  %s##lesson-%s", l.order, l.title.c_str(), l.id.c_str());
    if (ImGui::Selectable(label, l.id == current)) out.open_lesson = l.id;
    record_test_rect("lesson:" + l.id);
    if (ImGui::IsItemHovered() && !l.quiz.empty())
      ImGui::SetTooltip("%d quiz questions", static_cast<int>(l.quiz.size()));
  }
  if (lessons.empty()) ImGui::TextDisabled("No lessons found.");

  ImGui::Spacing();
  ImGui::PushFont(f.h3);
  ImGui::TextUnformatted("Self-study");
  ImGui::PopFont();
  ImGui::Separator();
  char review[64];
  std::snprintf(review, sizeof review, "Review due (%d)", due_today);
  if (ImGui::Button(review, ImVec2(-1, 0))) out.start_review = true;
  record_test_rect("review");

  ImGui::Spacing();
  ImGui::PushFont(f.h3);
  ImGui::TextUnformatted("View");
  ImGui::PopFont();
  ImGui::Separator();
  if (ImGui::Button(theme_kind == ThemeKind::Dark ? "Light theme" : "Dark theme", ImVec2(-1, 0)))
    out.toggle_theme = true;
  ImGui::TextUnformatted("Font size");
  if (ImGui::Button(" - ")) out.font_size = font_size - 1;
  ImGui::SameLine();
  ImGui::Text("%.0f px", static_cast<double>(font_size));
  ImGui::SameLine();
  if (ImGui::Button(" + ")) out.font_size = font_size + 1;
  return out;
}

}  // namespace gs::ui
