// markdown_test.cpp — md::parse builds the block/span tree the Markdown view draws:
// every block kind, inline styles, nesting, tables, go_index numbering, callouts.
#include <doctest/doctest.h>

#include "model/markdown.h"

using namespace gs::ui::model::md;

namespace {

// The document's single block (a copy: the document is usually a temporary).
Block only_block(const Document& d) {
  REQUIRE(d.blocks.size() == 1);
  return d.blocks[0];
}

}  // namespace

TEST_CASE("markdown: headings of each level keep their text and level") {
  Document d = parse("# One\n\n## Two\n\n### Three *it*\n\nSetext\n======\n");
  REQUIRE(d.blocks.size() == 4);
  CHECK(d.blocks[0].kind == BlockKind::Heading);
  CHECK(d.blocks[0].level == 1);
  CHECK(plain_text(d.blocks[0].spans) == "One");
  CHECK(d.blocks[1].level == 2);
  CHECK(d.blocks[2].level == 3);
  REQUIRE(d.blocks[2].spans.size() == 2);
  CHECK(d.blocks[2].spans[1].text == "it");
  CHECK(d.blocks[2].spans[1].italic);
  CHECK(d.blocks[3].level == 1);
  CHECK(plain_text(d.blocks[3].spans) == "Setext");
}

TEST_CASE("markdown: a paragraph's spans carry bold, italic, code, strike and links") {
  const Block p = only_block(parse("Plain **bold**, *it* `code` ~~gone~~ [go](https://go.dev) end."));
  CHECK(p.kind == BlockKind::Paragraph);
  REQUIRE(p.spans.size() == 11);
  CHECK(p.spans[0].text == "Plain ");
  CHECK_FALSE(p.spans[0].bold);
  CHECK(p.spans[1].text == "bold");
  CHECK(p.spans[1].bold);
  CHECK(p.spans[2].text == ", ");  // the comma is its own span, right after the bold word
  CHECK_FALSE(p.spans[2].bold);
  CHECK(p.spans[3].text == "it");
  CHECK(p.spans[3].italic);
  CHECK(p.spans[5].text == "code");
  CHECK(p.spans[5].code);
  CHECK(p.spans[7].text == "gone");
  CHECK(p.spans[7].strike);
  CHECK(p.spans[9].text == "go");
  CHECK(p.spans[9].link == "https://go.dev");
  CHECK(p.spans[10].text == " end.");
  CHECK(p.spans[10].link.empty());
}

TEST_CASE("markdown: nested emphasis and styled link text") {
  const Block p = only_block(parse("***both*** [**bold link** and more](x.md)"));
  REQUIRE(p.spans.size() >= 4);
  CHECK(p.spans[0].text == "both");
  CHECK(p.spans[0].bold);
  CHECK(p.spans[0].italic);
  CHECK(p.spans[2].text == "bold link");
  CHECK(p.spans[2].bold);
  CHECK(p.spans[2].link == "x.md");
  CHECK(p.spans[3].text == " and more");
  CHECK(p.spans[3].link == "x.md");
  CHECK_FALSE(p.spans[3].bold);
}

TEST_CASE("markdown: adjacent text of one style merges; soft breaks become spaces; hard breaks '\\n'") {
  const Block p = only_block(parse("one\ntwo  \nthree\\\nfour"));
  REQUIRE(p.spans.size() == 1);
  CHECK(p.spans[0].text == "one two\nthree\nfour");
}

TEST_CASE("markdown: entities are decoded, but not inside code") {
  const Block p = only_block(parse("a &amp; b &lt;- ch &#955; &#x3bb; &mdash; &bogus; `&amp;`"));
  REQUIRE(p.spans.size() == 2);
  CHECK(p.spans[0].text == "a & b <- ch \xCE\xBB \xCE\xBB \xE2\x80\x94 &bogus; ");
  CHECK(p.spans[1].text == "&amp;");
  CHECK(p.spans[1].code);
}

TEST_CASE("markdown: raw HTML is shown as text, not dropped") {
  const Block p = only_block(parse("send with <-ch or <b>bold</b>"));
  CHECK(plain_text(p.spans) == "send with <-ch or <b>bold</b>");
}

TEST_CASE("markdown: permissive autolinks become links") {
  const Block p = only_block(parse("See https://go.dev/doc/gc-guide for more."));
  REQUIRE(p.spans.size() == 3);
  CHECK(p.spans[1].text == "https://go.dev/doc/gc-guide");
  CHECK(p.spans[1].link == "https://go.dev/doc/gc-guide");
}

TEST_CASE("markdown: bulleted and numbered lists, tight items wrapped in paragraphs") {
  Document d = parse("- a\n- **b**\n\n3. three\n4. four\n");
  REQUIRE(d.blocks.size() == 2);
  const Block& ul = d.blocks[0];
  CHECK(ul.kind == BlockKind::List);
  CHECK(ul.level == 0);
  REQUIRE(ul.children.size() == 2);
  CHECK(ul.children[0].kind == BlockKind::ListItem);
  CHECK(ul.children[0].spans.empty());
  REQUIRE(ul.children[0].children.size() == 1);
  CHECK(ul.children[0].children[0].kind == BlockKind::Paragraph);
  CHECK(plain_text(ul.children[0].children[0].spans) == "a");
  CHECK(ul.children[1].children[0].spans[0].bold);
  const Block& ol = d.blocks[1];
  CHECK(ol.kind == BlockKind::List);
  CHECK(ol.level == 3);
  REQUIRE(ol.children.size() == 2);
  CHECK(plain_text(ol.children[1].children[0].spans) == "four");
}

TEST_CASE("markdown: nested lists keep order of text and sub-lists") {
  Document d = parse("1. top\n   - inner one\n   - inner two\n     1. deep\n2. next\n");
  const Block ol = only_block(d);
  REQUIRE(ol.children.size() == 2);
  const Block& item = ol.children[0];
  REQUIRE(item.children.size() == 2);
  CHECK(item.children[0].kind == BlockKind::Paragraph);
  CHECK(plain_text(item.children[0].spans) == "top");
  const Block& inner = item.children[1];
  CHECK(inner.kind == BlockKind::List);
  CHECK(inner.level == 0);
  REQUIRE(inner.children.size() == 2);
  const Block& two = inner.children[1];
  REQUIRE(two.children.size() == 2);
  CHECK(plain_text(two.children[0].spans) == "inner two");
  CHECK(two.children[1].kind == BlockKind::List);
  CHECK(two.children[1].level == 1);
  CHECK(plain_text(two.children[1].children[0].children[0].spans) == "deep");
  CHECK(plain_text(ol.children[1].children[0].spans) == "next");
}

TEST_CASE("markdown: a loose list item holds several paragraphs") {
  const Block ul = only_block(parse("- first para\n\n  second para\n- other\n"));
  REQUIRE(ul.children.size() == 2);
  REQUIRE(ul.children[0].children.size() == 2);
  CHECK(plain_text(ul.children[0].children[1].spans) == "second para");
}

TEST_CASE("markdown: a tight item with text, code and text keeps three children in order") {
  const Block ul = only_block(parse("- before\n  ```\n  x := 1\n  ```\n  after\n"));
  REQUIRE(ul.children.size() == 1);
  const Block& item = ul.children[0];
  REQUIRE(item.children.size() == 3);
  CHECK(plain_text(item.children[0].spans) == "before");
  CHECK(item.children[1].kind == BlockKind::Code);
  CHECK(item.children[1].code == "x := 1\n");
  CHECK(plain_text(item.children[2].spans) == "after");
}

TEST_CASE("markdown: task list items show their box as text") {
  const Block ul = only_block(parse("- [x] done\n- [ ] todo\n"));
  CHECK(plain_text(ul.children[0].children[0].spans) == "[x] done");
  CHECK(plain_text(ul.children[1].children[0].spans) == "[ ] todo");
  // An empty task item leaves no box behind for the text after it.
  Document d = parse("- [ ] \n\nafter\n");
  REQUIRE(d.blocks.size() == 2);
  CHECK(plain_text(d.blocks[1].spans) == "after");
}

TEST_CASE("markdown: code blocks keep lang and text; go blocks numbered in document order") {
  Document d = parse(
      "```go\npackage main\n```\n\n"
      "```\nplain\n```\n\n"
      "~~~go\nfunc a() {}\n~~~\n\n"
      "> quoted\n>\n> ```go\n> q := 1\n> ```\n\n"
      "- item\n\n  ```go\n  inList()\n  ```\n\n"
      "```sh\ngo run .\n```\n\n"
      "    indented code\n");
  REQUIRE(d.blocks.size() == 7);
  CHECK(d.blocks[0].kind == BlockKind::Code);
  CHECK(d.blocks[0].lang == "go");
  CHECK(d.blocks[0].code == "package main\n");
  CHECK(d.blocks[0].go_index == 0);
  CHECK(d.blocks[1].lang.empty());
  CHECK(d.blocks[1].go_index == -1);
  CHECK(d.blocks[2].go_index == 1);
  CHECK(d.blocks[2].code == "func a() {}\n");
  const Block& quote = d.blocks[3];
  REQUIRE(quote.children.size() == 2);
  CHECK(quote.children[1].go_index == 2);
  CHECK(quote.children[1].code == "q := 1\n");
  const Block& in_list = d.blocks[4].children[0].children[1];
  CHECK(in_list.kind == BlockKind::Code);
  CHECK(in_list.go_index == 3);
  CHECK(in_list.code == "inList()\n");
  CHECK(d.blocks[5].lang == "sh");
  CHECK(d.blocks[5].go_index == -1);
  CHECK(d.blocks[6].kind == BlockKind::Code);
  CHECK(d.blocks[6].code == "indented code\n");
}

TEST_CASE("markdown: code keeps tabs, blank lines and Markdown-looking text verbatim") {
  const Block c = only_block(parse("```go\nfunc f() {\n\tx := \"**not bold**\"\n\n\t// # not a heading\n}\n```\n"));
  CHECK(c.code == "func f() {\n\tx := \"**not bold**\"\n\n\t// # not a heading\n}\n");
}

TEST_CASE("markdown: info string after the language is ignored for lang") {
  const Block c = only_block(parse("```go title=main.go\nx\n```\n"));
  CHECK(c.lang == "go");
  CHECK(c.go_index == 0);
}

TEST_CASE("markdown: blockquotes and callouts") {
  Document d = parse(
      "> **Common misconception.** Go has no runtime.\n\n"
      "> **Predict, then run.** How many?\n\n"
      "> **What to watch.** The Threads panel.\n\n"
      "> **Note.** Something else.\n\n"
      "> Just a quote with **bold** later.\n\n"
      "> `code` first is not a callout.\n");
  REQUIRE(d.blocks.size() == 6);
  for (const Block& b : d.blocks) CHECK(b.kind == BlockKind::Quote);
  CHECK(callout_of(d.blocks[0]) == Callout::Misconception);
  CHECK(callout_title(d.blocks[0]) == "Common misconception.");
  CHECK(callout_of(d.blocks[1]) == Callout::Predict);
  CHECK(callout_of(d.blocks[2]) == Callout::Watch);
  CHECK(callout_of(d.blocks[3]) == Callout::Other);
  CHECK(callout_of(d.blocks[4]) == Callout::None);
  CHECK(callout_title(d.blocks[4]).empty());
  CHECK(callout_of(d.blocks[5]) == Callout::None);
  REQUIRE(d.blocks[0].children.size() == 1);
  const Block& p = d.blocks[0].children[0];
  CHECK(p.kind == BlockKind::Paragraph);
  CHECK(plain_text(p.spans) == "Common misconception. Go has no runtime.");
  CHECK(callout_of(Block{}) == Callout::None);
}

TEST_CASE("markdown: nested blockquotes") {
  const Block q = only_block(parse("> outer\n>\n> > inner\n"));
  REQUIRE(q.children.size() == 2);
  CHECK(q.children[1].kind == BlockKind::Quote);
  CHECK(plain_text(q.children[1].children[0].spans) == "inner");
}

TEST_CASE("markdown: tables have a header row, alignment and styled cells") {
  const Block t = only_block(parse(
      "| Knob | Default | Effect |\n"
      "|:-----|:-------:|-------:|\n"
      "| `GOGC` | 100 | **GC** pacing |\n"
      "| `a \\| b` | | [doc](https://go.dev) |\n"));
  CHECK(t.kind == BlockKind::Table);
  REQUIRE(t.rows.size() == 3);
  REQUIRE(t.rows[0].size() == 3);
  CHECK(plain_text(t.rows[0][0]) == "Knob");
  CHECK(plain_text(t.rows[0][2]) == "Effect");
  REQUIRE(t.align.size() == 3);
  CHECK(t.align[0] == AlignLeft);
  CHECK(t.align[1] == AlignCenter);
  CHECK(t.align[2] == AlignRight);
  REQUIRE(t.rows[1].size() == 3);
  REQUIRE(t.rows[1][0].size() == 1);
  CHECK(t.rows[1][0][0].code);
  CHECK(t.rows[1][0][0].text == "GOGC");
  CHECK(t.rows[1][2][0].bold);
  CHECK(plain_text(t.rows[1][2]) == "GC pacing");
  CHECK(t.rows[2][0][0].text == "a | b");
  CHECK(t.rows[2][1].empty());
  CHECK(t.rows[2][2][0].link == "https://go.dev");
}

TEST_CASE("markdown: table without alignment row markers uses default alignment") {
  const Block t = only_block(parse("| a | b |\n|---|---|\n| 1 | 2 |\n"));
  REQUIRE(t.align.size() == 2);
  CHECK(t.align[0] == AlignDefault);
  CHECK(t.rows.size() == 2);
}

TEST_CASE("markdown: horizontal rules") {
  Document d = parse("above\n\n---\n\nbelow\n\n***\n");
  REQUIRE(d.blocks.size() == 4);
  CHECK(d.blocks[1].kind == BlockKind::Rule);
  CHECK(d.blocks[3].kind == BlockKind::Rule);
}

TEST_CASE("markdown: images show their alt text, italic, linking to the image") {
  const Block p = only_block(parse("![the heap](heap.png)"));
  REQUIRE(p.spans.size() == 1);
  CHECK(p.spans[0].text == "the heap");
  CHECK(p.spans[0].italic);
  CHECK(p.spans[0].link == "heap.png");
}

TEST_CASE("markdown: empty and whitespace-only input give no blocks") {
  CHECK(parse("").blocks.empty());
  CHECK(parse("\n\n   \n").blocks.empty());
}
