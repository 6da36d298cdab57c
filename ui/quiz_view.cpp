// quiz_view.cpp — see quiz_view.h.
//
// Layout of the child region, top to bottom:
//   header      mode · lesson title ............................ 3 of 12 [level]
//               thin progress bar
//   card        the question (h3), and once shown the answer (Markdown) — scrolls
//   action bar  "Show answer" | Again / Hard / Good / Easy with the interval each schedules
//   footer      N due today · Export progress · Import progress… (+ path row on the desktop)
// With no session the card area is a start screen (lessons and their due counts); after
// the last card it is a summary. Keys (when the quiz has focus): Space/Enter show the
// answer, 1–4 grade.
#include "quiz_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "platform/platform.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {
namespace {

using model::Grade;

constexpr const char* kStorageKey = "progress";
constexpr const char* kUnreadableKey = "progress-unreadable";  // a copy of storage we could not read
constexpr const char* kExportName = "gopherscope-progress.json";
constexpr double kSuccessMessageSeconds = 8.0;
constexpr int kKeypad1 = 321;  // GLFW_KEY_KP_1; keypad 1..4 are 321..324

// Colours the palette has no entry for yet (asked of the lead). Saturated mid-tones that
// carry white text on both the dark and the light theme.
constexpr ImU32 kOnColour = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kSuccessText = IM_COL32(76, 175, 96, 255);

struct GradeStyle {
  Grade grade;
  const char* label;
  const char* test_name;
  ImU32 colour;
  int key;
};
constexpr GradeStyle kGrades[] = {
    {Grade::Again, "Again", "quiz:again", IM_COL32(192, 57, 43, 255), '1'},
    {Grade::Hard, "Hard", "quiz:hard", IM_COL32(191, 120, 16, 255), '2'},
    {Grade::Good, "Good", "quiz:good", IM_COL32(39, 135, 74, 255), '3'},
    {Grade::Easy, "Easy", "quiz:easy", IM_COL32(41, 98, 178, 255), '4'},
};

ImU32 level_colour(const std::string& level) {
  if (level == "beginner") return IM_COL32(39, 135, 74, 255);
  if (level == "intermediate") return IM_COL32(191, 120, 16, 255);
  if (level == "advanced") return IM_COL32(142, 68, 173, 255);
  return IM_COL32(110, 110, 120, 255);
}

ImU32 with_alpha(ImU32 colour, unsigned alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

ImFont* font_or_current(ImFont* font) { return font != nullptr ? font : ImGui::GetFont(); }

// The browser shows its own file picker; the desktop imports from a path typed here.
// (platform.h has no query for this yet: the browser's asset dir is always "/assets".)
bool platform_has_file_picker() { return platform::has_file_picker(); }

// A small rounded label ("intermediate", "Good 3") in `colour`, on the current line.
float badge_width(const char* text) {
  const float size = ImGui::GetFontSize() * 0.8f;
  ImFont* font = font_or_current(theme().fonts().bold);
  return font->CalcTextSizeA(size, FLT_MAX, 0.f, text).x + size;
}
void draw_badge(const char* text, ImU32 colour) {
  const float size = ImGui::GetFontSize() * 0.8f;
  ImFont* font = font_or_current(theme().fonts().bold);
  const ImVec2 text_size = font->CalcTextSizeA(size, FLT_MAX, 0.f, text);
  const float line_h = ImGui::GetFrameHeight();
  const ImVec2 box(text_size.x + size, text_size.y + size * 0.3f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 top_left(pos.x, pos.y + (line_h - box.y) * 0.5f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(top_left, ImVec2(top_left.x + box.x, top_left.y + box.y), colour, box.y * 0.5f);
  draw->AddText(font, size, ImVec2(top_left.x + size * 0.5f, top_left.y + size * 0.15f), kOnColour, text);
  ImGui::Dummy(ImVec2(box.x, line_h));
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Places the next item so that `width` ends at the right edge of the content region.
void align_right(float width) {
  const float x = ImGui::GetWindowContentRegionMax().x - width;
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
}

void heading(const char* text) {
  ImGui::PushFont(font_or_current(theme().fonts().h3));
  ImGui::PushTextWrapPos(0.f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

// The question as shown: its inline Markdown reduced to text (`code` and *emphasis* marks
// dropped), since a heading font already sets it apart.
std::string plain_question(const std::string& question) {
  const model::md::Document doc = model::md::parse(question);
  std::string out;
  for (const auto& block : doc.blocks) {
    if (block.spans.empty()) continue;
    if (!out.empty()) out += ' ';
    out += model::md::plain_text(block.spans);
  }
  return out.empty() ? question : out;
}

bool plain_key_pressed(int key) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return false;  // leave shortcuts alone
  return key >= 0 && ImGui::IsKeyPressed(key, /*repeat=*/false);
}

}  // namespace

QuizView::QuizView() : inbox_(std::make_shared<ImportInbox>()) {
  actions_.link = [](const std::string& url) { platform::open_url(url); };
}

// ---- progress -----------------------------------------------------------------------

void QuizView::load_progress() {
  const std::string saved = platform::storage_read(kStorageKey);
  if (saved.empty()) {
    progress_ = model::Progress{};
    return;
  }
  std::string error;
  if (auto loaded = model::Progress::from_json(saved, &error)) {
    progress_ = std::move(*loaded);
    return;
  }
  // Keep what we could not read (the next grade overwrites "progress"), and say so.
  platform::storage_write(kUnreadableKey, saved);
  progress_ = model::Progress{};
  say("Saved progress could not be read: " + error + ". Starting afresh; the unreadable copy is kept as \"" +
          kUnreadableKey + "\".",
      true);
}

bool QuizView::save_progress() {
  if (platform::storage_write(kStorageKey, progress_.to_json())) return true;
  say("Could not save progress to storage: reviews will be lost on reload. Export them to keep them.", true);
  return false;
}

bool QuizView::import_json(std::string_view text) {
  std::string error;
  auto imported = model::Progress::from_json(text, &error);
  if (!imported) {
    say("Import failed: " + error + ".", true);
    return false;
  }
  const int cards = static_cast<int>(imported->cards().size());
  const int changed = progress_.merge(*imported);
  if (!save_progress()) return false;
  char text_out[160];
  if (changed == 0)
    std::snprintf(text_out, sizeof text_out, "Imported %d card%s: nothing newer than what you have.", cards,
                  cards == 1 ? "" : "s");
  else
    std::snprintf(text_out, sizeof text_out, "Imported %d card%s: %d updated.", cards, cards == 1 ? "" : "s",
                  changed);
  say(text_out, false);
  return true;
}

void QuizView::export_progress() {
  const std::string where = platform::save_file(kExportName, progress_.to_json());
  if (where.empty()) {
    say("Export failed: the file could not be written.", true);
  } else if (where.rfind("downloaded", 0) == 0) {
    say(std::string("Progress downloaded as ") + kExportName + ".", false);
  } else {
    say("Progress saved to " + where, false);
    if (import_path_.empty()) import_path_ = where;
  }
}

void QuizView::request_import() {
  std::weak_ptr<ImportInbox> weak = inbox_;
  platform::request_import(import_path_, [weak](bool ok, const std::string& contents_or_error) {
    if (auto box = weak.lock()) {
      box->ready = true;
      box->ok = ok;
      box->payload = contents_or_error;
    }
  });
  take_import_result();  // the desktop answers at once; the browser on a later frame
}

void QuizView::take_import_result() {
  if (!inbox_->ready) return;
  inbox_->ready = false;
  const std::string payload = std::move(inbox_->payload);
  inbox_->payload.clear();
  if (!inbox_->ok) {
    say("Import failed: " + payload + ".", true);
    return;
  }
  if (import_json(payload)) import_path_open_ = false;
}

void QuizView::say(const std::string& text, bool is_error) {
  message_ = text;
  message_is_error_ = is_error;
  message_shown_at_ = -1;
}

// ---- session ------------------------------------------------------------------------

void QuizView::set_lessons(const std::vector<model::Lesson>* lessons) {
  lessons_ = lessons;
  answers_.clear();
}

QuizView::Card QuizView::make_card(const model::Lesson& lesson, const model::QuizItem& item) const {
  return Card{item.id, lesson.id, lesson.title, item.level, item.question, plain_question(item.question),
              item.answer_markdown};
}

void QuizView::begin_session(Mode mode, std::vector<Card> cards, const std::string& lesson_id,
                             const std::string& title) {
  mode_ = mode;
  queue_ = std::move(cards);
  session_lesson_id_ = lesson_id;
  session_title_ = title;
  pos_ = 0;
  revealed_ = false;
  reviewed_ = 0;
  std::fill(std::begin(grade_counts_), std::end(grade_counts_), 0);
  ++card_serial_;
  want_focus_ = true;
}

void QuizView::start_lesson(const std::string& lesson_id) {
  std::vector<Card> cards;
  std::string title;
  if (lessons_ != nullptr) {
    for (const auto& lesson : *lessons_) {
      if (lesson.id != lesson_id) continue;
      title = lesson.title;
      for (const auto& item : lesson.quiz) cards.push_back(make_card(lesson, item));
      break;
    }
  }
  begin_session(Mode::Lesson, std::move(cards), lesson_id, title);
}

void QuizView::start_review() {
  // Cards already reviewed come first, most overdue (earliest due day) first; new cards
  // follow in lesson order. A stable sort keeps lesson order among equals.
  const int64_t today = model::today_day_number();
  struct Due {
    int64_t due_day;
    bool is_new;
    Card card;
  };
  std::vector<Due> due;
  if (lessons_ != nullptr) {
    for (const auto& lesson : *lessons_) {
      for (const auto& item : lesson.quiz) {
        if (!progress_.is_due(item.id, today)) continue;
        const model::CardState* state = progress_.card(item.id);
        due.push_back(Due{state != nullptr ? state->due_day : 0, state == nullptr, make_card(lesson, item)});
      }
    }
  }
  std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) {
    if (a.is_new != b.is_new) return !a.is_new;
    return a.due_day < b.due_day;
  });
  std::vector<Card> cards;
  cards.reserve(due.size());
  for (auto& d : due) cards.push_back(std::move(d.card));
  begin_session(Mode::Review, std::move(cards), "", "");
}

const QuizView::Card* QuizView::current() const {
  return mode_ != Mode::None && pos_ < queue_.size() ? &queue_[pos_] : nullptr;
}

bool QuizView::finished() const { return mode_ != Mode::None && pos_ >= queue_.size(); }

bool QuizView::reveal() {
  if (current() == nullptr) return false;
  revealed_ = true;
  return true;
}

bool QuizView::grade(model::Grade g) {
  const Card* card = current();
  if (card == nullptr || !revealed_) return false;
  const Card graded = *card;  // the queue may grow below
  progress_.record(graded.id, g, model::today_day_number());
  save_progress();
  ++reviewed_;
  ++grade_counts_[static_cast<int>(g)];
  // A forgotten card comes back at the end of a review, as it is due again today.
  if (g == Grade::Again && mode_ == Mode::Review) queue_.push_back(graded);
  ++pos_;
  revealed_ = false;
  ++card_serial_;
  return true;
}

int QuizView::due_today() const {
  if (lessons_ == nullptr) return 0;
  const int64_t today = model::today_day_number();
  int due = 0;
  for (const auto& lesson : *lessons_)
    for (const auto& item : lesson.quiz) due += progress_.is_due(item.id, today) ? 1 : 0;
  return due;
}

int QuizView::next_due_in_days() const {
  if (lessons_ == nullptr) return -1;
  const int64_t today = model::today_day_number();
  int64_t soonest = -1;
  for (const auto& lesson : *lessons_) {
    for (const auto& item : lesson.quiz) {
      const model::CardState* state = progress_.card(item.id);
      if (state == nullptr || state->due_day <= today) continue;
      if (soonest < 0 || state->due_day < soonest) soonest = state->due_day;
    }
  }
  return soonest < 0 ? -1 : static_cast<int>(soonest - today);
}

QuizView::State QuizView::state() const {
  State s{};
  s.mode = mode_ == Mode::Lesson ? "lesson" : mode_ == Mode::Review ? "review" : "none";
  s.total = static_cast<int>(queue_.size());
  s.finished = finished();
  s.revealed = false;
  if (const Card* card = current()) {
    s.card_id = card->id;
    s.question = card->question;
    s.revealed = revealed_;
    s.position = static_cast<int>(pos_) + 1;
  } else if (s.finished) {
    s.position = s.total;
  }
  return s;
}

const model::md::Document& QuizView::answer_doc(const Card& card) {
  auto it = answers_.find(card.id);
  if (it == answers_.end() || it->second.source != card.answer_markdown) {
    CachedAnswer parsed{card.answer_markdown, model::md::parse(card.answer_markdown)};
    it = answers_.insert_or_assign(card.id, std::move(parsed)).first;
  }
  return it->second.doc;
}

// ---- drawing ------------------------------------------------------------------------

void QuizView::draw(ImVec2 size) {
  take_import_result();
  // Keys act only while the quiz (or the tab around it) has focus and no text field does.
  keys_enabled_ = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput;

  ImGui::BeginChild("##quiz", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  if (want_focus_) {
    ImGui::SetWindowFocus();
    want_focus_ = false;
  }
  handle_keys();  // before drawing, so this frame shows the state the keys produced

  const float footer_h = footer_height();
  if (const Card* card = current()) {
    const Card shown = *card;  // a copy: grading from the action bar may grow the queue
    ImGui::PushID(card_serial_);
    draw_card_header(shown);
    draw_card(shown, footer_h);
    draw_action_bar(shown);
    ImGui::PopID();
  } else {
    ImGui::BeginChild("##quiz-page", ImVec2(0, -footer_h), false);
    if (mode_ == Mode::None)
      draw_start_screen();
    else
      draw_summary();
    ImGui::EndChild();
  }
  draw_footer();
  ImGui::EndChild();
}

void QuizView::handle_keys() {
  if (!keys_enabled_ || current() == nullptr) return;
  if (!revealed_) {
    if (plain_key_pressed(ImGui::GetKeyIndex(ImGuiKey_Space)) ||
        plain_key_pressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        plain_key_pressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
      reveal();
    return;
  }
  for (int i = 0; i < 4; ++i) {
    if (plain_key_pressed(kGrades[i].key) || plain_key_pressed(kKeypad1 + i)) {
      grade(kGrades[i].grade);
      return;
    }
  }
}

void QuizView::draw_card_header(const Card& card) {
  const ImGuiStyle& style = ImGui::GetStyle();
  std::string where = mode_ == Mode::Review ? "Review" : "Lesson quiz";
  if (!card.lesson_title.empty()) where += "  \xC2\xB7  " + card.lesson_title;
  char count[48];
  std::snprintf(count, sizeof count, "%d of %d", static_cast<int>(pos_) + 1, static_cast<int>(queue_.size()));

  const float right_w = ImGui::CalcTextSize(count).x +
                        (card.level.empty() ? 0.f : style.ItemSpacing.x + badge_width(card.level.c_str()));
  const float avail = ImGui::GetContentRegionAvail().x;
  const float left_w = ImGui::CalcTextSize(where.c_str()).x;

  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", where.c_str());
  if (left_w + style.ItemSpacing.x * 2 + right_w <= avail) ImGui::SameLine();
  align_right(right_w);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(count);
  if (!card.level.empty()) {
    ImGui::SameLine();
    draw_badge(card.level.c_str(), level_colour(card.level));
  }

  const float done = queue_.empty() ? 0.f : static_cast<float>(pos_) / static_cast<float>(queue_.size());
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
  ImGui::ProgressBar(done, ImVec2(-FLT_MIN, std::max(3.f, ImGui::GetFontSize() * 0.25f)), "");
  ImGui::PopStyleColor();
}

float QuizView::footer_height() const {
  const ImGuiStyle& style = ImGui::GetStyle();
  // After the page above: its item spacing, the separator, the button row.
  float h = style.ItemSpacing.y + 1.f + style.ItemSpacing.y + ImGui::GetFrameHeight();
  const float buttons = button_width("Export progress") + button_width("Import progress\xE2\x80\xA6") +
                        style.ItemSpacing.x;
  const float status = ImGui::CalcTextSize("999 due today").x + style.ItemSpacing.x * 2;
  if (status + buttons > ImGui::GetContentRegionAvail().x) h += style.ItemSpacing.y + ImGui::GetFrameHeight();
  if (import_path_open_) h += style.ItemSpacing.y + ImGui::GetFrameHeight();
  if (!message_.empty()) h += style.ItemSpacing.y + ImGui::GetTextLineHeight();
  return h;
}

void QuizView::draw_card(const Card& card, float footer_h) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_h = std::round(ImGui::GetFrameHeight() * 1.6f);
  // What the action bar below needs (see draw_action_bar), plus this child's item spacing.
  float bar_h = style.ItemSpacing.y + 1.f + style.ItemSpacing.y * 2 + button_h;
  if (revealed_) bar_h += (ImGui::GetTextLineHeight() + style.ItemSpacing.y) * 2;

  ImGui::BeginChild("##quiz-card", ImVec2(0, -(footer_h + bar_h)), false);
  if (scrolled_for_ != card_serial_) {
    ImGui::SetScrollY(0);
    scrolled_for_ = card_serial_;
  }
  ImGui::Spacing();
  heading(card.question_plain.c_str());
  if (revealed_) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_markdown(answer_doc(card), actions_);
    ImGui::Spacing();
    if (const model::CardState* state = progress_.card(card.id)) {
      ImGui::TextDisabled("Last interval %s  \xC2\xB7  ease %.2f  \xC2\xB7  %d lapse%s",
                          model::describe_interval(state->interval_days).c_str(), state->ease, state->lapses,
                          state->lapses == 1 ? "" : "s");
    } else {
      ImGui::TextDisabled("New card");
    }
  }
  ImGui::EndChild();
}

void QuizView::draw_action_bar(const Card& card) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_h = std::round(ImGui::GetFrameHeight() * 1.6f);
  ImGui::Separator();
  ImGui::Spacing();
  if (!revealed_) {
    if (ImGui::Button("Show answer   (Space)", ImVec2(-FLT_MIN, button_h))) reveal();
    record_test_rect("quiz:reveal");
    return;
  }

  ImGui::TextDisabled("How well did you recall it?  Keys 1\xE2\x80\x93" "4");
  const int64_t today = model::today_day_number();
  const model::CardState* known = progress_.card(card.id);
  const model::CardState before = known != nullptr ? *known : model::CardState{};
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::floor((avail - style.ItemSpacing.x * 3) / 4);
  int chosen = -1;
  for (int i = 0; i < 4; ++i) {
    const GradeStyle& g = kGrades[i];
    if (i > 0) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Button, with_alpha(g.colour, 215));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, with_alpha(g.colour, 245));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, g.colour);
    ImGui::PushStyleColor(ImGuiCol_Text, kOnColour);
    if (ImGui::Button(g.label, ImVec2(width, button_h))) chosen = i;
    ImGui::PopStyleColor(4);
    record_test_rect(g.test_name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Key %c", g.key);
    const std::string next = model::describe_interval(model::review(before, g.grade, today).interval_days);
    const float text_w = ImGui::CalcTextSize(next.c_str()).x;
    const float x = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(x + std::max(0.f, (width - text_w) * 0.5f));
    ImGui::TextDisabled("%s", next.c_str());
    ImGui::EndGroup();
  }
  if (chosen >= 0) grade(kGrades[chosen].grade);  // after drawing: `card` may be a queue element
}

void QuizView::draw_summary() {
  const int due = due_today();
  const int next = next_due_in_days();
  ImGui::Spacing();
  std::string line;
  if (queue_.empty()) {
    if (mode_ == Mode::Lesson) {
      heading("No questions here");
      line = session_title_.empty() ? "There is no such lesson." : "\"" + session_title_ + "\" has no quiz questions yet.";
    } else {
      heading("All caught up");
      line = "Nothing is due for review";
      line += next >= 0 ? ": the next card is due in " + model::describe_interval(next) + "." : ".";
    }
  } else {
    heading(mode_ == Mode::Review ? "Review complete" : "Quiz complete");
    line = std::to_string(reviewed_) + " reviewed";
    if (due > 0)
      line += ", " + std::to_string(due) + " still due today";
    else if (next >= 0)
      line += ", next due in " + model::describe_interval(next);
  }
  ImGui::PushTextWrapPos(0.f);
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopTextWrapPos();

  if (reviewed_ > 0) {
    ImGui::Spacing();
    for (int i = 0; i < 4; ++i) {
      if (i > 0) ImGui::SameLine();
      char text[48];
      std::snprintf(text, sizeof text, "%s %d", kGrades[i].label, grade_counts_[i]);
      draw_badge(text, grade_counts_[i] > 0 ? kGrades[i].colour : with_alpha(kGrades[i].colour, 90));
    }
  }

  ImGui::Spacing();
  ImGui::Spacing();
  enum class Next { Stay, Review, Restart, Overview } go = Next::Stay;
  char review_label[64];
  std::snprintf(review_label, sizeof review_label, "Review due cards (%d)", due);
  ImGui::BeginDisabled(due == 0);
  if (ImGui::Button(review_label)) go = Next::Review;
  ImGui::EndDisabled();
  record_test_rect("quiz:review_due");
  if (mode_ == Mode::Lesson && !queue_.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("Restart lesson quiz")) go = Next::Restart;
    record_test_rect("quiz:restart");
  }
  ImGui::SameLine();
  if (ImGui::Button("All lessons")) go = Next::Overview;
  record_test_rect("quiz:overview");

  if (go == Next::Review) start_review();
  if (go == Next::Restart) start_lesson(session_lesson_id_);
  if (go == Next::Overview) begin_session(Mode::None, {}, "", "");
}

void QuizView::draw_start_screen() {
  ImGui::Spacing();
  heading("Self-study");
  ImGui::PushTextWrapPos(0.f);
  ImGui::TextUnformatted(
      "Each lesson ends with interview questions. Answer in your head, show the answer, then say how well "
      "you recalled it: cards you know come back after longer and longer gaps, cards you miss come back soon.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  const int due = due_today();
  char review_label[64];
  std::snprintf(review_label, sizeof review_label, "Review due cards (%d)", due);
  bool review = false;
  ImGui::BeginDisabled(due == 0);
  if (ImGui::Button(review_label)) review = true;
  ImGui::EndDisabled();
  record_test_rect("quiz:review_due");
  ImGui::Spacing();

  std::string start_lesson_id;
  if (lessons_ == nullptr || lessons_->empty()) {
    ImGui::TextDisabled("No lessons loaded.");
  } else if (ImGui::BeginTable("##quiz-lessons", 4,
                               ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX |
                                   ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("Lesson", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Questions");
    ImGui::TableSetupColumn("Due");
    ImGui::TableSetupColumn("##start");
    ImGui::TableHeadersRow();
    const int64_t today = model::today_day_number();
    for (const auto& lesson : *lessons_) {
      ImGui::PushID(lesson.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(lesson.title.c_str());
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::Text("%d", static_cast<int>(lesson.quiz.size()));
      ImGui::TableNextColumn();
      int lesson_due = 0;
      for (const auto& item : lesson.quiz) lesson_due += progress_.is_due(item.id, today) ? 1 : 0;
      ImGui::AlignTextToFramePadding();
      if (lesson_due > 0)
        ImGui::Text("%d", lesson_due);
      else
        ImGui::TextDisabled("0");
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(lesson.quiz.empty());
      if (ImGui::Button("Start")) start_lesson_id = lesson.id;
      ImGui::EndDisabled();
      record_test_rect("quiz:start:" + lesson.id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  if (review) start_review();
  if (!start_lesson_id.empty()) start_lesson(start_lesson_id);
}

void QuizView::draw_footer() {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::Separator();

  const int due = due_today();
  ImGui::AlignTextToFramePadding();
  if (due > 0)
    ImGui::Text("%d due today", due);
  else
    ImGui::TextDisabled("Nothing due today");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%d review%s recorded on this device", progress_.reviews_total(),
                      progress_.reviews_total() == 1 ? "" : "s");

  const char* import_label = "Import progress\xE2\x80\xA6";
  const float buttons = button_width("Export progress") + style.ItemSpacing.x + button_width(import_label);
  const float status = ImGui::CalcTextSize("999 due today").x + style.ItemSpacing.x * 2;
  if (status + buttons <= ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x)
    ImGui::SameLine();
  align_right(buttons);
  if (ImGui::Button("Export progress")) export_progress();
  record_test_rect("quiz:export");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save your quiz progress to %s", kExportName);
  ImGui::SameLine();
  if (ImGui::Button(import_label)) {
    if (platform_has_file_picker()) {
      request_import();
    } else {
      import_path_open_ = !import_path_open_;
      focus_path_ = import_path_open_;
    }
  }
  record_test_rect("quiz:import");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Merge progress exported elsewhere: the later review of each card wins");

  if (import_path_open_) {
    const float actions = button_width("Import") + button_width("Cancel") + style.ItemSpacing.x * 2;
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().x - actions));
    if (focus_path_) {
      ImGui::SetKeyboardFocusHere();
      focus_path_ = false;
    }
    const bool entered = ImGui::InputTextWithHint("##import-path", "Path to gopherscope-progress.json", &import_path_,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    record_test_rect("quiz:import_path");
    ImGui::SameLine();
    ImGui::BeginDisabled(import_path_.empty());
    const bool clicked = ImGui::Button("Import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) import_path_open_ = false;
    if ((entered || clicked) && !import_path_.empty()) request_import();
  }

  if (!message_.empty()) {
    const double now = ImGui::GetTime();
    if (message_shown_at_ < 0) message_shown_at_ = now;
    const ImU32 colour = message_is_error_ ? theme().palette().error_text : kSuccessText;
    ImGui::PushStyleColor(ImGuiCol_Text, colour != 0 ? colour : ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::TextUnformatted(message_.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", message_.c_str());
    record_test_rect("quiz:message");
    // Successes fade after a while; errors stay until something replaces them.
    if (!message_is_error_ && now - message_shown_at_ > kSuccessMessageSeconds) message_.clear();
  }
}

}  // namespace gs::ui
