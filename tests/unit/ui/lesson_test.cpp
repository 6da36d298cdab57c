// lesson_test.cpp — parse_lesson / load_lessons: front matter, body, ```go blocks, the
// quiz and its stable ids, error messages with line numbers, and the shipped lessons.
#include <doctest/doctest.h>

#include <dirent.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "model/lesson.h"
#include "model/markdown.h"

using namespace gs::ui::model;

namespace {

const char* kLesson = R"(---
id: runtime
title: What's in the runtime
order: 1
panels: threads, scheduler
knobs: GOMAXPROCS=2 GODEBUG=gctrace=1
go: 1.23
---

# What's in the runtime

Prose with **bold**.

> **Common misconception.** Go has no runtime.

```go
package main

func main() {}
```

Some `inline` code and a shell block:

```sh
go build
```

```go
package main // second
```

## Quiz

### [beginner] What does every Go binary carry besides your code?

The runtime: scheduler, allocator, GC.

- a list
- in the answer

### Untagged question with `code`?

Its answer.

```go
fmt.Println("in an answer")
```

### [advanced] Another question?

Its answer.
)";

std::string with_quiz(const std::string& quiz) {
  return "---\nid: l\ntitle: T\norder: 1\n---\n\n# T\n\nBody.\n\n## Quiz\n\n" + quiz;
}

std::string error_of(const std::string& text, const std::string& path = "lessons/x.md") {
  std::string error;
  std::optional<Lesson> l = parse_lesson(text, path, &error);
  CHECK_FALSE(l.has_value());
  return error;
}

}  // namespace

TEST_CASE("lesson: front matter fields") {
  std::string error;
  std::optional<Lesson> l = parse_lesson(kLesson, "lessons/01-runtime.md", &error);
  REQUIRE_MESSAGE(l.has_value(), error);
  CHECK(error.empty());
  CHECK(l->id == "runtime");
  CHECK(l->title == "What's in the runtime");
  CHECK(l->order == 1);
  CHECK(l->go_version == "1.23");
  CHECK(l->path == "lessons/01-runtime.md");
  REQUIRE(l->panels.size() == 2);
  CHECK(l->panels[0] == "threads");
  CHECK(l->panels[1] == "scheduler");
  REQUIRE(l->knobs.size() == 2);
  CHECK(l->knobs[0] == std::make_pair(std::string("GOMAXPROCS"), std::string("2")));
  // Only the first '=' separates the key: GODEBUG's value keeps its own '='.
  CHECK(l->knobs[1] == std::make_pair(std::string("GODEBUG"), std::string("gctrace=1")));
}

TEST_CASE("lesson: body excludes front matter and quiz; go blocks in order") {
  std::optional<Lesson> l = parse_lesson(kLesson, "p.md", nullptr);
  REQUIRE(l.has_value());
  CHECK(l->body_markdown.rfind("# What's in the runtime\n", 0) == 0);
  CHECK(l->body_markdown.find("id: runtime") == std::string::npos);
  CHECK(l->body_markdown.find("Quiz") == std::string::npos);
  CHECK(l->body_markdown.find("besides your code") == std::string::npos);
  CHECK(l->body_markdown.find("package main // second\n```\n") != std::string::npos);
  REQUIRE(l->go_blocks.size() == 2);
  CHECK(l->go_blocks[0] == "package main\n\nfunc main() {}\n");
  CHECK(l->go_blocks[1] == "package main // second\n");
  // The view's go_index numbering of the body agrees with go_blocks.
  md::Document body = md::parse(l->body_markdown);
  int seen = 0;
  for (const md::Block& b : body.blocks) {
    if (b.kind != md::BlockKind::Code || b.go_index < 0) continue;
    REQUIRE(b.go_index < static_cast<int>(l->go_blocks.size()));
    CHECK(b.code == l->go_blocks[static_cast<size_t>(b.go_index)]);
    ++seen;
  }
  CHECK(seen == 2);
}

TEST_CASE("lesson: quiz items, levels, answers and ids") {
  std::optional<Lesson> l = parse_lesson(kLesson, "p.md", nullptr);
  REQUIRE(l.has_value());
  REQUIRE(l->quiz.size() == 3);
  const QuizItem& q0 = l->quiz[0];
  CHECK(q0.level == "beginner");
  CHECK(q0.question == "What does every Go binary carry besides your code?");
  CHECK(q0.answer_markdown == "The runtime: scheduler, allocator, GC.\n\n- a list\n- in the answer\n");
  CHECK(q0.id == quiz_item_id("runtime", q0.question));
  CHECK(q0.id.size() == std::string("runtime/").size() + 8);
  CHECK(q0.id.rfind("runtime/", 0) == 0);
  const QuizItem& q1 = l->quiz[1];
  CHECK(q1.level.empty());
  CHECK(q1.question == "Untagged question with `code`?");
  CHECK(q1.answer_markdown == "Its answer.\n\n```go\nfmt.Println(\"in an answer\")\n```\n");
  CHECK(l->quiz[2].level == "advanced");
  CHECK(l->quiz[2].answer_markdown == "Its answer.\n");
  // A go block in an answer is not one of the lesson's runnable examples.
  CHECK(l->go_blocks.size() == 2);
}

TEST_CASE("lesson: FNV-1a 32 matches the reference values") {
  CHECK(fnv1a32("") == 0x811c9dc5u);
  CHECK(fnv1a32("a") == 0xe40c292cu);
  CHECK(fnv1a32("foobar") == 0xbf9cf968u);
  CHECK(quiz_item_id("runtime", "foobar") == "runtime/bf9cf968");
  CHECK(quiz_item_id("gc", "") == "gc/811c9dc5");
}

TEST_CASE("lesson: question ids survive reordering and level changes, not rewording") {
  const std::string a = "### [beginner] First?\n\nA.\n\n### Second?\n\nB.\n";
  const std::string b = "### Second?\n\nB, rewritten answer.\n\n### [advanced] First?\n\nA.\n";
  const std::string c = "### [beginner] First, reworded?\n\nA.\n\n### Second?\n\nB.\n";
  auto la = parse_lesson(with_quiz(a), "a.md", nullptr);
  auto lb = parse_lesson(with_quiz(b), "b.md", nullptr);
  auto lc = parse_lesson(with_quiz(c), "c.md", nullptr);
  REQUIRE(la);
  REQUIRE(lb);
  REQUIRE(lc);
  CHECK(la->quiz[0].id == lb->quiz[1].id);
  CHECK(la->quiz[1].id == lb->quiz[0].id);
  CHECK(la->quiz[0].id != la->quiz[1].id);
  CHECK(la->quiz[0].id != lc->quiz[0].id);
  CHECK(la->quiz[1].id == lc->quiz[1].id);
}

TEST_CASE("lesson: '## Quiz' and '### ' inside code fences, quotes and lists are not quiz headings") {
  const std::string text =
      "---\nid: l\ntitle: T\norder: 1\n---\n\n# T\n\n"
      "```md\n## Quiz\n\n### [beginner] fake?\n\nno\n```\n\n"
      "> ## Quiz\n\n"
      "- ## Quiz\n\n"
      "Real prose.\n\n"
      "## Quiz\n\n"
      "### Real question?\n\n"
      "````\n### not a question\n````\n\n"
      "> ### not a question either\n";
  std::string error;
  auto l = parse_lesson(text, "f.md", &error);
  REQUIRE_MESSAGE(l, error);
  CHECK(l->body_markdown.find("Real prose.") != std::string::npos);
  CHECK(l->body_markdown.find("### [beginner] fake?") != std::string::npos);
  REQUIRE(l->quiz.size() == 1);
  CHECK(l->quiz[0].question == "Real question?");
  CHECK(l->quiz[0].answer_markdown == "````\n### not a question\n````\n\n> ### not a question either\n");
}

TEST_CASE("lesson: a lesson without a quiz, and a setext '## Quiz'") {
  auto none = parse_lesson("---\nid: a\ntitle: A\norder: 2\n---\nJust prose.\n", "a.md", nullptr);
  REQUIRE(none);
  CHECK(none->quiz.empty());
  CHECK(none->body_markdown == "Just prose.\n");
  CHECK(none->go_version.empty());
  CHECK(none->panels.empty());
  CHECK(none->knobs.empty());

  auto setext = parse_lesson("---\nid: a\ntitle: A\norder: 2\n---\nProse.\n\nQuiz\n----\n\n### Q?\n\nA.\n", "a.md", nullptr);
  REQUIRE(setext);
  CHECK(setext->body_markdown == "Prose.\n");
  REQUIRE(setext->quiz.size() == 1);
  CHECK(setext->quiz[0].answer_markdown == "A.\n");
}

TEST_CASE("lesson: closing hashes, CRLF line ends, a byte-order mark, quoted values, comments") {
  const std::string text =
      "\xEF\xBB\xBF---\r\nid: crlf\r\n# a comment\r\ntitle: \"Quoted: title\"\r\norder: 3\r\n---\r\n\r\n"
      "Body.\r\n\r\n## Quiz ##\r\n\r\n### [Intermediate] Why? ###\r\n\r\nBecause.\r\n";
  std::string error;
  auto l = parse_lesson(text, "c.md", &error);
  REQUIRE_MESSAGE(l, error);
  CHECK(l->id == "crlf");
  CHECK(l->title == "Quoted: title");
  CHECK(l->order == 3);
  REQUIRE(l->quiz.size() == 1);
  CHECK(l->quiz[0].level == "intermediate");
  CHECK(l->quiz[0].question == "Why?");
  CHECK(l->quiz[0].answer_markdown == "Because.\n");
}

TEST_CASE("lesson: a question that starts with brackets but no level tag") {
  auto l = parse_lesson(with_quiz("### []int or [3]int?\n\nSlices vs arrays.\n"), "b.md", nullptr);
  REQUIRE(l);
  CHECK(l->quiz[0].level.empty());
  CHECK(l->quiz[0].question == "[]int or [3]int?");
}

TEST_CASE("lesson: front-matter errors name the file and line") {
  CHECK(error_of("# No front matter\n") ==
        "lessons/x.md:1: a lesson starts with front matter: a line '---', 'key: value' lines, and a line '---'");
  CHECK(error_of("---\nid: a\ntitle: A\n") == "lessons/x.md:1: front matter is not closed by a line '---'");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\ncolour: red\n---\n") ==
        "lessons/x.md:5: unknown front-matter key 'colour' (known: id, title, order, panels, knobs, go)");
  CHECK(error_of("---\nid: a\ntitle: A\n\n---\nbody\n") ==
        "lessons/x.md:5: front matter is missing required key 'order'");
  CHECK(error_of("---\ntitle: A\norder: 1\n---\n") == "lessons/x.md:4: front matter is missing required key 'id'");
  CHECK(error_of("---\nid: a\norder: 1\n---\n") == "lessons/x.md:4: front matter is missing required key 'title'");
  CHECK(error_of("---\nid: Runtime_1\ntitle: A\norder: 1\n---\n") ==
        "lessons/x.md:2: id must be lowercase letters, digits and '-' (got 'Runtime_1')");
  CHECK(error_of("---\nid: a\ntitle: A\norder: first\n---\n") ==
        "lessons/x.md:4: order must be an integer (got 'first')");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1x\n---\n") == "lessons/x.md:4: order must be an integer (got '1x')");
  CHECK(error_of("---\nid: a\nid: b\ntitle: A\norder: 1\n---\n") == "lessons/x.md:3: 'id' is given twice");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\npanels: threads, heap\n---\n") ==
        "lessons/x.md:5: unknown panel 'heap' (known: threads, scheduler, goroutines, channels, allocator, gc, interfaces, compiler)");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\npanels: threads,\n---\n") ==
        "lessons/x.md:5: panels: empty panel name (write 'panels: threads, scheduler')");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\nknobs: GOGC=50 gctrace\n---\n") ==
        "lessons/x.md:5: knobs are space-separated KEY=VALUE environment settings (got 'gctrace')");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\nknobs: GOGC=50 GOGC=off\n---\n") ==
        "lessons/x.md:5: knob GOGC is given twice");
  CHECK(error_of("---\nid: a\ntitle: A\norder: 1\ngo: latest\n---\n") ==
        "lessons/x.md:5: go must be a Go version like 1.23 (got 'latest')");
  CHECK(error_of("---\nid: a\ntitle:\norder: 1\n---\n") == "lessons/x.md:3: title is empty");
  CHECK(error_of("---\nid: a\njust words\n---\n") == "lessons/x.md:3: expected 'key: value' in the front matter");
}

TEST_CASE("lesson: quiz errors name the file and line") {
  // with_quiz puts "## Quiz" on line 11 and the quiz text from line 13.
  CHECK(error_of(with_quiz("### [expert] Hard?\n\nA.\n")) ==
        "lessons/x.md:13: unknown level tag [expert] (use [beginner], [intermediate] or [advanced])");
  CHECK(error_of(with_quiz("### Q1?\n\nA.\n\n### Q2?\n\n### Q3?\n\nC.\n")) ==
        "lessons/x.md:17: the question has no answer below it");
  CHECK(error_of(with_quiz("### [beginner]\n\nA.\n")) == "lessons/x.md:13: the question is empty");
  CHECK(error_of(with_quiz("Test yourself:\n\n### Q?\n\nA.\n")) ==
        "lessons/x.md:13: text between '## Quiz' and the first '### question' would be shown nowhere; "
        "start the quiz with a question");
  CHECK(error_of(with_quiz("### Q?\n\nA.\n\n## Further reading\n\nx\n")) ==
        "lessons/x.md:17: the quiz runs to the end of the file: no level-1 or level-2 heading may follow '## Quiz'");
  CHECK(error_of(with_quiz("### Same?\n\nA.\n\n### [advanced] Same?\n\nB.\n")) ==
        "lessons/x.md:17: the same question is asked twice in this lesson");
}

TEST_CASE("lesson: a null error pointer is allowed") {
  CHECK_FALSE(parse_lesson("nope", "x.md", nullptr).has_value());
}

namespace {

std::string make_temp_dir() {
  char tmpl[] = "/tmp/gs_lessons_XXXXXX";
  const char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  return dir;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

void remove_dir(const std::string& dir) {
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name != "." && name != "..") std::remove((dir + "/" + name).c_str());
    }
    closedir(d);
  }
  rmdir(dir.c_str());
}

std::string lesson_text(const std::string& id, int order) {
  return "---\nid: " + id + "\ntitle: Lesson " + id + "\norder: " + std::to_string(order) + "\n---\n\nBody.\n";
}

}  // namespace

TEST_CASE("lesson: load_lessons sorts by order then id, skips README and reports bad files") {
  const std::string dir = make_temp_dir();
  write_file(dir + "/README.md", "# Not a lesson\n");
  write_file(dir + "/03-c.md", lesson_text("c", 2));
  write_file(dir + "/01-b.md", lesson_text("b", 2));
  write_file(dir + "/02-a.md", lesson_text("a", 5));
  write_file(dir + "/04-z.md", lesson_text("z", 1));
  write_file(dir + "/05-bad.md", "---\nid: bad\ntitle: Bad\n---\n");
  write_file(dir + "/06-dup.md", lesson_text("c", 9));
  write_file(dir + "/notes.txt", "not markdown");
  std::vector<std::string> errors;
  std::vector<Lesson> lessons = load_lessons(dir, &errors);
  REQUIRE(lessons.size() == 4);
  CHECK(lessons[0].id == "z");
  CHECK(lessons[1].id == "b");
  CHECK(lessons[2].id == "c");
  CHECK(lessons[3].id == "a");
  CHECK(lessons[2].path == dir + "/03-c.md");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == dir + "/05-bad.md:4: front matter is missing required key 'order'");
  CHECK(errors[1] == dir + "/06-dup.md:2: lesson id 'c' is already used by " + dir + "/03-c.md");
  remove_dir(dir);

  std::vector<std::string> missing;
  CHECK(load_lessons(dir + "/does-not-exist", &missing).empty());
  CHECK(missing.size() == 1);
}

TEST_CASE("lesson: every shipped lesson parses, with a title, a go block and at least 6 quiz items") {
  std::vector<std::string> files;
  if (DIR* d = opendir(GS_LESSONS_DIR)) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() > 3 && name.substr(name.size() - 3) == ".md" && name != "README.md") files.push_back(name);
    }
    closedir(d);
  }
  CHECK_FALSE(files.empty());  // lessons/01-runtime.md ships
  std::vector<std::string> errors;
  std::vector<Lesson> lessons = load_lessons(GS_LESSONS_DIR, &errors);
  for (const std::string& e : errors) FAIL_CHECK(e);
  CHECK(lessons.size() == files.size());
  for (const Lesson& l : lessons) {
    INFO(l.path);
    CHECK_FALSE(l.title.empty());
    CHECK(l.go_blocks.size() >= 1);
    CHECK(l.quiz.size() >= 6);
    for (const QuizItem& q : l.quiz) {
      INFO(q.question);
      CHECK_FALSE(q.answer_markdown.empty());
      CHECK(q.id == quiz_item_id(l.id, q.question));
    }
  }
}
