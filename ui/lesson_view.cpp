// lesson_view.cpp — see lesson_view.h.
#include "lesson_view.h"

#include <imgui.h>

#include "theme.h"

namespace gs::ui {

namespace {
std::string spans_text(const std::vector<model::md::Span>& spans) {
  std::string s;
  for (const auto& sp : spans) s += sp.text;
  return s;
}
}  // namespace

void LessonView::draw(const model::Lesson& lesson, const MarkdownActions& actions) {
  auto it = docs_.find(lesson.id);
  if (it == docs_.end()) it = docs_.emplace(lesson.id, model::md::parse(lesson.body_markdown)).first;
  const model::md::Document& doc = it->second;

  ImGui::BeginChild("lesson-scroll", ImVec2(0, 0), false);
  if (scrolled_for_ != lesson.id) {
    ImGui::SetScrollY(0);
    scrolled_for_ = lesson.id;
  }
  ImGui::PushTextWrapPos(0.f);
  ImGui::TextDisabled("Lesson %d%s%s", lesson.order, lesson.go_version.empty() ? "" : "  ·  facts as of Go ",
                      lesson.go_version.c_str());
  ImGui::PopTextWrapPos();
  draw_markdown(doc, actions);
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 2));
  ImGui::EndChild();

  // What the learner sees first: the title and the first paragraph.
  std::string title, para;
  for (const auto& b : doc.blocks) {
    if (title.empty() && b.kind == model::md::BlockKind::Heading) title = spans_text(b.spans);
    if (para.empty() && b.kind == model::md::BlockKind::Paragraph) para = spans_text(b.spans);
    if (!title.empty() && !para.empty()) break;
  }
  summary_ = title + "\n" + para;
}

}  // namespace gs::ui
