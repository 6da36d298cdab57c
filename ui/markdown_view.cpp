// markdown_view.cpp — lays out and draws md::Document blocks with ImGui every frame.
//
// Owns: inline layout (words measured per font, wrapped at span boundaries only where
// there is whitespace; words wider than a line broken by characters), block spacing,
// list markers, callout boxes, tables and code blocks. Invariants: a word is never split
// across lines unless it alone is wider than the line (so "**bold**," keeps its comma);
// what is drawn for a block is registered as one ImGui item of the size it took, so the
// window's scrolling and the blocks after it see the true height.
#include "markdown_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

#include "model/go_highlight.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {
namespace {

using model::md::Block;
using model::md::BlockKind;
using model::md::Span;

// Callout tints the palette has no entry for yet (see the report to the lead).
constexpr ImU32 kWarningColour = IM_COL32(232, 150, 48, 255);
constexpr ImU32 kWatchColour = IM_COL32(80, 180, 110, 255);
constexpr ImU32 kQuoteColour = IM_COL32(128, 134, 148, 255);

struct InlineFonts {
  ImFont* regular;
  ImFont* bold;
  ImFont* italic;
  ImFont* mono;
};

ImFont* or_current(ImFont* f) { return f ? f : ImGui::GetFont(); }

// The pixel size the current window draws font f at (honours FontGlobalScale, which the
// theme sets to 1/framebuffer scale, and any window scale).
float font_px(ImFont* f) {
  ImFont* cur = ImGui::GetFont();
  const float ratio = ImGui::GetFontSize() / (cur->FontSize * cur->Scale);
  return f->FontSize * f->Scale * ratio;
}

float text_width(ImFont* f, float px, const char* b, const char* e) {
  return f->CalcTextSizeA(px, FLT_MAX, 0.f, b, e).x;
}

float space_width(ImFont* f, float px) {
  static const char kSpace[] = " ";
  return text_width(f, px, kSpace, kSpace + 1);
}

ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

int utf8_len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

InlineFonts body_fonts() {
  const Fonts& f = theme().fonts();
  return {or_current(f.body), or_current(f.bold), or_current(f.italic), or_current(f.mono)};
}

InlineFonts heading_fonts(int level) {
  const Fonts& f = theme().fonts();
  ImFont* h = level == 1 ? f.h1 : level == 2 ? f.h2 : level == 3 ? f.h3 : f.bold;
  h = or_current(h);
  return {h, h, h, or_current(f.mono)};
}

// ---- inline layout -----------------------------------------------------------------------

struct Frag {
  int span = 0;
  int begin = 0, end = 0;  // bytes of spans[span].text
  float x = 0, w = 0;      // w includes the padding of inline code
  float pad_l = 0;         // where the glyphs start within w
  int line = 0;
  ImFont* font = nullptr;
  float px = 0;
};

struct Line {
  float width = 0, ascent = 0, descent = 0, y = 0;
};

struct InlineLayout {
  std::vector<Frag> frags;
  std::vector<Line> lines;
  float width = 0, height = 0;
  float widest_word = 0;  // the narrowest width the text fits without breaking a word
};

class Layouter {
 public:
  Layouter(const std::vector<Span>& spans, const InlineFonts& fonts, float wrap)
      : spans_(spans), fonts_(fonts), wrap_(wrap) {
    code_pad_ = font_px(fonts_.mono) * 0.22f;
  }

  InlineLayout run() {
    for (int si = 0; si < static_cast<int>(spans_.size()); ++si) {
      const std::string& t = spans_[static_cast<size_t>(si)].text;
      int i = 0;
      const int n = static_cast<int>(t.size());
      while (i < n) {
        const char c = t[static_cast<size_t>(i)];
        if (c == '\n') {
          flush_word();
          new_line();
          ++i;
        } else if (c == ' ' || c == '\t') {
          flush_word();
          int j = i;
          while (j < n && (t[static_cast<size_t>(j)] == ' ' || t[static_cast<size_t>(j)] == '\t')) ++j;
          add_space(si, i, j);
          i = j;
        } else {
          int j = i;
          while (j < n && t[static_cast<size_t>(j)] != ' ' && t[static_cast<size_t>(j)] != '\t' &&
                 t[static_cast<size_t>(j)] != '\n')
            ++j;
          word_.push_back(Piece{si, i, j});
          i = j;
        }
      }
    }
    flush_word();
    if (!out_.frags.empty() || !out_.lines.empty()) finish_line();
    float y = 0;
    const float gap = font_px(fonts_.regular) * 0.12f;
    for (size_t l = 0; l < out_.lines.size(); ++l) {
      Line& line = out_.lines[l];
      if (line.ascent == 0 && line.descent == 0) metrics(fonts_.regular, line);
      line.y = y;
      y += line.ascent + line.descent + (l + 1 < out_.lines.size() ? gap : 0.f);
      out_.width = std::max(out_.width, line.width);
    }
    out_.height = y;
    return std::move(out_);
  }

 private:
  struct Piece {
    int span, begin, end;
  };

  const std::vector<Span>& spans_;
  InlineFonts fonts_;
  float wrap_;
  float code_pad_ = 0;
  InlineLayout out_;
  Line line_;
  float x_ = 0;
  std::vector<Piece> word_;
  std::vector<Frag> pending_space_;
  float pending_w_ = 0;

  ImFont* font_of(const Span& s) const {
    if (s.code) return fonts_.mono;
    if (s.bold) return fonts_.bold;
    if (s.italic) return fonts_.italic;
    return fonts_.regular;
  }

  static void metrics(ImFont* f, Line& line) {
    const float px = font_px(f);
    const float scale = px / f->FontSize;
    line.ascent = std::max(line.ascent, f->Ascent * scale);
    line.descent = std::max(line.descent, -f->Descent * scale);
  }

  const char* text(int span) const { return spans_[static_cast<size_t>(span)].text.data(); }

  // Width of a piece of one span, with inline code's padding at the span's ends.
  Frag measure(const Piece& p) const {
    const Span& s = spans_[static_cast<size_t>(p.span)];
    Frag f;
    f.span = p.span;
    f.begin = p.begin;
    f.end = p.end;
    f.font = font_of(s);
    f.px = font_px(f.font);
    f.w = text_width(f.font, f.px, text(p.span) + p.begin, text(p.span) + p.end);
    if (s.code) {
      if (p.begin == 0) {
        f.pad_l = code_pad_;
        f.w += code_pad_;
      }
      if (p.end == static_cast<int>(s.text.size())) f.w += code_pad_;
    }
    return f;
  }

  void emit(Frag f) {
    f.x = x_;
    f.line = static_cast<int>(out_.lines.size());
    x_ += f.w;
    metrics(f.font, line_);
    if (f.end > f.begin) line_.width = x_;
    out_.frags.push_back(f);
  }

  void finish_line() {
    out_.lines.push_back(line_);
    line_ = Line{};
  }

  void new_line() {
    finish_line();
    x_ = 0;
    pending_space_.clear();
    pending_w_ = 0;
  }

  void add_space(int span, int begin, int end) {
    Frag f;
    f.span = span;
    f.begin = begin;
    f.end = end;
    f.font = font_of(spans_[static_cast<size_t>(span)]);
    f.px = font_px(f.font);
    // Tabs in prose count as one space.
    f.w = static_cast<float>(end - begin) * space_width(f.font, f.px);
    pending_space_.push_back(f);
    pending_w_ += f.w;
  }

  void flush_word() {
    if (word_.empty()) return;
    std::vector<Frag> pieces;
    float w = 0;
    for (const Piece& p : word_) {
      pieces.push_back(measure(p));
      w += pieces.back().w;
    }
    out_.widest_word = std::max(out_.widest_word, w);
    const bool line_empty = x_ == 0 && line_.width == 0;
    if (!line_empty && x_ + pending_w_ + w > wrap_) {
      new_line();
    } else if (!line_empty) {
      for (Frag& s : pending_space_) emit(s);
    }
    pending_space_.clear();
    pending_w_ = 0;
    if (x_ + w <= wrap_) {
      for (Frag& f : pieces) emit(f);
    } else {
      for (const Frag& f : pieces) break_by_characters(f);
    }
    word_.clear();
  }

  // A word wider than the line: as many characters on each line as fit.
  void break_by_characters(const Frag& whole) {
    const Span& s = spans_[static_cast<size_t>(whole.span)];
    const float pad_r = s.code && whole.end == static_cast<int>(s.text.size()) ? code_pad_ : 0.f;
    int begin = whole.begin;
    float lead = whole.pad_l;
    while (begin < whole.end) {
      // Take characters while they fit (at least one on an empty line).
      int end = begin;
      float w = lead;
      while (end < whole.end) {
        const int len = std::min(utf8_len(static_cast<unsigned char>(s.text[static_cast<size_t>(end)])), whole.end - end);
        const float cw = text_width(whole.font, whole.px, text(whole.span) + end, text(whole.span) + end + len);
        const float tail = end + len == whole.end ? pad_r : 0.f;
        if (x_ + w + cw + tail > wrap_ && (end > begin || x_ > 0)) break;
        w += cw;
        end += len;
      }
      if (end == begin) {  // nothing fits after what is on this line: continue below
        new_line();
        continue;
      }
      Frag f = whole;
      f.begin = begin;
      f.end = end;
      f.pad_l = lead;
      f.w = w + (end == whole.end ? pad_r : 0.f);
      emit(f);
      lead = 0;
      begin = end;
      if (begin < whole.end) new_line();
    }
  }
};

struct Ctx {
  const MarkdownActions* actions = nullptr;
  float right_inset = 0;  // space kept free at the right (inside callout boxes)
  int list_depth = 0;
};

float wrap_width(const Ctx& ctx) { return std::max(ImGui::GetContentRegionAvail().x - ctx.right_inset, 40.f); }

// Consecutive spans with the same link target are one link (hovered and clicked together).
std::vector<int> link_groups(const std::vector<Span>& spans) {
  std::vector<int> group(spans.size(), -1);
  for (size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].link.empty()) continue;
    group[i] = (i > 0 && group[i - 1] >= 0 && spans[i - 1].link == spans[i].link) ? group[i - 1] : static_cast<int>(i);
  }
  return group;
}

float align_shift(const Line& line, float wrap, int align) {
  if (align == model::md::AlignCenter) return std::max(0.f, (wrap - line.width) * 0.5f);
  if (align == model::md::AlignRight) return std::max(0.f, wrap - line.width);
  return 0.f;
}

// Lays out and draws spans at the cursor, then registers the area as one item.
void draw_inline(const std::vector<Span>& spans, const InlineFonts& fonts, const Ctx& ctx, int align = 0,
                 float wrap = -1.f) {
  if (wrap <= 0) wrap = wrap_width(ctx);
  InlineLayout layout = Layouter(spans, fonts, wrap).run();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = theme().palette();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const std::vector<int> group = link_groups(spans);

  auto frag_min = [&](const Frag& f) {
    const Line& line = layout.lines[static_cast<size_t>(f.line)];
    return ImVec2(origin.x + align_shift(line, wrap, align) + f.x, origin.y + line.y);
  };
  auto line_h = [&](const Frag& f) {
    const Line& line = layout.lines[static_cast<size_t>(f.line)];
    return line.ascent + line.descent;
  };

  // Which link (if any) the mouse is over.
  int hovered = -1;
  if (ImGui::IsWindowHovered()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (const Frag& f : layout.frags) {
      if (group[static_cast<size_t>(f.span)] < 0) continue;
      const ImVec2 a = frag_min(f);
      if (mouse.x >= a.x && mouse.x < a.x + f.w && mouse.y >= a.y && mouse.y < a.y + line_h(f)) {
        hovered = group[static_cast<size_t>(f.span)];
        break;
      }
    }
  }

  size_t line_first = 0;  // frags are in line order: [line_first, line_end) is line l
  for (size_t l = 0; l < layout.lines.size(); ++l) {
    size_t line_end = line_first;
    while (line_end < layout.frags.size() && layout.frags[line_end].line == static_cast<int>(l)) ++line_end;
    const size_t first = line_first;
    line_first = line_end;
    const Line& line = layout.lines[l];
    const float shift = align_shift(line, wrap, align);
    const ImVec2 lmin(origin.x + shift, origin.y + line.y);
    if (!ImGui::IsRectVisible(lmin, ImVec2(lmin.x + line.width + 1, lmin.y + line.ascent + line.descent))) continue;
    // Inline code backgrounds: one rounded box per run of a code span on this line.
    for (size_t i = first; i < line_end; ++i) {
      const Frag& f = layout.frags[i];
      if (!spans[static_cast<size_t>(f.span)].code) continue;
      if (i > first && layout.frags[i - 1].span == f.span) continue;
      size_t j = i;
      while (j + 1 < line_end && layout.frags[j + 1].span == f.span) ++j;
      const Frag& last = layout.frags[j];
      const float top = lmin.y + line.ascent - f.font->Ascent * (f.px / f.font->FontSize);
      dl->AddRectFilled(ImVec2(lmin.x + f.x, top - 1.f), ImVec2(lmin.x + last.x + last.w, top + f.px + 1.f),
                        pal.inline_code_bg, 3.f);
    }
    for (size_t i = first; i < line_end; ++i) {
      const Frag& f = layout.frags[i];
      const Span& s = spans[static_cast<size_t>(f.span)];
      const float scale = f.px / f.font->FontSize;
      const float top = lmin.y + line.ascent - f.font->Ascent * scale;
      const ImVec2 pos(lmin.x + f.x + f.pad_l, top);
      const bool is_link = !s.link.empty();
      const ImU32 col = is_link ? pal.link : text_col;
      const char* t = s.text.data();
      dl->AddText(f.font, f.px, pos, col, t + f.begin, t + f.end);
      const float glyph_w = f.w - f.pad_l;
      if (s.strike) {
        const float y = top + f.font->Ascent * scale * 0.62f;
        dl->AddLine(ImVec2(lmin.x + f.x, y), ImVec2(lmin.x + f.x + glyph_w, y), col, std::max(1.f, f.px / 16.f));
      }
      if (is_link && hovered >= 0 && group[static_cast<size_t>(f.span)] == hovered) {
        const float y = lmin.y + line.ascent + std::max(1.f, f.px / 14.f);
        dl->AddLine(ImVec2(lmin.x + f.x, y), ImVec2(lmin.x + f.x + f.w, y), col, std::max(1.f, f.px / 16.f));
      }
    }
  }

  if (hovered >= 0) {
    const std::string& url = spans[static_cast<size_t>(hovered)].link;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s", url.c_str());
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ctx.actions && ctx.actions->link) ctx.actions->link(url);
  }
  ImGui::Dummy(ImVec2(std::min(layout.width, wrap), std::max(layout.height, 1.f)));
}

// ---- blocks ------------------------------------------------------------------------------

void draw_blocks(const std::vector<Block>& blocks, Ctx& ctx, bool compact);

float body_px() { return font_px(or_current(theme().fonts().body)); }

void vertical_gap(float h) {
  if (h > 0) ImGui::Dummy(ImVec2(0, h));
}

void draw_heading(const Block& b, Ctx& ctx) {
  draw_inline(b.spans, heading_fonts(b.level), ctx);
  if (b.level <= 2) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const float y = ImGui::GetItemRectMax().y + ImGui::GetStyle().ItemSpacing.y * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, y), ImVec2(min.x + wrap_width(ctx), y),
                                        ImGui::GetColorU32(ImGuiCol_Separator, 0.6f));
    vertical_gap(2.f);
  }
}

void draw_list(const Block& list, Ctx& ctx) {
  const InlineFonts fonts = body_fonts();
  const float px = font_px(fonts.regular);
  const bool ordered = list.level > 0;
  float marker_w = px * 0.9f;
  if (ordered) {
    char widest[32];
    std::snprintf(widest, sizeof widest, "%d.", list.level + static_cast<int>(list.children.size()) - 1);
    marker_w = std::max(marker_w, text_width(fonts.regular, px, widest, widest + std::char_traits<char>::length(widest)));
  }
  const float indent = marker_w + px * 0.45f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  ++ctx.list_depth;
  for (size_t i = 0; i < list.children.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (ordered) {
      char num[32];
      std::snprintf(num, sizeof num, "%d.", list.level + static_cast<int>(i));
      const float w = text_width(fonts.regular, px, num, num + std::char_traits<char>::length(num));
      dl->AddText(fonts.regular, px, ImVec2(start.x + marker_w - w, start.y), col, num);
    } else {
      const ImVec2 c(start.x + marker_w * 0.5f, start.y + px * 0.56f);
      const float r = px * 0.14f;
      const int depth = (ctx.list_depth - 1) % 3;
      if (depth == 0)
        dl->AddCircleFilled(c, r, col, 12);
      else if (depth == 1)
        dl->AddCircle(c, r, col, 12, std::max(1.f, px / 14.f));
      else
        dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col);
    }
    ImGui::Indent(indent);
    draw_blocks(list.children[i].children, ctx, true);
    ImGui::Unindent(indent);
    ImGui::PopID();
  }
  --ctx.list_depth;
}

void draw_quote(const Block& quote, Ctx& ctx) {
  const model::md::Callout kind = model::md::callout_of(quote);
  const Palette& pal = theme().palette();
  ImU32 bar = kQuoteColour;
  switch (kind) {
    case model::md::Callout::Misconception: bar = kWarningColour; break;
    case model::md::Callout::Predict: bar = pal.link; break;
    case model::md::Callout::Watch: bar = kWatchColour; break;
    case model::md::Callout::Other: bar = pal.link; break;
    case model::md::Callout::None: break;
  }
  const float px = body_px();
  const float bar_w = std::max(3.f, px * 0.22f);
  const float pad = px * 0.6f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float right = start.x + ImGui::GetContentRegionAvail().x - ctx.right_inset;

  // Content on channel 1, the box behind it on channel 0 once its height is known.
  ImDrawListSplitter splitter;
  splitter.Split(dl, 2);
  splitter.SetCurrentChannel(dl, 1);
  vertical_gap(std::max(0.f, pad - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(bar_w + pad);
  const float saved_inset = ctx.right_inset;
  ctx.right_inset += pad;
  draw_blocks(quote.children, ctx, false);
  ctx.right_inset = saved_inset;
  ImGui::Unindent(bar_w + pad);
  const float bottom = std::max(ImGui::GetItemRectMax().y, start.y + pad) + pad;  // (an empty '>' has no items)
  splitter.SetCurrentChannel(dl, 0);
  const bool callout = kind != model::md::Callout::None;
  dl->AddRectFilled(start, ImVec2(right, bottom), with_alpha(bar, callout ? 34 : 14), 4.f);
  dl->AddRectFilled(start, ImVec2(start.x + bar_w, bottom), bar, 4.f, ImDrawFlags_RoundCornersLeft);
  splitter.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

ImU32 go_colour(model::GoToken kind, const Palette& pal) {
  switch (kind) {
    case model::GoToken::Keyword: return pal.keyword;
    case model::GoToken::Type:
    case model::GoToken::Builtin: return pal.type;
    case model::GoToken::String:
    case model::GoToken::Rune: return pal.string;
    case model::GoToken::Number: return pal.number;
    case model::GoToken::Comment: return pal.comment;
    case model::GoToken::Punct: return pal.punct;
    case model::GoToken::Plain: break;
  }
  return pal.plain;
}

// Draws line[begin, end) at column `col` of a monospace grid (tabs to the next multiple
// of 4), returning the column after it.
int draw_mono(ImDrawList* dl, ImFont* font, float px, float char_w, ImVec2 origin, std::string_view line, int begin,
              int end, int col, ImU32 colour) {
  int i = begin;
  while (i < end) {
    if (line[static_cast<size_t>(i)] == '\t') {
      col = (col / 4 + 1) * 4;
      ++i;
      continue;
    }
    int j = i;
    int chars = 0;
    while (j < end && line[static_cast<size_t>(j)] != '\t') {
      j += std::min(utf8_len(static_cast<unsigned char>(line[static_cast<size_t>(j)])), end - j);
      ++chars;
    }
    if (dl) dl->AddText(font, px, ImVec2(origin.x + static_cast<float>(col) * char_w, origin.y), colour,
                        line.data() + i, line.data() + j);
    col += chars;
    i = j;
  }
  return col;
}

void draw_code(const Block& b, Ctx& ctx) {
  const Palette& pal = theme().palette();
  ImFont* mono = or_current(theme().fonts().mono);
  const float px = font_px(mono);
  const float char_w = space_width(mono, px);
  const bool is_go = b.go_index >= 0;

  if (is_go && ctx.actions && (ctx.actions->run || ctx.actions->open)) {
    if (ctx.actions->run) {
      if (ImGui::SmallButton("Run")) ctx.actions->run(b.go_index, b.code);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run this example");
      record_test_rect("md:run:" + std::to_string(b.go_index));
      ImGui::SameLine();
    }
    if (ctx.actions->open) {
      if (ImGui::SmallButton("Open in editor")) ctx.actions->open(b.go_index, b.code);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Load this example into the editor to change it");
      record_test_rect("md:open:" + std::to_string(b.go_index));
    }
  }

  std::vector<std::string_view> lines;
  std::string_view code = b.code;
  while (!code.empty()) {
    size_t nl = code.find('\n');
    std::string_view line = code.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    code.remove_prefix(nl + 1);
  }
  if (lines.empty()) lines.push_back({});
  int max_cols = 0;
  for (std::string_view line : lines)
    max_cols = std::max(max_cols, draw_mono(nullptr, mono, px, char_w, ImVec2(), line, 0, static_cast<int>(line.size()), 0, 0));

  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pad(px * 0.7f, px * 0.45f);
  const float width = wrap_width(ctx);
  const float content_w = static_cast<float>(max_cols) * char_w;
  const float content_h = static_cast<float>(lines.size()) * px;
  const float border = 1.f;
  const bool scroll_x = content_w + 2 * (pad.x + border) > width;
  // Exactly the lines' height: no vertical scrolling inside, the page scrolls instead.
  const float height = std::ceil(content_h + 2 * (pad.y + border) + (scroll_x ? style.ScrollbarSize : 0.f));

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(pal.code_bg));
  ImVec4 border_col = ImGui::GetStyleColorVec4(ImGuiCol_Separator);
  border_col.w *= 0.45f;
  ImGui::PushStyleColor(ImGuiCol_Border, border_col);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, pad);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, border);
  ImGui::BeginChild("##code", ImVec2(width, height), true,
                    ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  model::GoLexState state;
  const ImU32 plain = ImGui::GetColorU32(ImGuiCol_Text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    const ImVec2 at(origin.x, origin.y + static_cast<float>(i) * px);
    const bool visible = ImGui::IsRectVisible(at, ImVec2(at.x + content_w + 1, at.y + px));
    if (!is_go) {
      if (visible) draw_mono(dl, mono, px, char_w, at, line, 0, static_cast<int>(line.size()), 0, plain);
      continue;
    }
    // Go: colour every line (the lexer state carries comments and raw strings across lines).
    std::vector<model::GoSpan> spans = model::highlight_go_line(line, state);
    if (!visible) continue;
    int col = 0, pos = 0;
    for (const model::GoSpan& s : spans) {
      if (s.begin > pos) col = draw_mono(dl, mono, px, char_w, at, line, pos, s.begin, col, pal.plain);
      col = draw_mono(dl, mono, px, char_w, at, line, s.begin, s.end, col, go_colour(s.kind, pal));
      pos = s.end;
    }
    if (pos < static_cast<int>(line.size()))
      draw_mono(dl, mono, px, char_w, at, line, pos, static_cast<int>(line.size()), col, pal.plain);
  }
  ImGui::Dummy(ImVec2(content_w, content_h));
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
}

// Column widths as a browser lays out an auto table: every column gets at least its
// widest word (so words are not broken when they can be avoided), and the rest of the
// width goes to columns in proportion to how much more their longest line would need.
std::vector<float> table_column_widths(const std::vector<float>& min_w, const std::vector<float>& max_w, float avail) {
  const size_t n = min_w.size();
  float sum_min = 0, sum_max = 0;
  for (size_t c = 0; c < n; ++c) {
    sum_min += min_w[c];
    sum_max += max_w[c];
  }
  std::vector<float> w(n);
  if (sum_max <= avail) {  // everything fits on one line: share the spare width alike
    for (size_t c = 0; c < n; ++c) w[c] = max_w[c] + (avail - sum_max) * (max_w[c] / std::max(sum_max, 1.f));
  } else if (sum_min <= avail) {
    const float spread = std::max(sum_max - sum_min, 1.f);
    for (size_t c = 0; c < n; ++c) w[c] = min_w[c] + (avail - sum_min) * ((max_w[c] - min_w[c]) / spread);
  } else {  // even the widest words do not fit: shrink them alike (they break by characters)
    for (size_t c = 0; c < n; ++c) w[c] = std::max(8.f, min_w[c] * avail / std::max(sum_min, 1.f));
  }
  return w;
}

void draw_table(const Block& table, Ctx& ctx) {
  size_t cols = 0;
  for (const auto& row : table.rows) cols = std::max(cols, row.size());
  if (cols == 0) return;
  const InlineFonts body = body_fonts();
  const InlineFonts head = {body.bold, body.bold, body.bold, body.mono};
  const float px = font_px(body.regular);
  const ImVec2 cell_pad(std::floor(px * 0.45f), std::floor(px * 0.2f));
  const float avail = wrap_width(ctx);
  // Cell padding, borders, and a pixel per column for rounding widths up.
  const float overhead = static_cast<float>(cols) * (2.f * cell_pad.x + 2.f) + 1.f;
  const float content = std::max(avail - overhead, static_cast<float>(cols) * 8.f);
  std::vector<float> min_w(cols, px), max_w(cols, px);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      InlineLayout l = Layouter(table.rows[r][c], r == 0 ? head : body, FLT_MAX).run();
      // A very long word (a URL) may not claim more than 40% of the table.
      min_w[c] = std::max(min_w[c], std::min(l.widest_word, content * 0.4f));
      max_w[c] = std::max(max_w[c], l.width);
    }
  }
  for (size_t c = 0; c < cols; ++c) max_w[c] = std::max(max_w[c], min_w[c]);
  const std::vector<float> widths = table_column_widths(min_w, max_w, content);

  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, cell_pad);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_NoSavedSettings;
  if (ImGui::BeginTable("##table", static_cast<int>(cols), flags, ImVec2(avail, 0))) {
    for (size_t c = 0; c < cols; ++c)
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize, std::ceil(widths[c]));
    Ctx cell_ctx = ctx;
    cell_ctx.right_inset = 0;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      ImGui::TableNextRow(r == 0 ? ImGuiTableRowFlags_Headers : 0);
      for (size_t c = 0; c < table.rows[r].size(); ++c) {
        ImGui::TableSetColumnIndex(static_cast<int>(c));
        ImGui::PushID(static_cast<int>(r * cols + c));
        const int align = c < table.align.size() ? table.align[c] : 0;
        draw_inline(table.rows[r][c], r == 0 ? head : body, cell_ctx, align);
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
}

void draw_block(const Block& b, Ctx& ctx) {
  switch (b.kind) {
    case BlockKind::Heading: draw_heading(b, ctx); break;
    case BlockKind::Paragraph: draw_inline(b.spans, body_fonts(), ctx); break;
    case BlockKind::List: draw_list(b, ctx); break;
    case BlockKind::ListItem: draw_blocks(b.children, ctx, true); break;
    case BlockKind::Code: draw_code(b, ctx); break;
    case BlockKind::Quote: draw_quote(b, ctx); break;
    case BlockKind::Table: draw_table(b, ctx); break;
    case BlockKind::Rule: {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float y = p.y + body_px() * 0.5f;
      ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, y), ImVec2(p.x + wrap_width(ctx), y),
                                          ImGui::GetColorU32(ImGuiCol_Separator), 1.f);
      ImGui::Dummy(ImVec2(0, body_px()));
      break;
    }
  }
}

// Blocks one after another. Between blocks: a paragraph's worth of space (less in a
// list item, whose paragraphs sit closer), more above a heading.
void draw_blocks(const std::vector<Block>& blocks, Ctx& ctx, bool compact) {
  const float px = body_px();
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (i > 0) {
      float gap = compact ? 0.f : px * 0.35f;
      if (b.kind == BlockKind::Heading) gap = px * (b.level <= 2 ? 0.9f : 0.6f);
      vertical_gap(gap);
    }
    ImGui::PushID(static_cast<int>(i));
    draw_block(b, ctx);
    ImGui::PopID();
  }
}

}  // namespace

void draw_markdown(const model::md::Document& doc, const MarkdownActions& actions) {
  Ctx ctx;
  ctx.actions = &actions;
  ImGui::PushID(static_cast<const void*>(&doc));  // two documents in one window never share ids
  draw_blocks(doc.blocks, ctx, false);
  ImGui::PopID();
}

}  // namespace gs::ui
