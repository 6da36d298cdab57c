// srs.cpp — the SM-2 review rule (Anki's variant), the local day clock and interval
// wording. Keeps the CardState invariants stated in srs.h.
//
// Grades onto SM-2's quality scale q (0..5; q >= 3 is a pass):
//   Again → q < 3 (forgot)   Hard → q = 3   Good → q = 4   Easy → q = 5
//
// With E = the card's ease and I = its interval before this review, n = its reps:
//   Again: reps = 0, lapses += 1, interval = 0 (due again today), E' = E - 0.20
//   Hard:  reps += 1, interval = 1 if n == 0, else max(I + 1, round(I × 1.2)),
//          E' = E - 0.15
//   Good:  reps += 1, interval = good(n, I, E), E' = E, where
//            good = 1 if n == 0;  6 if n == 1;  max(I + 1, round(I × E)) if n >= 2
//          so at ease 2.5 the sequence is 1, 6, 15, 38, 95, ...
//   Easy:  reps += 1, interval = max(good + 1, round(good × 1.3)), E' = E + 0.15
//          (new card: 2 days; second: 8 days; then round(good × 1.3))
// Always: E' = max(1.3, E'); the interval uses E from *before* this review (SM-2
// computes I(n) = I(n-1) × EF and then updates EF); interval <= 36500 days;
// due_day = today + interval; last_review_day = today. round() is half away from
// zero. The "max(I + 1, …)" terms make every pass grow the interval by at least a day
// (Anki does the same), so Hard and Good never stall at a low ease.
//
// SM-2's original EF formula, EF' = EF + (0.1 - (5 - q)(0.08 + (5 - q) 0.02)), would
// give Again -0.54 (q = 1), Hard -0.14, Good 0, Easy +0.10; we use Anki's gentler
// fixed steps above, as the task and most learners' habits expect.
#include "model/srs.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace gs::ui::model {
namespace {

constexpr double kHardFactor = 1.2;
constexpr double kEasyBonus = 1.3;
constexpr double kAgainEaseStep = 0.20;
constexpr double kHardEaseStep = 0.15;
constexpr double kEasyEaseStep = 0.15;

std::atomic<int64_t> g_today_override{-1};

// Rounds x half away from zero into [0, kMaxIntervalDays] without overflowing.
int clamp_days(double x) {
  if (!(x > 0)) return 0;  // also catches NaN
  if (x >= kMaxIntervalDays) return kMaxIntervalDays;
  return static_cast<int>(std::lround(x));
}

int good_interval(int reps, int interval, double ease) {
  if (reps <= 0) return 1;
  if (reps == 1) return 6;
  return std::max(interval + 1, clamp_days(interval * ease));
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

CardState review(const CardState& c, Grade g, int64_t today) {
  CardState next = c;
  // A card read from elsewhere may carry a bad ease; never compute with one.
  const double ease = (c.ease >= kMinEase && std::isfinite(c.ease)) ? c.ease : kMinEase;
  const int interval = std::clamp(c.interval_days, 0, kMaxIntervalDays);
  const int reps = std::max(c.reps, 0);
  switch (g) {
    case Grade::Again:
      next.reps = 0;
      next.lapses = std::max(c.lapses, 0) + 1;
      next.interval_days = 0;
      next.ease = ease - kAgainEaseStep;
      break;
    case Grade::Hard:
      next.reps = reps + 1;
      next.interval_days =
          reps == 0 ? 1 : std::min(std::max(interval + 1, clamp_days(interval * kHardFactor)),
                                   kMaxIntervalDays);
      next.ease = ease - kHardEaseStep;
      break;
    case Grade::Good:
      next.reps = reps + 1;
      next.interval_days = std::min(good_interval(reps, interval, ease), kMaxIntervalDays);
      next.ease = ease;
      break;
    case Grade::Easy: {
      const int good = good_interval(reps, interval, ease);
      next.reps = reps + 1;
      next.interval_days =
          std::min(std::max(good + 1, clamp_days(good * kEasyBonus)), kMaxIntervalDays);
      next.ease = ease + kEasyEaseStep;
      break;
    }
  }
  next.ease = std::max(next.ease, kMinEase);
  next.last_review_day = today;
  next.due_day = today + next.interval_days;
  return next;
}

int64_t today_day_number() {
  const int64_t forced = g_today_override.load(std::memory_order_relaxed);
  if (forced >= 0) return forced;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) return static_cast<int64_t>(now / 86400);
  return days_from_civil(int64_t{local.tm_year} + 1900, static_cast<unsigned>(local.tm_mon + 1),
                         static_cast<unsigned>(local.tm_mday));
}

void set_today_override(int64_t day) {
  g_today_override.store(day < 0 ? -1 : day, std::memory_order_relaxed);
}

std::string describe_interval(int days) {
  auto plural = [](long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  if (days <= 0) return "now";
  if (days < 14) return plural(days, "day");
  if (days < 30) return plural(std::lround(days / 7.0), "week");
  if (days < 365) return plural(std::lround(days / 30.0), "month");
  const long tenths = std::lround(days / 36.5);  // years × 10
  if (tenths % 10 == 0) return plural(tenths / 10, "year");
  char text[32];
  std::snprintf(text, sizeof text, "%ld.%ld years", tenths / 10, tenths % 10);
  return text;
}

const char* grade_name(Grade g) {
  switch (g) {
    case Grade::Again: return "Again";
    case Grade::Hard: return "Hard";
    case Grade::Good: return "Good";
    case Grade::Easy: return "Easy";
  }
  return "?";
}

}  // namespace gs::ui::model
