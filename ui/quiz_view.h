// quiz_view.h — the lesson column's "Quiz" tab: self-study of the lessons' interview
// questions with spaced repetition (model/srs.h), and the learner's progress
// (model/progress.h) kept in platform storage and exported/imported as a file.
//
// Owns: the current quiz session (a queue of cards copied from the lessons, so a lesson
// reload never leaves it dangling), the parsed answer documents (parsed once per card,
// drawn every frame), the Progress, and the footer's export/import flow.
// Invariants: the Progress in storage ("progress") is rewritten after every grade and
// every successful import, so a reload never loses a review; a card can only be graded
// once its answer is shown; grading advances to the next card.
#pragma once
#include <imgui.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "markdown_view.h"
#include "model/lesson.h"
#include "model/markdown.h"
#include "model/progress.h"
#include "model/srs.h"

namespace gs::ui {

class QuizView {
 public:
  QuizView();
  QuizView(const QuizView&) = delete;  // the import inbox belongs to one view
  QuizView& operator=(const QuizView&) = delete;

  void load_progress();                                   // from platform storage
  void set_lessons(const std::vector<model::Lesson>* lessons);
  void start_lesson(const std::string& lesson_id);        // that lesson's questions, in file order (all of them, due or not)
  void start_review();                                     // every due card across all lessons, most overdue first
  bool reveal();                                           // show the answer; false if no card is showing
  bool grade(model::Grade g);                              // only after reveal; records, persists, advances
  void draw(ImVec2 size);                                  // the whole quiz UI in a child region
  int due_today() const;                                   // across all lessons

  // For the test interface. mode: "none" (no session yet), "lesson" or "review".
  // question is the item's text as written in the lesson (inline Markdown).
  // position is 1-based (as in "3 of 12"); it equals total once finished, 0 with no session.
  struct State {
    std::string mode;
    std::string card_id;
    std::string question;
    bool revealed;
    int position;
    int total;
    bool finished;
  };
  State state() const;
  const model::Progress& progress() const { return progress_; }
  model::Progress& progress_mut() { return progress_; }  // for export/import from the test interface

  // Export/import without the UI (the footer's buttons use these too).
  // import_json parses, merges, persists and sets the footer message; returns success.
  bool import_json(std::string_view text);
  bool save_progress();                                    // writes storage now (after progress_mut() edits)
  // The footer's last message ("" if none) and whether it reports an error.
  const std::string& message() const { return message_; }
  bool message_is_error() const { return message_is_error_; }

  // What links and ```go blocks in answers do (default: links open in the browser;
  // no Run / Open buttons).
  void set_markdown_actions(const MarkdownActions& actions) { actions_ = actions; }

 private:
  enum class Mode { None, Lesson, Review };
  struct Card {
    std::string id, lesson_id, lesson_title, level;
    std::string question;        // as written (inline Markdown)
    std::string question_plain;  // as shown
    std::string answer_markdown;
  };
  struct CachedAnswer {
    std::string source;
    model::md::Document doc;
  };
  // Where an import's result waits until the next frame (the browser's file picker
  // calls back later; the callback must not touch a view that no longer exists).
  struct ImportInbox {
    bool ready = false, ok = false;
    std::string payload;
  };

  const Card* current() const;
  bool finished() const;
  Card make_card(const model::Lesson& lesson, const model::QuizItem& item) const;
  void begin_session(Mode mode, std::vector<Card> cards, const std::string& lesson_id, const std::string& title);
  const model::md::Document& answer_doc(const Card& card);
  int next_due_in_days() const;  // days until the earliest not-yet-due card; -1 if none
  void say(const std::string& text, bool is_error);
  void take_import_result();
  void export_progress();
  void request_import();

  void handle_keys();
  void draw_start_screen();
  void draw_card_header(const Card& card);
  void draw_card(const Card& card, float bottom_reserved);
  void draw_action_bar(const Card& card);
  void draw_summary();
  void draw_footer();
  float footer_height() const;

  const std::vector<model::Lesson>* lessons_ = nullptr;
  model::Progress progress_;
  MarkdownActions actions_;

  Mode mode_ = Mode::None;
  std::string session_lesson_id_, session_title_;
  std::vector<Card> queue_;
  size_t pos_ = 0;
  bool revealed_ = false;
  int card_serial_ = 0;     // bumps whenever the shown card changes: widget ids never repeat
  int reviewed_ = 0;
  int grade_counts_[4] = {0, 0, 0, 0};
  bool want_focus_ = false;
  bool keys_enabled_ = false;  // the quiz (or its tab) has keyboard focus this frame
  int scrolled_for_ = -1;      // card_serial_ whose scroll position was reset

  std::map<std::string, CachedAnswer> answers_;  // by card id

  std::shared_ptr<ImportInbox> inbox_;
  bool import_path_open_ = false;  // desktop: the row where a path is typed
  bool focus_path_ = false;        // put the cursor in that row on its first frame
  std::string import_path_;
  std::string message_;
  bool message_is_error_ = false;
  double message_shown_at_ = -1;  // ImGui time the message was first drawn
};

}  // namespace gs::ui
