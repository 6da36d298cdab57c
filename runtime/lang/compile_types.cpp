// compile_types.cpp — types in the compiler: type expressions to descriptors,
// underlying types, Go's assignability/convertibility rules, selectors (fields and
// methods with embedding and promotion), method sets and interface satisfaction
// (Go: types2's typexpr.go, lookup.go, methodset, operand.go's assignableTo).
// Invariant: descriptors come only from the module's Universe, so type identity is
// pointer identity.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

const Type* Compiler::underlying(const Type* t) const {
  if (!t) return t;
  auto it = underlying_.find(t);
  return it == underlying_.end() ? t : it->second;
}

bool Compiler::is_basic(const Type* t) const {
  if (!t) return false;
  switch (t->kind) {
    case TK::Bool: case TK::Int: case TK::Int8: case TK::Int16: case TK::Int32: case TK::Int64:
    case TK::Uint: case TK::Uint8: case TK::Uint16: case TK::Uint32: case TK::Uint64:
    case TK::Uintptr: case TK::Float32: case TK::Float64: case TK::Complex64:
    case TK::Complex128: case TK::String: return true;
    default: return false;
  }
}

BasicKind Compiler::basic_kind(const Type* t) const {
  switch (t->kind) {
    case TK::Bool: return BasicKind::Bool;
    case TK::Int: return BasicKind::Int;
    case TK::Int8: return BasicKind::Int8;
    case TK::Int16: return BasicKind::Int16;
    case TK::Int32: return BasicKind::Int32;
    case TK::Int64: return BasicKind::Int64;
    case TK::Uint: return BasicKind::Uint;
    case TK::Uint8: return BasicKind::Uint8;
    case TK::Uint16: return BasicKind::Uint16;
    case TK::Uint32: return BasicKind::Uint32;
    case TK::Uint64: return BasicKind::Uint64;
    case TK::Uintptr: return BasicKind::Uintptr;
    case TK::Float32: return BasicKind::Float32;
    case TK::Float64: return BasicKind::Float64;
    case TK::Complex64: return BasicKind::Complex64;
    case TK::Complex128: return BasicKind::Complex128;
    case TK::String: return BasicKind::String;
    default: return BasicKind::Int;
  }
}

const Type* Compiler::default_type(BasicKind k) {
  switch (k) {
    case BasicKind::UntypedBool: return U->basic(TK::Bool);
    case BasicKind::UntypedRune: return U->basic(TK::Int32);
    case BasicKind::UntypedFloat: return U->basic(TK::Float64);
    case BasicKind::UntypedComplex: return U->basic(TK::Complex128);
    case BasicKind::UntypedString: return U->basic(TK::String);
    default: return U->basic(TK::Int);
  }
}

std::string Compiler::type_string(const Type* t) const {
  if (!t) return "untyped nil";
  std::string s = t->str;
  // types2 qualifies names relative to the package being checked: drop "main.".
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 5, "main.") == 0 && (i == 0 || !(isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_'))) {
      i += 5;
      continue;
    }
    out += s[i++];
    // reflect joins type arguments with "," (main.Pair[string,int]); types2 with ", "
    if (out.back() == ',' && i < s.size() && s[i] != ' ') out += ' ';
  }
  if (t == U->any_type()) return "any";
  return out;
}

std::string Compiler::tuple_string(const std::vector<const Type*>& ts) const {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) s += (i ? ", " : "") + type_string(ts[i]);
  return s + ")";
}

static bool is_exported_name(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

const Type* Compiler::try_type_expr(Expr* e) {
  if (!e) return nullptr;
  switch (e->kind) {
    case lang::Kind::Name: {
      Object* o = lookup(std::string(as<Name>(e)->value));
      if (!o || o->kind != ObjKind::TypeName) return nullptr;
      return type_expr(e);
    }
    case lang::Kind::SelectorExpr: {
      auto* se = as<SelectorExpr>(e);
      auto* pn = as<Name>(se->x);
      if (!pn) return nullptr;
      Object* o = lookup(std::string(pn->value));
      if (!o || o->kind != ObjKind::Package) return nullptr;
      Object* m = o->imported->scope.lookup_local(std::string(se->sel->value));
      if (!m || m->kind != ObjKind::TypeName) return nullptr;
      return type_expr(e);
    }
    case lang::Kind::ParenExpr: return try_type_expr(as<ParenExpr>(e)->x);
    case lang::Kind::Operation: {
      auto* op = as<Operation>(e);
      if (op->op != Op::Mul || op->y) return nullptr;
      const Type* el = try_type_expr(op->x);
      return el ? U->ptr_to(el) : nullptr;
    }
    case lang::Kind::ArrayType: case lang::Kind::SliceType: case lang::Kind::MapType:
    case lang::Kind::ChanType: case lang::Kind::FuncType: case lang::Kind::StructType:
    case lang::Kind::InterfaceType:
      return type_expr(e);
    case lang::Kind::IndexExpr:
      if (generic_obj(as<IndexExpr>(e)->x, ObjKind::TypeName)) return type_expr(e);
      return nullptr;
    default: return nullptr;
  }
}

const Type* Compiler::type_expr(Expr* e) {
  if (!e) return nullptr;
  switch (e->kind) {
    case lang::Kind::Name: {
      std::string n(as<Name>(e)->value);
      Object* o = lookup(n);
      if (!o) {
        error(e->pos, "undefined: " + n);
        return nullptr;
      }
      o->used = true;
      if (o->kind != ObjKind::TypeName) {
        error(e->pos, n + " is not a type");
        return nullptr;
      }
      if (o->generic) {
        error(e->pos, "cannot use generic type " + n + tparams_string(as<TypeDecl>(o->decl)->tparams) +
                          " without instantiation");
        return nullptr;
      }
      resolve(o);
      if (constraint_ctx_ == 0)
        if (int k = constraint_only(o)) {
          error(e->pos, "cannot use type " + n + " outside a type constraint: " +
                            (k == 2 ? "interface is (or embeds) comparable" : "interface contains type constraints"));
          return nullptr;
        }
      return o->type;
    }
    case lang::Kind::SelectorExpr: {
      auto* se = as<SelectorExpr>(e);
      auto* pn = as<Name>(se->x);
      Object* o = pn ? lookup(std::string(pn->value)) : nullptr;
      if (!o || o->kind != ObjKind::Package) {
        error_at(e, to_string(e) + " is not a type");
        return nullptr;
      }
      o->used = true;
      std::string sel(se->sel->value);
      Object* m = o->imported->scope.lookup_local(sel);
      if (!m || !is_exported_name(sel)) {
        error(se->sel->pos, "undefined: " + to_string(e));
        return nullptr;
      }
      if (m->kind != ObjKind::TypeName) {
        error_at(e, to_string(e) + " is not a type");
        return nullptr;
      }
      if (m->generic) {
        error_at(e, "cannot use generic type " + to_string(e) + tparams_string(as<TypeDecl>(m->decl)->tparams) +
                        " without instantiation");
        return nullptr;
      }
      resolve(m);
      if (constraint_ctx_ == 0)
        if (int k = constraint_only(m)) {
          error_at(e, "cannot use type " + to_string(e) + " outside a type constraint: " +
                          (k == 2 ? "interface is (or embeds) comparable" : "interface contains type constraints"));
          return nullptr;
        }
      return m->type;
    }
    case lang::Kind::ParenExpr: return type_expr(as<ParenExpr>(e)->x);
    case lang::Kind::Operation: {
      auto* op = as<Operation>(e);
      if (op->op == Op::Mul && !op->y) {
        const Type* el = type_expr(op->x);
        return el ? U->ptr_to(el) : nullptr;
      }
      error_at(e, to_string(e) + " is not a type");
      return nullptr;
    }
    case lang::Kind::ArrayType: {
      auto* at = as<ArrayType>(e);
      const Type* el = type_expr(at->elem);
      if (!at->len) {
        error(e->pos, "invalid use of [...] array (outside a composite literal)");
        return nullptr;
      }
      FuncState* saved = fs_;
      Operand n = expr(at->len);
      fs_ = saved;
      if (!n.ok() || !el) return nullptr;
      if (n.mode != Mode::Const) {
        error_at(at->len, "array length " + to_string(at->len) + " (" + operand_string(n).substr(to_string(at->len).size() + 2) + " must be constant");
        return nullptr;
      }
      Constant iv = to_int(n.val);
      auto len = iv.int64_val();
      if (iv.kind() != ConstKind::Int || !len) {
        error_at(at->len, "array length " + to_string(at->len) + " (" + operand_string(n) + ") must be integer");
        return nullptr;
      }
      if (*len < 0) {
        error_at(at->len, "invalid array length " + to_string(at->len) + " (untyped int constant " + iv.to_string() + ")");
        return nullptr;
      }
      const Type* t = U->array_of(el, static_cast<uint64_t>(*len));
      if (!t) error(e->pos, "invalid array length");
      return t;
    }
    case lang::Kind::SliceType: {
      const Type* el = type_expr(as<SliceType>(e)->elem);
      return el ? U->slice_of(el) : nullptr;
    }
    case lang::Kind::MapType: {
      auto* mt = as<MapType>(e);
      const Type* k = type_expr(mt->key);
      const Type* v = type_expr(mt->value);
      if (!k || !v) return nullptr;
      if (k->kind != TK::Invalid && !k->comparable() && k->kind != TK::Interface) {
        error_at(mt->key, "invalid map key type " + type_string(k));
        return nullptr;
      }
      return U->map_of(k, v);
    }
    case lang::Kind::ChanType: {
      auto* ct = as<ChanType>(e);
      const Type* el = type_expr(ct->elem);
      if (!el) return nullptr;
      types::ChanDir d = ct->dir == lang::ChanDir::SendOnly   ? types::ChanDir::Send
                         : ct->dir == lang::ChanDir::RecvOnly ? types::ChanDir::Recv
                                                              : types::ChanDir::Both;
      return U->chan_of(el, d);
    }
    case lang::Kind::FuncType: {
      bool v;
      return func_type(as<FuncType>(e), nullptr, &v);
    }
    case lang::Kind::StructType: {
      auto* st = as<StructType>(e);
      std::vector<types::FieldSpec> fields;
      std::set<std::string> seen;
      for (size_t i = 0; i < st->fields.size(); i++) {
        Field* f = st->fields[i];
        const Type* ft = type_expr(f->type);
        if (!ft) return nullptr;
        std::string tag;
        if (i < st->tags.size() && st->tags[i]) {
          auto c = Constant::from_literal(st->tags[i]->value, LitKind::String);
          if (c) tag = c->string_val();
        }
        std::string name;
        bool embedded = !f->name;
        if (embedded) {
          const Type* b = ft->kind == TK::Pointer && !ft->named() ? ft->elem() : ft;
          name = b->name.empty() ? b->str : b->name;
          if (instance_info_.count(b)) name = name.substr(0, name.find('['));  // List[int] embeds as List
        } else {
          name = std::string(f->name->value);
        }
        if (name != "_" && !seen.insert(name).second) {
          error(f->name ? f->name->pos : f->pos, name + " redeclared\n\t" + options_.filename + ":?: other declaration of " + name);
        }
        fields.emplace_back(name, ft, embedded, tag);
      }
      const Type* t = U->struct_of(fields, pkg_ ? pkg_->path : "main");
      if (!t) error(e->pos, "invalid recursive type");
      return t;
    }
    case lang::Kind::InterfaceType: {
      auto* it = as<InterfaceType>(e);
      std::vector<types::IMethod> methods;
      for (Field* f : it->methods) {
        if (f->name) {
          bool v;
          const Type* mt = func_type(as<FuncType>(f->type), nullptr, &v);
          if (!mt) return nullptr;
          methods.push_back({std::string(f->name->value), mt});
        } else {
          // Type-set elements (~int | string, a non-interface type) only restrict a
          // constraint; satisfies() reads them from the syntax. As a type, the
          // interface keeps its methods.
          if (auto* op = as<Operation>(f->type); op && (op->op == Op::Or || op->op == Op::Tilde)) continue;
          constraint_ctx_++;
          const Type* emb = type_expr(f->type);
          constraint_ctx_--;
          if (!emb) return nullptr;
          if (emb->kind != TK::Interface) continue;
          for (auto& m : emb->interface_type()->methods) {
            bool dup = false;
            for (auto& x : methods) dup |= x.name == m.name;
            if (!dup) methods.push_back(m);
          }
        }
      }
      return U->interface_of(methods, pkg_ ? pkg_->path : "main");
    }
    case lang::Kind::IndexExpr:
      return generic_type_expr(as<IndexExpr>(e));
    default:
      error_at(e, to_string(e) + " is not a type");
      return nullptr;
  }
}

const Type* Compiler::func_type(FuncType* ft, Field* recv, bool* variadic) {
  std::vector<const Type*> in, out;
  *variadic = false;
  if (recv) {
    const Type* r = type_expr(recv->type);
    if (!r) return nullptr;
    in.push_back(r);
  }
  for (size_t i = 0; i < ft->params.size(); i++) {
    Field* f = ft->params[i];
    if (auto* dt = as<DotsType>(f->type)) {
      if (i + 1 != ft->params.size()) {
        error(f->type->pos, "can only use ... with final parameter in list");
        return nullptr;
      }
      const Type* el = type_expr(dt->elem);
      if (!el) return nullptr;
      in.push_back(U->slice_of(el));
      *variadic = true;
      continue;
    }
    const Type* t = type_expr(f->type);
    if (!t) return nullptr;
    in.push_back(t);
  }
  for (Field* f : ft->results) {
    const Type* t = type_expr(f->type);
    if (!t) return nullptr;
    out.push_back(t);
  }
  return U->func_of(in, out, *variadic);
}

int64_t Compiler::field_offset(const Type* st, const std::string& name) {
  for (auto& f : st->struct_type()->fields)
    if (f.name == name) return static_cast<int64_t>(f.offset);
  return -1;
}

// Go's lookupFieldOrMethod: breadth-first over embedded fields; the shallowest match
// wins and two matches at the same depth are ambiguous.
Compiler::Selection Compiler::select(const Type* t0, const std::string& name) {
  struct Cand {
    const Type* t;
    std::vector<std::pair<int64_t, bool>> path;
  };
  Selection none;
  if (!t0) return none;
  std::vector<Cand> level;
  if (t0->kind == TK::Pointer) {
    const Type* el = t0->elem();
    // methods declared on a named pointer type are not allowed; look through *T
    level.push_back({el, {{0, true}}});
    if (el->kind == TK::Pointer) return none;
  } else {
    level.push_back({t0, {}});
  }
  std::set<const Type*> seen;
  for (int depth = 0; depth < 16 && !level.empty(); depth++) {
    std::vector<Selection> found;
    std::vector<Cand> next;
    for (Cand& c : level) {
      const Type* T = c.t;
      if (!seen.insert(T).second && depth > 0) continue;
      if (T->named()) {
        auto it = method_decls_.find(T);
        if (it != method_decls_.end()) {
          for (auto& [fd, p] : it->second) {
            if (fd->name->value != name) continue;
            Selection s;
            s.k = Selection::Method;
            s.path = c.path;
            s.recv_base = T;
            int32_t mfi = method_func(T, fd);
            if (mfi >= 0) {
              const vm::MethodEntry* me = nullptr;
              for (auto& e : module_->methods[U->ptr_to(T)])
                if (e.name == name && e.path.empty()) me = &e;
              s.method = me;
              const Type* ft = module_->funcs[mfi]->type;
              if (ft) {
                auto* f = ft->func_type();
                std::vector<const Type*> in(f->in.begin() + 1, f->in.end());
                s.type = U->func_of(in, f->out, f->variadic);
              }
            }
            found.push_back(s);
          }
        }
      }
      if (T->kind == TK::Interface) {
        auto& ms = T->interface_type()->methods;
        for (size_t i = 0; i < ms.size(); i++)
          if (ms[i].name == name) {
            Selection s;
            s.k = Selection::Method;
            s.path = c.path;
            s.iface_index = static_cast<int>(i);
            s.type = ms[i].typ;
            s.recv_base = T;
            found.push_back(s);
          }
      }
      if (T->kind == TK::Struct) {
        for (auto& f : T->struct_type()->fields) {
          if (f.name == name) {
            Selection s;
            s.k = Selection::Field;
            s.path = c.path;
            s.path.push_back({static_cast<int64_t>(f.offset), false});
            s.type = f.typ;
            found.push_back(s);
          }
          if (f.embedded) {
            Cand n{f.typ, c.path};
            n.path.push_back({static_cast<int64_t>(f.offset), false});
            if (f.typ->kind == TK::Pointer) {
              n.t = f.typ->elem();
              n.path.back().second = true;
            }
            next.push_back(std::move(n));
          }
        }
      }
    }
    if (found.size() == 1) return found[0];
    if (found.size() > 1) {
      Selection s;
      s.ambiguous = true;
      return s;
    }
    level = std::move(next);
  }
  return none;
}

// Creates a Func per method declaration and the method sets of every named type.
void Compiler::finish_methods() {
  for (auto& [base, decls] : method_decls_) {
    if (instance_types_.count(base)) continue;  // finished when instantiated
    finish_methods_for(base, decls, nullptr, base->name);
  }
}

int32_t Compiler::method_func(const Type* base, FuncDecl* fd) const {
  if (auto it = inst_method_funcs_.find({base, fd}); it != inst_method_funcs_.end()) return it->second;
  if (auto it = method_funcs_.find(fd); it != method_funcs_.end()) return it->second;
  return -1;
}

// The methods of one named type: a Func per declaration, its method table and the
// VM's method entries. For an instance of a generic type, scopes[i] binds the type
// parameter names of declaration i's receiver and display is "List[...]".
void Compiler::finish_methods_for(const Type* base, const std::vector<std::pair<FuncDecl*, Package*>>& decls,
                                  const std::vector<Scope*>* scopes, const std::string& display) {
  {
    std::vector<types::Method> tmethods;
    for (size_t di = 0; di < decls.size(); di++) {
      auto [fd, p] = decls[di];
      pkg_ = p;
      scope_ = scopes ? (*scopes)[di] : &p->scope;
      bool ptr = false;
      Expr* rt = fd->recv->type;
      if (auto* op = as<Operation>(rt); op && op->op == Op::Mul && !op->y) ptr = true;
      if (base->kind == TK::Pointer || base->kind == TK::Interface) {
        error(fd->recv->type->pos, "invalid receiver type " + type_string(base) +
                                       (base->kind == TK::Pointer ? " (pointer or interface type)" : " (pointer or interface type)"));
        continue;
      }
      if (type_pkg_.find(base) == type_pkg_.end() || type_pkg_[base] != p) {
        error(fd->recv->name ? fd->recv->name->pos : fd->recv->type->pos, "cannot define new methods on non-local type " + type_string(base));
        continue;
      }
      std::string name(fd->name->value);
      bool dup = false;
      for (auto& m : tmethods) dup |= m.name == name;
      if (dup) {
        error(fd->name->pos, "method " + base->name + "." + name + " already declared");
        continue;
      }
      if (base->kind == TK::Struct) {
        for (auto& f : base->struct_type()->fields)
          if (f.name == name) error(fd->name->pos, "field and method with the same name " + name);
      }
      bool variadic;
      const Type* ft = func_type(fd->type, fd->recv, &variadic);
      if (!ft) continue;
      std::string prefix = p->path == "main" ? "main." : p->path + ".";
      int32_t idx;
      vm::Func* f = new_func(prefix + (ptr ? "(*" + display + ")" : display) + "." + name, fd->pos.line, &idx);
      f->type = ft;
      if (scopes) {
        inst_method_funcs_[{base, fd}] = idx;
        pending_instances_.push_back({fd, p, (*scopes)[di], idx, methods_origin_});
      } else {
        method_funcs_[fd] = idx;
      }
      auto* sig = ft->func_type();
      std::vector<const Type*> in(sig->in.begin() + 1, sig->in.end());
      const Type* mtyp = U->func_of(in, sig->out, sig->variadic);
      tmethods.emplace_back(name, mtyp, static_cast<uint64_t>(idx), static_cast<uint64_t>(idx));
      vm::MethodEntry e;
      e.name = name;
      e.func = idx;
      e.pointer_receiver = ptr;
      module_->methods[U->ptr_to(base)].push_back(e);
      if (!ptr) module_->methods[base].push_back(e);
    }
    U->set_methods(const_cast<Type*>(base), tmethods);
  }
}

bool Compiler::implements(const Type* t, const Type* iface, std::string* missing, bool* pointer_recv) {
  if (pointer_recv) *pointer_recv = false;
  auto* it = iface->interface_type();
  if (!it) return false;
  for (auto& m : it->methods) {
    Selection s = select(t, m.name);
    bool ok = s.k == Selection::Method && s.type == m.typ;
    if (ok && s.method == nullptr && s.iface_index < 0) ok = false;
    if (ok && t->kind != TK::Pointer && t->kind != TK::Interface && s.method && s.method->pointer_receiver) {
      // value method sets exclude pointer-receiver methods unless reached through an embedded pointer
      bool through_ptr = false;
      for (auto& step : s.path) through_ptr |= step.second;
      if (!through_ptr) {
        if (missing) *missing = m.name;
        if (pointer_recv) *pointer_recv = true;
        return false;
      }
    }
    if (!ok) {
      if (missing) *missing = m.name;
      if (s.k == Selection::Method && s.type && s.type != m.typ && missing) *missing = m.name + "#wrongtype";
      return false;
    }
  }
  return true;
}

// Go spec "Assignability" for a typed or untyped operand x and a type t.
bool Compiler::assignable(const Operand& x, const Type* t, std::string* why) {
  if (!t) return false;
  if (x.is_nil) {
    switch (t->kind) {
      case TK::Pointer: case TK::Func: case TK::Slice: case TK::Map: case TK::Chan:
      case TK::Interface: case TK::UnsafePointer: return true;
      default: return false;
    }
  }
  const Type* v = x.type;
  if (!v) return true;  // untyped constants are checked by convert_untyped
  if (v == t) return true;
  const Type* vu = underlying(v);
  const Type* tu = underlying(t);
  if (vu == tu && (!v->named() || !t->named()) && vu->kind != TK::Invalid) {
    // identical underlying types and at least one not named
    if (v->named() && t->named()) return false;
    return true;
  }
  if (t->kind == TK::Interface) {
    std::string missing;
    bool ptr = false;
    if (implements(v, t, &missing, &ptr)) return true;
    if (why) {
      if (ptr) {
        *why = type_string(v) + " does not implement " + type_string(t) + " (method " + missing +
               " has pointer receiver)";
      } else if (missing.size() > 10 && missing.substr(missing.size() - 10) == "#wrongtype") {
        std::string m = missing.substr(0, missing.size() - 10);
        *why = type_string(v) + " does not implement " + type_string(t) + " (wrong type for method " + m + ")";
      } else {
        *why = type_string(v) + " does not implement " + type_string(t) + " (missing method " + missing + ")";
      }
    }
    return false;
  }
  if (vu->kind == TK::Chan && tu->kind == TK::Chan && vu->chan_type()->dir == types::ChanDir::Both &&
      vu->elem() == tu->elem() && (!v->named() || !t->named()))
    return true;
  return false;
}

bool Compiler::convertible(const Operand& x, const Type* t) {
  if (assignable(x, t, nullptr)) return true;
  const Type* v = x.type;
  if (!v) return true;
  const Type* vu = underlying(v);
  const Type* tu = underlying(t);
  if (vu == tu) return true;
  if (vu->kind == TK::Pointer && tu->kind == TK::Pointer && !v->named() && !t->named() &&
      underlying(vu->elem()) == underlying(tu->elem()))
    return true;
  auto numeric = [&](const Type* u) {
    return is_basic(u) && u->kind != TK::String && u->kind != TK::Bool;
  };
  auto integer = [&](const Type* u) { return u->kind >= TK::Int && u->kind <= TK::Uintptr; };
  if (numeric(vu) && numeric(tu)) {
    bool vc = vu->kind == TK::Complex64 || vu->kind == TK::Complex128;
    bool tc = tu->kind == TK::Complex64 || tu->kind == TK::Complex128;
    return vc == tc;
  }
  if (tu->kind == TK::String && integer(vu)) return true;
  auto bytes_or_runes = [&](const Type* u) {
    if (u->kind != TK::Slice) return false;
    const Type* e = underlying(u->elem());
    return e->kind == TK::Uint8 || e->kind == TK::Int32;
  };
  if (tu->kind == TK::String && bytes_or_runes(vu)) return true;
  if (vu->kind == TK::String && bytes_or_runes(tu)) return true;
  if (vu->kind == TK::Slice && tu->kind == TK::Array && vu->elem() == tu->elem()) return true;
  if (vu->kind == TK::Slice && tu->kind == TK::Pointer && tu->elem()->kind == TK::Array &&
      vu->elem() == tu->elem()->elem())
    return true;
  return false;
}

}  // namespace gs::lang
