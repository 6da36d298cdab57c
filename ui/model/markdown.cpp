// markdown.cpp — builds the md::Document tree from md4c's enter/leave/text callbacks.
//
// Owns: the md4c flags the whole UI uses and the mapping of md4c blocks and spans onto
// md::Block / md::Span. Invariant: the builder's stack holds the blocks being built,
// innermost last; a block is moved into its parent (or the document) when md4c leaves it,
// so finished blocks never move again while text is still being appended to them.
#include "model/markdown.h"

#include <md4c.h>

#include <cstdint>
#include <cstdlib>

namespace gs::ui::model::md {
namespace {

constexpr unsigned kFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

std::string attribute_text(const MD_ATTRIBUTE& attr) {
  if (attr.text == nullptr) return {};
  return std::string(attr.text, attr.size);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// "&amp;", "&#60;", "&#x3C;" → their characters; unknown names stay as written.
std::string decode_entity(std::string_view entity) {
  std::string out;
  if (entity.size() >= 4 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
    char* end = nullptr;
    unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (!digits.empty() && end && *end == '\0') {
      append_utf8(out, static_cast<uint32_t>(cp > 0x10FFFF ? 0xFFFD : cp));
      return out;
    }
    return std::string(entity);
  }
  struct Named { const char* name; uint32_t cp; };
  static const Named kNamed[] = {
      {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},      {"copy", 0xA9},      {"reg", 0xAE},
      {"times", 0xD7},    {"divide", 0xF7},    {"middot", 0xB7},    {"laquo", 0xAB},
      {"raquo", 0xBB},    {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},
      {"rsquo", 0x2019},  {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"hellip", 0x2026},
      {"larr", 0x2190},   {"rarr", 0x2192},    {"uarr", 0x2191},    {"darr", 0x2193},
      {"le", 0x2264},     {"ge", 0x2265},      {"ne", 0x2260},      {"micro", 0xB5},
  };
  if (entity.size() >= 3) {
    std::string_view name = entity.substr(1, entity.size() - 2);
    for (const Named& n : kNamed) {
      if (name == n.name) {
        append_utf8(out, n.cp);
        return out;
      }
    }
  }
  return std::string(entity);
}

struct Frame {
  Block block;
  bool implicit_paragraph_open = false;  // ListItem: the last child takes tight-item text
};

class Builder {
 public:
  explicit Builder(std::string_view source) : source_(source) {}
  Document doc;

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_DOC:
      case MD_BLOCK_THEAD:
      case MD_BLOCK_TBODY:
        return 0;
      case MD_BLOCK_HTML:  // not produced with MD_FLAG_NOHTML; shown as code if it ever is
        push(BlockKind::Code).lang = "html";
        return 0;
      case MD_BLOCK_QUOTE:
        push(BlockKind::Quote);
        return 0;
      case MD_BLOCK_UL:
        push(BlockKind::List).level = 0;
        return 0;
      case MD_BLOCK_OL:
        push(BlockKind::List).level = static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start);
        return 0;
      case MD_BLOCK_LI: {
        push(BlockKind::ListItem);
        auto* li = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        if (li->is_task) task_mark_ = (li->task_mark == ' ') ? "[ ] " : "[x] ";
        return 0;
      }
      case MD_BLOCK_HR:
        push(BlockKind::Rule);
        return 0;
      case MD_BLOCK_H:
        push(BlockKind::Heading).level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        return 0;
      case MD_BLOCK_CODE: {
        Block& code = push(BlockKind::Code);
        auto* cd = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        code.lang = attribute_text(cd->lang);
        return 0;
      }
      case MD_BLOCK_P:
        push(BlockKind::Paragraph);
        return 0;
      case MD_BLOCK_TABLE:
        push(BlockKind::Table);
        return 0;
      case MD_BLOCK_TR:
        if (!stack_.empty() && stack_.back().block.kind == BlockKind::Table) stack_.back().block.rows.emplace_back();
        return 0;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: {
        if (stack_.empty() || stack_.back().block.kind != BlockKind::Table) return 0;
        Block& table = stack_.back().block;
        if (table.rows.empty()) table.rows.emplace_back();
        table.rows.back().emplace_back();
        if (table.rows.size() == 1)
          table.align.push_back(static_cast<int>(static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align));
        in_cell_ = true;
        return 0;
      }
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_DOC:
      case MD_BLOCK_THEAD:
      case MD_BLOCK_TBODY:
      case MD_BLOCK_TR:
        return 0;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        in_cell_ = false;
        return 0;
      case MD_BLOCK_LI:
        task_mark_.clear();  // an empty task item leaves no mark for the next text
        pop();
        return 0;
      default:
        pop();
        return 0;
    }
  }

  int enter_span(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_EM: ++italic_; break;
      case MD_SPAN_STRONG: ++bold_; break;
      case MD_SPAN_CODE: ++code_; break;
      case MD_SPAN_DEL: ++strike_; break;
      case MD_SPAN_A: links_.push_back(attribute_text(static_cast<MD_SPAN_A_DETAIL*>(detail)->href)); break;
      case MD_SPAN_IMG:  // an image shows its alt text, italic, linking to the image
        ++italic_;
        links_.push_back(attribute_text(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src));
        break;
      default: break;
    }
    return 0;
  }

  int leave_span(MD_SPANTYPE type, void*) {
    switch (type) {
      case MD_SPAN_EM: --italic_; break;
      case MD_SPAN_STRONG: --bold_; break;
      case MD_SPAN_CODE: --code_; break;
      case MD_SPAN_DEL: --strike_; break;
      case MD_SPAN_A:
        if (!links_.empty()) links_.pop_back();
        break;
      case MD_SPAN_IMG:
        --italic_;
        if (!links_.empty()) links_.pop_back();
        break;
      default: break;
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    std::string_view t(text, size);
    if (!stack_.empty() && (stack_.back().block.kind == BlockKind::Code)) {
      append_code(stack_.back().block.code, t);
      return 0;
    }
    switch (type) {
      case MD_TEXT_NULLCHAR: append_inline("\xEF\xBF\xBD"); break;
      case MD_TEXT_BR: append_inline("\n"); break;
      case MD_TEXT_SOFTBR: append_inline(" "); break;
      case MD_TEXT_ENTITY: append_inline(code_ > 0 ? std::string(t) : decode_entity(t)); break;
      case MD_TEXT_CODE:
        if (in_cell_) {
          // GFM: "\|" in a table cell is a '|', even inside a code span (md4c keeps the '\').
          std::string unescaped(t);
          for (size_t at = unescaped.find("\\|"); at != std::string::npos; at = unescaped.find("\\|", at))
            unescaped.erase(at, 1), ++at;
          append_inline(unescaped);
          break;
        }
        append_inline(t);
        break;
      default: append_inline(t); break;
    }
    return 0;
  }

 private:
  std::vector<Frame> stack_;
  int bold_ = 0, italic_ = 0, code_ = 0, strike_ = 0;
  std::vector<std::string> links_;
  bool in_cell_ = false;
  std::string task_mark_;  // "[ ] " / "[x] " to put before the next task item's text
  int next_go_index_ = 0;
  std::string_view source_;
  int pending_indent_ = 0;  // columns of code indentation md4c reported as spaces

  bool in_source(std::string_view t) const {
    return t.data() >= source_.data() && t.data() + t.size() <= source_.data() + source_.size();
  }

  // md4c reports a code line's leading indentation as spaces, even where the source has
  // tabs (as gofmt'd Go does). Where the line's whitespace starts the source line and
  // spans exactly those columns (a fence that is not indented or nested), keep it as written.
  void append_code(std::string& code, std::string_view t) {
    if (!in_source(t)) {
      if (t != "\n" && t.find_first_not_of(' ') == std::string_view::npos) {
        pending_indent_ += static_cast<int>(t.size());
        return;
      }
      code.append(static_cast<size_t>(pending_indent_), ' ');
      pending_indent_ = 0;
      code.append(t);
      return;
    }
    if (pending_indent_ > 0) {
      const char* begin = t.data();
      while (begin > source_.data() && (begin[-1] == ' ' || begin[-1] == '\t')) --begin;
      const bool starts_line = begin == source_.data() || begin[-1] == '\n';
      int columns = 0;
      for (const char* c = begin; c < t.data(); ++c) columns = *c == '\t' ? (columns + 4) & ~3 : columns + 1;
      if (starts_line && columns == pending_indent_)
        code.append(begin, static_cast<size_t>(t.data() - begin));
      else
        code.append(static_cast<size_t>(pending_indent_), ' ');
      pending_indent_ = 0;
    }
    code.append(t);
  }

  Block& push(BlockKind kind) {
    if (!stack_.empty()) stack_.back().implicit_paragraph_open = false;
    stack_.emplace_back();
    stack_.back().block.kind = kind;
    return stack_.back().block;
  }

  void pop() {
    if (stack_.empty()) return;
    Block done = std::move(stack_.back().block);
    stack_.pop_back();
    if (done.kind == BlockKind::Code) {
      if (done.lang == "go") done.go_index = next_go_index_++;
    }
    if (stack_.empty()) {
      doc.blocks.push_back(std::move(done));
    } else {
      stack_.back().block.children.push_back(std::move(done));
      stack_.back().implicit_paragraph_open = false;
    }
  }

  std::vector<Span>* inline_target() {
    if (stack_.empty()) return nullptr;
    Frame& top = stack_.back();
    if (in_cell_ && top.block.kind == BlockKind::Table) {
      if (top.block.rows.empty() || top.block.rows.back().empty()) return nullptr;
      return &top.block.rows.back().back();
    }
    switch (top.block.kind) {
      case BlockKind::Heading:
      case BlockKind::Paragraph:
        return &top.block.spans;
      case BlockKind::ListItem:
      case BlockKind::Quote:
        // Text directly in an item (a tight list) goes into an implicit paragraph.
        if (!top.implicit_paragraph_open) {
          top.block.children.emplace_back();
          top.block.children.back().kind = BlockKind::Paragraph;
          top.implicit_paragraph_open = true;
        }
        return &top.block.children.back().spans;
      default:
        return nullptr;
    }
  }

  void append_inline(std::string_view t) {
    std::vector<Span>* spans = inline_target();
    if (spans == nullptr || t.empty()) return;
    if (!task_mark_.empty()) {
      std::string mark;
      mark.swap(task_mark_);
      append_inline(mark);
    }
    const bool bold = bold_ > 0, italic = italic_ > 0, code = code_ > 0, strike = strike_ > 0;
    const std::string& link = links_.empty() ? empty_ : links_.back();
    if (!spans->empty()) {
      Span& last = spans->back();
      if (last.bold == bold && last.italic == italic && last.code == code && last.strike == strike &&
          last.link == link) {
        last.text.append(t);
        return;
      }
    }
    Span s;
    s.text = std::string(t);
    s.bold = bold;
    s.italic = italic;
    s.code = code;
    s.strike = strike;
    s.link = link;
    spans->push_back(std::move(s));
  }

  const std::string empty_;
};

int on_enter_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Builder*>(u)->enter_block(t, d); }
int on_leave_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Builder*>(u)->leave_block(t, d); }
int on_enter_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<Builder*>(u)->enter_span(t, d); }
int on_leave_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<Builder*>(u)->leave_span(t, d); }
int on_text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) { return static_cast<Builder*>(u)->text(t, s, n); }

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

Document parse(std::string_view markdown) {
  Builder builder(markdown);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = kFlags;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
  return std::move(builder.doc);
}

std::string callout_title(const Block& quote) {
  if (quote.kind != BlockKind::Quote || quote.children.empty()) return {};
  const Block& first = quote.children.front();
  if (first.kind != BlockKind::Paragraph || first.spans.empty()) return {};
  const Span& lead = first.spans.front();
  if (!lead.bold || lead.code || !lead.link.empty()) return {};
  return lead.text;
}

Callout callout_of(const Block& quote) {
  const std::string title = callout_title(quote);
  if (title.empty()) return Callout::None;
  std::string lower;
  for (char c : title) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (starts_with(lower, "common misconception")) return Callout::Misconception;
  if (starts_with(lower, "predict")) return Callout::Predict;
  if (starts_with(lower, "what to watch")) return Callout::Watch;
  return Callout::Other;
}

std::string plain_text(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) out += s.text;
  return out;
}

}  // namespace gs::ui::model::md
