// fmt.cpp — the natives of package fmt (lib/go/fmt.go declares them): the formatting
// engine (fmt_format) over a `...any` operand slice, and writing to the program's
// stdout/stderr through the Host.
// Invariant: each native reads and writes its frame exactly as native.h's ABI lays out
// the prelude's declaration quoted above it; strings and slices it returns come from
// mallocgc.
#include <cstring>
#include <span>

#include "lib/fmt_format.h"
#include "lib/host.h"
#include "lib/native.h"
#include "mem/malloc.h"

namespace gs::lib {

namespace {

std::span<const GoEface> operands(const uint8_t* frame, size_t off) {
  GoSlice a = arg<GoSlice>(frame, off);
  if (a.len <= 0) return {};
  return {static_cast<const GoEface*>(a.data()), static_cast<size_t>(a.len)};
}

Host* host_or_panic() {
  Host* h = current_host();
  if (!h) raise_panic("fmt: no host installed on this thread");
  return h;
}

// func sprint(a []any) string
void native_sprint(uint8_t* frame) {
  Host* h = host_or_panic();
  if (!h) return;
  put(frame, 24, make_string(fmt::sprint(operands(frame, 0), *h)));
}

// func sprintln(a []any) string
void native_sprintln(uint8_t* frame) {
  Host* h = host_or_panic();
  if (!h) return;
  put(frame, 24, make_string(fmt::sprintln(operands(frame, 0), *h)));
}

// func sprintf(format string, a []any) string
void native_sprintf(uint8_t* frame) {
  Host* h = host_or_panic();
  if (!h) return;
  put(frame, 40, make_string(fmt::sprintf(arg<GoString>(frame, 0).view(), operands(frame, 16), *h)));
}

// func errorf(format string, a []any) (msg string, wrapped []int, reordered bool)
void native_errorf(uint8_t* frame) {
  Host* h = host_or_panic();
  if (!h) return;
  fmt::ErrorfText r = fmt::errorf(arg<GoString>(frame, 0).view(), operands(frame, 16), *h);
  put(frame, 40, make_string(r.text));
  GoSlice wrapped;
  if (!r.wrapped.empty()) {
    size_t bytes = r.wrapped.size() * sizeof(int64_t);
    void* p = mem::mallocgc(bytes, nullptr, true);
    std::memcpy(p, r.wrapped.data(), bytes);
    wrapped.ptr = types::word_from_ptr(p);
    wrapped.len = wrapped.cap = static_cast<int64_t>(r.wrapped.size());
  }
  put(frame, 56, wrapped);
  put(frame, 80, static_cast<uint64_t>(r.reordered));  // a whole word: see strconv.cpp
}

// func writeFd(fd int, s string) int
void native_write_fd(uint8_t* frame) {
  Host* h = host_or_panic();
  if (!h) return;
  int64_t n = h->write(static_cast<int>(arg<int64_t>(frame, 0)), arg<GoString>(frame, 8).view());
  put(frame, 24, n);
}

const Native kFmtNatives[] = {
    {"fmt", "sprint", native_sprint},
    {"fmt", "sprintln", native_sprintln},
    {"fmt", "sprintf", native_sprintf},
    {"fmt", "errorf", native_errorf},
    {"fmt", "writeFd", native_write_fd},
};

}  // namespace

std::span<const Native> fmt_natives() { return kFmtNatives; }

}  // namespace gs::lib
