// lesson_view.h — the lesson column's "Lesson" tab: the lesson's title line and its
// Markdown body, parsed once per lesson and drawn every frame.
#pragma once
#include <map>
#include <string>

#include "markdown_view.h"
#include "model/lesson.h"
#include "model/markdown.h"

namespace gs::ui {

class LessonView {
 public:
  void draw(const model::Lesson& lesson, const MarkdownActions& actions);
  // The first heading and paragraph as drawn, for the test interface.
  std::string drawn_summary() const { return summary_; }

 private:
  std::map<std::string, model::md::Document> docs_;  // by lesson id
  std::string summary_;
  std::string scrolled_for_;  // lesson whose scroll position was reset
};

}  // namespace gs::ui
