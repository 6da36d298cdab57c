// panic.cpp — panics, deferred calls, recover and the fatal-error path (Go: panic.go's
// gopanic, deferreturn, gorecover, printpanics, fatalpanic). The goroutine traceback
// they print is vm/traceback.cpp's.
// Invariant: an unrecovered panic prints exactly Go's first line ("panic: " + the
// value as printpanicval prints it, " [recovered]" on panics that were recovered and
// re-raised), then "\ngoroutine 1 [running]:\n" and the frames, and exits 2.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "mem/malloc.h"
#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"

namespace gs::vm {

using types::Kind;
using types::Type;
using types::Word;

namespace {

// Go's runtime float printing (print.go's printfloat): +1.500000e+000 style.
std::string go_print_float(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v != 0) return v < 0 ? "-Inf" : "+Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, n + 7);
}

std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}
}  // namespace

lib::GoEface Machine::make_string_eface(const std::string& s) {
  lib::GoString gs = lib::make_string(s);
  void* cell = mem::mallocgc(16, m_.string_type, true);
  std::memcpy(cell, &gs, 16);
  return lib::GoEface{word(m_.string_type), word(cell)};
}

void Machine::runtime_error_plain_iface(G& g, const std::string& msg) {
  // runtime.TypeAssertionError: a runtime.Error whose text has no "runtime error: " prefix
  runtime_error(g, msg, true);
}

void Machine::print_value(G& g, const uint8_t* p, uint16_t kind) {
  enum { kPBool, kPInt, kPUint, kPFloat, kPString, kPPointer, kPEface, kPIface, kPSlice, kPComplex };
  std::string& o = g.print_buf;
  switch (kind) {
    case kPBool: o += ld<uint64_t>(p) ? "true" : "false"; break;
    case kPInt: o += std::to_string(ld<int64_t>(p)); break;
    case kPUint: o += std::to_string(ld<uint64_t>(p)); break;
    case kPFloat: o += go_print_float(ld<double>(p)); break;
    case kPComplex: o += "(" + go_print_float(ld<double>(p)) + go_print_float(ld<double>(p + 8)) + "i)"; break;
    case kPString: o += ld<lib::GoString>(p).view(); break;
    case kPPointer: o += hex(ld<uint64_t>(p)); break;
    case kPEface: case kPIface: o += "(" + hex(ld<uint64_t>(p)) + "," + hex(ld<uint64_t>(p + 8)) + ")"; break;
    case kPSlice: {
      lib::GoSlice s = ld<lib::GoSlice>(p);
      o += "[" + std::to_string(s.len) + "/" + std::to_string(s.cap) + "]" + hex(s.ptr);
      break;
    }
  }
}

bool Machine::native_builtin(G& g, const Func* f, uint8_t* args) {
  if (f->name == "os.exit") {
    flush_print(g);
    exit_code_ = static_cast<int>(ld<int64_t>(args));
    exiting_ = true;
    return true;
  }
  if (f->name == "os.runtime_args" || f->name == "os.runtime_envs") {
    // A []string of os.Args, or of the program's environment as "KEY=value".
    const std::vector<std::string>& strs = f->name == "os.runtime_args" ? options_.args : options_.env;
    size_t n = strs.size();
    auto* arr = static_cast<lib::GoString*>(
        mem::mallocgc(16 * n, m_.universe.array_of(m_.universe.basic(Kind::String), n), true));
    for (size_t i = 0; i < n; i++) arr[i] = lib::make_string(strs[i]);
    lib::GoSlice s{word(arr), static_cast<int64_t>(n), static_cast<int64_t>(n)};
    std::memcpy(args + f->results_off, &s, 24);
    return false;
  }
  writer_(2, "fatal error: missing function body: " + f->name + "\n");
  exit_code_ = 2;
  exiting_ = true;
  return true;
}

bool Machine::invoke_defer(G& g, Defer* d, uint32_t flags) {
  switch (d->kind & 3) {
    case 0: return enter_call(g, m_.funcs[d->target].get(), d->args.data(), flags, 0);
    case 1: {
      uint8_t* fv = ptr(d->closure);
      if (!fv) {
        // Go: a nil func deferred panics when the deferred call runs
        g.pc++;  // not meaningful; the panic unwinds this frame anyway
        runtime_error(g, "invalid memory address or nil pointer dereference");
        return !exiting_;
      }
      const Func* f = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fv)));
      return enter_call(g, f, d->args.data(), flags, d->closure);
    }
    case 2: {
      const Func* f = m_.funcs[d->target].get();
      // natives run immediately; then behave as if the deferred frame returned
      std::vector<uint8_t> block = d->args;
      if (f->native) f->native->fn(block.data());
      else if (native_builtin(g, f, block.data())) return false;
      // emulate the deferred frame's return
      if (flags & kFrameDeferCall) {
        g.defers = d->next;
        delete d;
        g.pc++;  // past the Ret we re-execute? No: Ret is re-run, it finds the next defer
        g.pc--;
        return true;
      }
      return after_panic_defer(g);
    }
    default: {
      Word tab = d->iface[0];
      if (!tab) {
        runtime_error(g, "invalid memory address or nil pointer dereference");
        return !exiting_;
      }
      const Itab* it = static_cast<const Itab*>(types::ptr_from_word(tab));
      const Func* f = m_.funcs[it->fun[static_cast<size_t>(d->target)]].get();
      std::memcpy(d->args.data(), &d->iface[1], 8);
      return enter_call(g, f, d->args.data(), flags, 0);
    }
  }
}

void Machine::start_panic(G& g, lib::GoEface value) {
  auto* p = new Panic;
  p->value = value;
  p->link = g.panic;
  p->fp = g.fp;
  g.panic = p;
  if (!continue_panic(g)) fatal_panic(g);
}

// Runs the next deferred call for the innermost panic; false when none is left.
bool Machine::continue_panic(G& g) {
  Panic* p = g.panic;
  while (g.defers) {
    Defer* d = g.defers;
    if (d->started) {
      // a deferred call that was running panicked again: it is abandoned (Go marks
      // the earlier panic aborted) and its record dropped
      if (d->panic) d->panic->aborted = true;
      g.defers = d->next;
      delete d;
      continue;
    }
    d->started = true;
    d->panic = p;
    // run it below the deepest live frame
    if (!invoke_defer(g, d, kFramePanicDefer)) {
      if (exiting_) return true;  // os.Exit from a deferred call
    }
    return true;
  }
  return false;
}

// A deferred call run by a panic has returned (g is back in the frame it was called
// from). Recovered: resume the deferring frame at its epilogue, as if it returned.
bool Machine::after_panic_defer(G& g) {
  Panic* p = g.panic;
  Defer* d = g.defers;
  g.defers = d->next;
  if (p && p->recovered) {
    g.panic = p->link;
    // earlier aborted panics are finished too (Go removes them)
    while (g.panic && g.panic->aborted) {
      Panic* q = g.panic;
      g.panic = q->link;
      delete q;
    }
    uint8_t* fp = reinterpret_cast<uint8_t*>(g.stack.stack.hi - d->frame_off);
    g.fp = fp;
    g.fn = d->owner;
    g.pc = static_cast<uint32_t>(d->owner->ret_pc);
    delete p;
    delete d;
    return true;
  }
  delete d;
  if (!continue_panic(g)) {
    if (p && p->goexit) {
      g.goexit_done = true;  // runtime.Goexit ran every deferred call
      return false;
    }
    fatal_panic(g);
    return false;
  }
  return !exiting_;
}

std::string Machine::eface_error_text(const lib::GoEface& v) {
  std::string out;
  print_panic_value(v, out);
  return out;
}

void Machine::print_panic_value(const lib::GoEface& v, std::string& out) {
  const Type* t = v.dynamic_type();
  if (!t) {
    out += "nil";
    return;
  }
  std::string s;
  bool panicked = false;
  if (call_string_method(t, v.value_ptr(), "Error", s, &panicked) && !panicked) {
    out += s;
    return;
  }
  if (call_string_method(t, v.value_ptr(), "String", s, &panicked) && !panicked) {
    out += s;
    return;
  }
  const uint8_t* p = static_cast<const uint8_t*>(v.value_ptr());
  std::string prefix = t->named() && t->pkg_path != "" ? t->str + "(" : "";
  std::string suffix = prefix.empty() ? "" : ")";
  auto quote_if_named = [&](const std::string& x) { return prefix.empty() ? x : prefix + "\"" + x + "\"" + suffix; };
  switch (t->kind) {
    case Kind::Bool: out += prefix + (ld<uint8_t>(p) ? "true" : "false") + suffix; return;
    case Kind::Int: case Kind::Int64: out += prefix + std::to_string(ld<int64_t>(p)) + suffix; return;
    case Kind::Int8: out += prefix + std::to_string(ld<int8_t>(p)) + suffix; return;
    case Kind::Int16: out += prefix + std::to_string(ld<int16_t>(p)) + suffix; return;
    case Kind::Int32: out += prefix + std::to_string(ld<int32_t>(p)) + suffix; return;
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: out += prefix + std::to_string(ld<uint64_t>(p)) + suffix; return;
    case Kind::Uint8: out += prefix + std::to_string(ld<uint8_t>(p)) + suffix; return;
    case Kind::Uint16: out += prefix + std::to_string(ld<uint16_t>(p)) + suffix; return;
    case Kind::Uint32: out += prefix + std::to_string(ld<uint32_t>(p)) + suffix; return;
    case Kind::Float64: out += prefix + go_print_float(ld<double>(p)) + suffix; return;
    case Kind::Float32: out += prefix + go_print_float(ld<float>(p)) + suffix; return;
    case Kind::String: {
      std::string str(ld<lib::GoString>(p).view());
      out += quote_if_named(str);
      return;
    }
    default:
      out += "(" + t->str + ") " + hex(v.data);
      return;
  }
}

void Machine::fatal_error(G& g, const std::string& msg) {
  flush_print(g);
  std::string out = "fatal error: " + msg + "\n\n";
  traceback(g, out);
  writer_(2, out);
  exit_code_ = 2;
  exiting_ = true;
}

// Go: mheap.grow failing — the heap cannot get `bytes` more (here: the playground's
// memory cap). Go's two lines, then the goroutine's traceback, exit status 2.
void Machine::out_of_memory(G& g, uint64_t bytes) {
  flush_print(g);
  constexpr uint64_t kChunk = uint64_t{4} << 20;  // mheap.grow asks for multiples of 512 pages
  const uint64_t ask = (bytes + kChunk - 1) / kChunk * kChunk;
  std::string out = "runtime: out of memory: cannot allocate " + std::to_string(ask) + "-byte block (" +
                    std::to_string(heap_->mem_stats().heap_inuse) + " in use)\nfatal error: out of memory\n\n";
  traceback(g, out);
  writer_(2, out);
  exit_code_ = 2;
  exiting_ = true;
}

void Machine::fatal_panic(G& g) {
  std::string out;
  flush_print(g);
  // printpanics: oldest first
  std::vector<Panic*> chain;
  for (Panic* p = g.panic; p; p = p->link) chain.push_back(p);
  for (size_t i = chain.size(); i-- > 0;) {
    Panic* p = chain[i];
    if (i + 1 != chain.size()) out += "\t";
    out += "panic: ";
    std::string text;
    print_panic_value(p->value, text);
    const Type* t = p->value.dynamic_type();
    bool is_error = t && (t == m_.runtime_error_type || t == m_.plain_error_type);
    (void)is_error;
    out += text;
    if (p->recovered) out += " [recovered]";
    out += "\n";
  }
  // Go: dopanic_m — a goroutine that took a signal says which (SEGV_MAPERR at address 0)
  if (g.sigpc != 0) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=" + hex(g.sigpc) + "]\n";
  out += "\n";
  if (gotraceback() != "none") traceback(g, out);
  // GOTRACEBACK=all (or system/crash): every other goroutine too, read while the
  // world is stopped, each with its state, as Go prints them.
  const std::string_view tb = gotraceback();
  if ((tb == "all" || tb == "system" || tb == "crash") && sched_ && g.host_depth == 0 && !exiting_.load() &&
      sched_->freeze_the_world()) {
    sched_->for_each_g([&](sched::G* sgp) {
      G& other = *static_cast<G*>(sgp);
      if (&other == &g) return;
      if (other.system && tb != "system" && tb != "crash") return;
      uint32_t st = sched::readgstatus(&other);
      out += "\n";
      traceback(other, out, st == sched::Gwaiting ? sched::wait_reason_string(other.waitreason.load()) : sched::gstatus_name(st));
    });
  }
  writer_(2, out);
  exit_code_ = 2;
  exiting_ = true;
}

}  // namespace gs::vm
