// parser.cpp — Go's grammar, error messages and error recovery.
// Invariant: the parser consumes tokens from one Scanner and reports every problem through
// report(); its recovery (which tokens are skipped after an error) follows Go 1.23's parser
// so the follow-on errors, and therefore the printed diagnostics, are the same as Go's.
// Nesting is bounded (kMaxNest, go/parser's maxNestLev rule): past it the parser reports
// "exceeded max nesting depth" and stops, so neither it nor the later recursive walks over
// the tree (whose depth the same count bounds) can overflow the native or wasm stack.
#include "parser.h"

#include <functional>
#include <map>
#include <string>

#include "scanner.h"

namespace gs::lang {

namespace {

// Statement keywords at which error recovery inside a function body stops skipping.
constexpr TokSet kStopSet = tok_bit(Tok::Break) | tok_bit(Tok::Const) | tok_bit(Tok::Continue) |
                            tok_bit(Tok::Defer) | tok_bit(Tok::Fallthrough) | tok_bit(Tok::For) |
                            tok_bit(Tok::Go) | tok_bit(Tok::Goto) | tok_bit(Tok::If) |
                            tok_bit(Tok::Return) | tok_bit(Tok::Select) | tok_bit(Tok::Switch) |
                            tok_bit(Tok::Type) | tok_bit(Tok::Var);

std::string tok_string(Tok t) {
  if (t == Tok::Comma) return "comma";
  if (t == Tok::Semi) return "semicolon or newline";
  return std::string(token_name(t));
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

Expr* unparen(Expr* x) {
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  return x;
}

bool is_type_elem(const Expr* x) {
  switch (x->kind) {
    case Kind::ArrayType: case Kind::StructType: case Kind::FuncType: case Kind::InterfaceType:
    case Kind::SliceType: case Kind::MapType: case Kind::ChanType:
      return true;
    case Kind::Operation: {
      auto* o = static_cast<const Operation*>(x);
      return is_type_elem(o->x) || (o->y && is_type_elem(o->y)) || o->op == Op::Tilde;
    }
    case Kind::ParenExpr: return is_type_elem(static_cast<const ParenExpr*>(x)->x);
    default: return false;
  }
}

// Whether x is certainly a value (not a type), for the composite-literal ambiguity.
bool is_value(const Expr* x) {
  switch (x->kind) {
    case Kind::BasicLit: case Kind::CompositeLit: case Kind::FuncLit: case Kind::SliceExpr:
    case Kind::AssertExpr: case Kind::TypeSwitchGuard: case Kind::CallExpr:
      return true;
    case Kind::Operation: {
      auto* o = static_cast<const Operation*>(x);
      return o->op != Op::Mul || o->y != nullptr;  // *T may be a type
    }
    case Kind::ParenExpr: return is_value(static_cast<const ParenExpr*>(x)->x);
    case Kind::IndexExpr: {
      auto* i = static_cast<const IndexExpr*>(x);
      return is_value(i->x) || is_value(i->index);
    }
    default: return false;
  }
}

// How deep the parser may recurse, counted as go/parser counts (maxNestLev): each unary
// expression, operand of a binary chain, postfix operation (selector, index, call), literal
// value, type, statement and else-if. Go's go/parser allows 1e5 and cmd/compile has no limit
// (it crashes at about 1e6 with a 1 GB goroutine stack); ours is lower because the parser,
// the type checker and code generation all recurse on the C stack (8 MB on the native main
// thread, 5 MB in the browser, and frames several times larger under ASan in the fuzzer).
constexpr int kMaxNest = 400;

class Parser {
 public:
  Parser(std::string_view filename, File* file, DiagnosticList* diags)
      : filename_(filename), file_(file), arena_(file->arena), diags_(diags),
        sc_(file->source, [this](Pos pos, std::string msg) { error_at(pos, std::move(msg)); }) {}

  void parse_file();

 private:
  // ---- tokens ----
  Tok tok() const { return sc_.tok; }
  Pos pos() const { return sc_.pos; }
  void next() {
    if (bailed_) return;  // stays at EOF: every production unwinds
    sc_.next();
  }
  bool got(Tok t) {
    if (sc_.tok != t) return false;
    next();
    return true;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntax_error("expected " + tok_string(t));
      advance();
    }
  }
  bool got_assign() {
    if (tok() == Tok::Define) syntax_error("expected =");
    if (tok() == Tok::Define || tok() == Tok::Assign) {
      next();
      return true;
    }
    return false;
  }
  bool at_op(Op o) const { return sc_.tok == Tok::Operator && sc_.op == o; }

  // ---- errors ----
  void error_at(Pos pos, std::string msg) {
    if (bailed_) return;  // nothing after "exceeded max nesting depth" (go/parser bails out)
    ++errcnt_;
    had_error_ = true;
    diags_->report(pos, std::move(msg));
  }
  void error(std::string msg) { error_at(pos(), std::move(msg)); }
  void syntax_error(const std::string& msg) { syntax_error_at(pos(), msg); }
  void syntax_error_at(Pos at, const std::string& msg);
  void advance(TokSet follow = 0);

  // ---- nesting (kMaxNest) ----
  // One more level; past the limit, the error once and the token stream ends (tok() is EOF
  // from then on), which unwinds every production as at the end of the file.
  void enter() {
    if (++nest_ > kMaxNest && !bailed_) {
      error("exceeded max nesting depth");
      bailed_ = true;
      sc_.tok = Tok::Eof;
    }
  }
  struct Nest {  // one level for a scope
    Parser* p;
    explicit Nest(Parser* p) : p(p) { p->enter(); }
    ~Nest() { --p->nest_; }
  };
  struct NestLoop {  // one level per iteration of a loop that deepens the tree
    Parser* p;
    int n = 0;
    void more() { ++n, p->enter(); }
    ~NestLoop() { p->nest_ -= n; }
  };

  template <typename T>
  T* make(Pos p) { return arena_.make<T>(p); }
  BadExpr* bad_expr() { return make<BadExpr>(pos()); }
  Name* new_name(Pos p, std::string_view v) {
    auto* n = make<Name>(p);
    n->value = v;
    return n;
  }

  Pos list(const char* context, Tok sep, Tok close, const std::function<bool()>& f);

  // ---- declarations ----
  void append_group(std::vector<Decl*>& list, Decl* (Parser::*f)(int group));
  Decl* import_decl(int group);
  Decl* const_decl(int group);
  Decl* type_decl(int group);
  Decl* var_decl(int group);
  FuncDecl* func_decl();
  BlockStmt* func_body();

  // ---- expressions ----
  Expr* expr() { return binary_expr(nullptr, 0); }
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  CallStmt* call_stmt();
  Expr* operand(bool keep_parens);
  Expr* pexpr(Expr* x, bool keep_parens);
  Expr* bare_complitexpr();
  CompositeLit* complitexpr();
  Expr* type_();
  Expr* type_or_null();
  Expr* type_instance(Expr* typ);
  std::pair<std::vector<Field*>, FuncType*> func_type(const std::string& context);
  Expr* array_type(Pos p, Expr* len);
  Expr* slice_type(Pos p);
  Expr* chan_elem();
  StructType* struct_type();
  InterfaceType* interface_type();
  std::vector<Field*> func_result();
  void add_field(StructType* s, Pos p, Name* name, Expr* typ, BasicLit* tag);
  void field_decl(StructType* s);
  Expr* array_or_targs();
  BasicLit* oliteral();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* embedded_term();
  Field* param_decl_or_null(Name* name, Tok follow);
  std::vector<Field*> param_list(Name* name, Expr* typ, Tok close, bool require_names);
  Expr* new_indirect(Pos p, Expr* typ) {
    auto* o = make<Operation>(p);
    o->op = Op::Mul;
    o->x = typ;
    return o;
  }
  std::pair<Name*, Expr*> extract_name(Expr* x, bool force);

  // ---- statements ----
  Stmt* simple_stmt(Expr* lhs, Tok keyword);
  RangeClause* new_range_clause(Expr* lhs, bool def);
  AssignStmt* new_assign(Pos p, Op op, Expr* lhs, Expr* rhs) {
    auto* a = make<AssignStmt>(p);
    a->op = op;
    a->lhs = lhs;
    a->rhs = rhs;
    return a;
  }
  Stmt* labeled_stmt_or_null(Name* label);
  BlockStmt* block_stmt(const std::string& context);
  DeclStmt* decl_stmt(Decl* (Parser::*f)(int group));
  Stmt* for_stmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);
  IfStmt* if_stmt();
  SwitchStmt* switch_stmt();
  SelectStmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
  Stmt* stmt_or_null();
  std::vector<Stmt*> stmt_list();
  std::pair<std::vector<Expr*>, bool> arg_list();
  Name* name();
  std::vector<Name*> name_list(Name* first);
  Expr* qualified_name(Name* name);
  Expr* expr_list();
  std::pair<Expr*, bool> type_list(bool strict);

  void check_branches(BlockStmt* body);

  std::string_view filename_;
  File* file_;
  Arena& arena_;
  DiagnosticList* diags_;
  Scanner sc_;
  bool had_error_ = false;  // Go's p.first != nil
  int errcnt_ = 0;
  int fnest_ = 0;  // function nesting
  int xnest_ = 0;  // expression nesting; < 0 inside control clause headers
  int next_group_ = 1;
  int nest_ = 0;         // current nesting (enter/Nest/NestLoop)
  bool bailed_ = false;  // over kMaxNest: the parse stopped
};

void Parser::syntax_error_at(Pos at, const std::string& msg) {
  if (tok() == Tok::Eof && had_error_) return;  // no follow-on noise at EOF
  std::string suffix;
  if (msg.empty()) {
  } else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after ")) {
    suffix = " " + msg;
  } else if (starts_with(msg, "expected ")) {
    suffix = ", " + msg;
  } else {
    error_at(at, "syntax error: " + msg);
    return;
  }
  std::string t;
  switch (tok()) {
    case Tok::Name: t = "name " + std::string(sc_.lit); break;
    case Tok::Semi: t = std::string(sc_.lit); break;
    case Tok::Literal: t = "literal " + std::string(sc_.lit); break;
    case Tok::Operator: t = std::string(op_name(sc_.op)); break;
    case Tok::AssignOp: t = std::string(op_name(sc_.op)) + "="; break;
    case Tok::IncOp: t = std::string(op_name(sc_.op)) + std::string(op_name(sc_.op)); break;
    default: t = tok_string(tok()); break;
  }
  error_at(at, "syntax error: unexpected " + t + suffix);
}

// Skips tokens until one in follow (plus EOF; plus statement keywords inside functions).
// With an empty follow set, skips exactly one token.
void Parser::advance(TokSet follow) {
  TokSet set = tok_bit(Tok::Eof);
  if (follow) {
    if (fnest_ > 0) set |= kStopSet;
    set |= follow;
  }
  while (!tok_in(set, tok())) {
    next();
    if (!follow) break;
  }
}

Pos Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& f) {
  bool done = false;
  while (tok() != Tok::Eof && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {
      syntax_error(std::string("in ") + context + "; possibly missing " + tok_string(sep) + " or " +
                   tok_string(close));
      advance(tok_bit(Tok::Rparen) | tok_bit(Tok::Rbrack) | tok_bit(Tok::Rbrace));
      if (tok() != close) return pos();
    }
  }
  Pos end = pos();
  want(close);
  return end;
}

// ---------------------------------------------------------------------------------------
// Declarations

void Parser::parse_file() {
  File* f = file_;
  f->pos = pos();
  next();  // first token
  f->pos = pos();
  if (!got(Tok::Package)) {
    syntax_error("package statement must be first");
    return;
  }
  f->pkg_name = name();
  want(Tok::Semi);
  if (had_error_) return;  // Go gives up after a broken package clause

  Tok prev = Tok::Import;
  while (tok() != Tok::Eof) {
    if (tok() == Tok::Import && prev != Tok::Import) syntax_error("imports must appear before other declarations");
    prev = tok();
    switch (tok()) {
      case Tok::Import: next(); append_group(f->decls, &Parser::import_decl); break;
      case Tok::Const: next(); append_group(f->decls, &Parser::const_decl); break;
      case Tok::Type: next(); append_group(f->decls, &Parser::type_decl); break;
      case Tok::Var: next(); append_group(f->decls, &Parser::var_decl); break;
      case Tok::Func: {
        next();
        if (FuncDecl* d = func_decl()) f->decls.push_back(d);
        break;
      }
      default: {
        FuncDecl* last = f->decls.empty() ? nullptr : as<FuncDecl>(f->decls.back());
        if (tok() == Tok::Lbrace && last && !last->body) {
          syntax_error("unexpected semicolon or newline before {");
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance(tok_bit(Tok::Import) | tok_bit(Tok::Const) | tok_bit(Tok::Type) | tok_bit(Tok::Var) |
                tok_bit(Tok::Func));
        continue;
      }
    }
    if (tok() != Tok::Eof && !got(Tok::Semi)) {
      syntax_error("after top level declaration");
      advance(tok_bit(Tok::Import) | tok_bit(Tok::Const) | tok_bit(Tok::Type) | tok_bit(Tok::Var) |
              tok_bit(Tok::Func));
    }
  }
  f->eof = pos();
}

void Parser::append_group(std::vector<Decl*>& out, Decl* (Parser::*f)(int group)) {
  if (tok() == Tok::Lparen) {
    int group = next_group_++;
    next();
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Decl* d = (this->*f)(group)) out.push_back(d);
      return false;
    });
  } else {
    if (Decl* d = (this->*f)(0)) out.push_back(d);
  }
}

Decl* Parser::import_decl(int group) {
  auto* d = make<ImportDecl>(pos());
  d->group = group;
  if (tok() == Tok::Name) {
    d->local_name = name();
  } else if (tok() == Tok::Dot) {
    d->local_name = new_name(pos(), ".");
    next();
  }
  d->path = oliteral();
  if (!d->path) {
    syntax_error("missing import path");
    advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rparen));
    return d;
  }
  if (!d->path->bad && d->path->lit_kind != LitKind::String) {
    syntax_error_at(d->path->pos, "import path must be a string");
    d->path->bad = true;
  }
  return d;
}

Decl* Parser::const_decl(int group) {
  auto* d = make<ConstDecl>(pos());
  d->group = group;
  d->names = name_list(name());
  if (tok() != Tok::Eof && tok() != Tok::Semi && tok() != Tok::Rparen) {
    d->type = type_or_null();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

std::pair<Name*, Expr*> Parser::extract_name(Expr* x, bool force) {
  switch (x->kind) {
    case Kind::Name: return {static_cast<Name*>(x), nullptr};
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (!o->y) break;  // unary
      if (o->op == Op::Mul) {
        auto* nm = as<Name>(o->x);
        if (nm && (force || is_type_elem(o->y))) {
          auto* star = make<Operation>(o->pos);  // "N *T" read as name N, type *T
          star->op = Op::Mul;
          star->x = o->y;
          return {nm, star};
        }
      } else if (o->op == Op::Or) {
        auto [nm, lhs] = extract_name(o->x, force || is_type_elem(o->y));
        if (nm && lhs) {
          auto* alt = make<Operation>(o->pos);
          alt->op = Op::Or;
          alt->x = lhs;
          alt->y = o->y;
          return {nm, alt};
        }
      }
      break;
    }
    case Kind::CallExpr: {
      auto* c = static_cast<CallExpr*>(x);
      if (auto* nm = as<Name>(c->fun)) {
        if (c->args.size() == 1 && !c->has_dots && (force || is_type_elem(c->args[0]))) return {nm, c->args[0]};
      }
      break;
    }
    default: break;
  }
  return {nullptr, x};
}

Decl* Parser::type_decl(int group) {
  auto* d = make<TypeDecl>(pos());
  d->group = group;
  d->name = name();
  if (tok() == Tok::Lbrack) {
    // "type T[P any] ..." (generic) or "type T [N]E" (array)
    Pos lb = pos();
    next();
    if (tok() == Tok::Name) {
      Expr* x = name();
      if (tok() != Tok::Lbrack) {
        ++xnest_;
        x = binary_expr(pexpr(x, false), 0);
        --xnest_;
      }
      auto [pname, ptype] = extract_name(x, tok() == Tok::Comma);
      if (pname && (ptype || tok() != Tok::Rbrack)) {
        d->tparams = param_list(pname, ptype, Tok::Rbrack, true);
        d->alias = got_assign();
        d->type = type_or_null();
      } else {
        d->type = array_type(lb, x);
      }
    } else if (tok() == Tok::Rbrack) {
      next();
      d->type = slice_type(lb);
    } else {
      d->type = array_type(lb, nullptr);
    }
  } else {
    d->alias = got_assign();
    d->type = type_or_null();
  }
  if (!d->type) {
    d->type = bad_expr();
    syntax_error("in type declaration");
    advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rparen));
  }
  return d;
}

Decl* Parser::var_decl(int group) {
  auto* d = make<VarDecl>(pos());
  d->group = group;
  d->names = name_list(name());
  if (got_assign()) {
    d->values = expr_list();
  } else {
    d->type = type_();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

FuncDecl* Parser::func_decl() {
  auto* f = make<FuncDecl>(pos());
  std::string context;
  if (got(Tok::Lparen)) {
    context = "method";
    auto rcvr = param_list(nullptr, nullptr, Tok::Rparen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      f->recv = rcvr[0];
    }
  }
  if (tok() == Tok::Name) {
    f->name = name();
    auto [tparams, type] = func_type(context);
    f->tparams = std::move(tparams);
    f->type = type;
  } else {
    f->name = new_name(pos(), "_");
    f->type = make<FuncType>(pos());
    syntax_error(context.empty() ? "expected name or (" : "expected name");
    advance(tok_bit(Tok::Lbrace) | tok_bit(Tok::Semi));
  }
  if (tok() == Tok::Lbrace) f->body = func_body();
  return f;
}

BlockStmt* Parser::func_body() {
  ++fnest_;
  int before = errcnt_;
  BlockStmt* body = block_stmt("");
  --fnest_;
  if (before == errcnt_) check_branches(body);
  return body;
}

// ---------------------------------------------------------------------------------------
// Expressions

Expr* Parser::binary_expr(Expr* x, int prec) {
  if (!x) x = unary_expr();
  NestLoop depth{this};  // a+b+c+... is a tree as deep as it is long
  while ((tok() == Tok::Operator || tok() == Tok::Star) && sc_.prec > prec) {
    depth.more();
    auto* t = make<Operation>(pos());
    t->op = sc_.op;
    int tprec = sc_.prec;
    next();
    t->x = x;
    t->y = binary_expr(nullptr, tprec);
    x = t;
  }
  return x;
}

Expr* Parser::unary_expr() {
  Nest depth(this);
  switch (tok()) {
    case Tok::Operator:
    case Tok::Star:
      switch (sc_.op) {
        case Op::Mul: case Op::Add: case Op::Sub: case Op::Not: case Op::Xor: case Op::Tilde: {
          auto* x = make<Operation>(pos());
          x->op = sc_.op;
          next();
          x->x = unary_expr();
          return x;
        }
        case Op::And: {
          auto* x = make<Operation>(pos());
          x->op = Op::And;
          next();
          x->x = unparen(unary_expr());  // &(T{}) is &T{}
          return x;
        }
        default: break;
      }
      break;
    case Tok::Arrow: {
      Pos p = pos();
      next();
      Expr* x = unary_expr();
      if (auto* c = as<ChanType>(x)) {
        // "<-chan T": convert the channel type into a receive-only one.
        ChanDir dir = ChanDir::SendOnly;
        Expr* t = c;
        while (dir == ChanDir::SendOnly) {
          auto* ct = as<ChanType>(t);
          if (!ct) break;
          dir = ct->dir;
          if (dir == ChanDir::RecvOnly) syntax_error("unexpected <-, expected chan");
          ct->dir = ChanDir::RecvOnly;
          t = ct->elem;
        }
        if (dir == ChanDir::SendOnly) syntax_error("unexpected " + to_string(t) + ", expected chan");
        return x;
      }
      auto* o = make<Operation>(p);
      o->op = Op::Recv;
      o->x = x;
      return o;
    }
    default: break;
  }
  return pexpr(nullptr, true);
}

CallStmt* Parser::call_stmt() {
  auto* s = make<CallStmt>(pos());
  s->tok = tok();
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);
  if (Expr* t = unparen(x); t != x) {
    error_at(x->pos, "expression in " + std::string(token_name(s->tok)) + " must not be parenthesized");
    x = t;
  }
  s->call = x;
  return s;
}

Expr* Parser::operand(bool keep_parens) {
  switch (tok()) {
    case Tok::Name: return name();
    case Tok::Literal: return oliteral();
    case Tok::Lparen: {
      Pos p = pos();
      next();
      ++xnest_;
      Expr* x = expr();
      --xnest_;
      want(Tok::Rparen);
      if (tok() == Tok::Lbrace) keep_parens = true;  // so pexpr can diagnose (T){...}
      if (keep_parens) {
        auto* px = make<ParenExpr>(p);
        px->x = x;
        x = px;
      }
      return x;
    }
    case Tok::Func: {
      Pos p = pos();
      next();
      FuncType* ftyp = func_type("function type").second;
      if (tok() == Tok::Lbrace) {
        ++xnest_;
        auto* f = make<FuncLit>(p);
        f->type = ftyp;
        f->body = func_body();
        --xnest_;
        return f;
      }
      return ftyp;
    }
    case Tok::Lbrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type_();
    default: {
      Expr* x = bad_expr();
      syntax_error("expected expression");
      advance(tok_bit(Tok::Rparen) | tok_bit(Tok::Rbrack) | tok_bit(Tok::Rbrace));
      return x;
    }
  }
}

Expr* Parser::pexpr(Expr* x, bool keep_parens) {
  if (!x) x = operand(keep_parens);
  NestLoop depth{this};  // x.f.g[i](a)... deepens the tree with each suffix
  for (;;) {
    depth.more();
    Pos p = pos();
    switch (tok()) {
      case Tok::Dot: {
        next();
        if (tok() == Tok::Name) {
          auto* t = make<SelectorExpr>(p);
          t->x = x;
          t->sel = name();
          x = t;
        } else if (tok() == Tok::Lparen) {
          next();
          if (got(Tok::Type)) {
            auto* t = make<TypeSwitchGuard>(p);
            t->x = x;
            x = t;
          } else {
            auto* t = make<AssertExpr>(p);
            t->x = x;
            t->type = type_();
            x = t;
          }
          want(Tok::Rparen);
        } else {
          syntax_error("expected name or (");
          advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rparen));
        }
        continue;
      }
      case Tok::Lbrack: {
        next();
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          bool comma = false;
          if (tok() == Tok::Rbrack) {
            syntax_error("expected operand");
            i = bad_expr();
          } else {
            std::tie(i, comma) = type_list(false);
          }
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            auto* t = make<IndexExpr>(p);
            t->x = x;
            t->index = i;
            x = t;
            continue;
          }
        }
        // slice expression
        if (!got(Tok::Colon)) {
          syntax_error("expected comma, : or ]");
          advance(tok_bit(Tok::Comma) | tok_bit(Tok::Colon) | tok_bit(Tok::Rbrack));
        }
        ++xnest_;
        auto* t = make<SliceExpr>(p);
        t->x = x;
        t->index[0] = i;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->index[1] = expr();
        if (tok() == Tok::Colon) {
          t->full = true;
          if (!t->index[1]) {
            error("middle index required in 3-index slice");
            t->index[1] = bad_expr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            t->index[2] = expr();
          } else {
            error("final index required in 3-index slice");
            t->index[2] = bad_expr();
          }
        }
        --xnest_;
        want(Tok::Rbrack);
        x = t;
        continue;
      }
      case Tok::Lparen: {
        auto* t = make<CallExpr>(p);
        next();
        t->fun = x;
        auto [args, dots] = arg_list();
        t->args = std::move(args);
        t->has_dots = dots;
        x = t;
        continue;
      }
      case Tok::Lbrace: {
        // A '{' after an operand starts a composite literal only if the operand may be a
        // type and we are not in a control-clause header (xnest_ < 0) where '{' opens the body.
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case Kind::Name: case Kind::SelectorExpr: complit_ok = xnest_ >= 0; break;
          case Kind::IndexExpr: complit_ok = xnest_ >= 0 && !is_value(t); break;
          case Kind::ArrayType: case Kind::SliceType: case Kind::StructType: case Kind::MapType:
            complit_ok = true;
            break;
          default: break;
        }
        if (!complit_ok) return x;
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        CompositeLit* n = complitexpr();
        n->type = x;
        x = n;
        continue;
      }
      default: return x;
    }
  }
}

Expr* Parser::bare_complitexpr() {
  if (tok() == Tok::Lbrace) return complitexpr();  // elided type: {1, 2}
  return expr();
}

CompositeLit* Parser::complitexpr() {
  Nest depth(this);
  auto* x = make<CompositeLit>(pos());
  ++xnest_;
  want(Tok::Lbrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bare_complitexpr();
    if (tok() == Tok::Colon) {
      auto* kv = make<KeyValueExpr>(pos());
      next();
      kv->key = e;
      kv->value = bare_complitexpr();
      e = kv;
      ++x->nkeys;
    }
    x->elems.push_back(e);
    return false;
  });
  --xnest_;
  return x;
}

Expr* Parser::type_() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("expected type");
    advance(tok_bit(Tok::Comma) | tok_bit(Tok::Colon) | tok_bit(Tok::Semi) | tok_bit(Tok::Rparen) |
            tok_bit(Tok::Rbrack) | tok_bit(Tok::Rbrace));
  }
  return t;
}

Expr* Parser::type_or_null() {
  Nest depth(this);
  Pos p = pos();
  switch (tok()) {
    case Tok::Star:
      next();
      return new_indirect(p, type_());
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      auto* t = make<ChanType>(p);
      t->dir = ChanDir::RecvOnly;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Func:
      next();
      return func_type("function type").second;
    case Tok::Lbrack:
      next();
      if (got(Tok::Rbrack)) return slice_type(p);
      return array_type(p, nullptr);
    case Tok::Chan: {
      next();
      auto* t = make<ChanType>(p);
      if (got(Tok::Arrow)) t->dir = ChanDir::SendOnly;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      auto* t = make<MapType>(p);
      t->key = type_();
      want(Tok::Rbrack);
      t->value = type_();
      return t;
    }
    case Tok::Struct: return struct_type();
    case Tok::Interface: return interface_type();
    case Tok::Name: return qualified_name(nullptr);
    case Tok::Lparen: {
      next();
      Expr* t = type_();
      want(Tok::Rparen);
      return t;
    }
    default: return nullptr;
  }
}

Expr* Parser::type_instance(Expr* typ) {
  Pos p = pos();
  want(Tok::Lbrack);
  auto* x = make<IndexExpr>(p);
  x->x = typ;
  if (tok() == Tok::Rbrack) {
    syntax_error("expected type argument list");
    x->index = bad_expr();
  } else {
    x->index = type_list(true).first;
  }
  want(Tok::Rbrack);
  return x;
}

std::pair<std::vector<Field*>, FuncType*> Parser::func_type(const std::string& context) {
  auto* typ = make<FuncType>(pos());
  std::vector<Field*> tparams;
  if (got(Tok::Lbrack)) {
    if (!context.empty()) syntax_error_at(typ->pos, context + " must have no type parameters");
    if (tok() == Tok::Rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      tparams = param_list(nullptr, nullptr, Tok::Rbrack, true);
    }
  }
  want(Tok::Lparen);
  typ->params = param_list(nullptr, nullptr, Tok::Rparen, false);
  typ->results = func_result();
  return {std::move(tparams), typ};
}

Expr* Parser::array_type(Pos p, Expr* len) {
  if (!len && !got(Tok::DotDotDot)) {
    ++xnest_;
    len = expr();
    --xnest_;
  }
  if (tok() == Tok::Comma) {
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Tok::Rbrack);
  auto* t = make<ArrayType>(p);
  t->len = len;
  t->elem = type_();
  return t;
}

Expr* Parser::slice_type(Pos p) {
  auto* t = make<SliceType>(p);
  t->elem = type_();
  return t;
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type");
  }
  return t;
}

StructType* Parser::struct_type() {
  auto* typ = make<StructType>(pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    field_decl(typ);
    return false;
  });
  return typ;
}

InterfaceType* Parser::interface_type() {
  auto* typ = make<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = method_decl();
    if (!f || !f->name) f = embedded_elem(f);
    typ->methods.push_back(f);
    return false;
  });
  return typ;
}

std::vector<Field*> Parser::func_result() {
  if (got(Tok::Lparen)) return param_list(nullptr, nullptr, Tok::Rparen, false);
  Pos p = pos();
  if (Expr* typ = type_or_null()) {
    auto* f = make<Field>(p);
    f->type = typ;
    return {f};
  }
  return {};
}

void Parser::add_field(StructType* s, Pos p, Name* name, Expr* typ, BasicLit* tag) {
  if (tag) {
    while (s->tags.size() < s->fields.size()) s->tags.push_back(nullptr);
    s->tags.push_back(tag);
  }
  auto* f = make<Field>(p);
  f->name = name;
  f->type = typ;
  s->fields.push_back(f);
}

void Parser::field_decl(StructType* s) {
  Pos p = pos();
  switch (tok()) {
    case Tok::Name: {
      Name* nm = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi || tok() == Tok::Rbrace) {
        // embedded type
        Expr* typ = qualified_name(nm);
        BasicLit* tag = oliteral();
        add_field(s, p, nullptr, typ, tag);
        return;
      }
      std::vector<Name*> names = name_list(nm);
      Expr* typ = nullptr;
      if (names.size() == 1 && tok() == Tok::Lbrack) {
        typ = array_or_targs();
        if (auto* ix = as<IndexExpr>(typ)) {
          ix->x = nm;  // embedded generic type N[T]
          BasicLit* tag = oliteral();
          add_field(s, p, nullptr, ix, tag);
          return;
        }
      } else {
        typ = type_();
      }
      BasicLit* tag = oliteral();
      for (Name* n : names) add_field(s, n->pos, n, typ, tag);
      return;
    }
    case Tok::Star: {
      next();
      Expr* typ = nullptr;
      if (tok() == Tok::Lparen) {
        syntax_error("cannot parenthesize embedded type");
        next();
        typ = qualified_name(nullptr);
        got(Tok::Rparen);
      } else {
        typ = qualified_name(nullptr);
      }
      BasicLit* tag = oliteral();
      add_field(s, p, nullptr, new_indirect(p, typ), tag);
      return;
    }
    case Tok::Lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* typ = nullptr;
      if (tok() == Tok::Star) {
        Pos sp = pos();
        next();
        typ = new_indirect(sp, qualified_name(nullptr));
      } else {
        typ = qualified_name(nullptr);
      }
      got(Tok::Rparen);
      BasicLit* tag = oliteral();
      add_field(s, p, nullptr, typ, tag);
      return;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rbrace));
      return;
  }
}

Expr* Parser::array_or_targs() {
  Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return slice_type(p);
  auto [n, comma] = type_list(false);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = type_or_null()) {
      auto* t = make<ArrayType>(p);
      t->len = n;
      t->elem = elem;
      return t;
    }
  }
  auto* t = make<IndexExpr>(p);  // the caller fills in x
  t->index = n;
  return t;
}

BasicLit* Parser::oliteral() {
  if (tok() != Tok::Literal) return nullptr;
  auto* b = make<BasicLit>(pos());
  b->value = sc_.lit;
  b->lit_kind = sc_.kind;
  b->bad = sc_.bad;
  next();
  return b;
}

Field* Parser::method_decl() {
  auto* f = make<Field>(pos());
  Name* nm = name();
  const std::string context = "interface method";
  switch (tok()) {
    case Tok::Lparen:
      f->name = nm;
      f->type = func_type(context).second;
      break;
    case Tok::Lbrack: {
      Pos lb = pos();
      next();
      if (tok() == Tok::Rbrack) {
        Pos rb = pos();
        next();
        if (tok() == Tok::Lparen) {
          error_at(rb, "empty type parameter list");
          f->name = nm;
          f->type = func_type(context).second;
        } else {
          error_at(rb, "empty type argument list");
          f->type = nm;
        }
        break;
      }
      auto params = param_list(nullptr, nullptr, Tok::Rbrack, false);
      if (params.empty()) {
        if (tok() == Tok::Lparen) {
          f->name = nm;
          f->type = func_type(context).second;
        } else {
          f->type = nm;
        }
        break;
      }
      if (params[0]->name) {
        f->name = nm;
        f->type = func_type(context).second;
        error_at(lb, "interface method must have no type parameters");
        break;
      }
      auto* t = make<IndexExpr>(lb);
      t->x = nm;
      if (params.size() == 1) {
        t->index = params[0]->type;
      } else {
        auto* l = make<ListExpr>(params[0]->pos);
        for (Field* pf : params) l->elems.push_back(pf->type);
        t->index = l;
      }
      f->type = t;
      break;
    }
    default:
      f->type = qualified_name(nm);
      break;
  }
  return f;
}

Field* Parser::embedded_elem(Field* f) {
  if (!f) {
    f = make<Field>(pos());
    f->type = embedded_term();
  }
  while (at_op(Op::Or)) {
    auto* t = make<Operation>(pos());
    t->op = Op::Or;
    next();
    t->x = f->type;
    t->y = embedded_term();
    f->type = t;
  }
  return f;
}

Expr* Parser::embedded_term() {
  if (at_op(Op::Tilde)) {
    auto* t = make<Operation>(pos());
    t->op = Op::Tilde;
    next();
    t->x = type_();
    return t;
  }
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("expected ~ term or type");
    advance(tok_bit(Tok::Operator) | tok_bit(Tok::Semi) | tok_bit(Tok::Rparen) | tok_bit(Tok::Rbrack) |
            tok_bit(Tok::Rbrace));
  }
  return t;
}

Field* Parser::param_decl_or_null(Name* nm, Tok follow) {
  bool type_sets_ok = follow == Tok::Rbrack;  // type parameter lists allow ~T and A|B
  Pos p = pos();
  if (nm) {
    p = nm->pos;
  } else if (type_sets_ok && at_op(Op::Tilde)) {
    return embedded_elem(nullptr);
  }
  auto* f = make<Field>(p);
  if (tok() == Tok::Name || nm) {
    if (!nm) nm = name();
    if (tok() == Tok::Lbrack) {
      f->type = array_or_targs();
      if (auto* ix = as<IndexExpr>(f->type)) {
        ix->x = nm;  // generic type instance used as a parameter type
      } else {
        f->name = nm;
      }
      if (type_sets_ok && at_op(Op::Or)) f = embedded_elem(f);
      return f;
    }
    if (tok() == Tok::Dot) {
      f->type = qualified_name(nm);
      if (type_sets_ok && at_op(Op::Or)) f = embedded_elem(f);
      return f;
    }
    if (type_sets_ok && at_op(Op::Or)) {
      f->type = nm;
      return embedded_elem(f);
    }
    f->name = nm;
  }
  if (tok() == Tok::DotDotDot) {
    auto* t = make<DotsType>(pos());
    next();
    t->elem = type_or_null();
    if (!t->elem) {
      t->elem = bad_expr();
      syntax_error("... is missing type");
    }
    f->type = t;
    return f;
  }
  if (type_sets_ok && at_op(Op::Tilde)) {
    f->type = embedded_elem(nullptr)->type;
    return f;
  }
  f->type = type_or_null();
  if (type_sets_ok && at_op(Op::Or) && f->type) f = embedded_elem(f);
  if (f->name || f->type) return f;
  syntax_error("expected " + tok_string(follow));
  advance(tok_bit(Tok::Comma) | tok_bit(follow));
  return nullptr;
}

std::vector<Field*> Parser::param_list(Name* nm, Expr* typ, Tok close, bool require_names) {
  std::vector<Field*> out;
  if (nm && typ && tok() == close) {
    next();
    auto* par = make<Field>(nm->pos);
    par->name = nm;
    par->type = typ;
    out.push_back(par);
    return out;
  }
  int named = 0;  // parameters with explicit name and type
  int typed = 0;  // parameters with explicit type
  Pos end = list("parameter list", Tok::Comma, close, [&] {
    Field* par = nullptr;
    if (typ) {
      par = make<Field>(nm->pos);
      par->name = nm;
      par->type = typ;
    } else {
      par = param_decl_or_null(nm, close);
    }
    nm = nullptr;
    typ = nullptr;
    if (par) {
      if (par->name && par->type) ++named;
      if (par->type) ++typed;
      out.push_back(par);
    }
    return false;
  });
  if (out.empty()) return out;

  if (named == 0 && !require_names) {
    // All types: "func(int, string)". A lone name is a type name.
    for (Field* par : out) {
      if (par->name) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != static_cast<int>(out.size())) {
    // Some named, some not: "a, b int" distributes types right to left; anything left over is an error.
    Pos err_pos;
    Expr* cur = nullptr;
    for (size_t i = out.size(); i-- > 0;) {
      Field* par = out[i];
      if (par->type) {
        cur = par->type;
        if (!par->name) {
          err_pos = start_pos(cur);
          par->name = new_name(err_pos, "_");
        }
      } else if (cur) {
        par->type = cur;
      } else {
        err_pos = par->name->pos;
        auto* b = make<BadExpr>(err_pos);
        par->type = b;
      }
    }
    if (err_pos.known()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          err_pos = end;
          msg = "missing type constraint";
        } else {
          msg = "missing type parameter name";
          if (out.size() == 1) msg += " or invalid array length";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(err_pos, msg);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Statements

Stmt* Parser::simple_stmt(Expr* lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause(nullptr, false);  // for range x
  if (!lhs) lhs = expr_list();

  if (!as<ListExpr>(lhs) && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {
        Op op = sc_.op;
        next();
        return new_assign(p, op, lhs, expr());
      }
      case Tok::IncOp: {
        Op op = sc_.op;
        next();
        return new_assign(p, op, lhs, nullptr);
      }
      case Tok::Arrow: {
        auto* s = make<SendStmt>(p);
        next();
        s->chan = lhs;
        s->value = expr();
        return s;
      }
      default: {
        auto* s = make<ExprStmt>(lhs->pos);
        s->x = lhs;
        return s;
      }
    }
  }

  switch (tok()) {
    case Tok::Assign:
    case Tok::Define: {
      Pos p = pos();
      Op op = tok() == Tok::Define ? Op::Def : Op::None;
      next();
      if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause(lhs, op == Op::Def);
      Expr* rhs = expr_list();
      if (auto* g = as<TypeSwitchGuard>(rhs); g && keyword == Tok::Switch && op == Op::Def) {
        if (auto* nm = as<Name>(lhs)) {
          g->lhs = nm;  // switch v := x.(type)
          auto* s = make<ExprStmt>(g->pos);
          s->x = g;
          return s;
        }
      }
      return new_assign(p, op, lhs, rhs);
    }
    default: {
      syntax_error("expected := or = or comma");
      advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rbrace));
      if (auto* l = as<ListExpr>(lhs)) lhs = l->elems[0];
      auto* s = make<ExprStmt>(lhs->pos);
      s->x = lhs;
      return s;
    }
  }
}

RangeClause* Parser::new_range_clause(Expr* lhs, bool def) {
  auto* r = make<RangeClause>(pos());
  next();  // range
  r->lhs = lhs;
  r->def = def;
  r->x = expr();
  return r;
}

Stmt* Parser::labeled_stmt_or_null(Name* label) {
  auto* s = make<LabeledStmt>(pos());
  s->label = label;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // "L: }" labels an empty statement.
    s->stmt = make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmt_or_null();
  if (s->stmt) return s;
  syntax_error_at(s->pos, "missing statement after label");
  return nullptr;
}

BlockStmt* Parser::block_stmt(const std::string& context) {
  auto* s = make<BlockStmt>(pos());
  if (!got(Tok::Lbrace)) {
    syntax_error("expected { after " + context);
    advance(tok_bit(Tok::Name) | tok_bit(Tok::Rbrace));
    s->rbrace = pos();
    if (got(Tok::Rbrace)) return s;
  }
  s->list = stmt_list();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

DeclStmt* Parser::decl_stmt(Decl* (Parser::*f)(int group)) {
  auto* s = make<DeclStmt>(pos());
  next();  // const, type or var
  append_group(s->decls, f);
  return s;
}

Stmt* Parser::for_stmt() {
  auto* s = make<ForStmt>(pos());
  header(Tok::For, &s->init, &s->cond, &s->post);
  s->body = block_stmt("for clause");
  return s;
}

void Parser::header(Tok keyword, Stmt** init_out, Expr** cond_out, Stmt** post_out) {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  auto finish = [&] {
    *init_out = init;
    *cond_out = cond;
    if (post_out) *post_out = post;
  };
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntax_error("missing condition in if statement");
      cond = bad_expr();
    }
    finish();
    return;
  }

  int outer = xnest_;
  xnest_ = -1;  // '{' now ends the header rather than starting a composite literal

  if (tok() != Tok::Semi) {
    if (got(Tok::Var)) {
      syntax_error("var declaration not allowed in " + tok_string(keyword) + " initializer");
    }
    init = simple_stmt(nullptr, keyword);
    if (as<RangeClause>(init)) {
      xnest_ = outer;
      finish();
      return;
    }
  }

  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string semi_lit;
  bool skip_to_done = false;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semi_pos = pos();
      semi_lit = std::string(sc_.lit);
      next();
    } else {
      want(Tok::Lbrace);
      if (tok() != Tok::Lbrace) advance(tok_bit(Tok::Lbrace) | tok_bit(Tok::Rbrace));
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntax_error("expected for loop condition");
          skip_to_done = true;
        } else {
          cond_stmt = simple_stmt(nullptr, Tok::None);
        }
      }
      if (!skip_to_done) {
        want(Tok::Semi);
        if (tok() != Tok::Lbrace) {
          post = simple_stmt(nullptr, Tok::None);
          if (auto* a = as<AssignStmt>(post); a && a->op == Op::Def) {
            syntax_error_at(a->pos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok() != Tok::Lbrace) {
      cond_stmt = simple_stmt(nullptr, keyword);
    }
  } else {
    cond_stmt = init;
    init = nullptr;
  }

  if (!cond_stmt) {
    if (keyword == Tok::If && semi_pos.known()) {
      if (semi_lit != "semicolon") {
        syntax_error_at(semi_pos, "unexpected " + semi_lit + ", expected { after if clause");
      } else {
        syntax_error_at(semi_pos, "missing condition in if statement");
      }
      auto* b = make<BadExpr>(semi_pos);
      cond = b;
    }
  } else if (auto* es = as<ExprStmt>(cond_stmt)) {
    cond = es->x;
  } else {
    std::string str;
    auto* as_ = as<AssignStmt>(cond_stmt);
    if (as_ && as_->op == Op::None) {
      auto emphasize = [](const Expr* x) {
        std::string s = to_string(x);
        auto* o = as<Operation>(x);
        return o && o->y ? "(" + s + ")" : s;
      };
      str = "assignment " + emphasize(as_->lhs) + " = " + emphasize(as_->rhs);
    } else {
      str = to_string(cond_stmt);
    }
    syntax_error_at(cond_stmt->pos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
  finish();
}

IfStmt* Parser::if_stmt() {
  Nest depth(this);  // else if ... chains
  auto* s = make<IfStmt>(pos());
  header(Tok::If, &s->init, &s->cond, nullptr);
  s->then = block_stmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If: s->else_ = if_stmt(); break;
      case Tok::Lbrace: s->else_ = block_stmt(""); break;
      default:
        syntax_error("else must be followed by if or statement block");
        advance(tok_bit(Tok::Name) | tok_bit(Tok::Rbrace));
        break;
    }
  }
  return s;
}

SwitchStmt* Parser::switch_stmt() {
  auto* s = make<SwitchStmt>(pos());
  header(Tok::Switch, &s->init, &s->tag, nullptr);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after switch clause");
    advance(tok_bit(Tok::Case) | tok_bit(Tok::Default) | tok_bit(Tok::Rbrace));
  }
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) s->body.push_back(case_clause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

SelectStmt* Parser::select_stmt() {
  auto* s = make<SelectStmt>(pos());
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after select clause");
    advance(tok_bit(Tok::Case) | tok_bit(Tok::Default) | tok_bit(Tok::Rbrace));
  }
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) s->body.push_back(comm_clause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

CaseClause* Parser::case_clause() {
  Nest depth(this);  // a clause's statements are one level deeper than its switch
  auto* c = make<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case: next(); c->cases = expr_list(); break;
    case Tok::Default: next(); break;
    default:
      syntax_error("expected case or default or }");
      advance(tok_bit(Tok::Colon) | tok_bit(Tok::Case) | tok_bit(Tok::Default) | tok_bit(Tok::Rbrace));
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

CommClause* Parser::comm_clause() {
  Nest depth(this);
  auto* c = make<CommClause>(pos());
  switch (tok()) {
    case Tok::Case: next(); c->comm = simple_stmt(nullptr, Tok::None); break;
    case Tok::Default: next(); break;
    default:
      syntax_error("expected case or default or }");
      advance(tok_bit(Tok::Colon) | tok_bit(Tok::Case) | tok_bit(Tok::Default) | tok_bit(Tok::Rbrace));
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

Stmt* Parser::stmt_or_null() {
  Nest depth(this);
  if (tok() == Tok::Name) {
    Expr* lhs = expr_list();
    if (auto* label = as<Name>(lhs); label && tok() == Tok::Colon) return labeled_stmt_or_null(label);
    return simple_stmt(lhs, Tok::None);
  }
  switch (tok()) {
    case Tok::Var: return decl_stmt(&Parser::var_decl);
    case Tok::Const: return decl_stmt(&Parser::const_decl);
    case Tok::Type: return decl_stmt(&Parser::type_decl);
    case Tok::Lbrace: return block_stmt("");
    case Tok::Operator:
    case Tok::Star:
      switch (sc_.op) {
        case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Xor: case Op::Not:
          return simple_stmt(nullptr, Tok::None);
        default: return nullptr;
      }
    case Tok::Literal: case Tok::Func: case Tok::Lparen: case Tok::Lbrack: case Tok::Struct:
    case Tok::Map: case Tok::Chan: case Tok::Interface: case Tok::Arrow:
      return simple_stmt(nullptr, Tok::None);
    case Tok::For: return for_stmt();
    case Tok::Switch: return switch_stmt();
    case Tok::Select: return select_stmt();
    case Tok::If: return if_stmt();
    case Tok::Fallthrough: {
      auto* s = make<BranchStmt>(pos());
      next();
      s->tok = Tok::Fallthrough;
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      auto* s = make<BranchStmt>(pos());
      s->tok = tok();
      next();
      if (tok() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer: return call_stmt();
    case Tok::Goto: {
      auto* s = make<BranchStmt>(pos());
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      auto* s = make<ReturnStmt>(pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = expr_list();
      return s;
    }
    case Tok::Semi: return make<EmptyStmt>(pos());
    default: return nullptr;
  }
}

std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> out;
  while (tok() != Tok::Eof && tok() != Tok::Rbrace && tok() != Tok::Case && tok() != Tok::Default) {
    Stmt* s = stmt_or_null();
    if (!s) break;
    out.push_back(s);
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntax_error("at end of statement");
      advance(tok_bit(Tok::Semi) | tok_bit(Tok::Rbrace) | tok_bit(Tok::Case) | tok_bit(Tok::Default));
      got(Tok::Semi);
    }
  }
  return out;
}

std::pair<std::vector<Expr*>, bool> Parser::arg_list() {
  std::vector<Expr*> args;
  bool dots = false;
  ++xnest_;
  list("argument list", Tok::Comma, Tok::Rparen, [&] {
    args.push_back(expr());
    dots = got(Tok::DotDotDot);
    return dots;
  });
  --xnest_;
  return {std::move(args), dots};
}

Name* Parser::name() {
  if (tok() == Tok::Name) {
    Name* n = new_name(pos(), sc_.lit);
    next();
    return n;
  }
  Name* n = new_name(pos(), "_");
  syntax_error("expected name");
  advance();
  return n;
}

std::vector<Name*> Parser::name_list(Name* first) {
  std::vector<Name*> out{first};
  while (got(Tok::Comma)) out.push_back(name());
  return out;
}

Expr* Parser::qualified_name(Name* nm) {
  Expr* x = nullptr;
  if (nm) {
    x = nm;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = new_name(pos(), "_");
    syntax_error("expected name");
    advance(tok_bit(Tok::Dot) | tok_bit(Tok::Semi) | tok_bit(Tok::Rbrace));
  }
  if (tok() == Tok::Dot) {
    auto* s = make<SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::Lbrack) x = type_instance(x);
  return x;
}

Expr* Parser::expr_list() {
  Expr* x = expr();
  if (got(Tok::Comma)) {
    auto* l = make<ListExpr>(x->pos);
    l->elems.push_back(x);
    l->elems.push_back(expr());
    while (got(Tok::Comma)) l->elems.push_back(expr());
    x = l;
  }
  return x;
}

std::pair<Expr*, bool> Parser::type_list(bool strict) {
  ++xnest_;
  Expr* x = strict ? type_() : expr();
  bool comma = false;
  if (got(Tok::Comma)) {
    comma = true;
    if (Expr* t = type_or_null()) {
      auto* l = make<ListExpr>(x->pos);
      l->elems.push_back(x);
      l->elems.push_back(t);
      while (got(Tok::Comma)) {
        t = type_or_null();
        if (!t) break;
        l->elems.push_back(t);
      }
      x = l;
    }
  }
  --xnest_;
  return {x, comma};
}

// ---------------------------------------------------------------------------------------
// Branch checks (labels, break/continue/goto/fallthrough placement), run per function body
// when the body parsed without errors, as Go's parser does.

class BranchChecker {
 public:
  BranchChecker(std::string_view filename, std::function<void(Pos, std::string)> err)
      : filename_(filename), err_(std::move(err)) {}

  void check(BlockStmt* body) {
    if (!body) return;
    auto fwd = block_branches(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (BranchStmt* g : fwd) {
      std::string name(g->label->value);
      if (Label* l = find(g->label->value)) {
        l->used = true;  // reported as a bad jump instead
        err_(g->label->pos, "goto " + name + " jumps into block starting at " + pos_string(l->parent->start));
      } else {
        err_(g->label->pos, "label " + name + " not defined");
      }
    }
    for (auto& l : labels_) {
      if (!l->used) err_(l->lstmt->label->pos, "label " + std::string(l->lstmt->label->value) + " defined and not used");
    }
  }

 private:
  struct Block {
    Block* parent;
    Pos start;
    LabeledStmt* lstmt;  // the labelled statement this block belongs to, if any
  };
  struct Label {
    Block* parent;
    LabeledStmt* lstmt;
    bool used;
  };
  struct Targets {
    Stmt* breaks = nullptr;     // innermost for/switch/select
    Stmt* continues = nullptr;  // innermost for
    int case_index = -1;        // index of the enclosing switch case clause, or -1
  };

  // Go prints positions inside these messages as file:line:col.
  std::string pos_string(Pos p) const {
    return std::string(filename_) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }

  Label* find(std::string_view name) {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second;
  }

  Label* declare(Block* b, LabeledStmt* s) {
    std::string_view name = s->label->value;
    if (Label* alt = find(name)) {
      err_(s->label->pos, "label " + std::string(name) + " already defined at " + pos_string(alt->lstmt->label->pos));
      return alt;
    }
    labels_.push_back(std::make_unique<Label>(Label{b, s, false}));
    by_name_[name] = labels_.back().get();
    return labels_.back().get();
  }

  // The label's statement if it labels b or a block enclosing b (for goto).
  LabeledStmt* goto_target(Block* b, std::string_view name) {
    Label* l = find(name);
    if (!l) return nullptr;
    l->used = true;
    for (; b; b = b->parent) {
      if (l->parent == b) return l->lstmt;
    }
    return nullptr;
  }

  // For break/continue: found (the label encloses b), invalid (exists elsewhere), or missing.
  enum class Enclosing { Missing, Invalid, Found };
  Enclosing enclosing_target(Block* b, std::string_view name, LabeledStmt** out) {
    Label* l = find(name);
    if (!l) return Enclosing::Missing;
    l->used = true;
    for (; b; b = b->parent) {
      if (l->lstmt == b->lstmt) {
        *out = l->lstmt;
        return Enclosing::Found;
      }
    }
    return Enclosing::Invalid;
  }

  std::vector<BranchStmt*> block_branches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                          const std::vector<Stmt*>& body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks_.back().get();
    Pos var_pos;
    const Node* var_name = nullptr;
    std::vector<BranchStmt*> fwd_gotos, bad_gotos;

    auto record_var = [&](Pos p, const Node* name) {
      var_pos = p;
      var_name = name;
      bad_gotos = fwd_gotos;  // pending forward gotos now jump over this declaration
    };
    auto jumps_over_var = [&](BranchStmt* g) {
      if (!var_pos.known()) return false;
      for (BranchStmt* bad : bad_gotos) {
        if (bad == g) return true;
      }
      return false;
    };
    auto inner_block = [&](Targets c, Pos p, const std::vector<Stmt*>& list) {
      auto more = block_branches(b, c, lstmt, p, list);
      fwd_gotos.insert(fwd_gotos.end(), more.begin(), more.end());
    };

    size_t n = body.size();
    while (n > 0 && body[n - 1]->kind == Kind::EmptyStmt) --n;  // trailing empty statements don't count

    for (size_t index = 0; index < n; ++index) {
      Stmt* st = body[index];
      lstmt = nullptr;
      while (auto* ls = as<LabeledStmt>(st)) {
        std::string_view name = ls->label->value;
        if (name != "_") {
          Label* l = declare(b, ls);
          size_t kept = 0;
          for (BranchStmt* g : fwd_gotos) {
            if (g->label->value == name) {
              g->target = ls;
              l->used = true;
              if (jumps_over_var(g)) {
                err_(g->label->pos, "goto " + std::string(name) + " jumps over declaration of " + to_string(var_name) +
                                        " at " + pos_string(var_pos));
              }
            } else {
              fwd_gotos[kept++] = g;
            }
          }
          fwd_gotos.resize(kept);
          lstmt = ls;
        }
        st = ls->stmt;
      }
      switch (st->kind) {
        case Kind::DeclStmt:
          for (Decl* d : static_cast<DeclStmt*>(st)->decls) {
            if (auto* v = as<VarDecl>(d)) {
              record_var(v->pos, v->names[0]);
              break;
            }
          }
          break;
        case Kind::BranchStmt: {
          auto* s = static_cast<BranchStmt*>(st);
          if (!s->label) {
            if (s->tok == Tok::Break) {
              if (ctxt.breaks) s->target = ctxt.breaks; else err_(s->pos, "break is not in a loop, switch, or select");
            } else if (s->tok == Tok::Continue) {
              if (ctxt.continues) s->target = ctxt.continues; else err_(s->pos, "continue is not in a loop");
            } else if (s->tok == Tok::Fallthrough) {
              std::string msg = "fallthrough statement out of place";
              bool ok = false;
              if (auto* sw = as<SwitchStmt>(ctxt.breaks)) {
                if (as<TypeSwitchGuard>(sw->tag)) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.case_index < 0 || index + 1 < n) {
                  // not the last statement of a case clause
                } else if (static_cast<size_t>(ctxt.case_index) + 1 == sw->body.size()) {
                  msg = "cannot fallthrough final case in switch";
                } else {
                  ok = true;
                }
              }
              if (!ok) err_(s->pos, msg);
            }
            break;
          }
          std::string name(s->label->value);
          LabeledStmt* t = nullptr;
          if (s->tok == Tok::Break) {
            switch (enclosing_target(b, name, &t)) {
              case Enclosing::Found: {
                Kind k = t->stmt->kind;
                if (k == Kind::SwitchStmt || k == Kind::SelectStmt || k == Kind::ForStmt) {
                  s->target = t->stmt;
                } else {
                  err_(s->label->pos, "invalid break label " + name);
                }
                break;
              }
              case Enclosing::Invalid: err_(s->label->pos, "invalid break label " + name); break;
              case Enclosing::Missing: err_(s->label->pos, "break label not defined: " + name); break;
            }
          } else if (s->tok == Tok::Continue) {
            switch (enclosing_target(b, name, &t)) {
              case Enclosing::Found:
                if (t->stmt->kind == Kind::ForStmt) s->target = t->stmt;
                else err_(s->label->pos, "invalid continue label " + name);
                break;
              case Enclosing::Invalid: err_(s->label->pos, "invalid continue label " + name); break;
              case Enclosing::Missing: err_(s->label->pos, "continue label not defined: " + name); break;
            }
          } else if (s->tok == Tok::Goto) {
            if (LabeledStmt* gt = goto_target(b, name)) s->target = gt; else fwd_gotos.push_back(s);
          }
          break;
        }
        case Kind::AssignStmt: {
          auto* s = static_cast<AssignStmt*>(st);
          if (s->op == Op::Def) record_var(s->pos, s->lhs);
          break;
        }
        case Kind::BlockStmt: {
          auto* s = static_cast<BlockStmt*>(st);
          inner_block(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
          break;
        }
        case Kind::IfStmt: {
          auto* s = static_cast<IfStmt*>(st);
          Targets c{ctxt.breaks, ctxt.continues, -1};
          inner_block(c, s->then->pos, s->then->list);
          if (s->else_) inner_block(c, s->else_->pos, std::vector<Stmt*>{s->else_});
          break;
        }
        case Kind::ForStmt: {
          auto* s = static_cast<ForStmt*>(st);
          inner_block(Targets{s, s, -1}, s->body->pos, s->body->list);
          break;
        }
        case Kind::SwitchStmt: {
          auto* s = static_cast<SwitchStmt*>(st);
          for (size_t i = 0; i < s->body.size(); ++i) {
            inner_block(Targets{s, ctxt.continues, static_cast<int>(i)}, s->body[i]->pos, s->body[i]->body);
          }
          break;
        }
        case Kind::SelectStmt: {
          auto* s = static_cast<SelectStmt*>(st);
          for (CommClause* cc : s->body) inner_block(Targets{s, ctxt.continues, -1}, cc->pos, cc->body);
          break;
        }
        default: break;
      }
    }
    return fwd_gotos;
  }

  std::string_view filename_;
  std::function<void(Pos, std::string)> err_;
  std::vector<std::unique_ptr<Label>> labels_;  // in declaration order
  std::map<std::string_view, Label*> by_name_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

void Parser::check_branches(BlockStmt* body) {
  BranchChecker checker(filename_, [this](Pos p, std::string msg) { error_at(p, std::move(msg)); });
  checker.check(body);
}

}  // namespace

ParseResult parse_file(std::string_view filename, std::string_view source) {
  ParseResult result;
  result.file = std::make_unique<File>();
  result.file->source = std::string(source);
  DiagnosticList diags;
  Parser parser(filename, result.file.get(), &diags);
  parser.parse_file();
  result.errors = diags.finish();
  return result;
}

}  // namespace gs::lang
