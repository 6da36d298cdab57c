// edit_history_test.cpp — the editor's undo/redo stack: diffs, word-sized steps, limits.
#include <doctest/doctest.h>

#include <string>

#include "model/edit_history.h"

using gs::ui::model::diff_texts;
using gs::ui::model::EditHistory;

namespace {

// Drives an EditHistory the way the editor does: one record per frame in which the text changed.
struct Session {
  EditHistory history;
  std::string text;
  std::size_t cursor = 0;
  double now = 100.0;

  explicit Session(std::string initial, EditHistory::Limits limits = {}) : history(limits), text(std::move(initial)) {}

  void type(std::string_view chars) {
    for (char c : chars) {
      const std::string before = text;
      text.insert(cursor, 1, c);
      history.record(before, text, cursor, now);
      ++cursor;
      now += 0.1;
    }
  }
  void backspace(int n) {
    for (int i = 0; i < n; ++i) {
      const std::string before = text;
      text.erase(cursor - 1, 1);
      history.record(before, text, cursor, now);
      --cursor;
      now += 0.1;
    }
  }
  void paste(std::string_view s) {
    const std::string before = text;
    text.insert(cursor, s);
    history.record(before, text, cursor, now);
    cursor += s.size();
    now += 0.1;
  }
  bool undo() {
    const auto c = history.undo(text);
    if (c) cursor = c->cursor;
    return c.has_value();
  }
  bool redo() {
    const auto c = history.redo(text);
    if (c) cursor = c->cursor;
    return c.has_value();
  }
};

}  // namespace

TEST_CASE("diff_texts finds the one replaced range") {
  auto d = diff_texts("hello world", "hello brave world");
  CHECK(d.offset == 6);
  CHECK(d.removed == "");
  CHECK(d.inserted == "brave ");

  d = diff_texts("abcdef", "abXYef");
  CHECK(d.offset == 2);
  CHECK(d.removed == "cd");
  CHECK(d.inserted == "XY");

  d = diff_texts("aaa", "aa");  // ambiguous: any one 'a' — the change must still apply correctly
  std::string t = "aaa";
  t.replace(d.offset, d.removed.size(), d.inserted);
  CHECK(t == "aa");

  d = diff_texts("same", "same");
  CHECK(d.removed.empty());
  CHECK(d.inserted.empty());

  // A change between two characters that share UTF-8 bytes never splits a character.
  d = diff_texts("x\xC3\xA9y", "x\xC3\xA8y");  // é -> è
  CHECK(d.offset == 1);
  CHECK(d.removed == "\xC3\xA9");
  CHECK(d.inserted == "\xC3\xA8");
}

TEST_CASE("typing coalesces into word-sized steps") {
  Session s("");
  s.type("hello world");
  CHECK(s.history.undo_steps() == 2);  // "hello " and "world"
  CHECK(s.undo());
  CHECK(s.text == "hello ");
  CHECK(s.cursor == 6);
  CHECK(s.undo());
  CHECK(s.text == "");
  CHECK(s.cursor == 0);
  CHECK_FALSE(s.undo());
  CHECK(s.redo());
  CHECK(s.text == "hello ");
  CHECK(s.redo());
  CHECK(s.text == "hello world");
  CHECK(s.cursor == 11);
  CHECK_FALSE(s.redo());
}

TEST_CASE("a newline, a pause, a cursor jump or a paste starts a new step") {
  Session s("");
  s.type("ab");
  s.type("\n");
  s.type("cd");
  CHECK(s.history.undo_steps() == 3);  // "ab", "\n", "cd"

  s.now += 5.0;  // a pause
  s.type("ef");
  CHECK(s.history.undo_steps() == 4);

  s.history.break_coalescing();  // the cursor moved
  s.type("gh");
  CHECK(s.history.undo_steps() == 5);

  s.paste("PASTED");
  s.type("x");
  CHECK(s.history.undo_steps() == 7);
  CHECK(s.text == "ab\ncdefghPASTEDx");
  CHECK(s.undo());
  CHECK(s.text == "ab\ncdefghPASTED");
  CHECK(s.undo());
  CHECK(s.text == "ab\ncdefgh");
}

TEST_CASE("backspaces coalesce and undo puts the cursor after the restored text") {
  Session s("");
  s.type("abc def");
  s.history.break_coalescing();
  s.backspace(5);
  CHECK(s.text == "ab");
  CHECK(s.history.undo_steps() == 3);  // "abc ", "def", the deletion
  CHECK(s.undo());
  CHECK(s.text == "abc def");
  CHECK(s.cursor == 7);
  CHECK(s.redo());
  CHECK(s.text == "ab");
  CHECK(s.cursor == 2);
}

TEST_CASE("forward deletes coalesce and undo puts the cursor before the restored text") {
  Session s("0123456789");
  s.cursor = 3;
  for (int i = 0; i < 4; ++i) {
    const std::string before = s.text;
    s.text.erase(s.cursor, 1);
    s.history.record(before, s.text, s.cursor, s.now);
    s.now += 0.1;
  }
  CHECK(s.text == "012789");
  CHECK(s.history.undo_steps() == 1);
  CHECK(s.undo());
  CHECK(s.text == "0123456789");
  CHECK(s.cursor == 3);
}

TEST_CASE("a new edit after undo clears redo") {
  Session s("");
  s.type("one two");
  CHECK(s.undo());
  CHECK(s.history.can_redo());
  s.type("X");
  CHECK_FALSE(s.history.can_redo());
  CHECK(s.text == "one X");
}

TEST_CASE("undo refuses to apply to text that does not match, and never corrupts it") {
  Session s("");
  s.type("abc");
  s.text = "something else";  // changed behind the history's back
  const std::string before = s.text;
  CHECK_FALSE(s.undo());
  CHECK(s.text == before);
  CHECK_FALSE(s.history.can_undo());
}

TEST_CASE("limits drop the oldest steps but keep the newest") {
  EditHistory::Limits limits;
  limits.max_steps = 3;
  Session s("", limits);
  for (int i = 0; i < 6; ++i) {
    s.history.break_coalescing();
    s.type("w");
  }
  CHECK(s.history.undo_steps() == 3);
  while (s.undo()) {
  }
  CHECK(s.text == "www");  // only the last three steps could be undone

  limits = {};
  limits.max_bytes = 10;
  Session big("", limits);
  big.paste(std::string(100, 'x'));  // larger than the budget alone: still undoable
  CHECK(big.history.undo_steps() == 1);
  big.paste("y");
  CHECK(big.history.undo_steps() == 1);  // the big step went; the newest stays
  CHECK(big.undo());
  CHECK(big.text == std::string(100, 'x'));
}

TEST_CASE("reset forgets everything") {
  Session s("");
  s.type("abc");
  s.history.reset();
  CHECK_FALSE(s.history.can_undo());
  CHECK_FALSE(s.history.can_redo());
}
