// mbarrier.cpp — the write barrier and the typed copies (Go: runtime/mbarrier.go's
// typedmemmove/typedmemclr/typedslicecopy, mbitmap.go's bulkBarrierPreWrite,
// mwbbuf.go's shading). See mbarrier.h for the invariants.
#include "mem/mbarrier.h"

#include <cstring>
#include <mutex>

#include "types/type.h"

namespace gs::mem {

namespace {

constexpr int kMaxShaders = 8;
std::atomic<BarrierShader*> g_shaders[kMaxShaders];
std::mutex g_register_mu;

// A Go pointer word as an address: 8 bytes, zero-extended on wasm32 (a value with
// its high half set there is not an address). The word may be written by another
// goroutine at this instant (the barrier reads the old value of a racy store, as
// Go's does); that is a Go-level race, not a runtime one.
inline uint64_t load_word(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

}  // namespace

void write_barrier_register(BarrierShader* shader, bool on) {
  std::lock_guard<std::mutex> lock(g_register_mu);
  for (auto& slot : g_shaders) {
    BarrierShader* cur = slot.load(std::memory_order_relaxed);
    if (on && cur == nullptr) {
      slot.store(shader, std::memory_order_release);
      write_barrier_marking_count().fetch_add(1, std::memory_order_seq_cst);
      return;
    }
    if (!on && cur == shader) {
      slot.store(nullptr, std::memory_order_release);
      write_barrier_marking_count().fetch_sub(1, std::memory_order_seq_cst);
      return;
    }
  }
}

void shade(uintptr_t p) {
  if (p == 0) return;
  for (auto& slot : g_shaders) {
    BarrierShader* s = slot.load(std::memory_order_acquire);
    if (s != nullptr && s->shade_from_barrier(p)) return;
  }
}

static inline void shade_word(const void* p) {
  uint64_t w = load_word(p);
  if (w != 0 && w <= UINTPTR_MAX) shade(static_cast<uintptr_t>(w));
}

void write_barrier_shade(void* dst, const void* src, const types::Type* t) {
  if (t == nullptr) {
    shade_word(dst);
    if (src) shade_word(src);
    return;
  }
  const uint64_t words = t->ptrdata / 8;
  const auto* d = static_cast<const uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  for (uint64_t i = 0; i < words; i++) {
    if (!t->word_is_pointer(i)) continue;
    shade_word(d + 8 * i);
    if (s) shade_word(s + 8 * i);
  }
}

void bulk_barrier(void* dst, const void* src, uint64_t n, const types::Type* elem) {
  if (!elem->pointers()) return;
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  for (uint64_t i = 0; i < n; i++)
    write_barrier_shade(d + i * elem->size, s ? s + i * elem->size : nullptr, elem);
}

void typedmemmove(const types::Type* t, void* dst, const void* src) {
  if (dst == src || t->size == 0) return;
  if (t->pointers() && write_barrier_enabled()) write_barrier_shade(dst, src, t);
  std::memmove(dst, src, static_cast<size_t>(t->size));
}

void typedmemclr(const types::Type* t, void* dst) {
  if (t->size == 0) return;
  if (t->pointers() && write_barrier_enabled()) write_barrier_shade(dst, nullptr, t);
  std::memset(dst, 0, static_cast<size_t>(t->size));
}

void typedslicecopy(const types::Type* elem, void* dst, const void* src, uint64_t n) {
  if (n == 0 || dst == src || elem->size == 0) return;
  if (elem->pointers() && write_barrier_enabled()) bulk_barrier(dst, src, n, elem);
  std::memmove(dst, src, static_cast<size_t>(n * elem->size));
}

void typedsliceclear(const types::Type* elem, void* dst, uint64_t n) {
  if (n == 0 || elem->size == 0) return;
  if (elem->pointers() && write_barrier_enabled()) bulk_barrier(dst, nullptr, n, elem);
  std::memset(dst, 0, static_cast<size_t>(n * elem->size));
}

void write_pointer(void* slot, uint64_t value) {
  if (write_barrier_enabled()) {
    shade_word(slot);
    if (value != 0 && value <= UINTPTR_MAX) shade(static_cast<uintptr_t>(value));
  }
  std::memcpy(slot, &value, sizeof value);
}

}  // namespace gs::mem
