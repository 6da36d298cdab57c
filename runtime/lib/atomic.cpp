// atomic.cpp — natives of packages sync/atomic and sync (their preludes are
// lib/go/sync_atomic.go and lib/go/sync.go; each native's Go declaration is quoted
// above it).
//
// Invariants:
//  * Every read-modify-write and every load/store is one sequentially consistent
//    __atomic_* operation on Go memory, so Go code running on several Ms at once sees
//    the same ordering Go's sync/atomic guarantees (all its operations are seq-cst).
//    The __atomic builtins are used rather than std::atomic_ref because Emscripten's
//    libc++ may lack atomic_ref; both compilers lower them to lock-free instructions
//    for 4- and 8-byte aligned words (Go aligns int64 fields of atomic.Int64 etc.).
//  * A nil address panics with the runtime error Go's fault handler raises
//    ("invalid memory address or nil pointer dereference") and touches nothing.
//  * atomic.Value's two words {type, data} are only ever changed here: the type word
//    goes 0 → (in-progress marker) → type exactly once, inside one native call, so a
//    reader that sees the marker spins for at most the few instructions that call
//    has left.
//  * Value's data word is a Go pointer (or a pointer-shaped value): every change of it
//    shades the old and the new word first while the GC marks (value_barrier), as
//    Go's typed stores do.
#include <chrono>
#include <cstdint>

#include "lib/native.h"
#include "mem/mbarrier.h"

namespace gs::lib {
namespace {

constexpr int kSeqCst = __ATOMIC_SEQ_CST;

// The write barrier for a change of a Value's data word from old to new.
void value_barrier(Word old_data, Word new_data) {
  if (!mem::write_barrier_enabled()) return;
  if (old_data <= UINTPTR_MAX) mem::shade(static_cast<uintptr_t>(old_data));
  if (new_data <= UINTPTR_MAX) mem::shade(static_cast<uintptr_t>(new_data));
}

// The address argument at frame offset 0, or nullptr after raising Go's nil-deref panic.
template <typename T>
T* target(const uint8_t* frame) {
  auto* p = static_cast<T*>(types::ptr_from_word(arg<Word>(frame, 0)));
  if (!p) raise_runtime_error("invalid memory address or nil pointer dereference");
  return p;
}

// func AddT(addr *T, delta T) (new T)
template <typename T>
void add(uint8_t* f) {
  if (T* p = target<T>(f)) put<T>(f, 16, __atomic_add_fetch(p, arg<T>(f, 8), kSeqCst));
}
// func AndT(addr *T, mask T) (old T)
template <typename T>
void and_(uint8_t* f) {
  if (T* p = target<T>(f)) put<T>(f, 16, __atomic_fetch_and(p, arg<T>(f, 8), kSeqCst));
}
// func OrT(addr *T, mask T) (old T)
template <typename T>
void or_(uint8_t* f) {
  if (T* p = target<T>(f)) put<T>(f, 16, __atomic_fetch_or(p, arg<T>(f, 8), kSeqCst));
}
// func LoadT(addr *T) (val T)
template <typename T>
void load(uint8_t* f) {
  if (T* p = target<T>(f)) put<T>(f, 8, __atomic_load_n(p, kSeqCst));
}
// func StoreT(addr *T, val T)
template <typename T>
void store(uint8_t* f) {
  if (T* p = target<T>(f)) __atomic_store_n(p, arg<T>(f, 8), kSeqCst);
}
// func SwapT(addr *T, new T) (old T)
template <typename T>
void swap(uint8_t* f) {
  if (T* p = target<T>(f)) put<T>(f, 16, __atomic_exchange_n(p, arg<T>(f, 8), kSeqCst));
}
// func CompareAndSwapT(addr *T, old, new T) (swapped bool)
template <typename T>
void cas(uint8_t* f) {
  if (T* p = target<T>(f)) {
    T expected = arg<T>(f, 8);
    bool swapped = __atomic_compare_exchange_n(p, &expected, arg<T>(f, 16), false, kSeqCst, kSeqCst);
    put<bool>(f, 24, swapped);
  }
}

// ---- atomic.Value ----

// The type word of a Value whose first Store is half done (Go: &firstStoreInProgress).
constexpr Word kFirstStoreInProgress = ~Word{0};

struct ValueWords {
  Word type;
  Word data;
};

// Reads a Value's {type, data}; while another M is in the middle of the first store,
// waits for it when wait_for_first_store, else reports the Value as empty.
GoEface load_value(ValueWords* v, bool wait_for_first_store) {
  for (;;) {
    Word t = __atomic_load_n(&v->type, kSeqCst);
    if (t == kFirstStoreInProgress) {
      if (wait_for_first_store) continue;
      return {};
    }
    if (t == 0) return {};
    return {t, __atomic_load_n(&v->data, kSeqCst)};
  }
}

// Makes a still-empty Value hold x; false if it was not empty (or another first store
// is under way).
bool first_store(ValueWords* v, GoEface x) {
  Word empty = 0;
  if (!__atomic_compare_exchange_n(&v->type, &empty, kFirstStoreInProgress, false, kSeqCst, kSeqCst))
    return false;
  value_barrier(0, x.data);
  __atomic_store_n(&v->data, x.data, kSeqCst);
  __atomic_store_n(&v->type, x.type, kSeqCst);
  return true;
}

// func valueLoad(v *Value, waitForFirstStore bool) any
void value_load(uint8_t* f) {
  if (auto* v = target<ValueWords>(f)) put<GoEface>(f, 16, load_value(v, arg<bool>(f, 8)));
}

// func valueStore(v *Value, val any) (consistent bool)   (val != nil)
void value_store(uint8_t* f) {
  auto* v = target<ValueWords>(f);
  if (!v) return;
  GoEface x = arg<GoEface>(f, 8);
  for (;;) {
    GoEface cur = load_value(v, true);
    if (cur.type == 0) {
      if (first_store(v, x)) break;
      continue;
    }
    if (cur.type != x.type) return;  // consistent stays false
    value_barrier(__atomic_load_n(&v->data, kSeqCst), x.data);
    __atomic_store_n(&v->data, x.data, kSeqCst);
    break;
  }
  put<bool>(f, 24, true);
}

// func valueSwap(v *Value, new any) (old any, consistent bool)   (new != nil)
void value_swap(uint8_t* f) {
  auto* v = target<ValueWords>(f);
  if (!v) return;
  GoEface x = arg<GoEface>(f, 8);
  for (;;) {
    GoEface cur = load_value(v, true);
    if (cur.type == 0) {
      if (first_store(v, x)) break;  // old stays nil
      continue;
    }
    if (cur.type != x.type) return;
    value_barrier(__atomic_load_n(&v->data, kSeqCst), x.data);
    put<GoEface>(f, 24, GoEface{x.type, __atomic_exchange_n(&v->data, x.data, kSeqCst)});
    break;
  }
  put<bool>(f, 40, true);
}

// func valueFirstStore(v *Value, new any) bool
void value_first_store(uint8_t* f) {
  if (auto* v = target<ValueWords>(f)) put<bool>(f, 24, first_store(v, arg<GoEface>(f, 8)));
}

// func valueSwapData(v *Value, cur, new any) bool
// Replaces the data word of a Value holding cur (same type as new) with new's, if it
// is still cur's.
void value_swap_data(uint8_t* f) {
  if (auto* v = target<ValueWords>(f)) {
    Word expected = arg<GoEface>(f, 8).data;
    Word desired = arg<GoEface>(f, 24).data;
    value_barrier(expected, desired);
    put<bool>(f, 40, __atomic_compare_exchange_n(&v->data, &expected, desired, false, kSeqCst, kSeqCst));
  }
}

// func sameType(a, b any) bool — whether a and b have the same dynamic type.
void same_type(uint8_t* f) { put<bool>(f, 32, arg<GoEface>(f, 0).type == arg<GoEface>(f, 16).type); }

// ---- package sync ----

// func runtime_nanotime() int64 — a monotonic clock for Mutex's starvation check
// (only differences of its readings are used).
void sync_nanotime(uint8_t* f) {
  auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
  put<int64_t>(f, 0, static_cast<int64_t>(ns.count()));
}

// func addressOf(c *copyChecker) uintptr — the checker's own address (Go converts
// through unsafe.Pointer, which the compiler does not offer yet).
void sync_address_of(uint8_t* f) { put<Word>(f, 8, arg<Word>(f, 0)); }

#define GS_ATOMIC_FAMILY(Suffix, T)                                                          \
  {"sync/atomic", "Add" Suffix, add<T>}, {"sync/atomic", "And" Suffix, and_<T>},             \
      {"sync/atomic", "Or" Suffix, or_<T>}, {"sync/atomic", "Load" Suffix, load<T>},         \
      {"sync/atomic", "Store" Suffix, store<T>}, {"sync/atomic", "Swap" Suffix, swap<T>},    \
      {"sync/atomic", "CompareAndSwap" Suffix, cas<T>}

const Native kAtomicNatives[] = {
    GS_ATOMIC_FAMILY("Int32", int32_t),
    GS_ATOMIC_FAMILY("Uint32", uint32_t),
    GS_ATOMIC_FAMILY("Int64", int64_t),
    GS_ATOMIC_FAMILY("Uint64", uint64_t),
    GS_ATOMIC_FAMILY("Uintptr", uint64_t),
    {"sync/atomic", "valueLoad", value_load},
    {"sync/atomic", "valueStore", value_store},
    {"sync/atomic", "valueSwap", value_swap},
    {"sync/atomic", "valueFirstStore", value_first_store},
    {"sync/atomic", "valueSwapData", value_swap_data},
    {"sync/atomic", "sameType", same_type},
    {"sync", "runtime_nanotime", sync_nanotime},
    {"sync", "addressOf", sync_address_of},
};
#undef GS_ATOMIC_FAMILY

}  // namespace

std::span<const Native> atomic_natives() { return kAtomicNatives; }

}  // namespace gs::lib
