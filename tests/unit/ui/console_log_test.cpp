// console_log_test.cpp — the console's text model: partial lines, streams, notes, the cap.
#include <doctest/doctest.h>

#include <string>

#include "model/console_log.h"

using gs::ui::model::ConsoleKind;
using gs::ui::model::ConsoleLog;

TEST_CASE("partial lines continue on the next append") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "hel");
  log.append(ConsoleKind::Stdout, "lo\nwor");
  log.append(ConsoleKind::Stdout, "ld\n");
  CHECK(log.plain_text() == "hello\nworld\n");
  REQUIRE(log.line_count() == 2);
  CHECK(log.line_text(0) == "hello");
  CHECK(log.line_text(1) == "world");
  REQUIRE(log.entries().size() == 2);
  CHECK(log.entries()[0].text == "hello");
  CHECK(log.entries()[0].end == ConsoleLog::End::Newline);
}

TEST_CASE("stdout and stderr keep their kinds, also within one line") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "out ");
  log.append(ConsoleKind::Stderr, "err\n");
  log.append(ConsoleKind::Stderr, "panic: boom\n");
  REQUIRE(log.entries().size() == 3);
  CHECK(log.entries()[0].kind == 1);
  CHECK(log.entries()[0].text == "out ");
  CHECK(log.entries()[0].end == ConsoleLog::End::Open);
  CHECK(log.entries()[1].kind == 2);
  CHECK(log.entries()[1].text == "err");
  CHECK(log.line_count() == 2);
  CHECK(log.line_text(0) == "out err");
  CHECK(log.plain_text() == "out err\npanic: boom\n");
}

TEST_CASE("empty lines are kept") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "a\n\n\nb\n");
  CHECK(log.line_count() == 4);
  CHECK(log.line_text(1) == "");
  CHECK(log.plain_text() == "a\n\n\nb\n");
}

TEST_CASE("notes sit on their own lines") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "no newline");
  log.append_note("exit status 1");
  log.append(ConsoleKind::Stdout, "next");
  CHECK(log.plain_text() == "no newline\nexit status 1\nnext");
  REQUIRE(log.line_count() == 3);
  CHECK(log.entries()[1].kind == 3);
  CHECK(log.entries()[1].text == "exit status 1");
}

TEST_CASE("clear empties everything") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "x\ny");
  const auto rev = log.revision();
  log.clear();
  CHECK(log.entries().empty());
  CHECK(log.line_count() == 0);
  CHECK(log.plain_text() == "");
  CHECK(log.revision() > rev);
}

TEST_CASE("retained output is capped; the oldest lines go and a note says so") {
  ConsoleLog::Limits limits;
  limits.max_bytes = 1000;
  ConsoleLog log(limits);
  for (int i = 0; i < 500; ++i) log.append(ConsoleKind::Stdout, "line " + std::to_string(i) + "\n");
  CHECK(log.retained_bytes() <= 1000);
  CHECK(log.retained_bytes() >= 500);  // drops to three quarters, not to nothing
  CHECK(log.dropped_lines() > 0);
  const std::string text = log.plain_text();
  CHECK(text.find("line 0\n") == std::string::npos);
  CHECK(text.find("line 499\n") != std::string::npos);
  REQUIRE(!log.entries().empty());
  CHECK(log.entries()[0].kind == 3);
  CHECK(log.entries()[0].text.find(std::to_string(log.dropped_lines()) + " earlier lines dropped") != std::string::npos);
  // The retained byte count matches what is shown (without the note).
  CHECK(text.size() == log.retained_bytes() + log.entries()[0].text.size() + 1);
  // Line bookkeeping stays consistent after drops: the last line is the last written.
  CHECK(log.line_text(log.line_count() - 1) == "line 499");
  CHECK(log.line_text(0) == log.entries()[0].text);
}

TEST_CASE("a flood of empty lines is capped by the line limit") {
  ConsoleLog::Limits limits;
  limits.max_lines = 100;
  ConsoleLog log(limits);
  log.append(ConsoleKind::Stdout, std::string(1000, '\n'));
  CHECK(log.line_count() <= 101);  // plus the drop note
  CHECK(log.dropped_lines() >= 900);
}

TEST_CASE("a runaway line without newlines is wrapped and capped") {
  ConsoleLog::Limits limits;
  limits.max_bytes = 10000;
  limits.max_line_bytes = 100;
  ConsoleLog log(limits);
  for (int i = 0; i < 1000; ++i) log.append(ConsoleKind::Stdout, "xxxxxxxxx");  // 9000 bytes, no newline
  CHECK(log.longest_line_bytes() == 100);
  CHECK(log.line_count() == 90);
  CHECK(log.plain_text() == std::string(9000, 'x'));  // wrapping is for display only
  for (int i = 0; i < 1000; ++i) log.append(ConsoleKind::Stdout, "xxxxxxxxx");
  CHECK(log.retained_bytes() <= 10000);
  CHECK(log.dropped_lines() > 0);
}

TEST_CASE("wrapping never splits a UTF-8 character") {
  ConsoleLog::Limits limits;
  limits.max_line_bytes = 5;
  ConsoleLog log(limits);
  log.append(ConsoleKind::Stdout, "ab\xC3\xA9\xC3\xA9\xC3\xA9\n");  // a b é é é
  REQUIRE(log.line_count() == 2);
  CHECK(log.line_text(0) == "ab\xC3\xA9");  // the next é would need 6 bytes: it wraps
  CHECK(log.line_text(1) == "\xC3\xA9\xC3\xA9");
  CHECK(log.entries()[0].end == ConsoleLog::End::Wrap);
  CHECK(log.plain_text() == "ab\xC3\xA9\xC3\xA9\xC3\xA9\n");
}

TEST_CASE("text_range copies a selection across lines") {
  ConsoleLog log;
  log.append(ConsoleKind::Stdout, "first line\nsecond\nthird line\n");
  CHECK(log.text_range(0, 6, 2, 5) == "line\nsecond\nthird");
  CHECK(log.text_range(1, 0, 1, 100) == "second");
  CHECK(log.text_range(1, 2, 1, 4) == "co");
}
