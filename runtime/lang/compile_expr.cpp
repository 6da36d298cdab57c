// compile_expr.cpp — expressions: type-checks each one (types2's expr.go, call.go,
// index.go, conversions.go) and emits the code that computes it in the same walk.
// Invariant: see compile_internal.h (Operand modes, temporaries by shape).
#include <algorithm>
#include <cstring>

#include "lang/compile_internal.h"
#include "lang/utf8.h"

namespace gs::lang {

using VOp = VOp;

namespace {
bool is_integer_kind(TK k) { return k >= TK::Int && k <= TK::Uintptr; }
bool is_unsigned_kind(TK k) { return k >= TK::Uint && k <= TK::Uintptr; }
bool is_float_kind(TK k) { return k == TK::Float32 || k == TK::Float64; }
bool is_numeric_kind(TK k) { return k >= TK::Int && k <= TK::Complex128; }
bool is_complex_kind(TK k) { return k == TK::Complex64 || k == TK::Complex128; }
bool is_small_scalar(const Type* t) {
  switch (t->kind) {
    case TK::Bool: case TK::Int8: case TK::Int16: case TK::Int32: case TK::Uint8:
    case TK::Uint16: case TK::Uint32: case TK::Float32: return true;
    default: return false;
  }
}
bool is_scalar8(const Type* t) {
  switch (t->kind) {
    case TK::Int: case TK::Int64: case TK::Uint: case TK::Uint64: case TK::Uintptr:
    case TK::Float64: case TK::Pointer: case TK::Map: case TK::Chan: case TK::Func:
    case TK::UnsafePointer: return true;
    default: return false;
  }
}
VOp load_op(const Type* t) {
  switch (t->kind) {
    case TK::Bool: case TK::Uint8: return VOp::Load1U;
    case TK::Int8: return VOp::Load1S;
    case TK::Int16: return VOp::Load2S;
    case TK::Uint16: return VOp::Load2U;
    case TK::Int32: return VOp::Load4S;
    case TK::Uint32: case TK::Float32: return VOp::Load4U;
    default: return is_scalar8(t) ? VOp::Load8 : VOp::LoadN;
  }
}
VOp store_op(const Type* t) {
  if (is_scalar8(t)) return VOp::Store8;
  switch (t->size) {
    case 1: if (is_small_scalar(t)) return VOp::Store1; break;
    case 2: if (is_small_scalar(t)) return VOp::Store2; break;
    case 4: if (is_small_scalar(t)) return VOp::Store4; break;
  }
  return t->pointers() ? VOp::StoreTyped : VOp::StoreN;
}
VOp ext_op(TK k) {
  switch (k) {
    case TK::Int8: return VOp::Ext1S;
    case TK::Uint8: return VOp::Ext1U;
    case TK::Int16: return VOp::Ext2S;
    case TK::Uint16: return VOp::Ext2U;
    case TK::Int32: return VOp::Ext4S;
    case TK::Uint32: return VOp::Ext4U;
    default: return VOp::Nop;
  }
}
}  // namespace

// ---- operands ----------------------------------------------------------------------

std::string Compiler::operand_string(const Operand& x) const {
  std::string e = x.expr ? to_string(x.expr) : "?";
  if (x.is_nil) return "nil";
  if (x.mode == Mode::Const) {
    ConstOperand c;
    c.expr = e;
    c.val = x.val;
    if (x.type) {
      c.type = basic_kind(x.type);
      if (x.type->named() && x.type->pkg_path == "main") c.type_name = type_string(x.type);
      else if (x.type->named() && !x.type->pkg_path.empty()) c.type_name = type_string(x.type);
    } else {
      c.type = x.ukind;
    }
    return lang::operand_string(c);
  }
  std::string what = x.mode == Mode::Var && x.obj ? "variable" : "value";
  if (x.mode == Mode::MapIndex) what = "map index expression";
  if (x.mode == Mode::Value && x.expr) {
    // types2's commaok mode: a receive or a type assertion, possibly parenthesized
    const Expr* inner = x.expr;
    while (auto* p = as<ParenExpr>(inner)) inner = p->x;
    auto* op = as<Operation>(inner);
    if ((op && op->op == Op::Recv && !op->y) || as<AssertExpr>(inner)) what = "comma, ok expression";
  }
  if (!x.type) return e + " (untyped " + std::string(basic_name(x.ukind)).substr(8) + " value)";
  return e + " (" + what + " of type " + type_string(x.type) + ")";
}

Operand Compiler::var_operand(Object* o) {
  Operand x;
  x.mode = Mode::Var;
  x.type = o->type;
  x.obj = o;
  switch (o->storage) {
    case Storage::Frame:
      x.loc = {Loc::Frame, o->off, 0, false};
      if (o->owner != fs_ && o->owner) {
        if (o->byval) {
          // captured by value: the copy sits in this closure's object
          const int32_t off = capture(fs_, o);
          int32_t ctx_ptr = alloc_temp(U->basic(TK::UnsafePointer));
          emit(VOp::Mov8, ctx_ptr, vm::kClosureCtx);
          x.loc = {Loc::Ind, ctx_ptr, off, false};
        } else {
          // A variable of an enclosing function: must have been captured (heap cell).
          x.mode = Mode::Invalid;
        }
      }
      break;
    case Storage::HeapCell:
      if (o->owner == fs_) {
        x.loc = {Loc::Ind, o->off, 0, false};
      } else {
        // captured by reference: its cell pointer sits in the closure object
        const int32_t off = capture(fs_, o);
        int32_t ctx_ptr = alloc_temp(U->basic(TK::UnsafePointer));
        emit(VOp::Mov8, ctx_ptr, vm::kClosureCtx);
        int32_t cell = alloc_temp(U->basic(TK::UnsafePointer));
        emit(VOp::Load8, cell, ctx_ptr, off);
        x.loc = {Loc::Ind, cell, 0, false};
      }
      break;
    case Storage::Global: x.loc = {Loc::Glob, o->off, 0, false}; break;
    default: break;
  }
  return x;
}

int32_t Compiler::capture(FuncState* f, Object* o) {
  for (size_t i = 0; i < f->captures.size(); i++)
    if (f->captures[i] == o) return f->capture_offs[i];
  // A closure nested in another closure: the enclosing one captures it too.
  if (f->parent && f->parent != o->owner) capture(f->parent, o);
  const Type* t = o->byval ? o->type : U->basic(TK::UnsafePointer);
  const int32_t a = std::max<int32_t>(1, static_cast<int32_t>(t->field_align));
  const int32_t off = (f->capture_end + a - 1) / a * a;
  f->captures.push_back(o);
  f->capture_offs.push_back(off);
  f->capture_end = off + static_cast<int32_t>(t->size);
  return off;
}

int32_t Compiler::string_const(const std::string& s) {
  int32_t dst = alloc_temp(U->basic(TK::String));
  if (s.empty()) {
    emit(VOp::Zero, dst, 0, 0, 16);
    return dst;
  }
  module_->string_data.push_back(s);
  const std::string& stored = module_->string_data.back();
  uint64_t p = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(stored.data()));
  emit(VOp::Const64, dst, static_cast<int32_t>(p & 0xffffffffu), static_cast<int32_t>(p >> 32));
  uint64_t n = s.size();
  emit(VOp::Const64, dst + 8, static_cast<int32_t>(n & 0xffffffffu), static_cast<int32_t>(n >> 32));
  return dst;
}

int32_t Compiler::const_value(const Constant& c, const Type* t) {
  const Type* u = underlying(t);
  if (u->kind == TK::String) {
    return string_const(c.kind() == ConstKind::String ? c.string_val() : "");
  }
  int32_t dst = alloc_temp(t);
  uint64_t bits = 0;
  if (u->kind == TK::Bool) {
    bits = c.bool_val() ? 1 : 0;
  } else if (u->kind == TK::Float64) {
    double d = c.float64_val();
    std::memcpy(&bits, &d, 8);
  } else if (u->kind == TK::Float32) {
    float f = c.float32_val();
    uint32_t b32;
    std::memcpy(&b32, &f, 4);
    bits = b32;
  } else if (u->kind == TK::Complex128 || u->kind == TK::Complex64) {
    double re = real(c).float64_val(), im = imag(c).float64_val();
    if (u->kind == TK::Complex128) {
      uint64_t a, b;
      std::memcpy(&a, &re, 8);
      std::memcpy(&b, &im, 8);
      emit(VOp::Const64, dst, static_cast<int32_t>(a & 0xffffffffu), static_cast<int32_t>(a >> 32));
      emit(VOp::Const64, dst + 8, static_cast<int32_t>(b & 0xffffffffu), static_cast<int32_t>(b >> 32));
      return dst;
    }
    float fr = static_cast<float>(re), fi = static_cast<float>(im);
    uint32_t a, b;
    std::memcpy(&a, &fr, 4);
    std::memcpy(&b, &fi, 4);
    bits = a | (static_cast<uint64_t>(b) << 32);
  } else {
    Constant iv = to_int(c);
    if (auto v = iv.int64_val()) bits = static_cast<uint64_t>(*v);
    else if (auto w = iv.uint64_val()) bits = *w;
  }
  emit(VOp::Const64, dst, static_cast<int32_t>(bits & 0xffffffffu), static_cast<int32_t>(bits >> 32));
  return dst;
}

void Compiler::convert_untyped(Operand& x, const Type* target, const char* context) {
  if (!x.ok() || !target) return;
  if (x.is_nil) {
    Operand n = x;
    if (!assignable(n, target, nullptr)) {
      error_at(x.expr, std::string("cannot use nil as ") + type_string(target) + " value in " + context);
      x.mode = Mode::Invalid;
      return;
    }
    x.type = target;
    x.is_nil = true;
    return;
  }
  if (x.type) return;
  const Type* tu = underlying(target);
  if (tu->kind == TK::Interface) {
    if (tu->interface_type()->methods.empty()) {
      x.type = default_type(x.ukind);
      if (x.mode == Mode::Const) {
        ConstOperand c{x.expr ? to_string(x.expr) : "", x.ukind, x.val, ""};
        auto err = check_assignment(c, basic_kind(x.type), context);
        if (err) {
          error_at(x.expr, *err);
          x.mode = Mode::Invalid;
          return;
        }
        x.val = c.val;
      }
    } else {
      error_at(x.expr, "cannot use " + operand_string(x) + " as " + type_string(target) + " value in " + context +
                           ": " + type_string(default_type(x.ukind)) + " does not implement " + type_string(target) +
                           " (missing method " + tu->interface_type()->methods[0].name + ")");
      x.mode = Mode::Invalid;
    }
    return;
  }
  if (!is_basic(tu)) {
    error_at(x.expr, "cannot use " + operand_string(x) + " as " + type_string(target) + " value in " + context);
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Const) {
    ConstOperand c{x.expr ? to_string(x.expr) : "", x.ukind, x.val, ""};
    std::string tname = target->named() && !(target->pkg_path.empty()) ? type_string(target) : "";
    auto err = check_assignment(c, basic_kind(tu), context, tname);
    if (err) {
      error_at(x.expr, *err);
      x.mode = Mode::Invalid;
      return;
    }
    x.val = c.val;
    x.type = target;
    return;
  }
  // untyped non-constant values: bool from comparisons, or shifted untyped values
  if (x.ukind == BasicKind::UntypedBool) {
    if (tu->kind != TK::Bool) {
      error_at(x.expr, "cannot use " + operand_string(x) + " as " + type_string(target) + " value in " + context);
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.type = target;
}

int32_t Compiler::value(Operand& x) {
  switch (x.mode) {
    case Mode::Const: {
      if (!x.type) {
        convert_untyped(x, default_type(x.ukind), "assignment");
        if (!x.ok()) return -1;
      }
      return const_value(x.val, x.type);
    }
    case Mode::Value:
      if (x.is_nil) {
        if (!x.type) {
          error_at(x.expr, "use of untyped nil in assignment");
          return -1;
        }
        int32_t d = alloc_temp(x.type);
        emit(VOp::Zero, d, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, x.type->size)));
        return d;
      }
      if (!x.type) x.type = default_type(x.ukind);
      return x.loc.off;
    case Mode::Var: {
      const Type* t = x.type;
      switch (x.loc.k) {
        case Loc::Frame:
          if (x.loc.mem && is_small_scalar(t)) {
            int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
            emit(VOp::FrameAddr, p, x.loc.off);
            int32_t d = alloc_temp(t);
            emit(load_op(t), d, p, 0, 0);
            return d;
          }
          return x.loc.off;
        case Loc::Ind: {
          int32_t d = alloc_temp(t);
          emit(load_op(t), d, x.loc.off, x.loc.disp, static_cast<int32_t>(t->size));
          return d;
        }
        case Loc::Glob: {
          // a field or constant-indexed element of a global: disp is its offset within
          const int32_t g = x.loc.off + x.loc.disp;
          int32_t d = alloc_temp(t);
          if (is_small_scalar(t)) {
            int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
            emit(VOp::GlobalAddr, p, g);
            emit(load_op(t), d, p, 0, 0);
          } else if (is_scalar8(t)) {
            emit(VOp::LoadG8, d, g);
          } else {
            emit(VOp::LoadGN, d, g, 0, static_cast<int32_t>(t->size));
          }
          return d;
        }
        default: return -1;
      }
    }
    case Mode::MapIndex: {
      int32_t d = alloc_temp(x.type);
      emit(VOp::MapIndex, d, x.map_off, x.key_off, type_index(x.recv_type));
      return d;
    }
    case Mode::FuncRef: {
      if (x.recv >= 0 || x.iface_method >= 0) {
        // a method value x.M: a closure holding a copy of the receiver (Go: the
        // "M-fm" wrapper and its closure)
        const Type* rt = x.iface_method >= 0 ? x.recv_type : module_->funcs[x.func]->type->func_type()->in[0];
        const Type* ct = U->struct_of({types::FieldSpec("F", U->basic(TK::Uintptr)), types::FieldSpec("R", rt)}, "main");
        int32_t wrapper = method_value_wrapper(x.func, rt, x.iface_method, x.type);
        int32_t d = alloc_temp(x.type);
        emit(VOp::MakeClosure, d, wrapper, type_index(ct), 1);
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = rt;
        cell.loc = {Loc::Ind, d, 8, false};
        store(cell, x.recv, rt);
        return d;
      }
      int32_t d = alloc_temp(x.type);
      emit(VOp::FuncVal, d, native_value_wrapper(x.func));
      return d;
    }
    case Mode::NoValue:
      error_at(x.expr, to_string(x.expr) + " (no value) used as value");
      return -1;
    case Mode::TypeExpr:
      error_at(x.expr, to_string(x.expr) + " (type) is not an expression");
      return -1;
    case Mode::BuiltinFn:
      error_at(x.expr, to_string(x.expr) + " (built-in function " + to_string(x.expr) + ") must be called");
      return -1;
    case Mode::PackageName:
      error_at(x.expr, "use of package " + to_string(x.expr) + " not in selector");
      return -1;
    default: return -1;
  }
}

void Compiler::load_into(Operand& x, int32_t dst, const Type* t) {
  int32_t v = value(x);
  if (v < 0 || v == dst) return;
  if (t->size <= 8 && (is_scalar8(t) || is_small_scalar(t))) emit(VOp::Mov8, dst, v);
  else emit(VOp::MovN, dst, v, 0, static_cast<int32_t>(t->size));
}

void Compiler::store(const Operand& lhs, int32_t src, const Type* t) {
  if (src < 0) return;
  int32_t size = static_cast<int32_t>(t->size);
  switch (lhs.mode == Mode::MapIndex ? Loc::None : lhs.loc.k) {
    case Loc::Frame:
      if (lhs.loc.mem && is_small_scalar(t)) {
        int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
        emit(VOp::FrameAddr, p, lhs.loc.off);
        emit(store_op(t), p, 0, src, size);
      } else if (is_scalar8(t) || (is_small_scalar(t) && !lhs.loc.mem)) {
        if (lhs.loc.off != src && !retarget_last(src, lhs.loc.off)) emit(VOp::Mov8, lhs.loc.off, src);
      } else if (size > 0) {
        emit(VOp::MovN, lhs.loc.off, src, 0, size);
      }
      return;
    case Loc::Ind: {
      VOp op = store_op(t);
      emit(op, lhs.loc.off, lhs.loc.disp, src, op == VOp::StoreTyped ? type_index(t) : size,
           t->pointers() ? 1 : 0);
      return;
    }
    case Loc::Glob:
      if (is_small_scalar(t)) {
        int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
        emit(VOp::GlobalAddr, p, (lhs.loc.off + lhs.loc.disp));
        emit(store_op(t), p, 0, src, size);
      } else if (is_scalar8(t)) {
        emit(VOp::StoreG8, (lhs.loc.off + lhs.loc.disp), 0, src, 8, t->pointers() ? 1 : 0);
      } else if (t->pointers()) {
        emit(VOp::StoreGTyped, (lhs.loc.off + lhs.loc.disp), 0, src, type_index(t));
      } else {
        emit(VOp::StoreGN, (lhs.loc.off + lhs.loc.disp), 0, src, size);
      }
      return;
    default:
      if (lhs.mode == Mode::MapIndex) {
        int32_t p = alloc_temp(U->basic(TK::UnsafePointer));
        emit(VOp::MapAssign, p, lhs.map_off, lhs.key_off, type_index(lhs.recv_type));
        VOp op = store_op(t);
        emit(op, p, 0, src, op == VOp::StoreTyped ? type_index(t) : size, t->pointers() ? 1 : 0);
      }
      return;
  }
}

int32_t Compiler::address_of(Operand& x) {
  int32_t p = alloc_temp(U->ptr_to(x.type ? x.type : U->basic(TK::Int)));
  switch (x.loc.k) {
    case Loc::Frame: emit(VOp::FrameAddr, p, x.loc.off); break;
    case Loc::Ind:
      if (x.loc.disp == 0) {
        emit(VOp::NilCheck, x.loc.off);
        emit(VOp::Mov8, p, x.loc.off);
      } else {
        emit(VOp::NilCheck, x.loc.off);
        emit(VOp::AddImm, p, x.loc.off, x.loc.disp);
      }
      break;
    case Loc::Glob: emit(VOp::GlobalAddr, p, x.loc.off + x.loc.disp); break;
    default: break;
  }
  return p;
}

bool Compiler::assign_check(Operand& x, const Type* t, const std::string& context) {
  if (!x.ok() || !t) return false;
  if (x.mode == Mode::NoValue) {
    error_at(x.expr, to_string(x.expr) + " (no value) used as value");
    return false;
  }
  if (x.type == nullptr) {
    convert_untyped(x, t, context.c_str());
    return x.ok();
  }
  std::string why;
  if (!assignable(x, t, &why)) {
    std::string msg = "cannot use " + operand_string(x) + " as " + type_string(t) + " value in " + context;
    if (!why.empty()) msg += ": " + why;
    error_at(x.expr, msg);
    return false;
  }
  return true;
}

int32_t Compiler::value_as(Operand& x, const Type* t, const char* context) {
  if (!assign_check(x, t, context)) return -1;
  if (x.is_nil) {
    int32_t d = alloc_temp(t);
    emit(VOp::Zero, d, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, t->size)));
    return d;
  }
  if (t->kind == TK::Interface && x.type && x.type->kind != TK::Interface) return to_iface(x, t);
  if (t->kind == TK::Interface && x.type && x.type != t) {
    int32_t v = value(x);
    if (v < 0) return v;
    int32_t d = alloc_temp(t);
    bool src_empty = x.type->interface_type()->methods.empty();
    bool dst_empty = t->interface_type()->methods.empty();
    if (dst_empty) {
      if (src_empty) emit(VOp::MovN, d, v, 0, 16);
      else emit(VOp::IfaceToEface, d, v);
    } else {
      emit(VOp::AssertE2I, d, v, -1, type_index(t), src_empty ? 0 : 1);
    }
    return d;
  }
  return value(x);
}

// ---- expressions -------------------------------------------------------------------

Operand Compiler::expr_or_type(Expr* e, const Type* hint) {
  if (const Type* t = try_type_expr(e)) {
    Operand x;
    x.mode = Mode::TypeExpr;
    x.type = t;
    x.expr = e;
    if (recording()) record_expr(e, x);
    return x;
  }
  return expr(e, hint);
}

Operand Compiler::expr(Expr* e, const Type* hint) {
  Operand x = expr_dispatch(e, hint);
  if (e && recording()) {
    record_expr(e, x);
    // Builtin calls (len(s), cap(s), min(...)) leave expr unset; the escape analysis
    // finds an interface conversion by the converted expression's node.
    if (!x.expr && !compiling_instance_) x.expr = e;
  }
  return x;
}

// typeinfo.h: the type, mode and object of e as compiled (the last compile wins).
void Compiler::record_expr(const Expr* e, const Operand& x) {
  if (compiling_instance_) return;
  TypeInfo::ExprInfo& r = info_.exprs[e];
  r.type = x.type;
  r.mode = static_cast<int>(x.mode);
  r.obj = x.obj;
  if (!r.obj)
    if (auto* n = as<Name>(e); n && n->value != "_") r.obj = lookup(std::string(n->value));
  if (x.mode == Mode::Const && !x.is_nil) {
    const ConstKind k = x.val.kind();
    if (k == ConstKind::Int || k == ConstKind::Bool || (k == ConstKind::String && x.val.string_val().size() <= 64)) {
      r.const_text = x.val.to_string();
      r.const_untyped_kind = x.type ? -1 : static_cast<int>(x.ukind);
    }
  }
  if (x.mode == Mode::FuncRef) {
    r.func = x.func;
    r.bound_method = x.recv >= 0 || x.iface_method >= 0;
    r.iface_method = x.iface_method;
    r.recv_type = x.recv_type;
    if (x.func >= 0 && static_cast<size_t>(x.func) < module_->funcs.size())
      info_.func_names[x.func] = module_->funcs[x.func]->name;
  }
}

Operand Compiler::expr_dispatch(Expr* e, const Type* hint) {
  Operand x;
  x.expr = e;
  if (!e) return x;
  if (!bound_exprs_.empty())
    if (auto it = bound_exprs_.find(e); it != bound_exprs_.end()) return it->second[0];
  if (fs_) set_line(e->pos);
  switch (e->kind) {
    case lang::Kind::BadExpr: return x;
    case lang::Kind::Name: {
      std::string n(as<Name>(e)->value);
      if (n == "_") {
        error(e->pos, "cannot use _ as value or type");
        return x;
      }
      Object* o = lookup(n);
      if (!o) {
        error(e->pos, "undefined: " + n);
        return x;
      }
      o->used = true;
      x.obj = o;
      switch (o->kind) {
        case ObjKind::Const:
          if (n == "iota" && o->pkg == nullptr) {
            if (iota_ < 0) {
              error(e->pos, "cannot use iota outside constant declaration");
              return x;
            }
            x.mode = Mode::Const;
            x.val = Constant::make_int64(iota_);
            x.ukind = BasicKind::UntypedInt;
            return x;
          }
          resolve(o);
          x.mode = Mode::Const;
          x.val = o->val;
          x.type = o->type;
          x.ukind = o->ukind;
          return x;
        case ObjKind::TypeName:
          resolve(o);
          x.mode = Mode::TypeExpr;
          x.type = o->type;
          return x;
        case ObjKind::Var: {
          resolve(o);
          if (!fs_ || !o->type) {  // no type: its declaration's error is reported (tests/fuzz)
            x.mode = Mode::Invalid;
            return x;
          }
          Operand v = var_operand(o);
          v.expr = e;
          return v;
        }
        case ObjKind::Func:
          if (o->generic) {
            error(e->pos, "cannot use generic function " + n + " without instantiation");
            return x;
          }
          resolve(o);
          x.mode = Mode::FuncRef;
          x.type = o->type;
          x.func = o->func;
          return x;
        case ObjKind::Builtin:
          x.mode = Mode::BuiltinFn;
          return x;
        case ObjKind::Package:
          x.mode = Mode::PackageName;
          return x;
        case ObjKind::Nil:
          x.mode = Mode::Value;
          x.is_nil = true;
          x.type = nullptr;
          return x;
      }
      return x;
    }
    case lang::Kind::BasicLit: {
      auto* lit = as<BasicLit>(e);
      auto c = Constant::from_literal(lit->value, lit->lit_kind);
      if (!c) {
        error(e->pos, "invalid literal " + std::string(lit->value));
        return x;
      }
      x.mode = Mode::Const;
      x.val = *c;
      switch (lit->lit_kind) {
        case LitKind::Int: x.ukind = BasicKind::UntypedInt; break;
        case LitKind::Float: x.ukind = BasicKind::UntypedFloat; break;
        case LitKind::Imag: x.ukind = BasicKind::UntypedComplex; break;
        case LitKind::Rune: x.ukind = BasicKind::UntypedRune; break;
        case LitKind::String: x.ukind = BasicKind::UntypedString; break;
      }
      return x;
    }
    case lang::Kind::ParenExpr: {
      Operand y = expr_or_type(as<ParenExpr>(e)->x, hint);
      y.expr = y.mode == Mode::Var || y.mode == Mode::Const ? y.expr : y.expr;
      return y;
    }
    case lang::Kind::Operation: {
      auto* op = as<Operation>(e);
      return op->y ? binary(op, hint) : unary(op, hint);
    }
    case lang::Kind::CallExpr: return call(as<CallExpr>(e), nullptr);
    case lang::Kind::SelectorExpr: return selector(as<SelectorExpr>(e));
    case lang::Kind::IndexExpr: return index(as<IndexExpr>(e));
    case lang::Kind::SliceExpr: return slice_expr(as<SliceExpr>(e));
    case lang::Kind::CompositeLit: return composite(as<CompositeLit>(e), hint);
    case lang::Kind::FuncLit: return func_lit(as<FuncLit>(e));
    case lang::Kind::AssertExpr: return type_assert(as<AssertExpr>(e), false, nullptr);
    case lang::Kind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      return x;
    default:
      if (const Type* t = try_type_expr(e)) {
        x.mode = Mode::TypeExpr;
        x.type = t;
        return x;
      }
      error_at(e, "unsupported expression " + to_string(e));
      return x;
  }
}

Operand Compiler::multi_call(Expr* e, std::vector<Operand>* results) {
  Expr* inner = e;
  while (auto* p = as<ParenExpr>(inner)) inner = p->x;
  if (!bound_exprs_.empty())
    if (auto it = bound_exprs_.find(inner); it != bound_exprs_.end()) {
      *results = it->second;
      return it->second[0];
    }
  if (auto* op = as<Operation>(inner); op && op->op == Op::Recv && !op->y) return recv_expr(op, true, results);
  if (auto* c = as<CallExpr>(inner)) {
    Operand x = call(c, results);
    if (recording()) record_expr(c, results->size() == 1 || results->empty() ? x : (*results)[0]);
    // conversions and builtins give one value without filling the tuple
    if (results->empty() && x.ok() && x.mode != Mode::NoValue) results->push_back(x);
    return x;
  }
  if (auto* a = as<AssertExpr>(inner)) {
    Operand x = type_assert(a, true, results);
    if (recording()) record_expr(a, x);
    return x;
  }
  Operand x = expr(e);
  if (x.mode == Mode::MapIndex) {
    // v, ok := m[k] (Go: mapaccess2)
    int32_t esz = static_cast<int32_t>((x.type->size + 7) & ~uint64_t{7});
    if (esz == 0) esz = 8;
    std::vector<bool> ptrs(static_cast<size_t>(esz / 8 + 1), false);
    for (uint64_t w = 0; w * 8 < x.type->size; w++) ptrs[w] = x.type->word_is_pointer(w);
    int32_t d = alloc_temp_shape(esz + 8, ptrs);
    emit(VOp::MapIndexOk, d, x.map_off, x.key_off, type_index(x.recv_type));
    Operand v = make_value(x.type, d);
    v.expr = e;
    Operand ok = make_value(nullptr, d + esz);
    ok.ukind = BasicKind::UntypedBool;
    ok.expr = e;
    results->push_back(v);
    results->push_back(ok);
    return v;
  }
  if (x.ok()) results->push_back(x);
  return x;
}


int32_t Compiler::new_heap_copy(Operand& v, const Node* site) {
  int32_t val = value(v);
  int32_t p = alloc_temp(U->ptr_to(v.type));
  emit_new(p, v.type, site);
  Operand cell;
  cell.mode = Mode::Var;
  cell.type = v.type;
  cell.loc = {Loc::Ind, p, 0, false};
  store(cell, val, v.type);
  return p;
}

// ---- unary and binary --------------------------------------------------------------

Operand Compiler::unary(Operation* e, const Type* hint) {
  Operand x;
  x.expr = e;
  if (e->op == Op::And && !e->y) {
    Expr* inner = e->x;
    while (auto* p = as<ParenExpr>(inner)) inner = p->x;
    if (auto* cl = as<CompositeLit>(inner)) {
      const Type* elem_hint = hint && hint->kind == TK::Pointer ? hint->elem() : nullptr;
      Operand v = composite(cl, elem_hint);
      if (!v.ok()) return v;
      if (recording()) record_expr(cl, v);
      return make_value(U->ptr_to(v.type), new_heap_copy(v, e));
    }
    Operand v = expr(e->x);
    if (!v.ok()) return v;
    if (v.mode != Mode::Var) {
      error_at(e->x, "invalid operation: cannot take address of " + operand_string(v));
      return x;
    }
    int32_t p = address_of(v);
    Operand r = make_value(U->ptr_to(v.type), p);
    r.expr = e;
    return r;
  }
  if (e->op == Op::Mul && !e->y) {
    Operand v = expr_or_type(e->x);
    if (!v.ok()) return v;
    if (v.mode == Mode::TypeExpr) {
      v.type = U->ptr_to(v.type);
      v.expr = e;
      return v;
    }
    if (v.is_nil) {
      error_at(e->x, "invalid operation: cannot indirect nil");
      return x;
    }
    if (!v.type || underlying(v.type)->kind != TK::Pointer) {
      error_at(e->x, "invalid operation: cannot indirect " + operand_string(v));
      return x;
    }
    int32_t p = value(v);
    Operand r;
    r.mode = Mode::Var;
    r.type = underlying(v.type)->elem();
    r.loc = {Loc::Ind, p, 0, false};
    r.expr = e;
    return r;
  }
  if (e->op == Op::Recv) return recv_expr(e, false, nullptr);
  Operand v = expr(e->x, hint);
  if (!v.ok()) return v;
  if (v.mode == Mode::Const) {
    ConstOperand c{to_string(e->x), v.type ? basic_kind(underlying(v.type)) : v.ukind, v.val, ""};
    if (v.type && v.type->named()) c.type_name = type_string(v.type);
    auto err = check_unary(c, e->op, to_string(e));
    if (err) {
      error_at(e, *err);
      return x;
    }
    v.val = c.val;
    v.expr = e;
    return v;
  }
  const Type* t = v.type ? underlying(v.type) : default_type(v.ukind);
  int32_t a = value(v);
  if (a < 0) return x;
  int32_t d = alloc_temp(v.type ? v.type : t);
  switch (e->op) {
    case Op::Sub:
      if (is_float_kind(t->kind)) emit(t->kind == TK::Float64 ? VOp::FNeg64 : VOp::FNeg32, d, a);
      else if (is_complex_kind(t->kind)) emit(VOp::CNeg, d, a, 0, 0, t->kind == TK::Complex64 ? 1 : 0);
      else if (is_integer_kind(t->kind)) {
        emit(VOp::Neg, d, a);
        if (ext_op(t->kind) != VOp::Nop) emit(ext_op(t->kind), d, d);
      } else {
        error_at(e, "invalid operation: operator - not defined on " + operand_string(v));
        return x;
      }
      break;
    case Op::Add:
      if (!is_numeric_kind(t->kind)) {
        error_at(e, "invalid operation: operator + not defined on " + operand_string(v));
        return x;
      }
      return v;
    case Op::Xor:
      if (!is_integer_kind(t->kind)) {
        error_at(e, "invalid operation: operator ^ not defined on " + operand_string(v));
        return x;
      }
      emit(VOp::Com, d, a);
      if (ext_op(t->kind) != VOp::Nop) emit(ext_op(t->kind), d, d);
      break;
    case Op::Not:
      if (t->kind != TK::Bool) {
        error_at(e, "invalid operation: operator ! not defined on " + operand_string(v));
        return x;
      }
      emit(VOp::Not, d, a);
      break;
    default:
      error_at(e, "invalid unary operator");
      return x;
  }
  Operand r = make_value(v.type, d);
  if (!v.type) {
    r.type = nullptr;
    r.ukind = v.ukind;
  }
  r.expr = e;
  return r;
}

void Compiler::compare(Op op, Operand& x, Operand& y, int32_t dst, const Expr* e) {
  const Type* t = x.type ? x.type : y.type;
  const Type* u = underlying(t);
  // comparison with nil
  if (x.is_nil || y.is_nil) {
    Operand& v = x.is_nil ? y : x;
    int32_t a = value(v);
    const Type* vu = underlying(v.type);
    (void)vu;  // interfaces: the type/itab word; slices: the data pointer word
    int32_t zero = alloc_temp(U->basic(TK::Int));
    emit(VOp::Const64, zero, 0, 0);
    emit(op == Op::Eql ? VOp::Eq : VOp::Ne, dst, a, zero);  // slices: the data pointer word
    return;
  }
  int32_t a = value_as(x, t, "comparison");
  int32_t b = value_as(y, t, "comparison");
  if (a < 0 || b < 0) return;
  bool signed_int = is_integer_kind(u->kind) && !is_unsigned_kind(u->kind);
  auto emit_order = [&](VOp lt, VOp le) {
    switch (op) {
      case Op::Lss: emit(lt, dst, a, b); break;
      case Op::Leq: emit(le, dst, a, b); break;
      case Op::Gtr: emit(lt, dst, b, a); break;
      case Op::Geq: emit(le, dst, b, a); break;
      default: break;
    }
  };
  if (is_integer_kind(u->kind) || u->kind == TK::Bool || u->kind == TK::Pointer ||
      u->kind == TK::Chan || u->kind == TK::UnsafePointer || u->kind == TK::Map || u->kind == TK::Func) {
    if (op == Op::Eql) emit(VOp::Eq, dst, a, b);
    else if (op == Op::Neq) emit(VOp::Ne, dst, a, b);
    else if (signed_int) emit_order(VOp::LtS, VOp::LeS);
    else emit_order(VOp::LtU, VOp::LeU);
    return;
  }
  if (u->kind == TK::Float64 || u->kind == TK::Float32) {
    bool f64 = u->kind == TK::Float64;
    if (op == Op::Eql) emit(f64 ? VOp::FEq64 : VOp::FEq32, dst, a, b);
    else if (op == Op::Neq) emit(f64 ? VOp::FNe64 : VOp::FNe32, dst, a, b);
    else emit_order(f64 ? VOp::FLt64 : VOp::FLt32, f64 ? VOp::FLe64 : VOp::FLe32);
    return;
  }
  if (is_complex_kind(u->kind)) {
    emit(op == Op::Neq ? VOp::CNe : VOp::CEq, dst, a, b, 0, u->kind == TK::Complex64 ? 1 : 0);
    return;
  }
  if (u->kind == TK::String) {
    if (op == Op::Eql || op == Op::Neq) {
      emit(VOp::StrEq, dst, a, b, 0, op == Op::Neq ? 1 : 0);
      return;
    }
    int32_t c = alloc_temp(U->basic(TK::Int));
    emit(VOp::StrCmp, c, a, b);
    int32_t zero = alloc_temp(U->basic(TK::Int));
    emit(VOp::Const64, zero, 0, 0);
    switch (op) {
      case Op::Lss: emit(VOp::LtS, dst, c, zero); break;
      case Op::Leq: emit(VOp::LeS, dst, c, zero); break;
      case Op::Gtr: emit(VOp::LtS, dst, zero, c); break;
      case Op::Geq: emit(VOp::LeS, dst, zero, c); break;
      default: break;
    }
    return;
  }
  if (u->kind == TK::Interface) {
    emit(VOp::IfaceEq, dst, a, b, 0, static_cast<uint16_t>((u->interface_type()->methods.empty() ? 0 : 1) | (op == Op::Neq ? 2 : 0)));
    return;
  }
  emit(VOp::EqType, dst, a, b, type_index(t), op == Op::Neq ? 1 : 0);
  (void)e;
}

static bool is_comparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr || op == Op::Geq;
}

// A chain a+b+c+... is a tree as deep as it is long and compiling it recurses through here
// once per operator, so the operands are compiled in this small frame and the rest in
// binary_rest's large one (fuzzing found ~20 KB a level under ASan: a few hundred operators
// overflowed the stack). The right operand of && and || is compiled by binary_rest, after
// the jump that skips it.
Operand Compiler::binary(Operation* e, const Type* hint) {
  bool logical = e->op == Op::AndAnd || e->op == Op::OrOr;
  Operand x = expr(e->x, logical ? nullptr : hint);
  if (logical || !x.ok()) return binary_rest(e, hint, x, nullptr);
  bool shift = e->op == Op::Shl || e->op == Op::Shr;
  Operand y = expr(e->y, shift ? nullptr : (x.type ? x.type : hint));
  return binary_rest(e, hint, x, &y);
}

Operand Compiler::binary_rest(Operation* e, const Type* hint, Operand& x0, Operand* y0) {
  Operand r;
  r.expr = e;
  Op op = e->op;
  if (op == Op::AndAnd || op == Op::OrOr) {
    Operand x = std::move(x0);
    if (!x.ok()) return r;
    if (x.mode == Mode::Const) {
      // constant-fold when both sides are constant
    }
    const Type* xt = x.type ? underlying(x.type) : (x.ukind == BasicKind::UntypedBool ? U->basic(TK::Bool) : nullptr);
    if (!xt || xt->kind != TK::Bool) {
      error_at(e, "invalid operation: operator " + std::string(op == Op::AndAnd ? "&&" : "||") + " not defined on " + operand_string(x));
      return r;
    }
    if (x.mode == Mode::Const) {
      size_t mark = pc();
      (void)mark;
      Operand y = expr(e->y);
      if (!y.ok()) return r;
      if (y.mode == Mode::Const) {
        bool v = op == Op::AndAnd ? (x.val.bool_val() && y.val.bool_val()) : (x.val.bool_val() || y.val.bool_val());
        r.mode = Mode::Const;
        r.val = Constant::make_bool(v);
        r.type = x.type ? x.type : y.type;
        r.ukind = BasicKind::UntypedBool;
        return r;
      }
      // fallthrough: materialise
      int32_t dst = alloc_temp(U->basic(TK::Bool));
      int32_t a = value(x);
      emit(VOp::Mov8, dst, a);
      int32_t b = value_as(y, x.type ? x.type : (y.type ? y.type : U->basic(TK::Bool)), "operation");
      if (op == Op::AndAnd) emit(VOp::And, dst, dst, b); else emit(VOp::Or, dst, dst, b);
      Operand res = make_value(x.type ? x.type : y.type, dst);
      if (!res.type) res.ukind = BasicKind::UntypedBool;
      res.expr = e;
      return res;
    }
    int32_t dst = alloc_temp(U->basic(TK::Bool));
    int32_t a = value(x);
    emit(VOp::Mov8, dst, a);
    size_t j = emit(op == Op::AndAnd ? VOp::JmpIfNot : VOp::JmpIf, dst, 0);
    Operand y = expr(e->y);
    if (!y.ok()) return r;
    const Type* yt = y.type ? underlying(y.type) : (y.ukind == BasicKind::UntypedBool ? U->basic(TK::Bool) : nullptr);
    if (!yt || yt->kind != TK::Bool) {
      error_at(e, "invalid operation: operator " + std::string(op == Op::AndAnd ? "&&" : "||") + " not defined on " + operand_string(y));
      return r;
    }
    if (x.type && y.type && x.type != y.type) {
      error_at(e, "invalid operation: " + to_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
      return r;
    }
    int32_t b = value(y);
    emit(VOp::Mov8, dst, b);
    patch(j, pc());
    Operand res = make_value(x.type ? x.type : y.type, dst);
    if (!res.type) res.ukind = BasicKind::UntypedBool;
    res.expr = e;
    return res;
  }
  bool shift = op == Op::Shl || op == Op::Shr;
  Operand x = std::move(x0);
  if (!x.ok()) return r;
  Operand y = std::move(*y0);  // binary compiled both
  if (!y.ok()) return r;
  if (x.mode == Mode::NoValue || y.mode == Mode::NoValue) {
    Operand& nv = x.mode == Mode::NoValue ? x : y;
    error_at(nv.expr, to_string(nv.expr) + " (no value) used as value");
    return r;
  }
  if (x.mode == Mode::TypeExpr || y.mode == Mode::TypeExpr) {
    Operand& t = x.mode == Mode::TypeExpr ? x : y;
    error_at(t.expr, to_string(t.expr) + " (type) is not an expression");
    return r;
  }
  if (shift) {
    // y must be an integer (or untyped constant representable as uint)
    if (y.mode == Mode::Const && !y.type) {
      Constant iv = to_int(y.val);
      if (iv.kind() != ConstKind::Int) {
        error_at(e->y, "invalid operation: shift count " + operand_string(y) + " must be integer");
        return r;
      }
      y.val = iv;
    } else if (y.type && !is_integer_kind(underlying(y.type)->kind)) {
      error_at(e->y, "invalid operation: shift count " + operand_string(y) + " must be integer");
      return r;
    }
    if (x.mode == Mode::Const && y.mode == Mode::Const) {
      ConstOperand cx{to_string(e->x), x.type ? basic_kind(underlying(x.type)) : x.ukind, x.val, ""};
      ConstOperand cy{to_string(e->y), y.type ? basic_kind(underlying(y.type)) : y.ukind, y.val, ""};
      if (x.type && x.type->named()) cx.type_name = type_string(x.type);
      auto err = check_shift(cx, op, cy, to_string(e));
      if (err) {
        error_at(e, *err);
        return r;
      }
      Operand res;
      res.mode = Mode::Const;
      res.val = cx.val;
      res.type = x.type;
      res.ukind = is_untyped(cx.type) ? cx.type : x.ukind;
      res.expr = e;
      return res;
    }
    if (x.mode == Mode::Const && !x.type) {
      // untyped constant shifted by a non-constant: takes the type from context
      const Type* t = hint && is_integer_kind(underlying(hint)->kind) ? hint : U->basic(TK::Int);
      convert_untyped(x, t, "shift");
      if (!x.ok()) return r;
    }
    const Type* xt = underlying(x.type);
    if (!is_integer_kind(xt->kind)) {
      error_at(e, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
      return r;
    }
    if (y.mode == Mode::Const) {
      if (y.val.sign() < 0) {
        error_at(e->y, "invalid operation: negative shift count " + operand_string(y));
        return r;
      }
      convert_untyped(y, U->basic(TK::Uint), "shift");
    }
    int32_t a = value(x);
    int32_t b = value(y);
    int32_t d = alloc_temp(x.type);
    bool ysigned = y.type && !is_unsigned_kind(underlying(y.type)->kind);
    if (op == Op::Shl) emit(VOp::Shl, d, a, b, 0, ysigned);
    else emit(is_unsigned_kind(xt->kind) ? VOp::ShrU : VOp::ShrS, d, a, b, 0, ysigned);
    if (ext_op(xt->kind) != VOp::Nop) emit(ext_op(xt->kind), d, d);
    Operand res = make_value(x.type, d);
    res.expr = e;
    return res;
  }
  // Both constant: fold.
  if (x.mode == Mode::Const && y.mode == Mode::Const) {
    if (x.type && y.type && x.type != y.type) {
      error_at(e, "invalid operation: " + to_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
      return r;
    }
    const Type* ct = x.type ? x.type : y.type;
    ConstOperand cx{to_string(e->x), x.type ? basic_kind(underlying(x.type)) : x.ukind, x.val, ""};
    ConstOperand cy{to_string(e->y), y.type ? basic_kind(underlying(y.type)) : y.ukind, y.val, ""};
    if (ct && ct->named()) cx.type_name = cy.type_name = type_string(ct);
    if (ct && !x.type) cx.type = basic_kind(underlying(ct));
    if (ct && !y.type) cy.type = basic_kind(underlying(ct));
    if (ct && (!x.type || !y.type)) {
      // convert the untyped side first (e.g. int8(1) + 300)
      ConstOperand& u = x.type ? cy : cx;
      Operand& uo = x.type ? y : x;
      ConstOperand probe{to_string(uo.expr), uo.ukind, uo.val, ""};
      auto err = check_assignment(probe, basic_kind(underlying(ct)), "operation");
      if (err) {
        // Go reports e.g. "cannot use 300 (untyped int constant) as int8 value in ..."? It reports
        // the conversion failure of the untyped operand:
        error_at(uo.expr, std::string("cannot use ") + lang::operand_string(ConstOperand{to_string(uo.expr), uo.ukind, uo.val, ""}) +
                              " as " + type_string(ct) + " value in operation" +
                              (err->find("(truncated)") != std::string::npos ? " (truncated)" : " (overflows)"));
        return r;
      }
      u.val = probe.val;
    }
    auto err = check_binary(cx, op, cy, to_string(e));
    if (err) {
      error_at(err->find("division by zero") != std::string::npos ? e->y : e, *err);
      return r;
    }
    Operand res;
    res.mode = Mode::Const;
    res.val = cx.val;
    res.expr = e;
    if (is_comparison(op)) {
      res.type = nullptr;
      res.ukind = BasicKind::UntypedBool;
    } else {
      res.type = ct;
      res.ukind = is_untyped(cx.type) ? cx.type : x.ukind;
    }
    return res;
  }
  // Mixed: convert untyped operands to the other's type.
  if (x.is_nil || y.is_nil) {
    if (!is_comparison(op) || (op != Op::Eql && op != Op::Neq)) {
      error_at(e, "invalid operation: operator " + std::string(std::string(op_name(op))) + " not defined on nil");
      return r;
    }
    Operand& v = x.is_nil ? y : x;
    if (!v.type || (v.is_nil)) {
      error_at(e, "invalid operation: " + to_string(e) + " (operator " + std::string(op_name(op)) + " not defined on nil)");
      return r;
    }
    const Type* vu = underlying(v.type);
    switch (vu->kind) {
      case TK::Pointer: case TK::Slice: case TK::Map: case TK::Chan: case TK::Func:
      case TK::Interface: case TK::UnsafePointer: break;
      default:
        error_at(x.is_nil ? e->x : e->y, "invalid operation: " + to_string(e) + " (mismatched types " +
                                               (x.is_nil ? "untyped nil and " + type_string(v.type) : type_string(v.type) + " and untyped nil") + ")");
        return r;
    }
    int32_t d = alloc_temp(U->basic(TK::Bool));
    compare(op, x, y, d, e);
    Operand res = make_value(nullptr, d);
    res.ukind = BasicKind::UntypedBool;
    res.expr = e;
    return res;
  }
  // types2's matchTypes: an untyped constant takes the other operand's basic type when both
  // are numeric or both strings (the error then reads as invalidConversion's); otherwise
  // the operand types are mismatched.
  auto match = [&](Operand& u, const Operand& t) {
    const Type* tu = underlying(t.type);
    if (u.mode != Mode::Const || u.is_nil || !is_basic(tu)) {
      convert_untyped(u, t.type, "operation");
      return;
    }
    bool un = is_numeric(u.ukind), tn = is_numeric_kind(tu->kind);
    bool us = u.ukind == BasicKind::UntypedString, ts = tu->kind == TK::String;
    if (un != tn || us != ts) {
      std::string ut(basic_name(u.ukind)), tt = type_string(t.type);
      bool u_left = &u == &x;
      // (types2 reports a comparison's mismatch at its second operand)
      error_at(is_comparison(op) ? e->y : e, "invalid operation: " + to_string(e) + " (mismatched types " + (u_left ? ut : tt) + " and " +
                      (u_left ? tt : ut) + ")");
      u.mode = Mode::Invalid;
      return;
    }
    ConstOperand c{u.expr ? to_string(u.expr) : "", u.ukind, u.val, ""};
    std::string tname = t.type->named() && !t.type->pkg_path.empty() ? type_string(t.type) : "";
    if (auto err = check_implicit(c, basic_kind(tu), tname)) {
      error_at(u.expr, *err);
      u.mode = Mode::Invalid;
      return;
    }
    u.val = c.val;
    u.type = t.type;
  };
  if (!x.type && y.type) match(x, y);
  else if (x.type && !y.type) match(y, x);
  else if (!x.type && !y.type) {
    // untyped non-constant values (e.g. comparison results): bool
    const Type* t = default_type(x.mode == Mode::Const ? x.ukind : y.ukind);
    convert_untyped(x, t, "operation");
    convert_untyped(y, t, "operation");
  }
  if (!x.ok() || !y.ok()) return r;
  if (x.type != y.type && is_comparison(op)) {
    // interface == concrete: the concrete operand is converted to the interface
    bool xi = underlying(x.type)->kind == TK::Interface, yi = underlying(y.type)->kind == TK::Interface;
    if (xi != yi) {
      Operand& c = xi ? y : x;
      const Type* it = xi ? x.type : y.type;
      if (assignable(c, it, nullptr)) {
        const Expr* ce = c.expr;
        int32_t v = value_as(c, it, "comparison");
        if (v < 0) return r;
        c = make_value(it, v);
        c.expr = ce;
      }
    } else if (!xi) {
      // Go compares operands when either is assignable to the other's type (a chan
      // to a directional chan, a named type to its unnamed underlying type): the
      // representations are the same, so only the type changes
      if (assignable(x, y.type, nullptr)) x.type = y.type;
      else if (assignable(y, x.type, nullptr)) y.type = x.type;
    }
  }
  if (x.type != y.type) {
    error_at(e, "invalid operation: " + to_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
    return r;
  }
  const Type* t = x.type;
  const Type* u = underlying(t);
  if (is_comparison(op)) {
    bool ordered = is_integer_kind(u->kind) || is_float_kind(u->kind) || u->kind == TK::String;
    if (op != Op::Eql && op != Op::Neq && !ordered) {
      // types2's kindString: the kind for composite types, else the type itself
      std::string kind;
      switch (u->kind) {
        case TK::Array: kind = "array"; break;
        case TK::Slice: kind = "slice"; break;
        case TK::Struct: kind = "struct"; break;
        case TK::Pointer: kind = "pointer"; break;
        case TK::Func: kind = "func"; break;
        case TK::Interface: kind = "interface"; break;
        case TK::Map: kind = "map"; break;
        case TK::Chan: kind = "chan"; break;
        default: kind = type_string(t); break;
      }
      error_at(e, "invalid operation: " + to_string(e) + " (operator " + std::string(op_name(op)) + " not defined on " + kind + ")");
      return r;
    }
    if ((op == Op::Eql || op == Op::Neq) && !u->comparable() && u->kind != TK::Interface) {
      std::string what = u->kind == TK::Slice ? "slice" : u->kind == TK::Map ? "map" : u->kind == TK::Func ? "func" : "";
      if (!what.empty()) {
        error_at(e, "invalid operation: " + to_string(e) + " (" + what + " can only be compared to nil)");
      } else {
        // types2 names what makes it incomparable: "struct containing []int"
        std::string why = type_string(t);
        if (u->kind == TK::Struct)
          for (auto& f : u->struct_type()->fields)
            if (!f.typ->comparable() && f.typ->kind != TK::Interface) {
              why = "struct containing " + type_string(f.typ);
              break;
            }
        error_at(e, "invalid operation: " + to_string(e) + " (" + why + " cannot be compared)");
      }
      return r;
    }
    int32_t d = alloc_temp(U->basic(TK::Bool));
    compare(op, x, y, d, e);
    Operand res = make_value(nullptr, d);
    res.ukind = BasicKind::UntypedBool;
    res.expr = e;
    return res;
  }
  // arithmetic
  bool ok = false;
  switch (op) {
    case Op::Add: ok = is_numeric_kind(u->kind) || u->kind == TK::String; break;
    case Op::Sub: case Op::Mul: case Op::Div: ok = is_numeric_kind(u->kind); break;
    case Op::Rem: case Op::And: case Op::Or: case Op::Xor: case Op::AndNot: ok = is_integer_kind(u->kind); break;
    default: break;
  }
  if (!ok) {
    error_at(e, "invalid operation: operator " + std::string(std::string(op_name(op))) + " not defined on " + operand_string(x));
    return r;
  }
  if ((op == Op::Div || op == Op::Rem) && y.mode == Mode::Const && is_integer_kind(u->kind) && y.val.sign() == 0) {
    error_at(e->y, "invalid operation: division by zero");
    return r;
  }
  if (is_integer_kind(u->kind) && (op == Op::Add || op == Op::Sub) && (y.mode == Mode::Const || (op == Op::Add && x.mode == Mode::Const))) {
    // x ± constant: one AddImm, no constant slot
    Operand& k = y.mode == Mode::Const ? y : x;
    Operand& v = y.mode == Mode::Const ? x : y;
    auto kv = to_int(k.val).int64_val();
    if (!kv) {
      if (auto ku = to_int(k.val).uint64_val()) kv = static_cast<int64_t>(*ku);
    }
    if (kv && *kv > INT32_MIN && *kv <= INT32_MAX) {
      int32_t a = value(v);
      if (a < 0) return r;
      int32_t d = alloc_temp(t);
      emit(VOp::AddImm, d, a, static_cast<int32_t>(op == Op::Sub ? -*kv : *kv));
      if (ext_op(u->kind) != VOp::Nop) emit(ext_op(u->kind), d, d);
      Operand res = make_value(t, d);
      res.expr = e;
      return res;
    }
  }
  int32_t a = value(x);
  int32_t b = value(y);
  if (a < 0 || b < 0) return r;
  int32_t d = alloc_temp(t);
  if (u->kind == TK::String) {
    emit(VOp::StrConcat, d, a, b);
  } else if (is_float_kind(u->kind)) {
    bool f64 = u->kind == TK::Float64;
    VOp fop = VOp::Nop;
    switch (op) {
      case Op::Add: fop = f64 ? VOp::FAdd64 : VOp::FAdd32; break;
      case Op::Sub: fop = f64 ? VOp::FSub64 : VOp::FSub32; break;
      case Op::Mul: fop = f64 ? VOp::FMul64 : VOp::FMul32; break;
      case Op::Div: fop = f64 ? VOp::FDiv64 : VOp::FDiv32; break;
      default: break;
    }
    emit(fop, d, a, b);
  } else if (is_integer_kind(u->kind)) {
    bool uns = is_unsigned_kind(u->kind);
    VOp iop = VOp::Nop;
    switch (op) {
      case Op::Add: iop = VOp::Add; break;
      case Op::Sub: iop = VOp::Sub; break;
      case Op::Mul: iop = VOp::Mul; break;
      case Op::Div: iop = uns ? VOp::DivU : VOp::DivS; break;
      case Op::Rem: iop = uns ? VOp::RemU : VOp::RemS; break;
      case Op::And: iop = VOp::And; break;
      case Op::Or: iop = VOp::Or; break;
      case Op::Xor: iop = VOp::Xor; break;
      case Op::AndNot: iop = VOp::AndNot; break;
      default: break;
    }
    // 32-bit and narrower division: operands are extended, so 64-bit division is exact,
    // except MinInt/-1 which must wrap in the narrow type (Ext below does it).
    emit(iop, d, a, b);
    if (ext_op(u->kind) != VOp::Nop) emit(ext_op(u->kind), d, d);
  } else if (is_complex_kind(u->kind)) {
    VOp cop = op == Op::Add ? VOp::CAdd : op == Op::Sub ? VOp::CSub : op == Op::Mul ? VOp::CMul : VOp::CDiv;
    emit(cop, d, a, b, 0, u->kind == TK::Complex64 ? 1 : 0);
  } else {
    error_at(e, "invalid operation: operator " + std::string(op_name(op)) + " not defined on " + operand_string(x));
    return r;
  }
  Operand res = make_value(t, d);
  res.expr = e;
  return res;
}

}  // namespace gs::lang
