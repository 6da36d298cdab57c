// compile_call.cpp — calls (functions, closures, methods, interface methods,
// natives), builtins and conversions (types2's call.go, builtins.go, conversions.go).
// Invariant: an argument block is a temporary laid out exactly like the callee's
// parameter area (vm/bytecode.h), filled in order, so the VM copies it in one move.
#include <algorithm>

#include "lang/compile_internal.h"
#include "lang/utf8.h"

namespace gs::lang {

using VOp = VOp;

static int32_t align_to(int32_t n, int32_t a) { return (n + a - 1) / a * a; }

std::vector<int32_t> Compiler::param_offsets(const types::FuncType* ft, int32_t* results_off, int32_t* total,
                                             bool, const Type*) {
  std::vector<int32_t> offs;
  int32_t off = 0;
  for (const Type* t : ft->in) {
    off = align_to(off, 8);
    offs.push_back(off);
    off += static_cast<int32_t>(t->size);
  }
  off = align_to(off, 8);
  *results_off = off;
  for (const Type* t : ft->out) {
    off = align_to(off, 8);
    offs.push_back(off);
    off += static_cast<int32_t>(t->size);
  }
  *total = align_to(off, 8);
  return offs;
}

std::vector<bool> Compiler::block_shape(const types::FuncType* ft, const std::vector<int32_t>& offs, int32_t total) {
  std::vector<bool> ptrs(static_cast<size_t>(std::max(total, 8) / 8), false);
  size_t i = 0;
  auto mark = [&](const Type* t) {
    for (uint64_t w = 0; w * 8 < t->size; w++)
      if (t->word_is_pointer(w)) ptrs[offs[i] / 8 + w] = true;
    i++;
  };
  for (const Type* t : ft->in) mark(t);
  for (const Type* t : ft->out) mark(t);
  return ptrs;
}

static std::string have_list(Compiler& c, const std::vector<Operand>& args) {
  std::string s = "(";
  for (size_t i = 0; i < args.size(); i++) {
    if (i) s += ", ";
    if (args[i].is_nil) s += "nil";
    else if (!args[i].type) s += args[i].ukind == BasicKind::UntypedString ? "string" : args[i].ukind == BasicKind::UntypedBool ? "bool" : "number";
    else s += c.type_string(args[i].type);
  }
  return s + ")";
}

static std::string want_list(Compiler& c, const types::FuncType* ft, size_t skip) {
  std::string s = "(";
  for (size_t i = skip; i < ft->in.size(); i++) {
    if (i > skip) s += ", ";
    if (ft->variadic && i + 1 == ft->in.size()) s += "..." + c.type_string(ft->in[i]->elem());
    else s += c.type_string(ft->in[i]);
  }
  return s + ")";
}

Operand Compiler::call(CallExpr* e, std::vector<Operand>* tuple) {
  Operand r;
  r.expr = e;
  if (bound_exprs_.empty() || !bound_exprs_.count(e->fun)) {
    // A generic callee: infer/instantiate, then come back here with it bound.
    Expr* f = e->fun;
    while (auto* p = as<ParenExpr>(f)) f = p->x;
    if (auto* ie = as<IndexExpr>(f)) {
      if (Object* g = generic_obj(ie->x, ObjKind::Func)) {
        std::vector<Expr*> xlist;
        if (auto* l = as<ListExpr>(ie->index)) xlist = l->elems; else xlist.push_back(ie->index);
        return generic_call(e, g, xlist, tuple);
      }
    } else if (Object* g = generic_obj(f, ObjKind::Func)) {
      return generic_call(e, g, {}, tuple);
    }
  }
  Operand fn = expr_or_type(e->fun);
  if (!fn.ok()) {
    for (Expr* a : e->args) expr(a);
    return r;
  }
  if (fn.mode == Mode::TypeExpr) return conversion(e, fn.type);
  if (fn.mode == Mode::BuiltinFn) return call_builtin(e, fn.obj->builtin, tuple);
  const Type* ftype = fn.type ? underlying(fn.type) : nullptr;
  if (!ftype || ftype->kind != TK::Func) {
    error_at(e, "invalid operation: cannot call non-function " + operand_string(fn));
    for (Expr* a : e->args) expr(a);
    return r;
  }
  const types::FuncType* ft = ftype->func_type();
  // Bound methods (x.M(...)) carry their receiver; a method's Func signature has the
  // receiver as its first parameter.
  bool has_recv = fn.mode == Mode::FuncRef && (fn.recv >= 0 || fn.iface_method >= 0);
  const types::FuncType* callee_sig = ft;
  const Type* callee_type = ftype;
  if (fn.mode == Mode::FuncRef && fn.recv >= 0 && fn.iface_method < 0) {
    callee_type = module_->funcs[fn.func]->type;
    callee_sig = callee_type->func_type();
  } else if (fn.iface_method >= 0) {
    std::vector<const Type*> in{U->basic(TK::UnsafePointer)};
    in.insert(in.end(), ft->in.begin(), ft->in.end());
    callee_type = U->func_of(in, ft->out, ft->variadic);
    callee_sig = callee_type->func_type();
  }
  size_t skip = has_recv ? 1 : 0;
  int32_t results_off, total;
  std::vector<int32_t> offs = param_offsets(callee_sig, &results_off, &total, false, nullptr);
  // Evaluate the function value first (Go evaluates operands left to right).
  int32_t fslot = -1;
  if (fn.mode != Mode::FuncRef) fslot = value(fn);
  int32_t block = alloc_temp_shape(total, block_shape(callee_sig, offs, total));
  if (has_recv) {
    if (fn.iface_method >= 0) {
      // the data word of the interface value is the receiver
    } else {
      const Type* rt = callee_sig->in[0];
      if (rt->size <= 8) emit(VOp::Mov8, block + offs[0], fn.recv);
      else emit(VOp::MovN, block + offs[0], fn.recv, 0, static_cast<int32_t>(rt->size));
    }
  }
  // Arguments.
  std::vector<Operand> args;
  size_t nparams = callee_sig->in.size() - skip;

  if (e->args.size() == 1) {
    Expr* a0 = e->args[0];
    while (auto* p = as<ParenExpr>(a0)) a0 = p->x;
    if (as<CallExpr>(a0)) {
      std::vector<Operand> multi;
      Operand first = multi_call(e->args[0], &multi);
      if (!first.ok()) return r;
      if (multi.size() > 1) {
        args = multi;

      } else if (multi.size() == 1) {
        args = multi;
      } else {
        args.push_back(first);  // NoValue (or a conversion/builtin result)
      }
    }
  }
  std::string fname = to_string(e->fun);
  if (args.empty()) {
    for (size_t i = 0; i < e->args.size(); i++) {
      const Type* hint = nullptr;
      size_t pi = i + skip;
      if (pi < callee_sig->in.size()) hint = callee_sig->in[pi];
      if (ft->variadic && i + 1 >= nparams && !e->has_dots) hint = callee_sig->in.back()->elem();
      Operand a = expr(e->args[i], hint);
      args.push_back(a);
    }
  }
  for (auto& a : args)
    if (!a.ok()) return r;
  size_t nargs = args.size();
  bool variadic_call = ft->variadic && !e->has_dots;
  if (e->has_dots && !ft->variadic) {
    error_at(e->args.back(), "have (...) but function is not variadic: " + fname);
    return r;
  }
  if ((!variadic_call && nargs != nparams) || (variadic_call && nargs < nparams - 1)) {
    bool few = nargs < nparams;
    std::string msg = std::string(few ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " +
                      have_list(*this, args) + "\n\twant " + want_list(*this, callee_sig, skip);
    // types2: not enough → at the last argument (or the call); too many → the first extra one
    if (few) {
      if (args.empty() || !args.back().expr) error(start_pos(e), msg);
      else error_at(args.back().expr, msg);
    } else {
      error_at(args[nparams].expr ? args[nparams].expr : e, msg);
    }
    return r;
  }
  std::string ctx = "argument to " + fname;
  for (size_t i = 0; i < nparams; i++) {
    const Type* pt = callee_sig->in[i + skip];
    int32_t dst = block + offs[i + skip];
    if (variadic_call && i + 1 == nparams) {
      // pack the rest into a new slice
      const Type* et = pt->elem();
      size_t n = nargs - i;
      if (n == 0) {
        emit(VOp::Zero, dst, 0, 0, 24);
        break;
      }
      const Type* arr = U->array_of(et, n);
      int32_t p = alloc_temp(U->ptr_to(arr));
      // The array may be in the frame only for a callee of package main: a library
      // function may be native, and fmt's natives call String methods, which can move
      // this stack while the native still holds the array's address.
      bool main_callee = fn.mode == Mode::FuncRef && fn.iface_method < 0 && fn.func >= 0 &&
                         !module_->funcs[fn.func]->bodyless && module_->funcs[fn.func]->name.rfind("main.", 0) == 0;
      emit_new(p, arr, main_callee ? e : nullptr);
      for (size_t k = 0; k < n; k++) {
        Operand& a = args[i + k];
        int32_t v = value_as(a, et, ctx.c_str());
        if (v < 0) return r;
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = et;
        cell.loc = {Loc::Ind, p, static_cast<int32_t>(k * et->size), false};
        store(cell, v, et);
      }
      emit(VOp::Mov8, dst, p);
      int32_t n_slot = alloc_temp(U->basic(TK::Int));
      emit(VOp::Const64, n_slot, static_cast<int32_t>(n), 0);
      emit(VOp::Mov8, dst + 8, n_slot);
      emit(VOp::Mov8, dst + 16, n_slot);
      break;
    }
    int32_t v = value_as(args[i], pt, ctx.c_str());
    if (v < 0) return r;
    if (v != dst && pt->size <= 8 && retarget_last(v, dst)) continue;
    if (v != dst) {
      if (pt->size <= 8) emit(VOp::Mov8, dst, v);
      else emit(VOp::MovN, dst, v, 0, static_cast<int32_t>(pt->size));
    }
  }
  set_line(e->pos);
  last_call_block_size_ = total;
  last_call_fn_ = fn;
  last_call_sig_ = callee_sig;
  if (fn.iface_method >= 0) {
    emit(VOp::CallIface, block, fn.recv, fn.iface_method, 0, fn.recv_type && fn.recv_type->interface_type()->methods.empty() ? 0 : 1);
  } else if (fn.mode == Mode::FuncRef) {
    vm::Func* f = module_->funcs[fn.func].get();
    if (f->bodyless) {
      emit(VOp::CallNative, block, fn.func);
      // natives store small results at their Go size: sign-extend signed ones in the slot
      for (size_t i = 0; i < ft->out.size(); i++) {
        int32_t slot = block + offs[callee_sig->in.size() + i];
        switch (underlying(ft->out[i])->kind) {
          case TK::Int8: emit(VOp::Ext1S, slot, slot); break;
          case TK::Int16: emit(VOp::Ext2S, slot, slot); break;
          case TK::Int32: emit(VOp::Ext4S, slot, slot); break;
          default: break;
        }
      }
    } else {
      emit(VOp::Call, block, fn.func);
    }
  } else {
    emit(VOp::CallClosure, block, fslot);
  }
  // Results.
  if (ft->out.empty()) {
    r.mode = Mode::NoValue;
    return r;
  }
  for (size_t i = 0; i < ft->out.size(); i++) {
    Operand res = make_value(ft->out[i], block + offs[callee_sig->in.size() + i]);
    res.expr = e;
    if (tuple) tuple->push_back(res);
    if (i == 0) r = res;
  }
  if (ft->out.size() > 1 && !tuple) {
    error_at(e, "multiple-value " + to_string(e) + " (value of type " + tuple_string(ft->out) + ") in single-value context");
    r.mode = Mode::Invalid;
  }
  return r;
}

// ---- conversions -------------------------------------------------------------------

Operand Compiler::conversion(CallExpr* e, const Type* t) {
  Operand r;
  r.expr = e;
  if (e->args.size() != 1) {
    error_at(e, e->args.empty() ? "missing argument in conversion to " + type_string(t)
                                : "too many arguments in conversion to " + type_string(t));
    return r;
  }
  Operand x = expr(e->args[0], t);
  if (!x.ok()) return r;
  const Type* tu = underlying(t);
  if (x.mode == Mode::Const && is_basic(tu) && (!x.type || is_basic(underlying(x.type)))) {
    ConstOperand c{to_string(e->args[0]), x.type ? basic_kind(underlying(x.type)) : x.ukind, x.val, ""};
    bool int_to_string = tu->kind == TK::String && c.val.kind() == ConstKind::Int;
    if (int_to_string) {
      auto v = c.val.int64_val();
      std::string s;
      uint32_t cp = v && *v >= 0 && *v <= 0x10FFFF && !(*v >= 0xD800 && *v <= 0xDFFF) ? static_cast<uint32_t>(*v) : 0xFFFD;
      append_utf8(s, cp);
      r.mode = Mode::Const;
      r.val = Constant::make_string(s);
      r.type = t;
      return r;
    }
    std::string tname = t->named() ? type_string(t) : "";
    auto err = check_conversion(c, basic_kind(tu), tname);
    if (err) {
      error_at(e->args[0], *err);
      return r;
    }
    r.mode = Mode::Const;
    r.val = c.val;
    r.type = t;
    return r;
  }
  std::string as_written = operand_string(x);
  if (x.mode == Mode::Const && !x.type) {
    Operand probe = x;
    convert_untyped(probe, default_type(x.ukind), "conversion");
    if (!convertible(probe, t)) {
      error_at(e->args[0], "cannot convert " + as_written + " to type " + type_string(t));
      return r;
    }
    x = probe;
  }
  if (x.is_nil) {
    convert_untyped(x, t, "conversion");
    if (!x.ok()) return r;
    int32_t d = alloc_temp(t);
    emit(VOp::Zero, d, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, t->size)));
    return make_value(t, d);
  }
  if (!convertible(x, t)) {
    error_at(e->args[0], "cannot convert " + as_written + " to type " + type_string(t));
    return r;
  }
  const Type* xu = underlying(x.type);
  if (tu->kind == TK::Interface) {
    explicit_conv_site_ = e;  // escape analysis keys T(x)'s box on the conversion
    int32_t v = value_as(x, t, "conversion");
    explicit_conv_site_ = nullptr;
    Operand res = make_value(t, v);
    res.expr = e;
    return res;
  }
  int32_t v = value(x);
  if (v < 0) return r;
  int32_t d = alloc_temp(t);
  TK from = xu->kind, to = tu->kind;
  auto is_int = [](TK k) { return k >= TK::Int && k <= TK::Uintptr; };
  auto is_uns = [](TK k) { return k >= TK::Uint && k <= TK::Uintptr; };
  auto ext = [&](TK k) {
    switch (k) {
      case TK::Int8: emit(VOp::Ext1S, d, d); break;
      case TK::Uint8: emit(VOp::Ext1U, d, d); break;
      case TK::Int16: emit(VOp::Ext2S, d, d); break;
      case TK::Uint16: emit(VOp::Ext2U, d, d); break;
      case TK::Int32: emit(VOp::Ext4S, d, d); break;
      case TK::Uint32: emit(VOp::Ext4U, d, d); break;
      default: break;
    }
  };
  if (is_int(from) && is_int(to)) {
    emit(VOp::Mov8, d, v);
    ext(to);
  } else if (is_int(from) && (to == TK::Float64 || to == TK::Float32)) {
    if (to == TK::Float64) emit(is_uns(from) ? VOp::CvtU64F64 : VOp::CvtS64F64, d, v);
    else emit(is_uns(from) ? VOp::CvtU64F32 : VOp::CvtS64F32, d, v);
  } else if ((from == TK::Float64 || from == TK::Float32) && is_int(to)) {
    if (from == TK::Float64) emit(is_uns(to) ? VOp::CvtF64U64 : VOp::CvtF64S64, d, v);
    else emit(is_uns(to) ? VOp::CvtF32U64 : VOp::CvtF32S64, d, v);
    ext(to);
  } else if (from == TK::Float32 && to == TK::Float64) {
    emit(VOp::CvtF32F64, d, v);
  } else if (from == TK::Float64 && to == TK::Float32) {
    emit(VOp::CvtF64F32, d, v);
  } else if (from == TK::Complex64 && to == TK::Complex128) {
    emit(VOp::CCvt, d, v, 0, 0, 0);
  } else if (from == TK::Complex128 && to == TK::Complex64) {
    emit(VOp::CCvt, d, v, 0, 0, 1);
  } else if (to == TK::String && is_int(from)) {
    emit(VOp::StrFromRune, d, v);
  } else if (to == TK::String && from == TK::Slice) {
    const Type* el = underlying(xu->elem());
    emit(el->kind == TK::Uint8 ? VOp::StrFromBytes : VOp::StrFromRunes, d, v);
  } else if (from == TK::String && to == TK::Slice) {
    const Type* el = underlying(tu->elem());
    emit(el->kind == TK::Uint8 ? VOp::BytesFromStr : VOp::RunesFromStr, d, v);
  } else if (from == TK::Slice && to == TK::Array) {
    emit(VOp::SliceToArray, d, v, 0, type_index(tu), 0);
  } else if (from == TK::Slice && to == TK::Pointer) {
    emit(VOp::SliceToArray, d, v, 0, type_index(underlying(tu->elem())), 1);
  } else if (t->size <= 8) {
    emit(VOp::Mov8, d, v);
  } else {
    emit(VOp::MovN, d, v, 0, static_cast<int32_t>(t->size));
  }
  Operand res = make_value(t, d);
  res.expr = e;
  return res;
}

}  // namespace gs::lang
