// markdown.h — a Markdown document as a tree the views draw every frame (no ImGui here).
//
// Owns: turning Markdown (CommonMark + GitHub tables, strikethrough, autolinks, task
// lists; raw HTML is shown as text) into blocks and styled spans, parsed once with md4c.
// Invariants: inline text is always in `spans` (or table cells), never split between a
// block's spans and its children; list items hold only children (the text of a tight
// item is wrapped in a Paragraph); ```go blocks are numbered 0.. in document order
// (`go_index`), every other block has go_index -1.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gs::ui::model::md {

// A run of inline text with one style. Soft line breaks are spaces; a hard line break
// is a '\n' inside `text`. `link` is the target URL when the run is (part of) a link.
struct Span {
  std::string text;
  bool bold = false, italic = false, code = false, strike = false;
  std::string link;
};

enum class BlockKind { Heading, Paragraph, List, ListItem, Code, Quote, Table, Rule };

// Column alignment of a table (values match md4c's MD_ALIGN).
enum Align { AlignDefault = 0, AlignLeft = 1, AlignCenter = 2, AlignRight = 3 };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;  // Heading: 1..6; List: start number of an ordered list, 0 = bulleted
  std::vector<Span> spans;      // Heading, Paragraph
  std::vector<Block> children;  // List (ListItems), ListItem, Quote
  std::string lang, code;       // Code: first word of the info string, text (ends in '\n')
  int go_index = -1;            // Code with lang "go": its number among the go blocks
  std::vector<std::vector<std::vector<Span>>> rows;  // Table: rows of cells; row 0 is the header
  std::vector<int> align;                             // Table: one Align per column
};

struct Document {
  std::vector<Block> blocks;
};

// Never fails: any text is some Markdown document.
Document parse(std::string_view markdown);

// The kind of callout a blockquote is: a blockquote whose first paragraph starts with
// bold text ("> **Common misconception.** ...") is a callout titled by that text.
enum class Callout { None, Misconception, Predict, Watch, Other };
Callout callout_of(const Block& quote);
// The bold title text of a callout blockquote ("" if it is not one), e.g. "Common misconception."
std::string callout_title(const Block& quote);

// All the text of a run of spans, without styles (for tests, search and plain-text use).
std::string plain_text(const std::vector<Span>& spans);

}  // namespace gs::ui::model::md
