// markdown_view.h — draws a parsed Markdown document (model/markdown.h) in the current
// ImGui window: wrapped mixed-font prose, lists, tables, callouts, code with Go colouring,
// and "Run" / "Open in editor" buttons on each ```go block.
//
// Owns: layout and drawing only; the document is parsed once by the caller and drawn every
// frame without re-parsing. Invariant: every block is drawn under its own ImGui id (its
// path of indices in the tree), so buttons and tables of different blocks never collide.
#pragma once
#include <functional>
#include <string>

#include "model/markdown.h"

namespace gs::ui {

struct MarkdownActions {
  std::function<void(int go_index, const std::string& code)> run;   // "Run" on a ```go block
  std::function<void(int go_index, const std::string& code)> open;  // "Open in editor"
  std::function<void(const std::string& url)> link;                 // a clicked link
};

// Draws doc at the cursor, wrapping at the available width. Actions left empty are not
// offered (a ```go block without `run` shows no "Run" button). Widget ids derive from
// doc's address, so keep a document at one address while it is shown (parse once, keep
// it in a member or a map), and two documents drawn in one window never collide.
// The "Run" / "Open in editor" buttons of go block N are recorded as test rects
// "md:run:N" / "md:open:N" (test_rects.h).
void draw_markdown(const model::md::Document& doc, const MarkdownActions& actions);

}  // namespace gs::ui
