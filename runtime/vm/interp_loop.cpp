// interp_loop.cpp — Machine::loop, the dispatch loop. Operand conventions per
// instruction are those the compiler emits (lang/compile_*.cpp): a, b, c, d are
// frame offsets unless the comment says index/immediate/target.
// Invariant: g.fn/g.pc/g.fp are written back before anything that can look at the
// stack from outside the loop (calls, growth, panics, natives, host callbacks).
#include <cmath>
#include <cstring>

#include "lang/utf8.h"
#include "lib/native.h"
#include "maps/map.h"
#include "mem/growslice.h"
#include "mem/malloc.h"
#include "mem/mbarrier.h"
#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"

namespace gs::vm {

using types::Kind;
using types::Type;
using types::Word;

namespace {

// Go's float-to-int conversion on amd64 (CVTTSD2SQ): out-of-range gives MinInt64.
inline int64_t f2i(double d) {
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(d);
}
inline uint64_t f2u(double d) {
  // amd64: values >= 2^63 are converted by subtracting 2^63 first
  if (d >= 9223372036854775808.0 && d < 18446744073709551616.0)
    return static_cast<uint64_t>(f2i(d - 9223372036854775808.0)) ^ 0x8000000000000000ull;
  return static_cast<uint64_t>(f2i(d));
}

// Complex values in frame slots (Go's layout: complex64 = 2×float32, complex128 = 2×float64).
struct Cplx {
  double re, im;
};
inline Cplx ld_c(const uint8_t* p, bool c64) {
  if (c64) return {static_cast<double>(ld<float>(p)), static_cast<double>(ld<float>(p + 4))};
  return {ld<double>(p), ld<double>(p + 8)};
}
inline void st_c(uint8_t* p, bool c64, Cplx v) {
  if (c64) {
    st<float>(p, static_cast<float>(v.re));
    st<float>(p + 4, static_cast<float>(v.im));
  } else {
    st<double>(p, v.re);
    st<double>(p + 8, v.im);
  }
}
inline double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }
// Go's runtime.complex128div: Smith's algorithm, then C99 Annex G's corrections when both
// parts came out NaN.
Cplx complex128div(Cplx n, Cplx m) {
  double e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    double ratio = m.im / m.re;
    double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    double ratio = m.re / m.im;
    double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = HUGE_VAL;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

std::string itoa(int64_t v) { return std::to_string(v); }
// Go's boundsError text for x[i]: a negative index has no length part.
std::string index_error(int64_t i, int64_t len) {
  if (i < 0) return "index out of range [" + itoa(i) + "]";
  return "index out of range [" + itoa(i) + "] with length " + itoa(len);
}
}  // namespace

struct Defer;
struct Panic;

Machine::Status Machine::loop(G& g) {
  const Func* fn = g.fn;
  const Instr* code = fn->code.data();
  uint32_t pc = g.pc;
  uint8_t* fp = g.fp;
  uint8_t* globals = m_.globals.data();
  auto F = [&](int32_t off) -> uint8_t* { return fp + off; };
  auto I64 = [&](int32_t off) -> int64_t { return ld<int64_t>(fp + off); };
  auto U64 = [&](int32_t off) -> uint64_t { return ld<uint64_t>(fp + off); };
  auto F64 = [&](int32_t off) -> double { return ld<double>(fp + off); };
  auto F32 = [&](int32_t off) -> float { return ld<float>(fp + off); };
  auto save = [&] {
    g.fn = fn;
    g.pc = pc;
    g.fp = fp;
  };
  auto restore = [&] {
    fn = g.fn;
    code = fn->code.data();
    pc = g.pc;
    fp = g.fp;
  };
#define RT_ERROR(msg)            \
  do {                           \
    save();                      \
    runtime_error(g, msg);       \
    if (exiting_) return Status::Exit; \
    restore();                   \
    goto next_instruction;       \
  } while (0)
#define MAP_FATAL_CHECK()                           \
  if (const char* fatal = maps::pending_fatal()) {  \
    std::string msg = fatal;                        \
    maps::clear_pending_fatal();                    \
    save();                                         \
    fatal_error(g, msg);                            \
    return Status::Exit;                            \
  }
#define NIL_CHECK(p) \
  if ((p) == nullptr) RT_ERROR("invalid memory address or nil pointer dereference")

  for (;;) {
    const Instr& in = code[pc++];
    switch (in.op) {
      case Op::Nop: break;
      case Op::Mov8: std::memcpy(F(in.a), F(in.b), 8); break;
      case Op::MovN: std::memmove(F(in.a), F(in.b), static_cast<size_t>(in.d)); break;
      case Op::Zero: std::memset(F(in.a), 0, static_cast<size_t>(in.d)); break;
      case Op::Const64:
        st<uint64_t>(F(in.a), static_cast<uint32_t>(in.b) | (static_cast<uint64_t>(static_cast<uint32_t>(in.c)) << 32));
        break;
      case Op::FrameAddr: st<Word>(F(in.a), word(F(in.b))); break;
      case Op::GlobalAddr: st<Word>(F(in.a), word(globals + in.b)); break;
      case Op::FuncVal: st<Word>(F(in.a), word(&m_.funcs[in.b]->funcval)); break;
      case Op::Load8: case Op::Load1S: case Op::Load1U: case Op::Load2S: case Op::Load2U:
      case Op::Load4S: case Op::Load4U: case Op::LoadN: {
        uint8_t* p = ptr(ld<Word>(F(in.b)));
        NIL_CHECK(p);
        p += in.c;
        switch (in.op) {
          case Op::Load8: std::memcpy(F(in.a), p, 8); break;
          case Op::Load1S: st<int64_t>(F(in.a), ld<int8_t>(p)); break;
          case Op::Load1U: st<uint64_t>(F(in.a), ld<uint8_t>(p)); break;
          case Op::Load2S: st<int64_t>(F(in.a), ld<int16_t>(p)); break;
          case Op::Load2U: st<uint64_t>(F(in.a), ld<uint16_t>(p)); break;
          case Op::Load4S: st<int64_t>(F(in.a), ld<int32_t>(p)); break;
          case Op::Load4U: st<uint64_t>(F(in.a), ld<uint32_t>(p)); break;
          default: std::memmove(F(in.a), p, static_cast<size_t>(in.d)); break;
        }
        break;
      }
      case Op::Store8: case Op::Store1: case Op::Store2: case Op::Store4: case Op::StoreN: case Op::StoreTyped: {
        uint8_t* p = ptr(ld<Word>(F(in.a)));
        NIL_CHECK(p);
        p += in.b;
        // Pointer stores go through the write-barrier entry (seam 6): with the GC not
        // marking the barrier is this one predictable branch.
        if (in.x && mem::write_barrier_enabled()) mem::write_barrier_shade(p, F(in.c), in.op == Op::StoreTyped ? m_.types[in.d] : nullptr);
        switch (in.op) {
          case Op::Store8: std::memcpy(p, F(in.c), 8); break;
          case Op::Store1: std::memcpy(p, F(in.c), 1); break;
          case Op::Store2: std::memcpy(p, F(in.c), 2); break;
          case Op::Store4: std::memcpy(p, F(in.c), 4); break;
          case Op::StoreN: std::memmove(p, F(in.c), static_cast<size_t>(in.d)); break;
          default: std::memmove(p, F(in.c), m_.types[in.d]->size); break;
        }
        break;
      }
      case Op::LoadG8: std::memcpy(F(in.a), globals + in.b, 8); break;
      case Op::LoadGN: std::memcpy(F(in.a), globals + in.b, static_cast<size_t>(in.d)); break;
      case Op::StoreG8:
        if (in.x && mem::write_barrier_enabled()) mem::write_barrier_shade(globals + in.a, F(in.c), nullptr);
        std::memcpy(globals + in.a, F(in.c), 8);
        break;
      case Op::StoreGN: std::memcpy(globals + in.a, F(in.c), static_cast<size_t>(in.d)); break;
      case Op::StoreGTyped: mem::typedmemmove(m_.types[in.d], globals + in.a, F(in.c)); break;
      case Op::Add: st<uint64_t>(F(in.a), U64(in.b) + U64(in.c)); break;
      case Op::Sub: st<uint64_t>(F(in.a), U64(in.b) - U64(in.c)); break;
      case Op::Mul: st<uint64_t>(F(in.a), U64(in.b) * U64(in.c)); break;
      case Op::AddImm: st<uint64_t>(F(in.a), U64(in.b) + static_cast<uint64_t>(static_cast<int64_t>(in.c))); break;
      case Op::DivS: case Op::RemS: {
        int64_t y = I64(in.c), x = I64(in.b);
        if (y == 0) RT_ERROR("integer divide by zero");
        int64_t r;
        if (y == -1) r = in.op == Op::DivS ? static_cast<int64_t>(0 - static_cast<uint64_t>(x)) : 0;
        else r = in.op == Op::DivS ? x / y : x % y;
        st<int64_t>(F(in.a), r);
        break;
      }
      case Op::DivU: case Op::RemU: {
        uint64_t y = U64(in.c), x = U64(in.b);
        if (y == 0) RT_ERROR("integer divide by zero");
        st<uint64_t>(F(in.a), in.op == Op::DivU ? x / y : x % y);
        break;
      }
      case Op::And: st<uint64_t>(F(in.a), U64(in.b) & U64(in.c)); break;
      case Op::Or: st<uint64_t>(F(in.a), U64(in.b) | U64(in.c)); break;
      case Op::Xor: st<uint64_t>(F(in.a), U64(in.b) ^ U64(in.c)); break;
      case Op::AndNot: st<uint64_t>(F(in.a), U64(in.b) & ~U64(in.c)); break;
      case Op::Shl: case Op::ShrS: case Op::ShrU: {
        uint64_t s = U64(in.c);
        if (in.x && static_cast<int64_t>(s) < 0) RT_ERROR("negative shift amount");
        uint64_t x = U64(in.b);
        uint64_t r;
        if (in.op == Op::Shl) r = s >= 64 ? 0 : x << s;
        else if (in.op == Op::ShrU) r = s >= 64 ? 0 : x >> s;
        else r = static_cast<uint64_t>(static_cast<int64_t>(x) >> (s >= 64 ? 63 : s));
        st<uint64_t>(F(in.a), r);
        break;
      }
      case Op::Neg: st<uint64_t>(F(in.a), 0 - U64(in.b)); break;
      case Op::Com: st<uint64_t>(F(in.a), ~U64(in.b)); break;
      case Op::Not: st<uint64_t>(F(in.a), U64(in.b) ? 0 : 1); break;
      case Op::Ext1S: st<int64_t>(F(in.a), static_cast<int8_t>(U64(in.b))); break;
      case Op::Ext1U: st<uint64_t>(F(in.a), static_cast<uint8_t>(U64(in.b))); break;
      case Op::Ext2S: st<int64_t>(F(in.a), static_cast<int16_t>(U64(in.b))); break;
      case Op::Ext2U: st<uint64_t>(F(in.a), static_cast<uint16_t>(U64(in.b))); break;
      case Op::Ext4S: st<int64_t>(F(in.a), static_cast<int32_t>(U64(in.b))); break;
      case Op::Ext4U: st<uint64_t>(F(in.a), static_cast<uint32_t>(U64(in.b))); break;
      case Op::Eq: st<uint64_t>(F(in.a), U64(in.b) == U64(in.c)); break;
      case Op::Ne: st<uint64_t>(F(in.a), U64(in.b) != U64(in.c)); break;
      case Op::LtS: st<uint64_t>(F(in.a), I64(in.b) < I64(in.c)); break;
      case Op::LeS: st<uint64_t>(F(in.a), I64(in.b) <= I64(in.c)); break;
      case Op::LtU: st<uint64_t>(F(in.a), U64(in.b) < U64(in.c)); break;
      case Op::LeU: st<uint64_t>(F(in.a), U64(in.b) <= U64(in.c)); break;
      case Op::FAdd64: st<double>(F(in.a), F64(in.b) + F64(in.c)); break;
      case Op::FSub64: st<double>(F(in.a), F64(in.b) - F64(in.c)); break;
      case Op::FMul64: st<double>(F(in.a), F64(in.b) * F64(in.c)); break;
      case Op::FDiv64: st<double>(F(in.a), F64(in.b) / F64(in.c)); break;
      case Op::FNeg64: st<double>(F(in.a), -F64(in.b)); break;
      case Op::FEq64: st<uint64_t>(F(in.a), F64(in.b) == F64(in.c)); break;
      case Op::FNe64: st<uint64_t>(F(in.a), F64(in.b) != F64(in.c)); break;
      case Op::FLt64: st<uint64_t>(F(in.a), F64(in.b) < F64(in.c)); break;
      case Op::FLe64: st<uint64_t>(F(in.a), F64(in.b) <= F64(in.c)); break;
      case Op::FAdd32: st<float>(F(in.a), F32(in.b) + F32(in.c)); break;
      case Op::FSub32: st<float>(F(in.a), F32(in.b) - F32(in.c)); break;
      case Op::FMul32: st<float>(F(in.a), F32(in.b) * F32(in.c)); break;
      case Op::FDiv32: st<float>(F(in.a), F32(in.b) / F32(in.c)); break;
      case Op::FNeg32: st<float>(F(in.a), -F32(in.b)); break;
      case Op::FEq32: st<uint64_t>(F(in.a), F32(in.b) == F32(in.c)); break;
      case Op::FNe32: st<uint64_t>(F(in.a), F32(in.b) != F32(in.c)); break;
      case Op::FLt32: st<uint64_t>(F(in.a), F32(in.b) < F32(in.c)); break;
      case Op::FLe32: st<uint64_t>(F(in.a), F32(in.b) <= F32(in.c)); break;
      case Op::CvtS64F64: st<double>(F(in.a), static_cast<double>(I64(in.b))); break;
      case Op::CvtU64F64: st<double>(F(in.a), static_cast<double>(U64(in.b))); break;
      case Op::CvtF64S64: st<int64_t>(F(in.a), f2i(F64(in.b))); break;
      case Op::CvtF64U64: st<uint64_t>(F(in.a), f2u(F64(in.b))); break;
      case Op::CvtS64F32: st<uint64_t>(F(in.a), 0), st<float>(F(in.a), static_cast<float>(I64(in.b))); break;
      case Op::CvtU64F32: st<uint64_t>(F(in.a), 0), st<float>(F(in.a), static_cast<float>(U64(in.b))); break;
      case Op::CvtF32S64: st<int64_t>(F(in.a), f2i(F32(in.b))); break;
      case Op::CvtF32U64: st<uint64_t>(F(in.a), f2u(F32(in.b))); break;
      case Op::CvtF32F64: st<double>(F(in.a), static_cast<double>(F32(in.b))); break;
      case Op::CvtF64F32: st<uint64_t>(F(in.a), 0), st<float>(F(in.a), static_cast<float>(F64(in.b))); break;
      case Op::CAdd: case Op::CSub: {
        bool c64 = in.x == 1;
        if (c64) {
          float xr = ld<float>(F(in.b)), xi = ld<float>(F(in.b) + 4), yr = ld<float>(F(in.c)), yi = ld<float>(F(in.c) + 4);
          st<float>(F(in.a), in.op == Op::CAdd ? xr + yr : xr - yr);
          st<float>(F(in.a) + 4, in.op == Op::CAdd ? xi + yi : xi - yi);
        } else {
          Cplx x = ld_c(F(in.b), false), y = ld_c(F(in.c), false);
          st_c(F(in.a), false, in.op == Op::CAdd ? Cplx{x.re + y.re, x.im + y.im} : Cplx{x.re - y.re, x.im - y.im});
        }
        break;
      }
      case Op::CMul: {
        bool c64 = in.x == 1;
        Cplx x = ld_c(F(in.b), c64), y = ld_c(F(in.c), c64);
        st_c(F(in.a), c64, Cplx{x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re});
        break;
      }
      case Op::CDiv: {
        bool c64 = in.x == 1;
        st_c(F(in.a), c64, complex128div(ld_c(F(in.b), c64), ld_c(F(in.c), c64)));
        break;
      }
      case Op::CNeg:
        if (in.x == 1) {
          float xr = ld<float>(F(in.b)), xi = ld<float>(F(in.b) + 4);
          st<float>(F(in.a), -xr);
          st<float>(F(in.a) + 4, -xi);
        } else {
          Cplx x = ld_c(F(in.b), false);
          st_c(F(in.a), false, Cplx{-x.re, -x.im});
        }
        break;
      case Op::CEq: case Op::CNe: {
        bool c64 = in.x == 1;
        Cplx x = ld_c(F(in.b), c64), y = ld_c(F(in.c), c64);
        bool eq = x.re == y.re && x.im == y.im;
        st<uint64_t>(F(in.a), in.op == Op::CEq ? eq : !eq);
        break;
      }
      case Op::CMake:
        if (in.x == 1) {
          float re = F32(in.b), im = F32(in.c);
          st<float>(F(in.a), re);
          st<float>(F(in.a) + 4, im);
        } else {
          double re = F64(in.b), im = F64(in.c);
          st<double>(F(in.a), re);
          st<double>(F(in.a) + 8, im);
        }
        break;
      case Op::CPart:
        if (in.x == 1) {
          float v = ld<float>(F(in.b) + 4 * in.c);
          st<uint64_t>(F(in.a), 0);
          st<float>(F(in.a), v);
        } else {
          st<double>(F(in.a), ld<double>(F(in.b) + 8 * in.c));
        }
        break;
      case Op::CCvt: {
        Cplx v = ld_c(F(in.b), in.x == 0);
        st_c(F(in.a), in.x == 1, v);
        break;
      }
      case Op::Jmp: pc = static_cast<uint32_t>(in.a); break;
      case Op::JmpIf: if (U64(in.a)) pc = static_cast<uint32_t>(in.b); break;
      case Op::JmpIfNot: if (!U64(in.a)) pc = static_cast<uint32_t>(in.b); break;
      case Op::JLtS: if (I64(in.a) < I64(in.b)) pc = static_cast<uint32_t>(in.c); break;
      case Op::JGeS: if (I64(in.a) >= I64(in.b)) pc = static_cast<uint32_t>(in.c); break;
      case Op::JEq: if (U64(in.a) == U64(in.b)) pc = static_cast<uint32_t>(in.c); break;
      case Op::JNe: if (U64(in.a) != U64(in.b)) pc = static_cast<uint32_t>(in.c); break;
      case Op::JLtSI: if (I64(in.a) < in.b) pc = static_cast<uint32_t>(in.c); break;
      case Op::JGeSI: if (I64(in.a) >= in.b) pc = static_cast<uint32_t>(in.c); break;
      case Op::JEqI: if (I64(in.a) == in.b) pc = static_cast<uint32_t>(in.c); break;
      case Op::JNeI: if (I64(in.a) != in.b) pc = static_cast<uint32_t>(in.c); break;
      case Op::Poll:
        // Safe point (seam 5): Stop or another M ending the program, then a
        // preemption request from sysmon (stackguard0 = stackPreempt and g.preempt),
        // which Go 1.14+ honours even in a loop without calls — unless
        // GODEBUG=asyncpreemptoff=1, which leaves only the function-entry polls.
        if (exiting_.load(std::memory_order_relaxed)) {
          save();
          return Status::Exit;
        }
        if (g.preempt.load(std::memory_order_relaxed) && (in.x == 1 || !options_.sched.asyncpreemptoff)) {
          g.preempt.store(false, std::memory_order_relaxed);
          if (g.stack.stackguard0.load(std::memory_order_relaxed) == sched::kStackPreempt)
            g.stack.stackguard0.store(sched::stack_guard_for(g.stack.stack), std::memory_order_relaxed);
          if (g.host_depth == 0) {
            save();
            return Status::Preempt;
          }
        }
        if ((++g.polls & 0xFFFF) == 0) {
          save();
          g.yield_at_entry = in.x == 1;  // (deterministic mode's time slice; see execute())
          return Status::Yield;
        }
        break;
      case Op::Call: case Op::CallClosure: {
        const Func* callee;
        Word ctx = 0;
        if (in.op == Op::Call) {
          callee = m_.funcs[in.b].get();
        } else {
          ctx = ld<Word>(F(in.b));
          uint8_t* fv = ptr(ctx);
          NIL_CHECK(fv);
          callee = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fv)));
        }
        // The prologue's check, inline: the callee's frame fits above stackguard0.
        uintptr_t cur = reinterpret_cast<uintptr_t>(fp);
        uint64_t size = static_cast<uint64_t>(callee->frame_size);
        if (!sched::stack_check_fails(g.stack, cur, size)) {
          uint8_t* nfp = fp - size;
          std::memcpy(nfp + kFrameHeader, F(in.a), static_cast<size_t>(callee->params_size));
          std::memset(nfp + kFrameHeader + callee->params_size, 0,
                      static_cast<size_t>(size - kFrameHeader - static_cast<uint64_t>(callee->params_size)));
          st<Word>(nfp + kSavedFp, word(fp));
          st<Word>(nfp + kSavedFunc, word(fn));
          st<uint64_t>(nfp + kSavedPc, static_cast<uint64_t>(pc));
          st<Word>(nfp + kClosureCtx, ctx);
          fp = nfp;
          fn = callee;
          code = fn->code.data();
          pc = 0;
          break;
        }
        save();
        if (!enter_call(g, callee, F(in.a), 0, ctx)) return Status::Exit;
        restore();
        break;
      }
      case Op::CallNative: {
        // The native works on a copy of the argument block: it may call back into Go
        // (fmt calling String()), which can grow — move — this goroutine's stack.
        const Func* callee = m_.funcs[in.b].get();
        size_t n = static_cast<size_t>(callee->args_size);
        alignas(16) uint8_t small[256];
        std::vector<uint8_t> big;
        uint8_t* buf = small;
        if (n > sizeof small) {
          big.resize(n);
          buf = big.data();
        }
        std::memcpy(buf, F(in.a), static_cast<size_t>(callee->results_off));
        std::memset(buf + callee->results_off, 0, n - static_cast<size_t>(callee->results_off));
        save();
        if (!callee->native) {
          BuiltinResult br = proc_builtin(g, callee, buf);
          switch (br) {
            case BuiltinResult::Continue: break;
            case BuiltinResult::Exit: return Status::Exit;
            case BuiltinResult::Park:
              // Runs again when the G is woken (Go's semacquire loop): back to this call.
              g.pc = pc - 1;
              g.resume = G::Resume::Rerun;
              return Status::Park;
            case BuiltinResult::YieldRerun:  // yield, then make the same call again
              g.pc = pc - 1;
              return Status::Gosched;
            case BuiltinResult::Gosched:
              std::memcpy(F(in.a) + callee->results_off, buf + callee->results_off, n - static_cast<size_t>(callee->results_off));
              return Status::Gosched;
            case BuiltinResult::Goexit:
              restore();
              goto next_instruction;
          }
        } else {
          const G::NativeArgs pinned{buf, n, g.native_args};
          g.native_args = &pinned;
          callee->native->fn(buf);
          g.native_args = pinned.outer;
        }
        if (exiting_) return Status::Exit;
        restore();
        std::memcpy(F(in.a) + callee->results_off, buf + callee->results_off, n - static_cast<size_t>(callee->results_off));
        if (exiting_) return Status::Exit;
        restore();
        lib::PendingPanic& pp = lib::pending_panic();
        if (pp.pending) {
          pp.pending = false;
          std::string msg = std::move(pp.message);
          save();
          if (pp.runtime_error) runtime_error(g, msg);
          else start_panic(g, make_string_eface(msg));
          if (exiting_) return Status::Exit;
          restore();
        }
        break;
      }
      case Op::CallIface: {
        // b: the interface value (2 words); c: method index; receiver = data word
        Word tab = ld<Word>(F(in.b));
        if (!tab) RT_ERROR("invalid memory address or nil pointer dereference");
        const Itab* it = static_cast<const Itab*>(types::ptr_from_word(tab));
        const Func* callee = m_.funcs[it->fun[static_cast<size_t>(in.c)]].get();
        std::memcpy(F(in.a), F(in.b) + 8, 8);
        save();
        if (!enter_call(g, callee, F(in.a), 0, 0)) return Status::Exit;
        restore();
        break;
      }
      case Op::DeferReturn: {
        // Go: deferreturn. Runs this frame's deferred calls one at a time, each
        // returning here, before the epilogue reads the (named) results.
        uint64_t frame_off = g.stack.stack.hi - reinterpret_cast<uintptr_t>(fp);
        if (g.defers && g.defers->frame_off == frame_off && !g.defers->started) {
          Defer* d = g.defers;
          d->started = true;
          pc--;  // come back to this instruction
          save();
          if (!invoke_defer(g, d, kFrameDeferCall)) return Status::Exit;
          restore();
        }
        break;
      }
      case Op::Ret: {
        uint64_t saved_pc_word = ld<uint64_t>(fp + kSavedPc);
        uint32_t flags = static_cast<uint32_t>(saved_pc_word >> 32);
        uint8_t* caller_fp = ptr(ld<Word>(fp + kSavedFp));
        const Func* caller = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fp + kSavedFunc)));
        uint32_t caller_pc = static_cast<uint32_t>(saved_pc_word);
        const Func* self = fn;
        uint8_t* self_fp = fp;
        if (flags & kFrameDeferCall) {
          // a deferred call finished at a normal return: drop its record
          Defer* d = g.defers;
          g.defers = d->next;
          delete d;
        }
        if (flags & kFramePanicDefer) {
          g.fn = caller;
          g.pc = caller_pc;
          g.fp = caller_fp;
          if (!after_panic_defer(g)) return Status::Exit;
          restore();
          break;
        }
        if (flags & kFrameHostCall) {
          g.fn = caller;
          g.pc = caller_pc;
          g.fp = caller_fp;
          return Status::Returned;
        }
        fn = caller;
        code = fn->code.data();
        pc = caller_pc;
        fp = caller_fp;
        if (!(flags & kFrameDeferCall)) {
          const Instr& call = code[pc - 1];
          int32_t results = self->args_size - self->results_off;
          if (results > 0) std::memcpy(F(call.a) + self->results_off, self_fp + kFrameHeader + self->results_off, static_cast<size_t>(results));
        }
        break;
      }
      case Op::MakeClosure: {
        void* c;
        if (in.x == 1) {  // in a frame region at offset d (escape analysis kept it local)
          c = F(in.d);
          std::memset(c, 0, m_.types[in.c]->size);
        } else {
          save();
          c = mem::mallocgc(m_.types[in.c]->size, m_.types[in.c], true);
          restore();
        }
        st<Word>(static_cast<uint8_t*>(c), word(m_.funcs[in.b].get()));
        st<Word>(F(in.a), word(c));
        break;
      }
      case Op::StrConcat: {
        lib::GoString x = ld<lib::GoString>(F(in.b)), y = ld<lib::GoString>(F(in.c));
        lib::GoString r;
        if (x.len == 0) r = y;
        else if (y.len == 0) r = x;
        else {
          save();  // the heap profile may read this G's frames (vm/mprof_stack.cpp)
          uint8_t* p = static_cast<uint8_t*>(mem::mallocgc(static_cast<uint64_t>(x.len + y.len), nullptr, false));
          std::memcpy(p, ptr(x.ptr), static_cast<size_t>(x.len));
          std::memcpy(p + x.len, ptr(y.ptr), static_cast<size_t>(y.len));
          r.ptr = word(p);
          r.len = x.len + y.len;
        }
        st<lib::GoString>(F(in.a), r);
        break;
      }
      case Op::StrEq: {
        lib::GoString x = ld<lib::GoString>(F(in.b)), y = ld<lib::GoString>(F(in.c));
        bool eq = x.len == y.len && (x.len == 0 || std::memcmp(ptr(x.ptr), ptr(y.ptr), static_cast<size_t>(x.len)) == 0);
        st<uint64_t>(F(in.a), in.x ? !eq : eq);
        break;
      }
      case Op::StrCmp: st<int64_t>(F(in.a), ld<lib::GoString>(F(in.b)).view().compare(ld<lib::GoString>(F(in.c)).view()) < 0 ? -1 : ld<lib::GoString>(F(in.b)).view() == ld<lib::GoString>(F(in.c)).view() ? 0 : 1); break;
      case Op::StrIndex: {
        lib::GoString s = ld<lib::GoString>(F(in.b));
        int64_t i = I64(in.c);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len)) RT_ERROR(index_error(i, s.len));
        st<uint64_t>(F(in.a), ptr(s.ptr)[i]);
        break;
      }
      case Op::SliceStr: case Op::SliceSlice: case Op::SliceArr: {
        int64_t lo = (in.x & 1) ? I64(in.c) : 0;
        int64_t hi, max, cap, len;
        uint8_t* base;
        uint64_t esize;
        if (in.op == Op::SliceStr) {
          lib::GoString s = ld<lib::GoString>(F(in.b));
          len = cap = s.len;
          base = ptr(s.ptr);
          esize = 1;
        } else if (in.op == Op::SliceSlice) {
          lib::GoSlice s = ld<lib::GoSlice>(F(in.b));
          len = s.len;
          cap = s.cap;
          base = ptr(s.ptr);
          esize = static_cast<uint64_t>(in.d);
        } else {
          const Type* at = m_.types[in.d];
          base = ptr(ld<Word>(F(in.b)));
          NIL_CHECK(base);
          len = cap = static_cast<int64_t>(at->array_type()->len);
          esize = at->array_type()->elem->size;
        }
        hi = (in.x & 2) ? I64(in.c + 8) : len;
        max = (in.x & 4) ? I64(in.c + 16) : cap;
        // Go checks the highest index first (panicSlice3Alen etc.)
        if (in.x & 4) {
          if (static_cast<uint64_t>(max) > static_cast<uint64_t>(cap))
            RT_ERROR("slice bounds out of range [::" + itoa(max) + "] with capacity " + itoa(cap));
          if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(max))
            RT_ERROR("slice bounds out of range [:" + itoa(hi) + ":" + itoa(max) + "]");
          if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi))
            RT_ERROR("slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + ":]");
        } else {
          int64_t bound = in.op == Op::SliceStr ? len : cap;
          if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(bound))
            RT_ERROR("slice bounds out of range [:" + itoa(hi) + "] with " +
                     (in.op == Op::SliceStr || in.op == Op::SliceArr ? "length " : "capacity ") + itoa(bound));
          if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi))
            RT_ERROR("slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + "]");
        }
        uint8_t* p = (hi - lo == 0 && in.op == Op::SliceStr) ? base : base + static_cast<uint64_t>(lo) * esize;
        if (in.op == Op::SliceStr) {
          st<lib::GoString>(F(in.a), lib::GoString{word(p), hi - lo});
        } else {
          if (max - lo == 0) p = base;  // Go keeps the pointer in range when cap is 0
          st<lib::GoSlice>(F(in.a), lib::GoSlice{word(p), hi - lo, max - lo});
        }
        break;
      }
      case Op::Index: {
        lib::GoSlice s = ld<lib::GoSlice>(F(in.b));
        int64_t i = I64(in.c);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len)) RT_ERROR(index_error(i, s.len));
        st<Word>(F(in.a), s.ptr + static_cast<uint64_t>(i) * static_cast<uint64_t>(in.d));
        break;
      }
      case Op::IndexArr: {
        const Type* at = m_.types[in.d];
        uint8_t* base = ptr(ld<Word>(F(in.b)));
        NIL_CHECK(base);
        int64_t i = I64(in.c);
        int64_t n = static_cast<int64_t>(at->array_type()->len);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) RT_ERROR(index_error(i, n));
        st<Word>(F(in.a), word(base + static_cast<uint64_t>(i) * at->array_type()->elem->size));
        break;
      }
      case Op::MakeSlice: {
        const Type* et = m_.types[in.d];
        int64_t len = I64(in.b), cap = I64(in.c);
        if (len < 0) RT_ERROR("makeslice: len out of range");
        if (cap < len) RT_ERROR("makeslice: cap out of range");
        save();
        void* p = mem::newarray(et, cap);
        restore();
        if (!p) {
          uint64_t bytes = 0;
          if (__builtin_mul_overflow(et->size, static_cast<uint64_t>(cap), &bytes) || bytes > mem::kMaxAlloc)
            RT_ERROR("makeslice: cap out of range");
          save();
          out_of_memory(g, bytes);  // a size Go could allocate, past the playground's memory cap
          return Status::Exit;
        }
        st<lib::GoSlice>(F(in.a), lib::GoSlice{word(p), len, cap});
        break;
      }
      case Op::Append: case Op::AppendSlice: {
        const Type* st_ = m_.types[in.d];
        const Type* et = st_->elem();
        lib::GoSlice s = ld<lib::GoSlice>(F(in.b));
        const uint8_t* src;
        int64_t n;
        if (in.op == Op::Append) {
          src = F(in.c);
          n = in.x;
        } else if (in.x == 1) {
          lib::GoString str = ld<lib::GoString>(F(in.c));
          src = ptr(str.ptr);
          n = str.len;
        } else {
          lib::GoSlice y = ld<lib::GoSlice>(F(in.c));
          src = ptr(y.ptr);
          n = y.len;
        }
        if (n == 0) {
          st<lib::GoSlice>(F(in.a), s);
          break;
        }
        int64_t newlen = s.len + n;
        if (newlen > s.cap) {
          // src may alias the frame: copy it out first when it lives on the stack
          std::vector<uint8_t> tmp(src, src + static_cast<size_t>(n) * et->size);
          save();
          mem::GrownSlice gs = mem::growslice(ptr(s.ptr), newlen, s.cap, n, et);
          restore();
          if (gs.overflow) RT_ERROR("growslice: len out of range");
          if (gs.out_of_memory || !gs.ptr) {
            save();
            out_of_memory(g, static_cast<uint64_t>(newlen) * et->size);
            return Status::Exit;
          }
          s.ptr = word(gs.ptr);
          s.cap = gs.cap;
          mem::typedslicecopy(et, ptr(s.ptr) + static_cast<uint64_t>(s.len) * et->size, tmp.data(),
                              static_cast<uint64_t>(n));
        } else {
          // The slots past len may still hold pointers (s = s[:0] reuses them): the
          // barrier shades what they held.
          mem::typedslicecopy(et, ptr(s.ptr) + static_cast<uint64_t>(s.len) * et->size, src, static_cast<uint64_t>(n));
        }
        s.len = newlen;
        st<lib::GoSlice>(F(in.a), s);
        break;
      }
      case Op::Copy: {
        const Type* et = m_.types[in.d];
        lib::GoSlice d = ld<lib::GoSlice>(F(in.b));
        Word sp;
        int64_t sn;
        if (in.x) {
          lib::GoString s = ld<lib::GoString>(F(in.c));
          sp = s.ptr;
          sn = s.len;
        } else {
          lib::GoSlice s = ld<lib::GoSlice>(F(in.c));
          sp = s.ptr;
          sn = s.len;
        }
        int64_t n = std::min(d.len, sn);
        if (n > 0) mem::typedslicecopy(et, ptr(d.ptr), ptr(sp), static_cast<uint64_t>(n));
        st<int64_t>(F(in.a), n);
        break;
      }
      case Op::ClearSlice: {
        lib::GoSlice s = ld<lib::GoSlice>(F(in.b));
        const Type* t = m_.types[in.d];
        if (s.len > 0) mem::typedsliceclear(t->elem(), ptr(s.ptr), static_cast<uint64_t>(s.len));
        break;
      }
      case Op::New: {
        save();
        void* p = mem::newobject(m_.types[in.b]);
        restore();
        if (!p) {
          save();
          out_of_memory(g, m_.types[in.b]->size);
          return Status::Exit;
        }
        st<Word>(F(in.a), word(p));
        break;
      }
      case Op::NilCheck: NIL_CHECK(ptr(ld<Word>(F(in.a)))); break;
      case Op::EqType: {
        const Type* t = m_.types[in.d];
        const Type* bad = nullptr;
        bool eq = t->equal(t, F(in.b), F(in.c), &bad);
        if (bad) RT_ERROR("comparing uncomparable type " + bad->str);
        st<uint64_t>(F(in.a), in.x ? !eq : eq);
        break;
      }
      case Op::IfaceEq: {
        Word t1 = ld<Word>(F(in.b)), t2 = ld<Word>(F(in.c));
        const Type* d1 = t1 && (in.x & 1) ? static_cast<const Type*>(types::ptr_from_word(static_cast<const Itab*>(types::ptr_from_word(t1))->header.type)) : static_cast<const Type*>(types::ptr_from_word(t1));
        const Type* d2 = t2 && (in.x & 1) ? static_cast<const Type*>(types::ptr_from_word(static_cast<const Itab*>(types::ptr_from_word(t2))->header.type)) : static_cast<const Type*>(types::ptr_from_word(t2));
        bool eq;
        if (d1 != d2) eq = false;
        else if (!d1) eq = true;
        else {
          const Type* bad = nullptr;
          if (!d1->equal) RT_ERROR("comparing uncomparable type " + d1->str);
          Word x = ld<Word>(F(in.b) + 8), y = ld<Word>(F(in.c) + 8);
          eq = d1->direct_iface ? x == y : d1->equal(d1, ptr(x), ptr(y), &bad);
          if (bad) RT_ERROR("comparing uncomparable type " + bad->str);
        }
        st<uint64_t>(F(in.a), (in.x & 2) ? !eq : eq);
        break;
      }
      case Op::Panic: {
        lib::GoEface v = ld<lib::GoEface>(F(in.a));
        if (!v.type) {
          // Go 1.21+: panic(nil) panics with a *runtime.PanicNilError
          lib::GoEface pn;
          pn.type = word(m_.panic_nil_type);
          pn.data = word(mem::current_heap()->zerobase());  // a zero-size object
          save();
          start_panic(g, pn);
          if (exiting_) return Status::Exit;
          restore();
          break;
        }
        save();
        start_panic(g, v);
        if (exiting_) return Status::Exit;
        restore();
        break;
      }
      case Op::Recover: {
        lib::GoEface r;
        uint32_t flags = static_cast<uint32_t>(ld<uint64_t>(fp + kSavedPc) >> 32);
        if (g.panic && !g.panic->recovered && !g.panic->goexit && (flags & kFramePanicDefer)) {
          g.panic->recovered = true;
          r = g.panic->value;
        }
        st<lib::GoEface>(F(in.a), r);
        break;
      }
      case Op::Defer: {
        auto* d = new Defer;
        d->frame_off = g.stack.stack.hi - reinterpret_cast<uintptr_t>(fp);
        d->owner = fn;
        d->kind = in.x;
        d->target = in.b;
        if ((in.x & 3) == 1) d->closure = ld<Word>(F(in.b));
        if ((in.x & 3) == 3) {
          d->iface[0] = ld<Word>(F(in.b));
          d->iface[1] = ld<Word>(F(in.b) + 8);
          d->target = in.c;
        }
        d->args.assign(F(in.a), F(in.a) + in.d);
        {
          // the block's words' pointer bits, from this frame's stack map
          const size_t nwords = static_cast<size_t>(in.d) / 8, first = static_cast<size_t>(in.a) / 8;
          d->arg_ptrbits.assign((nwords + 7) / 8, 0);
          for (size_t i = 0; i < nwords; i++) {
            const size_t w = first + i;
            if (w / 8 < fn->ptrbits.size() && ((fn->ptrbits[w / 8] >> (w % 8)) & 1u))
              d->arg_ptrbits[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
          }
        }
        d->next = g.defers;
        g.defers = d;
        break;
      }
      case Op::ConvIface: case Op::ConvIfaceItab: {
        const Type* t = m_.types[in.d];
        Word data;
        if (in.x == 1) {
          data = ld<Word>(F(in.b));  // the compiler boxed the value in a frame region
        } else if (t->direct_iface) {
          data = ld<Word>(F(in.b));
        } else if (t->size == 0) {
          data = word(mem::current_heap()->zerobase());
        } else if (t->size <= 8 && !t->pointers() && t->kind != Kind::Float32 && t->kind != Kind::Float64 &&
                   ld<uint64_t>(F(in.b)) < 256 && (t->size == 8 || t->size == 1)) {
          // Go's convT64 / single-byte values: no allocation, point into staticuint64s
          uint64_t v = t->size == 1 ? ld<uint8_t>(F(in.b)) : ld<uint64_t>(F(in.b));
          data = word(&m_.static_uint64s[v]);
        } else if (t->kind == Kind::String && ld<int64_t>(F(in.b) + 8) == 0) {
          data = word(m_.zero_val.data());  // Go's convTstring: "" boxes as a pointer to zeroVal
        } else {
          save();
          void* p = mem::mallocgc(t->size, t, false);
          restore();
          std::memcpy(p, F(in.b), t->size);
          data = word(p);
        }
        Word w0 = in.op == Op::ConvIface ? word(t) : word(&m_.itabs[static_cast<size_t>(in.c)]);
        st<Word>(F(in.a), w0);
        st<Word>(F(in.a) + 8, data);
        break;
      }
      case Op::IfaceToEface: {
        Word tab = ld<Word>(F(in.b));
        Word t = tab ? static_cast<const Itab*>(types::ptr_from_word(tab))->header.type : 0;
        st<Word>(F(in.a), t);
        std::memcpy(F(in.a) + 8, F(in.b) + 8, 8);
        break;
      }
      case Op::Assert: case Op::AssertIface: case Op::AssertE2I: {
        const Type* target = m_.types[in.d];
        Word w0 = ld<Word>(F(in.b));
        Word data = ld<Word>(F(in.b) + 8);
        bool src_iface = (in.x & 2) || (in.op == Op::AssertE2I && (in.x & 1));
        const Type* dyn = w0 ? (src_iface ? static_cast<const Type*>(types::ptr_from_word(static_cast<const Itab*>(types::ptr_from_word(w0))->header.type))
                                           : static_cast<const Type*>(types::ptr_from_word(w0)))
                             : nullptr;
        bool comma_ok = in.op != Op::AssertE2I && (in.x & 1);
        bool ok;
        if (in.op == Op::Assert) {
          ok = dyn == target;
          if (ok) {
            if (target->direct_iface) st<Word>(F(in.a), data);
            else std::memcpy(F(in.a), ptr(data), target->size);
          } else if (comma_ok) {
            std::memset(F(in.a), 0, std::max<size_t>(8, target->size));
          }
        } else {
          const Itab* it = nullptr;
          ok = false;
          if (dyn) {
            bool found;
            it = assert_itab(target, dyn, &found);
            ok = found;
          }
          if (in.op == Op::AssertE2I && !dyn) ok = true;  // nil converts to nil
          if (ok && dyn) {
            bool empty = target->interface_type()->methods.empty();
            st<Word>(F(in.a), empty ? word(dyn) : word(it));
            st<Word>(F(in.a) + 8, data);
          } else {
            std::memset(F(in.a), 0, 16);
          }
        }
        if (comma_ok) {
          st<uint64_t>(F(in.c), ok);
        } else if (!ok) {
          const Type* src = nullptr;
          (void)src;
          std::string msg;
          std::string src_str = src_iface ? "" : "interface {}";
          if (src_iface && w0) src_str = static_cast<const Type*>(types::ptr_from_word(static_cast<const Itab*>(types::ptr_from_word(w0))->header.inter))->str;
          if (src_iface && !w0) src_str = "interface";
          if (in.op == Op::AssertE2I) src_str = m_.types[in.d]->str;
          std::string iface_name = src_str;
          if (!dyn) {
            // Go's TypeAssertionError says "interface" for a nil source asserted to an interface
            msg = "interface conversion: " + (in.op == Op::Assert ? iface_name : std::string("interface")) + " is nil, not " + target->str;
          } else if (in.op == Op::Assert) {
            msg = "interface conversion: " + iface_name + " is " + dyn->str + ", not " + target->str;
          } else {
            std::string missing;
            m_.getitab(target, dyn, &missing);
            msg = "interface conversion: " + dyn->str + " is not " + target->str + ": missing method " + missing;
          }
          save();
          runtime_error_plain_iface(g, msg);
          if (exiting_) return Status::Exit;
          restore();
        }
        break;
      }
      case Op::TypeSwitchCase: {
        Word w0 = ld<Word>(F(in.a));
        bool src_iface = in.x & 2;
        const Type* dyn = w0 ? (src_iface ? static_cast<const Type*>(types::ptr_from_word(static_cast<const Itab*>(types::ptr_from_word(w0))->header.type))
                                           : static_cast<const Type*>(types::ptr_from_word(w0)))
                             : nullptr;
        bool match;
        if (in.x & 4) match = dyn == nullptr;
        else if (!dyn) match = false;
        else if (in.x & 1) {
          bool found;
          assert_itab(m_.types[in.b], dyn, &found);
          match = found;
        } else {
          match = dyn == m_.types[in.b];
        }
        if (!match) pc = static_cast<uint32_t>(in.c);
        break;
      }
      case Op::EfaceType: break;
      case Op::SliceToArray: {
        // []T → [N]T or *[N]T (Go 1.17/1.20): the slice must be at least N long
        const Type* at = m_.types[in.d];
        lib::GoSlice sl = ld<lib::GoSlice>(F(in.b));
        int64_t n = static_cast<int64_t>(at->array_type()->len);
        if (sl.len < n)
          RT_ERROR("cannot convert slice with length " + itoa(sl.len) + " to array or pointer to array with length " + itoa(n));
        if (in.x) st<Word>(F(in.a), sl.ptr);  // *[N]T shares the backing array (nil stays nil when n == 0)
        else if (at->size) std::memcpy(F(in.a), ptr(sl.ptr), at->size);
        break;
      }
      case Op::MakeMap: {
        int64_t hint = in.b >= 0 ? I64(in.b) : 0;
        save();
        maps::Hmap* h = maps::makemap(m_.types[in.d], hint);
        restore();
        if (lib::pending_panic().pending) {
          lib::pending_panic().pending = false;
          RT_ERROR(lib::pending_panic().message);
        }
        st<Word>(F(in.a), word(h));
        MAP_FATAL_CHECK();
        break;
      }
      case Op::MapIndex: {
        const Type* mt = m_.types[in.d];
        auto* h = static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b))));
        void* e = maps::mapaccess1(mt, h, F(in.c));
        MAP_FATAL_CHECK();
        if (lib::pending_panic().pending) {
          lib::PendingPanic pp = lib::pending_panic();
          lib::pending_panic().pending = false;
          RT_ERROR(pp.message);
        }
        std::memcpy(F(in.a), e, mt->map_type()->elem->size);
        MAP_FATAL_CHECK();
        break;
      }
      case Op::MapIndexOk: {
        const Type* mt = m_.types[in.d];
        auto* h = static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b))));
        bool ok = false;
        void* e = maps::mapaccess2(mt, h, F(in.c), &ok);
        MAP_FATAL_CHECK();
        if (lib::pending_panic().pending) {
          lib::PendingPanic pp = lib::pending_panic();
          lib::pending_panic().pending = false;
          RT_ERROR(pp.message);
        }
        uint64_t esz = mt->map_type()->elem->size;
        std::memcpy(F(in.a), e, esz);
        uint64_t off = (esz + 7) & ~uint64_t{7};
        st<uint64_t>(F(in.a) + (off ? off : 8), ok ? 1 : 0);  // the compiler's layout: value, then ok
        MAP_FATAL_CHECK();
        break;
      }
      case Op::MapAssign: {
        const Type* mt = m_.types[in.d];
        auto* h = static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b))));
        if (!h) {
          save();
          runtime_error(g, "assignment to entry in nil map", true);
          if (exiting_) return Status::Exit;
          restore();
          break;
        }
        save();
        void* e = maps::mapassign(mt, h, F(in.c));
        restore();
        MAP_FATAL_CHECK();
        if (lib::pending_panic().pending) {
          lib::PendingPanic pp = lib::pending_panic();
          lib::pending_panic().pending = false;
          RT_ERROR(pp.message);
        }
        st<Word>(F(in.a), word(e));
        MAP_FATAL_CHECK();
        break;
      }
      case Op::MapDelete: {
        auto* h = static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b))));
        maps::mapdelete(m_.types[in.d], h, F(in.c));
        if (lib::pending_panic().pending) {
          lib::PendingPanic pp = lib::pending_panic();
          lib::pending_panic().pending = false;
          RT_ERROR(pp.message);
        }
        MAP_FATAL_CHECK();
        break;
      }
      case Op::MapLen: st<int64_t>(F(in.a), maps::maplen(static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b)))))); break;
      case Op::MapClear: maps::mapclear(m_.types[in.d], static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b))))); break;
      case Op::MapIterInit: {
        save();
        auto* it = static_cast<maps::HIter*>(mem::mallocgc(sizeof(maps::HIter), maps::hiter_type(), true));
        restore();
        maps::mapiterinit(m_.types[in.d], static_cast<maps::Hmap*>(types::ptr_from_word(ld<Word>(F(in.b)))), it);
        st<Word>(F(in.a), word(it));
        break;
      }
      case Op::MapIterNext: {
        auto* it = static_cast<maps::HIter*>(types::ptr_from_word(ld<Word>(F(in.a))));
        if (!it->key) {
          pc = static_cast<uint32_t>(in.c);
          break;
        }
        const Type* mt = static_cast<const Type*>(types::ptr_from_word(it->t));
        std::memcpy(F(in.b), ptr(it->key), mt->map_type()->key->size);
        if (in.d > 0) std::memcpy(F(in.d), ptr(it->elem), mt->map_type()->elem->size);
        maps::mapiternext(it);
        MAP_FATAL_CHECK();
        break;
      }
      case Op::StrRange: {
        lib::GoString s = ld<lib::GoString>(F(in.a));
        int64_t next = I64(in.b);
        if (next >= s.len) {
          pc = static_cast<uint32_t>(in.c);
          break;
        }
        const uint8_t* p = ptr(s.ptr);
        uint32_t r;
        int size = lang::decode_rune(p + next, static_cast<size_t>(s.len - next), &r);
        st<int64_t>(F(in.b + 8), next);
        st<int64_t>(F(in.b), next + size);
        if (in.d > 0) st<int64_t>(F(in.d), static_cast<int32_t>(r));
        break;
      }
      case Op::StrFromRune: {
        int64_t v = I64(in.b);
        uint32_t cp = (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) ? static_cast<uint32_t>(v) : 0xFFFD;
        std::string s;
        lang::append_utf8(s, cp);
        save();
        st<lib::GoString>(F(in.a), lib::make_string(s));
        restore();
        break;
      }
      case Op::StrFromBytes: {
        lib::GoSlice b = ld<lib::GoSlice>(F(in.b));
        save();
        lib::GoString s = lib::make_string(std::string_view(reinterpret_cast<const char*>(ptr(b.ptr)), static_cast<size_t>(b.len)));
        restore();
        st<lib::GoString>(F(in.a), s);
        break;
      }
      case Op::BytesFromStr: {
        lib::GoString s = ld<lib::GoString>(F(in.b));
        lib::GoSlice b;
        if (s.len > 0) {
          save();
          mem::GrownSlice gs = mem::growslice(nullptr, s.len, 0, s.len, m_.universe.byte_type());
          restore();
          std::memcpy(gs.ptr, ptr(s.ptr), static_cast<size_t>(s.len));
          b = lib::GoSlice{word(gs.ptr), s.len, gs.cap};
        } else {
          b = lib::GoSlice{word(mem::current_heap()->zerobase()), 0, 0};
        }
        st<lib::GoSlice>(F(in.a), b);
        break;
      }
      case Op::RunesFromStr: {
        lib::GoString s = ld<lib::GoString>(F(in.b));
        std::vector<int32_t> runes;
        const uint8_t* p = ptr(s.ptr);
        for (int64_t i = 0; i < s.len;) {
          uint32_t r;
          i += lang::decode_rune(p + i, static_cast<size_t>(s.len - i), &r);
          runes.push_back(static_cast<int32_t>(r));
        }
        lib::GoSlice b{word(mem::current_heap()->zerobase()), 0, 0};
        if (!runes.empty()) {
          save();
          mem::GrownSlice gs = mem::growslice(nullptr, static_cast<int64_t>(runes.size()), 0, static_cast<int64_t>(runes.size()), m_.universe.rune_type());
          restore();
          std::memcpy(gs.ptr, runes.data(), runes.size() * 4);
          b = lib::GoSlice{word(gs.ptr), static_cast<int64_t>(runes.size()), gs.cap};
        }
        st<lib::GoSlice>(F(in.a), b);
        break;
      }
      case Op::StrFromRunes: {
        lib::GoSlice b = ld<lib::GoSlice>(F(in.b));
        std::string s;
        for (int64_t i = 0; i < b.len; i++) {
          int32_t v = ld<int32_t>(ptr(b.ptr) + 4 * i);
          uint32_t cp = (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) ? static_cast<uint32_t>(v) : 0xFFFD;
          lang::append_utf8(s, cp);
        }
        save();
        st<lib::GoString>(F(in.a), lib::make_string(s));
        restore();
        break;
      }
      // print/println: a statement's pieces gather in the G's buffer and go out
      // together when the statement ends (Go holds printlock for the statement).
      case Op::Print:
        print_value(g, F(in.a), in.x);
        if (code[pc].op != Op::Print && code[pc].op != Op::PrintSp && code[pc].op != Op::PrintNl) flush_print(g);
        break;
      case Op::PrintSp: g.print_buf += ' '; break;
      case Op::PrintNl:
        g.print_buf += '\n';
        flush_print(g);
        break;
      case Op::Go: {
        const Func* callee;
        Word ctx = 0;
        if (in.b >= 0) {
          callee = m_.funcs[in.b].get();
        } else {
          ctx = ld<Word>(F(in.c));
          uint8_t* fv = ptr(ctx);
          if (!fv) {
            // Go: "go of nil func value" is a fatal error in the calling goroutine
            save();
            fatal_error(g, "go of nil func value");
            return Status::Exit;
          }
          callee = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fv)));
        }
        save();
        if (!go_statement(g, callee, F(in.a), ctx)) return Status::Exit;
        restore();
        break;
      }
      case Op::MakeChan: {
        int64_t size = in.x ? I64(in.c) : 0;
        const char* msg = nullptr;
        save();
        chan::Hchan* c = chan::makechan(m_.types[in.b], size, &msg);
        if (!c) {
          runtime_error(g, msg, true);
          if (exiting_) return Status::Exit;
          restore();
          break;
        }
        restore();
        st<Word>(F(in.a), word(c));
        break;
      }
      case Op::ChanSend: {
        auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(ld<Word>(F(in.a))));
        sched::Sudog* sg = nullptr;
        const char* msg = nullptr;
        save();
        chan::OpResult r = chan::chansend(c, F(in.b), true, &g, &sg, &msg);
        if (r == chan::OpResult::Panic) {
          runtime_error(g, msg, true);
          if (exiting_) return Status::Exit;
          restore();
          break;
        }
        if (r == chan::OpResult::Blocked) {
          g.resume = G::Resume::ChanSend;
          g.resume_sg = sg;
          return park_or_fail(g, c ? sched::WaitReason::ChanSend : sched::WaitReason::ChanSendNilChan,
                              c ? chan::chan_park_commit : nullptr, c ? &c->lock : nullptr);
        }
        break;
      }
      case Op::ChanRecv: {
        auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(ld<Word>(F(in.b))));
        sched::Sudog* sg = nullptr;
        bool received = false;
        save();
        chan::OpResult r = chan::chanrecv(c, in.a >= 0 ? F(in.a) : nullptr, true, &g, &received, &sg);
        if (r == chan::OpResult::Blocked) {
          g.resume = G::Resume::ChanRecv;
          g.resume_sg = sg;
          return park_or_fail(g, c ? sched::WaitReason::ChanReceive : sched::WaitReason::ChanReceiveNilChan,
                              c ? chan::chan_park_commit : nullptr, c ? &c->lock : nullptr);
        }
        if (in.c >= 0) st<uint64_t>(F(in.c), received ? 1 : 0);
        break;
      }
      case Op::ChanClose: {
        auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(ld<Word>(F(in.a))));
        save();
        if (const char* msg = chan::closechan(c)) {
          runtime_error(g, msg, true);
          if (exiting_) return Status::Exit;
          restore();
        }
        break;
      }
      case Op::ChanLen: {
        auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(ld<Word>(F(in.b))));
        int64_t v = 0;
        // (Go 1.23's chanlen/chancap: a timer's channel reads as unbuffered.)
        if (c && !c->is_timer.load(std::memory_order_relaxed))
          v = in.x ? static_cast<int64_t>(c->dataqsiz) : static_cast<int64_t>(c->qcount.load(std::memory_order_relaxed));
        st<int64_t>(F(in.a), v);
        break;
      }
      case Op::Select: {
        int n = in.b;
        std::vector<chan::Scase> cases(static_cast<size_t>(n));
        for (int i = 0; i < n; i++) {
          uint8_t* rec = F(in.a) + 24 * i;
          cases[static_cast<size_t>(i)].c = static_cast<chan::Hchan*>(types::ptr_from_word(ld<Word>(rec)));
          cases[static_cast<size_t>(i)].elem = types::ptr_from_word(ld<Word>(rec + 8));
          cases[static_cast<size_t>(i)].send = ld<int64_t>(rec + 16) == 1;
        }
        bool recv_ok = false;
        const char* msg = nullptr;
        save();
        if (!g.select_wait) g.select_wait = std::make_unique<chan::SelectWait>();
        int casi = chan::selectgo(&g, cases.data(), n, in.x == 0, &recv_ok, g.select_wait.get(), &msg,
                                  [] { return sched::Scheduler::current()->fastrand(); });
        if (casi == chan::kSelectBlocked) {
          g.resume = G::Resume::Select;
          bool forever = g.select_wait->lockorder.empty();
          return park_or_fail(g, forever ? sched::WaitReason::SelectNoCases : sched::WaitReason::Select,
                              forever ? nullptr : chan::select_park_commit, forever ? nullptr : g.select_wait.get());
        }
        if (msg) {
          runtime_error(g, msg, true);
          if (exiting_) return Status::Exit;
          restore();
          break;
        }
        st<int64_t>(F(in.c), casi);
        st<uint64_t>(F(in.d), recv_ok ? 1 : 0);
        break;
      }
      default:
        save();
        writer_(2, std::string("fatal error: gopherscope: instruction ") + op_name(in.op) + " is not implemented yet\n");
        exiting_ = true;
        exit_code_ = 2;
        return Status::Exit;
    }
  next_instruction:;
  }
#undef RT_ERROR
#undef NIL_CHECK
#undef MAP_FATAL_CHECK
}

}  // namespace gs::vm
