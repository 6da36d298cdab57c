// memory.h — reading and writing Go values in memory from the VM: unaligned-safe
// loads and stores of host values, and Go pointer words ↔ host pointers.
// Invariant: every access to Go memory in the VM goes through these (memcpy-based, so
// frames and heap objects never need host alignment and UBSan stays quiet).
#pragma once
#include <cstdint>
#include <cstring>

#include "types/type.h"

namespace gs::vm {

template <class T>
inline T ld(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
inline void st(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);
}
inline uint8_t* ptr(types::Word w) { return static_cast<uint8_t*>(types::ptr_from_word(w)); }
inline types::Word word(const void* p) { return types::word_from_ptr(p); }

}  // namespace gs::vm
