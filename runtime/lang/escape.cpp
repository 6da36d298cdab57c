// escape.cpp — escape analysis (escape.h): the solver (Go's solve.go/graph.go/leaks.go), the
// graph builder over our syntax tree (expr.go, stmt.go, assign.go, call.go), the bottom-up
// SCC order (ir/scc.go) and the `-m` messages (escape.go's finish and paramTag).
// Invariant: messages are produced in Go's emission order (with -m every warning is
// flushed at once): per batch, first the parameter tags of its functions, then every
// location in creation order (declared variables first, then allocation sites as met).
#include "lang/escape.h"
#include "lang/utf8.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "lang/compile_internal.h"

namespace gs::lang {

using G = EscapeGraph;
using Hole = EscapeGraph::Hole;

// ---- the solver --------------------------------------------------------------------

EscapeGraph::EscapeGraph() {
  heap_.attrs = kEscapes | kPersists | kMutates | kCalls;
  mutator_.attrs = kMutates;
  callee_.attrs = kCalls;
}

G::Loc* EscapeGraph::new_loc(int fn, int loop_depth, bool persists) {
  all_.push_back(std::make_unique<Loc>());
  Loc* l = all_.back().get();
  l->fn = fn;
  l->loop_depth = loop_depth;
  if (persists) l->attrs |= kPersists;
  order_.push_back(l);
  return l;
}

void EscapeGraph::flow(Hole k, Loc* src) {
  if (k.addrtaken) src->addrtaken = true;
  Loc* dst = k.dst;
  if (dst == &blank_) return;
  if (dst == src && k.derefs >= 0) return;
  if (dst->has(kEscapes) && k.derefs < 0) {
    src->attrs |= kEscapes | kPersists | kMutates | kCalls;
    return;
  }
  dst->edges.push_back({src, k.derefs});
}

Hole EscapeGraph::tee(const std::vector<Hole>& ks, int fn, int loop_depth) {
  if (ks.empty()) return discard();
  if (ks.size() == 1) return ks[0];
  Loc* l = new_loc(fn, loop_depth, false);
  for (const Hole& k : ks) flow(k, l);
  return {l};
}

bool EscapeGraph::contains_closure(int f, int c) const {
  if (f == c) return false;
  if (c < 0 || static_cast<size_t>(c) >= closure_parent.size()) return false;
  for (int p = closure_parent[c]; p >= 0; p = static_cast<size_t>(p) < closure_parent.size() ? closure_parent[p] : -1)
    if (p == f) return true;
  return false;
}

bool EscapeGraph::outlives(Loc* l, Loc* other) const {
  if (l->has(kEscapes)) return true;
  if (l == &mutator_ || l == &callee_) return false;
  if (l->result_index > 0) {
    // a closure's results flow back into its enclosing function only (while it is
    // called directly there)
    if (contains_closure(other->fn, l->fn)) return false;
    return true;
  }
  if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
  if (contains_closure(l->fn, other->fn)) return true;
  return false;
}

void EscapeGraph::leak_to(Loc* l, Loc* sink, int derefs) {
  if (!sink->has(kEscapes) && sink->result_index > 0 && sink->fn == l->fn) {
    int ri = sink->result_index - 1;
    if (ri < Leaks::kNumResults) {
      l->param_esc.add(Leaks::kResult0 + ri, derefs);
      return;
    }
  }
  l->param_esc.add(Leaks::kHeap, derefs);
}

void EscapeGraph::walk_all() {
  std::vector<Loc*> todo;
  auto enqueue = [&](Loc* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Loc* l : order_) enqueue(l);
  enqueue(&mutator_);
  enqueue(&callee_);
  enqueue(&heap_);
  uint32_t gen = 0;
  while (!todo.empty()) {
    Loc* root = todo.back();
    todo.pop_back();
    root->queued = false;
    gen++;
    walk_one(root, gen, todo);
    // walk_one appends newly enqueued roots to todo (marked queued)
  }
}

void EscapeGraph::walk_one(Loc* root, uint32_t gen, std::vector<Loc*>& roots) {
  root->walkgen = gen;
  root->derefs = 0;
  std::vector<Loc*> todo{root};
  while (!todo.empty()) {
    Loc* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    uint8_t new_attrs = 0;
    bool address_of = derefs < 0;
    if (address_of) {
      derefs = 0;
      if (outlives(root, l)) new_attrs |= kEscapes | kPersists | kMutates | kCalls;
      else if (root->has(kPersists)) new_attrs |= kPersists;
    }
    if (derefs == 0) new_attrs |= root->attrs & (kMutates | kCalls);
    if (l->is_param) {
      if (outlives(root, l)) leak_to(l, root, derefs);
      if (root->has(kMutates)) l->param_esc.add(Leaks::kMutator, derefs);
      if (root->has(kCalls)) l->param_esc.add(Leaks::kCallee, derefs);
    }
    if (new_attrs & ~l->attrs) {
      l->attrs |= new_attrs;
      if (!l->queued) {
        roots.push_back(l);
        l->queued = true;
      }
      if (l->has(kEscapes)) continue;
    }
    for (const Edge& e : l->edges) {
      if (e.src->has(kEscapes)) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != gen || e.src->derefs > d) {
        e.src->walkgen = gen;
        e.src->derefs = d;
        todo.push_back(e.src);
      }
    }
  }
}

// ---- library tags --------------------------------------------------------------------

namespace {
// Tag builders for escape_tags.inc.
struct T {
  Leaks l;
  static T none() { return {}; }
  static T heap(int d) { T t; t.l.add(Leaks::kHeap, d); return t; }
  static T res(int r, int d) { T t; t.l.add(Leaks::kResult0 + r, d); return t; }
  T operator|(const T& o) const {
    T t = *this;
    for (int i = 0; i < 8; i++)
      if (o.l.d[i] >= 0) t.l.add(i, o.l.d[i]);
    return t;
  }
};
struct Entry {
  const char* name;
  std::vector<T> tags;
};
}  // namespace

const std::vector<Leaks>* library_tags(const std::string& name) {
  static const std::map<std::string, std::vector<Leaks>> table = [] {
    static const Entry entries[] = {
#include "lang/escape_tags.inc"
    };
    std::map<std::string, std::vector<Leaks>> m;
    for (const Entry& e : entries) {
      std::vector<Leaks> v;
      for (const T& t : e.tags) v.push_back(t.l);
      m[e.name] = std::move(v);
    }
    return m;
  }();
  auto it = table.find(name);
  return it == table.end() ? nullptr : &it->second;
}

// ---- the analysis over our syntax tree -----------------------------------------------

namespace {

bool is_iface(const Type* t) { return t && t->kind == TK::Interface; }
const Type* ptr_elem(const Type* t) { return t && t->kind == TK::Pointer ? t->elem() : nullptr; }

// Type rendering as cmd/compile prints it for package main: main's types unqualified.
std::string type_text(const Type* t) {
  if (!t) return "?";
  std::string s = t->str;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 5, "main.") == 0 && (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_'))) {
      i += 5;
      continue;
    }
    out += s[i++];
  }
  // cmd/compile prints the byte and rune aliases by name
  for (auto [from, to] : {std::pair<const char*, const char*>{"uint8", "byte"}, {"int32", "rune"}}) {
    size_t p = 0;
    std::string f(from);
    while ((p = out.find(f, p)) != std::string::npos) {
      bool left = p == 0 || !(std::isalnum(static_cast<unsigned char>(out[p - 1])) || out[p - 1] == '_' || out[p - 1] == '.');
      bool right = p + f.size() >= out.size() || !(std::isalnum(static_cast<unsigned char>(out[p + f.size()])) || out[p + f.size()] == '_');
      if (left && right) out.replace(p, f.size(), to);
      p += 1;
    }
  }
  return out;
}

Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}
const Expr* unparen(const Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

static std::vector<const Expr*> list_of(const Expr* e) {
  std::vector<const Expr*> v;
  if (!e) return v;
  if (auto* l = as<ListExpr>(e)) for (auto* x : l->elems) v.push_back(x);
  else v.push_back(e);
  return v;
}

struct Fn {
  int id = 0;
  const Node* decl = nullptr;    // FuncDecl or FuncLit
  const BlockStmt* body = nullptr;
  const TypeInfo::FuncInfo* info = nullptr;
  int parent = -1;               // enclosing function for closures
  std::vector<int> closures;     // directly nested func literals, in order
  std::string name;              // Go's name for messages: main, (*T).M, main.func1
  int state = 0;                 // 0 unknown, 1 planned, 2 started, 3 tagged
  std::vector<Leaks> tags;       // after tagging: per parameter (receiver first)
  std::vector<Object*> dcl;      // declared variables in order (Go's fn.Dcl)
};

struct Site {  // payload of a location for messages
  const Node* n = nullptr;
  Object* obj = nullptr;
  Pos pos;
  std::string text;
  bool is_name = false;
  bool go_defer_wrapper = false;
  bool str2bytes = false;  // []byte(s): Go's zero-copy message when not mutated
  const Type* type = nullptr;  // for HeapAllocReason
  int reason = 0;              // 1: must be heap (too large / non-constant size)
  // For the code generator (StackDecisions): an interface conversion's box, not the
  // allocation of the node itself; a func literal that go/defer runs (its closure is
  // kept on the heap, and so are the variables it captures).
  bool conv = false;
  bool go_defer_lit = false;
  int64_t alloc_bytes = -1;  // what mallocgc would be asked for (EscapeMessage)
  bool alloc_noscan = false;
};

// Records on a site the object it allocates: count elements of type t.
void set_alloc(G::Loc* site, const Type* t, int64_t count = 1) {
  if (!site || !t || count < 0) return;
  auto* s = static_cast<Site*>(site->user);
  s->alloc_bytes = static_cast<int64_t>(t->size) * count;
  s->alloc_noscan = !t->pointers();
}

class Analysis {
 public:
  Analysis(const TypeInfo& info, const std::vector<FuncDecl*>& decls, StackDecisions* decisions)
      : info_(info), decls_(decls), decisions_(decisions) {}
  std::vector<EscapeMessage> run();

 private:
  // setup
  int add_fn(const Node* decl, const BlockStmt* body, int parent, const std::string& name);
  void collect_closures(int fn, const Node* n);
  void collect_decls(Fn& f, const Node* n);
  std::vector<int> callees(const Fn& f);
  void batch(const std::vector<int>& fns);
  // graph building
  G::Loc* var_loc(Object* o);
  G::Loc* new_site(const Node* n, const std::string& text, Pos pos, const Type* t);
  Hole spill(Hole k, G::Loc* site);
  void expr(Hole k, const Expr* e);
  void expr_noconv(Hole k, const Expr* e);
  void discard(const Expr* e) { expr(g_.discard(), e); }
  void stmt(const Stmt* s);
  void stmts(const std::vector<Stmt*>& l);
  void block(const BlockStmt* b);
  Hole addr(const Expr* e);
  void mutate(const Expr* e) { expr(g_.mutator(), e); }
  void assign_heap(const Expr* e) { expr(g_.heap(), e); }
  void assign_list(const std::vector<const Expr*>& dsts, const std::vector<const Expr*>& srcs, const Stmt* where,
                   bool define);
  void reassigned(const std::vector<Hole>& ks, const std::vector<const Expr*>& dsts, bool define);
  void call(const std::vector<Hole>* ks, const CallExpr* c);
  void call_args(const std::vector<Hole>* ks, const CallExpr* c, int static_fn, const std::string& lib,
                 const std::vector<Leaks>* lib_tags, const Expr* recv, const Type* recv_param_type,
                 const types::FuncType* sig);
  Hole tag_hole(const std::vector<Hole>* ks, int fn, const std::vector<Leaks>* tags, size_t param, bool known);
  void go_defer(const CallStmt* s);
  void func_lit(Hole k, const FuncLit* fl);
  void record_decisions();
  const TypeInfo::ExprInfo* at(const Expr* e) const { return e ? info_.at(e) : nullptr; }
  const Type* type_of(const Expr* e) const {
    auto* i = at(e);
    return i ? i->type : nullptr;
  }
  Object* obj_of(const Expr* e) const {
    e = unparen(e);
    auto* i = at(e);
    if (i && i->obj) return i->obj;
    if (auto* n = as<Name>(e)) {  // a declaring identifier (x in x := ...) is not an expression
      auto it = info_.defs.find(n);
      if (it != info_.defs.end() && !it->second.empty()) return it->second.back();
    }
    return nullptr;
  }
  bool is_local_var(Object* o) const { return o && o->kind == ObjKind::Var && o->owner != nullptr; }
  int static_callee(const Expr* fun) const;
  std::string render(const Expr* e) const;
  std::string render_const(const TypeInfo::ExprInfo& ci, const Type* context) const;
  void warn(Pos p, std::string text) { out_.push_back({p.line, p.col, std::move(text)}); }
  void warn_site(const Site* s, std::string text) {
    EscapeMessage m{s->pos.line, s->pos.col, std::move(text)};
    m.alloc_bytes = s->alloc_bytes;
    m.alloc_noscan = s->alloc_noscan;
    out_.push_back(std::move(m));
  }

  const TypeInfo& info_;
  const std::vector<FuncDecl*>& decls_;
  std::vector<std::unique_ptr<Fn>> fns_;
  std::unordered_map<const Node*, int> fn_of_node_;   // FuncDecl/FuncLit → fn id
  std::unordered_map<int32_t, int> fn_of_func_;        // Module::funcs index → fn id
  std::vector<EscapeMessage> out_;
  StackDecisions* decisions_ = nullptr;
  const FuncLit* go_defer_lit_ = nullptr;                           // the literal go/defer calls
  std::unordered_map<G::Loc*, std::vector<G::Loc*>> captured_by_;   // variable → closure sites
  std::set<G::Loc*> captured_byval_;  // variables closures capture by value (Go: Name.Byval)
  // per batch
  G g_;
  std::vector<std::unique_ptr<Site>> sites_;
  std::unordered_map<Object*, G::Loc*> var_locs_;
  std::set<int> in_batch_;
  int cur_ = -1;
  int loop_depth_ = 1;
  std::map<std::string, int> labels_;  // 1 looping, 2 nonlooping
  std::vector<std::pair<int, const FuncLit*>> pending_closures_;
  std::vector<std::pair<Hole, const FuncLit*>> closure_flows_;
  std::unordered_map<const Node*, bool> self_assign_reported_;
  // Go's ir.StaticValue: local variables defined as a func literal and never reassigned
  std::unordered_map<Object*, const FuncLit*> static_funcs_;
  void find_static_funcs(const Node* body);
};

int Analysis::add_fn(const Node* decl, const BlockStmt* body, int parent, const std::string& name) {
  auto f = std::make_unique<Fn>();
  f->id = static_cast<int>(fns_.size());
  f->decl = decl;
  f->body = body;
  f->parent = parent;
  f->name = name;
  auto it = info_.funcs.find(body);
  if (it != info_.funcs.end()) {
    f->info = &it->second;
    fn_of_func_[it->second.func] = f->id;
  }
  fn_of_node_[decl] = f->id;
  fns_.push_back(std::move(f));
  int id = static_cast<int>(fns_.size()) - 1;
  return id;
}

// Visits the syntax tree below n (not into nested function literals' bodies: each literal
// becomes its own Fn, a child of fn).
template <typename F>
void visit(const Node* n, F&& f) {
  if (!n) return;
  if (!f(n)) return;
  auto v = [&](const Node* c) { visit(c, f); };
  switch (n->kind) {
    case Kind::CompositeLit: { auto* x = as<CompositeLit>(n); v(x->type); for (auto* e : x->elems) v(e); break; }
    case Kind::KeyValueExpr: { auto* x = as<KeyValueExpr>(n); v(x->key); v(x->value); break; }
    case Kind::FuncLit: { auto* x = as<FuncLit>(n); v(x->body); break; }
    case Kind::ParenExpr: v(as<ParenExpr>(n)->x); break;
    case Kind::SelectorExpr: v(as<SelectorExpr>(n)->x); break;
    case Kind::IndexExpr: { auto* x = as<IndexExpr>(n); v(x->x); v(x->index); break; }
    case Kind::SliceExpr: { auto* x = as<SliceExpr>(n); v(x->x); for (auto* i : x->index) v(i); break; }
    case Kind::AssertExpr: { auto* x = as<AssertExpr>(n); v(x->x); break; }
    case Kind::TypeSwitchGuard: { auto* x = as<TypeSwitchGuard>(n); v(x->x); break; }
    case Kind::Operation: { auto* x = as<Operation>(n); v(x->x); v(x->y); break; }
    case Kind::CallExpr: { auto* x = as<CallExpr>(n); v(x->fun); for (auto* a : x->args) v(a); break; }
    case Kind::ListExpr: for (auto* e : as<ListExpr>(n)->elems) v(e); break;
    case Kind::LabeledStmt: v(as<LabeledStmt>(n)->stmt); break;
    case Kind::BlockStmt: for (auto* s : as<BlockStmt>(n)->list) v(s); break;
    case Kind::ExprStmt: v(as<ExprStmt>(n)->x); break;
    case Kind::SendStmt: { auto* x = as<SendStmt>(n); v(x->chan); v(x->value); break; }
    case Kind::DeclStmt: for (auto* d : as<DeclStmt>(n)->decls) v(d); break;
    case Kind::VarDecl: { auto* x = as<VarDecl>(n); v(x->values); break; }
    case Kind::AssignStmt: { auto* x = as<AssignStmt>(n); v(x->lhs); v(x->rhs); break; }
    case Kind::CallStmt: v(as<CallStmt>(n)->call); break;
    case Kind::ReturnStmt: v(as<ReturnStmt>(n)->results); break;
    case Kind::IfStmt: { auto* x = as<IfStmt>(n); v(x->init); v(x->cond); v(x->then); v(x->else_); break; }
    case Kind::ForStmt: { auto* x = as<ForStmt>(n); v(x->init); v(x->cond); v(x->post); v(x->body); break; }
    case Kind::RangeClause: { auto* x = as<RangeClause>(n); v(x->lhs); v(x->x); break; }
    case Kind::SwitchStmt: { auto* x = as<SwitchStmt>(n); v(x->init); v(x->tag); for (auto* c : x->body) v(c); break; }
    case Kind::CaseClause: { auto* x = as<CaseClause>(n); v(x->cases); for (auto* s : x->body) v(s); break; }
    case Kind::SelectStmt: for (auto* c : as<SelectStmt>(n)->body) v(c); break;
    case Kind::CommClause: { auto* x = as<CommClause>(n); v(x->comm); for (auto* s : x->body) v(s); break; }
    default: break;
  }
}

void Analysis::collect_closures(int fn, const Node* n) {
  int count = 0;
  std::function<void(int, const Node*)> rec = [&](int owner, const Node* root) {
    visit(root, [&](const Node* x) {
      if (x == root) return true;
      if (auto* fl = as<FuncLit>(x)) {
        // Go names closures outer.funcN, numbered per outermost function in visit order
        std::string nm = fns_[fn]->name + ".func" + std::to_string(++count);
        int id = add_fn(fl, fl->body, owner, nm);
        fns_[owner]->closures.push_back(id);
        rec(id, fl->body);
        return false;
      }
      return true;
    });
  };
  rec(fn, fns_[fn]->body);
}

// fn.Dcl: parameters (receiver first), results, then local variables in declaration order.
void Analysis::collect_decls(Fn& f, const Node* body) {
  if (f.info) {
    for (Object* o : f.info->params) if (o) f.dcl.push_back(o);
    for (Object* o : f.info->results) if (o) f.dcl.push_back(o);
  }
  visit(body, [&](const Node* x) {
    if (x != body && as<FuncLit>(x)) return false;
    auto add = [&](const Name* n) {
      auto it = info_.defs.find(n);
      if (it == info_.defs.end()) return;
      for (Object* o : it->second) if (o->name != "_") f.dcl.push_back(o);
    };
    if (auto* a = as<AssignStmt>(x); a && a->op == Op::Def) {
      std::vector<const Expr*> l;
      if (auto* le = as<ListExpr>(a->lhs)) for (auto* e : le->elems) l.push_back(e); else l.push_back(a->lhs);
      for (auto* e : l) if (auto* n = as<Name>(e)) add(n);
    } else if (auto* vd = as<VarDecl>(x)) {
      for (auto* n : vd->names) add(n);
    } else if (auto* r = as<RangeClause>(x); r && r->def && r->lhs) {
      std::vector<const Expr*> l;
      if (auto* le = as<ListExpr>(r->lhs)) for (auto* e : le->elems) l.push_back(e); else l.push_back(r->lhs);
      for (auto* e : l) if (auto* n = as<Name>(e)) add(n);
    } else if (auto* g = as<TypeSwitchGuard>(x); g && g->lhs) {
      add(g->lhs);
    }
    return true;
  });
}

void Analysis::find_static_funcs(const Node* body) {
  std::unordered_map<Object*, const FuncLit*> defs;
  std::set<Object*> reassigned;
  visit(body, [&](const Node* x) {
    if (auto* a = as<AssignStmt>(x)) {
      auto l = as<ListExpr>(a->lhs) ? as<ListExpr>(a->lhs)->elems : std::vector<Expr*>{a->lhs};
      std::vector<Expr*> r;
      if (a->rhs) r = as<ListExpr>(a->rhs) ? as<ListExpr>(a->rhs)->elems : std::vector<Expr*>{a->rhs};
      for (size_t i = 0; i < l.size(); i++) {
        auto* n = as<Name>(unparen(l[i]));
        if (!n) continue;
        Object* o = obj_of(n);
        if (!o) continue;
        bool defines = false;
        if (a->op == Op::Def) {
          auto it = info_.defs.find(n);
          defines = it != info_.defs.end() && std::find(it->second.begin(), it->second.end(), o) != it->second.end();
        }
        if (defines && r.size() == l.size() && as<FuncLit>(unparen(r[i]))) defs[o] = as<FuncLit>(unparen(r[i]));
        else if (!defines) reassigned.insert(o);
      }
    } else if (auto* vd = as<VarDecl>(x)) {
      if (vd->values) {
        auto r = as<ListExpr>(vd->values) ? as<ListExpr>(vd->values)->elems : std::vector<Expr*>{vd->values};
        if (r.size() == vd->names.size())
          for (size_t i = 0; i < r.size(); i++)
            if (auto* fl = as<FuncLit>(unparen(r[i])))
              if (Object* o = obj_of(vd->names[i])) defs[o] = fl;
      }
    } else if (auto* o = as<Operation>(x); o && o->op == Op::And && !o->y) {
      if (Object* ob = obj_of(o->x)) reassigned.insert(ob);
    } else if (auto* rc = as<RangeClause>(x); rc && !rc->def && rc->lhs) {
      for (auto* e : list_of(rc->lhs))
        if (Object* ob = obj_of(e)) reassigned.insert(ob);
    }
    return true;
  });
  for (auto& [o, fl] : defs)
    if (!reassigned.count(o)) static_funcs_[o] = fl;
}

int Analysis::static_callee(const Expr* fun) const {
  fun = unparen(fun);
  if (auto* n = as<Name>(fun)) {
    Object* o = obj_of(n);
    auto it = static_funcs_.find(o);
    if (o && it != static_funcs_.end()) {
      auto f = fn_of_node_.find(it->second);
      return f == fn_of_node_.end() ? -1 : f->second;
    }
  }
  if (auto* fl = as<FuncLit>(fun)) {
    auto it = fn_of_node_.find(fl);
    return it == fn_of_node_.end() ? -1 : it->second;
  }
  auto* i = at(fun);
  if (!i || i->mode != static_cast<int>(Mode::FuncRef) || i->iface_method >= 0) return -1;
  auto it = fn_of_func_.find(i->func);
  return it == fn_of_func_.end() ? -1 : it->second;
}

std::vector<int> Analysis::callees(const Fn& f) {
  std::vector<int> out;
  visit(f.body, [&](const Node* x) {
    if (auto* fl = as<FuncLit>(x); fl && fl != f.decl) {
      auto it = fn_of_node_.find(fl);
      if (it != fn_of_node_.end()) out.push_back(it->second);
      return false;
    }
    if (x->kind == Kind::Name || x->kind == Kind::SelectorExpr) {
      auto* i = info_.at(x);
      if (i && i->mode == static_cast<int>(Mode::FuncRef) && i->iface_method < 0) {
        auto it = fn_of_func_.find(i->func);
        if (it != fn_of_func_.end()) out.push_back(it->second);
      }
    }
    return true;
  });
  return out;
}

// ---- rendering (cmd/compile/internal/ir's expression formatting) ----

// A constant as Go's compiler prints it after folding: its value; an untyped one that
// an operation converts to a type other than its default type shows the conversion,
// T(value) (a uint64 compared with 1000 prints `a >= uint64(1000)`).
// strconv.QuoteRune's form for the characters a constant may hold.
static std::string quote_rune(uint32_t r) {
  char buf[16];
  switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    default: break;
  }
  if (r < 0x20 || r == 0x7f) {
    std::snprintf(buf, sizeof buf, "'\\x%02x'", r);
    return buf;
  }
  if (r < 0x80) return std::string("'") + static_cast<char>(r) + "'";
  if (r >= 0xD800 && r < 0xE000) {
    std::snprintf(buf, sizeof buf, "'\\u%04x'", r);
    return buf;
  }
  std::string out = "'";
  append_utf8(out, r);
  return out + "'";
}

std::string Analysis::render_const(const TypeInfo::ExprInfo& ci, const Type* context) const {
  if (ci.const_untyped_kind < 0 || !context || context->kind == TK::Interface) return ci.const_text;
  const char* dflt;
  switch (static_cast<BasicKind>(ci.const_untyped_kind)) {
    case BasicKind::UntypedInt: dflt = "int"; break;
    case BasicKind::UntypedRune: dflt = "int32"; break;
    case BasicKind::UntypedString: dflt = "string"; break;
    case BasicKind::UntypedBool: dflt = "bool"; break;
    default: return ci.const_text;
  }
  const std::string t = type_text(context);
  if ((t == "int32" || t == "rune") && (static_cast<BasicKind>(ci.const_untyped_kind) == BasicKind::UntypedRune ||
                       static_cast<BasicKind>(ci.const_untyped_kind) == BasicKind::UntypedInt)) {
    // a rune-typed constant prints as a character literal ('b', '\x01')
    char* end = nullptr;
    long long v = std::strtoll(ci.const_text.c_str(), &end, 10);
    if (end && *end == '\0' && v >= 0 && v <= 0x10FFFF) return quote_rune(static_cast<uint32_t>(v));
  }
  if (t == dflt) return ci.const_text;
  return t + "(" + ci.const_text + ")";
}

std::string Analysis::render(const Expr* e) const {
  e = unparen(e);
  if (!e) return "";
  if (auto* ci = at(e); ci && ci->mode == static_cast<int>(Mode::Const) && !ci->const_text.empty())
    return ci->const_text;
  switch (e->kind) {
    case Kind::Name: return std::string(as<Name>(e)->value);
    case Kind::BasicLit: return std::string(as<BasicLit>(e)->value);
    case Kind::CompositeLit: {
      auto* cl = as<CompositeLit>(e);
      const Type* t = type_of(e);
      return type_text(t) + (cl->elems.empty() ? "{}" : "{...}");
    }
    case Kind::FuncLit: return "func literal";
    case Kind::SelectorExpr: {
      auto* s = as<SelectorExpr>(e);
      return render(s->x) + "." + std::string(s->sel->value);
    }
    case Kind::IndexExpr: { auto* x = as<IndexExpr>(e); return render(x->x) + "[" + render(x->index) + "]"; }
    case Kind::SliceExpr: {
      auto* x = as<SliceExpr>(e);
      std::string s = render(x->x) + "[";
      if (x->index[0]) s += render(x->index[0]);
      s += ":";
      if (x->index[1]) s += render(x->index[1]);
      if (x->full) s += ":" + render(x->index[2]);
      return s + "]";
    }
    case Kind::AssertExpr: { auto* x = as<AssertExpr>(e); return render(x->x) + ".(" + type_text(type_of(e)) + ")"; }
    case Kind::Operation: {
      auto* o = as<Operation>(e);
      if (!o->y) {
        if (o->op == Op::And) {
          if (auto* cl = as<CompositeLit>(unparen(o->x))) return "&" + render(cl);
          return "&" + render(o->x);
        }
        return to_string(e);
      }
      // an untyped constant operand takes the other operand's type (not for shifts)
      auto operand = [&](const Expr* x, const Expr* other) {
        auto* ci = at(unparen(x));
        const bool shift = o->op == Op::Shl || o->op == Op::Shr;
        if (ci && ci->mode == static_cast<int>(Mode::Const) && !ci->const_text.empty()) {
          if (!shift) return render_const(*ci, type_of(other));
          // a constant shift count becomes a uint
          if (x == o->y && ci->const_untyped_kind >= 0) return "uint(" + ci->const_text + ")";
        }
        return render(x);
      };
      return operand(o->x, o->y) + " " +
             [&] {
               std::string s = to_string(e);
               std::string l = to_string(o->x);
               // the operator between the operands as types2 prints it
               size_t p = std::min(l.size(), s.size());
               while (p < s.size() && s[p] == ' ') p++;
               size_t q = p;
               while (q < s.size() && s[q] != ' ') q++;
               return s.substr(p, q - p);
             }() + " " + operand(o->y, o->x);
    }
    case Kind::CallExpr: {
      auto* c = as<CallExpr>(e);
      auto* fi = at(unparen(c->fun));
      std::string args;
      for (size_t i = 0; i < c->args.size(); i++) args += (i ? ", " : "") + render(c->args[i]);
      if (c->has_dots) args += "...";
      if (fi && fi->mode == static_cast<int>(Mode::TypeExpr)) {
        std::string t = type_text(fi->type);
        if (!t.empty() && (t[0] == '[' || t[0] == '*' || t.rfind("map[", 0) == 0 || t.rfind("func", 0) == 0 || t.rfind("chan", 0) == 0))
          t = "(" + t + ")";
        return t + "(" + args + ")";
      }
      if (fi && fi->mode == static_cast<int>(Mode::FuncRef) && fi->bound_method && fi->iface_method < 0) {
        // a method call prints as a call of the method expression: (*T).M(x, args)
        auto sel = as<SelectorExpr>(unparen(c->fun));
        auto nm = info_.func_names.find(fi->func);
        if (sel && nm != info_.func_names.end()) {
          std::string n = nm->second;
          if (n.rfind("main.", 0) == 0) n = n.substr(5);
          // pkg.(*T).M prints as (*pkg.T).M
          if (size_t p = n.find(".(*"); p != std::string::npos) n = "(*" + n.substr(0, p) + "." + n.substr(p + 3);
          std::string recv = render(sel->x);
          return n + "(" + recv + (args.empty() ? "" : ", " + args) + ")";
        }
      }
      return render(c->fun) + "(" + args + ")";
    }
    default: return to_string(e);
  }
}

// ---- locations ----

G::Loc* Analysis::var_loc(Object* o) {
  auto it = var_locs_.find(o);
  if (it != var_locs_.end()) return it->second;
  G::Loc* l = g_.new_loc(cur_, loop_depth_, true);
  auto s = std::make_unique<Site>();
  s->obj = o;
  s->is_name = true;
  s->pos = o->pos;
  s->text = o->name;
  s->type = o->type;
  if (o->type) {
    s->alloc_bytes = static_cast<int64_t>(o->type->size);
    s->alloc_noscan = !o->type->pointers();
  }
  l->is_var = true;
  l->is_param = o->is_param;
  l->user = s.get();
  sites_.push_back(std::move(s));
  var_locs_[o] = l;
  return l;
}

G::Loc* Analysis::new_site(const Node* n, const std::string& text, Pos pos, const Type* t) {
  G::Loc* l = g_.new_loc(cur_, loop_depth_, false);
  auto s = std::make_unique<Site>();
  s->n = n;
  s->pos = pos;
  s->text = text;
  s->type = t;
  l->user = s.get();
  sites_.push_back(std::move(s));
  return l;
}

Hole Analysis::spill(Hole k, G::Loc* site) {
  g_.flow(k.addr(), site);
  return {site};
}

// ---- expressions ----

void Analysis::expr(Hole k, const Expr* e) {
  if (!e) return;
  auto conv = info_.iface_convs.find(e);
  if (conv != info_.iface_convs.end()) {
    const Type* t = type_of(e);
    if (t && !is_iface(t) && !t->direct_iface) {
      const Expr* u = unparen(e);
      Pos p = u->pos;
      G::Loc* site = new_site(e, render(e), p, t);
      static_cast<Site*>(site->user)->conv = true;
      set_alloc(site, t);
      k = spill(k, site);
    }
  }
  expr_noconv(k, e);
}

void Analysis::expr_noconv(Hole k, const Expr* e) {
  e = unparen(e);
  if (!e) return;
  const TypeInfo::ExprInfo* info = at(e);
  const Type* t = info ? info->type : nullptr;
  if (k.derefs >= 0 && info && info->mode != static_cast<int>(Mode::Const) && t && !t->pointers())
    k = g_.discard();
  switch (e->kind) {
    case Kind::Name: {
      Object* o = obj_of(e);
      if (is_local_var(o)) g_.flow(k, var_loc(o));
      return;
    }
    case Kind::BasicLit: return;
    case Kind::FuncLit: func_lit(k, as<FuncLit>(e)); return;
    case Kind::Operation: {
      auto* o = as<Operation>(e);
      if (!o->y) {
        if (o->op == Op::And) {
          if (auto* cl = as<CompositeLit>(unparen(o->x))) {
            G::Loc* site = new_site(e, render(e), e->pos, ptr_elem(t));
            const Type* lt = ptr_elem(t);
            set_alloc(site, lt);
            if (lt && lt->size > 64 * 1024) static_cast<Site*>(site->user)->reason = 1;  // too large for stack
            Hole sk = spill(k, site);
            // the literal's elements flow into the new object
            for (auto* el : cl->elems) {
              const Expr* v = el;
              if (auto* kv = as<KeyValueExpr>(el)) v = kv->value;
              expr(sk, v);
            }
            return;
          }
          expr(k.addr(), o->x);
          return;
        }
        if (o->op == Op::Mul) { expr(k.deref(), o->x); return; }
        if (o->op == Op::Recv) { discard(o->x); return; }
        discard(o->x);
        return;
      }
      if (o->op == Op::Add && t && t->kind == TK::String && info->mode != static_cast<int>(Mode::Const)) {
        // string concatenation (Go's OADDSTR over the whole chain)
        spill(k, new_site(e, render(e), e->pos, t));
        std::function<void(const Expr*)> operands = [&](const Expr* x) {
          x = unparen(x);
          auto* ox = as<Operation>(x);
          auto* xi = at(x);
          if (ox && ox->y && ox->op == Op::Add && xi && xi->type && xi->type->kind == TK::String &&
              xi->mode != static_cast<int>(Mode::Const)) {
            operands(ox->x);
            operands(ox->y);
          } else {
            discard(x);
          }
        };
        operands(o->x);
        operands(o->y);
        return;
      }
      discard(o->x);
      discard(o->y);
      return;
    }
    case Kind::SelectorExpr: {
      auto* s = as<SelectorExpr>(e);
      if (info && info->mode == static_cast<int>(Mode::FuncRef)) {
        if (info->bound_method) {
          // a method value x.M: a closure holding the receiver (Go's OMETHVALUE)
          Hole closure_k = spill(k, new_site(e, render(e), e->pos, t));
          int fn = static_callee(e);
          std::vector<Hole> res;
          const Type* ft = info->type;
          if (ft && ft->func_type())
            for (size_t i = 0; i < ft->func_type()->out.size(); i++) res.push_back(g_.heap());
          const std::vector<Leaks>* lt = nullptr;
          auto nm = info_.func_names.find(info->func);
          if (fn < 0 && nm != info_.func_names.end()) lt = library_tags(nm->second);
          Hole param_k = tag_hole(&res, fn, lt, 0, fn >= 0 || lt);
          const Type* xt = type_of(s->x);
          Hole both = g_.tee({param_k, closure_k}, cur_, loop_depth_);
          // receiver adjustments: &x for pointer methods on values, *p for value methods
          const Type* want = nullptr;
          if (fn >= 0 && fns_[fn]->info && !fns_[fn]->info->param_types.empty()) want = fns_[fn]->info->param_types[0];
          if (want && xt && want->kind == TK::Pointer && xt->kind != TK::Pointer) expr(both.addr(), s->x);
          else if (want && xt && want->kind != TK::Pointer && xt->kind == TK::Pointer) expr(both.deref(), s->x);
          else expr(both, s->x);
          return;
        }
        return;  // a function or method expression
      }
      if (auto* xi = at(unparen(s->x)); xi && xi->mode == static_cast<int>(Mode::PackageName)) return;
      if (auto* xi = at(unparen(s->x)); xi && xi->mode == static_cast<int>(Mode::TypeExpr)) return;
      const Type* xt = type_of(s->x);
      if (xt && xt->kind == TK::Pointer) expr(k.deref(), s->x);
      else expr(k, s->x);
      return;
    }
    case Kind::IndexExpr: {
      auto* ix = as<IndexExpr>(e);
      const Type* xt = type_of(ix->x);
      if (info && info->mode == static_cast<int>(Mode::FuncRef)) return;  // generic instantiation
      if (xt && xt->kind == TK::Map) {
        discard(ix->x);
        discard(ix->index);
        return;
      }
      if (xt && xt->kind == TK::Array) expr(k, ix->x);
      else expr(k.deref(), ix->x);
      discard(ix->index);
      return;
    }
    case Kind::SliceExpr: {
      auto* sx = as<SliceExpr>(e);
      const Type* xt = type_of(sx->x);
      if (xt && xt->kind == TK::Array) expr(k.addr(), sx->x);
      else expr(k, sx->x);
      for (auto* i : sx->index) discard(i);
      return;
    }
    case Kind::AssertExpr: {
      auto* a = as<AssertExpr>(e);
      if (t && !is_iface(t) && !t->direct_iface) k = k.shift(1);
      expr(k, a->x);
      return;
    }
    case Kind::CompositeLit: {
      auto* cl = as<CompositeLit>(e);
      if (!t) return;
      if (t->kind == TK::Slice) {
        Hole sk = spill(k, new_site(e, render(e), e->pos, t));
        for (auto* el : cl->elems) {
          const Expr* v = el;
          if (auto* kv = as<KeyValueExpr>(el)) v = kv->value;
          expr(sk, v);
        }
      } else if (t->kind == TK::Map) {
        spill(k, new_site(e, render(e), e->pos, t));
        for (auto* el : cl->elems)
          if (auto* kv = as<KeyValueExpr>(el)) {
            assign_heap(kv->key);
            assign_heap(kv->value);
          }
      } else {
        for (auto* el : cl->elems) {
          const Expr* v = el;
          if (auto* kv = as<KeyValueExpr>(el)) v = kv->value;
          expr(k, v);
        }
      }
      return;
    }
    case Kind::CallExpr: {
      std::vector<Hole> ks{k};
      call(&ks, as<CallExpr>(e));
      return;
    }
    default: return;
  }
}

void Analysis::func_lit(Hole k, const FuncLit* fl) {
  auto it = fn_of_node_.find(fl);
  if (it == fn_of_node_.end()) return;
  int id = it->second;
  G::Loc* site = new_site(fl, "func literal", fl->pos, nullptr);
  if (fl == go_defer_lit_) static_cast<Site*>(site->user)->go_defer_lit = true;
  Hole ck = spill(k, site);
  closure_flows_.push_back({ck, fl});
  // captured variables: mark captured (and not reassigned at the same depth)
  Fn& f = *fns_[id];
  int saved_cur = cur_, saved_depth = loop_depth_;
  auto saved_labels = labels_;
  // free variables: uses of locals of enclosing functions
  visit(f.body, [&](const Node* x) {
    if (auto* n = as<Name>(x)) {
      Object* o = obj_of(n);
      if (is_local_var(o) && var_locs_.count(o)) {
        G::Loc* l = var_locs_[o];
        if (l->fn != id && !l->captured) {
          // is it declared in an enclosing function (not inside this literal)?
          bool outer = false;
          for (int p = id; p >= 0; p = fns_[p]->parent) if (fns_[p]->parent == l->fn) outer = true;
          if (outer) {
            l->captured = true;
            if (l->loop_depth == loop_depth_) l->reassigned = false;
          }
        }
      }
    }
    return true;
  });
  cur_ = id;
  loop_depth_ = 1;
  labels_.clear();
  block(f.body);
  cur_ = saved_cur;
  loop_depth_ = saved_depth;
  labels_ = saved_labels;
}

// ---- calls ----

Hole Analysis::tag_hole(const std::vector<Hole>* ks, int fn, const std::vector<Leaks>* tags, size_t param, bool known) {
  if (!known) return g_.heap();
  if (fn >= 0 && in_batch_.count(fn) && fns_[fn]->state < 3) {
    Fn& f = *fns_[fn];
    if (!f.info || param >= f.info->params.size() || !f.info->params[param]) return g_.discard();
    return {var_loc(f.info->params[param])};
  }
  Leaks esc;
  if (fn >= 0) {
    if (param < fns_[fn]->tags.size()) esc = fns_[fn]->tags[param];
  } else if (tags) {
    if (param < tags->size()) esc = (*tags)[param];
    else if (!tags->empty()) esc = tags->back();  // variadic tail
  }
  std::vector<Hole> tk;
  if (esc.heap() >= 0) tk.push_back(g_.heap().shift(esc.heap()));
  if (esc.get(Leaks::kMutator) >= 0) tk.push_back(g_.mutator().shift(esc.get(Leaks::kMutator)));
  if (esc.get(Leaks::kCallee) >= 0) tk.push_back(g_.callee().shift(esc.get(Leaks::kCallee)));
  if (ks)
    for (int i = 0; i < Leaks::kNumResults && static_cast<size_t>(i) < ks->size(); i++)
      if (esc.result(i) >= 0) tk.push_back((*ks)[i].shift(esc.result(i)));
  return g_.tee(tk, cur_, loop_depth_);
}

void Analysis::call(const std::vector<Hole>* ks, const CallExpr* c) {
  const Expr* fun = unparen(c->fun);
  const TypeInfo::ExprInfo* fi = at(fun);
  Hole k0 = ks && !ks->empty() ? (*ks)[0] : g_.discard();
  if (fi && fi->mode == static_cast<int>(Mode::TypeExpr)) {
    // conversion
    const Type* to = fi->type;
    const Expr* arg = c->args.empty() ? nullptr : c->args[0];
    const Type* from = type_of(arg);
    auto* ai = at(unparen(arg));
    bool arg_const = ai && ai->mode == static_cast<int>(Mode::Const);
    if (to && to->kind == TK::String && from && (from->kind == TK::Slice || (!arg_const && from->kind != TK::String && from->kind != TK::Interface))) {
      // string(bytes), string(runes), string(rune)
      spill(k0, new_site(c, render(c), unparen(arg)->pos, to));
      discard(arg);
      return;
    }
    if (to && to->kind == TK::Slice && (!from || from->kind == TK::String || (arg_const && !from))) {
      const Type* et0 = to->elem();
      // []rune of a constant string is folded into a []rune literal (Go's noder)
      bool runes_lit = arg_const && et0 && et0->size == 4;
      G::Loc* site = new_site(c, runes_lit ? type_text(to) + "{...}" : render(c), unparen(arg)->pos, to);
      const Type* et = to->elem();
      if (et && et->size == 1) static_cast<Site*>(site->user)->str2bytes = true;
      spill(k0, site);
      discard(arg);
      return;
    }
    if (is_iface(to) && from && !is_iface(from) && !from->direct_iface) {
      G::Loc* site = new_site(c, render(arg), unparen(arg)->pos, from);
      static_cast<Site*>(site->user)->conv = true;
      set_alloc(site, from);
      Hole sk = spill(k0, site);
      expr_noconv(sk, arg);
      return;
    }
    expr(k0, arg);
    return;
  }
  if (fi && fi->mode == static_cast<int>(Mode::BuiltinFn)) {
    Object* bo = fi->obj;
    Builtin b = bo ? bo->builtin : Builtin::Len;
    const Type* rt = type_of(c);
    switch (b) {
      case Builtin::New: {
        G::Loc* site = new_site(c, render(c), c->pos, rt);
        const Type* et = ptr_elem(rt);
        set_alloc(site, et);
        if (et && et->size > 64 * 1024) static_cast<Site*>(site->user)->reason = 1;
        spill(k0, site);
        return;
      }
      case Builtin::Make: {
        if (rt && rt->kind == TK::Slice) {
          G::Loc* site = new_site(c, render(c), c->pos, rt);
          const Expr* r = c->args.size() >= 3 ? c->args[2] : c->args.size() >= 2 ? c->args[1] : nullptr;
          auto* ri = at(unparen(r));
          bool constant = ri && ri->mode == static_cast<int>(Mode::Const);
          int64_t n = 0;
          if (constant) {
            // the folded value the compile walk recorded
            char* end = nullptr;
            n = std::strtoll(ri->const_text.c_str(), &end, 10);
            if (ri->const_text.empty() || !end || *end != '\0' || n < 0) constant = false;
          }
          const Type* et = rt->elem();
          if (constant) set_alloc(site, et, n);
          if (!constant) static_cast<Site*>(site->user)->reason = 1;
          else if (et && et->size != 0 && n > static_cast<int64_t>(64 * 1024 / et->size)) static_cast<Site*>(site->user)->reason = 1;
          spill(k0, site);
          for (size_t i = 1; i < c->args.size(); i++) discard(c->args[i]);
          return;
        }
        if (rt && rt->kind == TK::Map) spill(k0, new_site(c, render(c), c->pos, rt));
        for (size_t i = 1; i < c->args.size(); i++) discard(c->args[i]);
        return;
      }
      case Builtin::Append: {
        if (c->args.empty()) return;
        const Type* st = type_of(c->args[0]);
        std::vector<Hole> tk{k0, g_.mutator()};
        Hole appendee = g_.tee(tk, cur_, loop_depth_);
        if (st && st->elem() && st->elem()->pointers())
          appendee = g_.tee({appendee, g_.heap().deref()}, cur_, loop_depth_);
        expr(appendee, c->args[0]);
        if (c->has_dots) {
          Hole ak = g_.discard();
          const Type* at2 = c->args.size() > 1 ? type_of(c->args[1]) : nullptr;
          if (at2 && at2->kind == TK::Slice && at2->elem() && at2->elem()->pointers()) ak = g_.heap().deref();
          if (c->args.size() > 1) expr(ak, c->args[1]);
        } else {
          for (size_t i = 1; i < c->args.size(); i++) expr(g_.heap(), c->args[i]);
        }
        return;
      }
      case Builtin::Copy: {
        if (c->args.size() < 2) return;
        expr(g_.mutator(), c->args[0]);
        const Type* yt = type_of(c->args[1]);
        Hole ck = g_.discard();
        if (yt && yt->kind == TK::Slice && yt->elem() && yt->elem()->pointers()) ck = g_.heap().deref();
        expr(ck, c->args[1]);
        return;
      }
      case Builtin::Panic:
        for (auto* a : c->args) expr(g_.heap(), a);
        return;
      case Builtin::Min: case Builtin::Max:
        for (auto* a : c->args) expr(k0, a);
        return;
      case Builtin::Clear:
        for (auto* a : c->args) expr(g_.mutator(), a);
        return;
      default:
        for (auto* a : c->args) discard(a);
        return;
    }
  }
  // function, method, closure or interface method call
  int fn = static_callee(fun);
  const Expr* recv = nullptr;
  const Type* recv_param = nullptr;
  std::string lib;
  const std::vector<Leaks>* lib_tags = nullptr;
  const types::FuncType* sig = fi && fi->type && fi->type->func_type() ? fi->type->func_type() : nullptr;
  if (fi && fi->mode == static_cast<int>(Mode::FuncRef)) {
    auto nm = info_.func_names.find(fi->func);
    if (fn < 0 && fi->iface_method < 0 && nm != info_.func_names.end()) {
      lib = nm->second;
      lib_tags = library_tags(lib);
    }
    if (fi->bound_method) {
      if (auto* sel = as<SelectorExpr>(fun)) recv = sel->x;
      if (fn >= 0 && fns_[fn]->info && !fns_[fn]->info->param_types.empty()) recv_param = fns_[fn]->info->param_types[0];
      else if (fi->iface_method < 0 && lib.find("(*") != std::string::npos) recv_param = nullptr;
    }
  }
  // results of a callee in this batch flow from its result locations
  if (ks && fn >= 0 && in_batch_.count(fn) && fns_[fn]->state < 3 && fns_[fn]->info) {
    auto& res = fns_[fn]->info->results;
    for (size_t i = 0; i < res.size() && i < ks->size(); i++)
      if (res[i]) g_.flow((*ks)[i], var_loc(res[i]));
  }
  bool known = fn >= 0 || lib_tags != nullptr;
  // the function operand
  if (!fi || fi->mode != static_cast<int>(Mode::FuncRef) || (fn >= 0 && as<FuncLit>(fun))) {
    Hole callee_k = g_.discard();
    if (fn < 0 && ks)
      for (const Hole& k : *ks)
        if (!g_.is_blank(k)) { callee_k = g_.callee(); break; }
    expr(callee_k, fun);
  }
  size_t pi = 0;
  if (recv) {
    Hole rk = tag_hole(ks, fn, lib_tags, pi++, known && fi->iface_method < 0);
    if (fi->iface_method >= 0) {
      expr(g_.heap(), recv);
    } else {
      const Type* xt = type_of(recv);
      bool want_ptr = recv_param ? recv_param->kind == TK::Pointer : lib.find("(*") != std::string::npos;
      if (want_ptr && xt && xt->kind != TK::Pointer) expr(rk.addr(), recv);
      else if (!want_ptr && xt && xt->kind == TK::Pointer) expr(rk.deref(), recv);
      else expr(rk, recv);
    }
  }
  if (!sig) {
    for (auto* a : c->args) expr(g_.heap(), a);
    return;
  }
  size_t nparams = sig->in.size();
  // a bound method's signature (x.M's type) has no receiver
  bool variadic = sig->variadic && !c->has_dots;
  std::vector<Hole> tuple_ks;
  if (c->args.size() == 1 && nparams > 1) {
    // f(g()): g's results are the arguments
    if (auto* inner = as<CallExpr>(unparen(c->args[0]))) {
      std::vector<Hole> hs;
      for (size_t i = 0; i < nparams; i++) hs.push_back(tag_hole(ks, fn, lib_tags, pi + i, known));
      call(&hs, inner);
      return;
    }
  }
  for (size_t i = 0; i < c->args.size(); i++) {
    if (variadic && i + 1 >= nparams) {
      // the implicit slice of a variadic call (Go: "... argument")
      Hole pk = tag_hole(ks, fn, lib_tags, pi + nparams - 1, known);
      G::Loc* site = new_site(c, "... argument", c->pos, sig->in.back());
      Hole sk = spill(pk, site);
      for (size_t j = i; j < c->args.size(); j++) expr(sk, c->args[j]);
      return;
    }
    expr(tag_hole(ks, fn, lib_tags, pi + i, known), c->args[i]);
  }
  if (variadic && c->args.size() + 1 == nparams) {
    // no variadic arguments: a nil slice, no allocation
  }
}

void Analysis::go_defer(const CallStmt* s) {
  Hole k = g_.heap();
  bool defer_once = s->tok == Tok::Defer && loop_depth_ == 1;
  if (defer_once) {
    G::Loc* l = g_.new_loc(cur_, loop_depth_, true);
    g_.flow(g_.discard(), l);
    k = {l};
  }
  auto* c = as<CallExpr>(unparen(s->call));
  if (!c) return;
  const Expr* fun = unparen(c->fun);
  if (as<FuncLit>(fun) && c->args.empty()) {
    go_defer_lit_ = as<FuncLit>(fun);
    expr(k, fun);  // go/defer func(){...}(): the literal itself is the wrapper
    go_defer_lit_ = nullptr;
    return;
  }
  // Go wraps the call in a closure (Go's gowrapN/deferwrapN) capturing its arguments,
  // evaluated now, by value: they flow where the wrapper goes, then into the call.
  G::Loc* wrapper = new_site(s, "func literal", s->pos, nullptr);
  static_cast<Site*>(wrapper->user)->go_defer_wrapper = true;
  Hole wk = spill(k, wrapper);
  // evaluate the call with each argument passing through a temporary captured by the wrapper
  auto* fi = at(fun);
  if (fi && fi->mode == static_cast<int>(Mode::BuiltinFn)) {
    for (auto* a : c->args) {
      G::Loc* tmp = g_.new_loc(cur_, loop_depth_, true);
      g_.flow(wk, tmp);
      expr({tmp}, a);
    }
    return;
  }
  // operands flow into temporaries that the wrapper captures (by value), and from them into
  // the call's parameters inside the wrapper
  std::vector<G::Loc*> temps;
  for (auto* a : c->args) {
    G::Loc* tmp = g_.new_loc(cur_, loop_depth_, true);
    g_.flow(wk, tmp);
    expr({tmp}, a);
    temps.push_back(tmp);
  }
  if (auto* sel = as<SelectorExpr>(fun); sel && fi && fi->bound_method) {
    G::Loc* tmp = g_.new_loc(cur_, loop_depth_, true);
    g_.flow(wk, tmp);
    const Type* xt = type_of(sel->x);
    int fn = static_callee(fun);
    bool want_ptr = false;
    if (fn >= 0 && fns_[fn]->info && !fns_[fn]->info->param_types.empty())
      want_ptr = fns_[fn]->info->param_types[0]->kind == TK::Pointer;
    else if (auto nm = info_.func_names.find(fi->func); nm != info_.func_names.end())
      want_ptr = nm->second.find("(*") != std::string::npos;
    if (want_ptr && xt && xt->kind != TK::Pointer) expr(Hole{tmp}.addr(), sel->x);
    else expr({tmp}, sel->x);
  } else if (!fi || fi->mode != static_cast<int>(Mode::FuncRef)) {
    G::Loc* tmp = g_.new_loc(cur_, loop_depth_, true);
    g_.flow(wk, tmp);
    expr({tmp}, fun);
  }
  // the call inside the wrapper: its arguments are the temporaries
  int fn = static_callee(fun);
  std::vector<Leaks> const* lt = nullptr;
  if (fn < 0 && fi && fi->mode == static_cast<int>(Mode::FuncRef))
    if (auto nm = info_.func_names.find(fi->func); nm != info_.func_names.end()) lt = library_tags(nm->second);
  size_t pi = fi && fi->bound_method ? 1 : 0;
  for (size_t i = 0; i < temps.size(); i++) {
    Hole th = tag_hole(nullptr, fn, lt, pi + i, fn >= 0 || lt);
    g_.flow(th, temps[i]);
  }
}

// ---- statements ----

Hole Analysis::addr(const Expr* e) {
  e = unparen(e);
  if (!e) return g_.discard();
  if (auto* n = as<Name>(e)) {
    if (n->value == "_") return g_.discard();
    Object* o = obj_of(e);
    if (!is_local_var(o)) return g_.heap();
    return {var_loc(o)};
  }
  if (auto* s = as<SelectorExpr>(e)) {
    auto* xi = at(unparen(s->x));
    if (xi && xi->mode == static_cast<int>(Mode::PackageName)) return g_.heap();
    const Type* xt = type_of(s->x);
    if (xt && xt->kind == TK::Pointer) {
      mutate(s->x);
      return g_.heap();
    }
    return addr(s->x);
  }
  if (auto* ix = as<IndexExpr>(e)) {
    const Type* xt = type_of(ix->x);
    if (xt && xt->kind == TK::Map) {
      discard(ix->x);
      assign_heap(ix->index);
      return g_.heap();
    }
    discard(ix->index);
    if (xt && xt->kind == TK::Array) return addr(ix->x);
    mutate(ix->x);
    return g_.heap();
  }
  if (auto* o = as<Operation>(e); o && o->op == Op::Mul && !o->y) {
    mutate(o->x);
    return g_.heap();
  }
  return g_.heap();
}

// Go's isSelfAssign for the cases we model: b.f = b.f[...] and b.f = b.f through the same
// pointer variable.
static bool same_safe(const Expr* a, const Expr* b) {
  a = unparen(a);
  b = unparen(b);
  if (a->kind != b->kind) return false;
  if (auto* na = as<Name>(a)) return na->value == as<Name>(b)->value;
  if (auto* sa = as<SelectorExpr>(a)) return sa->sel->value == as<SelectorExpr>(b)->sel->value && same_safe(sa->x, as<SelectorExpr>(b)->x);
  if (auto* oa = as<Operation>(a); oa && oa->op == Op::Mul && !oa->y) {
    auto* ob = as<Operation>(b);
    return ob->op == Op::Mul && !ob->y && same_safe(oa->x, ob->x);
  }
  return false;
}

void Analysis::assign_list(const std::vector<const Expr*>& dsts, const std::vector<const Expr*>& srcs, const Stmt* where,
                           bool define) {
  std::vector<Hole> ks;
  for (auto* d : dsts) ks.push_back(addr(d));
  for (size_t i = 0; i < ks.size(); i++) {
    const Expr* src = i < srcs.size() ? srcs[i] : nullptr;
    Hole k = ks[i];
    const Expr* dst = unparen(dsts[i]);
    if (src && where) {
      // b.f = b.f[lo:hi] through a pointer b: Go ignores the self-assignment
      const Expr* s = unparen(src);
      auto* ds = as<SelectorExpr>(dst);
      auto* ss = as<SliceExpr>(s);
      if (ds && ss) {
        auto* base = as<SelectorExpr>(unparen(ss->x));
        const Type* dxt = type_of(ds->x);
        if (base && dxt && dxt->kind == TK::Pointer && as<Name>(unparen(ds->x)) && same_safe(ds, base)) {
          std::string fname;
          Fn& f = *fns_[cur_];
          fname = f.name;
          warn(where->pos, fname + " ignoring self-assignment in " + render(dst) + " = " + render(src));
          k = g_.discard();
        }
      }
    }
    expr(k, src);
  }
  reassigned(ks, dsts, define);
}

void Analysis::reassigned(const std::vector<Hole>& ks, const std::vector<const Expr*>& dsts, bool define) {
  for (size_t i = 0; i < ks.size(); i++) {
    G::Loc* l = ks[i].dst;
    if (!l || !l->is_var) continue;
    if (define && i < dsts.size()) {
      auto* n = as<Name>(unparen(dsts[i]));
      Object* o = l->user ? static_cast<Site*>(l->user)->obj : nullptr;
      if (n && o) {
        auto it = info_.defs.find(n);
        if (it != info_.defs.end() && std::find(it->second.begin(), it->second.end(), o) != it->second.end()) continue;
      }
    }
    l->reassigned = true;
  }
}


void Analysis::stmts(const std::vector<Stmt*>& l) {
  for (auto* s : l) stmt(s);
}

void Analysis::block(const BlockStmt* b) {
  if (!b) return;
  int old = loop_depth_;
  stmts(b->list);
  loop_depth_ = old;
}

void Analysis::stmt(const Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case Kind::EmptyStmt: case Kind::BranchStmt: return;
    case Kind::BlockStmt: block(as<BlockStmt>(s)); return;
    case Kind::LabeledStmt: {
      auto* l = as<LabeledStmt>(s);
      std::string name(l->label->value);
      if (labels_[name] == 1) loop_depth_++;
      labels_.erase(name);
      stmt(l->stmt);
      return;
    }
    case Kind::ExprStmt: {
      const Expr* x = unparen(as<ExprStmt>(s)->x);
      if (auto* c = as<CallExpr>(x)) call(nullptr, c);
      else discard(x);
      return;
    }
    case Kind::SendStmt: {
      auto* ss = as<SendStmt>(s);
      discard(ss->chan);
      assign_heap(ss->value);
      return;
    }
    case Kind::DeclStmt: {
      for (auto* d : as<DeclStmt>(s)->decls) {
        auto* vd = as<VarDecl>(d);
        if (!vd) continue;
        for (auto* n : vd->names) {
          auto it = info_.defs.find(n);
          if (it != info_.defs.end())
            for (Object* o : it->second) var_loc(o)->loop_depth = loop_depth_;
        }
        if (!vd->values) continue;
        std::vector<const Expr*> dsts(vd->names.begin(), vd->names.end());
        auto srcs = list_of(vd->values);
        if (srcs.size() == 1 && dsts.size() > 1) {
          std::vector<Hole> ks;
          for (auto* d : dsts) ks.push_back(addr(d));
          if (auto* c = as<CallExpr>(unparen(srcs[0]))) call(&ks, c);
          else expr(ks[0], srcs[0]);
          continue;
        }
        assign_list(dsts, srcs, s, true);
      }
      return;
    }
    case Kind::AssignStmt: {
      auto* a = as<AssignStmt>(s);
      auto dsts = list_of(a->lhs);
      if (!a->rhs) {  // x++ / x--: an assignment of x
        std::vector<Hole> ks;
        for (auto* d : dsts) ks.push_back(addr(d));
        reassigned(ks, dsts, false);
        return;
      }
      auto srcs = list_of(a->rhs);
      bool define = a->op == Op::Def;
      if (define)
        for (auto* d : dsts)
          if (auto* n = as<Name>(unparen(d))) {
            auto it = info_.defs.find(n);
            if (it != info_.defs.end())
              for (Object* o : it->second) var_loc(o)->loop_depth = loop_depth_;
          }
      if (srcs.size() == 1 && dsts.size() > 1) {
        std::vector<Hole> ks;
        for (auto* d : dsts) ks.push_back(addr(d));
        const Expr* r = unparen(srcs[0]);
        if (auto* c = as<CallExpr>(r)) {
          auto* ci = at(unparen(c->fun));
          if (ci && ci->mode != static_cast<int>(Mode::TypeExpr) && ci->mode != static_cast<int>(Mode::BuiltinFn)) {
            call(&ks, c);
            reassigned(ks, dsts, define);
            return;
          }
        }
        // v, ok = x.(T) / m[k] / <-ch
        expr(ks[0], r);
        reassigned(ks, dsts, define);
        return;
      }
      if (a->op != Op::None && a->op != Op::Def) {
        // x op= y
        assign_list(dsts, srcs, s, false);
        return;
      }
      assign_list(dsts, srcs, s, define);
      return;
    }
    case Kind::CallStmt: go_defer(as<CallStmt>(s)); return;
    case Kind::ReturnStmt: {
      auto* r = as<ReturnStmt>(s);
      Fn& f = *fns_[cur_];
      std::vector<const Expr*> srcs = list_of(r->results);
      if (!f.info) { for (auto* x : srcs) discard(x); return; }
      std::vector<Hole> ks;
      for (Object* o : f.info->results) ks.push_back(o ? Hole{var_loc(o)} : g_.discard());
      if (srcs.size() == 1 && ks.size() > 1) {
        if (auto* c = as<CallExpr>(unparen(srcs[0]))) call(&ks, c);
        reassigned(ks, {}, false);
        return;
      }
      for (size_t i = 0; i < ks.size() && i < srcs.size(); i++) expr(ks[i], srcs[i]);
      reassigned(ks, {}, false);
      return;
    }
    case Kind::IfStmt: {
      auto* i = as<IfStmt>(s);
      stmt(i->init);
      discard(i->cond);
      block(i->then);
      if (i->else_) {
        int old = loop_depth_;
        stmt(i->else_);
        loop_depth_ = old;
      }
      return;
    }
    case Kind::ForStmt: {
      auto* f = as<ForStmt>(s);
      if (auto* r = as<RangeClause>(f->init)) {
        G::Loc* tmp = g_.new_loc(cur_, loop_depth_, true);
        expr({tmp}, r->x);
        loop_depth_++;
        auto lhs = list_of(r->lhs);
        if (r->def)
          for (auto* d : lhs)
            if (auto* n = as<Name>(unparen(d))) {
              auto it = info_.defs.find(n);
              if (it != info_.defs.end())
                for (Object* o : it->second) var_loc(o)->loop_depth = loop_depth_;
            }
        std::vector<Hole> ks;
        for (auto* d : lhs) ks.push_back(addr(d));
        const Type* xt = type_of(r->x);
        if (ks.size() > 1) {
          if (xt && xt->kind == TK::Array) g_.flow(ks[1], tmp);
          else g_.flow(ks[1].deref(), tmp);
        }
        if (!r->def) reassigned(ks, lhs, false);
        block(f->body);
        loop_depth_--;
        return;
      }
      // Go 1.22: the loop variables are per iteration (declared inside the loop)
      int old = loop_depth_;
      if (auto* a = as<AssignStmt>(f->init); a && a->op == Op::Def) {
        loop_depth_++;
        stmt(f->init);
        loop_depth_ = old;
        for (auto* d : list_of(a->lhs))
          if (auto* n = as<Name>(unparen(d))) {
            auto it = info_.defs.find(n);
            if (it != info_.defs.end())
              for (Object* o : it->second) var_loc(o)->loop_depth = old + 1;
          }
      } else {
        stmt(f->init);
      }
      loop_depth_++;
      discard(f->cond);
      if (f->post) {
        // the post statement updates the per-iteration copy: not a reassignment that
        // stops a capture by value
        std::vector<std::pair<G::Loc*, bool>> saved;
        for (auto& [o, l] : var_locs_) saved.push_back({l, l->reassigned});
        stmt(f->post);
        for (auto& [l, r] : saved) l->reassigned = r;
      }
      block(f->body);
      loop_depth_ = old;
      return;
    }
    case Kind::SwitchStmt: {
      auto* sw = as<SwitchStmt>(s);
      stmt(sw->init);
      if (auto* g = as<TypeSwitchGuard>(sw->tag)) {
        std::vector<Hole> ks;
        if (g->lhs) {
          auto it = info_.defs.find(g->lhs);
          if (it != info_.defs.end())
            for (Object* o : it->second) {
              G::Loc* l = var_loc(o);
              l->loop_depth = loop_depth_;
              if (o->type && o->type->pointers()) {
                Hole h{l};
                if (!is_iface(o->type) && !o->type->direct_iface) h = h.shift(1);
                ks.push_back(h);
              }
            }
        }
        expr(g_.tee(ks, cur_, loop_depth_), g->x);
      } else {
        discard(sw->tag);
      }
      for (auto* c : sw->body) {
        for (auto* x : list_of(c->cases)) discard(x);
        int old = loop_depth_;
        stmts(c->body);
        loop_depth_ = old;
      }
      return;
    }
    case Kind::SelectStmt: {
      for (auto* c : as<SelectStmt>(s)->body) {
        stmt(c->comm);
        int old = loop_depth_;
        stmts(c->body);
        loop_depth_ = old;
      }
      return;
    }
    default: return;
  }
}

// ---- batches ----

void Analysis::batch(const std::vector<int>& fns) {
  g_ = G();
  sites_.clear();
  var_locs_.clear();
  in_batch_ = std::set<int>(fns.begin(), fns.end());
  closure_flows_.clear();
  captured_by_.clear();
  captured_byval_.clear();
  g_.closure_parent.assign(fns_.size(), -1);
  for (auto& f : fns_) g_.closure_parent[f->id] = f->parent;
  // initFunc: declared variables of every function of the batch, in batch order
  for (int id : fns) {
    Fn& f = *fns_[id];
    f.state = 1;
    cur_ = id;
    loop_depth_ = 1;
    collect_decls(f, f.body);
    for (Object* o : f.dcl) var_loc(o);
    if (f.info)
      for (size_t i = 0; i < f.info->results.size(); i++)
        if (Object* o = f.info->results[i]) var_loc(o)->result_index = static_cast<int>(i) + 1;
  }
  // walkFunc for each function that is not a closure (closures are walked where they occur)
  for (int id : fns) {
    Fn& f = *fns_[id];
    if (f.parent >= 0) continue;
    f.state = 2;
    cur_ = id;
    loop_depth_ = 1;
    labels_.clear();
    // labels: looping when a goto to them follows them
    visit(f.body, [&](const Node* x) {
      if (as<FuncLit>(x)) return false;
      if (auto* l = as<LabeledStmt>(x)) labels_[std::string(l->label->value)] = 2;
      if (auto* b = as<BranchStmt>(x); b && b->tok == Tok::Goto && b->label) {
        auto it = labels_.find(std::string(b->label->value));
        if (it != labels_.end() && it->second == 2) it->second = 1;
      }
      return true;
    });
    block(f.body);
  }
  // closures' captured variables flow into the closure (by value or by reference)
  for (auto& [k, fl] : closure_flows_) {
    int id = fn_of_node_[fl];
    std::set<Object*> seen;
    std::vector<Object*> order;
    visit(fns_[id]->body, [&](const Node* x) {
      if (auto* n = as<Name>(x)) {
        Object* o = obj_of(n);
        if (is_local_var(o) && var_locs_.count(o) && !seen.count(o)) {
          G::Loc* l = var_locs_[o];
          bool outer = false;
          for (int p = id; p >= 0; p = fns_[p]->parent)
            if (fns_[p]->parent == l->fn) outer = true;
          if (outer && l->fn != id) {
            seen.insert(o);
            order.push_back(o);
          }
        }
      }
      return true;
    });
    for (Object* o : order) {
      G::Loc* l = var_locs_[o];
      bool byval = !l->addrtaken && !l->reassigned && o->type && o->type->size <= 128;
      g_.flow(byval ? k : k.addr(), l);
      captured_by_[l].push_back(k.dst);
      if (byval) captured_byval_.insert(l);
    }
  }
  // HeapAllocReason: what must be on the heap whatever the flows
  for (G::Loc* l : std::vector<G::Loc*>(g_.locs())) {
    auto* s = static_cast<Site*>(l->user);
    if (!s) continue;
    bool must = s->reason == 1;
    if (!must && s->type && !(s->is_name && s->obj && s->obj->is_param) && s->type->size > 10 * 1024 * 1024) must = true;
    if (must) g_.flow(g_.heap().addr(), l);
  }
  g_.walk_all();
  if (std::getenv("GS_ESC_DEBUG")) {
    std::map<const G::Loc*, std::string> names;
    auto nm = [&](const G::Loc* l) -> std::string {
      if (l == g_.heap_loc()) return "{heap}";
      auto* s = static_cast<Site*>(l->user);
      if (!s) return "{temp}";
      return s->text + "@" + std::to_string(s->pos.line) + ":" + std::to_string(s->pos.col);
    };
    for (G::Loc* l : g_.locs()) {
      std::fprintf(stderr, "loc %s fn=%d depth=%d attrs=%d\n", nm(l).c_str(), l->fn, l->loop_depth, l->attrs);
      for (auto& e : l->edges) std::fprintf(stderr, "   <- %s derefs=%d\n", nm(e.src).c_str(), e.derefs);
    }
    for (auto* h : {g_.heap_loc()})
      for (auto& e : h->edges) std::fprintf(stderr, "heap <- %s derefs=%d\n", nm(e.src).c_str(), e.derefs);
  }
  // finish: parameter tags first, then every location's decision
  for (int id : fns) {
    Fn& f = *fns_[id];
    f.state = 3;
    if (!f.info) continue;
    f.tags.assign(f.info->params.size(), Leaks());
    for (size_t i = 0; i < f.info->params.size(); i++) {
      Object* o = f.info->params[i];
      const Type* t = i < f.info->param_types.size() ? f.info->param_types[i] : nullptr;
      if (!t || !t->pointers() || !o) continue;
      G::Loc* l = var_loc(o);
      Leaks esc = l->param_esc;
      esc.optimize();
      f.tags[i] = esc;
      if (l->has(G::kEscapes)) continue;
      bool warned = false;
      if (int x = esc.heap(); x >= 0) {
        warn(o->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + o->name);
        warned = true;
      }
      for (int r = 0; r < Leaks::kNumResults; r++)
        if (int x = esc.result(r); x >= 0) {
          std::string rn = "~r" + std::to_string(r);
          if (static_cast<size_t>(r) < f.info->results.size() && f.info->results[r] && f.info->results[r]->name != "~r")
            rn = f.info->results[r]->name;
          warn(o->pos, "leaking param: " + o->name + " to result " + rn + " level=" + std::to_string(x));
          warned = true;
        }
      if (!warned) warn(o->pos, o->name + " does not escape");
    }
  }
  for (G::Loc* l : g_.locs()) {
    auto* s = static_cast<Site*>(l->user);
    if (!s) continue;
    if (l->has(G::kEscapes)) {
      if (s->is_name) warn_site(s, "moved to heap: " + s->text);
      else if (!s->go_defer_wrapper) warn_site(s, s->text + " escapes to heap");
    } else if (!s->is_name && !s->go_defer_wrapper) {
      warn_site(s, s->text + " does not escape");
      if (s->str2bytes && !l->has(G::kMutates)) warn(s->pos, "zero-copy string->[]byte conversion");
    }
  }
  if (decisions_) record_decisions();
}

// The code generator's answers. A variable closures capture by value is one (kByVal):
// each closure copies it. A variable may live in the frame when it does not escape
// and every closure capturing it by reference does not either and is not run by
// go/defer. An allocation site may when it does not escape and nothing forces the
// heap (too large, non-constant size).
void Analysis::record_decisions() {
  auto site_of = [](G::Loc* l) { return static_cast<Site*>(l->user); };
  for (G::Loc* l : captured_byval_) {
    Site* s = site_of(l);
    if (s && s->is_name && s->obj)
      decisions_->add(s->pos.line, s->pos.col, static_cast<int>(Kind::Name), StackDecisions::kByVal);
  }
  for (G::Loc* l : g_.locs()) {
    Site* s = site_of(l);
    if (!s || l->has(G::kEscapes)) continue;
    if (s->is_name) {
      if (!s->obj) continue;
      bool ok = true;
      if (auto it = captured_by_.find(l); it != captured_by_.end())
        for (G::Loc* c : it->second) {
          Site* cs = site_of(c);
          if (c->has(G::kEscapes) || !cs || cs->go_defer_lit || cs->reason != 0) ok = false;
        }
      if (ok) decisions_->add(s->pos.line, s->pos.col, static_cast<int>(Kind::Name), StackDecisions::kVar);
      continue;
    }
    if (!s->n || s->reason != 0 || s->go_defer_wrapper || s->go_defer_lit) continue;
    const Node* n = s->n;
    if (s->conv) n = unparen(static_cast<const Expr*>(n));
    if (!n) continue;
    decisions_->add(n->pos.line, n->pos.col, static_cast<int>(n->kind),
                    s->conv ? StackDecisions::kConv : StackDecisions::kAlloc);
  }
}

std::vector<EscapeMessage> Analysis::run() {
  // functions in declaration order, closures attached to their outermost function
  std::vector<int> tops;
  for (FuncDecl* fd : decls_) {
    if (!fd->body || info_.generic_bodies.count(fd)) continue;
    if (!info_.funcs.count(fd->body)) continue;
    std::string name(fd->name->value);
    if (fd->recv) {
      // Go's method names for messages: (*T).M or T.M
      auto it = info_.funcs.find(fd->body);
      auto nm = info_.func_names.find(it->second.func);
      if (nm != info_.func_names.end()) {
        name = nm->second;
        if (name.rfind("main.", 0) == 0) name = name.substr(5);
      }
    }
    int id = add_fn(fd, fd->body, -1, name);
    tops.push_back(id);
    find_static_funcs(fd->body);
    collect_closures(id, fd->body);
  }
  // Tarjan's SCCs in Go's visiting order (ir.VisitFuncsBottomUp)
  std::vector<uint32_t> node_id(fns_.size(), 0);
  uint32_t visitgen = 0;
  std::vector<int> stack;
  std::function<uint32_t(int)> visit_fn = [&](int n) -> uint32_t {
    if (node_id[n]) return node_id[n];
    uint32_t id = ++visitgen;
    node_id[n] = id;
    uint32_t min = ++visitgen;
    stack.push_back(n);
    for (int c : callees(*fns_[n])) {
      uint32_t m = visit_fn(c);
      if (m < min) min = m;
    }
    if ((min == id || min == id + 1) && fns_[n]->parent < 0) {
      size_t i = stack.size();
      while (i > 0) {
        i--;
        node_id[stack[i]] = UINT32_MAX;
        if (stack[i] == n) break;
      }
      std::vector<int> blk(stack.begin() + static_cast<long>(i), stack.end());
      stack.resize(i);
      batch(blk);
    }
    return min;
  };
  for (int id : tops) visit_fn(id);
  return std::move(out_);
}

}  // namespace

std::vector<EscapeMessage> analyze_escapes(const TypeInfo& info, const std::vector<FuncDecl*>& funcs,
                                           StackDecisions* decisions) {
  Analysis a(info, funcs, decisions);
  return a.run();
}

}  // namespace gs::lang
