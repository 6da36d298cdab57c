// map.h — Go 1.23's hash maps (Go: runtime/map.go, the classic bucket map, not the
// Swiss tables of Go 1.24), on Go's memory layout.
//
// A Go map value is one pointer word to an Hmap (0 for a nil map). The Hmap, its
// bucket arrays, overflow buckets, indirect keys/elems and the extra record all come
// from mem::mallocgc with type descriptors whose pointer bitmaps mark every pointer
// word, so the future GC can scan them like any Go object.
//
// Invariants (those of Go's map.go):
//  * A bucket holds 8 slots: tophash[8], keys[8], elems[8], overflow (layout in
//    types::MapLayout). A slot's tophash is emptyRest/emptyOne when free (emptyRest:
//    nothing follows in this bucket chain), evacuatedX/Y/Empty once its old bucket
//    was moved during growth, or the hash's top byte (>= 5) when full.
//  * Growth is incremental: h->oldbuckets is non-null while growing; each write
//    evacuates the old bucket it touches plus one more (growWork), and reads look in
//    the old bucket until it is evacuated. Growth doubles when the load would pass
//    6.5 per bucket, and stays the same size when overflow buckets are as many as
//    buckets (clearing out deleted slots).
//  * Keys never move within a bucket generation, so an iterator sees each live entry
//    once; an entry deleted before the iterator reaches it is not produced; entries
//    added during iteration may or may not be.
//
// Errors. Panics go to lib::pending_panic() as Go raises them:
//   "assignment to entry in nil map"   (a plain runtime.Error: lib::raise_plain_runtime_error)
//   "hash of unhashable type T"        (a runtime.Error: "runtime error: " is prefixed)
// Go's fatal errors (unrecoverable; Go prints "fatal error: " + message and exits 2)
// go to pending_fatal() on the calling thread:
//   "concurrent map writes", "concurrent map read and map write",
//   "concurrent map iteration and map write"  (the hashWriting flag, as Go checks it)
//   "out of memory"                              (mallocgc refused)
// A function that returns a pointer returns nullptr exactly when it raised one of
// these; after the void functions (mapdelete, mapclear, mapiterinit, mapiternext) the
// VM checks lib::pending_panic().pending and pending_fatal().
//
// Threads: like Go, a map is not safe for concurrent writes. The flags byte is read
// and written atomically (relaxed) so that Go's detection works without C++ data
// races on it; everything else is plain memory.
//
// Requires a heap bound to the calling thread (mem::BindHeap).
#pragma once
#include <cstdint>

#include "types/type.h"

namespace gs::maps {

using types::Word;

// Go's tophash markers and flags (same values as map.go).
enum TopHash : uint8_t {
  kEmptyRest = 0,       // free, and no full slot after it in this bucket chain
  kEmptyOne = 1,        // free
  kEvacuatedX = 2,      // moved to the first half of the new array
  kEvacuatedY = 3,      // moved to the second half
  kEvacuatedEmpty = 4,  // was free when its bucket was evacuated
  kMinTopHash = 5,      // smallest tophash of a full slot
};
enum HmapFlag : uint8_t {
  kFlagIterator = 1,      // an iterator may be using buckets
  kFlagOldIterator = 2,   // an iterator may be using oldbuckets
  kFlagHashWriting = 4,   // a goroutine is writing to the map
  kFlagSameSizeGrow = 8,  // the current growth keeps the bucket count
};

// Go's hmap, field for field (amd64 layout: 48 bytes). Readable by panels: count,
// B (2^B buckets), noverflow (overflow buckets; approximate once B >= 16), and
// growing().
struct Hmap {
  int64_t count = 0;       // live entries (len)
  uint8_t flags = 0;       // HmapFlag bits (accessed atomically by map operations)
  uint8_t B = 0;           // log2 of the bucket count
  uint16_t noverflow = 0;  // overflow buckets in use (see incr_noverflow)
  uint32_t hash0 = 0;      // hash seed
  Word buckets = 0;        // 2^B buckets (0 until the first insert when B == 0)
  Word oldbuckets = 0;     // the previous array while growing, else 0
  uint64_t nevacuate = 0;  // old buckets below this are all evacuated
  Word extra = 0;          // MapExtra*, or 0

  bool growing() const { return oldbuckets != 0; }
  uint64_t bucket_count() const { return uint64_t{1} << B; }
};
static_assert(sizeof(Hmap) == 48);

// Go's mapextra: overflow buckets kept alive for pointer-free bucket types (whose
// overflow word is a uintptr the GC does not follow), and preallocated overflow
// buckets.
struct MapExtra {
  Word overflow = 0;       // *[]*bucket: overflow buckets of buckets
  Word oldoverflow = 0;    // *[]*bucket: overflow buckets of oldbuckets
  Word next_overflow = 0;  // next free preallocated overflow bucket
};
static_assert(sizeof(MapExtra) == 24);

// Go's hiter: 12 words in Go layout, so the VM can keep it in a Go stack frame (its
// type descriptor is hiter_type()). key and elem point at the current entry; key is
// 0 when iteration is over.
struct HIter {
  Word key = 0;             // current key, 0 at the end
  Word elem = 0;            // current element
  Word t = 0;               // map type
  Word h = 0;               // Hmap*
  Word buckets = 0;         // h->buckets when iteration began
  Word bptr = 0;            // current bucket
  Word overflow = 0;        // keeps h's overflow buckets alive (pointer-free buckets)
  Word oldoverflow = 0;     // likewise for the old ones
  uint64_t start_bucket = 0;
  uint8_t offset = 0;       // slot to start from within each bucket
  uint8_t wrapped = 0;      // passed the end of the array and started from 0
  uint8_t B = 0;            // h->B when iteration began
  uint8_t i = 0;            // next slot
  uint32_t pad_ = 0;
  uint64_t bucket = 0;      // next bucket
  uint64_t check_bucket = 0;

  void* key_ptr() const { return types::ptr_from_word(key); }
  void* elem_ptr() const { return types::ptr_from_word(elem); }
};
static_assert(sizeof(HIter) == 96);

// A Go map value <-> its Hmap.
inline Hmap* hmap_from_word(Word w) { return static_cast<Hmap*>(types::ptr_from_word(w)); }
inline Word word_from_hmap(const Hmap* h) { return types::word_from_ptr(h); }

// make(map[K]V, hint) (Go: makemap). A negative or huge hint acts as 0, as in Go
// (Go 1.23 does not panic here). nullptr only on out of memory.
Hmap* makemap(const types::Type* map_type, int64_t hint);

// v := m[key]: the element, or a zero value of the element type when absent (nil map
// included). Never write through the result. nullptr only if a panic was raised
// (unhashable key) or a fatal error detected.
void* mapaccess1(const types::Type* map_type, Hmap* h, const void* key);
// v, ok := m[key].
void* mapaccess2(const types::Type* map_type, Hmap* h, const void* key, bool* ok);
// m[key] = ...: stores the key if absent and returns the element slot to write.
// nullptr if a panic was raised (nil map, unhashable key) or a fatal error detected.
void* mapassign(const types::Type* map_type, Hmap* h, const void* key);
// delete(m, key).
void mapdelete(const types::Type* map_type, Hmap* h, const void* key);
// clear(m) (Go 1.21).
void mapclear(const types::Type* map_type, Hmap* h);
// len(m).
inline int64_t maplen(const Hmap* h) { return h ? h->count : 0; }

// for k, v := range m: mapiterinit zeroes *it and positions it on the first entry
// (it->key == 0 for an empty or nil map); mapiternext advances (it->key == 0 at the
// end). Start bucket and in-bucket offset are random (map_rand).
void mapiterinit(const types::Type* map_type, Hmap* h, HIter* it);
void mapiternext(HIter* it);

// Type descriptors of the runtime's own map objects (built once in a static
// Universe of runtime types; they hold no user types).
const types::Type* hmap_type();    // struct { count int; flags uint8; B uint8; noverflow uint16; hash0 uint32; buckets, oldbuckets unsafe.Pointer; nevacuate uintptr; extra unsafe.Pointer }
const types::Type* mapextra_type();
const types::Type* hiter_type();

// The calling thread's pending fatal map error (text after "fatal error: "), or
// nullptr. The VM takes it and ends the run as Go would.
const char* pending_fatal();
void clear_pending_fatal();

}  // namespace gs::maps
