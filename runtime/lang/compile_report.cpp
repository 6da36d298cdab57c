// compile_report.cpp — see compile_report.h. Owns the report's construction: scanning for
// the token list, parsing for the outline, one compile_program with escape messages on for
// the decisions and the bytecode. Invariant: nothing here changes how a program compiles;
// the report only reads what the front end and the compiler produce.
#include "lang/compile_report.h"

#include <chrono>
#include <cstdio>
#include <memory>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/scanner.h"
#include "mem/sizeclasses.h"
#include "vm/disasm.h"

namespace gs::lang {

namespace {

constexpr size_t kMaxText = 96;  // an outline row's text is cut here (with "…")

std::string clip(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\t') c = ' ';
  if (s.size() <= kMaxText) return s;
  size_t cut = kMaxText;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) cut--;  // not inside a UTF-8 sequence
  return s.substr(0, cut) + "…";
}

std::string lit_kind_name(LitKind k) {
  switch (k) {
    case LitKind::Int: return "int";
    case LitKind::Float: return "float";
    case LitKind::Imag: return "imag";
    case LitKind::Rune: return "rune";
    case LitKind::String: return "string";
  }
  return "?";
}

// A receiver type as Go's symbol spells it: T, (*T), T[...], (*T[...]).
std::string receiver_symbol(const Field* recv) {
  if (!recv || !recv->type) return "";
  std::string t = to_string(recv->type);
  bool ptr = !t.empty() && t[0] == '*';
  if (ptr) t.erase(0, 1);
  size_t lb = t.find('[');
  if (lb != std::string::npos) t = t.substr(0, lb) + "[...]";
  return ptr ? "(*" + t + ")" : t;
}

std::string func_symbol(const FuncDecl* f) {
  std::string name = f->name ? std::string(f->name->value) : "_";
  if (f->recv) return "main." + receiver_symbol(f->recv) + "." + name;
  return "main." + name;
}

std::string names_text(const std::vector<Name*>& names) {
  std::string out;
  for (const Name* n : names) out += (out.empty() ? "" : ", ") + std::string(n ? n->value : "_");
  return out;
}

class Outliner {
 public:
  explicit Outliner(std::vector<OutlineItem>& out) : out_(out) {}

  void file(const File& f) {
    if (f.pkg_name) add(0, f.pkg_name, "package", "package " + std::string(f.pkg_name->value));
    for (const Decl* d : f.decls) decl(d, 0);
  }

  // Function literals met while outlining: (line of `func`, line of its closing brace).
  std::vector<std::pair<int, int>> func_lits;

 private:
  OutlineItem& add(int depth, const Node* n, std::string_view node, std::string text, int end_line = 0) {
    OutlineItem it;
    it.depth = depth;
    Pos p = n ? start_pos(n) : Pos{};
    if (!p.known() && n) p = n->pos;
    it.line = p.line;
    it.col = p.col;
    it.end_line = end_line > 0 ? end_line : p.line;
    it.node = std::string(node);
    it.text = clip(std::move(text));
    out_.push_back(std::move(it));
    return out_.back();
  }

  void decl(const Decl* d, int depth) {
    if (!d) return;
    switch (d->kind) {
      case Kind::ImportDecl: {
        auto* i = static_cast<const ImportDecl*>(d);
        std::string t = "import ";
        if (i->local_name) t += std::string(i->local_name->value) + " ";
        if (i->path) t += std::string(i->path->value);
        add(depth, d, "ImportDecl", t);
        break;
      }
      case Kind::ConstDecl:
      case Kind::VarDecl: {
        bool is_const = d->kind == Kind::ConstDecl;
        const std::vector<Name*>& names =
            is_const ? static_cast<const ConstDecl*>(d)->names : static_cast<const VarDecl*>(d)->names;
        const Expr* type = is_const ? static_cast<const ConstDecl*>(d)->type : static_cast<const VarDecl*>(d)->type;
        const Expr* values = is_const ? static_cast<const ConstDecl*>(d)->values : static_cast<const VarDecl*>(d)->values;
        std::string t = (is_const ? "const " : "var ") + names_text(names);
        if (type) t += " " + to_string(type);
        if (values) t += " = " + to_string(values);
        add(depth, d, is_const ? "ConstDecl" : "VarDecl", t);
        if (values) lits_in(values, depth + 1);
        break;
      }
      case Kind::TypeDecl: {
        auto* td = static_cast<const TypeDecl*>(d);
        std::string t = "type " + std::string(td->name ? td->name->value : "_");
        if (!td->tparams.empty()) {
          t += "[";
          for (size_t i = 0; i < td->tparams.size(); i++) t += (i ? ", " : "") + to_string(td->tparams[i]);
          t += "]";
        }
        t += td->alias ? " = " : " ";
        t += to_string(td->type);
        add(depth, d, "TypeDecl", t);
        break;
      }
      case Kind::FuncDecl: {
        auto* f = static_cast<const FuncDecl*>(d);
        std::string t = "func ";
        if (f->recv) t += "(" + to_string(f->recv) + ") ";
        t += f->name ? std::string(f->name->value) : "_";
        if (!f->tparams.empty()) {
          t += "[";
          for (size_t i = 0; i < f->tparams.size(); i++) t += (i ? ", " : "") + to_string(f->tparams[i]);
          t += "]";
        }
        std::string sig = f->type ? to_string(f->type) : "func()";
        t += sig.substr(4);  // drop "func"
        int end = f->body && f->body->rbrace.known() ? f->body->rbrace.line : 0;
        add(depth, d, "FuncDecl", t, end);
        if (f->body) block(f->body->list, depth + 1);
        break;
      }
      default: add(depth, d, kind_name(d->kind), std::string(kind_name(d->kind))); break;
    }
  }

  void block(const std::vector<Stmt*>& list, int depth) {
    for (const Stmt* s : list) stmt(s, depth);
  }

  std::string simple(const Stmt* s) {
    if (!s) return "";
    if (s->kind == Kind::DeclStmt) {
      std::string t;
      for (const Decl* d : static_cast<const DeclStmt*>(s)->decls) t += (t.empty() ? "" : "; ") + to_string(d);
      return t;
    }
    return to_string(s);
  }

  void stmt(const Stmt* s, int depth) {
    if (!s) return;
    switch (s->kind) {
      case Kind::EmptyStmt: break;
      case Kind::BlockStmt: {
        auto* b = static_cast<const BlockStmt*>(s);
        add(depth, s, "BlockStmt", "{ … }", b->rbrace.line);
        block(b->list, depth + 1);
        break;
      }
      case Kind::LabeledStmt: {
        auto* l = static_cast<const LabeledStmt*>(s);
        add(depth, s, "LabeledStmt", std::string(l->label ? l->label->value : "_") + ":");
        stmt(l->stmt, depth + 1);
        break;
      }
      case Kind::DeclStmt:
        for (const Decl* d : static_cast<const DeclStmt*>(s)->decls) decl(d, depth);
        break;
      case Kind::ExprStmt:
      case Kind::SendStmt:
      case Kind::AssignStmt:
      case Kind::CallStmt:
        add(depth, s, kind_name(s->kind), to_string(s));
        lits_in(s, depth + 1);
        break;
      case Kind::ReturnStmt: {
        auto* r = static_cast<const ReturnStmt*>(s);
        add(depth, s, "ReturnStmt", r->results ? "return " + to_string(r->results) : "return");
        lits_in(r->results, depth + 1);
        break;
      }
      case Kind::BranchStmt: {
        auto* b = static_cast<const BranchStmt*>(s);
        std::string t(token_name(b->tok));
        if (b->label) t += " " + std::string(b->label->value);
        add(depth, s, "BranchStmt", t);
        break;
      }
      case Kind::IfStmt: if_stmt(static_cast<const IfStmt*>(s), depth, "if "); break;
      case Kind::ForStmt: {
        auto* f = static_cast<const ForStmt*>(s);
        std::string t = "for";
        if (f->init && f->init->kind == Kind::RangeClause) {
          t += " " + to_string(f->init);
        } else if (f->init || f->post) {
          t += " " + simple(f->init) + "; " + (f->cond ? to_string(f->cond) : "") + "; " + simple(f->post);
        } else if (f->cond) {
          t += " " + to_string(f->cond);
        }
        add(depth, s, "ForStmt", t, f->body ? f->body->rbrace.line : 0);
        lits_in(f->init, depth + 1);
        lits_in(f->cond, depth + 1);
        if (f->body) block(f->body->list, depth + 1);
        break;
      }
      case Kind::SwitchStmt: {
        auto* sw = static_cast<const SwitchStmt*>(s);
        std::string t = "switch";
        if (sw->init) t += " " + simple(sw->init) + ";";
        if (sw->tag) {
          if (auto* g = as<TypeSwitchGuard>(sw->tag)) {
            t += " ";
            if (g->lhs) t += std::string(g->lhs->value) + " := ";
            t += to_string(g->x) + ".(type)";
          } else {
            t += " " + to_string(sw->tag);
          }
        }
        add(depth, s, "SwitchStmt", t, sw->rbrace.line);
        for (const CaseClause* c : sw->body) {
          add(depth + 1, c, "CaseClause", c->cases ? "case " + to_string(c->cases) + ":" : "default:");
          block(c->body, depth + 2);
        }
        break;
      }
      case Kind::SelectStmt: {
        auto* sel = static_cast<const SelectStmt*>(s);
        add(depth, s, "SelectStmt", "select", sel->rbrace.line);
        for (const CommClause* c : sel->body) {
          add(depth + 1, c, "CommClause", c->comm ? "case " + simple(c->comm) + ":" : "default:");
          block(c->body, depth + 2);
        }
        break;
      }
      default: add(depth, s, kind_name(s->kind), std::string(kind_name(s->kind))); break;
    }
  }

  void if_stmt(const IfStmt* s, int depth, const char* lead) {
    std::string t = lead;
    if (s->init) t += simple(s->init) + "; ";
    t += s->cond ? to_string(s->cond) : "";
    add(depth, s, "IfStmt", t, s->then ? s->then->rbrace.line : 0);
    lits_in(s->init, depth + 1);
    lits_in(s->cond, depth + 1);
    if (s->then) block(s->then->list, depth + 1);
    if (!s->else_) return;
    if (auto* ei = as<IfStmt>(s->else_)) {
      if_stmt(ei, depth, "else if ");
    } else if (auto* eb = as<BlockStmt>(s->else_)) {
      add(depth, eb, "BlockStmt", "else", eb->rbrace.line);
      block(eb->list, depth + 1);
    }
  }

  // The function literals inside an expression (or simple statement), each as a row with
  // its body below it: closures are where many escape decisions are made.
  void lits_in(const Node* n, int depth) {
    if (!n) return;
    switch (n->kind) {
      case Kind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        int end = f->body && f->body->rbrace.known() ? f->body->rbrace.line : 0;
        std::string sig = f->type ? to_string(f->type) : "func()";
        add(depth, n, "FuncLit", sig + " { … }", end);
        func_lits.emplace_back(n->pos.line, end > 0 ? end : n->pos.line);
        if (f->body) block(f->body->list, depth + 1);
        return;
      }
      case Kind::CompositeLit:
        for (const Expr* e : static_cast<const CompositeLit*>(n)->elems) lits_in(e, depth);
        return;
      case Kind::KeyValueExpr:
        lits_in(static_cast<const KeyValueExpr*>(n)->key, depth);
        lits_in(static_cast<const KeyValueExpr*>(n)->value, depth);
        return;
      case Kind::ParenExpr: lits_in(static_cast<const ParenExpr*>(n)->x, depth); return;
      case Kind::SelectorExpr: lits_in(static_cast<const SelectorExpr*>(n)->x, depth); return;
      case Kind::IndexExpr:
        lits_in(static_cast<const IndexExpr*>(n)->x, depth);
        lits_in(static_cast<const IndexExpr*>(n)->index, depth);
        return;
      case Kind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        lits_in(s->x, depth);
        for (const Expr* e : s->index) lits_in(e, depth);
        return;
      }
      case Kind::AssertExpr: lits_in(static_cast<const AssertExpr*>(n)->x, depth); return;
      case Kind::Operation:
        lits_in(static_cast<const Operation*>(n)->x, depth);
        lits_in(static_cast<const Operation*>(n)->y, depth);
        return;
      case Kind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        lits_in(c->fun, depth);
        for (const Expr* e : c->args) lits_in(e, depth);
        return;
      }
      case Kind::ListExpr:
        for (const Expr* e : static_cast<const ListExpr*>(n)->elems) lits_in(e, depth);
        return;
      case Kind::ExprStmt: lits_in(static_cast<const ExprStmt*>(n)->x, depth); return;
      case Kind::SendStmt:
        lits_in(static_cast<const SendStmt*>(n)->chan, depth);
        lits_in(static_cast<const SendStmt*>(n)->value, depth);
        return;
      case Kind::AssignStmt:
        lits_in(static_cast<const AssignStmt*>(n)->lhs, depth);
        lits_in(static_cast<const AssignStmt*>(n)->rhs, depth);
        return;
      case Kind::CallStmt: lits_in(static_cast<const CallStmt*>(n)->call, depth); return;
      case Kind::RangeClause: lits_in(static_cast<const RangeClause*>(n)->x, depth); return;
      default: return;
    }
  }

  std::vector<OutlineItem>& out_;
};

// vm::disassemble's text with the source line after each "; line N" marker.
std::string annotate(const std::string& disasm, const std::vector<std::string_view>& src_lines) {
  std::string out;
  out.reserve(disasm.size() * 5 / 4);
  size_t i = 0;
  while (i < disasm.size()) {
    size_t nl = disasm.find('\n', i);
    size_t end = nl == std::string::npos ? disasm.size() : nl;
    std::string_view row(disasm.data() + i, end - i);
    out.append(row);
    int n = 0;
    if (std::sscanf(std::string(row).c_str(), "  ; line %d", &n) == 1 && n >= 1 &&
        static_cast<size_t>(n) <= src_lines.size()) {
      std::string_view s = src_lines[static_cast<size_t>(n) - 1];
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
      if (!s.empty()) {
        out += ":  ";
        out.append(s);
      }
    }
    out += '\n';
    i = end + 1;
  }
  return out;
}

}  // namespace

std::string describe_size_class(int64_t bytes, bool noscan) {
  if (bytes < 0) return "";
  if (bytes == 0) return "zerobase (no allocation)";
  char buf[96];
  if (noscan && bytes < static_cast<int64_t>(mem::kTinySize)) {
    std::snprintf(buf, sizeof buf, "tiny block (%d B, shared)", static_cast<int>(mem::kTinySize));
    return buf;
  }
  const mem::SizeClassChoice c = mem::choose_size_class(static_cast<uint64_t>(bytes), noscan);
  if (c.size_class == 0) {
    std::snprintf(buf, sizeof buf, "large \u00b7 %llu pages", static_cast<unsigned long long>(c.block_bytes / mem::kPageSize));
    return buf;
  }
  std::snprintf(buf, sizeof buf, "class %d \u00b7 %llu B%s%s", c.size_class, static_cast<unsigned long long>(c.block_bytes),
                noscan ? " noscan" : "", c.has_header ? " +header" : "");
  return buf;
}

ReportEscape::Verdict escape_verdict(std::string_view text) {
  auto ends = [&](std::string_view suf) {
    return text.size() >= suf.size() && text.substr(text.size() - suf.size()) == suf;
  };
  if (text.rfind("moved to heap:", 0) == 0 || ends("escapes to heap")) return ReportEscape::Verdict::Heap;
  if (text.rfind("leaking ", 0) == 0) return ReportEscape::Verdict::Leak;
  if (ends("does not escape")) return ReportEscape::Verdict::Stack;
  return ReportEscape::Verdict::Other;
}

const ReportFunc* CompileReport::func(std::string_view name) const {
  for (const ReportFunc& f : funcs)
    if (f.name == name) return &f;
  return nullptr;
}

const ReportFunc* CompileReport::func_at_line(int line) const {
  const ReportFunc* best = nullptr;
  for (const ReportFunc& f : funcs)
    if (f.decl_line <= line && line <= f.end_line && (!best || f.decl_line >= best->decl_line)) best = &f;
  return best;
}

CompileReport build_compile_report(std::string_view source, const CompileReportOptions& options) {
  CompileReport r;

  // (a) Tokens, as the scanner hands them to the parser.
  {
    Scanner sc(source, [&](Pos p, std::string msg) { r.lex_errors.push_back({p.line, p.col, std::move(msg)}); });
    for (;;) {
      sc.next();
      if (sc.tok == Tok::Eof || sc.tok == Tok::None) break;
      if (r.tokens.size() >= options.max_tokens) {
        r.tokens_truncated = true;
        break;
      }
      ReportToken t;
      t.line = sc.pos.line;
      t.col = sc.pos.col;
      t.kind = std::string(token_name(sc.tok));
      switch (sc.tok) {
        case Tok::Name:
        case Tok::Semi: t.lit = std::string(sc.lit); break;
        case Tok::Literal:
          t.lit = std::string(sc.lit);
          t.lit_kind = lit_kind_name(sc.kind);
          break;
        case Tok::Operator:
        case Tok::AssignOp:
        case Tok::IncOp: t.lit = std::string(op_name(sc.op)); break;
        default: break;
      }
      r.tokens.push_back(std::move(t));
    }
  }

  // (b) The outline, from the parser (partial when the source has syntax errors).
  ParseResult parsed = parse_file(options.filename, source);
  Outliner outliner(r.outline);
  outliner.file(*parsed.file);
  // Declared functions' extents, to name the function an escape message belongs to.
  struct Extent { std::string symbol; int from, to; };
  std::vector<Extent> extents;
  for (const Decl* d : parsed.file->decls)
    if (auto* f = as<FuncDecl>(d))
      extents.push_back({func_symbol(f), f->pos.line,
                         f->body && f->body->rbrace.known() ? f->body->rbrace.line : f->pos.line});

  // (c) and (d): one compile, with escape analysis's messages.
  CompileOptions copts;
  copts.filename = options.filename;
  copts.escape_messages = true;
  auto t0 = std::chrono::steady_clock::now();
  CompileResult cr = compile_program(source, copts);
  r.compile_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  r.compiled = cr.module != nullptr;
  r.errors = cr.errors;
  r.syntax_errors = cr.syntax;
  for (const EscapeMessage& m : cr.escape_messages) {
    ReportEscape e;
    e.line = m.line;
    e.col = m.col;
    e.text = m.text;
    e.verdict = escape_verdict(m.text);
    if (e.verdict == ReportEscape::Verdict::Heap || e.verdict == ReportEscape::Verdict::Stack)
      e.size_class = describe_size_class(m.alloc_bytes, m.alloc_noscan);
    for (const Extent& x : extents)
      if (x.from <= m.line && m.line <= x.to) e.func = x.symbol;
    r.escapes.push_back(std::move(e));
  }
  if (!cr.module) return r;

  std::vector<std::string_view> src_lines;
  for (size_t i = 0; i <= source.size();) {
    size_t nl = source.find('\n', i);
    if (nl == std::string_view::npos) nl = source.size();
    src_lines.push_back(source.substr(i, nl - i));
    i = nl + 1;
  }
  r.module_funcs = cr.module->funcs.size();
  for (const auto& f : cr.module->funcs) {
    if (!f || f->code.empty() || f->name.rfind("main.", 0) != 0) continue;
    ReportFunc rf;
    rf.name = f->name;
    rf.decl_line = f->decl_line;
    rf.end_line = f->decl_line;
    for (const Extent& x : extents)
      if (x.symbol == f->name || (f->name.rfind(x.symbol + "[", 0) == 0)) rf.end_line = x.to;
    if (rf.end_line == rf.decl_line)
      for (const auto& [from, to] : outliner.func_lits)
        if (from == f->decl_line) rf.end_line = to;
    rf.frame_size = f->frame_size;
    rf.params_size = f->params_size;
    rf.args_size = f->args_size;
    rf.results_off = f->results_off;
    rf.instructions = f->code.size();
    rf.disasm = annotate(vm::disassemble(*cr.module, *f), src_lines);
    r.funcs.push_back(std::move(rf));
  }
  return r;
}

}  // namespace gs::lang
