// map.cpp — Go 1.23's bucket hash map (see map.h): lookup, insert, delete, clear,
// incremental growth (hashGrow / growWork / evacuate) and iteration, following the
// algorithm of Go's runtime/map.go step for step so that observable behaviour (what
// an iterator produces while the map grows or changes, NaN keys, panics, the
// concurrent-write checks) is Go's.
//
// Invariant: every object a map owns comes from mallocgc with a descriptor that marks
// its pointer words; the tophash states and the evacuation progress (nevacuate,
// evacuated buckets) are exactly those of Go's map, so an iterator started at any
// point sees each live entry once.
#include "maps/map.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "lib/native.h"
#include "maps/alg.h"
#include "mem/growslice.h"
#include "mem/malloc.h"
#include "mem/mbarrier.h"
#include "mem/sizeclasses.h"

namespace gs::maps {

using types::Kind;
using types::MapLayout;
using types::Type;

namespace {

constexpr uint64_t kBucketCount = types::kMapBucketCount;
constexpr uint64_t kNoCheck = ~uint64_t{0};  // Go: noCheck, "no bucket to filter for"
constexpr uint64_t kZeroValSize = 1024;      // Go: abi.ZeroValSize

// ---- the runtime's own descriptors ----------------------------------------------------

struct RuntimeTypes {
  types::Universe u;
  const Type* hmap = nullptr;
  const Type* extra = nullptr;
  const Type* hiter = nullptr;
  const Type* pointer = nullptr;         // unsafe.Pointer: an element of an overflow list
  const Type* overflow_list = nullptr;   // []unsafe.Pointer (Go: []*bmap)

  RuntimeTypes() {
    const Type* ptr = u.basic(Kind::UnsafePointer);
    const Type* uptr = u.basic(Kind::Uintptr);
    const Type* u8 = u.basic(Kind::Uint8);
    pointer = ptr;
    overflow_list = u.slice_of(ptr);
    hmap = u.struct_of({{"count", u.basic(Kind::Int)},
                        {"flags", u8},
                        {"B", u8},
                        {"noverflow", u.basic(Kind::Uint16)},
                        {"hash0", u.basic(Kind::Uint32)},
                        {"buckets", ptr},
                        {"oldbuckets", ptr},
                        {"nevacuate", uptr},
                        {"extra", ptr}},
                       "runtime");
    extra = u.struct_of({{"overflow", ptr}, {"oldoverflow", ptr}, {"nextOverflow", ptr}}, "runtime");
    hiter = u.struct_of({{"key", ptr},
                         {"elem", ptr},
                         {"t", ptr},
                         {"h", ptr},
                         {"buckets", ptr},
                         {"bptr", ptr},
                         {"overflow", ptr},
                         {"oldoverflow", ptr},
                         {"startBucket", uptr},
                         {"offset", u8},
                         {"wrapped", u.basic(Kind::Bool)},
                         {"B", u8},
                         {"i", u8},
                         {"bucket", uptr},
                         {"checkBucket", uptr}},
                        "runtime");
  }
};

// Built once and never destroyed (Ms may still be running when statics are torn down).
const RuntimeTypes& runtime_types() {
  static const RuntimeTypes* types = new RuntimeTypes();
  return *types;
}

// ---- errors ------------------------------------------------------------------------------

thread_local const char* t_pending_fatal = nullptr;

void fatal(const char* message) {
  if (t_pending_fatal == nullptr) t_pending_fatal = message;
}

void raise_unhashable(const Type* t) { lib::raise_runtime_error("hash of unhashable type " + t->str); }

// ---- the flags byte, accessed atomically (Go reads and writes it racily) ----------------

uint8_t load_flags(const Hmap* h) { return __atomic_load_n(&h->flags, __ATOMIC_RELAXED); }
void store_flags(Hmap* h, uint8_t v) { __atomic_store_n(&h->flags, v, __ATOMIC_RELAXED); }
void set_flags(Hmap* h, uint8_t bits) { __atomic_fetch_or(&h->flags, bits, __ATOMIC_RELAXED); }
void clear_flags(Hmap* h, uint8_t bits) { __atomic_fetch_and(&h->flags, static_cast<uint8_t>(~bits), __ATOMIC_RELAXED); }
void toggle_flags(Hmap* h, uint8_t bits) { __atomic_fetch_xor(&h->flags, bits, __ATOMIC_RELAXED); }

bool same_size_grow(const Hmap* h) { return load_flags(h) & kFlagSameSizeGrow; }

// ---- addresses ----------------------------------------------------------------------------

using Bucket = uint8_t;  // a bucket is addressed by its first byte (tophash[0])

Bucket* ptr(Word w) { return static_cast<Bucket*>(types::ptr_from_word(w)); }
Word word(const void* p) { return types::word_from_ptr(p); }

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void store(void* p, const T& v) {
  std::memcpy(p, &v, sizeof v);
}
// A pointer field of a map's runtime object (hmap, mapextra, hiter, a bucket's
// overflow word or an indirect slot) is written with the write barrier: the map's
// objects are Go heap objects the collector may be scanning at this moment.
void set_word(void* field, Word v) { mem::write_pointer(field, v); }

// A map type's parts, looked up once per operation.
struct MapInfo {
  const Type* key;
  const Type* elem;
  const MapLayout* l;
};

MapInfo info_of(const Type* map_type) {
  const types::MapType* mt = map_type->map_type();
  const MapLayout* l = mt ? mt->layout() : nullptr;
  if (l == nullptr) {
    std::fprintf(stderr, "fatal error: map operation on %s, which is not a complete map type\n", map_type->str.c_str());
    std::abort();
  }
  return MapInfo{mt->key, mt->elem, l};
}

uint64_t bucket_shift(uint8_t b) { return uint64_t{1} << (b & 63); }
uint64_t bucket_mask(uint8_t b) { return bucket_shift(b) - 1; }

Bucket* bucket_at(const MapLayout& l, Word array, uint64_t i) { return ptr(array) + i * l.bucketsize; }
uint8_t* key_at(const MapLayout& l, Bucket* b, uint64_t i) { return b + l.keys_offset + i * l.keysize; }
uint8_t* elem_at(const MapLayout& l, Bucket* b, uint64_t i) { return b + l.elems_offset + i * l.valuesize; }
Bucket* overflow_of(const MapLayout& l, const Bucket* b) { return ptr(load<Word>(b + l.overflow_offset)); }
void set_overflow(const MapLayout& l, Bucket* b, const Bucket* ovf) { set_word(b + l.overflow_offset, word(ovf)); }

// The key (element) a slot holds: the slot itself, or what it points to when indirect.
uint8_t* slot_key(const MapLayout& l, uint8_t* slot) { return l.indirect_key() ? ptr(load<Word>(slot)) : slot; }
uint8_t* slot_elem(const MapLayout& l, uint8_t* slot) { return l.indirect_elem() ? ptr(load<Word>(slot)) : slot; }

bool is_empty(uint8_t top) { return top <= kEmptyOne; }
bool evacuated(const Bucket* b) { return b[0] > kEmptyOne && b[0] < kMinTopHash; }

uint8_t tophash(uint64_t hash) {
  uint8_t top = static_cast<uint8_t>(hash >> 56);
  return top < kMinTopHash ? static_cast<uint8_t>(top + kMinTopHash) : top;
}

bool keys_equal(const Type* kt, const void* a, const void* b) {
  const Type* uncomparable = nullptr;  // cannot happen: the key was hashed first
  return kt->equal(kt, a, b, &uncomparable);
}

MapExtra* extra_of(const Hmap* h) { return static_cast<MapExtra*>(types::ptr_from_word(h->extra)); }

// ---- sizing ----------------------------------------------------------------------------------

// Whether count entries in 2^B buckets exceed the load factor 6.5 (Go: overLoadFactor).
bool over_load_factor(int64_t count, uint8_t B) {
  return count > static_cast<int64_t>(kBucketCount) && static_cast<uint64_t>(count) > 13 * (bucket_shift(B) / 2);
}

// About as many overflow buckets as buckets (Go: tooManyOverflowBuckets).
bool too_many_overflow_buckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= (uint16_t{1} << B);
}

uint64_t noldbuckets(const Hmap* h) {
  uint8_t old_b = h->B;
  if (!same_size_grow(h)) old_b--;
  return bucket_shift(old_b);
}
uint64_t oldbucket_mask(const Hmap* h) { return noldbuckets(h) - 1; }

// Counts an overflow bucket: exactly below 2^16 buckets, then with probability
// 1/2^(B-15), so noverflow reaches 2^15 at about as many overflow buckets as buckets
// (Go: incrnoverflow).
void incr_noverflow(Hmap* h) {
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t{1} << (h->B - 15)) - 1;
  if ((static_cast<uint32_t>(map_rand()) & mask) == 0) h->noverflow++;
}

void* alloc_object(const Type* t) {
  void* p = mem::newobject(t);
  if (p == nullptr) fatal("out of memory");
  return p;
}

MapExtra* ensure_extra(Hmap* h) {
  if (h->extra == 0) {
    void* e = alloc_object(runtime_types().extra);
    if (e == nullptr) return nullptr;
    set_word(&h->extra, word(e));
  }
  return extra_of(h);
}

// Gives h an overflow list for pointer-free buckets (Go: createOverflow).
bool create_overflow_list(Hmap* h) {
  MapExtra* e = ensure_extra(h);
  if (e == nullptr) return false;
  if (e->overflow == 0) {
    void* list = alloc_object(runtime_types().overflow_list);
    if (list == nullptr) return false;
    set_word(&e->overflow, word(list));
  }
  return true;
}

// create_overflow_list for mapiterinit, which may run on several threads at once
// over one map (concurrent reads are allowed in Go): the two words are published
// with compare-and-swap, and a thread that loses a race uses the winner's object.
MapExtra* create_overflow_list_shared(Hmap* h) {
  Word e = __atomic_load_n(&h->extra, __ATOMIC_ACQUIRE);
  if (e == 0) {
    void* fresh = alloc_object(runtime_types().extra);
    if (fresh == nullptr) return nullptr;
    Word expected = 0;
    if (mem::write_barrier_enabled()) mem::shade(reinterpret_cast<uintptr_t>(fresh));
    if (__atomic_compare_exchange_n(&h->extra, &expected, word(fresh), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
      e = word(fresh);
    } else {
      e = expected;
    }
  }
  auto* extra = static_cast<MapExtra*>(types::ptr_from_word(e));
  if (__atomic_load_n(&extra->overflow, __ATOMIC_ACQUIRE) == 0) {
    void* list = alloc_object(runtime_types().overflow_list);
    if (list == nullptr) return nullptr;
    Word expected = 0;
    if (mem::write_barrier_enabled()) mem::shade(reinterpret_cast<uintptr_t>(list));
    __atomic_compare_exchange_n(&extra->overflow, &expected, word(list), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  }
  return extra;
}

// append(*list, b) on a Go []unsafe.Pointer.
bool append_overflow(Word list_word, const Bucket* b) {
  auto* list = static_cast<lib::GoSlice*>(types::ptr_from_word(list_word));
  const int64_t n = list->len;
  if (n == list->cap) {
    mem::GrownSlice g = mem::growslice(list->data(), n + 1, list->cap, 1, runtime_types().pointer);
    if (g.ptr == nullptr || g.out_of_memory || g.overflow) {
      fatal("out of memory");
      return false;
    }
    set_word(&list->ptr, word(g.ptr));
    list->cap = g.cap;
  }
  set_word(static_cast<uint8_t*>(list->data()) + n * types::kPtrSize, word(b));
  list->len = n + 1;
  return true;
}

// A new overflow bucket chained after b: a preallocated one if any remain, else a
// fresh object (Go: newoverflow).
Bucket* new_overflow(const MapLayout& l, Hmap* h, Bucket* b) {
  Bucket* ovf = nullptr;
  MapExtra* e = extra_of(h);
  if (e != nullptr && e->next_overflow != 0) {
    // Preallocated buckets are used in order; the last one is marked by a non-null
    // overflow word (pointing at the array's start), which is reset when it is taken.
    ovf = ptr(e->next_overflow);
    if (overflow_of(l, ovf) == nullptr) {
      set_word(&e->next_overflow, word(ovf + l.bucketsize));
    } else {
      set_overflow(l, ovf, nullptr);
      set_word(&e->next_overflow, 0);
    }
  } else {
    ovf = static_cast<Bucket*>(alloc_object(l.bucket));
    if (ovf == nullptr) return nullptr;
  }
  incr_noverflow(h);
  if (!l.bucket->pointers()) {
    // The GC does not follow a pointer-free bucket's overflow word: list it.
    if (!create_overflow_list(h) || !append_overflow(extra_of(h)->overflow, ovf)) return nullptr;
  }
  set_overflow(l, b, ovf);
  return ovf;
}

struct BucketArray {
  Bucket* buckets = nullptr;
  Bucket* next_overflow = nullptr;  // first preallocated overflow bucket, if any
};

// 2^b buckets, plus (for b >= 4) about 2^(b-4) preallocated overflow buckets filling
// the rest of the allocation's size class. With `reuse`, clears that array (made for
// the same b) instead of allocating (Go: makeBucketArray).
BucketArray make_bucket_array(const MapLayout& l, uint8_t b, Bucket* reuse) {
  const uint64_t base = bucket_shift(b);
  uint64_t nbuckets = base;
  const uint64_t bsize = l.bucket->size;
  if (b >= 4) {
    nbuckets += bucket_shift(b - 4);
    uint64_t size = bsize * nbuckets;
    uint64_t up = mem::roundupsize(size, !l.bucket->pointers());
    if (up != size) nbuckets = up / bsize;
  }
  BucketArray a;
  if (reuse == nullptr) {
    a.buckets = static_cast<Bucket*>(mem::newarray(l.bucket, static_cast<int64_t>(nbuckets)));
    if (a.buckets == nullptr) {
      fatal("out of memory");
      return a;
    }
  } else {
    a.buckets = reuse;
    mem::typedsliceclear(l.bucket, reuse, nbuckets);
  }
  if (base != nbuckets) {
    a.next_overflow = a.buckets + base * l.bucketsize;
    Bucket* last = a.buckets + (nbuckets - 1) * l.bucketsize;
    set_overflow(l, last, a.buckets);  // any non-null value marks the last one
  }
  return a;
}

// Zero memory for absent elements (Go: zeroVal). Large element types share one
// calloc'd block that only grows; none of it is ever written.
alignas(16) uint8_t g_zero_small[kZeroValSize];

void* zero_value(const Type* elem) {
  if (elem->size <= kZeroValSize) return g_zero_small;
  static std::mutex mu;
  static std::vector<void*>* blocks = new std::vector<void*>();  // kept: results may still be read
  static uint64_t largest = 0;
  std::lock_guard<std::mutex> lock(mu);
  if (elem->size > largest) {
    void* block = std::calloc(1, elem->size);
    if (block == nullptr) {
      fatal("out of memory");
      return nullptr;
    }
    blocks->push_back(block);
    largest = elem->size;
  }
  return blocks->back();
}

// Hashes key with h's seed; raises the unhashable panic and returns false if needed.
bool hash_key(const MapInfo& mi, const Hmap* h, const void* key, uint64_t* hash) {
  const Type* unhashable = nullptr;
  *hash = typehash(mi.key, key, h->hash0, &unhashable);
  if (unhashable != nullptr) {
    raise_unhashable(unhashable);
    return false;
  }
  return true;
}

// For lookups in an empty or nil map, which skip hashing: Go still panics on an
// unhashable key (issue 23734).
bool key_error(const MapInfo& mi, const void* key) {
  if (!mi.l->hash_might_panic()) return false;
  if (const Type* u = unhashable_in(mi.key, key)) {
    raise_unhashable(u);
    return true;
  }
  return false;
}

struct Slot {
  Bucket* b = nullptr;
  uint64_t i = 0;
};

// Finds key's slot: in the new array, or in the old one while its bucket there has
// not been evacuated yet (Go: the body of mapaccess1/2 and mapaccessK).
Slot find(const MapInfo& mi, const Hmap* h, const void* key, uint64_t hash) {
  const MapLayout& l = *mi.l;
  uint64_t m = bucket_mask(h->B);
  Bucket* b = bucket_at(l, h->buckets, hash & m);
  if (h->oldbuckets != 0) {
    if (!same_size_grow(h)) m >>= 1;  // the old array is half the size
    Bucket* oldb = bucket_at(l, h->oldbuckets, hash & m);
    if (!evacuated(oldb)) b = oldb;
  }
  const uint8_t top = tophash(hash);
  for (; b != nullptr; b = overflow_of(l, b)) {
    for (uint64_t i = 0; i < kBucketCount; i++) {
      if (b[i] != top) {
        if (b[i] == kEmptyRest) return {};
        continue;
      }
      if (keys_equal(mi.key, key, slot_key(l, key_at(l, b, i)))) return {b, i};
    }
  }
  return {};
}

// ---- growth ------------------------------------------------------------------------------

// Starts a growth: a doubled array when the load factor is exceeded, else one of the
// same size (too many overflow buckets). Entries move later, in evacuate (Go: hashGrow).
bool hash_grow(const MapLayout& l, Hmap* h) {
  uint8_t bigger = 1;
  if (!over_load_factor(h->count + 1, h->B)) {
    bigger = 0;
    set_flags(h, kFlagSameSizeGrow);
  }
  Word old = h->buckets;
  BucketArray a = make_bucket_array(l, static_cast<uint8_t>(h->B + bigger), nullptr);
  if (a.buckets == nullptr) return false;
  uint8_t f = load_flags(h) & static_cast<uint8_t>(~(kFlagIterator | kFlagOldIterator));
  if (load_flags(h) & kFlagIterator) f |= kFlagOldIterator;  // iterators now walk the old array
  h->B = static_cast<uint8_t>(h->B + bigger);
  store_flags(h, f);
  set_word(&h->oldbuckets, old);
  set_word(&h->buckets, word(a.buckets));
  h->nevacuate = 0;
  h->noverflow = 0;
  if (MapExtra* e = extra_of(h); e != nullptr && e->overflow != 0) {
    if (e->oldoverflow != 0) {
      std::fprintf(stderr, "fatal error: map: oldoverflow is not nil\n");
      std::abort();
    }
    set_word(&e->oldoverflow, e->overflow);  // the current overflow buckets become the old ones
    set_word(&e->overflow, 0);
  }
  if (a.next_overflow != nullptr) {
    MapExtra* e = ensure_extra(h);
    if (e == nullptr) return false;
    set_word(&e->next_overflow, word(a.next_overflow));
  }
  return true;
}

// Where evacuated entries of one old bucket go: the x (same index) or y (index +
// old size) half of the new array.
struct EvacDst {
  Bucket* b = nullptr;
  uint64_t i = 0;
};

void advance_evacuation_mark(const MapLayout& l, Hmap* h, uint64_t newbit) {
  h->nevacuate++;
  // Skip over buckets already evacuated out of order, but only so far (O(1) work).
  uint64_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && evacuated(bucket_at(l, h->oldbuckets, h->nevacuate))) h->nevacuate++;
  if (h->nevacuate == newbit) {
    // Growth is complete: drop the old array and its overflow list.
    set_word(&h->oldbuckets, 0);
    if (MapExtra* e = extra_of(h)) set_word(&e->oldoverflow, 0);
    clear_flags(h, kFlagSameSizeGrow);
  }
}

// Moves the entries of old bucket `oldbucket` (and its overflow chain) to the new
// array, marking each old slot evacuatedX/Y/Empty (Go: evacuate).
bool evacuate(const MapInfo& mi, Hmap* h, uint64_t oldbucket) {
  const MapLayout& l = *mi.l;
  Bucket* b = bucket_at(l, h->oldbuckets, oldbucket);
  const uint64_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    EvacDst xy[2];
    xy[0].b = bucket_at(l, h->buckets, oldbucket);
    const bool same_size = same_size_grow(h);
    if (!same_size) xy[1].b = bucket_at(l, h->buckets, oldbucket + newbit);
    for (; b != nullptr; b = overflow_of(l, b)) {
      for (uint64_t i = 0; i < kBucketCount; i++) {
        uint8_t top = b[i];
        if (is_empty(top)) {
          b[i] = kEvacuatedEmpty;
          continue;
        }
        if (top < kMinTopHash) {
          std::fprintf(stderr, "fatal error: bad map state\n");
          std::abort();
        }
        uint8_t* kslot = key_at(l, b, i);
        uint8_t* eslot = elem_at(l, b, i);
        uint8_t* k = slot_key(l, kslot);
        uint8_t use_y = 0;
        if (!same_size) {
          uint64_t hash = typehash(mi.key, k, h->hash0, nullptr);
          if ((load_flags(h) & kFlagIterator) && !l.reflexive_key() && !keys_equal(mi.key, k, k)) {
            // k != k (NaN): its hash is random, but an iterator may already have
            // decided which half holds it, from the low bit of its tophash. Follow
            // that bit, and give it a fresh random tophash for later growths.
            use_y = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            use_y = 1;
          }
        }
        b[i] = static_cast<uint8_t>(kEvacuatedX + use_y);
        EvacDst& dst = xy[use_y];
        if (dst.i == kBucketCount) {
          dst.b = new_overflow(l, h, dst.b);
          if (dst.b == nullptr) return false;
          dst.i = 0;
        }
        dst.b[dst.i] = top;
        uint8_t* dk = key_at(l, dst.b, dst.i);
        uint8_t* de = elem_at(l, dst.b, dst.i);
        // The key and element (or the pointers to them) move with the barrier: the
        // new bucket may be one the collector has already scanned.
        if (l.indirect_key()) set_word(dk, load<Word>(kslot));
        else mem::typedmemmove(mi.key, dk, kslot);
        if (l.indirect_elem()) set_word(de, load<Word>(eslot));
        else mem::typedmemmove(mi.elem, de, eslot);
        dst.i++;
      }
    }
    // Without iterators on the old array, drop its references (keys, elems and the
    // overflow chain) so they don't keep memory alive; the tophash states stay.
    if (!(load_flags(h) & kFlagOldIterator) && l.bucket->pointers()) {
      Bucket* ob = bucket_at(l, h->oldbuckets, oldbucket);
      if (mem::write_barrier_enabled()) mem::write_barrier_shade(ob, nullptr, l.bucket);
      std::memset(ob + l.keys_offset, 0, l.bucketsize - l.keys_offset);
    }
  }
  if (oldbucket == h->nevacuate) advance_evacuation_mark(l, h, newbit);
  return true;
}

// Evacuates the old bucket that `bucket` will receive entries from, plus one more to
// keep growth moving (Go: growWork).
bool grow_work(const MapInfo& mi, Hmap* h, uint64_t bucket) {
  if (!evacuate(mi, h, bucket & oldbucket_mask(h))) return false;
  if (h->growing() && !evacuate(mi, h, h->nevacuate)) return false;
  return true;
}

// Ends a write: Go's second concurrent-write check, then clears hashWriting.
bool finish_write(Hmap* h) {
  if (!(load_flags(h) & kFlagHashWriting)) {
    fatal("concurrent map writes");
    return false;
  }
  clear_flags(h, kFlagHashWriting);
  return true;
}

// Abandons a write that failed (out of memory): the run is ending anyway.
void* abandon_write(Hmap* h) {
  clear_flags(h, kFlagHashWriting);
  return nullptr;
}

}  // namespace

// ---- API ----------------------------------------------------------------------------------

const Type* hmap_type() { return runtime_types().hmap; }
const Type* mapextra_type() { return runtime_types().extra; }
const Type* hiter_type() { return runtime_types().hiter; }

const char* pending_fatal() { return t_pending_fatal; }
void clear_pending_fatal() { t_pending_fatal = nullptr; }

Hmap* makemap(const Type* map_type, int64_t hint) {
  MapInfo mi = info_of(map_type);
  uint64_t bytes = 0;
  if (hint < 0 || __builtin_mul_overflow(static_cast<uint64_t>(hint), mi.l->bucket->size, &bytes) ||
      bytes > mem::kMaxAlloc) {
    hint = 0;
  }
  auto* h = static_cast<Hmap*>(alloc_object(hmap_type()));
  if (h == nullptr) return nullptr;
  h->hash0 = static_cast<uint32_t>(map_rand());
  uint8_t B = 0;
  while (over_load_factor(hint, B)) B++;
  h->B = B;
  if (B != 0) {  // with B == 0 the first insert allocates the single bucket
    BucketArray a = make_bucket_array(*mi.l, B, nullptr);
    if (a.buckets == nullptr) return nullptr;
    set_word(&h->buckets, word(a.buckets));
    if (a.next_overflow != nullptr) {
      MapExtra* e = ensure_extra(h);
      if (e == nullptr) return nullptr;
      set_word(&e->next_overflow, word(a.next_overflow));
    }
  }
  return h;
}

void* mapaccess2(const Type* map_type, Hmap* h, const void* key, bool* ok) {
  *ok = false;
  MapInfo mi = info_of(map_type);
  if (h == nullptr || h->count == 0) {
    if (key_error(mi, key)) return nullptr;
    return zero_value(mi.elem);
  }
  if (load_flags(h) & kFlagHashWriting) {
    fatal("concurrent map read and map write");
    return nullptr;
  }
  uint64_t hash;
  if (!hash_key(mi, h, key, &hash)) return nullptr;
  Slot s = find(mi, h, key, hash);
  if (s.b == nullptr) return zero_value(mi.elem);
  *ok = true;
  return slot_elem(*mi.l, elem_at(*mi.l, s.b, s.i));
}

void* mapaccess1(const Type* map_type, Hmap* h, const void* key) {
  bool ok;
  return mapaccess2(map_type, h, key, &ok);
}

void* mapassign(const Type* map_type, Hmap* h, const void* key) {
  if (h == nullptr) {
    lib::raise_plain_runtime_error("assignment to entry in nil map");
    return nullptr;
  }
  MapInfo mi = info_of(map_type);
  const MapLayout& l = *mi.l;
  if (load_flags(h) & kFlagHashWriting) {
    fatal("concurrent map writes");
    return nullptr;
  }
  uint64_t hash;
  if (!hash_key(mi, h, key, &hash)) return nullptr;
  // Marked only after hashing, which may panic: then nothing was written.
  toggle_flags(h, kFlagHashWriting);

  if (h->buckets == 0) {
    void* b = alloc_object(l.bucket);
    if (b == nullptr) return abandon_write(h);
    set_word(&h->buckets, word(b));
  }

  const uint8_t top = tophash(hash);
  uint8_t* elem = nullptr;
  for (;;) {  // again: after starting a growth, everything is looked up anew
    const uint64_t bucket = hash & bucket_mask(h->B);
    if (h->growing() && !grow_work(mi, h, bucket)) return abandon_write(h);
    Bucket* b = bucket_at(l, h->buckets, bucket);
    uint8_t* insert_top = nullptr;
    uint8_t* insert_key = nullptr;
    uint8_t* insert_elem = nullptr;
    Bucket* last = b;
    bool stop = false;
    for (; !stop;) {
      for (uint64_t i = 0; i < kBucketCount; i++) {
        if (b[i] != top) {
          if (is_empty(b[i]) && insert_top == nullptr) {
            insert_top = &b[i];
            insert_key = key_at(l, b, i);
            insert_elem = elem_at(l, b, i);
          }
          if (b[i] == kEmptyRest) {
            stop = true;
            break;
          }
          continue;
        }
        uint8_t* k = slot_key(l, key_at(l, b, i));
        if (!keys_equal(mi.key, key, k)) continue;
        // Already present: update the key if equal keys can differ (+0/-0, strings).
        if (l.need_key_update()) mem::typedmemmove(mi.key, k, key);
        elem = elem_at(l, b, i);
        goto done;
      }
      if (stop) break;
      Bucket* ovf = overflow_of(l, b);
      if (ovf == nullptr) break;
      b = ovf;
    }
    last = b;

    // Not found. Grow first if the load factor would be exceeded or overflow buckets
    // pile up, unless a growth is already under way.
    if (!h->growing() && (over_load_factor(h->count + 1, h->B) || too_many_overflow_buckets(h->noverflow, h->B))) {
      if (!hash_grow(l, h)) return abandon_write(h);
      continue;
    }
    if (insert_top == nullptr) {
      // The bucket chain is full: chain a new overflow bucket.
      Bucket* nb = new_overflow(l, h, last);
      if (nb == nullptr) return abandon_write(h);
      insert_top = &nb[0];
      insert_key = key_at(l, nb, 0);
      insert_elem = elem_at(l, nb, 0);
    }
    if (l.indirect_key()) {
      void* kmem = alloc_object(mi.key);
      if (kmem == nullptr) return abandon_write(h);
      set_word(insert_key, word(kmem));
      insert_key = static_cast<uint8_t*>(kmem);
    }
    if (l.indirect_elem()) {
      void* vmem = alloc_object(mi.elem);
      if (vmem == nullptr) return abandon_write(h);
      set_word(insert_elem, word(vmem));
    }
    mem::typedmemmove(mi.key, insert_key, key);
    *insert_top = top;
    h->count++;
    elem = insert_elem;
    break;
  }
done:
  if (!finish_write(h)) return nullptr;
  return slot_elem(l, elem);
}

void mapdelete(const Type* map_type, Hmap* h, const void* key) {
  MapInfo mi = info_of(map_type);
  const MapLayout& l = *mi.l;
  if (h == nullptr || h->count == 0) {
    key_error(mi, key);
    return;
  }
  if (load_flags(h) & kFlagHashWriting) {
    fatal("concurrent map writes");
    return;
  }
  uint64_t hash;
  if (!hash_key(mi, h, key, &hash)) return;
  toggle_flags(h, kFlagHashWriting);

  const uint64_t bucket = hash & bucket_mask(h->B);
  if (h->growing() && !grow_work(mi, h, bucket)) {
    abandon_write(h);
    return;
  }
  Bucket* first = bucket_at(l, h->buckets, bucket);
  const uint8_t top = tophash(hash);
  for (Bucket* b = first; b != nullptr; b = overflow_of(l, b)) {
    for (uint64_t i = 0; i < kBucketCount; i++) {
      if (b[i] != top) {
        if (b[i] == kEmptyRest) goto finish;
        continue;
      }
      uint8_t* kslot = key_at(l, b, i);
      if (!keys_equal(mi.key, key, slot_key(l, kslot))) continue;
      // Clear the key only if it holds pointers (or is one); always the element.
      if (l.indirect_key()) {
        set_word(kslot, 0);
      } else if (mi.key->pointers()) {
        mem::typedmemclr(mi.key, kslot);
      }
      if (l.indirect_elem()) set_word(elem_at(l, b, i), 0);  // the pointer to the element
      else mem::typedmemclr(mi.elem, elem_at(l, b, i));
      b[i] = kEmptyOne;
      // If nothing full follows this slot, turn the run of emptyOne slots ending
      // here into emptyRest, walking backwards through the chain.
      bool last_full = (i == kBucketCount - 1)
                           ? (overflow_of(l, b) == nullptr || overflow_of(l, b)[0] == kEmptyRest)
                           : b[i + 1] == kEmptyRest;
      if (last_full) {
        Bucket* cur = b;
        uint64_t j = i;
        for (;;) {
          cur[j] = kEmptyRest;
          if (j == 0) {
            if (cur == first) break;
            Bucket* next = cur;
            for (cur = first; overflow_of(l, cur) != next; cur = overflow_of(l, cur)) {
            }
            j = kBucketCount - 1;
          } else {
            j--;
          }
          if (cur[j] != kEmptyOne) break;
        }
      }
      h->count--;
      // A fresh seed once empty makes repeated collision attacks harder.
      if (h->count == 0) h->hash0 = static_cast<uint32_t>(map_rand());
      goto finish;
    }
  }
finish:
  finish_write(h);
}

void mapclear(const Type* map_type, Hmap* h) {
  if (h == nullptr || h->count == 0) return;
  MapInfo mi = info_of(map_type);
  const MapLayout& l = *mi.l;
  if (load_flags(h) & kFlagHashWriting) {
    fatal("concurrent map writes");
    return;
  }
  toggle_flags(h, kFlagHashWriting);
  // Mark every slot emptyRest first, so iterators in progress stop producing entries.
  auto mark_empty = [&](Word array, uint64_t mask) {
    for (uint64_t i = 0; i <= mask; i++) {
      for (Bucket* b = bucket_at(l, array, i); b != nullptr; b = overflow_of(l, b)) std::memset(b, kEmptyRest, kBucketCount);
    }
  };
  mark_empty(h->buckets, bucket_mask(h->B));
  if (h->oldbuckets != 0) mark_empty(h->oldbuckets, oldbucket_mask(h));

  clear_flags(h, kFlagSameSizeGrow);
  set_word(&h->oldbuckets, 0);
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = static_cast<uint32_t>(map_rand());
  if (MapExtra* e = extra_of(h)) mem::typedmemclr(runtime_types().extra, e);  // keep the record, forget its contents
  BucketArray a = make_bucket_array(l, h->B, ptr(h->buckets));  // reuse and clear the array
  if (a.next_overflow != nullptr) {
    MapExtra* e = ensure_extra(h);
    if (e == nullptr) {
      abandon_write(h);
      return;
    }
    set_word(&e->next_overflow, word(a.next_overflow));
  }
  finish_write(h);
}

void mapiterinit(const Type* map_type, Hmap* h, HIter* it) {
  std::memset(static_cast<void*>(it), 0, sizeof *it);
  it->t = word(map_type);
  if (h == nullptr || h->count == 0) return;
  MapInfo mi = info_of(map_type);
  set_word(&it->h, word(h));
  it->B = h->B;
  set_word(&it->buckets, h->buckets);
  if (!mi.l->bucket->pointers()) {
    // Hold the overflow lists, so overflow buckets stay reachable from the iterator
    // even if the map grows meanwhile.
    MapExtra* e = create_overflow_list_shared(h);
    if (e == nullptr) return;
    set_word(&it->overflow, __atomic_load_n(&e->overflow, __ATOMIC_ACQUIRE));
    set_word(&it->oldoverflow, e->oldoverflow);
  }
  uint64_t r = map_rand();
  it->start_bucket = r & bucket_mask(h->B);
  it->offset = static_cast<uint8_t>((r >> h->B) & (kBucketCount - 1));
  it->bucket = it->start_bucket;
  if ((load_flags(h) & (kFlagIterator | kFlagOldIterator)) != (kFlagIterator | kFlagOldIterator))
    set_flags(h, kFlagIterator | kFlagOldIterator);
  mapiternext(it);
}

void mapiternext(HIter* it) {
  Hmap* h = hmap_from_word(it->h);
  if (h == nullptr) {  // nil or empty map: iteration ended at once
    set_word(&it->key, 0), set_word(&it->elem, 0);
    return;
  }
  if (load_flags(h) & kFlagHashWriting) {
    fatal("concurrent map iteration and map write");
    set_word(&it->key, 0), set_word(&it->elem, 0);
    return;
  }
  const Type* map_type = static_cast<const Type*>(types::ptr_from_word(it->t));
  MapInfo mi = info_of(map_type);
  const MapLayout& l = *mi.l;
  uint64_t bucket = it->bucket;
  Bucket* b = ptr(it->bptr);
  uint64_t i = it->i;
  uint64_t check_bucket = it->check_bucket;

  for (;;) {
    if (b == nullptr) {
      if (bucket == it->start_bucket && it->wrapped) {
        set_word(&it->key, 0), set_word(&it->elem, 0);  // the end
        return;
      }
      if (h->growing() && it->B == h->B) {
        // Started during a growth that is not finished: if this bucket's old bucket
        // is not evacuated yet, walk the old one and keep only the entries that will
        // land in this bucket.
        uint64_t oldbucket = bucket & oldbucket_mask(h);
        b = bucket_at(l, h->oldbuckets, oldbucket);
        if (!evacuated(b)) {
          check_bucket = bucket;
        } else {
          b = bucket_at(l, it->buckets, bucket);
          check_bucket = kNoCheck;
        }
      } else {
        b = bucket_at(l, it->buckets, bucket);
        check_bucket = kNoCheck;
      }
      bucket++;
      if (bucket == bucket_shift(it->B)) {
        bucket = 0;
        it->wrapped = 1;
      }
      i = 0;
    }
    for (; i < kBucketCount; i++) {
      const uint64_t off = (i + it->offset) & (kBucketCount - 1);
      const uint8_t top = b[off];
      if (is_empty(top) || top == kEvacuatedEmpty) continue;
      uint8_t* k = slot_key(l, key_at(l, b, off));
      uint8_t* e = elem_at(l, b, off);
      const bool reflexive = l.reflexive_key() || keys_equal(mi.key, k, k);
      if (check_bucket != kNoCheck && !same_size_grow(h)) {
        // Walking an unevacuated old bucket of a doubling growth: skip the entries
        // bound for the other half.
        if (reflexive) {
          uint64_t hash = typehash(mi.key, k, h->hash0, nullptr);
          if ((hash & bucket_mask(it->B)) != check_bucket) continue;
        } else {
          // NaN: evacuation sends it by the low bit of its tophash; so do we.
          if ((check_bucket >> (it->B - 1)) != static_cast<uint64_t>(top & 1)) continue;
        }
      }
      if ((top != kEvacuatedX && top != kEvacuatedY) || !reflexive) {
        // The entry is where it lives (or is a NaN, which can't change or be found).
        set_word(&it->key, word(k));
        set_word(&it->elem, word(slot_elem(l, e)));
      } else {
        // The map grew since iteration began: the current entry for this key, if it
        // still exists, is elsewhere. Look it up (it may have been updated, or
        // deleted and re-added).
        uint64_t hash = typehash(mi.key, k, h->hash0, nullptr);
        Slot s = h->count == 0 ? Slot{} : find(mi, h, k, hash);
        if (s.b == nullptr) continue;  // deleted
        set_word(&it->key, word(slot_key(l, key_at(l, s.b, s.i))));
        set_word(&it->elem, word(slot_elem(l, elem_at(l, s.b, s.i))));
      }
      it->bucket = bucket;
      set_word(&it->bptr, word(b));
      it->i = static_cast<uint8_t>(i + 1);
      it->check_bucket = check_bucket;
      return;
    }
    b = overflow_of(l, b);
    i = 0;
  }
}

}  // namespace gs::maps
