// native.cpp — the natives table and the pending-panic slot (see native.h).
// Invariant: all_natives() lists every package's natives once, in a fixed order.
#include "lib/native.h"

#include <vector>

#include "mem/malloc.h"

namespace gs::lib {

GoString make_string(std::string_view bytes) {
  GoString s;
  if (bytes.empty()) return s;
  void* p = mem::mallocgc(bytes.size(), nullptr, false);
  std::memcpy(p, bytes.data(), bytes.size());
  s.ptr = types::word_from_ptr(p);
  s.len = static_cast<int64_t>(bytes.size());
  return s;
}

std::span<const Native> all_natives() {
  static const std::vector<Native> all = [] {
    std::vector<Native> v;
    for (auto part : {strings_natives(), strconv_natives(), math_natives(), fmt_natives(), sort_natives(),
                      unicode_natives(), os_natives(), errors_natives(), atomic_natives(),
                      reflect_natives()}) v.insert(v.end(), part.begin(), part.end());
    return v;
  }();
  return all;
}

const Native* find_native(std::string_view pkg, std::string_view name) {
  for (const Native& n : all_natives())
    if (n.pkg == pkg && n.name == name) return &n;
  return nullptr;
}

PendingPanic& pending_panic() {
  thread_local PendingPanic p;
  return p;
}

void raise_panic(std::string message) {
  PendingPanic& p = pending_panic();
  p.pending = true;
  p.runtime_error = false;
  p.message = std::move(message);
}

void raise_runtime_error(std::string message) {
  PendingPanic& p = pending_panic();
  p.pending = true;
  p.runtime_error = true;
  p.message = std::move(message);
}

}  // namespace gs::lib

#include "lib/host.h"

namespace gs::lib {
Host*& current_host() {
  thread_local Host* host = nullptr;
  return host;
}
}  // namespace gs::lib

// ---- Go's plainError (appended for runtime/maps) ----
namespace gs::lib {
namespace {
// The message of the last plain runtime error raised on this thread: the pending
// panic is plain while it is still that one.
thread_local std::string t_plain_message;
thread_local bool t_plain_raised = false;
}  // namespace

void raise_plain_runtime_error(std::string message) {
  t_plain_message = message;
  t_plain_raised = true;
  raise_runtime_error(std::move(message));
}

bool pending_panic_is_plain() {
  const PendingPanic& p = pending_panic();
  return t_plain_raised && p.pending && p.runtime_error && p.message == t_plain_message;
}
}  // namespace gs::lib
