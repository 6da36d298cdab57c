// alg.cpp — the map hash functions and the runtime's random numbers (see alg.h).
// Invariant: values equal under Go's == hash equally for one seed; NaN never does.
#include "maps/alg.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <random>

#include "types/type.h"

namespace gs::maps {

using types::Kind;
using types::Type;
using types::Word;

namespace {

// Odd 64-bit constants with well-spread bits (the wyhash family's secrets).
constexpr uint64_t kMix0 = 0xa0761d6478bd642full;
constexpr uint64_t kMix1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kMix2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kMix3 = 0x589965cc75374cc3ull;

// The 128-bit product of a and b, its halves in a (low) and b (high).
inline void multiply_wide(uint64_t& a, uint64_t& b) {
#ifdef __SIZEOF_INT128__
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  a = static_cast<uint64_t>(r);
  b = static_cast<uint64_t>(r >> 64);
#else
  uint64_t ha = a >> 32, hb = b >> 32, la = static_cast<uint32_t>(a), lb = static_cast<uint32_t>(b);
  uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb;
  uint64_t t = rl + (rm0 << 32);
  uint64_t carry = t < rl;
  uint64_t lo = t + (rm1 << 32);
  carry += lo < t;
  uint64_t hi = rh + (rm0 >> 32) + (rm1 >> 32) + carry;
  a = lo;
  b = hi;
#endif
}

// Multiplies and folds the product's halves together: the mixing step.
inline uint64_t mix(uint64_t a, uint64_t b) {
  multiply_wide(a, b);
  return a ^ b;
}

inline uint64_t read64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t os_seed() {
  std::random_device rd;
  uint64_t s = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  return s ^ static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
}

std::atomic<uint64_t>& rand_state() {
  static std::atomic<uint64_t> state{os_seed()};
  return state;
}

// Hash of an interface's dynamic value (Go: nilinterhash / interhash once the
// dynamic type is known). dyn == nullptr is a nil interface: the seed itself.
uint64_t dynamic_hash(const Type* dyn, const Word* data_word, uint64_t seed, const Type** unhashable) {
  if (dyn == nullptr) return seed;
  if (dyn->equal == nullptr) {
    // Report the dynamic type itself (e.g. struct { a []int }), not what inside it
    // makes it incomparable, as Go does.
    if (unhashable) *unhashable = dyn;
    return 0;
  }
  const void* value = dyn->direct_iface ? static_cast<const void*>(data_word) : types::ptr_from_word(*data_word);
  return mix(typehash(dyn, value, seed ^ kMix3, unhashable), kMix1);
}

// The dynamic type of the interface value of type t at p (eface or iface).
const Type* interface_dynamic_type(const Type* t, const void* p) {
  Word first = load<Word>(p);
  if (first == 0) return nullptr;
  const types::InterfaceType* it = t->interface_type();
  if (it == nullptr || it->methods.empty()) return static_cast<const Type*>(types::ptr_from_word(first));
  auto* itab = static_cast<const types::ItabHeader*>(types::ptr_from_word(first));
  return static_cast<const Type*>(types::ptr_from_word(itab->type));
}

}  // namespace

uint64_t memhash(const void* p, uint64_t seed, uint64_t size) {
  const uint8_t* b = static_cast<const uint8_t*>(p);
  seed ^= mix(seed ^ kMix0, kMix1);
  uint64_t a = 0, c = 0;
  if (size <= 16) {
    if (size >= 4) {
      uint64_t step = (size >> 3) << 2;  // 0 for 4..7 bytes, 4 for 8..16
      a = (read32(b) << 32) | read32(b + step);
      c = (read32(b + size - 4) << 32) | read32(b + size - 4 - step);
    } else if (size > 0) {
      a = (uint64_t{b[0]} << 16) | (uint64_t{b[size >> 1]} << 8) | b[size - 1];
    }
  } else {
    uint64_t left = size;
    if (left > 48) {
      uint64_t lane1 = seed, lane2 = seed;
      do {
        seed = mix(read64(b) ^ kMix1, read64(b + 8) ^ seed);
        lane1 = mix(read64(b + 16) ^ kMix2, read64(b + 24) ^ lane1);
        lane2 = mix(read64(b + 32) ^ kMix3, read64(b + 40) ^ lane2);
        b += 48;
        left -= 48;
      } while (left > 48);
      seed ^= lane1 ^ lane2;
    }
    while (left > 16) {
      seed = mix(read64(b) ^ kMix1, read64(b + 8) ^ seed);
      b += 16;
      left -= 16;
    }
    a = read64(b + left - 16);
    c = read64(b + left - 8);
  }
  a ^= kMix1;
  c ^= seed;
  multiply_wide(a, c);
  return mix(a ^ kMix0 ^ size, c ^ kMix1);
}

uint64_t strhash(const void* p, uint64_t seed) {
  Word data = load<Word>(p);
  int64_t len = load<int64_t>(static_cast<const char*>(p) + 8);
  if (len <= 0) return memhash(nullptr, seed, 0);
  return memhash(types::ptr_from_word(data), seed, static_cast<uint64_t>(len));
}

uint64_t f32hash(const void* p, uint64_t seed) {
  float f = load<float>(p);
  if (f == 0) return mix(seed ^ kMix0, kMix2);               // +0 and -0
  if (f != f) return mix(seed ^ map_rand(), kMix2);          // every NaN differently
  return memhash(p, seed, 4);
}

uint64_t f64hash(const void* p, uint64_t seed) {
  double f = load<double>(p);
  if (f == 0) return mix(seed ^ kMix0, kMix2);
  if (f != f) return mix(seed ^ map_rand(), kMix2);
  return memhash(p, seed, 8);
}

uint64_t typehash(const Type* t, const void* p, uint64_t seed, const Type** unhashable) {
  if (t->tflag & types::kTFlagRegularMemory) return memhash(p, seed, t->size);
  auto* bytes = static_cast<const char*>(p);
  switch (t->kind) {
    case Kind::Float32: return f32hash(p, seed);
    case Kind::Float64: return f64hash(p, seed);
    case Kind::Complex64: return f32hash(bytes + 4, f32hash(bytes, seed));
    case Kind::Complex128: return f64hash(bytes + 8, f64hash(bytes, seed));
    case Kind::String: return strhash(p, seed);
    case Kind::Interface:
      return dynamic_hash(interface_dynamic_type(t, p), reinterpret_cast<const Word*>(bytes + 8), seed, unhashable);
    case Kind::Array: {
      const types::ArrayType* at = t->array_type();
      for (uint64_t i = 0; i < at->len; i++) {
        seed = typehash(at->elem, bytes + i * at->elem->size, seed, unhashable);
        if (unhashable && *unhashable) return 0;
      }
      return seed;
    }
    case Kind::Struct:
      for (const types::StructField& f : t->struct_type()->fields) {
        if (f.name == "_") continue;
        seed = typehash(f.typ, bytes + f.offset, seed, unhashable);
        if (unhashable && *unhashable) return 0;
      }
      return seed;
    default:
      // Comparable kinds not marked regular memory (none today), or a type that is
      // not comparable at all.
      if (t->equal == nullptr) {
        if (unhashable) *unhashable = t;
        return 0;
      }
      return memhash(p, seed, t->size);
  }
}

const Type* unhashable_in(const Type* t, const void* p) {
  if (t->tflag & types::kTFlagRegularMemory) return nullptr;
  auto* bytes = static_cast<const char*>(p);
  switch (t->kind) {
    case Kind::Interface: {
      const Type* dyn = interface_dynamic_type(t, p);
      if (dyn == nullptr) return nullptr;
      if (dyn->equal == nullptr) return dyn;
      const Word* data_word = reinterpret_cast<const Word*>(bytes + 8);
      return unhashable_in(dyn, dyn->direct_iface ? static_cast<const void*>(data_word)
                                                  : types::ptr_from_word(*data_word));
    }
    case Kind::Array: {
      const types::ArrayType* at = t->array_type();
      for (uint64_t i = 0; i < at->len; i++)
        if (const Type* u = unhashable_in(at->elem, bytes + i * at->elem->size)) return u;
      return nullptr;
    }
    case Kind::Struct:
      for (const types::StructField& f : t->struct_type()->fields) {
        if (f.name == "_") continue;
        if (const Type* u = unhashable_in(f.typ, bytes + f.offset)) return u;
      }
      return nullptr;
    default:
      return t->equal == nullptr ? t : nullptr;
  }
}

uint64_t map_rand() {
  uint64_t s = rand_state().fetch_add(kMix0, std::memory_order_relaxed) + kMix0;
  return mix(s ^ kMix1, s);
}

void set_map_seed_for_tests(uint64_t seed) { rand_state().store(seed, std::memory_order_relaxed); }

}  // namespace gs::maps
