// compile_stmt.cpp — function bodies and statements (types2's stmt.go and
// assignments.go for checks; control flow lowered to jumps with a safe point
// (Poll) on every loop back-edge and function entry, DESIGN.md seam 5).
// Invariants: temporaries are released after every statement; every function ends
// in an epilogue (Func::ret_pc) that copies heap-cell named results into the result
// slots and returns, which is also where a recovered panic resumes.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

using VOp = VOp;

// ---- heap decisions (until escape analysis): by name, conservative ----------------

static void collect_names(Node* n, std::set<std::string>& out);

// The names an assignment's left-hand side writes: directly (x = ...) or through a
// selector, index or dereference (x.f = ..., x[i] = ..., *x = ...).
static void note_assigned(Node* lhs, FuncState& fs, const std::set<std::string>* skip = nullptr) {
  if (!lhs) return;
  if (auto* l = as<ListExpr>(lhs)) {
    for (auto* e : l->elems) note_assigned(e, fs, skip);
    return;
  }
  Node* r = lhs;
  bool through = false;
  while (true) {
    if (auto* p = as<ParenExpr>(r)) r = p->x;
    else if (auto* s = as<SelectorExpr>(r)) r = s->x, through = true;
    else if (auto* i = as<IndexExpr>(r)) r = i->x, through = true;
    else if (auto* o = as<Operation>(r); o && o->op == Op::Mul && !o->y) r = o->x, through = true;
    else break;
  }
  auto* nm = as<Name>(r);
  if (!nm) return;
  std::string n(nm->value);
  if (skip && skip->count(n)) return;
  (through ? fs.assigned_through : fs.assigned_names).insert(n);
}

static void note_defined(Node* lhs, FuncState& fs) {
  if (auto* l = as<ListExpr>(lhs)) {
    for (auto* e : l->elems) note_defined(e, fs);
  } else if (auto* nm = as<Name>(lhs)) {
    fs.def_counts[std::string(nm->value)]++;
  }
}

static void scan(Node* n, FuncState& fs, int closure_depth) {
  if (!n) return;
  switch (n->kind) {
    case lang::Kind::Operation: {
      auto* op = as<Operation>(n);
      if (op->op == Op::And && !op->y) {
        // &x, &x.f, &x[i]: the root variable's address is taken
        Node* r = op->x;
        while (true) {
          if (auto* p = as<ParenExpr>(r)) r = p->x;
          else if (auto* s = as<SelectorExpr>(r)) r = s->x;
          else if (auto* i = as<IndexExpr>(r)) r = i->x;
          else break;
        }
        if (auto* nm = as<Name>(r)) {
          fs.heap_names.insert(std::string(nm->value));
          fs.addr_names.insert(std::string(nm->value));
        }
      }
      scan(op->x, fs, closure_depth);
      scan(op->y, fs, closure_depth);
      return;
    }
    case lang::Kind::FuncLit: {
      std::set<std::string> names;
      collect_names(as<FuncLit>(n)->body, names);
      fs.heap_names.insert(names.begin(), names.end());
      if (auto* ft = as<FuncLit>(n)->type) {
        for (auto* fl : {&ft->params, &ft->results})
          for (Field* f : *fl)
            if (f->name) fs.def_counts[std::string(f->name->value)]++;
      }
      scan(as<FuncLit>(n)->body, fs, closure_depth + 1);
      return;
    }
    case lang::Kind::SliceExpr: {
      auto* s = as<SliceExpr>(n);
      // slicing an array takes its address
      if (auto* nm = as<Name>(s->x)) {
        fs.heap_names.insert(std::string(nm->value));
        fs.addr_names.insert(std::string(nm->value));
      }
      scan(s->x, fs, closure_depth);
      for (auto* i : s->index) scan(i, fs, closure_depth);
      return;
    }
    default: break;
  }
  // generic traversal over the node kinds that contain children
  switch (n->kind) {
    case lang::Kind::CompositeLit: for (auto* e : as<CompositeLit>(n)->elems) scan(e, fs, closure_depth); break;
    case lang::Kind::KeyValueExpr: scan(as<KeyValueExpr>(n)->key, fs, closure_depth); scan(as<KeyValueExpr>(n)->value, fs, closure_depth); break;
    case lang::Kind::ParenExpr: scan(as<ParenExpr>(n)->x, fs, closure_depth); break;
    case lang::Kind::SelectorExpr: scan(as<SelectorExpr>(n)->x, fs, closure_depth); break;
    case lang::Kind::IndexExpr: scan(as<IndexExpr>(n)->x, fs, closure_depth); scan(as<IndexExpr>(n)->index, fs, closure_depth); break;
    case lang::Kind::AssertExpr: scan(as<AssertExpr>(n)->x, fs, closure_depth); break;
    case lang::Kind::TypeSwitchGuard:
      if (auto* g = as<TypeSwitchGuard>(n); g->lhs) fs.def_counts[std::string(g->lhs->value)]++;
      scan(as<TypeSwitchGuard>(n)->x, fs, closure_depth);
      break;
    case lang::Kind::CallExpr: {
      auto* c = as<CallExpr>(n);
      scan(c->fun, fs, closure_depth);
      for (auto* a : c->args) scan(a, fs, closure_depth);
      break;
    }
    case lang::Kind::ListExpr: for (auto* e : as<ListExpr>(n)->elems) scan(e, fs, closure_depth); break;
    case lang::Kind::LabeledStmt: scan(as<LabeledStmt>(n)->stmt, fs, closure_depth); break;
    case lang::Kind::BlockStmt: for (auto* s : as<BlockStmt>(n)->list) scan(s, fs, closure_depth); break;
    case lang::Kind::ExprStmt: scan(as<ExprStmt>(n)->x, fs, closure_depth); break;
    case lang::Kind::SendStmt: scan(as<SendStmt>(n)->chan, fs, closure_depth); scan(as<SendStmt>(n)->value, fs, closure_depth); break;
    case lang::Kind::DeclStmt:
      for (auto* d : as<DeclStmt>(n)->decls) {
        if (auto* vd = as<VarDecl>(d)) {
          for (Name* nm : vd->names) fs.def_counts[std::string(nm->value)]++;
          scan(vd->values, fs, closure_depth);
        }
      }
      break;
    case lang::Kind::AssignStmt: {
      auto* a = as<AssignStmt>(n);
      if (a->op == Op::Def) note_defined(a->lhs, fs);
      else note_assigned(a->lhs, fs);
      scan(a->lhs, fs, closure_depth);
      scan(a->rhs, fs, closure_depth);
      break;
    }
    case lang::Kind::CallStmt: scan(as<CallStmt>(n)->call, fs, closure_depth); break;
    case lang::Kind::ReturnStmt: scan(as<ReturnStmt>(n)->results, fs, closure_depth); break;
    case lang::Kind::IfStmt: {
      auto* s = as<IfStmt>(n);
      scan(s->init, fs, closure_depth);
      scan(s->cond, fs, closure_depth);
      scan(s->then, fs, closure_depth);
      scan(s->else_, fs, closure_depth);
      break;
    }
    case lang::Kind::ForStmt: {
      auto* s = as<ForStmt>(n);
      scan(s->init, fs, closure_depth);
      scan(s->cond, fs, closure_depth);
      // The post statement updates the next iteration's copy of the variables the
      // init declares: not an assignment that stops a capture by value (Go 1.22).
      std::set<std::string> loop_vars;
      if (auto* a = as<AssignStmt>(s->init); a && a->op == Op::Def) collect_names(a->lhs, loop_vars);
      if (auto* a = as<AssignStmt>(s->post); a && !loop_vars.empty()) {
        note_assigned(a->lhs, fs, &loop_vars);
        std::set<std::string> outer_assigned = fs.assigned_names, outer_through = fs.assigned_through;
        scan(s->post, fs, closure_depth);
        fs.assigned_names = std::move(outer_assigned);
        fs.assigned_through = std::move(outer_through);
      } else {
        scan(s->post, fs, closure_depth);
      }
      scan(s->body, fs, closure_depth);
      break;
    }
    case lang::Kind::RangeClause: {
      auto* r = as<RangeClause>(n);
      if (r->def) note_defined(r->lhs, fs);
      else note_assigned(r->lhs, fs);
      scan(r->lhs, fs, closure_depth);
      scan(r->x, fs, closure_depth);
      break;
    }
    case lang::Kind::SwitchStmt: {
      auto* s = as<SwitchStmt>(n);
      scan(s->init, fs, closure_depth);
      scan(s->tag, fs, closure_depth);
      for (auto* c : s->body) {
        scan(c->cases, fs, closure_depth);
        for (auto* b : c->body) scan(b, fs, closure_depth);
      }
      break;
    }
    case lang::Kind::SelectStmt:
      for (auto* c : as<SelectStmt>(n)->body) {
        scan(c->comm, fs, closure_depth);
        for (auto* b : c->body) scan(b, fs, closure_depth);
      }
      break;
    default: break;
  }
}

static void collect_names(Node* n, std::set<std::string>& out) {
  if (!n) return;
  if (auto* nm = as<Name>(n)) {
    out.insert(std::string(nm->value));
    return;
  }
  // Reuse scan's traversal by scanning into a throwaway FuncState would lose names;
  // walk the tree directly instead.
  struct Walker {
    std::set<std::string>& out;
    void go(Node* n) {
      if (!n) return;
      switch (n->kind) {
        case lang::Kind::Name: out.insert(std::string(as<Name>(n)->value)); break;
        case lang::Kind::CompositeLit: for (auto* e : as<CompositeLit>(n)->elems) go(e); break;
        case lang::Kind::KeyValueExpr: go(as<KeyValueExpr>(n)->key); go(as<KeyValueExpr>(n)->value); break;
        case lang::Kind::FuncLit: go(as<FuncLit>(n)->body); break;
        case lang::Kind::ParenExpr: go(as<ParenExpr>(n)->x); break;
        case lang::Kind::SelectorExpr: go(as<SelectorExpr>(n)->x); break;
        case lang::Kind::IndexExpr: go(as<IndexExpr>(n)->x); go(as<IndexExpr>(n)->index); break;
        case lang::Kind::SliceExpr: go(as<SliceExpr>(n)->x); for (auto* i : as<SliceExpr>(n)->index) go(i); break;
        case lang::Kind::AssertExpr: go(as<AssertExpr>(n)->x); break;
        case lang::Kind::TypeSwitchGuard: go(as<TypeSwitchGuard>(n)->x); break;
        case lang::Kind::Operation: go(as<Operation>(n)->x); go(as<Operation>(n)->y); break;
        case lang::Kind::CallExpr: go(as<CallExpr>(n)->fun); for (auto* a : as<CallExpr>(n)->args) go(a); break;
        case lang::Kind::ListExpr: for (auto* e : as<ListExpr>(n)->elems) go(e); break;
        case lang::Kind::LabeledStmt: go(as<LabeledStmt>(n)->stmt); break;
        case lang::Kind::BlockStmt: for (auto* s : as<BlockStmt>(n)->list) go(s); break;
        case lang::Kind::ExprStmt: go(as<ExprStmt>(n)->x); break;
        case lang::Kind::SendStmt: go(as<SendStmt>(n)->chan); go(as<SendStmt>(n)->value); break;
        case lang::Kind::DeclStmt: for (auto* d : as<DeclStmt>(n)->decls) if (auto* vd = as<VarDecl>(d)) go(vd->values); break;
        case lang::Kind::AssignStmt: go(as<AssignStmt>(n)->lhs); go(as<AssignStmt>(n)->rhs); break;
        case lang::Kind::CallStmt: go(as<CallStmt>(n)->call); break;
        case lang::Kind::ReturnStmt: go(as<ReturnStmt>(n)->results); break;
        case lang::Kind::IfStmt: { auto* s = as<IfStmt>(n); go(s->init); go(s->cond); go(s->then); go(s->else_); break; }
        case lang::Kind::ForStmt: { auto* s = as<ForStmt>(n); go(s->init); go(s->cond); go(s->post); go(s->body); break; }
        case lang::Kind::RangeClause: go(as<RangeClause>(n)->lhs); go(as<RangeClause>(n)->x); break;
        case lang::Kind::SwitchStmt: {
          auto* s = as<SwitchStmt>(n);
          go(s->init); go(s->tag);
          for (auto* c : s->body) { go(c->cases); for (auto* b : c->body) go(b); }
          break;
        }
        case lang::Kind::SelectStmt:
          for (auto* c : as<SelectStmt>(n)->body) { go(c->comm); for (auto* b : c->body) go(b); }
          break;
        default: break;
      }
    }
  } w{out};
  w.go(n);
}

void Compiler::pre_scan(Node* body, FuncState& fs) { scan(body, fs, 0); }

// ---- function bodies ---------------------------------------------------------------

void Compiler::compile_func_body(FuncState& fs, FuncType* type, Field* recv, BlockStmt* body, Pos pos) {
  vm::Func* f = fs.f;
  fs_ = &fs;
  fs.last_line = -1;
  const types::FuncType* sig = f->type->func_type();
  fs.sig = sig;
  std::vector<int32_t> offs = begin_frame(fs, sig);
  pre_scan(body, fs);
  set_line(pos);
  push_scope();
  scope_->func_boundary = true;
  // parameters (receiver first)
  std::vector<std::pair<Name*, size_t>> params;
  size_t pi = 0;
  if (recv) params.push_back({recv->name, pi++});
  for (Field* p : type->params) params.push_back({p->name, pi++});
  auto bind = [&](Name* n, size_t i, bool is_result) -> Object* {
    const Type* t = i < sig->in.size() ? sig->in[i] : sig->out[i - sig->in.size()];
    int32_t off = vm::kFrameHeader + offs[i];
    Object* o = new_object(ObjKind::Var, n ? std::string(n->value) : "~r", n ? n->pos : pos);
    o->type = t;
    o->owner = fs_;
    o->is_param = true;
    o->used = true;
    o->off = off;
    if (n && n->value != "_" && !is_result && fs.heap_names.count(std::string(n->value)) &&
        fs.def_counts[std::string(n->value)]++ == 0 && captures_by_value(n, t)) {
      o->byval = true;  // a parameter closures capture by value: it stays in its slot
    } else if (n && n->value != "_" && fs.heap_names.count(std::string(n->value))) {
      // move to a cell (on the heap unless escape analysis keeps it in the frame),
      // initialised from the parameter slot
      o->storage = Storage::HeapCell;
      o->off = alloc_local(U->ptr_to(t));
      o->frame_cell = keeps_in_frame(n, StackDecisions::kVar);
      emit_new(o->off, t, o->frame_cell ? n : nullptr);
      if (!is_result) {
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = t;
        cell.loc = {Loc::Ind, o->off, 0, false};
        store(cell, off, t);
      }
    }
    if (n && n->value != "_") {
      if (Object* prev = scope_->lookup_local(std::string(n->value)))
        error(n->pos, std::string(n->value) + " redeclared in this block\n\t" + options_.filename + ":" +
                          std::to_string(prev->pos.line) + ":" + std::to_string(prev->pos.col) + ": other declaration of " +
                          std::string(n->value));
      scope_->names[std::string(n->value)] = o;
    }
    return o;
  };
  TypeInfo::FuncInfo finfo;
  for (auto& [n, i] : params) {
    Object* o = bind(n, i, false);
    finfo.params.push_back(n && n->value != "_" ? o : nullptr);
  }
  fs.named_results = !type->results.empty() && type->results[0]->name;
  for (size_t k = 0; k < sig->out.size(); k++) {
    Name* n = k < type->results.size() ? type->results[k]->name : nullptr;
    Object* o = bind(n, sig->in.size() + k, true);
    fs.results.push_back(o);
    finfo.results.push_back(o);
  }
  if (recording() && !compiling_instance_) {  // typeinfo.h: the body's parameters and results
    finfo.func = fs.func_index;
    finfo.param_types = sig->in;
    finfo.result_types = sig->out;
    info_.funcs[body] = std::move(finfo);  // keyed by the body (of a FuncDecl or FuncLit)
    info_.func_nodes[fs.func_index] = body;
    info_.func_names[fs.func_index] = f->name;
  }
  release_temps();
  emit(VOp::Poll);
  stmt_list(body->list);
  if (!sig->out.empty() && !(!body->list.empty() && terminates(body->list.back()))) {
    error(body->rbrace, "missing return");
  }
  pop_scope();
  // epilogue
  set_line(body->rbrace);
  size_t epi = pc();
  if (f->has_defer) emit(VOp::DeferReturn);
  for (size_t ri = 0; ri < fs.results.size(); ri++) {
    Object* o = fs.results[ri];
    if (o->storage != Storage::HeapCell) continue;
    Operand cell;
    cell.mode = Mode::Var;
    cell.type = o->type;
    cell.loc = {Loc::Ind, o->off, 0, false};
    int32_t v = value(cell);
    int32_t slot = vm::kFrameHeader + offs[sig->in.size() + ri];
    emit(o->type->size <= 8 ? VOp::Mov8 : VOp::MovN, slot, v, 0, static_cast<int32_t>(o->type->size));
  }
  release_temps();
  emit(VOp::Ret);
  f->ret_pc = static_cast<int32_t>(epi);
  // patch returns that jump to the epilogue (Jmp with a = -2); when the epilogue is a
  // bare Ret, return directly
  bool bare = f->code.size() == epi + 1 && f->code[epi].op == VOp::Ret;
  for (size_t i = 0; i < f->code.size(); i++)
    if (f->code[i].op == VOp::Jmp && f->code[i].a == -2) {
      if (bare) f->code[i] = f->code[epi];
      else f->code[i].a = static_cast<int32_t>(epi);
    }
  finish_frame(fs);
}

// Whether n contains a break that leaves the statement n belongs to: an unlabelled
// break outside any nested for/switch/select, or any labelled break (types2's
// hasBreak, conservatively for labels).
static bool breaks_out(Node* n, int depth = 0) {
  if (!n) return false;
  auto any = [&](auto& list, int d) {
    for (auto* x : list)
      if (breaks_out(x, d)) return true;
    return false;
  };
  switch (n->kind) {
    case lang::Kind::BranchStmt: {
      auto* b = as<BranchStmt>(n);
      return b->tok == Tok::Break && (b->label || depth == 0);
    }
    case lang::Kind::BlockStmt: return any(as<BlockStmt>(n)->list, depth);
    case lang::Kind::IfStmt: return breaks_out(as<IfStmt>(n)->then, depth) || breaks_out(as<IfStmt>(n)->else_, depth);
    case lang::Kind::LabeledStmt: return breaks_out(as<LabeledStmt>(n)->stmt, depth);
    case lang::Kind::ForStmt: return breaks_out(as<ForStmt>(n)->body, depth + 1);
    case lang::Kind::SwitchStmt:
      for (auto* c : as<SwitchStmt>(n)->body)
        if (any(c->body, depth + 1)) return true;
      return false;
    case lang::Kind::SelectStmt:
      for (auto* c : as<SelectStmt>(n)->body)
        if (any(c->body, depth + 1)) return true;
      return false;
    default: return false;
  }
}

bool Compiler::terminates(Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case lang::Kind::ReturnStmt: return true;
    case lang::Kind::BranchStmt: {
      auto* b = as<BranchStmt>(s);
      return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case lang::Kind::ExprStmt: {
      auto* c = as<CallExpr>(as<ExprStmt>(s)->x);
      if (c)
        if (auto* n = as<Name>(c->fun); n && n->value == "panic") {
          Object* o = lookup("panic");
          return o && o->kind == ObjKind::Builtin;
        }
      if (c)
        if (auto* se = as<SelectorExpr>(c->fun); se && se->sel->value == "Exit")
          if (auto* pn = as<Name>(se->x); pn && pn->value == "os") return false;
      return false;
    }
    case lang::Kind::BlockStmt: {
      auto* b = as<BlockStmt>(s);
      return !b->list.empty() && terminates(b->list.back());
    }
    case lang::Kind::IfStmt: {
      auto* i = as<IfStmt>(s);
      return i->else_ && terminates(i->then) && terminates(i->else_);
    }
    case lang::Kind::LabeledStmt: return terminates(as<LabeledStmt>(s)->stmt);
    case lang::Kind::ForStmt: {
      auto* f = as<ForStmt>(s);
      if (f->cond || (f->init && f->init->kind == lang::Kind::RangeClause)) return false;
      // no break referring to this loop
      return !breaks_out(f->body);
    }
    case lang::Kind::SwitchStmt: {
      auto* sw = as<SwitchStmt>(s);
      bool has_default = false;
      for (auto* c : sw->body) {
        if (!c->cases) has_default = true;
        if (c->body.empty()) return false;
        Stmt* last = c->body.back();
        if (!terminates(last)) return false;
        // a break inside the clause also prevents termination
        for (auto* x : c->body)
          if (auto* b = as<BranchStmt>(x); b && b->tok == Tok::Break) return false;
      }
      return has_default;
    }
    case lang::Kind::SelectStmt: {
      // terminating when every clause ends in a terminating statement and no break
      // leaves the select (select {} blocks forever)
      for (auto* c : as<SelectStmt>(s)->body) {
        if (c->body.empty() || !terminates(c->body.back())) return false;
        for (auto* x : c->body)
          if (breaks_out(x)) return false;
      }
      return true;
    }
    default: return false;
  }
}

// ---- statements --------------------------------------------------------------------

void Compiler::stmt_list(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) {
    stmt(s);
    release_temps();
    if (diags_.full()) return;
  }
}

void Compiler::block(BlockStmt* b) {
  push_scope();
  stmt_list(b->list);
  pop_scope();
}

static bool is_call(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return as<CallExpr>(e) != nullptr;
}

void Compiler::stmt(Stmt* s) {
  if (!s) return;
  set_line(s->pos);
  switch (s->kind) {
    case lang::Kind::EmptyStmt: return;
    case lang::Kind::BlockStmt: block(as<BlockStmt>(s)); return;
    case lang::Kind::ExprStmt: {
      Expr* e = as<ExprStmt>(s)->x;
      {
        // a receive may stand alone as a statement (its value is dropped)
        Expr* inner = e;
        while (auto* p = as<ParenExpr>(inner)) inner = p->x;
        if (auto* op = as<Operation>(inner); op && op->op == Op::Recv && !op->y) {
          recv_expr(op, false, nullptr, true);
          return;
        }
      }
      std::vector<Operand> tuple;
      Operand x = is_call(e) ? multi_call(e, &tuple) : expr(e);
      if (!x.ok()) return;
      if (is_call(e)) {
        // builtins whose results must be used
        Expr* c = e;
        while (auto* p = as<ParenExpr>(c)) c = p->x;
        auto* ce = as<CallExpr>(c);
        if (auto* n = as<Name>(ce->fun)) {
          Object* o = lookup(std::string(n->value));
          if (o && o->kind == ObjKind::Builtin) {
            switch (o->builtin) {
              case Builtin::Append: case Builtin::Cap: case Builtin::Len: case Builtin::Make: case Builtin::New:
              case Builtin::Min: case Builtin::Max: case Builtin::Complex: case Builtin::Real: case Builtin::Imag:
                error_at(e, operand_string(x) + " is not used");
                break;
              default: break;
            }
          }
        }
        if (x.mode == Mode::TypeExpr) error_at(e, to_string(e) + " (type) is not an expression");
        return;
      }
      if (x.mode == Mode::Const || x.mode == Mode::Var || x.mode == Mode::Value || x.mode == Mode::MapIndex ||
          x.mode == Mode::FuncRef) {
        error_at(e, operand_string(x) + " is not used");
      } else if (x.mode == Mode::TypeExpr) {
        error_at(e, to_string(e) + " (type) is not an expression");
      } else if (x.mode == Mode::BuiltinFn) {
        error_at(e, to_string(e) + " (built-in function " + to_string(e) + ") must be called");
      }
      return;
    }
    case lang::Kind::DeclStmt: {
      for (Decl* d : as<DeclStmt>(s)->decls) {
        if (auto* vd = as<VarDecl>(d)) var_decl(vd);
        else if (auto* cd = as<ConstDecl>(d)) {
          // local constants: resolve eagerly in the current scope
          static thread_local int last_group = -1;
          static thread_local Expr* gtype = nullptr;
          static thread_local Expr* gvals = nullptr;
          static thread_local int gindex = 0;
          if (cd->group == 0 || cd->group != last_group) {
            gindex = 0;
            gtype = nullptr;
            gvals = nullptr;
          }
          last_group = cd->group;
          if (cd->values) {
            gtype = cd->type;
            gvals = cd->values;
          }
          Expr* vals = cd->values ? cd->values : gvals;
          std::vector<Expr*> vlist;
          if (vals) {
            if (auto* l = as<ListExpr>(vals)) vlist = l->elems; else vlist.push_back(vals);
          }
          for (size_t i = 0; i < cd->names.size(); i++) {
            Object* o = new_object(ObjKind::Const, std::string(cd->names[i]->value), cd->names[i]->pos);
            o->state = 2;
            o->used = true;
            int saved = iota_;
            iota_ = gindex;
            const Type* t = (cd->values ? cd->type : gtype) ? type_expr(cd->values ? cd->type : gtype) : nullptr;
            if (i < vlist.size()) {
              Operand x = expr(vlist[i]);
              if (x.ok() && x.mode != Mode::Const) error_at(vlist[i], operand_string(x) + " is not constant");
              else if (x.ok()) {
                if (t) convert_untyped(x, t, "constant declaration");
                o->val = x.val;
                o->type = x.type;
                o->ukind = x.ukind;
              }
            } else {
              error(cd->names[i]->pos, "missing init expr for const declaration");
            }
            iota_ = saved;
            if (o->name != "_") scope_->names[o->name] = o;
          }
          gindex++;
        } else if (auto* td = as<TypeDecl>(d)) {
          Object* o = new_object(ObjKind::TypeName, std::string(td->name->value), td->name->pos);
          o->decl = td;
          o->used = true;
          scope_->names[o->name] = o;
          if (!td->tparams.empty()) {
            // a local generic type: instantiated on use, in this scope (compile_generic.cpp)
            o->generic = true;
            o->state = 2;
            local_generic_scopes_[o] = scope_;
            continue;
          }
          // resolve now, in this scope
          o->state = 1;
          if (td->alias) {
            o->type = type_expr(td->type);
          } else {
            types::Type* named = U->declare_named("main", o->name);
            o->type = named;
            type_pkg_[named] = pkg_;
            const Type* u = type_expr(td->type);
            if (u) {
              U->set_underlying(named, underlying(u));
              underlying_[named] = underlying(u);
            }
          }
          o->state = 2;
        }
      }
      return;
    }
    case lang::Kind::AssignStmt: {
      auto* a = as<AssignStmt>(s);
      if (a->op == Op::Def) define(a);
      else assign(a);
      return;
    }
    case lang::Kind::IfStmt: if_stmt(as<IfStmt>(s)); return;
    case lang::Kind::ForStmt: for_stmt(as<ForStmt>(s), ""); return;
    case lang::Kind::SwitchStmt: switch_stmt(as<SwitchStmt>(s), ""); return;
    case lang::Kind::ReturnStmt: return_stmt(as<ReturnStmt>(s)); return;
    case lang::Kind::BranchStmt: branch(as<BranchStmt>(s)); return;
    case lang::Kind::LabeledStmt: {
      auto* l = as<LabeledStmt>(s);
      std::string label(l->label->value);
      {
        // a goto target: forward gotos seen so far jump here
        size_t at = this->label();
        fs_->label_pcs[label] = at;
        auto& pend = fs_->pending_gotos;
        for (size_t i = 0; i < pend.size();) {
          if (pend[i].first == label) {
            patch(pend[i].second, at);
            pend.erase(pend.begin() + static_cast<long>(i));
          } else {
            i++;
          }
        }
      }
      if (auto* f = as<ForStmt>(l->stmt)) for_stmt(f, label);
      else if (auto* sw = as<SwitchStmt>(l->stmt)) switch_stmt(sw, label);
      else if (auto* sel = as<SelectStmt>(l->stmt)) select_stmt(sel, label);
      else {
        // a labelled block: break L exits it
        LoopCtx ctx;
        ctx.label = label;
        ctx.is_loop = false;
        fs_->loops.push_back(ctx);
        stmt(l->stmt);
        for (size_t b : fs_->loops.back().breaks) patch(b, pc());
        fs_->loops.pop_back();
      }
      return;
    }
    case lang::Kind::CallStmt: go_defer_stmt(as<CallStmt>(s)); return;
    case lang::Kind::SendStmt: send_stmt(as<SendStmt>(s)); return;
    case lang::Kind::SelectStmt: select_stmt(as<SelectStmt>(s), ""); return;
    default:
      error(s->pos, "unsupported statement");
      return;
  }
}

// types2's assignment-count error: "assignment mismatch: 2 variables but f returns 1
// value" (naming the called function) or "... but 1 value", at the first value.
static std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

void Compiler::assign_mismatch(size_t nvars, const std::vector<Expr*>& rhs, size_t nvals) {
  Expr* first = rhs.empty() ? nullptr : rhs[0];
  std::string msg = "assignment mismatch: " + plural(nvars, "variable") + " but ";
  Expr* inner = first;
  while (auto* p = as<ParenExpr>(inner)) inner = p->x;
  if (rhs.size() == 1 && as<CallExpr>(inner)) msg += to_string(as<CallExpr>(inner)->fun) + " returns " + plural(nvals, "value");
  else msg += plural(nvals, "value");
  if (first) error(first->pos, msg);
}

void Compiler::var_decl(VarDecl* d) {
  const Type* t = d->type ? type_expr(d->type) : nullptr;
  if (d->type && !t) {
    // the type's error is reported; declare the names anyway (as types2 does, with an
    // invalid type) so their uses raise no follow-on "undefined" errors
    for (Name* n : d->names) declare_var(n, U->basic(TK::Int), false);
    return;
  }
  std::vector<Expr*> vals;
  if (d->values) {
    if (auto* l = as<ListExpr>(d->values)) vals = l->elems; else vals.push_back(d->values);
  }
  std::vector<int32_t> srcs;
  std::vector<const Type*> types;
  if (vals.empty()) {
    for (Name* n : d->names) {
      Object* o = declare_var(n, t);
      if (o->storage == Storage::Frame)
        emit(VOp::Zero, o->off, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, (t->size + 7) & ~uint64_t{7})));
    }
    return;
  }
  if (vals.size() == d->names.size()) {
    for (size_t i = 0; i < vals.size(); i++) {
      Operand x = expr(vals[i], t);
      if (!x.ok()) {
        srcs.push_back(-1);
        types.push_back(t ? t : U->basic(TK::Int));
        continue;
      }
      const Type* vt = t;
      if (!vt) {
        if (x.is_nil) {
          error_at(vals[i], "use of untyped nil in variable declaration");
          srcs.push_back(-1);
          types.push_back(U->basic(TK::Int));
          continue;
        }
        if (x.mode == Mode::NoValue) {
          error_at(vals[i], to_string(vals[i]) + " (no value) used as value");
          srcs.push_back(-1);
          types.push_back(U->basic(TK::Int));
          continue;
        }
        vt = x.type ? x.type : default_type(x.ukind);
      }
      int32_t v = value_as(x, vt, "variable declaration");
      // copy: the source may alias a variable declared by this statement's names
      if (v >= 0) {
        int32_t tmp = alloc_temp(vt);
        if (tmp != v) emit(vt->size <= 8 ? VOp::Mov8 : VOp::MovN, tmp, v, 0, static_cast<int32_t>(vt->size));
        v = tmp;
      }
      srcs.push_back(v);
      types.push_back(vt);
    }
  } else if (vals.size() == 1) {
    std::vector<Operand> tuple;
    Operand x = multi_call(vals[0], &tuple);
    if (!x.ok()) return;
    if (tuple.size() != d->names.size()) {
      assign_mismatch(d->names.size(), vals, tuple.size());
      for (Name* n : d->names) declare_var(n, t ? t : U->basic(TK::Int))->used = true;
      return;
    }
    for (auto& op : tuple) {
      const Type* vt = t ? t : (op.type ? op.type : default_type(op.ukind));
      srcs.push_back(value_as(op, vt, "assignment"));
      types.push_back(vt);
    }
  } else {
    if (vals.size() > d->names.size()) error(vals[d->names.size()]->pos, "extra init expr " + to_string(vals[d->names.size()]));
    else assign_mismatch(d->names.size(), vals, vals.size());
    for (Name* n : d->names) declare_var(n, t ? t : U->basic(TK::Int))->used = true;
    return;
  }
  for (size_t i = 0; i < d->names.size(); i++) {
    Object* o = declare_var(d->names[i], types[i]);
    if (srcs[i] >= 0) store(var_operand(o), srcs[i], types[i]);
  }
}

void Compiler::define(AssignStmt* s) {
  std::vector<Expr*> lhs, rhs;
  if (auto* l = as<ListExpr>(s->lhs)) lhs = l->elems; else lhs.push_back(s->lhs);
  if (auto* r = as<ListExpr>(s->rhs)) rhs = r->elems; else if (s->rhs) rhs.push_back(s->rhs);
  // evaluate the right-hand side first (the new variables are not yet in scope)
  std::vector<Operand> vals;
  if (rhs.size() == lhs.size() && !(rhs.size() == 1 && is_call(rhs[0]))) {
    for (size_t i = 0; i < rhs.size(); i++) vals.push_back(expr(rhs[i]));
  } else if (rhs.size() == 1) {
    Operand x = multi_call(rhs[0], &vals);
    if (!x.ok()) {
      // types2 still declares the new variables (invalid, so no follow-on errors)
      for (Expr* e : lhs)
        if (auto* n = as<Name>(e); n && !scope_->lookup_local(std::string(n->value))) declare_var(n, U->basic(TK::Int))->used = true;
      return;
    }
    if (vals.empty()) {
      error_at(rhs[0], to_string(rhs[0]) + " (no value) used as value");
      for (Expr* e : lhs)
        if (auto* n = as<Name>(e); n && !scope_->lookup_local(std::string(n->value))) declare_var(n, U->basic(TK::Int))->used = true;
      return;
    }
    if (vals.size() != lhs.size()) {
      assign_mismatch(lhs.size(), rhs, vals.size());
      for (Expr* e : lhs)
        if (auto* n = as<Name>(e); n && !scope_->lookup_local(std::string(n->value))) declare_var(n, U->basic(TK::Int))->used = true;
      return;
    }
  } else {
    assign_mismatch(lhs.size(), rhs, rhs.size());
    for (Expr* e : lhs)
      if (auto* n = as<Name>(e); n && !scope_->lookup_local(std::string(n->value))) declare_var(n, U->basic(TK::Int))->used = true;
    return;
  }
  // materialise values into fresh temporaries (so `a, b := b, a` swaps)
  std::vector<int32_t> srcs(lhs.size(), -1);
  std::vector<const Type*> types(lhs.size(), nullptr);
  bool any_new = false;
  std::vector<Object*> existing(lhs.size(), nullptr);
  for (size_t i = 0; i < lhs.size(); i++) {
    auto* n = as<Name>(lhs[i]);
    if (!n) {
      error_at(lhs[i], "non-name " + to_string(lhs[i]) + " on left side of :=");
      return;
    }
    if (n->value != "_") {
      Object* o = scope_->lookup_local(std::string(n->value));
      if (o && o->kind == ObjKind::Var) existing[i] = o;
      else any_new = true;
    }
  }
  if (!any_new) error(s->pos, "no new variables on left side of :=");
  for (size_t i = 0; i < lhs.size(); i++) {
    Operand& x = vals[i];
    if (!x.ok()) continue;
    const Type* t = existing[i] ? existing[i]->type : nullptr;
    if (!t) {
      if (x.is_nil) {
        error_at(x.expr, "use of untyped nil in assignment");
        continue;
      }
      if (x.mode == Mode::NoValue) {
        error_at(x.expr, to_string(x.expr) + " (no value) used as value");
        continue;
      }
      if (x.mode == Mode::TypeExpr) {
        error_at(x.expr, to_string(x.expr) + " (type) is not an expression");
        continue;
      }
      t = x.type ? x.type : default_type(x.ukind);
    }
    int32_t v = value_as(x, t, "assignment");
    if (v < 0) continue;
    int32_t tmp = alloc_temp(t);
    if (tmp != v) emit(t->size <= 8 ? VOp::Mov8 : VOp::MovN, tmp, v, 0, static_cast<int32_t>(t->size));
    srcs[i] = tmp;
    types[i] = t;
  }
  for (size_t i = 0; i < lhs.size(); i++) {
    auto* n = as<Name>(lhs[i]);
    const Type* t = types[i] ? types[i] : U->basic(TK::Int);
    Object* o = existing[i];
    if (!o) {
      o = declare_var(n, t);
      if (!types[i]) o->used = true;
    }
    if (srcs[i] >= 0) store(var_operand(o), srcs[i], t);
  }
}

void Compiler::assign(AssignStmt* s) {
  if (s->op != Op::None) {
    // x op= y, x++, x--
    Operand l = expr(s->lhs);
    if (!l.ok()) {
      if (s->rhs) expr(s->rhs);
      return;
    }
    if (l.mode != Mode::Var && l.mode != Mode::MapIndex) {
      error_at(s->lhs, "cannot assign to " + to_string(s->lhs) + " (neither addressable nor a map index expression)");
      return;
    }
    if (l.obj) l.obj->used = l.obj->used;  // x += 1 does not count as a use in Go... but keeps it "used" if it was
    Operation op;
    op.op = s->op;
    op.pos = s->pos;
    // Build a synthetic binary operation on the already-evaluated lhs.
    Operand cur = l;
    int32_t a = value(cur);
    Operand lv = make_value(l.type, a);
    lv.expr = s->lhs;
    Operand rv;
    BasicLit one;
    one.value = "1";
    one.lit_kind = LitKind::Int;
    one.pos = s->pos;
    if (s->rhs) rv = expr(s->rhs, l.type);
    else rv = expr(&one);
    if (!rv.ok()) return;
    // reuse binary()'s checks by evaluating through a tiny adapter
    const Type* t = l.type;
    const Type* u = underlying(t);
    if (rv.type == nullptr) convert_untyped(rv, t, "assignment");
    if (!rv.ok()) return;
    bool shift = s->op == Op::Shl || s->op == Op::Shr;
    if (!shift && rv.type != t) {
      error_at(s, "invalid operation: " + to_string(s->lhs) + " " + std::string(op_name(s->op)) + "= " + to_string(s->rhs) +
                      " (mismatched types " + type_string(t) + " and " + type_string(rv.type) + ")");
      return;
    }
    int32_t b = value(rv);
    int32_t d = alloc_temp(t);
    bool is_int = u->kind >= TK::Int && u->kind <= TK::Uintptr;
    bool uns = u->kind >= TK::Uint && u->kind <= TK::Uintptr;
    bool f64 = u->kind == TK::Float64, f32 = u->kind == TK::Float32;
    VOp o = VOp::Nop;
    switch (s->op) {
      case Op::Add: o = u->kind == TK::String ? VOp::StrConcat : f64 ? VOp::FAdd64 : f32 ? VOp::FAdd32 : VOp::Add; break;
      case Op::Sub: o = f64 ? VOp::FSub64 : f32 ? VOp::FSub32 : VOp::Sub; break;
      case Op::Mul: o = f64 ? VOp::FMul64 : f32 ? VOp::FMul32 : VOp::Mul; break;
      case Op::Div: o = f64 ? VOp::FDiv64 : f32 ? VOp::FDiv32 : uns ? VOp::DivU : VOp::DivS; break;
      case Op::Rem: o = uns ? VOp::RemU : VOp::RemS; break;
      case Op::And: o = VOp::And; break;
      case Op::Or: o = VOp::Or; break;
      case Op::Xor: o = VOp::Xor; break;
      case Op::AndNot: o = VOp::AndNot; break;
      case Op::Shl: o = VOp::Shl; break;
      case Op::Shr: o = uns ? VOp::ShrU : VOp::ShrS; break;
      default: break;
    }
    bool cplx = u->kind == TK::Complex64 || u->kind == TK::Complex128;
    if (cplx) {
      switch (s->op) {
        case Op::Add: o = VOp::CAdd; break;
        case Op::Sub: o = VOp::CSub; break;
        case Op::Mul: o = VOp::CMul; break;
        case Op::Div: o = VOp::CDiv; break;
        default: o = VOp::Nop; break;
      }
    }
    bool ok = (is_int || f64 || f32 || (cplx && o != VOp::Nop)) || (u->kind == TK::String && s->op == Op::Add);
    if ((f64 || f32) && (s->op == Op::Rem || s->op == Op::And || s->op == Op::Or || s->op == Op::Xor || shift)) ok = false;
    if (!ok) {
      error_at(s, "invalid operation: operator " + std::string(op_name(s->op)) + " not defined on " + operand_string(l));
      return;
    }
    if ((s->op == Op::Div || s->op == Op::Rem) && is_int && rv.mode == Mode::Const && rv.val.sign() == 0) {
      error_at(s->rhs, "invalid operation: division by zero");
      return;
    }
    bool ysigned = shift && rv.type && !(underlying(rv.type)->kind >= TK::Uint && underlying(rv.type)->kind <= TK::Uintptr);
    emit(o, d, a, b, 0, shift ? ysigned : cplx ? (u->kind == TK::Complex64 ? 1 : 0) : 0);
    if (is_int) {
      switch (u->kind) {
        case TK::Int8: emit(VOp::Ext1S, d, d); break;
        case TK::Uint8: emit(VOp::Ext1U, d, d); break;
        case TK::Int16: emit(VOp::Ext2S, d, d); break;
        case TK::Uint16: emit(VOp::Ext2U, d, d); break;
        case TK::Int32: emit(VOp::Ext4S, d, d); break;
        case TK::Uint32: emit(VOp::Ext4U, d, d); break;
        default: break;
      }
    }
    store(l, d, t);
    return;
  }
  std::vector<Expr*> lhs, rhs;
  if (auto* l = as<ListExpr>(s->lhs)) lhs = l->elems; else lhs.push_back(s->lhs);
  if (auto* r = as<ListExpr>(s->rhs)) rhs = r->elems; else rhs.push_back(s->rhs);
  // left operands first (their index expressions and pointers), then values (Go's order)
  std::vector<Operand> targets;
  for (Expr* e : lhs) {
    if (auto* n = as<Name>(e); n && n->value == "_") {
      Operand blank;
      blank.mode = Mode::NoValue;
      targets.push_back(blank);
      continue;
    }
    Object* before = nullptr;
    bool was_used = false;
    if (auto* n = as<Name>(e)) {
      before = lookup(std::string(n->value));
      if (before) was_used = before->used;
    }
    Operand t = expr(e);
    if (before && before->kind == ObjKind::Var) before->used = was_used;  // assignment is not a use
    if (t.ok() && t.mode != Mode::Var && t.mode != Mode::MapIndex) {
      if (t.mode == Mode::Value && as<SelectorExpr>(e)) {
        error_at(e, "cannot assign to " + to_string(e) + " (neither addressable nor a map index expression)");
      } else {
        error_at(e, "cannot assign to " + to_string(e) + " (neither addressable nor a map index expression)");
      }
      t.mode = Mode::Invalid;
    }
    targets.push_back(t);
  }
  std::vector<Operand> vals;
  if (rhs.size() == lhs.size() && !(rhs.size() == 1 && is_call(rhs[0]))) {
    for (size_t i = 0; i < rhs.size(); i++)
      vals.push_back(expr(rhs[i], targets[i].ok() && targets[i].mode != Mode::NoValue ? targets[i].type : nullptr));
  } else if (rhs.size() == 1) {
    Operand x = multi_call(rhs[0], &vals);
    if (!x.ok()) return;
    if (vals.empty()) {
      error_at(rhs[0], to_string(rhs[0]) + " (no value) used as value");
      return;
    }
    if (vals.size() != lhs.size()) {
      assign_mismatch(lhs.size(), rhs, vals.size());
      return;
    }
  } else {
    assign_mismatch(lhs.size(), rhs, rhs.size());
    return;
  }
  std::vector<int32_t> srcs(lhs.size(), -1);
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!vals[i].ok()) continue;
    if (targets[i].mode == Mode::NoValue) {
      // _ = x: evaluate for effects and type-check
      if (vals[i].is_nil) error_at(vals[i].expr, "use of untyped nil in assignment");
      else if (vals[i].mode == Mode::NoValue) error_at(vals[i].expr, to_string(vals[i].expr) + " (no value) used as value");
      else value(vals[i]);
      continue;
    }
    if (!targets[i].ok()) continue;
    int32_t v = value_as(vals[i], targets[i].type, "assignment");
    if (v < 0) continue;
    if (lhs.size() > 1) {
      int32_t tmp = alloc_temp(targets[i].type);
      if (tmp != v) emit(targets[i].type->size <= 8 ? VOp::Mov8 : VOp::MovN, tmp, v, 0, static_cast<int32_t>(targets[i].type->size));
      v = tmp;
    }
    srcs[i] = v;
  }
  for (size_t i = 0; i < lhs.size(); i++)
    if (srcs[i] >= 0 && targets[i].ok() && targets[i].mode != Mode::NoValue) store(targets[i], srcs[i], targets[i].type);
}

static bool is_bool_operand(Compiler& c, const Operand& x) {
  if (x.type) return c.underlying(x.type)->kind == TK::Bool;
  return x.ukind == BasicKind::UntypedBool;
}

// The scope of an if/for/switch statement, with its init statement compiled in it.
void Compiler::open_scope_with(Stmt* init) {
  push_scope();
  if (init) {
    stmt(init);
    release_temps();
  }
}

// Ends the innermost loop/switch context: its breaks jump to end, its continues to cont.
void Compiler::close_loop(size_t end, size_t cont) {
  for (size_t b : fs_->loops.back().breaks) patch(b, end);
  for (size_t c : fs_->loops.back().continues) patch(c, cont);
  fs_->loops.pop_back();
}

long Compiler::cond_jump(Expr* cond, const char* what) {
  long j = -1;
  Operand c = expr(cond);
  if (c.ok()) {
    if (!is_bool_operand(*this, c)) {
      error_at(cond, std::string("non-boolean condition in ") + what + " statement");
    } else {
      int32_t v = value(c);
      if (v >= 0) j = static_cast<long>(emit(VOp::JmpIfNot, v, 0));
    }
  }
  release_temps();
  return j;
}

void Compiler::if_stmt(IfStmt* s) {
  open_scope_with(s->init);
  set_line(s->cond ? s->cond->pos : s->pos);
  long j = cond_jump(s->cond, "if");
  size_t jf = j < 0 ? 0 : static_cast<size_t>(j);
  bool have_jump = j >= 0;
  block(s->then);
  if (s->else_) {
    size_t jend = emit(VOp::Jmp, 0);
    if (have_jump) patch(jf, pc());
    stmt(s->else_);
    release_temps();
    patch(jend, pc());
  } else if (have_jump) {
    patch(jf, pc());
  }
  pop_scope();
}

void Compiler::for_stmt(ForStmt* s, const std::string& label) {
  if (auto* rc = as<RangeClause>(s->init)) {
    range_stmt(s, rc, label);
    return;
  }
  open_scope_with(s->init);
  // Go 1.22: each iteration has its own copy of variables declared in init; only
  // heap cells (captured or address-taken) can tell the difference. A cell escape
  // analysis keeps in the frame is reused: nothing that points at it outlives the
  // iteration.
  std::vector<Object*> loop_vars;
  for (auto& [n, o] : scope_->names)
    if (o->kind == ObjKind::Var && o->storage == Storage::HeapCell && !o->frame_cell) loop_vars.push_back(o);
  LoopCtx ctx;
  ctx.label = label;
  fs_->loops.push_back(ctx);
  size_t top = pc();
  size_t jexit = 0;
  bool have_exit = false;
  if (s->cond) {
    set_line(s->cond->pos);
    long j = cond_jump(s->cond, "for");
    have_exit = j >= 0;
    if (have_exit) jexit = static_cast<size_t>(j);
  }
  block(s->body);
  size_t cont = pc();
  for (Object* o : loop_vars) {
    // fresh cell for the next iteration, initialised from this one
    int32_t fresh = alloc_temp(U->ptr_to(o->type));
    emit(VOp::New, fresh, type_index(o->type));
    Operand old = var_operand(o);
    int32_t v = value(old);
    Operand cell;
    cell.mode = Mode::Var;
    cell.type = o->type;
    cell.loc = {Loc::Ind, fresh, 0, false};
    store(cell, v, o->type);
    emit(VOp::Mov8, o->off, fresh);
    release_temps();
  }
  if (s->post) {
    stmt(s->post);
    release_temps();
  }
  emit(VOp::Poll);
  emit(VOp::Jmp, static_cast<int32_t>(top));
  size_t end = pc();
  if (have_exit) patch(jexit, end);
  close_loop(end, cont);
  pop_scope();
}

void Compiler::range_stmt(ForStmt* s, RangeClause* r, const std::string& label) {
  push_scope();
  Operand x = expr(r->x);
  if (!x.ok()) {
    pop_scope();
    return;
  }
  std::vector<Expr*> lhs;
  if (r->lhs) {
    if (auto* l = as<ListExpr>(r->lhs)) lhs = l->elems; else lhs.push_back(r->lhs);
  }
  const Type* xt = x.type;
  if (!xt && x.mode == Mode::Const) {
    xt = default_type(x.ukind);
    convert_untyped(x, xt, "range");
  }
  const Type* u = xt ? underlying(xt) : nullptr;
  if (u && u->kind == TK::Pointer && underlying(u->elem())->kind == TK::Array) u = underlying(u->elem());
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  enum { RInt, RSlice, RArray, RString, RMap, RPtrArray, RChan } kind;
  if (!u) {
    error_at(r->x, "cannot range over " + operand_string(x));
    pop_scope();
    return;
  }
  switch (u->kind) {
    case TK::Int: case TK::Int8: case TK::Int16: case TK::Int32: case TK::Int64: case TK::Uint:
    case TK::Uint8: case TK::Uint16: case TK::Uint32: case TK::Uint64: case TK::Uintptr:
      kind = RInt; kt = xt; break;
    case TK::Slice: kind = RSlice; kt = U->basic(TK::Int); vt = u->elem(); break;
    case TK::Array:
      kind = underlying(xt)->kind == TK::Pointer ? RPtrArray : RArray;
      kt = U->basic(TK::Int);
      vt = u->elem();
      break;
    case TK::String: kind = RString; kt = U->basic(TK::Int); vt = U->rune_type(); break;
    case TK::Map: kind = RMap; kt = u->map_type()->key; vt = u->map_type()->elem; break;
    case TK::Chan:
      if (u->chan_type()->dir == types::ChanDir::Send) {
        error_at(r->x, "cannot range over " + operand_string(x) + ": receive from send-only channel");
        pop_scope();
        return;
      }
      kind = RChan;
      kt = u->elem();
      break;
    default:
      error_at(r->x, "cannot range over " + operand_string(x));
      pop_scope();
      return;
  }
  if (lhs.size() > 2 || ((kind == RInt || kind == RChan) && lhs.size() > 1)) {
    error_at(lhs.back(), "range over " + operand_string(x) + " permits only one iteration variable");
    pop_scope();
    return;
  }
  // evaluate the range expression once, into a local
  int32_t xs = alloc_local(xt);
  {
    int32_t v = value(x);
    emit(xt->size <= 8 ? VOp::Mov8 : VOp::MovN, xs, v, 0, static_cast<int32_t>(xt->size));
  }
  release_temps();
  int32_t idx = alloc_local(U->basic(TK::Int));
  int32_t len = alloc_local(U->basic(TK::Int));
  int32_t state = -1, iter = -1, recv_ok = -1;
  if (kind != RChan) emit(VOp::Const64, idx, 0, 0);
  switch (kind) {
    case RChan: recv_ok = alloc_local(U->basic(TK::Bool)); break;
    case RInt: emit(VOp::Mov8, len, xs); break;
    case RSlice: emit(VOp::Mov8, len, xs + 8); break;
    case RArray: case RPtrArray: emit(VOp::Const64, len, static_cast<int32_t>(u->array_type()->len), 0); break;
    case RString: state = alloc_local(U->array_of(U->basic(TK::Int), 2)); emit(VOp::Zero, state, 0, 0, 16); break;
    case RMap: iter = alloc_local(U->basic(TK::UnsafePointer)); emit(VOp::MapIterInit, iter, xs, 0, type_index(u)); break;
  }
  // iteration variables
  auto target = [&](size_t i, const Type* t) -> Operand {
    Operand none;
    if (i >= lhs.size() || !t) return none;
    if (auto* n = as<Name>(lhs[i]); n && n->value == "_") return none;
    if (r->def) {
      auto* n = as<Name>(lhs[i]);
      if (!n) {
        error_at(lhs[i], "non-name " + to_string(lhs[i]) + " on left side of :=");
        return none;
      }
      return Operand{};  // declared per iteration below
    }
    Operand o = expr(lhs[i]);
    if (o.ok() && o.mode != Mode::Var && o.mode != Mode::MapIndex) {
      error_at(lhs[i], "cannot assign to " + to_string(lhs[i]));
      return none;
    }
    if (o.ok()) {
      Operand probe = make_value(t, 0);
      probe.expr = r->x;
      if (!assign_check(probe, o.type, "range")) return none;
    }
    return o;
  };
  LoopCtx ctx;
  ctx.label = label;
  fs_->loops.push_back(ctx);
  size_t top = pc();
  size_t jexit = 0;
  int32_t key_val = alloc_local(kt);
  int32_t elem_val = vt ? alloc_local(vt) : -1;
  if (kind == RString) {
    jexit = emit(VOp::StrRange, xs, state, 0, elem_val);
    emit(VOp::Mov8, key_val, state + 8);
  } else if (kind == RMap) {
    jexit = emit(VOp::MapIterNext, iter, key_val, 0, elem_val);
  } else if (kind == RChan) {
    // receive with ok; a closed and drained channel ends the loop
    bool wanted = !lhs.empty() && !(as<Name>(lhs[0]) && as<Name>(lhs[0])->value == "_");
    emit(VOp::ChanRecv, wanted ? key_val : -1, xs, recv_ok);
    jexit = emit(VOp::JmpIfNot, recv_ok, 0);
    if (wanted) extend_slot(key_val, kt);
  } else {
    int32_t c = alloc_local(U->basic(TK::Bool));
    emit(VOp::LtS, c, idx, len);
    jexit = emit(VOp::JmpIfNot, c, 0);
    emit(VOp::Mov8, key_val, idx);
    if (vt && lhs.size() > 1) {
      int32_t p = alloc_local(U->ptr_to(vt));
      if (kind == RSlice) emit(VOp::Index, p, xs, idx, static_cast<int32_t>(vt->size));
      else if (kind == RPtrArray) emit(VOp::IndexArr, p, xs, idx, type_index(u));
      else {
        int32_t base = alloc_local(U->basic(TK::UnsafePointer));
        emit(VOp::FrameAddr, base, xs);
        emit(VOp::IndexArr, p, base, idx, type_index(u));
      }
      Operand el;
      el.mode = Mode::Var;
      el.type = vt;
      el.loc = {Loc::Ind, p, 0, false};
      int32_t v = value(el);
      emit(vt->size <= 8 ? VOp::Mov8 : VOp::MovN, elem_val, v, 0, static_cast<int32_t>(vt->size));
    }
  }
  release_temps();
  // bind the iteration variables (fresh per iteration, Go 1.22)
  push_scope();
  if (r->def) {
    for (size_t i = 0; i < lhs.size(); i++) {
      auto* n = as<Name>(lhs[i]);
      if (!n) continue;
      const Type* t = i == 0 ? kt : vt;
      Object* o = declare_var(n, t);
      store(var_operand(o), i == 0 ? key_val : elem_val, t);
    }
  } else {
    for (size_t i = 0; i < lhs.size(); i++) {
      Operand t = target(i, i == 0 ? kt : vt);
      if (t.ok()) store(t, i == 0 ? key_val : elem_val, i == 0 ? kt : vt);
    }
  }
  release_temps();
  stmt_list(s->body->list);
  pop_scope();
  size_t cont = pc();
  if (kind != RString && kind != RMap && kind != RChan) emit(VOp::AddImm, idx, idx, 1);
  emit(VOp::Poll);
  emit(VOp::Jmp, static_cast<int32_t>(top));
  size_t end = pc();
  patch(jexit, end);
  close_loop(end, cont);
  pop_scope();
}

void Compiler::switch_stmt(SwitchStmt* s, const std::string& label) {
  if (auto* g = as<TypeSwitchGuard>(s->tag)) {
    type_switch(s, g, label);
    return;
  }
  open_scope_with(s->init);
  Operand tag;
  int32_t tv = -1;
  const Type* tt = nullptr;
  if (s->tag) {
    tag = expr(s->tag);
    if (tag.ok()) {
      if (tag.mode == Mode::NoValue) {
        error_at(s->tag, to_string(s->tag) + " (no value) used as value");
        tag.mode = Mode::Invalid;
      } else {
        tt = tag.type ? tag.type : default_type(tag.ukind);
        int32_t v = value_as(tag, tt, "switch expression");
        tv = alloc_local(tt);
        if (v >= 0) emit(tt->size <= 8 ? VOp::Mov8 : VOp::MovN, tv, v, 0, static_cast<int32_t>(tt->size));
      }
    }
    release_temps();
  }
  LoopCtx ctx;
  ctx.label = label;
  ctx.is_loop = false;
  fs_->loops.push_back(ctx);
  // Dispatch: test each case in order, jumping to its body.
  std::vector<std::vector<size_t>> to_body(s->body.size());
  int default_index = -1;
  std::vector<std::pair<Constant, Pos>> seen_consts;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    if (!c->cases) {
      if (default_index >= 0) error(c->pos, "multiple defaults in switch");
      default_index = static_cast<int>(i);
      continue;
    }
    std::vector<Expr*> cases;
    if (auto* l = as<ListExpr>(c->cases)) cases = l->elems; else cases.push_back(c->cases);
    for (Expr* ce : cases) {
      Operand y = expr(ce, tt);
      if (!y.ok()) continue;
      int32_t cond;
      if (s->tag) {
        if (!tag.ok()) continue;
        Operand tcopy = make_value(tt, tv);
        tcopy.expr = s->tag;
        if (!y.type && !y.is_nil) convert_untyped(y, tt, "switch case");
        if (!y.ok()) continue;
        if (y.mode == Mode::Const) {
          for (auto& [v, p] : seen_consts)
            if (lang::compare(v, Op::Eql, y.val)) {
              error_at(ce, "duplicate case " + operand_string(y) + " in expression switch\n\t" + options_.filename + ":" +
                               std::to_string(p.line) + ":" + std::to_string(p.col) + ": previous case");
              break;
            }
          seen_consts.push_back({y.val, start_pos(ce)});
        }
        if (y.type && y.type != tt && !(underlying(tt)->kind == TK::Interface) && !(y.type && underlying(y.type)->kind == TK::Interface)) {
          error_at(ce, "invalid case " + to_string(ce) + " in switch on " + to_string(s->tag) + " (mismatched types " +
                           type_string(y.type) + " and " + type_string(tt) + ")");
          continue;
        }
        cond = alloc_temp(U->basic(TK::Bool));
        if (underlying(tt)->kind == TK::Interface && y.type && underlying(y.type)->kind != TK::Interface) {
          int32_t iv = to_iface(y, tt);
          Operand yi = make_value(tt, iv);
          compare(Op::Eql, tcopy, yi, cond, ce);
        } else {
          compare(Op::Eql, tcopy, y, cond, ce);
        }
      } else {
        if (!is_bool_operand(*this, y)) {
          error_at(ce, "invalid case " + to_string(ce) + " in switch (mismatched types " +
                           (y.type ? type_string(y.type) : std::string("untyped ") + std::string(basic_name(y.ukind)).substr(8)) + " and bool)");
          continue;
        }
        cond = value(y);
      }
      to_body[i].push_back(emit(VOp::JmpIf, cond, 0));
      release_temps();
    }
  }
  size_t jdefault = emit(VOp::Jmp, 0);
  std::vector<size_t> body_start(s->body.size());
  std::vector<size_t> fallthrough_jumps;
  std::vector<size_t> end_jumps;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    body_start[i] = pc();
    for (size_t j : fallthrough_jumps) patch(j, pc());
    fallthrough_jumps.clear();
    for (size_t j : to_body[i]) patch(j, pc());
    push_scope();
    bool falls = false;
    for (size_t k = 0; k < c->body.size(); k++) {
      if (auto* b = as<BranchStmt>(c->body[k]); b && b->tok == Tok::Fallthrough) {
        if (k + 1 != c->body.size()) error(b->pos, "fallthrough statement out of place");
        else if (i + 1 == s->body.size()) error(b->pos, "cannot fallthrough final case in switch");
        falls = true;
        continue;
      }
      stmt(c->body[k]);
      release_temps();
    }
    pop_scope();
    if (falls) fallthrough_jumps.push_back(emit(VOp::Jmp, 0));
    else end_jumps.push_back(emit(VOp::Jmp, 0));
  }
  size_t end = pc();
  if (default_index >= 0) patch(jdefault, body_start[default_index]);
  else patch(jdefault, end);
  for (size_t j : end_jumps) patch(j, end);
  close_loop(end, end);
  pop_scope();
}

void Compiler::type_switch(SwitchStmt* s, TypeSwitchGuard* g, const std::string& label) {
  open_scope_with(s->init);
  Operand x = expr(g->x);
  if (!x.ok()) {
    pop_scope();
    return;
  }
  if (!x.type || underlying(x.type)->kind != TK::Interface) {
    error_at(g->x, to_string(g->x) + " (" + operand_string(x).substr(to_string(g->x).size() + 2) + " is not an interface");
    pop_scope();
    return;
  }
  const Type* xt = x.type;
  bool src_iface = !underlying(xt)->interface_type()->methods.empty();
  int32_t xv = alloc_local(xt);
  {
    int32_t v = value(x);
    emit(VOp::MovN, xv, v, 0, 16);
  }
  release_temps();
  LoopCtx ctx;
  ctx.label = label;
  ctx.is_loop = false;
  fs_->loops.push_back(ctx);
  std::vector<size_t> end_jumps;
  int default_index = -1;
  size_t default_pos = 0;
  bool lhs_used = false;
  std::vector<Object*> lhs_objs;
  std::vector<std::pair<std::vector<size_t>, size_t>> pending;  // jumps-to-body per clause
  // Each clause: test its types in order; on a match, jump to its body.
  struct Clause {
    std::vector<size_t> matches;
    const Type* single = nullptr;  // the variable's type in this clause
    bool nil_case = false;
  };
  std::vector<Clause> clauses(s->body.size());
  std::map<const Type*, Pos> seen_types;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    if (!c->cases) {
      if (default_index >= 0) error(c->pos, "multiple defaults in switch");
      default_index = static_cast<int>(i);
      continue;
    }
    std::vector<Expr*> cases;
    if (auto* l = as<ListExpr>(c->cases)) cases = l->elems; else cases.push_back(c->cases);
    for (Expr* ce : cases) {
      uint16_t flags = src_iface ? 2 : 0;
      int32_t tidx = -1;
      const Type* ct = nullptr;
      if (auto* n = as<Name>(ce); n && n->value == "nil" && lookup("nil") && lookup("nil")->kind == ObjKind::Nil) {
        flags |= 4;
        clauses[i].nil_case = true;
      } else {
        ct = type_expr(ce);
        if (!ct) continue;
        if (auto prev = seen_types.find(ct); prev != seen_types.end()) {
          error_at(ce, "duplicate case " + type_string(ct) + " in type switch\n\t" + options_.filename + ":" +
                           std::to_string(prev->second.line) + ":" + std::to_string(prev->second.col) + ": previous case");
        } else {
          seen_types[ct] = start_pos(ce);
        }
        if (underlying(ct)->kind == TK::Interface) flags |= 1;
        else {
          std::string missing;
          bool ptr = false;
          if (src_iface && !implements(ct, underlying(xt), &missing, &ptr)) {
            error_at(ce, "impossible type switch case: " + to_string(g->x) + " (" + operand_string(x).substr(to_string(g->x).size() + 2) +
                             " cannot have dynamic type " + type_string(ct) + " (" +
                             (ptr ? "method " + missing + " has pointer receiver" : "missing method " + missing) + ")");
            continue;
          }
          ensure_method_set(ct, "");
        }
        tidx = type_index(ct);
      }
      if (cases.size() == 1) clauses[i].single = ct;
      size_t j = emit(VOp::TypeSwitchCase, xv, tidx, 0, 0, flags);
      // TypeSwitchCase jumps to c when the case does NOT match; fall into a Jmp to the body
      size_t jb = emit(VOp::Jmp, 0);
      patch(j, pc());
      clauses[i].matches.push_back(jb);
    }
  }
  size_t jdefault = emit(VOp::Jmp, 0);
  std::vector<size_t> body_start(s->body.size());
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    body_start[i] = pc();
    for (size_t j : clauses[i].matches) patch(j, pc());
    push_scope();
    if (g->lhs) {
      const Type* vt = clauses[i].single && c->cases ? clauses[i].single : xt;
      Object* o = declare_var(g->lhs, vt);
      o->used = true;  // checked across clauses below
      lhs_objs.push_back(o);
      o->used = false;
      if (vt == xt) {
        store(var_operand(o), xv, vt);
      } else if (underlying(vt)->kind == TK::Interface) {
        int32_t d = alloc_temp(vt);
        emit(VOp::AssertIface, d, xv, -1, type_index(vt), static_cast<uint16_t>(src_iface ? 2 : 0));
        store(var_operand(o), d, vt);
      } else {
        int32_t d = alloc_temp(vt);
        emit(VOp::Assert, d, xv, -1, type_index(vt), static_cast<uint16_t>(src_iface ? 2 : 0));
        store(var_operand(o), d, vt);
      }
      release_temps();
    }
    for (Stmt* st : c->body) {
      if (auto* b = as<BranchStmt>(st); b && b->tok == Tok::Fallthrough) {
        error(b->pos, "cannot fallthrough in type switch");
        continue;
      }
      stmt(st);
      release_temps();
    }
    if (g->lhs && !lhs_objs.empty() && lhs_objs.back()->used) lhs_used = true;
    if (g->lhs && !lhs_objs.empty()) lhs_objs.back()->used = true;  // reported once below
    pop_scope();
    end_jumps.push_back(emit(VOp::Jmp, 0));
  }
  (void)default_pos;
  size_t end = pc();
  if (default_index >= 0) patch(jdefault, body_start[default_index]);
  else patch(jdefault, end);
  for (size_t j : end_jumps) patch(j, end);
  close_loop(end, end);
  if (g->lhs && !lhs_used && g->lhs->value != "_") error(g->lhs->pos, "declared and not used: " + std::string(g->lhs->value));
  pop_scope();
}

void Compiler::return_stmt(ReturnStmt* s) {
  std::vector<Expr*> vals;
  if (s->results) {
    if (auto* l = as<ListExpr>(s->results)) vals = l->elems; else vals.push_back(s->results);
  }
  const auto& out = fs_->sig->out;
  if (vals.empty()) {
    if (!out.empty() && !fs_->named_results) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + tuple_string(out));
      return;
    }
    emit(VOp::Jmp, -2);
    return;
  }
  std::vector<Operand> xs;
  if (vals.size() == 1 && out.size() > 1) {
    multi_call(vals[0], &xs);
  } else {
    for (size_t i = 0; i < vals.size(); i++) xs.push_back(expr(vals[i], i < out.size() ? out[i] : nullptr));
  }
  for (auto& x : xs)
    if (!x.ok()) return;
  if (xs.size() != out.size()) {
    std::string h = "(";
    for (size_t i = 0; i < xs.size(); i++) {
      if (i) h += ", ";
      h += xs[i].is_nil ? "nil" : xs[i].type ? type_string(xs[i].type) : (xs[i].ukind == BasicKind::UntypedString ? "string" : xs[i].ukind == BasicKind::UntypedBool ? "bool" : "number");
    }
    h += ")";
    bool few = xs.size() < out.size();
    // types2 points at the first value (not enough) or the first extra one (too many)
    Expr* at = vals.size() == xs.size() ? (few ? vals[0] : vals[out.size()]) : vals[0];
    error_at(at, std::string(few ? "not enough" : "too many") + " return values\n\thave " + h + "\n\twant " + tuple_string(out));
    return;
  }
  std::vector<int32_t> srcs;
  for (size_t i = 0; i < xs.size(); i++) {
    int32_t v = value_as(xs[i], out[i], "return statement");
    if (v < 0) return;
    if (xs.size() > 1) {
      int32_t tmp = alloc_temp(out[i]);
      if (tmp != v) emit(out[i]->size <= 8 ? VOp::Mov8 : VOp::MovN, tmp, v, 0, static_cast<int32_t>(out[i]->size));
      v = tmp;
    }
    srcs.push_back(v);
  }
  for (size_t i = 0; i < srcs.size(); i++) {
    Object* o = fs_->results[i];
    store(var_operand(o), srcs[i], out[i]);
  }
  emit(VOp::Jmp, -2);
}

void Compiler::branch(BranchStmt* s) {
  if (s->tok == Tok::Goto) {
    // The parser has checked the target (defined, not into a block, not over a variable
    // declaration), so the frame at the label has the same live slots as here: temporaries
    // die at statement ends, and the frame's pointer map covers the whole function.
    if (!s->label) return;
    std::string name(s->label->value);
    auto it = fs_->label_pcs.find(name);
    if (it != fs_->label_pcs.end()) {
      emit(VOp::Poll);  // a backward jump is a loop: keep a safe point on it
      emit(VOp::Jmp, static_cast<int32_t>(it->second));
    } else {
      fs_->pending_gotos.emplace_back(name, emit(VOp::Jmp, 0));
    }
    return;
  }
  if (s->tok == Tok::Fallthrough) {
    error(s->pos, "fallthrough statement out of place");
    return;
  }
  bool is_break = s->tok == Tok::Break;
  for (auto it = fs_->loops.rbegin(); it != fs_->loops.rend(); ++it) {
    if (s->label) {
      if (it->label != s->label->value) continue;
      if (!is_break && !it->is_loop) {
        error(s->label->pos, "invalid continue label " + std::string(s->label->value));
        return;
      }
    } else if (!is_break && !it->is_loop) {
      continue;
    }
    size_t j = emit(VOp::Jmp, 0);
    if (!is_break) emit(VOp::Nop);  // keeps the safe-point invariant simple: continue targets end in Poll
    (is_break ? it->breaks : it->continues).push_back(j);
    return;
  }
  // the parser already reports break/continue outside loops and undefined labels
}

}  // namespace gs::lang
