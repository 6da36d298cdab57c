// lesson.cpp — parses lesson files: front matter by lines, the Markdown part with md4c.
//
// Owns: the lesson format's rules (see lessons/README.md) and their error messages.
// Invariant: every error names the file and the 1-based line it is about
// ("path:LINE: message"); headings are found with md4c, so a "## Quiz" or "### ..."
// inside a code fence, a list or a blockquote is never mistaken for a quiz heading.
#include "model/lesson.h"

#include "model/markdown.h"

#include <md4c.h>

#include <dirent.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace gs::ui::model {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// 1-based line of byte offset `offset` in text.
int line_of(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

size_t line_start(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  while (offset > 0 && text[offset - 1] != '\n') --offset;
  return offset;
}

// Offset just past the '\n' ending the line that contains offset (or text.size()).
size_t next_line(std::string_view text, size_t offset) {
  size_t nl = text.find('\n', offset);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

std::string_view line_at(std::string_view text, size_t start) {
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Markdown text without leading blank lines and trailing whitespace, ending in one '\n'
// (or empty).
std::string trim_blank_lines(std::string_view s) {
  size_t start = 0;
  for (;;) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) break;
    if (!trim(s.substr(start, end - start)).empty()) break;
    start = end + 1;
  }
  s = s.substr(std::min(start, s.size()));
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  if (s.empty()) return {};
  std::string out(s);
  out += '\n';
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// ---- finding top-level headings with md4c ----------------------------------------------

struct Heading {
  int level = 0;
  std::string text;         // plain text, as md4c reads it
  size_t line_begin = 0;    // offset of the heading's first line in the whole file
  size_t content_end = 0;   // offset just past the heading (after a setext underline)
  bool located = false;
};

class HeadingScanner {
 public:
  HeadingScanner(std::string_view file, size_t md_begin) : file_(file), last_pos_(md_begin) {}

  std::vector<Heading> headings;

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    if (type == MD_BLOCK_DOC) return 0;
    ++depth_;
    if (type == MD_BLOCK_H && depth_ == 1) {
      in_heading_ = true;
      current_ = Heading{};
      current_.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    if (type == MD_BLOCK_DOC) return 0;
    if (type == MD_BLOCK_H && depth_ == 1 && in_heading_) {
      in_heading_ = false;
      finish_heading();
    }
    --depth_;
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    const bool in_file = text >= file_.data() && text + size <= file_.data() + file_.size();
    if (in_file && size > 0 && type != MD_TEXT_SOFTBR && type != MD_TEXT_BR) {
      size_t off = static_cast<size_t>(text - file_.data());
      if (in_heading_) {
        if (!current_.located) {
          current_.located = true;
          current_.line_begin = line_start(file_, off);
        }
        heading_last_ = off + size;
      }
      last_pos_ = std::max(last_pos_, off + size);
    }
    if (in_heading_) {
      if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
        current_.text += ' ';
      else
        current_.text.append(text, size);
    }
    return 0;
  }

 private:
  std::string_view file_;
  size_t last_pos_;
  int depth_ = 0;
  bool in_heading_ = false;
  Heading current_;
  size_t heading_last_ = 0;

  static bool is_setext_underline(std::string_view line) {
    std::string_view t = trim(line);
    if (t.empty() || (t[0] != '=' && t[0] != '-')) return false;
    return std::all_of(t.begin(), t.end(), [&](char c) { return c == t[0]; });
  }

  void finish_heading() {
    if (!current_.located) {
      // An empty heading ("###"): it is the next line starting with '#'.
      size_t pos = line_start(file_, last_pos_);
      if (pos < last_pos_) pos = next_line(file_, last_pos_);
      while (pos < file_.size()) {
        std::string_view t = trim(line_at(file_, pos));
        if (!t.empty() && t[0] == '#') break;
        pos = next_line(file_, pos);
      }
      current_.line_begin = std::min(pos, file_.size());
      heading_last_ = current_.line_begin;
      current_.located = true;
    }
    size_t end = next_line(file_, heading_last_);
    const bool atx = !trim(line_at(file_, current_.line_begin)).empty() &&
                     trim(line_at(file_, current_.line_begin))[0] == '#';
    if (!atx && end < file_.size() && is_setext_underline(line_at(file_, end))) end = next_line(file_, end);
    current_.content_end = end;
    last_pos_ = std::max(last_pos_, end);
    headings.push_back(current_);
  }
};

int hs_enter_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<HeadingScanner*>(u)->enter_block(t, d); }
int hs_leave_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<HeadingScanner*>(u)->leave_block(t, d); }
int hs_span(MD_SPANTYPE, void*, void*) { return 0; }
int hs_text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) { return static_cast<HeadingScanner*>(u)->text(t, s, n); }

std::vector<Heading> top_level_headings(std::string_view file, size_t md_begin) {
  HeadingScanner scanner(file, md_begin);
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;  // the same dialect md::parse uses
  parser.enter_block = hs_enter_block;
  parser.leave_block = hs_leave_block;
  parser.enter_span = hs_span;
  parser.leave_span = hs_span;
  parser.text = hs_text;
  std::string_view md = file.substr(md_begin);
  md_parse(md.data(), static_cast<MD_SIZE>(md.size()), &parser, &scanner);
  return std::move(scanner.headings);
}

// The inline Markdown of an ATX heading line: "  ### Foo `x` ##" → "Foo `x`".
std::string_view atx_content(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty() && t.front() == '#') t.remove_prefix(1);
  t = trim(t);
  if (!t.empty() && t.back() == '#') {
    size_t run = t.size();
    while (run > 0 && t[run - 1] == '#') --run;
    if (run == 0) return {};
    if (t[run - 1] == ' ' || t[run - 1] == '\t') t = trim(t.substr(0, run));
  }
  return t;
}

void collect_go_blocks(const std::vector<md::Block>& blocks, std::vector<std::string>& out) {
  for (const md::Block& b : blocks) {
    if (b.kind == md::BlockKind::Code && b.go_index >= 0) {
      if (out.size() <= static_cast<size_t>(b.go_index)) out.resize(static_cast<size_t>(b.go_index) + 1);
      out[static_cast<size_t>(b.go_index)] = b.code;
    }
    collect_go_blocks(b.children, out);
  }
}

// ---- front matter ------------------------------------------------------------------------

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool valid_env_key(std::string_view key) {
  if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool valid_go_version(std::string_view v) {
  // 1.23 or 1.23.4
  int parts = 0;
  size_t i = 0;
  while (i <= v.size()) {
    size_t dot = v.find('.', i);
    if (dot == std::string_view::npos) dot = v.size();
    std::string_view part = v.substr(i, dot - i);
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    ++parts;
    i = dot + 1;
  }
  return parts == 2 || parts == 3;
}

std::string_view unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
    return v.substr(1, v.size() - 2);
  return v;
}

struct Parsed {
  Lesson lesson;
  int id_line = 0;
};

class LessonParser {
 public:
  LessonParser(std::string_view text, const std::string& path) : path_(path) {
    // A UTF-8 byte-order mark is not part of the lesson.
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    text_ = text;
  }

  std::optional<Parsed> run(std::string* error) {
    Parsed out;
    out.lesson.path = path_;
    size_t md_begin = 0;
    if (!parse_front_matter(out, md_begin) || !parse_markdown(out, md_begin)) {
      if (error) *error = error_;
      return std::nullopt;
    }
    return out;
  }

 private:
  std::string_view text_;
  std::string path_;
  std::string error_;

  bool fail(int line, const std::string& message) {
    error_ = path_ + ":" + std::to_string(line) + ": " + message;
    return false;
  }

  bool parse_front_matter(Parsed& out, size_t& md_begin) {
    Lesson& lesson = out.lesson;
    if (trim(line_at(text_, 0)) != "---")
      return fail(1, "a lesson starts with front matter: a line '---', 'key: value' lines, and a line '---'");
    std::set<std::string> seen;
    int line_no = 1;
    size_t pos = next_line(text_, 0);
    int closing_line = 0;
    while (pos < text_.size()) {
      ++line_no;
      std::string_view line = line_at(text_, pos);
      pos = next_line(text_, pos);
      if (trim(line) == "---") {
        closing_line = line_no;
        break;
      }
      std::string_view t = trim(line);
      if (t.empty() || t[0] == '#') continue;  // blank lines and comments
      size_t colon = t.find(':');
      if (colon == std::string_view::npos) return fail(line_no, "expected 'key: value' in the front matter");
      std::string key(trim(t.substr(0, colon)));
      std::string_view value = unquote(trim(t.substr(colon + 1)));
      if (!seen.insert(key).second) return fail(line_no, "'" + key + "' is given twice");
      if (key == "id") {
        if (!valid_id(value)) return fail(line_no, "id must be lowercase letters, digits and '-' (got '" + std::string(value) + "')");
        lesson.id = std::string(value);
        out.id_line = line_no;
      } else if (key == "title") {
        if (value.empty()) return fail(line_no, "title is empty");
        lesson.title = std::string(value);
      } else if (key == "order") {
        int n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (value.empty() || ec != std::errc() || end != value.data() + value.size())
          return fail(line_no, "order must be an integer (got '" + std::string(value) + "')");
        lesson.order = n;
      } else if (key == "panels") {
        if (!parse_panels(value, line_no, lesson.panels)) return false;
      } else if (key == "knobs") {
        if (!parse_knobs(value, line_no, lesson.knobs)) return false;
      } else if (key == "go") {
        if (!valid_go_version(value)) return fail(line_no, "go must be a Go version like 1.23 (got '" + std::string(value) + "')");
        lesson.go_version = std::string(value);
      } else {
        return fail(line_no, "unknown front-matter key '" + key + "' (known: id, title, order, panels, knobs, go)");
      }
    }
    if (closing_line == 0) return fail(1, "front matter is not closed by a line '---'");
    for (const char* required : {"id", "title", "order"}) {
      if (!seen.count(required))
        return fail(closing_line, std::string("front matter is missing required key '") + required + "'");
    }
    md_begin = pos;
    return true;
  }

  bool parse_panels(std::string_view value, int line_no, std::vector<std::string>& panels) {
    size_t i = 0;
    while (i <= value.size() && !value.empty()) {
      size_t comma = value.find(',', i);
      if (comma == std::string_view::npos) comma = value.size();
      std::string panel(trim(value.substr(i, comma - i)));
      i = comma + 1;
      if (panel.empty()) return fail(line_no, "panels: empty panel name (write 'panels: threads, scheduler')");
      const auto& known = known_panel_ids();
      if (std::find(known.begin(), known.end(), panel) == known.end()) {
        std::string list;
        for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
        return fail(line_no, "unknown panel '" + panel + "' (known: " + list + ")");
      }
      if (std::find(panels.begin(), panels.end(), panel) == panels.end()) panels.push_back(panel);
    }
    return true;
  }

  bool parse_knobs(std::string_view value, int line_no, std::vector<std::pair<std::string, std::string>>& knobs) {
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && is_space(value[i])) ++i;
      if (i >= value.size()) break;
      size_t end = i;
      while (end < value.size() && !is_space(value[end])) ++end;
      std::string_view knob = value.substr(i, end - i);
      i = end;
      size_t eq = knob.find('=');
      if (eq == std::string_view::npos || !valid_env_key(knob.substr(0, eq)))
        return fail(line_no, "knobs are space-separated KEY=VALUE environment settings (got '" + std::string(knob) + "')");
      std::string key(knob.substr(0, eq));
      for (const auto& k : knobs)
        if (k.first == key) return fail(line_no, "knob " + key + " is given twice");
      knobs.emplace_back(key, std::string(knob.substr(eq + 1)));
    }
    return true;
  }

  bool parse_markdown(Parsed& out, size_t md_begin) {
    Lesson& lesson = out.lesson;
    const std::vector<Heading> headings = top_level_headings(text_, md_begin);
    size_t quiz = headings.size();
    for (size_t i = 0; i < headings.size(); ++i) {
      if (headings[i].level == 2 && trim(headings[i].text) == "Quiz") {
        quiz = i;
        break;
      }
    }
    const size_t body_end = quiz < headings.size() ? headings[quiz].line_begin : text_.size();
    lesson.body_markdown = trim_blank_lines(text_.substr(md_begin, body_end - md_begin));
    md::Document body = md::parse(lesson.body_markdown);
    collect_go_blocks(body.blocks, lesson.go_blocks);
    if (quiz == headings.size()) return true;

    // The quiz: "### [level] question" headings, each followed by its answer.
    const size_t quiz_content = headings[quiz].content_end;
    std::vector<const Heading*> questions;
    for (size_t i = quiz + 1; i < headings.size(); ++i) {
      const Heading& h = headings[i];
      if (h.level < 3)
        return fail(line_of(text_, h.line_begin),
                    "the quiz runs to the end of the file: no level-1 or level-2 heading may follow '## Quiz'");
      if (h.level == 3) questions.push_back(&h);
    }
    const size_t first_question = questions.empty() ? text_.size() : questions.front()->line_begin;
    std::string_view preamble = text_.substr(quiz_content, first_question - quiz_content);
    if (!trim(preamble).empty()) {
      size_t off = quiz_content;
      while (off < first_question && is_space(text_[off])) ++off;
      return fail(line_of(text_, off),
                  "text between '## Quiz' and the first '### question' would be shown nowhere; "
                  "start the quiz with a question");
    }
    std::set<std::string> ids;
    for (size_t q = 0; q < questions.size(); ++q) {
      const Heading& h = *questions[q];
      const int line_no = line_of(text_, h.line_begin);
      QuizItem item;
      std::string_view content = atx_content(line_at(text_, h.line_begin));
      if (!content.empty() && content.front() == '[') {
        size_t close = content.find(']');
        std::string_view tag = close == std::string_view::npos ? std::string_view() : content.substr(1, close - 1);
        const bool letters = !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        });
        const bool tag_like = letters && (close + 1 >= content.size() || is_space(content[close + 1]));
        if (tag_like) {
          std::string level = lower(tag);
          if (level != "beginner" && level != "intermediate" && level != "advanced")
            return fail(line_no, "unknown level tag [" + std::string(tag) +
                                     "] (use [beginner], [intermediate] or [advanced])");
          item.level = level;
          content = trim(content.substr(close + 1));
        }
      }
      if (content.empty()) return fail(line_no, "the question is empty");
      item.question = std::string(content);
      item.id = quiz_item_id(lesson.id, item.question);
      if (!ids.insert(item.id).second) return fail(line_no, "the same question is asked twice in this lesson");
      const size_t answer_begin = h.content_end;
      const size_t answer_end = q + 1 < questions.size() ? questions[q + 1]->line_begin : text_.size();
      item.answer_markdown =
          trim_blank_lines(text_.substr(answer_begin, answer_end > answer_begin ? answer_end - answer_begin : 0));
      if (item.answer_markdown.empty()) return fail(line_no, "the question has no answer below it");
      lesson.quiz.push_back(std::move(item));
    }
    return true;
  }
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const std::vector<std::string>& known_panel_ids() {
  static const std::vector<std::string> kPanels = {"threads", "scheduler", "goroutines", "channels", "allocator", "gc",
                                                    "interfaces", "compiler"};
  return kPanels;
}

uint32_t fnv1a32(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

std::string quiz_item_id(std::string_view lesson_id, std::string_view question) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(fnv1a32(question)));
  return std::string(lesson_id) + "/" + hex;
}

std::optional<Lesson> parse_lesson(std::string_view text, const std::string& path, std::string* error) {
  std::optional<Parsed> parsed = LessonParser(text, path).run(error);
  if (!parsed) return std::nullopt;
  return std::move(parsed->lesson);
}

std::vector<Lesson> load_lessons(const std::string& dir, std::vector<std::string>* errors) {
  std::vector<Lesson> lessons;
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (ends_with(name, ".md") && name != "README.md" && name[0] != '.') names.push_back(name);
    }
    closedir(d);
  } else {
    if (errors) errors->push_back(dir + ": cannot open the lessons directory");
    return lessons;
  }
  std::sort(names.begin(), names.end());
  std::vector<std::pair<std::string, std::string>> id_owner;  // id → path
  for (const std::string& name : names) {
    const std::string path = dir + "/" + name;
    std::string text;
    if (!read_file(path, text)) {
      if (errors) errors->push_back(path + ":1: cannot read the file");
      continue;
    }
    std::string error;
    std::optional<Parsed> parsed = LessonParser(text, path).run(&error);
    if (!parsed) {
      if (errors) errors->push_back(error);
      continue;
    }
    auto owner = std::find_if(id_owner.begin(), id_owner.end(),
                              [&](const auto& p) { return p.first == parsed->lesson.id; });
    if (owner != id_owner.end()) {
      if (errors)
        errors->push_back(path + ":" + std::to_string(parsed->id_line) + ": lesson id '" + parsed->lesson.id +
                          "' is already used by " + owner->second);
      continue;
    }
    id_owner.emplace_back(parsed->lesson.id, path);
    lessons.push_back(std::move(parsed->lesson));
  }
  std::sort(lessons.begin(), lessons.end(), [](const Lesson& a, const Lesson& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return lessons;
}

}  // namespace gs::ui::model
