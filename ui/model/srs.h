// srs.h — spaced repetition for the lessons' quiz cards: one card's scheduling state
// and the SM-2 review rule that advances it (Anki's variant of SuperMemo-2).
//
// Invariant: review() is pure and keeps every CardState it returns well-formed —
// ease >= kMinEase, 0 <= interval_days <= kMaxIntervalDays, due_day == last_review_day
// + interval_days, reps == 0 exactly after a lapse (Again). The grade → SM-2 quality
// mapping and the exact formulas are documented at the top of srs.cpp.
// No ImGui here (unit-tested without it).
#pragma once
#include <cstdint>
#include <string>

namespace gs::ui::model {

enum class Grade { Again = 0, Hard = 1, Good = 2, Easy = 3 };

inline constexpr double kStartEase = 2.5;        // SM-2's initial easiness factor
inline constexpr double kMinEase = 1.3;          // SM-2's floor
inline constexpr int kMaxIntervalDays = 36500;   // 100 years: keeps day arithmetic small

struct CardState {
  double ease = kStartEase;       // SM-2 easiness factor, floor 1.3
  int interval_days = 0;          // current interval
  int reps = 0;                   // successful reviews in a row
  int lapses = 0;                 // times graded Again
  int64_t due_day = 0;            // day number when next due (0 = new)
  int64_t last_review_day = -1;   // -1 = never reviewed
  bool operator==(const CardState&) const = default;
};

// The state after grading card `c` with `g` on day `today`. Pure.
CardState review(const CardState& c, Grade g, int64_t today);

// Local calendar days since 1970-01-01, or the override if one is set.
int64_t today_day_number();
// For tests and the test interface; a negative day clears the override.
void set_today_override(int64_t day);

// A short human interval for button previews: "now", "1 day", "6 days", "3 weeks",
// "4 months", "1 year", "1.5 years".
std::string describe_interval(int days);

// "Again", "Hard", "Good", "Easy".
const char* grade_name(Grade g);

}  // namespace gs::ui::model
