// compile_generic.cpp — generics: type parameter lists, constraints (type sets and
// methods), type argument inference, and instantiation of generic functions, types and
// their methods (Go: types2's infer.go, instantiate.go, unify.go, typeset.go).
//
// Strategy: monomorphization. Each distinct tuple of type arguments of a generic
// function (or generic type) gets its own instance, created on first use and cached in
// func_instances_ / type_instances_: a scope binding the type parameter names to the
// concrete types, a vm::Func (named as Go prints it, "main.Map[...]",
// "main.(*List[...]).Push") and a named type descriptor ("main.List[int]"). Instance
// bodies are checked and compiled from the same syntax by compile_func_body, exactly as
// ordinary functions, so every instance keeps the compiler's invariants (frame layout and
// pointer bitmaps, temp_live ranges, pc→line tables, heap cells for escaping variables).
// Go itself compiles one body per GC shape and passes a dictionary of type information
// at run time (GC-shape stenciling); we trade code size for simplicity: no dictionaries,
// and every operation is compiled for a concrete type.
//
// Invariants:
//  * instantiation is idempotent: the same (generic object, type arguments) always gives
//    the same Func index / Type pointer, so type identity stays pointer identity;
//  * every instance Func created is compiled exactly once (pending_instances_ is drained
//    by compile_instances after all ordinary functions, and grows while it is drained);
//  * a generic object never has a descriptor or code of its own (resolve() skips it).
//
// Known simplification: a generic body is checked per instance with concrete types, so
// operations the constraint does not permit but the type argument does are accepted, and
// a generic function that is never instantiated is not checked.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

static Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

static std::vector<Expr*> type_arg_list(Expr* index) {
  if (auto* l = as<ListExpr>(index)) return l->elems;
  return {index};
}

std::vector<Compiler::TParam> Compiler::tparams_of(const std::vector<Field*>& fields) {
  std::vector<TParam> out;
  for (Field* f : fields) {
    TParam tp;
    tp.name = f->name ? std::string(f->name->value) : "_";
    tp.name_node = f->name;
    tp.constraint = f->type;
    out.push_back(tp);
  }
  return out;
}

// "[K comparable, V any]" as Go prints a generic's type parameter list.
std::string Compiler::tparams_string(const std::vector<Field*>& fields) {
  std::string s = "[";
  for (size_t i = 0; i < fields.size(); i++) {
    if (i) s += ", ";
    s += fields[i]->name ? std::string(fields[i]->name->value) : "_";
    if (i + 1 == fields.size() || fields[i + 1]->type != fields[i]->type) s += " " + to_string(fields[i]->type);
  }
  return s + "]";
}

Object* Compiler::generic_obj(Expr* e, ObjKind kind) {
  e = unparen(e);
  if (auto* n = as<Name>(e)) {
    Object* o = lookup(std::string(n->value));
    return o && o->kind == kind && o->generic ? o : nullptr;
  }
  if (auto* se = as<SelectorExpr>(e)) {
    auto* pn = as<Name>(se->x);
    if (!pn) return nullptr;
    Object* p = lookup(std::string(pn->value));
    if (!p || p->kind != ObjKind::Package) return nullptr;
    std::string sel(se->sel->value);
    if (sel.empty() || !(sel[0] >= 'A' && sel[0] <= 'Z')) return nullptr;
    Object* m = p->imported->scope.lookup_local(sel);
    if (!m || m->kind != kind || !m->generic) return nullptr;
    p->used = true;
    return m;
  }
  return nullptr;
}

Scope* Compiler::instance_scope(Package* pkg, const std::vector<std::string>& names,
                                const std::vector<const Type*>& targs) {
  generic_scopes_.push_back(std::make_unique<Scope>());
  Scope* s = generic_scopes_.back().get();
  s->parent = &pkg->scope;
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    if (names[i] == "_") continue;
    Object* o = new_object(ObjKind::TypeName, names[i], Pos{});
    o->pkg = pkg;
    o->type = targs[i];
    o->state = 2;
    o->used = true;
    s->names[names[i]] = o;
  }
  return s;
}

// ---- constraints -------------------------------------------------------------------

// Adds (intersects) the type set described by constraint expression c into out.
void Compiler::gather_constraint(Expr* c, Constraint& out) {
  c = unparen(c);
  if (!c) return;
  auto and_terms = [&](const std::vector<std::pair<bool, const Type*>>& terms) {
    if (!out.has_terms) {
      out.terms = terms;
      out.has_terms = true;
      return;
    }
    std::vector<std::pair<bool, const Type*>> keep;
    for (auto& t : out.terms)
      for (auto& u : terms)
        if (t.second && u.second &&
            (t.second == u.second || (u.first && underlying(t.second) == underlying(u.second)))) {
          keep.push_back(t);
          break;
        }
    out.terms = keep;
  };
  // The terms of one union operand (~T, T, or a constraint interface with terms).
  std::function<void(Expr*, std::vector<std::pair<bool, const Type*>>&)> union_terms =
      [&](Expr* x, std::vector<std::pair<bool, const Type*>>& acc) {
        x = unparen(x);
        if (auto* op = as<Operation>(x)) {
          if (op->op == Op::Or && op->y) {
            union_terms(op->x, acc);
            union_terms(op->y, acc);
            return;
          }
          if (op->op == Op::Tilde && !op->y) {
            acc.push_back({true, type_expr(op->x)});
            return;
          }
        }
        Constraint sub;
        gather_constraint(x, sub);
        if (sub.has_terms) acc.insert(acc.end(), sub.terms.begin(), sub.terms.end());
      };
  if (auto* op = as<Operation>(c); op && (op->op == Op::Or || op->op == Op::Tilde)) {
    std::vector<std::pair<bool, const Type*>> terms;
    union_terms(c, terms);
    and_terms(terms);
    return;
  }
  if (auto* it = as<InterfaceType>(c)) {
    for (Field* f : it->methods) {
      if (f->name) {
        bool v;
        if (const Type* mt = func_type(as<FuncType>(f->type), nullptr, &v))
          out.methods.push_back({std::string(f->name->value), mt});
      } else {
        gather_constraint(f->type, out);
      }
    }
    return;
  }
  Object* o = nullptr;
  if (auto* n = as<Name>(c)) {
    o = lookup(std::string(n->value));
  } else if (auto* se = as<SelectorExpr>(c)) {
    if (auto* pn = as<Name>(se->x))
      if (Object* p = lookup(std::string(pn->value)); p && p->kind == ObjKind::Package) {
        p->used = true;
        o = p->imported->scope.lookup_local(std::string(se->sel->value));
      }
  }
  if (o && o->kind == ObjKind::TypeName) {
    o->used = true;
    if (o->type == comparable_type_ && comparable_type_) {
      out.comparable = true;
      return;
    }
    if (auto* td = as<TypeDecl>(o->decl); td && !td->alias && td->tparams.empty() && as<InterfaceType>(td->type)) {
      Package* saved_pkg = pkg_;
      Scope* saved_scope = scope_;
      pkg_ = o->pkg;
      scope_ = &o->pkg->scope;
      gather_constraint(td->type, out);
      pkg_ = saved_pkg;
      scope_ = saved_scope;
      return;
    }
  }
  constraint_ctx_++;
  const Type* t = type_expr(c);
  constraint_ctx_--;
  if (!t) return;
  if (underlying(t)->kind == TK::Interface) {
    for (auto& m : underlying(t)->interface_type()->methods) out.methods.push_back(m);
    return;
  }
  and_terms({{false, t}});
}

// Why targ lacks the methods a constraint requires ("missing method Show"), or "".
std::string Compiler::method_failure(const Type* targ, const std::vector<types::IMethod>& methods) {
  if (methods.empty()) return "";
  const Type* it = U->interface_of(methods, pkg_ ? pkg_->path : "main");
  std::string missing;
  bool ptr = false;
  if (implements(targ, it, &missing, &ptr)) return "";
  if (ptr) return "method " + missing + " has pointer receiver";
  if (missing.size() > 10 && missing.substr(missing.size() - 10) == "#wrongtype")
    return "wrong type for method " + missing.substr(0, missing.size() - 10);
  return "missing method " + missing;
}

// Whether a type name may only be a constraint: 1 when its interface has type-set
// elements (~int | string), 2 when it is or embeds comparable, else 0.
int Compiler::constraint_only(Object* o) {
  if (!o || o->kind != ObjKind::TypeName) return 0;
  if (comparable_type_ && o->type == comparable_type_) return 2;
  auto* td = as<TypeDecl>(o->decl);
  if (!td || td->alias || !td->tparams.empty()) return 0;
  auto* it = as<InterfaceType>(unparen(td->type));
  if (!it) return 0;
  if (auto c = constraint_only_cache_.find(td); c != constraint_only_cache_.end()) return c->second;
  constraint_only_cache_[td] = 0;  // a cycle is reported elsewhere
  int r = 0;
  for (Field* f : it->methods) {
    if (f->name) continue;
    Expr* t = unparen(f->type);
    Object* e = nullptr;
    if (auto* n = as<Name>(t)) {
      e = o->pkg->scope.lookup_local(std::string(n->value));
      if (!e) e = universe_scope_.lookup_local(std::string(n->value));
    } else if (auto* se = as<SelectorExpr>(t)) {
      if (auto* pn = as<Name>(se->x))
        if (Object* p = o->pkg->scope.lookup_local(std::string(pn->value)); p && p->kind == ObjKind::Package)
          e = p->imported->scope.lookup_local(std::string(se->sel->value));
    } else {
      r = 1;  // ~T, a union, or a type literal
      break;
    }
    if (int k = constraint_only(e)) {
      r = k;
      break;
    }
    if (e && e->kind == ObjKind::TypeName) {
      resolve(e);
      if (e->type && underlying(e->type)->kind != TK::Interface) {
        r = 1;
        break;
      }
    }
  }
  constraint_only_cache_[td] = r;
  return r;
}

bool Compiler::satisfies(const Type* targ, Expr* c, std::string* why) {
  Constraint k;
  gather_constraint(c, k);
  std::string cname = to_string(unparen(c));
  std::string ts = type_string(targ);
  if (k.has_terms) {
    bool in = false;
    std::string text;
    for (auto& [tilde, t] : k.terms) {
      if (!t) continue;
      if (!text.empty()) text += " | ";
      text += (tilde ? "~" : "") + type_string(t);
      if (tilde ? underlying(targ) == underlying(t) : targ == t) in = true;
    }
    if (!in) {
      *why = ts + " does not satisfy " + cname + " (" + ts + " missing in " + text + ")";
      return false;
    }
  }
  if (std::string m = method_failure(targ, k.methods); !m.empty()) {
    *why = ts + " does not satisfy " + cname + " (" + m + ")";
    return false;
  }
  if (k.comparable && !targ->comparable() && underlying(targ)->kind != TK::Interface) {
    *why = ts + " does not satisfy comparable";
    return false;
  }
  return true;
}

// ---- instantiation -----------------------------------------------------------------

int32_t Compiler::instantiate_func(Object* g, const std::vector<const Type*>& targs, const std::vector<Expr*>& xlist,
                                   Pos pos) {
  auto key = std::make_pair(g, targs);
  if (auto it = func_instances_.find(key); it != func_instances_.end()) return it->second;
  if (++instance_count_[g] > kMaxInstances) {
    // F[T] instantiating F[[]T]: Go rejects this cycle; stop before it never ends
    if (instance_count_[g] == kMaxInstances + 1) error(pos, "instantiation cycle");
    return -1;
  }
  auto* fd = as<FuncDecl>(g->decl);
  std::vector<TParam> tps = tparams_of(fd->tparams);
  std::vector<std::string> names;
  for (auto& tp : tps) names.push_back(tp.name);
  Scope* s = instance_scope(g->pkg, names, targs);
  Package* saved_pkg = pkg_;
  Scope* saved_scope = scope_;
  pkg_ = g->pkg;
  scope_ = s;
  bool ok = true;
  for (size_t i = 0; i < tps.size(); i++) {
    std::string why;
    if (!satisfies(targs[i], tps[i].constraint, &why)) {
      error(i < xlist.size() ? start_pos(xlist[i]) : pos, why);
      ok = false;
    }
  }
  int32_t idx = -1;
  if (ok) {
    bool variadic;
    const Type* sig = func_type(fd->type, nullptr, &variadic);
    if (sig) {
      std::string prefix = g->pkg->path == "main" ? "main." : g->pkg->path + ".";
      vm::Func* f = new_func(prefix + g->name + "[...]", fd->pos.line, &idx);
      f->type = sig;
      if (!fd->body) error(fd->name->pos, "missing function body");
      pending_instances_.push_back({fd, g->pkg, s, idx, g});
      func_instances_[key] = idx;
    }
  }
  pkg_ = saved_pkg;
  scope_ = saved_scope;
  return idx;
}

const Type* Compiler::instantiate_type(Object* g, const std::vector<const Type*>& targs,
                                       const std::vector<Expr*>& xlist, Pos pos) {
  auto key = std::make_pair(g, targs);
  if (auto it = type_instances_.find(key); it != type_instances_.end()) return it->second;
  if (++instance_count_[g] > kMaxInstances) {
    if (instance_count_[g] == kMaxInstances + 1) error(pos, "instantiation cycle");
    return nullptr;
  }
  auto* td = as<TypeDecl>(g->decl);
  std::vector<TParam> tps = tparams_of(td->tparams);
  // reflect's name of an instance: the type arguments' full strings, comma-separated
  std::string name = g->name + "[";
  for (size_t i = 0; i < targs.size(); i++) name += (i ? "," : "") + targs[i]->str;
  name += "]";
  types::Type* named = U->declare_named(g->pkg->path, name);
  type_instances_[key] = named;
  type_pkg_[named] = g->pkg;
  instance_info_[named] = {g, targs};
  instance_types_.insert(named);
  std::vector<std::string> names;
  for (auto& tp : tps) names.push_back(tp.name);
  Scope* s = instance_scope(g->pkg, names, targs);
  if (auto local = local_generic_scopes_.find(g); local != local_generic_scopes_.end()) s->parent = local->second;
  Package* saved_pkg = pkg_;
  Scope* saved_scope = scope_;
  pkg_ = g->pkg;
  scope_ = s;
  for (size_t i = 0; i < tps.size(); i++) {
    std::string why;
    if (!satisfies(targs[i], tps[i].constraint, &why)) error(i < xlist.size() ? start_pos(xlist[i]) : pos, why);
  }
  instantiating_.push_back(g);
  const Type* u = type_expr(td->type);
  instantiating_.pop_back();
  if (u) {
    const Type* uu = underlying(u);
    if (uu->kind == TK::Invalid) {
      error(g->pos, "invalid recursive type " + g->name);
      uu = U->basic(TK::Int);
    }
    U->set_underlying(named, uu);
    underlying_[named] = uu;
  }
  if (auto it = generic_methods_.find(g); it != generic_methods_.end()) {
    std::vector<Scope*> scopes;
    std::vector<std::pair<FuncDecl*, Package*>> decls;
    for (auto& [fd, p] : it->second) {
      Expr* rt = unparen(fd->recv->type);
      if (auto* op = as<Operation>(rt); op && op->op == Op::Mul && !op->y) rt = unparen(op->x);
      auto* ie = as<IndexExpr>(rt);
      std::vector<std::string> rnames;
      for (Expr* x : type_arg_list(ie->index)) {
        auto* n = as<Name>(x);
        rnames.push_back(n ? std::string(n->value) : "_");
      }
      if (rnames.size() != targs.size()) {
        error(ie->pos, "receiver declares " + std::to_string(rnames.size()) + " type parameter" +
                           (rnames.size() == 1 ? "" : "s") + ", but receiver base type declares " +
                           std::to_string(targs.size()));
        continue;
      }
      scopes.push_back(instance_scope(p, rnames, targs));
      decls.push_back({fd, p});
    }
    method_decls_[named] = decls;
    methods_origin_ = g;
    finish_methods_for(named, decls, &scopes, g->name + "[...]");
    methods_origin_ = nullptr;
  }
  pkg_ = saved_pkg;
  scope_ = saved_scope;
  return named;
}

// Inside an instance of g, instantiating g again with a type argument built from g's
// own type parameter (F[T] calling F[[]T]) would never end: Go's "instantiation cycle".
bool Compiler::instantiation_cycle(Object* g, const std::vector<Field*>& tparams, const std::vector<Expr*>& xlist) {
  if (std::find(instantiating_.begin(), instantiating_.end(), g) == instantiating_.end()) return false;
  std::vector<TParam> tps = tparams_of(tparams);
  for (size_t i = 0; i < xlist.size() && i < tps.size(); i++) {
    Expr* x = unparen(xlist[i]);
    if (as<Name>(x)) continue;
    std::string text = to_string(x);
    bool mentions = false;
    for (size_t k = 0; k < text.size();) {
      if (isalpha(static_cast<unsigned char>(text[k])) || text[k] == '_') {
        size_t j = k;
        while (j < text.size() && (isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) j++;
        std::string id = text.substr(k, j - k);
        for (auto& tp : tps) mentions |= tp.name == id;
        k = j;
      } else {
        k++;
      }
    }
    if (!mentions) continue;
    Pos at = start_pos(x);
    std::string file = g->pkg->is_main ? options_.filename : g->pkg->filename;
    error(tps[i].name_node ? tps[i].name_node->pos : g->pos,
          "instantiation cycle:\n\t" + file + ":" + std::to_string(at.line) + ":" + std::to_string(at.col) + ": " +
              tps[i].name + " instantiated as " + text);
    return true;
  }
  return false;
}

const Type* Compiler::generic_type_expr(IndexExpr* e) {
  Object* g = generic_obj(e->x, ObjKind::TypeName);
  if (!g) {
    if (const Type* t = try_type_expr(e->x)) {
      error_at(e->x, type_string(t) + " is not a generic type");
    } else {
      error_at(e, to_string(e) + " is not a type");
    }
    return nullptr;
  }
  std::vector<Expr*> xlist = type_arg_list(e->index);
  if (instantiation_cycle(g, as<TypeDecl>(g->decl)->tparams, xlist)) return nullptr;
  std::vector<const Type*> targs;
  for (Expr* x : xlist) {
    const Type* t = type_expr(x);
    if (!t) return nullptr;
    targs.push_back(t);
  }
  size_t want = as<TypeDecl>(g->decl)->tparams.size();
  if (targs.size() != want) {
    error(start_pos(e), std::string(targs.size() < want ? "not enough" : "too many") + " type arguments for type " + g->name +
                      ": have " + std::to_string(targs.size()) + ", want " + std::to_string(want));
    return nullptr;
  }
  return instantiate_type(g, targs, xlist, e->pos);
}

// ---- inference -----------------------------------------------------------------------

// Matches parameter type syntax p (in the generic's package) against argument type a,
// binding the type parameters met (Go's unify, inexact: a named argument matches a
// type literal through its underlying type). The first binding of a parameter wins;
// a later mismatch shows up as an ordinary assignability error at the argument.
void Compiler::unify(Expr* p, const Type* a, const std::vector<TParam>& tps, std::vector<const Type*>& out,
                     Package* pkg) {
  p = unparen(p);
  if (!p || !a) return;
  if (auto* n = as<Name>(p)) {
    for (size_t i = 0; i < tps.size(); i++)
      if (tps[i].name == n->value) {
        if (!out[i]) out[i] = a;
        return;
      }
    return;
  }
  const Type* au = underlying(a);
  switch (p->kind) {
    case lang::Kind::Operation: {
      auto* op = as<Operation>(p);
      if (op->op == Op::Mul && !op->y && au->kind == TK::Pointer) unify(op->x, au->elem(), tps, out, pkg);
      return;
    }
    case lang::Kind::SliceType:
      if (au->kind == TK::Slice) unify(as<SliceType>(p)->elem, au->elem(), tps, out, pkg);
      return;
    case lang::Kind::ArrayType:
      if (au->kind == TK::Array) unify(as<ArrayType>(p)->elem, au->elem(), tps, out, pkg);
      return;
    case lang::Kind::ChanType:
      if (au->kind == TK::Chan) unify(as<ChanType>(p)->elem, au->elem(), tps, out, pkg);
      return;
    case lang::Kind::MapType:
      if (au->kind == TK::Map) {
        unify(as<MapType>(p)->key, au->map_type()->key, tps, out, pkg);
        unify(as<MapType>(p)->value, au->map_type()->elem, tps, out, pkg);
      }
      return;
    case lang::Kind::FuncType: {
      auto* ft = as<FuncType>(p);
      if (au->kind != TK::Func) return;
      auto* f = au->func_type();
      if (ft->params.size() == f->in.size())
        for (size_t i = 0; i < f->in.size(); i++) {
          if (auto* d = as<DotsType>(ft->params[i]->type)) {
            if (f->in[i]->kind == TK::Slice) unify(d->elem, f->in[i]->elem(), tps, out, pkg);
          } else {
            unify(ft->params[i]->type, f->in[i], tps, out, pkg);
          }
        }
      if (ft->results.size() == f->out.size())
        for (size_t i = 0; i < f->out.size(); i++) unify(ft->results[i]->type, f->out[i], tps, out, pkg);
      return;
    }
    case lang::Kind::IndexExpr: {
      auto* ie = as<IndexExpr>(p);
      Scope* saved = scope_;
      scope_ = &pkg->scope;
      Object* g = generic_obj(ie->x, ObjKind::TypeName);
      scope_ = saved;
      auto it = instance_info_.find(a);
      if (!g || it == instance_info_.end() || it->second.origin != g) return;
      std::vector<Expr*> xs = type_arg_list(ie->index);
      for (size_t j = 0; j < xs.size() && j < it->second.targs.size(); j++) unify(xs[j], it->second.targs[j], tps, out, pkg);
      return;
    }
    default: return;
  }
}

// The single type term of a constraint such as ~[]E or interface{ ~map[K]V } (its core
// type, for inferring E from S in [S ~[]E, E any]); nullptr when there is none.
static Expr* core_term(Expr* c, bool* tilde) {
  c = unparen(c);
  *tilde = false;
  if (!c) return nullptr;
  if (auto* op = as<Operation>(c)) {
    if (op->op == Op::Tilde && !op->y) {
      *tilde = true;
      return op->x;
    }
    if (op->op == Op::Mul && !op->y) return c;
    return nullptr;
  }
  if (auto* it = as<InterfaceType>(c)) {
    if (it->methods.size() == 1 && !it->methods[0]->name) return core_term(it->methods[0]->type, tilde);
    return nullptr;
  }
  switch (c->kind) {
    case lang::Kind::SliceType: case lang::Kind::MapType: case lang::Kind::ArrayType:
    case lang::Kind::ChanType: case lang::Kind::FuncType: return c;
    default: return nullptr;
  }
}

Operand Compiler::generic_call(CallExpr* e, Object* g, const std::vector<Expr*>& xlist, std::vector<Operand>* tuple) {
  Operand r;
  r.expr = e;
  auto* fd = as<FuncDecl>(g->decl);
  std::vector<TParam> tps = tparams_of(fd->tparams);
  Expr* fexpr = unparen(e->fun);
  std::string fname = to_string(as<IndexExpr>(fexpr) ? as<IndexExpr>(fexpr)->x : fexpr);
  std::vector<const Type*> targs(tps.size(), nullptr);
  if (xlist.size() > tps.size()) {
    error_at(xlist[tps.size()], "got " + std::to_string(xlist.size()) + " type arguments but want " +
                                    std::to_string(tps.size()));
    for (Expr* a : e->args) expr(a);
    return r;
  }
  if (instantiation_cycle(g, fd->tparams, xlist)) {
    for (Expr* a : e->args) expr(a);
    return r;
  }
  bool bad = false;
  for (size_t i = 0; i < xlist.size(); i++) {
    targs[i] = type_expr(xlist[i]);
    bad |= !targs[i];
  }
  // Arguments first (their types drive inference); the call below reuses them.
  std::vector<Operand> ops;
  Expr* multi_key = nullptr;
  if (e->args.size() == 1 && as<CallExpr>(unparen(e->args[0]))) {
    multi_key = unparen(e->args[0]);
    Operand first = multi_call(e->args[0], &ops);
    if (!first.ok()) return r;
    if (ops.empty()) ops.push_back(first);
  } else {
    for (Expr* a : e->args) {
      ops.push_back(expr(a));
      if (!ops.back().ok()) bad = true;
    }
  }
  if (bad) return r;
  // Typed arguments against their parameters' syntax.
  const auto& params = fd->type->params;
  auto param_for = [&](size_t i, bool* dots) -> Expr* {
    *dots = false;
    if (params.empty()) return nullptr;
    if (i < params.size()) {
      if (auto* d = as<DotsType>(params[i]->type)) {
        *dots = true;
        return d->elem;
      }
      return params[i]->type;
    }
    if (auto* d = as<DotsType>(params.back()->type)) {
      *dots = true;
      return d->elem;
    }
    return nullptr;
  };
  auto core_pass = [&]() {
    for (int round = 0; round < 2; round++)
      for (size_t i = 0; i < tps.size(); i++) {
        if (!targs[i]) continue;
        bool tilde;
        if (Expr* ct = core_term(tps[i].constraint, &tilde)) unify(ct, targs[i], tps, targs, g->pkg);
      }
  };
  for (size_t i = 0; i < ops.size(); i++) {
    if (!ops[i].type) continue;
    bool dots;
    Expr* pt = param_for(i, &dots);
    if (!pt) continue;
    if (dots && e->has_dots && i + 1 == ops.size()) {
      const Type* u = underlying(ops[i].type);
      if (u->kind == TK::Slice) unify(pt, u->elem(), tps, targs, g->pkg);
      continue;
    }
    unify(pt, ops[i].type, tps, targs, g->pkg);
  }
  core_pass();
  // Untyped constants: a parameter typed by a bare type parameter still unbound takes
  // the default type of the "largest" constant kind passed to it.
  std::vector<bool> has_untyped(tps.size(), false);
  std::vector<BasicKind> kind(tps.size(), BasicKind::UntypedInt);
  for (size_t i = 0; i < ops.size(); i++) {
    if (!ops[i].untyped()) continue;
    bool dots;
    Expr* pt = unparen(param_for(i, &dots));
    auto* n = as<Name>(pt);
    if (!n) continue;
    for (size_t k = 0; k < tps.size(); k++)
      if (tps[k].name == n->value && !targs[k]) {
        kind[k] = has_untyped[k] ? default_untyped_rank(kind[k], ops[i].ukind) : ops[i].ukind;
        has_untyped[k] = true;
      }
  }
  for (size_t k = 0; k < tps.size(); k++)
    if (!targs[k] && has_untyped[k]) targs[k] = default_type(kind[k]);
  core_pass();
  for (size_t k = 0; k < tps.size(); k++) {
    if (targs[k]) continue;
    Pos tp = tps[k].name_node ? tps[k].name_node->pos : fd->pos;
    std::string file = g->pkg->is_main ? options_.filename : g->pkg->filename;
    error(e->pos, "in call to " + fname + ", cannot infer " + tps[k].name + " (" + file + ":" +
                      std::to_string(tp.line) + ":" + std::to_string(tp.col) + ")");
    return r;
  }
  // Inferred type arguments must have their constraint's methods (types2 checks this
  // during inference, hence its wording).
  {
    std::vector<std::string> names;
    for (auto& tp : tps) names.push_back(tp.name);
    Package* saved_pkg = pkg_;
    Scope* saved_scope = scope_;
    pkg_ = g->pkg;
    scope_ = instance_scope(g->pkg, names, targs);
    bool failed = false;
    for (size_t k = xlist.size(); k < tps.size() && !failed; k++) {
      Constraint c;
      gather_constraint(tps[k].constraint, c);
      if (std::string m = method_failure(targs[k], c.methods); !m.empty()) {
        error(e->pos, "in call to " + fname + ", " + tps[k].name + " (type " + type_string(targs[k]) +
                          ") does not satisfy " + to_string(unparen(tps[k].constraint)) + " (" + m + ")");
        failed = true;
      }
    }
    pkg_ = saved_pkg;
    scope_ = saved_scope;
    if (failed) return r;
  }
  int32_t idx = instantiate_func(g, targs, xlist, e->pos);
  if (idx < 0) return r;
  Operand fn;
  fn.mode = Mode::FuncRef;
  fn.type = module_->funcs[idx]->type;
  fn.func = idx;
  fn.obj = g;
  fn.expr = e->fun;
  bound_exprs_[e->fun] = {fn};
  if (multi_key) {
    bound_exprs_[multi_key] = ops;
  } else {
    for (size_t i = 0; i < e->args.size(); i++) bound_exprs_[e->args[i]] = {ops[i]};
  }
  Operand res = call(e, tuple);
  bound_exprs_.erase(e->fun);
  if (multi_key) bound_exprs_.erase(multi_key);
  for (Expr* a : e->args) bound_exprs_.erase(a);
  return res;
}

// F[int] (a generic function instantiated explicitly, not called).
Operand Compiler::generic_index(IndexExpr* e, Object* g) {
  Operand r;
  r.expr = e;
  // The operand naming instance idx (r, invalid, when instantiation failed).
  auto instance_ref = [&](int32_t idx) {
    if (idx < 0) return r;
    Operand f = r;
    f.mode = Mode::FuncRef;
    f.type = module_->funcs[idx]->type;
    f.func = idx;
    f.obj = g;
    return f;
  };
  auto* fd = as<FuncDecl>(g->decl);
  std::vector<Expr*> xlist = type_arg_list(e->index);
  std::string fname = to_string(e->x);
  if (xlist.size() > fd->tparams.size()) {
    error_at(xlist[fd->tparams.size()], "got " + std::to_string(xlist.size()) + " type arguments but want " +
                                            std::to_string(fd->tparams.size()));
    return r;
  }
  if (instantiation_cycle(g, fd->tparams, xlist)) return r;
  std::vector<const Type*> targs;
  for (Expr* x : xlist) {
    const Type* t = type_expr(x);
    if (!t) return r;
    targs.push_back(t);
  }
  auto tps = tparams_of(fd->tparams);
  if (targs.size() < tps.size()) {
    // the rest may follow from core types: slices.Sort[[]int] gives E = int
    targs.resize(tps.size(), nullptr);
    for (int round = 0; round < 2; round++)
      for (size_t i = 0; i < tps.size(); i++) {
        bool tilde;
        if (!targs[i]) continue;
        if (Expr* ct = core_term(tps[i].constraint, &tilde)) unify(ct, targs[i], tps, targs, g->pkg);
      }
    size_t known = 0;
    while (known < targs.size() && targs[known]) known++;
    if (known == targs.size()) return instance_ref(instantiate_func(g, targs, xlist, e->pos));
    targs.resize(known);
    Pos tp = tps[targs.size()].name_node ? tps[targs.size()].name_node->pos : fd->pos;
    std::string file = g->pkg->is_main ? options_.filename : g->pkg->filename;
    error(e->pos, "cannot infer " + tps[targs.size()].name + " (" + file + ":" +
                      std::to_string(tp.line) + ":" + std::to_string(tp.col) + ")");
    return r;
  }
  return instance_ref(instantiate_func(g, targs, xlist, e->pos));
}

// ---- declarations --------------------------------------------------------------------

// Methods whose receiver is a generic type (func (l *List[T]) Push(v T)): kept aside and
// declared on each instance when it is created.
void Compiler::collect_generic_methods() {
  for (auto& p : packages_) {
    for (FuncDecl* fd : p->funcs) {
      if (!fd->recv) continue;
      Expr* rt = unparen(fd->recv->type);
      if (auto* op = as<Operation>(rt); op && op->op == Op::Mul && !op->y) rt = unparen(op->x);
      auto* ie = as<IndexExpr>(rt);
      auto* n = ie ? as<Name>(ie->x) : nullptr;
      if (!n) continue;
      Object* o = p->scope.lookup_local(std::string(n->value));
      if (!o || o->kind != ObjKind::TypeName || !o->generic) continue;
      generic_methods_[o].push_back({fd, p.get()});
      generic_method_fds_.insert(fd);
    }
  }
}

// Type arguments standing for a generic's own type parameters, to check a generic
// that the program never instantiates (Go checks every generic body once): a parameter
// whose constraint has methods only becomes a named interface type with those methods;
// one with a type set becomes its first term (~T: a named type with T's underlying).
// Empty when some parameter cannot be given such a type.
std::vector<const Type*> Compiler::placeholder_targs(const std::vector<Field*>& fields, Package* pkg) {
  std::vector<TParam> tps = tparams_of(fields);
  std::vector<std::string> names;
  std::vector<types::Type*> ph;
  for (auto& tp : tps) {
    names.push_back(tp.name);
    ph.push_back(U->declare_named(pkg->path, tp.name));
  }
  std::vector<const Type*> targs(ph.begin(), ph.end());
  std::vector<bool> done(tps.size(), false);
  Package* saved_pkg = pkg_;
  Scope* saved_scope = scope_;
  pkg_ = pkg;
  scope_ = instance_scope(pkg, names, targs);
  for (size_t round = 0; round <= tps.size(); round++) {
    for (size_t i = 0; i < tps.size(); i++) {
      if (done[i]) continue;
      Constraint c;
      gather_constraint(tps[i].constraint, c);
      if (!c.has_terms) {
        const Type* iface = U->interface_of(c.methods, pkg->path);
        U->set_underlying(ph[i], iface);
        underlying_[ph[i]] = iface;
        done[i] = true;
        continue;
      }
      if (!c.methods.empty()) break;  // a type set with methods: no simple stand-in
      if (round == 0 || c.terms.empty() || !c.terms[0].second) continue;
      auto [tilde, t] = c.terms[0];
      const Type* tu = underlying(t);
      if (!tu || tu->kind == TK::Invalid) continue;
      if (tilde) {
        U->set_underlying(ph[i], tu);
        underlying_[ph[i]] = tu;
      } else {
        targs[i] = t;
      }
      done[i] = true;
    }
  }
  pkg_ = saved_pkg;
  scope_ = saved_scope;
  for (bool d : done)
    if (!d) return {};
  return targs;
}

void Compiler::check_uninstantiated() {
  auto it = by_path_.find("main");
  if (it == by_path_.end()) return;
  Package* mp = it->second;
  for (FuncDecl* fd : mp->funcs) {
    if (fd->recv || fd->tparams.empty()) continue;
    Object* g = mp->scope.lookup_local(std::string(fd->name->value));
    if (!g || g->decl != fd || instance_count_[g] > 0) continue;
    std::vector<const Type*> targs = placeholder_targs(fd->tparams, mp);
    if (!targs.empty()) instantiate_func(g, targs, {}, fd->pos);
  }
  for (Decl* d : mp->file->decls) {
    auto* td = as<TypeDecl>(d);
    if (!td || td->tparams.empty()) continue;
    Object* g = mp->scope.lookup_local(std::string(td->name->value));
    if (!g || g->decl != td || instance_count_[g] > 0) continue;
    std::vector<const Type*> targs = placeholder_targs(td->tparams, mp);
    if (!targs.empty()) instantiate_type(g, targs, {}, td->pos);
  }
  compile_instances();
}

void Compiler::compile_instances() {
  for (size_t i = 0; i < pending_instances_.size(); i++) {
    PendingInstance pi = pending_instances_[i];  // the list grows while we compile
    if (!pi.fd->body) continue;
    FuncState fs;
    fs.f = module_->funcs[pi.func].get();
    fs.func_index = pi.func;
    if (!fs.f->type) continue;
    fs_ = nullptr;
    pkg_ = pi.pkg;
    scope_ = pi.scope;
    instantiating_.push_back(pi.origin);
    compiling_instance_ = true;  // typeinfo.h: generic bodies are marked, not recorded
    if (options_.escape_messages && pkg_ && pkg_->is_main) info_.generic_bodies.insert(pi.fd);
    compile_func_body(fs, pi.fd->type, pi.fd->recv, pi.fd->body, pi.fd->pos);
    compiling_instance_ = false;
    instantiating_.pop_back();
    fs_ = nullptr;
    if (diags_.full()) return;
  }
}

}  // namespace gs::lang
