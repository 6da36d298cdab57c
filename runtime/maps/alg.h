// alg.h — hashing Go values for maps (Go: runtime/alg.go's memhash, strhash,
// f32hash/f64hash, interhash/nilinterhash, typehash), and the runtime's random
// numbers that maps use (Go: rand()).
//
// Invariants:
//  * Values equal under Go's == hash equally for the same seed: +0 and -0 hash
//    alike, strings hash their bytes (not the data pointer), an interface hashes its
//    dynamic value, arrays and structs hash element by element / field by field,
//    skipping blank ('_') fields and padding. NaN hashes to a fresh random value each
//    time (so NaN keys spread over buckets and are never found).
//  * The hash is our own 64-bit multiply-mix (wyhash-style), not Go's AES hash: the
//    numbers differ from Go's, which only shows as a different (already random)
//    iteration order.
//  * Randomness: one process-wide 64-bit state advanced atomically (lock-free, safe
//    from any M). It is seeded from the OS at start-up; set_map_seed_for_tests (also
//    the hook for DESIGN.md's deterministic mode: the run sets it before Go code
//    starts) makes every later map decision — hash seeds, NaN hashes, iteration start
//    points, overflow-count sampling — reproducible for the same sequence of calls.
#pragma once
#include <cstdint>

namespace gs::types {
struct Type;
}

namespace gs::maps {

// Hash of size plain bytes at p (Go: memhash).
uint64_t memhash(const void* p, uint64_t seed, uint64_t size);
// Hash of a Go string header {data, len} at p: its bytes (Go: strhash).
uint64_t strhash(const void* p, uint64_t seed);
// Hash of the float at p: +0/-0 hash alike, NaN randomly (Go: f32hash, f64hash).
uint64_t f32hash(const void* p, uint64_t seed);
uint64_t f64hash(const void* p, uint64_t seed);

// Hash of the value of comparable type t at p (Go: typehash). If the value holds an
// interface whose dynamic type is not comparable, stores that dynamic type in
// *unhashable (Go panics "runtime error: hash of unhashable type " + its string) and
// returns 0; *unhashable is left untouched otherwise, so callers set it to nullptr
// first. unhashable may be nullptr when t cannot hold an interface.
uint64_t typehash(const types::Type* t, const void* p, uint64_t seed, const types::Type** unhashable);

// The first unhashable dynamic type inside the value (Go: mapKeyError2), or nullptr.
// Lookups and deletes on an empty or nil map still report it, as Go does.
const types::Type* unhashable_in(const types::Type* t, const void* p);

// The runtime's random numbers for maps (see the invariant above).
uint64_t map_rand();
void set_map_seed_for_tests(uint64_t seed);

}  // namespace gs::maps
