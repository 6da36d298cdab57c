// Go 1.23's hash maps (runtime/maps): bucket layouts, makemap sizing, insert/lookup/
// delete through growth (doubling and same-size), keys of every hashing kind (ints,
// strings, padded structs, interfaces incl. unhashable ones, floats with ±0 and NaN,
// indirect big keys/values), iteration semantics during growth and mutation, nil
// maps, clear, randomised and seed-reproducible order, Go's panics and fatal errors.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "lib/native.h"
#include "maps/alg.h"
#include "maps/map.h"
#include "mem/malloc.h"
#include "types/type.h"

using namespace gs;
using gs::maps::HIter;
using gs::maps::Hmap;
using gs::types::Kind;
using gs::types::Type;

namespace {

struct MapFixture {
  types::Universe u;
  mem::Heap heap;
  mem::BindHeap bind{&heap};
  MapFixture() { reset_errors(); }
  ~MapFixture() { reset_errors(); }
  static void reset_errors() {
    lib::pending_panic() = lib::PendingPanic{};
    maps::clear_pending_fatal();
  }
  const Type* I(Kind k) { return u.basic(k); }
};

template <class V>
V* assign(const Type* mt, Hmap* h, const void* key) {
  return static_cast<V*>(maps::mapassign(mt, h, key));
}

void put_int(const Type* mt, Hmap* h, int64_t k, int64_t v) {
  auto* slot = assign<int64_t>(mt, h, &k);
  REQUIRE(slot != nullptr);
  *slot = v;
}

// Value at key k, or -1 when absent (checks mapaccess1 and mapaccess2 agree).
int64_t get_int(const Type* mt, Hmap* h, int64_t k) {
  bool ok = false;
  auto* p2 = static_cast<const int64_t*>(maps::mapaccess2(mt, h, &k, &ok));
  auto* p1 = static_cast<const int64_t*>(maps::mapaccess1(mt, h, &k));
  REQUIRE(p1 != nullptr);
  REQUIRE(p2 != nullptr);
  CHECK(*p1 == *p2);
  if (!ok) {
    CHECK(*p1 == 0);
    return -1;
  }
  return *p2;
}

// Every (key, elem) pair one full iteration produces.
template <class K>
std::vector<K> iterate_keys(const Type* mt, Hmap* h) {
  std::vector<K> out;
  HIter it;
  for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
    K k;
    std::memcpy(&k, it.key_ptr(), sizeof k);
    out.push_back(k);
  }
  return out;
}

// Keys whose hash under h's seed selects bucket `bucket` of 2^B buckets.
std::vector<int64_t> keys_in_bucket(const Type* int_type, const Hmap* h, uint64_t bucket, size_t n, int64_t& next) {
  std::vector<int64_t> out;
  uint64_t mask = h->bucket_count() - 1;
  while (out.size() < n) {
    int64_t k = next++;
    if ((maps::typehash(int_type, &k, h->hash0, nullptr) & mask) == bucket) out.push_back(k);
  }
  return out;
}

lib::GoString gostr(const std::string& s) { return lib::make_string(s); }

}  // namespace

TEST_CASE("maps: bucket layouts follow Go's (tophash, keys, elems, overflow; >128 bytes indirect)") {
  MapFixture f;
  const Type* m_int_int = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  const types::MapLayout* l = m_int_int->map_type()->layout();
  REQUIRE(l != nullptr);
  CHECK(l->bucketsize == 144);  // 8 + 8*8 + 8*8 + 8
  CHECK(l->keysize == 8);
  CHECK(l->valuesize == 8);
  CHECK(l->keys_offset == 8);
  CHECK(l->elems_offset == 72);
  CHECK(l->overflow_offset == 136);
  CHECK_FALSE(l->bucket->pointers());  // overflow is a uintptr: keys and elems hold no pointers
  CHECK(l->reflexive_key());
  CHECK_FALSE(l->need_key_update());
  CHECK_FALSE(l->hash_might_panic());

  const types::MapLayout* ls = f.u.map_of(f.I(Kind::String), f.I(Kind::Int))->map_type()->layout();
  CHECK(ls->bucketsize == 208);
  CHECK(ls->bucket->pointers());
  CHECK(ls->bucket->word_is_pointer(1));    // keys[0].data
  CHECK_FALSE(ls->bucket->word_is_pointer(2));  // keys[0].len
  CHECK(ls->bucket->word_is_pointer(208 / 8 - 1));  // overflow
  CHECK(ls->need_key_update());

  // map[int64]int8: elems packed after the keys, then the overflow word.
  const types::MapLayout* lp = f.u.map_of(f.I(Kind::Int64), f.I(Kind::Int8))->map_type()->layout();
  CHECK(lp->bucketsize == 88);
  CHECK(lp->overflow_offset == 80);
  const types::MapLayout* lb = f.u.map_of(f.I(Kind::Int8), f.I(Kind::Int8))->map_type()->layout();
  CHECK(lb->bucketsize == 32);
  CHECK(lb->overflow_offset == lb->bucketsize - 8);

  const Type* big = f.u.array_of(f.I(Kind::Uint8), 129);
  const Type* edge = f.u.array_of(f.I(Kind::Uint8), 128);
  const types::MapLayout* lbig = f.u.map_of(big, edge)->map_type()->layout();
  CHECK(lbig->indirect_key());
  CHECK_FALSE(lbig->indirect_elem());
  CHECK(lbig->keysize == 8);
  CHECK(lbig->valuesize == 128);
  CHECK(lbig->bucket->pointers());  // the key pointers

  const types::MapLayout* lf = f.u.map_of(f.I(Kind::Float64), f.I(Kind::Int))->map_type()->layout();
  CHECK_FALSE(lf->reflexive_key());
  CHECK(lf->need_key_update());
  const types::MapLayout* li = f.u.map_of(f.u.any_type(), f.I(Kind::Int))->map_type()->layout();
  CHECK(li->hash_might_panic());
  CHECK_FALSE(li->reflexive_key());

  // A named map type shares its underlying type's layout.
  const Type* named = f.u.named("main", "M", m_int_int);
  CHECK(named->map_type()->layout() == l);
}

TEST_CASE("maps: a map type whose element is still incomplete gets its layout once it is complete") {
  MapFixture f;
  // type T struct { m map[string]T }
  Type* t = f.u.declare_named("main", "T");
  const Type* m = f.u.map_of(f.I(Kind::String), t);
  REQUIRE(m != nullptr);
  CHECK(m->map_type()->layout() == nullptr);
  REQUIRE(f.u.set_underlying(t, f.u.struct_of({{"m", m}})));
  const types::MapLayout* l = m->map_type()->layout();
  REQUIRE(l != nullptr);
  CHECK(l->valuesize == 8);
  Hmap* h = maps::makemap(m, 0);
  lib::GoString k = gostr("x");
  Hmap** slot = assign<Hmap*>(m, h, &k);
  REQUIRE(slot != nullptr);
  CHECK(maps::maplen(h) == 1);
}

TEST_CASE("maps: runtime descriptors mark the pointer words of hmap, mapextra and hiter") {
  const Type* hm = maps::hmap_type();
  CHECK(hm->size == 48);
  CHECK(hm->word_is_pointer(2));  // buckets
  CHECK(hm->word_is_pointer(3));  // oldbuckets
  CHECK_FALSE(hm->word_is_pointer(4));  // nevacuate
  CHECK(hm->word_is_pointer(5));  // extra
  CHECK_FALSE(hm->word_is_pointer(0));
  CHECK(maps::mapextra_type()->size == sizeof(maps::MapExtra));
  const Type* hi = maps::hiter_type();
  CHECK(hi->size == sizeof(HIter));
  CHECK(hi->ptrdata == 64);
  for (int w = 0; w < 8; w++) CHECK(hi->word_is_pointer(w));
  CHECK(offsetof(HIter, offset) == 72);
  CHECK(offsetof(HIter, bucket) == 80);
}

TEST_CASE("maps: makemap sizes B from the hint like Go (load factor 6.5)") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  struct Case {
    int64_t hint;
    uint8_t B;
  };
  for (Case c : {Case{-1, 0}, Case{0, 0}, Case{8, 0}, Case{9, 1}, Case{13, 1}, Case{14, 2}, Case{26, 2}, Case{27, 3},
                 Case{104, 4}, Case{105, 5}, Case{100000, 14}, Case{INT64_MAX, 0}, Case{INT64_MIN, 0}}) {
    CAPTURE(c.hint);
    Hmap* h = maps::makemap(mt, c.hint);
    REQUIRE(h != nullptr);
    CHECK(h->B == c.B);
    CHECK(h->count == 0);
    CHECK((h->buckets != 0) == (c.B != 0));
    CHECK(f.heap.owns(h));
  }
  // B >= 4 preallocates overflow buckets in the same allocation.
  Hmap* h = maps::makemap(mt, 1000);
  REQUIRE(h->extra != 0);
  CHECK(static_cast<maps::MapExtra*>(types::ptr_from_word(h->extra))->next_overflow != 0);
}

TEST_CASE("maps: 100k int keys through growth: insert, lookup, overwrite, delete") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  const int64_t n = 100000;
  for (int64_t k = 0; k < n; k++) put_int(mt, h, k * 7919, k);
  CHECK(maps::maplen(h) == n);
  CHECK(h->B == 14);
  for (int64_t k = 0; k < n; k++) REQUIRE(get_int(mt, h, k * 7919) == k);
  CHECK(get_int(mt, h, 1) == -1);
  CHECK(get_int(mt, h, -7919) == -1);
  for (int64_t k = 0; k < n; k += 3) put_int(mt, h, k * 7919, -k);  // overwrite
  CHECK(maps::maplen(h) == n);
  for (int64_t k = 0; k < n; k += 2) {
    int64_t key = k * 7919;
    maps::mapdelete(mt, h, &key);
  }
  CHECK(maps::maplen(h) == n / 2);
  for (int64_t k = 0; k < n; k++) {
    int64_t want = k % 2 == 0 ? -1 : (k % 3 == 0 ? -k : k);
    REQUIRE(get_int(mt, h, k * 7919) == want);
  }
  int64_t absent = 5;
  maps::mapdelete(mt, h, &absent);  // deleting an absent key does nothing
  CHECK(maps::maplen(h) == n / 2);
  // Finish any growth and check the map still holds exactly the odd keys.
  std::vector<int64_t> keys = iterate_keys<int64_t>(mt, h);
  CHECK(keys.size() == static_cast<size_t>(n / 2));
  std::set<int64_t> unique(keys.begin(), keys.end());
  CHECK(unique.size() == keys.size());
  CHECK(!lib::pending_panic().pending);
  CHECK(maps::pending_fatal() == nullptr);
}

TEST_CASE("maps: growth is incremental: old buckets are read until evacuated") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  int64_t k = 0;
  while (!h->growing()) {
    put_int(mt, h, k, k * 10);
    k++;
  }
  // Growth began: the new array is twice the old one, and nothing is evacuated yet
  // beyond what this write did.
  CHECK(h->B >= 1);
  CHECK(h->oldbuckets != 0);
  CHECK(h->nevacuate <= (uint64_t{1} << (h->B - 1)));
  for (int64_t j = 0; j < k; j++) REQUIRE(get_int(mt, h, j) == j * 10);
  // Each write evacuates up to two old buckets; growth ends after enough writes.
  uint8_t grown_b = h->B;
  int writes = 0;
  while (h->growing()) {
    put_int(mt, h, 0, 0);
    writes++;
  }
  CHECK(writes <= (1 << (grown_b - 1)));
  CHECK(h->B == grown_b);
  for (int64_t j = 1; j < k; j++) REQUIRE(get_int(mt, h, j) == j * 10);
}

TEST_CASE("maps: many overflow buckets with few entries trigger a same-size growth") {
  MapFixture f;
  const Type* it = f.I(Kind::Int);
  const Type* mt = f.u.map_of(it, it);
  Hmap* h = maps::makemap(mt, 100);  // B = 4
  REQUIRE(h->B == 4);
  int64_t next = 1;
  std::set<int64_t> live;
  // In each bucket: 9 keys (one overflow bucket), then delete 8 of them.
  for (uint64_t b = 0; b < 16; b++) {
    std::vector<int64_t> ks = keys_in_bucket(it, h, b, 9, next);
    for (int64_t k : ks) put_int(mt, h, k, k);
    for (size_t i = 0; i < 8; i++) maps::mapdelete(mt, h, &ks[i]);
    live.insert(ks[8]);
    REQUIRE_FALSE(h->growing());
  }
  CHECK(h->noverflow == 16);
  CHECK(maps::maplen(h) == 16);
  int64_t fresh = -1;
  put_int(mt, h, fresh, fresh);
  live.insert(fresh);
  CHECK(h->growing());
  CHECK((h->flags & maps::kFlagSameSizeGrow) != 0);
  CHECK(h->B == 4);
  for (int64_t k : live) REQUIRE(get_int(mt, h, k) == k);
  std::vector<int64_t> keys = iterate_keys<int64_t>(mt, h);  // iterate mid-growth
  CHECK(std::set<int64_t>(keys.begin(), keys.end()) == live);
  CHECK(keys.size() == live.size());
  while (h->growing()) put_int(mt, h, fresh, fresh);
  CHECK((h->flags & maps::kFlagSameSizeGrow) == 0);
  CHECK(h->noverflow == 0);  // the entries were compacted into the main buckets
  for (int64_t k : live) REQUIRE(get_int(mt, h, k) == k);
}

TEST_CASE("maps: string keys compare by bytes; an overwrite stores the new key") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::String), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  for (int i = 0; i < 5000; i++) {
    lib::GoString k = gostr("key-" + std::to_string(i));
    *assign<int64_t>(mt, h, &k) = i;
  }
  lib::GoString empty{};
  *assign<int64_t>(mt, h, &empty) = -7;
  CHECK(maps::maplen(h) == 5001);
  for (int i = 0; i < 5000; i++) {
    lib::GoString k = gostr("key-" + std::to_string(i));  // different bytes pointer, same bytes
    bool ok = false;
    auto* v = static_cast<int64_t*>(maps::mapaccess2(mt, h, &k, &ok));
    REQUIRE(ok);
    REQUIRE(*v == i);
  }
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &empty)) == -7);
  lib::GoString missing = gostr("key-5000");
  bool ok = true;
  maps::mapaccess2(mt, h, &missing, &ok);
  CHECK_FALSE(ok);

  // Overwriting with an equal string whose bytes live elsewhere updates the stored key
  // (Go's NeedKeyUpdate), so the old backing store is no longer referenced.
  lib::GoString k1 = gostr("key-1");
  *assign<int64_t>(mt, h, &k1) = 100;
  HIter it;
  bool found = false;
  for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
    auto* s = static_cast<lib::GoString*>(it.key_ptr());
    if (s->view() == "key-1") {
      CHECK(s->ptr == k1.ptr);
      CHECK(*static_cast<int64_t*>(it.elem_ptr()) == 100);
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("maps: struct keys ignore padding and blank fields") {
  MapFixture f;
  // struct { a int8; b int64 }: 7 bytes of padding after a.
  const Type* padded = f.u.struct_of({{"a", f.I(Kind::Int8)}, {"b", f.I(Kind::Int64)}});
  REQUIRE(padded->size == 16);
  CHECK((padded->tflag & types::kTFlagRegularMemory) == 0);
  const Type* mt = f.u.map_of(padded, f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  for (int i = 0; i < 300; i++) {
    uint8_t key[16];
    std::memset(key, 0xAA, sizeof key);  // garbage in the padding
    key[0] = static_cast<uint8_t>(i % 100);
    int64_t b = i / 100;
    std::memcpy(key + 8, &b, 8);
    *assign<int64_t>(mt, h, key) = i;
  }
  CHECK(maps::maplen(h) == 300);
  for (int i = 0; i < 300; i++) {
    uint8_t key[16];
    std::memset(key, 0x55, sizeof key);  // different garbage
    key[0] = static_cast<uint8_t>(i % 100);
    int64_t b = i / 100;
    std::memcpy(key + 8, &b, 8);
    bool ok = false;
    auto* v = static_cast<int64_t*>(maps::mapaccess2(mt, h, key, &ok));
    REQUIRE(ok);
    REQUIRE(*v == i);
  }

  // struct { a int32; _ int32; b int64 }: keys differing only in _ are the same key.
  const Type* blank = f.u.struct_of({{"a", f.I(Kind::Int32)}, {"_", f.I(Kind::Int32)}, {"b", f.I(Kind::Int64)}});
  const Type* mb = f.u.map_of(blank, f.I(Kind::Int));
  Hmap* hb = maps::makemap(mb, 0);
  struct {
    int32_t a, blank;
    int64_t b;
  } k1{1, 111, 2}, k2{1, 222, 2}, k3{1, 111, 3};
  *assign<int64_t>(mb, hb, &k1) = 10;
  *assign<int64_t>(mb, hb, &k2) = 20;
  *assign<int64_t>(mb, hb, &k3) = 30;
  CHECK(maps::maplen(hb) == 2);
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mb, hb, &k1)) == 20);
}

TEST_CASE("maps: interface keys hash their dynamic value; unhashable dynamic types panic") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.u.any_type(), f.I(Kind::Int));
  const Type* int_t = f.I(Kind::Int);
  const Type* int64_t_ = f.I(Kind::Int64);
  const Type* str_t = f.I(Kind::String);
  Hmap* h = maps::makemap(mt, 0);
  // The data word points at the value (int and string are not pointer-shaped).
  std::vector<int64_t> ints(2000);
  std::vector<lib::GoString> strs(2000);
  for (int i = 0; i < 2000; i++) {
    ints[i] = i;
    lib::GoEface k{types::word_from_ptr(int_t), types::word_from_ptr(&ints[i])};
    *assign<int64_t>(mt, h, &k) = i;
    strs[i] = gostr(std::to_string(i));
    lib::GoEface s{types::word_from_ptr(str_t), types::word_from_ptr(&strs[i])};
    *assign<int64_t>(mt, h, &s) = -i;
  }
  lib::GoEface nil_key{};
  *assign<int64_t>(mt, h, &nil_key) = 99;
  CHECK(maps::maplen(h) == 4001);
  for (int i = 0; i < 2000; i++) {
    int64_t copy = i;  // same value, different address
    lib::GoEface k{types::word_from_ptr(int_t), types::word_from_ptr(&copy)};
    REQUIRE(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &k)) == i);
    lib::GoString sc = gostr(std::to_string(i));
    lib::GoEface s{types::word_from_ptr(str_t), types::word_from_ptr(&sc)};
    REQUIRE(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &s)) == -i);
  }
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &nil_key)) == 99);
  // int64(5) is not int(5).
  int64_t five = 5;
  lib::GoEface k64{types::word_from_ptr(int64_t_), types::word_from_ptr(&five)};
  bool ok = true;
  maps::mapaccess2(mt, h, &k64, &ok);
  CHECK_FALSE(ok);
  // A pointer-shaped dynamic type keeps its value in the data word.
  const Type* pint = f.u.ptr_to(int_t);
  lib::GoEface pk{types::word_from_ptr(pint), types::word_from_ptr(&ints[3])};
  *assign<int64_t>(mt, h, &pk) = 333;
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &pk)) == 333);

  // Unhashable: []int as the dynamic type.
  const Type* slice_t = f.u.slice_of(int_t);
  lib::GoSlice sl{};
  lib::GoEface bad{types::word_from_ptr(slice_t), types::word_from_ptr(&sl)};
  int64_t before = maps::maplen(h);
  CHECK(maps::mapassign(mt, h, &bad) == nullptr);
  CHECK(lib::pending_panic().pending);
  CHECK(lib::pending_panic().runtime_error);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  CHECK_FALSE(lib::pending_panic_is_plain());
  CHECK(maps::maplen(h) == before);
  CHECK((h->flags & maps::kFlagHashWriting) == 0);  // the write never started
  MapFixture::reset_errors();
  CHECK(maps::mapaccess1(mt, h, &bad) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  MapFixture::reset_errors();
  maps::mapdelete(mt, h, &bad);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  MapFixture::reset_errors();
  // Even on a nil or empty map (Go issue 23734).
  CHECK(maps::mapaccess1(mt, nullptr, &bad) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  MapFixture::reset_errors();
  maps::mapdelete(mt, maps::makemap(mt, 0), &bad);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  MapFixture::reset_errors();
  // The reported type is the dynamic type itself, even when what makes it
  // uncomparable is inside it.
  const Type* st = f.u.struct_of({{"a", slice_t}});
  lib::GoEface bad_struct{types::word_from_ptr(st), types::word_from_ptr(&sl)};
  CHECK(maps::mapassign(mt, h, &bad_struct) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type struct { a []int }");
  MapFixture::reset_errors();
  // An interface inside a struct key: the innermost dynamic type is reported.
  const Type* holder = f.u.named("main", "T", f.u.struct_of({{"x", f.u.any_type()}}));
  const Type* mh = f.u.map_of(holder, f.I(Kind::Int));
  CHECK(mh->map_type()->layout()->hash_might_panic());
  lib::GoEface inner{types::word_from_ptr(slice_t), types::word_from_ptr(&sl)};
  CHECK(maps::mapassign(mh, maps::makemap(mh, 0), &inner) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type []int");
  MapFixture::reset_errors();
  // Map and func dynamic types (pointer-shaped) are unhashable too.
  const Type* map_t = f.u.map_of(int_t, int_t);
  lib::GoEface bad_map{types::word_from_ptr(map_t), 0};
  CHECK(maps::mapaccess1(mt, h, &bad_map) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type map[int]int");
}

TEST_CASE("maps: composite keys: arrays of strings/floats/interfaces, non-empty interfaces") {
  MapFixture f;
  const Type* int_t = f.I(Kind::Int);
  // [3]string: element-wise string hashing.
  const Type* a3s = f.u.array_of(f.I(Kind::String), 3);
  const Type* m3s = f.u.map_of(a3s, int_t);
  Hmap* h = maps::makemap(m3s, 0);
  for (int i = 0; i < 500; i++) {
    lib::GoString k[3] = {gostr("a"), gostr(std::to_string(i)), gostr("")};
    *assign<int64_t>(m3s, h, k) = i;
  }
  for (int i = 0; i < 500; i++) {
    lib::GoString k[3] = {gostr("a"), gostr(std::to_string(i)), {}};
    REQUIRE(*static_cast<int64_t*>(maps::mapaccess1(m3s, h, k)) == i);
  }
  // [2]float64 and complex64 / float32: -0 equals +0 element-wise.
  const Type* a2f = f.u.array_of(f.I(Kind::Float64), 2);
  const Type* m2f = f.u.map_of(a2f, int_t);
  Hmap* hf = maps::makemap(m2f, 0);
  double p[2] = {1.5, 0.0}, n[2] = {1.5, -0.0};
  *assign<int64_t>(m2f, hf, p) = 1;
  *assign<int64_t>(m2f, hf, n) = 2;
  CHECK(maps::maplen(hf) == 1);
  const Type* mc64 = f.u.map_of(f.I(Kind::Complex64), int_t);
  Hmap* hc = maps::makemap(mc64, 0);
  float c1[2] = {2.5f, 0.0f}, c2[2] = {2.5f, -0.0f}, c3[2] = {2.5f, 1.0f};
  *assign<int64_t>(mc64, hc, c1) = 1;
  *assign<int64_t>(mc64, hc, c2) = 2;
  *assign<int64_t>(mc64, hc, c3) = 3;
  CHECK(maps::maplen(hc) == 2);
  const Type* mf32 = f.u.map_of(f.I(Kind::Float32), int_t);
  Hmap* h32 = maps::makemap(mf32, 0);
  for (int i = 0; i < 100; i++) {
    float x = static_cast<float>(i) * 0.25f;
    *assign<int64_t>(mf32, h32, &x) = i;
  }
  float q = 12.25f;
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mf32, h32, &q)) == 49);

  // [2]interface{}: an unhashable element panics, also on an empty map.
  const Type* a2i = f.u.array_of(f.u.any_type(), 2);
  const Type* m2i = f.u.map_of(a2i, int_t);
  Hmap* hi = maps::makemap(m2i, 0);
  const Type* sl_t = f.u.slice_of(f.I(Kind::String));
  int64_t one = 1;
  lib::GoSlice sl{};
  lib::GoEface bad[2] = {{types::word_from_ptr(int_t), types::word_from_ptr(&one)},
                         {types::word_from_ptr(sl_t), types::word_from_ptr(&sl)}};
  CHECK(maps::mapaccess1(m2i, hi, bad) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type []string");
  MapFixture::reset_errors();
  CHECK(maps::mapassign(m2i, hi, bad) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type []string");
  MapFixture::reset_errors();
  lib::GoEface good[2] = {{types::word_from_ptr(int_t), types::word_from_ptr(&one)}, {}};
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(m2i, hi, good)) == 0);  // empty map, hashable: no panic
  CHECK_FALSE(lib::pending_panic().pending);
  *assign<int64_t>(m2i, hi, good) = 5;
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(m2i, hi, good)) == 5);

  // struct { x any; _ any }: an interface in a struct on an empty map; blank fields are
  // not hashed (so an unhashable value there does not panic).
  const Type* sx = f.u.struct_of({{"x", f.u.any_type()}, {"_", f.u.any_type()}});
  const Type* msx = f.u.map_of(sx, int_t);
  lib::GoEface sk[2] = {{types::word_from_ptr(f.u.ptr_to(int_t)), types::word_from_ptr(&one)},
                        {types::word_from_ptr(sl_t), types::word_from_ptr(&sl)}};
  maps::mapaccess1(msx, nullptr, sk);
  CHECK_FALSE(lib::pending_panic().pending);
  Hmap* hs = maps::makemap(msx, 0);
  *assign<int64_t>(msx, hs, sk) = 8;
  CHECK_FALSE(lib::pending_panic().pending);
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(msx, hs, sk)) == 8);

  // map[error]int: keys are itab-headed interfaces; the itab names the dynamic type.
  const Type* err_t = f.u.error_type();
  const Type* me = f.u.map_of(err_t, int_t);
  const Type* str_t = f.u.named("main", "E", f.I(Kind::String));
  struct {
    types::ItabHeader header;
    types::Word fun0;
  } itab{{types::word_from_ptr(err_t), types::word_from_ptr(str_t)}, 0};
  Hmap* he = maps::makemap(me, 0);
  std::vector<lib::GoString> msgs;
  for (int i = 0; i < 50; i++) msgs.push_back(gostr("err" + std::to_string(i)));
  for (int i = 0; i < 50; i++) {
    lib::GoIface k{types::word_from_ptr(&itab), types::word_from_ptr(&msgs[i])};
    *assign<int64_t>(me, he, &k) = i;
  }
  lib::GoIface nil_err{};
  *assign<int64_t>(me, he, &nil_err) = -1;
  CHECK(maps::maplen(he) == 51);
  lib::GoString again = gostr("err7");
  lib::GoIface k7{types::word_from_ptr(&itab), types::word_from_ptr(&again)};
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(me, he, &k7)) == 7);
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(me, he, &nil_err)) == -1);
  // An unhashable dynamic type behind an itab.
  const Type* sl_named = f.u.named("main", "Errs", sl_t);
  struct {
    types::ItabHeader header;
    types::Word fun0;
  } bad_itab{{types::word_from_ptr(err_t), types::word_from_ptr(sl_named)}, 0};
  lib::GoIface kb{types::word_from_ptr(&bad_itab), types::word_from_ptr(&sl)};
  CHECK(maps::mapassign(me, he, &kb) == nullptr);
  CHECK(lib::pending_panic().message == "hash of unhashable type main.Errs");
  MapFixture::reset_errors();
  maps::mapdelete(me, nullptr, &kb);
  CHECK(lib::pending_panic().message == "hash of unhashable type main.Errs");
}

TEST_CASE("maps: float keys: +0 and -0 are one key, NaN is never found and always new") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Float64), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  double pz = 0.0, nz = -0.0;
  *assign<int64_t>(mt, h, &pz) = 1;
  *assign<int64_t>(mt, h, &nz) = 2;
  CHECK(maps::maplen(h) == 1);
  CHECK(*static_cast<int64_t*>(maps::mapaccess1(mt, h, &pz)) == 2);
  std::vector<double> keys = iterate_keys<double>(mt, h);
  REQUIRE(keys.size() == 1);
  CHECK(std::signbit(keys[0]));  // the key was updated to -0, as Go does

  double nan = std::nan("");
  for (int i = 0; i < 3; i++) *assign<int64_t>(mt, h, &nan) = 10 + i;
  CHECK(maps::maplen(h) == 4);
  bool ok = true;
  auto* v = static_cast<int64_t*>(maps::mapaccess2(mt, h, &nan, &ok));
  CHECK_FALSE(ok);
  CHECK(*v == 0);
  maps::mapdelete(mt, h, &nan);  // deletes nothing
  CHECK(maps::maplen(h) == 4);
  int nans = 0;
  std::multiset<int64_t> vals;
  HIter it;
  for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
    double k;
    std::memcpy(&k, it.key_ptr(), 8);
    if (std::isnan(k)) nans++;
    vals.insert(*static_cast<int64_t*>(it.elem_ptr()));
  }
  CHECK(nans == 3);
  CHECK(vals == std::multiset<int64_t>{2, 10, 11, 12});

  // Many NaNs plus ordinary keys through several growths, iterated mid-growth.
  for (int i = 0; i < 2000; i++) {
    double d = i + 0.5;
    *assign<int64_t>(mt, h, &d) = i;
    *assign<int64_t>(mt, h, &nan) = -1;
  }
  CHECK(maps::maplen(h) == 4004);
  std::vector<double> all = iterate_keys<double>(mt, h);
  CHECK(all.size() == 4004);
  int nan_count = 0;
  std::set<double> reals;
  for (double d : all) {
    if (std::isnan(d)) {
      nan_count++;
    } else {
      reals.insert(d);
    }
  }
  CHECK(nan_count == 2003);
  CHECK(reals.size() == 2001);

  // float32 and complex128 keys follow the same rules.
  const Type* m32 = f.u.map_of(f.I(Kind::Float32), f.I(Kind::Int));
  Hmap* h32 = maps::makemap(m32, 0);
  float fz = 0.0f, fnz = -0.0f, fnan = std::nanf("");
  *assign<int64_t>(m32, h32, &fz) = 1;
  *assign<int64_t>(m32, h32, &fnz) = 2;
  *assign<int64_t>(m32, h32, &fnan) = 3;
  *assign<int64_t>(m32, h32, &fnan) = 4;
  CHECK(maps::maplen(h32) == 3);
  const Type* mc = f.u.map_of(f.I(Kind::Complex128), f.I(Kind::Int));
  Hmap* hc = maps::makemap(mc, 0);
  double c1[2] = {0.0, 1.0}, c2[2] = {-0.0, 1.0};
  *assign<int64_t>(mc, hc, c1) = 1;
  *assign<int64_t>(mc, hc, c2) = 2;
  CHECK(maps::maplen(hc) == 1);
}

TEST_CASE("maps: NaN keys are produced once by iterators that span a growth") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Float64), f.I(Kind::Int));
  for (uint64_t seed = 1; seed <= 20; seed++) {
    CAPTURE(seed);
    maps::set_map_seed_for_tests(seed * 977);
    Hmap* h = maps::makemap(mt, 0);
    double nan = std::nan("");
    int64_t value = 0;
    std::set<int64_t> originals;
    // Interleave NaNs and ordinary keys until a doubling growth has just begun.
    double real = 0.5;
    while (!h->growing()) {
      *assign<int64_t>(mt, h, &nan) = value;
      originals.insert(value++);
      if (h->growing()) break;
      *assign<int64_t>(mt, h, &real) = value;
      originals.insert(value++);
      real += 1;
    }
    REQUIRE((h->flags & maps::kFlagSameSizeGrow) == 0);
    std::map<int64_t, int> seen;
    HIter it;
    for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
      seen[*static_cast<int64_t*>(it.elem_ptr())]++;
      // Keep the growth moving (NaNs now evacuate by their tophash's low bit).
      for (int j = 0; j < 3; j++) {
        double d = 100000.5 + static_cast<double>(value);
        *assign<int64_t>(mt, h, &d) = value++;
        *assign<int64_t>(mt, h, &nan) = value++;
      }
    }
    for (int64_t v : originals) REQUIRE(seen[v] == 1);
    for (auto& [v, c] : seen) REQUIRE(c == 1);
  }
}

TEST_CASE("maps: deleting pointerful keys clears their slots; the rest stay reachable") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::String), f.I(Kind::String));
  Hmap* h = maps::makemap(mt, 0);
  for (int i = 0; i < 3000; i++) {
    lib::GoString k = gostr("k" + std::to_string(i));
    *assign<lib::GoString>(mt, h, &k) = gostr("v" + std::to_string(i));
  }
  for (int i = 0; i < 3000; i += 3) {
    lib::GoString k = gostr("k" + std::to_string(i));
    maps::mapdelete(mt, h, &k);
  }
  CHECK(maps::maplen(h) == 2000);
  for (int i = 0; i < 3000; i++) {
    lib::GoString k = gostr("k" + std::to_string(i));
    bool ok = false;
    auto* v = static_cast<lib::GoString*>(maps::mapaccess2(mt, h, &k, &ok));
    REQUIRE(ok == (i % 3 != 0));
    REQUIRE(v->view() == (ok ? "v" + std::to_string(i) : std::string()));
  }
  // Every key slot of a free cell holds no pointer any more.
  const types::MapLayout* l = mt->map_type()->layout();
  uint64_t free_with_pointer = 0;
  for (uint64_t b = 0; b < h->bucket_count(); b++) {
    for (auto* bucket = static_cast<uint8_t*>(types::ptr_from_word(h->buckets)) + b * l->bucketsize; bucket;) {
      for (uint64_t i = 0; i < 8; i++) {
        types::Word data;
        std::memcpy(&data, bucket + l->keys_offset + i * l->keysize, 8);
        if (bucket[i] <= maps::kEmptyOne && data != 0) free_with_pointer++;
      }
      types::Word ovf;
      std::memcpy(&ovf, bucket + l->overflow_offset, 8);
      bucket = static_cast<uint8_t*>(types::ptr_from_word(ovf));
    }
  }
  CHECK(free_with_pointer == 0);
}

TEST_CASE("maps: keys and values over 128 bytes are stored indirectly") {
  MapFixture f;
  const Type* key_t = f.u.array_of(f.I(Kind::Uint8), 200);
  const Type* val_t = f.u.array_of(f.I(Kind::Int64), 40);  // 320 bytes
  const Type* mt = f.u.map_of(key_t, val_t);
  const types::MapLayout* l = mt->map_type()->layout();
  REQUIRE(l->indirect_key());
  REQUIRE(l->indirect_elem());
  Hmap* h = maps::makemap(mt, 0);
  auto make_key = [](int i, uint8_t* k) {
    std::memset(k, 0, 200);
    std::memcpy(k + 100, &i, sizeof i);
    k[199] = static_cast<uint8_t>(i);
  };
  for (int i = 0; i < 1500; i++) {
    uint8_t k[200];
    make_key(i, k);
    auto* v = assign<int64_t>(mt, h, k);
    REQUIRE(v != nullptr);
    CHECK(f.heap.owns(v));
    for (int j = 0; j < 40; j++) v[j] = i * 100 + j;
  }
  CHECK(maps::maplen(h) == 1500);
  for (int i = 0; i < 1500; i += 2) {
    uint8_t k[200];
    make_key(i, k);
    maps::mapdelete(mt, h, k);
  }
  CHECK(maps::maplen(h) == 750);
  for (int i = 0; i < 1500; i++) {
    uint8_t k[200];
    make_key(i, k);
    bool ok = false;
    auto* v = static_cast<int64_t*>(maps::mapaccess2(mt, h, k, &ok));
    REQUIRE(ok == (i % 2 == 1));
    REQUIRE(v != nullptr);
    for (int j = 0; j < 40; j++) REQUIRE(v[j] == (ok ? i * 100 + j : 0));
  }
  int seen = 0;
  HIter it;
  for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
    auto* k = static_cast<uint8_t*>(it.key_ptr());
    int i;
    std::memcpy(&i, k + 100, sizeof i);
    CHECK(static_cast<int64_t*>(it.elem_ptr())[5] == i * 100 + 5);
    seen++;
  }
  CHECK(seen == 750);
  // A zero value bigger than Go's 1024-byte zeroVal is still all zeros.
  const Type* huge = f.u.array_of(f.I(Kind::Uint8), 5000);
  const Type* mhuge = f.u.map_of(f.I(Kind::Int), huge);
  int64_t k = 1;
  auto* z = static_cast<const uint8_t*>(maps::mapaccess1(mhuge, nullptr, &k));
  REQUIRE(z != nullptr);
  for (int i = 0; i < 5000; i++) REQUIRE(z[i] == 0);
}

TEST_CASE("maps: iteration visits each key exactly once, also across growth") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  for (int64_t n : {0, 1, 7, 8, 9, 100, 1000, 10000}) {
    CAPTURE(n);
    Hmap* h = maps::makemap(mt, 0);
    for (int64_t k = 0; k < n; k++) put_int(mt, h, k, k + 1);
    std::map<int64_t, int> seen;
    HIter it;
    for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key_ptr());
      CHECK(*static_cast<int64_t*>(it.elem_ptr()) == k + 1);
      seen[k]++;
    }
    CHECK(seen.size() == static_cast<size_t>(n));
    for (auto& [k, c] : seen) REQUIRE(c == 1);
  }
}

TEST_CASE("maps: iteration with inserts and deletes while the map grows (Go semantics)") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  for (uint64_t seed = 1; seed <= 40; seed++) {
    CAPTURE(seed);
    maps::set_map_seed_for_tests(seed);
    std::mt19937_64 rng(seed);
    Hmap* h = maps::makemap(mt, 0);
    // Stop inserting at a random point, often right after a growth began.
    const int64_t n = 50 + static_cast<int64_t>(rng() % 3000);
    int64_t k = 0;
    for (; k < n; k++) put_int(mt, h, k, k);
    if (seed % 2 == 0) {
      while (!h->growing()) {
        put_int(mt, h, k, k);
        k++;
      }
    }
    const int64_t original = k;
    std::set<int64_t> deleted_unseen;  // deleted before the iterator produced them
    std::map<int64_t, int> seen;
    int64_t added = original;
    HIter it;
    for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
      int64_t key = *static_cast<int64_t*>(it.key_ptr());
      REQUIRE(deleted_unseen.count(key) == 0);
      CHECK(*static_cast<int64_t*>(it.elem_ptr()) == key);
      seen[key]++;
      // Mutate: delete a random original key, add new keys (which keeps growing the map).
      int64_t victim = static_cast<int64_t>(rng() % original);
      if (get_int(mt, h, victim) >= 0) {
        maps::mapdelete(mt, h, &victim);
        if (seen.count(victim) == 0) deleted_unseen.insert(victim);
      }
      for (int j = 0; j < 2; j++) {
        put_int(mt, h, added, added);
        added++;
      }
    }
    for (auto& [key, c] : seen) REQUIRE(c == 1);
    for (int64_t key = 0; key < original; key++) {
      bool present = get_int(mt, h, key) >= 0;
      if (present) REQUIRE(seen.count(key) == 1);  // every surviving original key was produced
    }
  }
}

TEST_CASE("maps: iteration started before a growth still sees each entry once") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  maps::set_map_seed_for_tests(7);
  Hmap* h = maps::makemap(mt, 0);
  for (int64_t k = 0; k < 200; k++) put_int(mt, h, k, k);
  std::map<int64_t, int> seen;
  HIter it;
  maps::mapiterinit(mt, h, &it);
  int steps = 0;
  int64_t next = 200;
  for (; it.key != 0; maps::mapiternext(&it)) {
    seen[*static_cast<int64_t*>(it.key_ptr())]++;
    if (++steps == 3) {
      // Grow by a lot while iterating: several complete growths.
      for (int j = 0; j < 5000; j++) put_int(mt, h, next++, 0);
    }
  }
  for (int64_t k = 0; k < 200; k++) REQUIRE(seen[k] == 1);
  for (auto& [k, c] : seen) REQUIRE(c == 1);
}

TEST_CASE("maps: nil map semantics") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::String), f.I(Kind::Int));
  lib::GoString k = gostr("a");
  CHECK(maps::maplen(nullptr) == 0);
  auto* v = static_cast<int64_t*>(maps::mapaccess1(mt, nullptr, &k));
  REQUIRE(v != nullptr);
  CHECK(*v == 0);
  bool ok = true;
  maps::mapaccess2(mt, nullptr, &k, &ok);
  CHECK_FALSE(ok);
  maps::mapdelete(mt, nullptr, &k);
  maps::mapclear(mt, nullptr);
  CHECK_FALSE(lib::pending_panic().pending);
  HIter it;
  maps::mapiterinit(mt, nullptr, &it);
  CHECK(it.key == 0);
  maps::mapiternext(&it);
  CHECK(it.key == 0);
  CHECK(maps::mapassign(mt, nullptr, &k) == nullptr);
  CHECK(lib::pending_panic().pending);
  CHECK(lib::pending_panic().runtime_error);
  CHECK(lib::pending_panic().message == "assignment to entry in nil map");
  CHECK(lib::pending_panic_is_plain());
  lib::raise_runtime_error("index out of range [5] with length 3");
  CHECK_FALSE(lib::pending_panic_is_plain());
}

TEST_CASE("maps: clear empties the map, keeps it usable, and ends iterations in progress") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  for (int64_t k = 0; k < 1000; k++) put_int(mt, h, k, k);
  uint8_t b = h->B;
  types::Word buckets = h->buckets;
  maps::mapclear(mt, h);
  CHECK(maps::maplen(h) == 0);
  CHECK(h->B == b);  // the bucket array is kept and reused
  CHECK(h->buckets == buckets);
  CHECK_FALSE(h->growing());
  for (int64_t k = 0; k < 1000; k++) REQUIRE(get_int(mt, h, k) == -1);
  CHECK(iterate_keys<int64_t>(mt, h).empty());
  for (int64_t k = 0; k < 1000; k++) put_int(mt, h, k, 2 * k);
  CHECK(maps::maplen(h) == 1000);
  for (int64_t k = 0; k < 1000; k++) REQUIRE(get_int(mt, h, k) == 2 * k);

  // clear during iteration (also mid-growth): nothing more is produced.
  while (!h->growing()) put_int(mt, h, static_cast<int64_t>(h->count) + 5000, 0);
  HIter it;
  maps::mapiterinit(mt, h, &it);
  REQUIRE(it.key != 0);
  maps::mapclear(mt, h);
  maps::mapiternext(&it);
  CHECK(it.key == 0);
  CHECK(maps::maplen(h) == 0);
  put_int(mt, h, 1, 1);
  CHECK(get_int(mt, h, 1) == 1);
}

TEST_CASE("maps: iteration order is randomised, and reproducible with a seed") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  maps::set_map_seed_for_tests(12345);
  Hmap* h = maps::makemap(mt, 0);
  for (int64_t k = 0; k < 100; k++) put_int(mt, h, k, k);
  std::vector<int64_t> a = iterate_keys<int64_t>(mt, h);
  std::vector<int64_t> b = iterate_keys<int64_t>(mt, h);
  std::vector<int64_t> c = iterate_keys<int64_t>(mt, h);
  CHECK(a.size() == 100);
  bool differs = a != b || b != c;
  CHECK(differs);
  // The same seed and the same operations give the same order.
  maps::set_map_seed_for_tests(12345);
  Hmap* h2 = maps::makemap(mt, 0);
  for (int64_t k = 0; k < 100; k++) put_int(mt, h2, k, k);
  CHECK(iterate_keys<int64_t>(mt, h2) == a);
  // Even small maps start at a random slot.
  Hmap* small = maps::makemap(mt, 0);
  for (int64_t k = 0; k < 5; k++) put_int(mt, small, k, k);
  std::set<int64_t> firsts;
  for (int i = 0; i < 64; i++) firsts.insert(iterate_keys<int64_t>(mt, small).front());
  CHECK(firsts.size() > 1);
}

TEST_CASE("maps: the hashWriting flag detects concurrent writes as Go's fatal errors") {
  MapFixture f;
  const Type* mt = f.u.map_of(f.I(Kind::Int), f.I(Kind::Int));
  Hmap* h = maps::makemap(mt, 0);
  put_int(mt, h, 1, 1);
  h->flags |= maps::kFlagHashWriting;  // as if another goroutine were mid-write
  int64_t k = 2;
  CHECK(maps::mapassign(mt, h, &k) == nullptr);
  REQUIRE(maps::pending_fatal() != nullptr);
  CHECK(std::string(maps::pending_fatal()) == "concurrent map writes");
  maps::clear_pending_fatal();
  CHECK(maps::mapaccess1(mt, h, &k) == nullptr);
  CHECK(std::string(maps::pending_fatal()) == "concurrent map read and map write");
  maps::clear_pending_fatal();
  maps::mapdelete(mt, h, &k);
  CHECK(std::string(maps::pending_fatal()) == "concurrent map writes");
  maps::clear_pending_fatal();
  h->flags &= static_cast<uint8_t>(~maps::kFlagHashWriting);
  HIter it;
  maps::mapiterinit(mt, h, &it);
  REQUIRE(it.key != 0);
  h->flags |= maps::kFlagHashWriting;
  maps::mapiternext(&it);
  CHECK(std::string(maps::pending_fatal()) == "concurrent map iteration and map write");
  CHECK(it.key == 0);
  maps::clear_pending_fatal();
  h->flags &= static_cast<uint8_t>(~maps::kFlagHashWriting);
  put_int(mt, h, 3, 3);
  CHECK(maps::pending_fatal() == nullptr);
  CHECK(maps::maplen(h) == 2);
}

TEST_CASE("maps: pointer-free buckets keep overflow buckets on the extra list") {
  MapFixture f;
  const Type* it_t = f.I(Kind::Int);
  const Type* mt = f.u.map_of(it_t, it_t);
  REQUIRE_FALSE(mt->map_type()->layout()->bucket->pointers());
  Hmap* h = maps::makemap(mt, 9);  // B = 1: no preallocated overflow buckets
  REQUIRE(h->B == 1);
  int64_t next = 1;
  for (int64_t k : keys_in_bucket(it_t, h, 0, 9, next)) put_int(mt, h, k, k);
  REQUIRE(h->noverflow == 1);
  auto* extra = static_cast<maps::MapExtra*>(types::ptr_from_word(h->extra));
  REQUIRE(extra != nullptr);
  auto* list = static_cast<lib::GoSlice*>(types::ptr_from_word(extra->overflow));
  REQUIRE(list != nullptr);
  CHECK(list->len == 1);
  HIter it;
  maps::mapiterinit(mt, h, &it);
  CHECK(it.overflow == extra->overflow);
}

TEST_CASE("maps: running out of memory is Go's fatal error, not a crash") {
  types::Universe u;
  mem::Heap heap(mem::Heap::Options{1 << 20});
  mem::BindHeap bind(&heap);
  maps::clear_pending_fatal();
  const Type* mt = u.map_of(u.basic(Kind::Int), u.array_of(u.basic(Kind::Int64), 8));
  Hmap* h = maps::makemap(mt, 0);
  REQUIRE(h != nullptr);
  bool failed = false;
  for (int64_t k = 0; k < 1000000 && !failed; k++) {
    if (maps::mapassign(mt, h, &k) == nullptr) failed = true;
  }
  CHECK(failed);
  REQUIRE(maps::pending_fatal() != nullptr);
  CHECK(std::string(maps::pending_fatal()) == "out of memory");
  maps::clear_pending_fatal();
}

TEST_CASE("maps: the hash treats equal values alike and spreads distinct ones") {
  types::Universe u;
  const Type* str = u.basic(Kind::String);
  std::string a = "hello, world", b = "hello, world";
  lib::GoString sa{types::word_from_ptr(a.data()), static_cast<int64_t>(a.size())};
  lib::GoString sb{types::word_from_ptr(b.data()), static_cast<int64_t>(b.size())};
  CHECK(maps::typehash(str, &sa, 1, nullptr) == maps::typehash(str, &sb, 1, nullptr));
  CHECK(maps::typehash(str, &sa, 1, nullptr) != maps::typehash(str, &sa, 2, nullptr));
  // Lengths 0..200 exercise every path of memhash; all distinct prefixes differ.
  std::string text(200, 'x');
  for (size_t i = 0; i < text.size(); i++) text[i] = static_cast<char>('a' + i % 26);
  std::set<uint64_t> hashes;
  for (size_t n = 0; n <= text.size(); n++) hashes.insert(maps::memhash(text.data(), 99, n));
  CHECK(hashes.size() == text.size() + 1);
  // Low bits of sequential ints are well spread across 64 buckets.
  const Type* it = u.basic(Kind::Int);
  int counts[64] = {};
  for (int64_t k = 0; k < 64000; k++) counts[maps::typehash(it, &k, 5, nullptr) & 63]++;
  for (int c : counts) {
    CHECK(c > 800);
    CHECK(c < 1200);
  }
}

TEST_CASE("maps: concurrent readers and iterators of one map (allowed in Go) do not race") {
  types::Universe u;
  mem::Heap heap;
  const Type* it_t = u.basic(Kind::Int);
  const Type* mt = u.map_of(it_t, it_t);
  Hmap* h = nullptr;
  {
    mem::BindHeap bind(&heap);
    h = maps::makemap(mt, 0);
    for (int64_t k = 0; k < 5000; k++) put_int(mt, h, k, k * 3);
  }
  h->extra = 0;  // as if no overflow list were made yet: iterators race to create it
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; t++) {
    threads.emplace_back([&, t] {
      mem::BindHeap bind(&heap);
      for (int round = 0; round < 3; round++) {
        int64_t seen = 0;
        HIter it;
        for (maps::mapiterinit(mt, h, &it); it.key != 0; maps::mapiternext(&it)) {
          if (*static_cast<int64_t*>(it.elem_ptr()) != *static_cast<int64_t*>(it.key_ptr()) * 3) failures[t]++;
          seen++;
        }
        if (seen != 5000) failures[t]++;
        for (int64_t k = 0; k < 5000; k += 7) {
          bool ok = false;
          auto* v = static_cast<int64_t*>(maps::mapaccess2(mt, h, &k, &ok));
          if (!ok || *v != k * 3) failures[t]++;
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
  CHECK(maps::pending_fatal() == nullptr);
}
