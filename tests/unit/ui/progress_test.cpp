// progress_test.cpp — quiz progress: due logic with the day override, review counting,
// JSON round-trip, rejection of corrupt and foreign files, and the import merge rule.
#include <doctest/doctest.h>

#include <string>

#include "model/progress.h"

using namespace gs::ui::model;

TEST_CASE("new cards are due; reviewed cards fall due on their due day") {
  set_today_override(500);
  const int64_t today = today_day_number();
  Progress p;
  CHECK(p.card("runtime/aa") == nullptr);
  CHECK(p.is_due("runtime/aa", today));
  p.record("runtime/aa", Grade::Good, today);  // → 1 day
  p.record("runtime/bb", Grade::Again, today);  // → due again today
  REQUIRE(p.card("runtime/aa") != nullptr);
  CHECK(p.card("runtime/aa")->due_day == 501);
  CHECK_FALSE(p.is_due("runtime/aa", today));
  CHECK(p.is_due("runtime/bb", today));
  const std::vector<std::string> ids{"runtime/aa", "runtime/bb", "runtime/cc"};
  CHECK(p.due_count(ids, today) == 2);  // bb (again) + cc (new)
  set_today_override(501);
  CHECK(p.is_due("runtime/aa", today_day_number()));
  CHECK(p.due_count(ids, today_day_number()) == 3);
  p.record("runtime/aa", Grade::Good, today_day_number());  // → 6 days
  CHECK(p.card("runtime/aa")->due_day == 507);
  CHECK(p.due_count(ids, 506) == 2);
  CHECK(p.due_count(ids, 507) == 3);
  CHECK(p.due_count({}, 507) == 0);
  set_today_override(-1);
}

TEST_CASE("record applies review() and counts reviews") {
  Progress p;
  CHECK(p.reviews_total() == 0);
  p.record("x", Grade::Good, 10);
  p.record("x", Grade::Good, 11);
  p.record("x", Grade::Hard, 17);
  CHECK(p.reviews_total() == 3);
  CardState expected = review(review(review(CardState{}, Grade::Good, 10), Grade::Good, 11), Grade::Hard, 17);
  REQUIRE(p.card("x") != nullptr);
  CHECK(*p.card("x") == expected);
  CHECK(p.cards().size() == 1);
}

TEST_CASE("JSON round-trip keeps every field exactly") {
  Progress p;
  p.record("runtime/1a2b3c4d", Grade::Good, 20000);
  p.record("runtime/1a2b3c4d", Grade::Hard, 20001);  // ease 2.35: not exact in binary
  p.record("gc/ffff0000", Grade::Again, 20002);
  p.record("gc/ffff0000", Grade::Again, 20002);
  p.record("sched/00000001", Grade::Easy, 20003);
  const std::string text = p.to_json();
  CHECK(text.find("\"format\":\"gopherscope-progress\"") != std::string::npos);
  CHECK(text.find("\"version\":1") != std::string::npos);
  CHECK(text.find("\"reviews\":5") != std::string::npos);
  std::string error = "untouched";
  const auto back = Progress::from_json(text, &error);
  REQUIRE(back.has_value());
  CHECK(error == "untouched");
  CHECK(*back == p);
  CHECK(back->card("runtime/1a2b3c4d")->ease == p.card("runtime/1a2b3c4d")->ease);
  CHECK(back->to_json() == text);  // deterministic

  const auto empty = Progress::from_json(Progress{}.to_json(), &error);
  REQUIRE(empty.has_value());
  CHECK(empty->cards().empty());
  CHECK(empty->reviews_total() == 0);
}

TEST_CASE("unknown keys are ignored; low ease is floored") {
  const char* text = R"({"format":"gopherscope-progress","version":1,"exported":"2026-11-22",
    "cards":{"a/1":{"ease":1.1,"interval_days":3,"reps":1,"lapses":2,"due_day":103,
                    "last_review_day":100,"note":"hi"}},"reviews":4})";
  std::string error;
  const auto p = Progress::from_json(text, &error);
  REQUIRE_MESSAGE(p.has_value(), error);
  const CardState* c = p->card("a/1");
  REQUIRE(c != nullptr);
  CHECK(c->ease == doctest::Approx(1.3));
  CHECK(c->interval_days == 3);
  CHECK(c->reps == 1);
  CHECK(c->lapses == 2);
  CHECK(c->due_day == 103);
  CHECK(c->last_review_day == 100);
  CHECK(p->reviews_total() == 4);
}

namespace {
// The error from_json gives for `text` ("" if it accepted it).
std::string rejection(const std::string& text) {
  std::string error;
  const auto p = Progress::from_json(text, &error);
  if (p.has_value()) return "";
  CHECK_FALSE(error.empty());
  return error;
}
const std::string kHead = R"({"format":"gopherscope-progress","version":1,"reviews":1,"cards":)";
}  // namespace

TEST_CASE("foreign and broken files are rejected with a message") {
  CHECK(rejection("") == "not a Gopherscope progress file (not valid JSON)");
  CHECK(rejection("{\"format\":") == "not a Gopherscope progress file (not valid JSON)");
  CHECK(rejection("hello") == "not a Gopherscope progress file (not valid JSON)");
  CHECK(rejection("[1,2,3]") == "not a Gopherscope progress file");
  CHECK(rejection("42") == "not a Gopherscope progress file");
  CHECK(rejection(R"({"name":"package.json","version":"1.0.0"})") == "not a Gopherscope progress file");
  CHECK(rejection(R"({"format":"anki-deck","version":1,"cards":{}})") == "not a Gopherscope progress file");
  CHECK(rejection(R"({"format":7})") == "not a Gopherscope progress file");

  CHECK(rejection(R"({"format":"gopherscope-progress","cards":{},"reviews":0})").find("version") != std::string::npos);
  CHECK(rejection(R"({"format":"gopherscope-progress","version":"1","cards":{},"reviews":0})").find("version") != std::string::npos);
  CHECK(rejection(R"({"format":"gopherscope-progress","version":2,"cards":{},"reviews":0})") ==
        "progress file version 2 is newer than this Gopherscope reads (1)");
  CHECK(rejection(R"({"format":"gopherscope-progress","version":1,"reviews":0})").find("cards") != std::string::npos);
  CHECK(rejection(R"({"format":"gopherscope-progress","version":1,"cards":[],"reviews":0})").find("cards") != std::string::npos);
  CHECK(rejection(R"({"format":"gopherscope-progress","version":1,"cards":{}})").find("reviews") != std::string::npos);
  CHECK(rejection(R"({"format":"gopherscope-progress","version":1,"cards":{},"reviews":-1})").find("reviews") != std::string::npos);
}

TEST_CASE("a single bad card rejects the whole file, naming the card") {
  const std::string good_card = R"({"ease":2.5,"interval_days":1,"reps":1,"lapses":0,"due_day":11,"last_review_day":10})";
  CHECK(rejection(kHead + R"({"ok/1":)" + good_card + "}}") == "");
  CHECK(rejection(kHead + R"({"ok/1":)" + good_card + R"(,"bad/2":"soon"}})") ==
        "corrupt progress file: card \"bad/2\" has no fields");
  CHECK(rejection(kHead + R"({"bad/3":{"interval_days":1,"reps":1,"lapses":0,"due_day":11,"last_review_day":10}}})")
            .find("\"bad/3\" has no \"ease\"") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/4":{"ease":"2.5","interval_days":1,"reps":1,"lapses":0,"due_day":11,"last_review_day":10}}})")
            .find("\"ease\"") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/5":{"ease":-2,"interval_days":1,"reps":1,"lapses":0,"due_day":11,"last_review_day":10}}})")
            .find("bad \"ease\"") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/6":{"ease":2.5,"interval_days":-1,"reps":1,"lapses":0,"due_day":11,"last_review_day":10}}})")
            .find("interval_days") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/7":{"ease":2.5,"interval_days":1.5,"reps":1,"lapses":0,"due_day":11,"last_review_day":10}}})")
            .find("interval_days") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/8":{"ease":2.5,"interval_days":1,"reps":1,"lapses":0,"due_day":11}}})")
            .find("last_review_day") != std::string::npos);
  CHECK(rejection(kHead + R"({"bad/9":{"ease":2.5,"interval_days":1,"reps":1,"lapses":0,"due_day":18446744073709551615,"last_review_day":10}}})")
            .find("due_day") != std::string::npos);
  CHECK(rejection(kHead + R"({"":)" + good_card + "}}").find("empty id") != std::string::npos);
}

TEST_CASE("from_json tolerates a null error pointer") {
  CHECK_FALSE(Progress::from_json("nope", nullptr).has_value());
  CHECK(Progress::from_json(Progress{}.to_json(), nullptr).has_value());
}

TEST_CASE("to_json never throws on ids with invalid UTF-8") {
  Progress p;
  p.record(std::string("bad\xff") + "id", Grade::Good, 1);
  std::string text;
  CHECK_NOTHROW(text = p.to_json());
  CHECK(Progress::from_json(text, nullptr).has_value());
}

TEST_CASE("merge keeps the later review per card; ties go to the import") {
  Progress mine;
  mine.record("both/newer-here", Grade::Good, 100);
  mine.record("both/newer-here", Grade::Good, 110);  // last 110
  mine.record("both/newer-there", Grade::Good, 100);  // last 100
  mine.record("both/tie", Grade::Good, 100);           // last 100, ease 2.5
  mine.record("both/same", Grade::Good, 100);
  mine.record("only/mine", Grade::Hard, 100);

  Progress theirs;
  theirs.record("both/newer-here", Grade::Again, 105);
  theirs.record("both/newer-there", Grade::Easy, 120);
  theirs.record("both/tie", Grade::Hard, 100);  // same day, different state
  theirs.record("both/same", Grade::Good, 100);  // identical state: not a change
  theirs.record("only/theirs", Grade::Good, 90);

  const CardState here_before = *mine.card("both/newer-here");
  const CardState only_mine_before = *mine.card("only/mine");
  const int changed = mine.merge(theirs);
  CHECK(changed == 3);  // newer-there, tie, only/theirs
  CHECK(*mine.card("both/newer-here") == here_before);
  CHECK(*mine.card("both/newer-there") == *theirs.card("both/newer-there"));
  CHECK(*mine.card("both/tie") == *theirs.card("both/tie"));
  CHECK(*mine.card("only/theirs") == *theirs.card("only/theirs"));
  CHECK(*mine.card("only/mine") == only_mine_before);
  CHECK(mine.cards().size() == 6);
  CHECK(mine.reviews_total() == 6);  // max(6, 5), not the sum

  // Merging the same thing again changes nothing; merging your own export neither.
  CHECK(mine.merge(theirs) == 0);
  const Progress snapshot = mine;
  CHECK(mine.merge(*Progress::from_json(mine.to_json(), nullptr)) == 0);
  CHECK(mine == snapshot);
}
