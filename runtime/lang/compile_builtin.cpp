// compile_builtin.cpp — Go's predeclared functions: len, cap, append, copy, make,
// new, delete, clear, min, max, complex, real, imag, panic, recover, print, println
// (types2's builtins.go for the checks and messages).
// Invariant: each builtin that allocates does so through an instruction that calls
// mallocgc (New, MakeSlice, Append, MakeMap), never at compile time.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

using VOp = VOp;

// Print kinds for the Print instruction (the VM's printbool/printint/... family).
enum PrintKind : uint16_t { kPBool, kPInt, kPUint, kPFloat, kPString, kPPointer, kPEface, kPIface, kPSlice, kPComplex };

Operand Compiler::call_builtin(CallExpr* e, Builtin b, std::vector<Operand>* tuple) {
  Operand r;
  r.expr = e;
  std::string name = to_string(e->fun);
  auto nargs_error = [&](size_t want_min, size_t want_max) -> bool {
    size_t n = e->args.size();
    if (n < want_min) {
      error_at(e, "invalid operation: not enough arguments for " + to_string(e) + " (expected " + std::to_string(want_min) + ", found " + std::to_string(n) + ")");
      return true;
    }
    if (n > want_max) {
      error_at(e, "invalid operation: too many arguments for " + to_string(e) + " (expected " + std::to_string(want_max) + ", found " + std::to_string(n) + ")");
      return true;
    }
    return false;
  };
  (void)tuple;
  switch (b) {
    case Builtin::Len:
    case Builtin::Cap: {
      if (nargs_error(1, 1)) return r;
      Operand x = expr(e->args[0]);
      if (!x.ok()) return r;
      const Type* u = x.type ? underlying(x.type) : (x.ukind == BasicKind::UntypedString ? U->basic(TK::String) : nullptr);
      if (u && u->kind == TK::Pointer && u->elem()->kind == TK::Array) u = u->elem();
      bool ok = u && (u->kind == TK::Slice || u->kind == TK::Array || u->kind == TK::Chan ||
                      (b == Builtin::Len && (u->kind == TK::String || u->kind == TK::Map)));
      if (!ok) {
        error_at(e->args[0], "invalid argument: " + operand_string(x) + " for built-in " + name);
        return r;
      }
      if (x.mode == Mode::Const && x.val.kind() == ConstKind::String) {
        r.mode = Mode::Const;
        r.val = Constant::make_int64(static_cast<int64_t>(x.val.string_val().size()));
        r.type = U->basic(TK::Int);
        return r;
      }
      if (u->kind == TK::Array) {
        r.mode = Mode::Const;
        r.val = Constant::make_int64(static_cast<int64_t>(u->array_type()->len));
        r.type = U->basic(TK::Int);
        // Go evaluates x only if it has calls or receives; we skip evaluation.
        return r;
      }
      int32_t v = value(x);
      int32_t d = alloc_temp(U->basic(TK::Int));
      if (u->kind == TK::Map) emit(VOp::MapLen, d, v);
      else if (u->kind == TK::Chan) emit(VOp::ChanLen, d, v, 0, 0, b == Builtin::Len ? 0 : 1);
      else emit(VOp::Mov8, d, v + (b == Builtin::Len ? 8 : 16));
      return make_value(U->basic(TK::Int), d);
    }
    case Builtin::New: {
      if (nargs_error(1, 1)) return r;
      const Type* t = type_expr(e->args[0]);
      if (!t) return r;
      int32_t p = alloc_temp(U->ptr_to(t));
      emit_new(p, t, e);
      return make_value(U->ptr_to(t), p);
    }
    case Builtin::Make: {
      if (e->args.empty()) {
        error(e->pos, "not enough arguments for " + to_string(e) + " (expected 1, found 0)");
        return r;
      }
      const Type* t = type_expr(e->args[0]);
      if (!t) return r;
      const Type* u = underlying(t);
      // types2's index check for make's size arguments: untyped constants become int
      // ("truncated to int", "overflows int", "cannot convert ... to type int"), then the
      // type must be an integer and a constant must not be negative.
      std::vector<int64_t> const_args;  // each size argument's constant value, or -1
      auto int_arg = [&](Expr* a, const char* what) -> int32_t {
        (void)what;
        Operand x = expr(a);
        if (!x.ok()) return -1;
        {
          std::optional<int64_t> v;
          if (x.mode == Mode::Const && x.val.kind() == ConstKind::Int) v = x.val.int64_val();
          const_args.push_back(v && *v >= 0 ? *v : -1);
        }
        if (x.is_nil || (!x.type && x.mode != Mode::Const && x.ukind != BasicKind::UntypedInt &&
                         x.ukind != BasicKind::UntypedRune)) {
          error_at(a, "cannot convert " + operand_string(x) + " to type int");
          return -1;
        }
        if (!x.type && x.mode == Mode::Const) {
          std::string as_written = operand_string(x);
          Constant cv = x.val.kind() == ConstKind::Complex && imag(x.val).sign() == 0 ? real(x.val) : x.val;
          bool numeric = cv.kind() == ConstKind::Int || cv.kind() == ConstKind::Float;
          Constant iv = numeric ? to_int(cv) : cv;
          if (!numeric && cv.kind() != ConstKind::Complex) {
            error_at(a, "cannot convert " + as_written + " to type int");
            return -1;
          }
          if (iv.kind() != ConstKind::Int) {
            error_at(a, as_written + " truncated to int");
            return -1;
          }
          if (!representable(iv, BasicKind::Int)) {
            error_at(a, as_written + " overflows int");
            return -1;
          }
          x.val = iv;
          x.type = U->basic(TK::Int);
        } else if (!x.type) {
          x.type = U->basic(TK::Int);  // an untyped integer value (a non-constant shift)
        }
        if (!(underlying(x.type)->kind >= TK::Int && underlying(x.type)->kind <= TK::Uintptr)) {
          error_at(a, "invalid argument: index " + operand_string(x) + " must be integer");
          return -1;
        }
        if (x.mode == Mode::Const && x.val.sign() < 0) {
          error_at(a, "invalid argument: index " + operand_string(x) + " must not be negative");
          return -1;
        }
        return value(x);
      };
      if (u->kind == TK::Slice) {
        if (e->args.size() < 2) {
          error_at(e, "invalid operation: " + to_string(e) + " expects 2 or 3 arguments; found " + std::to_string(e->args.size()));
          return r;
        }
        int32_t n = int_arg(e->args[1], "argument to make");
        int32_t c = e->args.size() > 2 ? int_arg(e->args[2], "argument to make") : -1;
        if (n < 0 || (e->args.size() > 2 && c < 0)) return r;
        int32_t d = alloc_temp(t);
        // A constant-size make that escape analysis keeps local gets a frame array.
        const int64_t len_c = const_args.size() > 0 ? const_args[0] : -1;
        const int64_t cap_c = const_args.size() > 1 ? const_args[1] : len_c;
        const Type* et = u->elem();
        if (keeps_in_frame(e, StackDecisions::kAlloc) && len_c >= 0 && cap_c >= 0 && len_c <= cap_c &&
            len_c <= INT32_MAX && cap_c <= INT32_MAX && et && et->size * static_cast<uint64_t>(cap_c) <= 64 * 1024) {
          const Type* arr = U->array_of(et, static_cast<uint64_t>(cap_c));
          int32_t region = alloc_local(arr);
          emit(VOp::Zero, region, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, (arr->size + 7) & ~uint64_t{7})));
          emit(VOp::FrameAddr, d, region);
          int32_t k = alloc_temp(U->basic(TK::Int));
          emit(VOp::Const64, k, static_cast<int32_t>(len_c), 0);
          emit(VOp::Mov8, d + 8, k);
          emit(VOp::Const64, k, static_cast<int32_t>(cap_c), 0);
          emit(VOp::Mov8, d + 16, k);
          return make_value(t, d);
        }
        emit(VOp::MakeSlice, d, n, c < 0 ? n : c, type_index(u->elem()));
        return make_value(t, d);
      }
      if (u->kind == TK::Map) {
        int32_t hint = e->args.size() > 1 ? int_arg(e->args[1], "argument to make") : -1;
        int32_t d = alloc_temp(t);
        emit(VOp::MakeMap, d, hint, 0, type_index(u));
        return make_value(t, d);
      }
      if (u->kind == TK::Chan) {
        if (e->args.size() > 2) {
          error_at(e, "invalid operation: " + to_string(e) + " expects 1 or 2 arguments; found " + std::to_string(e->args.size()));
          return r;
        }
        int32_t size = e->args.size() > 1 ? int_arg(e->args[1], "argument to make") : -1;
        if (e->args.size() > 1 && size < 0) return r;
        int32_t d = alloc_temp(t);
        emit(VOp::MakeChan, d, type_index(u), size < 0 ? 0 : size, 0, size < 0 ? 0 : 1);
        return make_value(t, d);
      }
      error_at(e->args[0], "invalid argument: cannot make " + to_string(e->args[0]) + "; type must be slice, map, or channel");
      return r;
    }
    case Builtin::Append: {
      if (e->args.empty()) {
        error(e->pos, "not enough arguments for " + to_string(e) + " (expected 1, found 0)");
        return r;
      }
      Operand s = expr(e->args[0]);
      if (!s.ok()) return r;
      if (s.is_nil) {
        error_at(e->args[0], "first argument to append must be a typed slice; found untyped nil");
        return r;
      }
      const Type* su = s.type ? underlying(s.type) : nullptr;
      if (!su || su->kind != TK::Slice) {
        error_at(e->args[0], "first argument to append must be a slice; have " + operand_string(s));
        return r;
      }
      // The slice is read after the other arguments are evaluated, as gc orders it:
      // in `log = append(log, f())`, f runs first, so an append f makes to log (or
      // another goroutine makes while f blocks) is not lost. Reading a variable has no
      // side effects, so Go's left-to-right rule for calls allows it.
      const Type* et = su->elem();
      int32_t d = alloc_temp(s.type);
      if (e->has_dots) {
        if (e->args.size() != 2) {
          error_at(e, "can only use ... with final argument in list");
          return r;
        }
        Operand y = expr(e->args[1], s.type);
        if (!y.ok()) return r;
        bool str = (y.type && underlying(y.type)->kind == TK::String) || (!y.type && y.ukind == BasicKind::UntypedString);
        if (str && underlying(et)->kind == TK::Uint8) {
          if (!y.type) convert_untyped(y, U->basic(TK::String), "append");
          int32_t yv = value(y);
          emit(VOp::AppendSlice, d, value(s), yv, type_index(su), 1);
        } else {
          int32_t yv = value_as(y, s.type, "append");
          if (yv < 0) return r;
          emit(VOp::AppendSlice, d, value(s), yv, type_index(su), 0);
        }
        return make_value(s.type, d);
      }
      size_t n = e->args.size() - 1;
      if (n == 0) {
        emit(VOp::MovN, d, value(s), 0, 24);
        return make_value(s.type, d);
      }
      const Type* arr = U->array_of(et, n);
      int32_t vals = alloc_temp(arr);
      for (size_t i = 0; i < n; i++) {
        Operand x = expr(e->args[i + 1], et);
        if (!x.ok()) return r;
        int32_t v = value_as(x, et, "argument to append");
        if (v < 0) return r;
        Operand cell;
        cell.mode = Mode::Var;
        cell.type = et;
        cell.loc = {Loc::Frame, vals + static_cast<int32_t>(i * et->size), 0, true};
        store(cell, v, et);
      }
      emit(VOp::Append, d, value(s), vals, type_index(su), static_cast<uint16_t>(n));
      return make_value(s.type, d);
    }
    case Builtin::Copy: {
      if (nargs_error(2, 2)) return r;
      Operand dst = expr(e->args[0]);
      Operand src = expr(e->args[1]);
      if (!dst.ok() || !src.ok()) return r;
      const Type* du = dst.type ? underlying(dst.type) : nullptr;
      const Type* su = src.type ? underlying(src.type) : (src.ukind == BasicKind::UntypedString ? U->basic(TK::String) : nullptr);
      if (!du || du->kind != TK::Slice || !su || (su->kind != TK::Slice && su->kind != TK::String)) {
        error_at(e, "invalid argument: copy expects slice arguments; found " + operand_string(dst) + " and " + operand_string(src));
        return r;
      }
      if (!src.type) convert_untyped(src, U->basic(TK::String), "copy");
      int32_t a = value(dst), bb = value(src);
      int32_t d = alloc_temp(U->basic(TK::Int));
      emit(VOp::Copy, d, a, bb, type_index(du->elem()), su->kind == TK::String ? 1 : 0);
      return make_value(U->basic(TK::Int), d);
    }
    case Builtin::Delete: {
      if (nargs_error(2, 2)) return r;
      Operand m = expr(e->args[0]);
      if (!m.ok()) return r;
      const Type* mu = m.type ? underlying(m.type) : nullptr;
      if (!mu || mu->kind != TK::Map) {
        error_at(e->args[0], "invalid argument: " + operand_string(m) + " is not a map");
        return r;
      }
      int32_t mv = value(m);
      Operand k = expr(e->args[1], mu->map_type()->key);
      int32_t kv = value_as(k, mu->map_type()->key, "argument to delete");
      if (kv < 0) return r;
      emit(VOp::MapDelete, 0, mv, kv, type_index(mu));
      r.mode = Mode::NoValue;
      return r;
    }
    case Builtin::Clear: {
      if (nargs_error(1, 1)) return r;
      Operand m = expr(e->args[0]);
      if (!m.ok()) return r;
      const Type* mu = m.type ? underlying(m.type) : nullptr;
      if (!mu || (mu->kind != TK::Map && mu->kind != TK::Slice)) {
        error_at(e->args[0], "invalid argument: " + operand_string(m) + " must be a map or slice");
        return r;
      }
      int32_t mv = value(m);
      emit(mu->kind == TK::Map ? VOp::MapClear : VOp::ClearSlice, 0, mv, 0, type_index(mu));
      r.mode = Mode::NoValue;
      return r;
    }
    case Builtin::Min:
    case Builtin::Max: {
      if (e->args.empty()) {
        error(e->pos, "not enough arguments for " + to_string(e) + " (expected 1, found 0)");
        return r;
      }
      std::vector<Operand> xs;
      bool all_const = true;
      const Type* t = nullptr;
      for (Expr* a : e->args) {
        Operand x = expr(a);
        if (!x.ok()) return r;
        if (x.type) {
          if (t && t != x.type) {
            error_at(a, "invalid argument: mismatched types " + type_string(t) + " (previous argument) and " + type_string(x.type) + " (type of " + to_string(a) + ")");
            return r;
          }
          t = x.type;
        }
        all_const &= x.mode == Mode::Const;
        xs.push_back(x);
      }
      const Type* tu = t ? underlying(t) : nullptr;
      if (tu && !(tu->kind >= TK::Int && tu->kind <= TK::Float64) && tu->kind != TK::String) {
        error_at(e->args[0], "invalid argument: " + operand_string(xs[0]) + " cannot be ordered");
        return r;
      }
      if (all_const) {
        Operand best = xs[0];
        for (size_t i = 1; i < xs.size(); i++) {
          bool less = lang::compare(xs[i].val, Op::Lss, best.val);
          if ((b == Builtin::Min) == less) best = xs[i];
        }
        best.expr = e;
        if (t) best.type = t;
        else {
          BasicKind k = BasicKind::UntypedInt;
          for (auto& x : xs) if (static_cast<int>(x.ukind) > static_cast<int>(k)) k = x.ukind;
          best.ukind = k;
        }
        return best;
      }
      if (!t) t = default_type(xs[0].ukind);
      int32_t d = alloc_temp(t);
      int32_t first = value_as(xs[0], t, "argument to min");
      if (first < 0) return r;
      load_into(xs[0], d, t);
      if (d != first) emit(t->size <= 8 ? VOp::Mov8 : VOp::MovN, d, first, 0, static_cast<int32_t>(t->size));
      for (size_t i = 1; i < xs.size(); i++) {
        int32_t v = value_as(xs[i], t, "argument to min");
        if (v < 0) return r;
        int32_t c = alloc_temp(U->basic(TK::Bool));
        Operand cur = make_value(t, d), nxt = make_value(t, v);
        // take v if v < cur (min) / cur < v (max); floats: NaN wins, as Go's fmin/fmax
        if (tu->kind == TK::Float64 || tu->kind == TK::Float32) {
          bool f64 = tu->kind == TK::Float64;
          emit(f64 ? VOp::FLt64 : VOp::FLt32, c, b == Builtin::Min ? v : d, b == Builtin::Min ? d : v);
          int32_t nan = alloc_temp(U->basic(TK::Bool));
          emit(f64 ? VOp::FNe64 : VOp::FNe32, nan, v, v);
          emit(VOp::Or, c, c, nan);
        } else {
          compare(Op::Lss, b == Builtin::Min ? nxt : cur, b == Builtin::Min ? cur : nxt, c, e);
        }
        size_t j = emit(VOp::JmpIfNot, c, 0);
        emit(t->size <= 8 ? VOp::Mov8 : VOp::MovN, d, v, 0, static_cast<int32_t>(t->size));
        patch(j, pc());
      }
      Operand res = make_value(t, d);
      res.expr = e;
      return res;
    }
    case Builtin::Panic: {
      if (nargs_error(1, 1)) return r;
      Operand x = expr(e->args[0], U->any_type());
      if (!x.ok()) return r;
      int32_t v = value_as(x, U->any_type(), "argument to panic");
      if (v < 0) return r;
      set_line(e->pos);
      emit(VOp::Panic, v);
      r.mode = Mode::NoValue;
      return r;
    }
    case Builtin::Close: {
      if (nargs_error(1, 1)) return r;
      Operand c = expr(e->args[0]);
      if (!c.ok()) return r;
      const Type* cu = c.type ? underlying(c.type) : nullptr;
      if (!cu || cu->kind != TK::Chan) {
        error_at(e->args[0], "invalid operation: cannot close non-channel " + operand_string(c));
        return r;
      }
      if (cu->chan_type()->dir == types::ChanDir::Recv) {
        error_at(e->args[0], "invalid operation: cannot close receive-only channel " + operand_string(c));
        return r;
      }
      int32_t cv = value(c);
      if (cv < 0) return r;
      set_line(e->pos);
      emit(VOp::ChanClose, cv);
      r.mode = Mode::NoValue;
      return r;
    }
    case Builtin::Recover: {
      if (nargs_error(0, 0)) return r;
      int32_t d = alloc_temp(U->any_type());
      emit(VOp::Recover, d);
      return make_value(U->any_type(), d);
    }
    case Builtin::Complex: {
      // complex(x, y floatT) complexT (types2's _Complex)
      if (nargs_error(2, 2)) return r;
      Operand x = expr(e->args[0]);
      if (!x.ok()) return r;
      Operand y = expr(e->args[1]);
      if (!y.ok()) return r;
      if (x.is_nil || y.is_nil) {
        error_at(x.is_nil ? e->args[0] : e->args[1], "use of untyped nil in argument to built-in complex");
        return r;
      }
      bool ux = x.untyped(), uy = y.untyped();
      if (ux && !uy) convert_untyped(x, y.type, "argument to complex");
      else if (!ux && uy) convert_untyped(y, x.type, "argument to complex");
      else if (ux && uy) {
        if (x.mode == Mode::Const && y.mode == Mode::Const) {
          // untyped numeric constants with a zero imaginary part act as untyped floats
          auto to_float_kind = [](Operand& o) {
            if (is_numeric(o.ukind) && imag(o.val).sign() == 0) o.ukind = BasicKind::UntypedFloat;
          };
          to_float_kind(x);
          to_float_kind(y);
        } else {
          convert_untyped(x, U->basic(TK::Float64), "argument to complex");
          convert_untyped(y, U->basic(TK::Float64), "argument to complex");
        }
      }
      if (!x.ok() || !y.ok()) return r;
      std::string xt = x.type ? type_string(x.type) : std::string(basic_name(x.ukind));
      std::string yt = y.type ? type_string(y.type) : std::string(basic_name(y.ukind));
      if (x.type != y.type || (!x.type && x.ukind != y.ukind)) {
        error_at(e->args[0], "invalid operation: " + to_string(e) + " (mismatched types " + xt + " and " + yt + ")");
        return r;
      }
      const Type* res_t = nullptr;
      if (x.type) {
        TK k = underlying(x.type)->kind;
        if (k == TK::Float32) res_t = U->basic(TK::Complex64);
        else if (k == TK::Float64) res_t = U->basic(TK::Complex128);
      }
      bool untyped_float = !x.type && x.ukind == BasicKind::UntypedFloat;
      if (!res_t && !untyped_float) {
        error_at(e->args[0], "invalid argument: arguments have type " + xt + ", expected floating-point");
        return r;
      }
      if (x.mode == Mode::Const && y.mode == Mode::Const) {
        r.mode = Mode::Const;
        r.val = binary_op(to_float(x.val), Op::Add, Constant::make_imag(to_float(y.val)));
        r.type = res_t;
        r.ukind = BasicKind::UntypedComplex;
        return r;
      }
      int32_t a = value(x);
      int32_t b2 = value(y);
      if (a < 0 || b2 < 0) return r;
      int32_t d = alloc_temp(res_t);
      emit(VOp::CMake, d, a, b2, 0, res_t->kind == TK::Complex64 ? 1 : 0);
      Operand res = make_value(res_t, d);
      res.expr = e;
      return res;
    }
    case Builtin::Real:
    case Builtin::Imag: {
      // real/imag(x complexT) floatT (types2's _Real/_Imag)
      if (nargs_error(1, 1)) return r;
      Operand x = expr(e->args[0]);
      if (!x.ok()) return r;
      if (x.is_nil) {
        error_at(e->args[0], "use of untyped nil in argument to built-in " + name);
        return r;
      }
      if (x.untyped()) {
        if (x.mode == Mode::Const) {
          if (is_numeric(x.ukind)) x.ukind = BasicKind::UntypedComplex;
        } else {
          convert_untyped(x, U->basic(TK::Complex128), ("argument to " + name).c_str());
          if (!x.ok()) return r;
        }
      }
      const Type* res_t = nullptr;
      bool untyped_complex = !x.type && x.ukind == BasicKind::UntypedComplex;
      if (x.type) {
        TK k = underlying(x.type)->kind;
        if (k == TK::Complex64) res_t = U->basic(TK::Float32);
        else if (k == TK::Complex128) res_t = U->basic(TK::Float64);
      }
      if (!res_t && !untyped_complex) {
        std::string xt = x.type ? type_string(x.type) : std::string(basic_name(x.ukind));
        error_at(e->args[0], "invalid argument: argument has type " + xt + ", expected complex type");
        return r;
      }
      if (x.mode == Mode::Const) {
        r.mode = Mode::Const;
        r.val = b == Builtin::Real ? real(x.val) : imag(x.val);
        if (res_t) r.val = to_float(r.val);
        r.type = res_t;
        r.ukind = BasicKind::UntypedFloat;
        return r;
      }
      int32_t a = value(x);
      if (a < 0) return r;
      int32_t d = alloc_temp(res_t);
      emit(VOp::CPart, d, a, b == Builtin::Real ? 0 : 1, 0, res_t->kind == TK::Float32 ? 1 : 0);
      Operand res = make_value(res_t, d);
      res.expr = e;
      return res;
    }
    case Builtin::Print:
    case Builtin::Println: {
      bool ln = b == Builtin::Println;
      for (size_t i = 0; i < e->args.size(); i++) {
        Operand x = expr(e->args[i]);
        if (!x.ok()) return r;
        if (x.is_nil) {
          error_at(e->args[i], "use of untyped nil in argument to built-in" + name);
          return r;
        }
        if (i > 0 && ln) emit(VOp::PrintSp);
        int32_t v = value(x);
        if (v < 0) return r;
        const Type* u = underlying(x.type);
        uint16_t k = kPInt;
        switch (u->kind) {
          case TK::Bool: k = kPBool; break;
          case TK::Int: case TK::Int8: case TK::Int16: case TK::Int32: case TK::Int64: k = kPInt; break;
          case TK::Uint: case TK::Uint8: case TK::Uint16: case TK::Uint32: case TK::Uint64: case TK::Uintptr: k = kPUint; break;
          case TK::Float32: {
            int32_t f = alloc_temp(U->basic(TK::Float64));
            emit(VOp::CvtF32F64, f, v);
            v = f;
            k = kPFloat;
            break;
          }
          case TK::Float64: k = kPFloat; break;
          case TK::Complex64: {
            int32_t c = alloc_temp(U->basic(TK::Complex128));
            emit(VOp::CCvt, c, v, 0, 0, 0);
            v = c;
            k = kPComplex;
            break;
          }
          case TK::Complex128: k = kPComplex; break;
          case TK::String: k = kPString; break;
          case TK::Interface: k = u->interface_type()->methods.empty() ? kPEface : kPIface; break;
          case TK::Slice: k = kPSlice; break;
          case TK::Pointer: case TK::Map: case TK::Chan: case TK::Func: case TK::UnsafePointer: k = kPPointer; break;
          default:
            error_at(e->args[i], "illegal types for operand: " + name + "\n\t" + type_string(x.type));
            return r;
        }
        emit(VOp::Print, v, 0, 0, 0, k);
      }
      if (ln) emit(VOp::PrintNl);
      r.mode = Mode::NoValue;
      return r;
    }
    default:
      error_at(e, name + " is not supported yet");
      return r;
  }
}

}  // namespace gs::lang
