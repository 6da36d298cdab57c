// lesson.h — a lesson file (lessons/NN-slug.md) parsed into what the lesson view, the
// editor and the quiz need. The format is documented for authors in lessons/README.md.
//
// Owns: front matter, the rendered body, the runnable ```go blocks and the quiz items.
// Invariants: a returned Lesson has a valid id, a title and an order; go_blocks[i] is the
// block that md::parse(body_markdown) numbers go_index i; a quiz item's id is
// "<lesson id>/<8 hex digits of FNV-1a 32 of its question>", so it survives reordering
// and changes only when the question's text does. Parsing never throws.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gs::ui::model {

struct QuizItem {
  std::string id;               // "<lesson id>/<fnv1a32 hex>"
  std::string level;            // "beginner", "intermediate", "advanced", or "" if untagged
  std::string question;         // the heading's text as written (inline Markdown), tag removed
  std::string answer_markdown;  // everything up to the next question, trimmed
};

struct Lesson {
  std::string id, title, go_version, path;
  int order = 0;
  std::vector<std::string> panels;                          // panel ids, in the order written
  std::vector<std::pair<std::string, std::string>> knobs;   // KEY=VALUE environment presets
  std::string body_markdown;                                // prose without front matter and quiz
  std::vector<std::string> go_blocks;                       // code of each ```go block, in order
  std::vector<QuizItem> quiz;
};

// Errors are "path:LINE: message". Never throws. Returns nullopt (and sets *error if
// error is not null) when the file is not a valid lesson.
std::optional<Lesson> parse_lesson(std::string_view text, const std::string& path, std::string* error);

// Reads every *.md except README.md in dir, sorted by order then id; bad files (and a
// second lesson reusing an id) are reported in errors and skipped.
std::vector<Lesson> load_lessons(const std::string& dir, std::vector<std::string>* errors);

// Panel ids a lesson's `panels:` may name (today's and the planned ones).
const std::vector<std::string>& known_panel_ids();

// FNV-1a, 32 bits, over the bytes of s.
uint32_t fnv1a32(std::string_view s);
// "<lesson_id>/<8 lowercase hex digits of fnv1a32(question)>".
std::string quiz_item_id(std::string_view lesson_id, std::string_view question);

}  // namespace gs::ui::model
