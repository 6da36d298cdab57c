// srs_test.cpp — SM-2 review rule (every grade branch, ease floor, interval growth,
// lapses, caps), the day clock override and interval wording.
#include <doctest/doctest.h>

#include <cmath>
#include <ctime>
#include <limits>

#include "model/srs.h"

using namespace gs::ui::model;

namespace {
CardState reviewed(int reps, int interval, double ease, int lapses = 0) {
  CardState c;
  c.reps = reps;
  c.interval_days = interval;
  c.ease = ease;
  c.lapses = lapses;
  c.last_review_day = 90;
  c.due_day = 90 + interval;
  return c;
}
}  // namespace

TEST_CASE("Good on a new card: 1, 6, 15, 38, 95 days at ease 2.5") {
  CardState c;
  int64_t day = 1000;
  const int expected[] = {1, 6, 15, 38, 95, 238};
  int reps = 0;
  for (int want : expected) {
    c = review(c, Grade::Good, day);
    ++reps;
    CHECK(c.interval_days == want);
    CHECK(c.reps == reps);
    CHECK(c.ease == doctest::Approx(2.5));
    CHECK(c.last_review_day == day);
    CHECK(c.due_day == day + want);
    CHECK(c.lapses == 0);
    day = c.due_day;
  }
}

TEST_CASE("Good uses the ease from before the review and always grows by a day") {
  CHECK(review(reviewed(2, 10, 2.0), Grade::Good, 100).interval_days == 20);
  CHECK(review(reviewed(3, 7, 1.3), Grade::Good, 100).interval_days == 9);  // 9.1
  // round(1 × 1.3) = 1 would stall; the +1 floor makes it 2.
  CHECK(review(reviewed(2, 1, 1.3), Grade::Good, 100).interval_days == 2);
  // After a lapse (reps 0) Good restarts the 1, 6 ladder.
  CardState lapsed = review(reviewed(4, 40, 2.5), Grade::Again, 100);
  CHECK(review(lapsed, Grade::Good, 100).interval_days == 1);
}

TEST_CASE("Again resets reps, counts a lapse, is due again today, ease -0.2") {
  const CardState before = reviewed(5, 30, 2.5, /*lapses=*/2);
  const CardState after = review(before, Grade::Again, 120);
  CHECK(after.reps == 0);
  CHECK(after.lapses == 3);
  CHECK(after.interval_days == 0);
  CHECK(after.due_day == 120);
  CHECK(after.last_review_day == 120);
  CHECK(after.ease == doctest::Approx(2.3));
  // A new card graded Again is a lapse too (the task's rule), due the same day.
  const CardState fresh = review(CardState{}, Grade::Again, 7);
  CHECK(fresh.lapses == 1);
  CHECK(fresh.due_day == 7);
  CHECK(fresh.ease == doctest::Approx(2.3));
}

TEST_CASE("Hard: 1 day when new, else max(I + 1, round(I × 1.2)); ease -0.15") {
  const CardState fresh = review(CardState{}, Grade::Hard, 50);
  CHECK(fresh.interval_days == 1);
  CHECK(fresh.reps == 1);
  CHECK(fresh.ease == doctest::Approx(2.35));
  CHECK(fresh.due_day == 51);

  CHECK(review(reviewed(3, 10, 2.5), Grade::Hard, 100).interval_days == 12);
  CHECK(review(reviewed(3, 25, 2.5), Grade::Hard, 100).interval_days == 30);
  CHECK(review(reviewed(1, 1, 2.5), Grade::Hard, 100).interval_days == 2);  // round(1.2) = 1 → 2
  const CardState after = review(reviewed(3, 10, 2.0), Grade::Hard, 100);
  CHECK(after.reps == 4);
  CHECK(after.lapses == 0);
  CHECK(after.ease == doctest::Approx(1.85));
}

TEST_CASE("Easy: Good's interval × 1.3 (at least one more day), ease +0.15") {
  const CardState fresh = review(CardState{}, Grade::Easy, 10);
  CHECK(fresh.interval_days == 2);  // good 1 → max(2, 1)
  CHECK(fresh.ease == doctest::Approx(2.65));
  CHECK(fresh.reps == 1);
  CHECK(review(reviewed(1, 1, 2.5), Grade::Easy, 10).interval_days == 8);     // good 6 → 7.8
  CHECK(review(reviewed(2, 6, 2.5), Grade::Easy, 10).interval_days == 20);    // good 15 → 19.5
  CHECK(review(reviewed(2, 10, 2.0), Grade::Easy, 10).interval_days == 26);   // good 20 → 26
  // Along a card's life (any ease), Easy schedules further out than Good, and Good at
  // least as far as Hard.
  for (double ease : {1.3, 1.9, 2.5, 3.2}) {
    CardState c;
    c.ease = ease;
    for (int step = 0; step < 8; ++step) {
      const int hard = review(c, Grade::Hard, 0).interval_days;
      const int good = review(c, Grade::Good, 0).interval_days;
      const int easy = review(c, Grade::Easy, 0).interval_days;
      CHECK(hard <= good);
      CHECK(good < easy);
      c = review(c, Grade::Good, 0);
    }
  }
}

TEST_CASE("Ease never drops below 1.3 and grows without a ceiling") {
  CardState c;
  for (int i = 0; i < 20; ++i) c = review(c, Grade::Again, 5);
  CHECK(c.ease == doctest::Approx(kMinEase));
  CHECK(c.lapses == 20);
  CHECK(review(reviewed(2, 5, 1.4), Grade::Hard, 5).ease == doctest::Approx(1.3));  // 1.25 floored
  CHECK(review(reviewed(2, 5, 1.45), Grade::Again, 5).ease == doctest::Approx(1.3));
  CHECK(review(reviewed(2, 5, 1.3), Grade::Easy, 5).ease == doctest::Approx(1.45));
  CHECK(review(reviewed(2, 5, 3.0), Grade::Easy, 5).ease == doctest::Approx(3.15));
}

TEST_CASE("Malformed input states are sanitised, intervals are capped") {
  // NaN or too-low ease computes as 1.3.
  const CardState nan_ease = reviewed(2, 10, std::numeric_limits<double>::quiet_NaN());
  const CardState after = review(nan_ease, Grade::Good, 0);
  CHECK(after.ease == doctest::Approx(1.3));
  CHECK(after.interval_days == 13);
  // Intervals stop at 100 years even with a huge ease.
  const CardState huge = review(reviewed(9, kMaxIntervalDays, 1e300), Grade::Easy, 0);
  CHECK(huge.interval_days == kMaxIntervalDays);
  CHECK(review(reviewed(9, kMaxIntervalDays, 2.5), Grade::Hard, 0).interval_days == kMaxIntervalDays);
  CHECK(review(reviewed(9, kMaxIntervalDays, 2.5), Grade::Good, 0).interval_days == kMaxIntervalDays);
}

TEST_CASE("review() is pure") {
  const CardState before = reviewed(2, 6, 2.5);
  const CardState copy = before;
  const CardState a = review(before, Grade::Good, 10);
  const CardState b = review(before, Grade::Good, 10);
  CHECK(before == copy);
  CHECK(a == b);
}

TEST_CASE("today_day_number honours the override and otherwise follows the clock") {
  set_today_override(12345);
  CHECK(today_day_number() == 12345);
  set_today_override(0);
  CHECK(today_day_number() == 0);
  set_today_override(-1);
  const int64_t utc_day = static_cast<int64_t>(std::time(nullptr)) / 86400;
  const int64_t local_day = today_day_number();
  CHECK(local_day >= utc_day - 1);  // local time is within a day of UTC
  CHECK(local_day <= utc_day + 1);
  CHECK(local_day > 20000);  // after 2024-10
}

TEST_CASE("describe_interval wording") {
  CHECK(describe_interval(-3) == "now");
  CHECK(describe_interval(0) == "now");
  CHECK(describe_interval(1) == "1 day");
  CHECK(describe_interval(6) == "6 days");
  CHECK(describe_interval(13) == "13 days");
  CHECK(describe_interval(14) == "2 weeks");
  CHECK(describe_interval(21) == "3 weeks");
  CHECK(describe_interval(29) == "4 weeks");
  CHECK(describe_interval(30) == "1 month");
  CHECK(describe_interval(120) == "4 months");
  CHECK(describe_interval(364) == "12 months");
  CHECK(describe_interval(365) == "1 year");
  CHECK(describe_interval(548) == "1.5 years");
  CHECK(describe_interval(730) == "2 years");
  CHECK(describe_interval(kMaxIntervalDays) == "100 years");
}

TEST_CASE("grade names") {
  CHECK(std::string(grade_name(Grade::Again)) == "Again");
  CHECK(std::string(grade_name(Grade::Hard)) == "Hard");
  CHECK(std::string(grade_name(Grade::Good)) == "Good");
  CHECK(std::string(grade_name(Grade::Easy)) == "Easy");
}
