// sidebar.h — the left column: the lesson list, the review queue's entry point, and
// the view settings (theme, font size). It reports what the learner chose; the app
// acts on it.
#pragma once
#include <string>
#include <vector>

#include "model/lesson.h"
#include "theme.h"

namespace gs::ui {

struct SidebarChoice {
  std::string open_lesson;   // lesson id clicked
  bool start_review = false;
  bool toggle_theme = false;
  float font_size = 0.f;     // new size, or 0 if unchanged
};

SidebarChoice draw_sidebar(const std::vector<model::Lesson>& lessons, const std::string& current_lesson,
                           int due_today, ThemeKind theme_kind, float font_size);

}  // namespace gs::ui
