// compile_access.cpp — selectors, indexing, slicing, composite and function literals,
// type assertions and conversions to interfaces (types2's selector/index/literal
// checks; the code mirrors what Go's walk and ssagen emit for them).
// Invariants: element/field access of an addressable operand stays addressable (a
// Loc), so assignment and & work through it; bounds and nil checks happen in the VM
// instruction that forms the address.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

using VOp = VOp;

static bool exported(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

// Follows a selection path from operand x: each step adds a field offset and, if
// marked, loads the pointer found there.
static Operand walk_path(Compiler& c, Operand x, const std::vector<std::pair<int64_t, bool>>& path, size_t steps,
                         const Type* final_type) {
  for (size_t i = 0; i < steps; i++) {
    auto [off, deref] = path[i];
    if (x.mode == Mode::Value) {
      // a value in the frame: its fields are frame memory
      x.mode = Mode::Var;
      x.loc.mem = true;
      x.obj = nullptr;
    }
    if (x.loc.k == Loc::Frame) x.loc.off += static_cast<int32_t>(off), x.loc.mem = true;
    else x.loc.disp += static_cast<int32_t>(off);
    if (deref) {
      Operand p = x;
      p.type = c.U->basic(TK::UnsafePointer);
      int32_t slot = c.value(p);
      x.mode = Mode::Var;
      x.loc = {Loc::Ind, slot, 0, false};
    }
  }
  x.type = final_type;
  return x;
}

Operand Compiler::selector(SelectorExpr* e) {
  Operand r;
  r.expr = e;
  std::string sel(e->sel->value);
  // package-qualified identifier
  if (auto* pn = as<Name>(e->x)) {
    Object* o = lookup(std::string(pn->value));
    if (o && o->kind == ObjKind::Package) {
      o->used = true;
      Object* m = o->imported->scope.lookup_local(sel);
      if (!m || !exported(sel)) {
        error(e->sel->pos, "undefined: " + std::string(pn->value) + "." + sel);
        return r;
      }
      Scope* saved = scope_;
      scope_ = &o->imported->scope;
      Name tmp;
      tmp.value = m->name;
      tmp.pos = e->sel->pos;
      Operand x = expr(&tmp);
      scope_ = saved;
      x.expr = e;
      return x;
    }
  }
  Operand x = expr_or_type(e->x);
  if (!x.ok()) return r;
  if (x.mode == Mode::TypeExpr) {
    // method expression T.M / (*T).M
    Selection s = select(x.type, sel);
    if (s.k != Selection::Method || !s.method) {
      error(e->sel->pos, to_string(e) + " undefined (type " + type_string(x.type) + " has no method " + sel + ")");
      return r;
    }
    r.mode = Mode::FuncRef;
    r.func = s.method->func;
    r.type = module_->funcs[s.method->func]->type;
    return r;
  }
  if (x.mode == Mode::NoValue || x.is_nil || !x.type) {
    error_at(e, "invalid operation: " + to_string(e) + " (" + operand_string(x) + " has no field or method " + sel + ")");
    return r;
  }
  Selection s = select(x.type, sel);
  if (s.ambiguous) {
    error(e->sel->pos, "ambiguous selector " + to_string(e));
    return r;
  }
  if (s.k == Selection::None) {
    const Type* t = x.type;
    std::string what = "field or method";
    if (underlying(t)->kind == TK::Pointer && underlying(underlying(t)->elem())->kind == TK::Pointer)
      error(e->sel->pos, to_string(e) + " undefined (type " + type_string(t) + " has no field or method " + sel + ")");
    else {
      // Go suggests the exported/unexported variant when it exists
      std::string alt = sel;
      alt[0] = static_cast<char>(exported(sel) ? alt[0] - 'A' + 'a' : alt[0] - 'a' + 'A');
      Selection s2 = isalpha(static_cast<unsigned char>(sel[0])) ? select(t, alt) : Selection{};
      std::string hint = s2.k != Selection::None ? ", but does have " + std::string(s2.k == Selection::Field ? "field " : "method ") + alt : "";
      error(e->sel->pos, to_string(e) + " undefined (type " + type_string(t) + " has no " + what + " " + sel + hint + ")");
    }
    return r;
  }
  if (x.mode == Mode::Var || x.mode == Mode::Value) {
    if (x.mode == Mode::Value && x.type->kind != TK::Pointer && x.loc.k == Loc::Frame) {
      // fine: fields of a value are read from its frame copy
    }
  } else {
    int32_t v = value(x);
    if (v < 0) return r;
    x = make_value(x.type, v);
  }
  if (s.k == Selection::Field) {
    Operand f = walk_path(*this, x, s.path, s.path.size(), s.type);
    f.expr = e;
    f.obj = nullptr;
    if (f.mode == Mode::Value) f.mode = Mode::Var;
    return f;
  }
  // method
  if (s.iface_index >= 0) {
    Operand base = walk_path(*this, x, s.path, s.path.size(), s.recv_base);
    int32_t iv = value(base);
    r.mode = Mode::FuncRef;
    r.iface_method = s.iface_index;
    r.recv = iv;
    r.recv_type = s.recv_base;
    r.type = s.type;
    return r;
  }
  if (!s.method) {
    error(e->sel->pos, "internal error: method " + sel + " has no code");
    return r;
  }
  int32_t rv;
  if (s.method->pointer_receiver && !s.path.empty() && s.path.back().second) {
    // the receiver is a pointer we already hold (p.M() with p a *T, or an embedded
    // *T): pass it as is — nil included, as Go does — rather than dereferencing it
    Operand base = walk_path(*this, x, s.path, s.path.size() - 1, s.recv_base);
    if (base.mode == Mode::Value) {
      base.mode = Mode::Var;
      base.loc.mem = true;
      base.obj = nullptr;
    }
    if (base.loc.k == Loc::Frame) base.loc.off += static_cast<int32_t>(s.path.back().first);
    else base.loc.disp += static_cast<int32_t>(s.path.back().first);
    base.type = U->ptr_to(s.recv_base);
    rv = value(base);
    r.mode = Mode::FuncRef;
    r.func = s.method->func;
    r.recv = rv;
    r.type = s.type;
    return r;
  }
  Operand recv = walk_path(*this, x, s.path, s.path.size(), s.recv_base);
  if (s.method->pointer_receiver) {
    if (recv.mode == Mode::Var) {
      rv = address_of(recv);
    } else {
      error_at(e, "cannot call pointer method " + sel + " on " + type_string(s.recv_base));
      return r;
    }
  } else {
    rv = value(recv);
  }
  r.mode = Mode::FuncRef;
  r.func = s.method->func;
  r.recv = rv;
  r.type = s.type;
  return r;
}

Operand Compiler::index(IndexExpr* e) {
  Operand r;
  r.expr = e;
  Operand x = expr(e->x);
  if (!x.ok()) return r;
  if (x.mode == Mode::FuncRef || !x.type) {
    error_at(e, "invalid operation: cannot index " + operand_string(x));
    return r;
  }
  const Type* u = underlying(x.type);
  if (u->kind == TK::Map) {
    const types::MapType* mt = u->map_type();
    int32_t mv = value(x);
    Operand k = expr(e->index, mt->key);
    if (!k.ok()) return r;
    int32_t kv = value_as(k, mt->key, "map index");
    if (kv < 0) return r;
    r.mode = Mode::MapIndex;
    r.type = mt->elem;
    r.map_off = mv;
    r.key_off = kv;
    r.recv_type = u;
    return r;
  }
  // integer index
  Operand i = expr(e->index);
  if (!i.ok()) return r;
  int64_t const_index = -1;
  if (i.mode == Mode::Const) {
    Constant iv = to_int(i.val);
    if (iv.kind() != ConstKind::Int) {
      error_at(e->index, "invalid argument: index " + operand_string(i) + " must be integer");
      return r;
    }
    if (iv.sign() < 0) {
      error_at(e->index, "invalid argument: index " + operand_string(i) + " must not be negative");
      return r;
    }
    auto v = iv.int64_val();
    const_index = v ? *v : INT64_MAX;
    i.val = iv;
    convert_untyped(i, U->basic(TK::Int), "index");
  } else if (!i.type || !(underlying(i.type)->kind >= TK::Int && underlying(i.type)->kind <= TK::Uintptr)) {
    error_at(e->index, "invalid argument: index " + operand_string(i) + " must be integer");
    return r;
  }
  if (u->kind == TK::String) {
    if (x.mode == Mode::Const && const_index >= 0) {
      const std::string& s = x.val.string_val();
      if (const_index >= static_cast<int64_t>(s.size())) {
        error_at(e->index, "invalid argument: index " + std::to_string(const_index) + " out of bounds [0:" + std::to_string(s.size()) + "]");
        return r;
      }
      r.mode = Mode::Const;
      r.type = U->byte_type();
      r.val = Constant::make_int64(static_cast<unsigned char>(s[static_cast<size_t>(const_index)]));
      return r;
    }
    int32_t sv = value(x);
    int32_t iv = value(i);
    int32_t d = alloc_temp(U->byte_type());
    emit(VOp::StrIndex, d, sv, iv);
    Operand res = make_value(U->byte_type(), d);
    res.expr = e;
    return res;
  }
  if (u->kind == TK::Pointer && underlying(u->elem())->kind == TK::Array) {
    int32_t pv = value(x);
    x.mode = Mode::Var;
    x.loc = {Loc::Ind, pv, 0, false};
    x.type = u->elem();
    u = underlying(u->elem());
  }
  if (u->kind == TK::Array) {
    const types::ArrayType* at = u->array_type();
    if (const_index >= 0 && static_cast<uint64_t>(const_index) >= at->len) {
      error_at(e->index, "invalid argument: index " + std::to_string(const_index) + " out of bounds [0:" + std::to_string(at->len) + "]");
      return r;
    }
    if (const_index >= 0 && (x.mode == Mode::Var || x.mode == Mode::Value)) {
      Operand el = x;
      if (el.mode == Mode::Value) el.mode = Mode::Var;
      if (el.loc.k == Loc::Frame) {
        el.loc.off += static_cast<int32_t>(const_index * static_cast<int64_t>(at->elem->size));
        el.loc.mem = true;
      } else {
        el.loc.disp += static_cast<int32_t>(const_index * static_cast<int64_t>(at->elem->size));
      }
      el.type = at->elem;
      el.expr = e;
      el.obj = nullptr;
      return el;
    }
    int32_t base;
    if (x.mode == Mode::Var) {
      base = address_of(x);
    } else {
      int32_t v = value(x);
      base = alloc_temp(U->basic(TK::UnsafePointer));
      emit(VOp::FrameAddr, base, v);
    }
    int32_t iv = value(i);
    int32_t p = alloc_temp(U->ptr_to(at->elem));
    emit(VOp::IndexArr, p, base, iv, type_index(u));
    Operand el;
    el.mode = Mode::Var;
    el.type = at->elem;
    el.loc = {Loc::Ind, p, 0, false};
    el.expr = e;
    return el;
  }
  if (u->kind == TK::Slice) {
    int32_t sv = value(x);
    int32_t iv = value(i);
    int32_t p = alloc_temp(U->ptr_to(u->elem()));
    emit(VOp::Index, p, sv, iv, static_cast<int32_t>(u->elem()->size));
    Operand el;
    el.mode = Mode::Var;
    el.type = u->elem();
    el.loc = {Loc::Ind, p, 0, false};
    el.expr = e;
    return el;
  }
  error_at(e->x, "invalid operation: cannot index " + operand_string(x));
  return r;
}

Operand Compiler::slice_expr(SliceExpr* e) {
  Operand r;
  r.expr = e;
  Operand x = expr(e->x);
  if (!x.ok()) return r;
  const Type* u = x.type ? underlying(x.type) : (x.ukind == BasicKind::UntypedString ? U->basic(TK::String) : nullptr);
  if (!u) {
    error_at(e, "cannot slice " + operand_string(x));
    return r;
  }
  if (x.mode == Mode::Const && !x.type) convert_untyped(x, U->basic(TK::String), "slice");
  int32_t bounds = alloc_temp(U->array_of(U->basic(TK::Int), 3));
  uint16_t present = 0;
  for (int k = 0; k < 3; k++) {
    if (!e->index[k]) continue;
    Operand i = expr(e->index[k]);
    if (!i.ok()) return r;
    if (i.mode == Mode::Const) {
      Constant iv = to_int(i.val);
      if (iv.kind() != ConstKind::Int) {
        error_at(e->index[k], "invalid argument: index " + operand_string(i) + " must be integer");
        return r;
      }
      if (iv.sign() < 0) {
        error_at(e->index[k], "invalid argument: index " + operand_string(i) + " must not be negative");
        return r;
      }
      i.val = iv;
      convert_untyped(i, U->basic(TK::Int), "slice index");
    } else if (!i.type || !(underlying(i.type)->kind >= TK::Int && underlying(i.type)->kind <= TK::Uintptr)) {
      error_at(e->index[k], "invalid argument: index " + operand_string(i) + " must be integer");
      return r;
    }
    int32_t v = value(i);
    emit(VOp::Mov8, bounds + 8 * k, v);
    present |= static_cast<uint16_t>(1u << k);
  }
  if (u->kind == TK::String) {
    if (e->full) {
      error_at(e, "invalid operation: 3-index slice of string");
      return r;
    }
    int32_t sv = value(x);
    int32_t d = alloc_temp(x.type);
    emit(VOp::SliceStr, d, sv, bounds, 0, present);
    return make_value(x.type, d);
  }
  if (u->kind == TK::Slice) {
    int32_t sv = value(x);
    int32_t d = alloc_temp(x.type);
    emit(VOp::SliceSlice, d, sv, bounds, static_cast<int32_t>(u->elem()->size), present);
    return make_value(x.type, d);
  }
  const Type* arr = nullptr;
  int32_t base = -1;
  if (u->kind == TK::Pointer && underlying(u->elem())->kind == TK::Array) {
    arr = underlying(u->elem());
    base = value(x);
  } else if (u->kind == TK::Array) {
    if (x.mode != Mode::Var) {
      error_at(e, "invalid operation: " + to_string(e) + " (slice of unaddressable value)");
      return r;
    }
    arr = u;
    base = address_of(x);
  } else {
    error_at(e, "cannot slice " + operand_string(x));
    return r;
  }
  const Type* st = U->slice_of(arr->array_type()->elem);
  int32_t d = alloc_temp(st);
  emit(VOp::SliceArr, d, base, bounds, type_index(arr), present);
  return make_value(st, d);
}

Operand Compiler::composite(CompositeLit* e, const Type* hint) {
  Operand r;
  r.expr = e;
  const Type* t = nullptr;
  if (e->type) {
    if (auto* at = as<ArrayType>(e->type); at && !at->len) {
      const Type* el = type_expr(at->elem);
      if (!el) return r;
      // [...]T: length from the literal
      int64_t n = 0, idx = 0;
      for (Expr* el_e : e->elems) {
        if (auto* kv = as<KeyValueExpr>(el_e)) {
          Operand k = expr(kv->key);
          if (k.mode == Mode::Const) {
            auto v = to_int(k.val).int64_val();
            if (v) idx = *v;
          }
        }
        idx++;
        n = std::max(n, idx);
      }
      t = U->array_of(el, static_cast<uint64_t>(n));
    } else {
      t = type_expr(e->type);
    }
  } else {
    t = hint;
    if (t && underlying(t)->kind == TK::Pointer) {
      // an elided &T{...} in a literal of pointers
      Operand v = composite(e, underlying(t)->elem());
      if (!v.ok()) return v;
      int32_t val = value(v);
      int32_t p = alloc_temp(U->ptr_to(v.type));
      emit(VOp::New, p, type_index(v.type));
      Operand cell;
      cell.mode = Mode::Var;
      cell.type = v.type;
      cell.loc = {Loc::Ind, p, 0, false};
      store(cell, val, v.type);
      Operand res = make_value(t, p);
      res.expr = e;
      return res;
    }
  }
  if (!t) {
    if (!e->type) error(e->pos, "invalid composite literal type: missing type");
    return r;
  }
  const Type* u = underlying(t);
  switch (u->kind) {
    case TK::Struct: {
      int32_t d = alloc_temp(t);
      emit(VOp::Zero, d, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, t->size)));
      auto& fields = u->struct_type()->fields;
      if (e->elems.empty()) return make_value(t, d);
      bool keyed = as<KeyValueExpr>(e->elems[0]) != nullptr;
      for (size_t i = 0; i < e->elems.size(); i++) {
        Expr* el = e->elems[i];
        const types::StructField* f = nullptr;
        Expr* ve = el;
        if (keyed) {
          auto* kv = as<KeyValueExpr>(el);
          if (!kv) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            return r;
          }
          auto* kn = as<Name>(kv->key);
          if (!kn) {
            error_at(kv->key, "invalid field name " + to_string(kv->key) + " in struct literal");
            return r;
          }
          for (auto& sf : fields)
            if (sf.name == kn->value) f = &sf;
          if (!f) {
            error(kn->pos, "unknown field " + std::string(kn->value) + " in struct literal of type " + type_string(t));
            continue;
          }
          ve = kv->value;
        } else {
          if (as<KeyValueExpr>(el)) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            return r;
          }
          if (i >= fields.size()) {
            error_at(el, "too many values in struct literal of type " + type_string(t));
            return r;
          }
          f = &fields[i];
        }
        Operand v = expr(ve, f->typ);
        if (!v.ok()) continue;
        int32_t vv = value_as(v, f->typ, "struct literal");
        if (vv < 0) continue;
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = f->typ;
        cell.loc = {Loc::Frame, d + static_cast<int32_t>(f->offset), 0, true};
        store(cell, vv, f->typ);
      }
      if (!keyed && !e->elems.empty() && e->elems.size() < fields.size()) {
        error(e->rbrace, "too few values in struct literal of type " + type_string(t));
      }
      Operand res = make_value(t, d);
      res.expr = e;
      return res;
    }
    case TK::Array:
    case TK::Slice: {
      const Type* et = u->elem();
      int64_t n = 0, idx = 0;
      std::vector<std::pair<int64_t, Expr*>> items;
      for (Expr* el : e->elems) {
        Expr* ve = el;
        if (auto* kv = as<KeyValueExpr>(el)) {
          Operand k = expr(kv->key);
          if (!k.ok()) return r;
          if (k.mode != Mode::Const) {
            error_at(kv->key, "index " + to_string(kv->key) + " must be integer constant");
            return r;
          }
          auto v = to_int(k.val).int64_val();
          idx = v ? *v : 0;
          ve = kv->value;
        }
        if (u->kind == TK::Array && static_cast<uint64_t>(idx) >= u->array_type()->len) {
          error_at(ve, "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(u->array_type()->len) + "]");
          return r;
        }
        items.push_back({idx, ve});
        idx++;
        n = std::max(n, idx);
      }
      int32_t base;
      Loc::Kind lk;
      int32_t d = -1;
      if (u->kind == TK::Array) {
        d = alloc_temp(t);
        emit(VOp::Zero, d, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, t->size)));
        base = d;
        lk = Loc::Frame;
      } else {
        const Type* arr = U->array_of(et, static_cast<uint64_t>(n));
        base = alloc_temp(U->ptr_to(arr));
        emit(VOp::New, base, type_index(arr));
        lk = Loc::Ind;
      }
      for (auto& [i, ve] : items) {
        const Type* hint2 = et;
        Operand v = expr(ve, hint2);
        if (!v.ok()) continue;
        int32_t vv = value_as(v, et, "array or slice literal");
        if (vv < 0) continue;
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = et;
        int32_t off = static_cast<int32_t>(i * static_cast<int64_t>(et->size));
        if (lk == Loc::Frame) cell.loc = {Loc::Frame, base + off, 0, true};
        else cell.loc = {Loc::Ind, base, off, false};
        store(cell, vv, et);
      }
      if (u->kind == TK::Array) {
        Operand res = make_value(t, d);
        res.expr = e;
        return res;
      }
      int32_t s = alloc_temp(t);
      emit(VOp::Mov8, s, base);
      int32_t ns = alloc_temp(U->basic(TK::Int));
      emit(VOp::Const64, ns, static_cast<int32_t>(n), 0);
      emit(VOp::Mov8, s + 8, ns);
      emit(VOp::Mov8, s + 16, ns);
      Operand res = make_value(t, s);
      res.expr = e;
      return res;
    }
    case TK::Map: {
      const types::MapType* mt = u->map_type();
      int32_t m = alloc_temp(t);
      int32_t hint_slot = alloc_temp(U->basic(TK::Int));
      emit(VOp::Const64, hint_slot, static_cast<int32_t>(e->elems.size()), 0);
      emit(VOp::MakeMap, m, hint_slot, 0, type_index(u));
      for (Expr* el : e->elems) {
        auto* kv = as<KeyValueExpr>(el);
        if (!kv) {
          error_at(el, "missing key in map literal");
          continue;
        }
        Operand k = expr(kv->key, mt->key);
        if (!k.ok()) continue;
        int32_t kk = value_as(k, mt->key, "map literal");
        Operand v = expr(kv->value, mt->elem);
        if (!v.ok() || kk < 0) continue;
        int32_t vv = value_as(v, mt->elem, "map literal");
        if (vv < 0) continue;
        Operand slot;
        slot.mode = Mode::MapIndex;
        slot.type = mt->elem;
        slot.map_off = m;
        slot.key_off = kk;
        slot.recv_type = u;
        store(slot, vv, mt->elem);
      }
      Operand res = make_value(t, m);
      res.expr = e;
      return res;
    }
    default:
      error_at(e, "invalid composite literal type " + type_string(t));
      return r;
  }
}

Operand Compiler::func_lit(FuncLit* e) {
  Operand r;
  r.expr = e;
  bool variadic;
  const Type* ft = func_type(e->type, nullptr, &variadic);
  if (!ft) return r;
  FuncState* parent = fs_;
  std::string base = parent ? parent->f->name : "main.glob";
  int n = ++(parent ? parent : &init_fs_)->closure_count;
  int32_t idx;
  vm::Func* f = new_func(base + ".func" + std::to_string(n), e->pos.line, &idx);
  f->type = ft;
  FuncState fs;
  fs.f = f;
  fs.func_index = idx;
  fs.parent = parent;
  Scope* saved_scope = scope_;
  compile_func_body(fs, e->type, nullptr, e->body, e->pos);
  fs_ = parent;
  scope_ = saved_scope;
  if (diags_.count() > 0 && fs.captures.empty()) {
    // keep going: errors are reported; the closure value is still typed
  }
  int32_t d = alloc_temp(ft);
  if (fs.captures.empty()) {
    emit(VOp::FuncVal, d, idx);
    Operand res = make_value(ft, d);
    res.expr = e;
    return res;
  }
  std::vector<types::FieldSpec> fields;
  fields.emplace_back("F", U->basic(TK::Uintptr));
  for (size_t i = 0; i < fs.captures.size(); i++)
    fields.emplace_back("X" + std::to_string(i), U->basic(TK::UnsafePointer));
  const Type* ct = U->struct_of(fields, "main");
  emit(VOp::MakeClosure, d, idx, type_index(ct), static_cast<int32_t>(fs.captures.size()));
  for (size_t i = 0; i < fs.captures.size(); i++) {
    Operand v = var_operand(fs.captures[i]);  // in the parent: Ind{cell slot, 0}
    emit(VOp::Store8, d, static_cast<int32_t>(8 * (i + 1)), v.loc.off, 8, 1);
  }
  Operand res = make_value(ft, d);
  res.expr = e;
  return res;
}

Operand Compiler::type_assert(AssertExpr* e, bool comma_ok, std::vector<Operand>* tuple) {
  Operand r;
  r.expr = e;
  Operand x = expr(e->x);
  if (!x.ok()) return r;
  if (!x.type || underlying(x.type)->kind != TK::Interface) {
    error_at(e->x, "invalid operation: " + to_string(e->x) + " (" + operand_string(x).substr(to_string(e->x).size() + 2) .insert(0, "") + " is not an interface");
    return r;
  }
  if (!e->type) {
    error_at(e, "use of .(type) outside type switch");
    return r;
  }
  const Type* t = type_expr(e->type);
  if (!t) return r;
  const Type* xu = underlying(x.type);
  bool src_iface = !xu->interface_type()->methods.empty();
  if (underlying(t)->kind != TK::Interface) {
    std::string missing;
    bool ptr = false;
    if (src_iface && !implements(t, xu, &missing, &ptr)) {
      error_at(e->type, "impossible type assertion: " + to_string(e->x) + ".(" + to_string(e->type) + ")\n\t" +
                            type_string(t) + " does not implement " + type_string(x.type) + " (" +
                            (ptr ? "method " + missing + " has pointer receiver" : "missing method " + missing) + ")");
      return r;
    }
    ensure_method_set(t, "");
  }
  int32_t v = value(x);
  int32_t d = alloc_temp(t);
  int32_t ok = comma_ok ? alloc_temp(U->basic(TK::Bool)) : -1;
  uint16_t flags = static_cast<uint16_t>((comma_ok ? 1 : 0) | (src_iface ? 2 : 0));
  if (underlying(t)->kind == TK::Interface) emit(VOp::AssertIface, d, v, ok, type_index(t), flags);
  else emit(VOp::Assert, d, v, ok, type_index(t), flags);
  Operand res = make_value(t, d);
  res.expr = e;
  if (comma_ok && tuple) {
    tuple->push_back(res);
    Operand okv = make_value(nullptr, ok);
    okv.ukind = BasicKind::UntypedBool;
    okv.expr = e;
    tuple->push_back(okv);
  }
  return res;
}

// ---- interfaces --------------------------------------------------------------------

int32_t Compiler::to_iface(Operand& x, const Type* iface) {
  int32_t v = value(x);
  if (v < 0) return v;
  const Type* t = x.type;
  ensure_method_set(t, "");
  int32_t d = alloc_temp(iface);
  if (iface->interface_type()->methods.empty()) {
    emit(VOp::ConvIface, d, v, -1, type_index(t));
  } else {
    int32_t itab = itab_for(t, iface);
    emit(VOp::ConvIfaceItab, d, v, itab, type_index(t));
  }
  return d;
}

int32_t Compiler::itab_for(const Type* concrete, const Type* iface) {
  std::string missing;
  vm::Itab* it = module_->getitab(iface, concrete, &missing);
  if (!it) return -1;
  for (size_t i = 0; i < module_->itabs.size(); i++)
    if (&module_->itabs[i] == it) return static_cast<int32_t>(i);
  return -1;
}

// Computes (once) the interface-callable method set of t: for each method in t's
// method set, a function taking the interface data word as its receiver — the method
// itself when that word already is its receiver, else a generated wrapper (Go's
// autogenerated "(*T).M" wrappers).
const vm::MethodEntry* Compiler::ensure_method_set(const Type* t, const std::string& name) {
  auto found = module_->iface_methods.find(t);
  if (found == module_->iface_methods.end()) {
    std::vector<vm::MethodEntry> entries;
    if (t->kind != TK::Interface) {
      // names reachable: methods declared on the named types met while walking embedded fields
      std::set<std::string> names;
      std::vector<const Type*> work{t->kind == TK::Pointer ? t->elem() : t};
      std::set<const Type*> seen;
      while (!work.empty()) {
        const Type* c = work.back();
        work.pop_back();
        if (!seen.insert(c).second) continue;
        if (auto it = method_decls_.find(c); it != method_decls_.end())
          for (auto& [fd, p] : it->second) names.insert(std::string(fd->name->value));
        if (c->kind == TK::Interface)
          for (auto& m : c->interface_type()->methods) names.insert(m.name);
        if (c->kind == TK::Struct)
          for (auto& f : c->struct_type()->fields)
            if (f.embedded) work.push_back(f.typ->kind == TK::Pointer ? f.typ->elem() : f.typ);
      }
      for (const std::string& n : names) {
        Selection s = select(t, n);
        if (s.k != Selection::Method) continue;
        bool through_ptr = t->kind == TK::Pointer;
        for (auto& st : s.path) through_ptr |= st.second;
        if (s.method && s.method->pointer_receiver && !through_ptr) continue;  // not in T's method set
        vm::MethodEntry me;
        me.name = n;
        me.pointer_receiver = s.method ? s.method->pointer_receiver : false;
        me.func = iface_wrapper(t, n);
        if (me.func >= 0) entries.push_back(me);
      }
    }
    found = module_->iface_methods.emplace(t, std::move(entries)).first;
  }
  for (auto& m : found->second)
    if (m.name == name) return &m;
  return nullptr;
}

int32_t Compiler::iface_wrapper(const Type* t, const std::string& name) {
  Selection s = select(t, name);
  bool direct = t->direct_iface;
  // The receiver word is already the method's receiver: call the method directly.
  if (s.iface_index < 0 && s.method) {
    bool only_ptr_deref = t->kind == TK::Pointer && s.path.size() == 1 && s.path[0].first == 0;
    if (only_ptr_deref && s.method->pointer_receiver) return s.method->func;
    if (s.path.empty() && direct && !s.method->pointer_receiver && t->kind != TK::Pointer) return s.method->func;
  }
  // Generate a wrapper: func(recv unsafe.Pointer, params...) results.
  std::vector<const Type*> in{U->basic(TK::UnsafePointer)};
  in.insert(in.end(), s.type->func_type()->in.begin(), s.type->func_type()->in.end());
  const Type* wt = U->func_of(in, s.type->func_type()->out, s.type->func_type()->variadic);
  int32_t idx;
  std::string tn = t->kind == TK::Pointer ? type_string(t->elem()) : type_string(t);
  Package* saved_pkg = pkg_;
  vm::Func* f = new_func("main.(*" + tn + ")." + name, 0, &idx);
  f->file = "<autogenerated>";
  f->decl_line = 1;
  f->type = wt;
  FuncState fs;
  fs.f = f;
  fs.func_index = idx;
  FuncState* saved = fs_;
  fs_ = &fs;
  int32_t results_off, total;
  auto* wsig = wt->func_type();
  std::vector<int32_t> offs = param_offsets(wsig, &results_off, &total, false, nullptr);
  f->params_size = results_off;
  f->args_size = total;
  f->results_off = results_off;
  f->frame_size = vm::kFrameHeader + total;
  fs.ptr_words.assign(f->frame_size / 8, false);
  fs.ptr_words[vm::kSavedFp / 8] = true;
  fs.ptr_words[vm::kClosureCtx / 8] = true;
  for (size_t i = 0; i < wsig->in.size() + wsig->out.size(); i++) {
    const Type* pt = i < wsig->in.size() ? wsig->in[i] : wsig->out[i - wsig->in.size()];
    for (uint64_t w = 0; w * 8 < pt->size; w++)
      if (pt->word_is_pointer(w)) fs.ptr_words[(vm::kFrameHeader + offs[i]) / 8 + w] = true;
  }
  fs.last_line = -1;
  f->lines.push_back({0, 1});
  // p: pointer to the receiver value
  int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
  if (direct) emit(VOp::FrameAddr, p, vm::kFrameHeader + offs[0]);
  else emit(VOp::Mov8, p, vm::kFrameHeader + offs[0]);
  for (auto& [off, deref] : s.path) {
    if (off) emit(VOp::AddImm, p, p, static_cast<int32_t>(off));
    if (deref) {
      emit(VOp::NilCheck, p);
      emit(VOp::Load8, p, p, 0);
    }
  }
  const types::FuncType* inner_sig;
  int32_t inner_results_off, inner_total;
  if (s.iface_index >= 0) {
    std::vector<const Type*> in2{U->basic(TK::UnsafePointer)};
    in2.insert(in2.end(), s.type->func_type()->in.begin(), s.type->func_type()->in.end());
    inner_sig = U->func_of(in2, s.type->func_type()->out, s.type->func_type()->variadic)->func_type();
  } else {
    inner_sig = module_->funcs[s.method->func]->type->func_type();
  }
  std::vector<int32_t> ioffs = param_offsets(inner_sig, &inner_results_off, &inner_total, false, nullptr);
  int32_t block = alloc_temp_shape(inner_total, [&] {
    std::vector<bool> ptrs(static_cast<size_t>(std::max(inner_total, 8) / 8), false);
    for (size_t i = 0; i < inner_sig->in.size() + inner_sig->out.size(); i++) {
      const Type* pt = i < inner_sig->in.size() ? inner_sig->in[i] : inner_sig->out[i - inner_sig->in.size()];
      for (uint64_t w = 0; w * 8 < pt->size; w++)
        if (pt->word_is_pointer(w)) ptrs[ioffs[i] / 8 + w] = true;
    }
    return ptrs;
  }());
  int32_t iface_slot = -1;
  if (s.iface_index >= 0) {
    iface_slot = alloc_temp(s.recv_base);
    emit(VOp::LoadN, iface_slot, p, 0, 16);
  } else if (s.method->pointer_receiver) {
    emit(VOp::Mov8, block + ioffs[0], p);
  } else {
    const Type* rt = inner_sig->in[0];
    emit(rt->size <= 8 ? VOp::LoadN : VOp::LoadN, block + ioffs[0], p, 0, static_cast<int32_t>(rt->size));
  }
  for (size_t i = 1; i < inner_sig->in.size(); i++)
    emit(VOp::MovN, block + ioffs[i], vm::kFrameHeader + offs[i], 0, static_cast<int32_t>(inner_sig->in[i]->size));
  if (s.iface_index >= 0) emit(VOp::CallIface, block, iface_slot, s.iface_index, 0, 1);
  else emit(VOp::Call, block, s.method->func);
  for (size_t i = 0; i < inner_sig->out.size(); i++)
    emit(VOp::MovN, vm::kFrameHeader + offs[wsig->in.size() + i], block + ioffs[inner_sig->in.size() + i], 0,
         static_cast<int32_t>(inner_sig->out[i]->size));
  f->ret_pc = static_cast<int32_t>(emit(VOp::Ret));
  f->frame_size = (f->frame_size + 15) & ~15;
  fs.ptr_words.resize(f->frame_size / 8, false);
  f->ptrbits.assign((fs.ptr_words.size() + 7) / 8, 0);
  for (size_t i = 0; i < fs.ptr_words.size(); i++)
    if (fs.ptr_words[i]) f->ptrbits[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
  fs_ = saved;
  pkg_ = saved_pkg;
  return idx;
}

}  // namespace gs::lang

namespace gs::lang {

// A func value must name bytecode (CallClosure enters a frame); a native gets a
// two-instruction function whose parameter area is the native's frame buffer.
int32_t Compiler::native_value_wrapper(int32_t func) {
  vm::Func* target = module_->funcs[func].get();
  if (!target->bodyless) return func;
  if (auto it = native_wrappers_.find(func); it != native_wrappers_.end()) return it->second;
  int32_t idx;
  Package* saved_pkg = pkg_;
  vm::Func* f = new_func(target->name, target->decl_line, &idx);
  pkg_ = saved_pkg;
  f->type = target->type;
  f->file = target->file;
  int32_t results_off, total;
  std::vector<int32_t> offs = param_offsets(f->type->func_type(), &results_off, &total, false, nullptr);
  f->params_size = results_off;
  f->args_size = total;
  f->results_off = results_off;
  f->frame_size = (vm::kFrameHeader + total + 15) & ~15;
  std::vector<bool> words(static_cast<size_t>(f->frame_size / 8), false);
  words[vm::kSavedFp / 8] = words[vm::kClosureCtx / 8] = true;
  auto* sig = f->type->func_type();
  for (size_t i = 0; i < sig->in.size() + sig->out.size(); i++) {
    const Type* pt = i < sig->in.size() ? sig->in[i] : sig->out[i - sig->in.size()];
    for (uint64_t w = 0; w * 8 < pt->size; w++)
      if (pt->word_is_pointer(w)) words[(vm::kFrameHeader + offs[i]) / 8 + w] = true;
  }
  f->ptrbits.assign((words.size() + 7) / 8, 0);
  for (size_t i = 0; i < words.size(); i++)
    if (words[i]) f->ptrbits[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
  vm::Instr call;
  call.op = VOp::CallNative;
  call.a = vm::kFrameHeader;
  call.b = func;
  f->code.push_back(call);
  vm::Instr ret;
  ret.op = VOp::Ret;
  f->code.push_back(ret);
  f->ret_pc = 1;
  f->lines.push_back({0, target->decl_line});
  native_wrappers_[func] = idx;
  return idx;
}

}  // namespace gs::lang
