// The heap as a collector sees it: span object counts with heap bits, object lookup,
// pointer words, mark bits, sweeping (free, reuse, zeroing, clobberfree), allocate-
// black, the scavenger, MemStats and snapshots, and concurrent allocation + sweeping.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

#include "mem/malloc.h"
#include "mem/mbitmap.h"
#include "types/type.h"

using namespace gs;
using gs::mem::Heap;
using gs::mem::ObjectRef;
using gs::types::Kind;

namespace {
uintptr_t addr(const void* p) { return reinterpret_cast<uintptr_t>(p); }
bool all_zero(const void* p, size_t n) {
  auto* b = static_cast<const unsigned char*>(p);
  return std::all_of(b, b + n, [](unsigned char c) { return c == 0; });
}
// Pointer word offsets (from the object's user pointer) that for_each_pointer_word reports.
std::vector<uint64_t> pointer_offsets(Heap& h, const void* p) {
  ObjectRef ref;
  std::vector<uint64_t> out;
  if (!h.find_object(addr(p), &ref)) return {~uint64_t{0}};
  mem::for_each_pointer_word(ref, [&](uintptr_t slot) { out.push_back(slot - addr(p)); });
  return out;
}
// One GC cycle without a collector: mark what `keep` holds, then sweep everything.
void collect(Heap& h, const std::vector<void*>& keep) {
  h.flush_mcaches_for_gc();
  for (void* p : keep) {
    ObjectRef ref;
    REQUIRE(h.find_object(addr(p), &ref));
    ref.try_mark();
  }
  h.start_sweep_cycle();
  h.finish_sweep();
  CHECK(h.sweep_done());
}
}  // namespace

TEST_CASE("mheap: spans hold Go's object counts, fewer when heap bits sit at the span's end") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  const types::Type* s24 = u.struct_of({{"a", p}, {"b", u.basic(Kind::Int)}, {"c", u.basic(Kind::Int)}});
  REQUIRE(s24->size == 24);
  ObjectRef ref;
  void* scan = h.mallocgc(24, s24, true);
  REQUIRE(h.find_object(addr(scan), &ref));
  CHECK(ref.span->nelems == 336);  // (8192 - 8192/64) / 24
  CHECK(ref.span->has_heap_bits());
  void* noscan = h.mallocgc(24, nullptr, true);
  REQUIRE(h.find_object(addr(noscan), &ref));
  CHECK(ref.span->nelems == 341);
  void* p8 = h.mallocgc(8, p, true);
  REQUIRE(h.find_object(addr(p8), &ref));
  CHECK(ref.span->nelems == 1008);
  const types::Type* a64 = u.array_of(p, 64);  // 512 bytes: still heap bits
  void* x = h.mallocgc(512, a64, true);
  REQUIRE(h.find_object(addr(x), &ref));
  CHECK(ref.span->nelems == 15);
  CHECK(ref.span->elemsize == 512);
  // 1152-byte class (3 pages? no: 1 page) headered: no heap bits, plain count.
  const types::Type* a130 = u.array_of(p, 130);  // 1040 + 8 header -> 1152 class
  void* y = h.mallocgc(a130->size, a130, true);
  REQUIRE(h.find_object(addr(y), &ref));
  CHECK(ref.span->elemsize == 1152);
  CHECK(ref.span->nelems == 7);  // 8192 / 1152
  CHECK(ref.base == addr(y) - 8);
  // Filling a scan span takes exactly nelems objects before a new span starts.
  Heap h2;
  std::vector<char*> objs;
  for (int i = 0; i < 337; i++) objs.push_back(static_cast<char*>(h2.mallocgc(24, s24, true)));
  CHECK(objs[335] == objs[0] + 335 * 24);
  CHECK(h2.stats().by_class[3].spans == 2);
  CHECK(addr(objs[336]) % 8192 == 0);
}

TEST_CASE("mheap: find_object maps interior pointers to their slot and rejects the rest") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  char* a = static_cast<char*>(h.mallocgc(48, nullptr, true));
  ObjectRef ref;
  REQUIRE(h.find_object(addr(a + 47), &ref));
  CHECK(ref.base == addr(a));
  CHECK(ref.size == 48);
  const types::Type* big = u.array_of(p, 75);  // headered, 640-byte class
  char* b = static_cast<char*>(h.mallocgc(big->size, big, true));
  CHECK_FALSE(h.find_object(addr(b - 8), &ref));  // the header
  CHECK_FALSE(h.find_object(addr(b - 1), &ref));
  REQUIRE(h.find_object(addr(b), &ref));
  CHECK(ref.base == addr(b) - 8);
  CHECK(ref.size == 640);
  REQUIRE(h.find_object(addr(b + 600), &ref));
  CHECK(ref.base == addr(b) - 8);
  // Past the last slot of a span: 8192 / 640 = 12 slots, 512 bytes unused at the end.
  CHECK_FALSE(h.find_object(ref.span->start + 12 * 640, &ref));
  // Heap bits area at the end of a scan span.
  char* c = static_cast<char*>(h.mallocgc(16, u.basic(Kind::String), true));
  REQUIRE(h.find_object(addr(c), &ref));
  CHECK_FALSE(h.find_object(ref.span->start + 8192 - 1, &ref));
  int local = 0;
  CHECK_FALSE(h.find_object(addr(&local), &ref));
  CHECK_FALSE(h.find_object(0, &ref));
  // Large object: any interior byte.
  char* l = static_cast<char*>(h.mallocgc(100000, nullptr, true));
  REQUIRE(h.find_object(addr(l + 99999), &ref));
  CHECK(ref.base == addr(l));
  CHECK(ref.size == 13 * 8192);
  // A freed span's pages are no longer objects.
  collect(h, {a, b, c});
  CHECK_FALSE(h.find_object(addr(l), &ref));
  CHECK(h.find_object(addr(a), &ref));
}

TEST_CASE("mheap: for_each_pointer_word follows heap bits, headers and large types") {
  Heap h;
  mem::BindHeap bind(&h);
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  const types::Type* s = u.struct_of({{"p", p}, {"n", u.basic(Kind::Int)}, {"q", p}});  // 24 bytes
  void* o = mem::newobject(s);
  CHECK(pointer_offsets(h, o) == std::vector<uint64_t>{0, 16});
  void* arr = mem::newarray(s, 3);  // 72 bytes, 80-byte class, heap bits
  CHECK(pointer_offsets(h, arr) == std::vector<uint64_t>{0, 16, 24, 40, 48, 64});
  const types::Type* str = u.basic(Kind::String);
  void* strs = mem::newarray(str, 4);  // 64 bytes
  CHECK(pointer_offsets(h, strs) == std::vector<uint64_t>{0, 16, 32, 48});
  // Over 512 bytes: header; offsets reported from the slot start, so subtract 8 from
  // the user pointer's view: words after the header.
  const types::Type* big = u.struct_of({{"a", u.array_of(u.basic(Kind::Int), 70)}, {"p", p}});  // 568 bytes
  void* b = mem::newobject(big);
  ObjectRef ref;
  REQUIRE(h.find_object(addr(b), &ref));
  CHECK(ref.base == addr(b) - 8);
  std::vector<uint64_t> got = pointer_offsets(h, b);
  CHECK(got == std::vector<uint64_t>{560});  // 576-byte class: only one copy fits
  void* barr = mem::newarray(s, 30);  // 720 bytes + header -> 768 class
  got = pointer_offsets(h, barr);
  REQUIRE(got.size() >= 60);
  for (int i = 0; i < 30; i++) {
    CHECK(got[2 * i] == uint64_t(24 * i));
    CHECK(got[2 * i + 1] == uint64_t(24 * i + 16));
  }
  for (size_t i = 60; i < got.size(); i++) CHECK(got[i] >= 720);  // zeroed tail repeats the pattern
  // Large: 2000 copies of s (48000 bytes).
  void* large = mem::newarray(s, 2000);
  got = pointer_offsets(h, large);
  REQUIRE(got.size() >= 4000);
  CHECK(got[0] == 0);
  CHECK(got[1] == 16);
  CHECK(got[3999] == 1999 * 24 + 16);
  // Noscan objects have none.
  CHECK(pointer_offsets(h, h.mallocgc(64, nullptr, true)).empty());
  CHECK(pointer_offsets(h, h.mallocgc(100000, nullptr, true)).empty());
}

TEST_CASE("mheap: sweeping frees unmarked objects, reuses and re-zeroes their slots") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  const types::Type* t = u.struct_of({{"p", p}, {"a", u.array_of(u.basic(Kind::Int), 7)}});  // 64 bytes
  REQUIRE(t->size == 64);
  constexpr int kN = 1000;
  std::vector<void*> all, keep;
  std::set<uintptr_t> freed;
  for (int i = 0; i < kN; i++) {
    void* o = h.mallocgc(64, t, true);
    REQUIRE(o != nullptr);
    std::memset(o, 0xCD, 64);
    all.push_back(o);
    if (i % 3 == 0) {
      keep.push_back(o);
    } else {
      freed.insert(addr(o));
    }
  }
  void* big_dead = h.mallocgc(200000, nullptr, true);
  auto before = h.mem_stats();
  CHECK(before.mallocs == kN + 1);
  CHECK(before.heap_objects == kN + 1);
  CHECK(before.by_size[6].mallocs == kN);
  collect(h, keep);
  CHECK(h.swept_objects_freed() == kN - keep.size() + 1);
  auto after = h.mem_stats();
  CHECK(after.frees == kN - keep.size() + 1);
  CHECK(after.heap_objects == keep.size());
  CHECK(after.heap_alloc == keep.size() * 64);
  CHECK(after.by_size[6].frees == kN - keep.size());
  CHECK(after.heap_inuse < before.heap_inuse);  // the large object's pages went back
  (void)big_dead;
  // Survivors are untouched; new objects take freed slots and come back zeroed.
  for (void* o : keep) {
    auto* b = static_cast<unsigned char*>(o);
    CHECK(b[0] == 0xCD);
    CHECK(b[63] == 0xCD);
  }
  size_t reused = 0;
  for (size_t i = 0; i < freed.size(); i++) {
    void* o = h.mallocgc(64, t, true);
    REQUIRE(o != nullptr);
    CHECK(all_zero(o, 64));
    reused += freed.count(addr(o));
    CHECK(std::find(keep.begin(), keep.end(), o) == keep.end());
  }
  // The last span also had 1000 - 7*126 = 118 used slots and 8 never used ones.
  CHECK(reused + 8 >= freed.size());
  // Noscan memory asked for without zeroing may keep old bytes; with needzero it is zero.
  collect(h, {});
  void* nz = h.mallocgc(64, nullptr, true);
  CHECK(all_zero(nz, 64));
  CHECK(h.mem_stats().heap_objects == 1);
}

TEST_CASE("mheap: an empty span returns its pages; marked large objects survive") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  void* large = h.mallocgc(50000, u.array_of(p, 6250), true);
  void* small = h.mallocgc(32, nullptr, true);
  uint64_t inuse = h.mem_stats().heap_inuse;
  collect(h, {large});
  auto m = h.mem_stats();
  CHECK(m.heap_inuse == inuse - 8192);  // the small span went back
  CHECK(m.heap_objects == 1);
  ObjectRef ref;
  REQUIRE(h.find_object(addr(large), &ref));
  CHECK_FALSE(ref.is_marked());  // marks are cleared by sweeping
  CHECK(h.find_object(addr(static_cast<char*>(large) + 49999), &ref));
  CHECK_FALSE(h.find_object(addr(small), &ref));
  collect(h, {});
  CHECK(h.mem_stats().heap_inuse == 0);
  CHECK(h.mem_stats().heap_objects == 0);
}

TEST_CASE("mheap: allocate-black marks every new object while marking") {
  Heap h;
  types::Universe u;
  h.set_gc_marking(true);
  void* a = h.mallocgc(40, u.ptr_to(u.basic(Kind::Int)), true);
  void* t1 = h.mallocgc(4, nullptr, true);  // new tiny block
  void* t2 = h.mallocgc(4, nullptr, true);  // packed into it
  void* l = h.mallocgc(40000, nullptr, true);
  ObjectRef ref;
  for (void* p : {a, t1, t2, l}) {
    REQUIRE(h.find_object(addr(p), &ref));
    CHECK(ref.is_marked());
  }
  CHECK(h.allocated_black_bytes() == 48 + 16 + 40960);
  h.set_gc_marking(false);
  void* later = h.mallocgc(40, nullptr, true);
  REQUIRE(h.find_object(addr(later), &ref));
  CHECK_FALSE(ref.is_marked());
  // A sweep keeps the black objects and frees the white one.
  h.flush_mcaches_for_gc();
  h.start_sweep_cycle();
  h.finish_sweep();
  CHECK(h.mem_stats().heap_objects == 3);  // a, the tiny block, l (Go counts t2 as freed at once)
  CHECK(h.swept_objects_freed() == 1);
}

TEST_CASE("mheap: tiny blocks current at mark start are kept alive") {
  Heap h;
  void* t1 = h.mallocgc(4, nullptr, true);
  h.set_gc_marking(true);
  ObjectRef ref;
  REQUIRE(h.find_object(addr(t1), &ref));
  CHECK(ref.is_marked());
  h.set_gc_marking(false);
}

TEST_CASE("mheap: clobberfree fills freed objects with 0xdeadbeef") {
  Heap::Options o;
  o.clobberfree = true;
  Heap h(o);
  auto* keep = static_cast<uint32_t*>(h.mallocgc(48, nullptr, true));
  auto* dead = static_cast<uint32_t*>(h.mallocgc(48, nullptr, true));
  std::memset(keep, 0x11, 48);
  std::memset(dead, 0x22, 48);
  collect(h, {keep});
  for (int i = 0; i < 12; i++) CHECK(dead[i] == 0xdeadbeefu);
  CHECK(keep[0] == 0x11111111u);
  // Without the option the bytes stay.
  Heap plain;
  auto* k2 = static_cast<uint32_t*>(plain.mallocgc(48, nullptr, true));
  auto* d2 = static_cast<uint32_t*>(plain.mallocgc(48, nullptr, true));
  std::memset(d2, 0x22, 48);
  collect(plain, {k2});
  CHECK(d2[0] == 0x22222222u);
}

TEST_CASE("mheap: sweeping is proportional: refills and large allocations sweep first") {
  Heap h;
  std::vector<void*> objs;
  for (int i = 0; i < 5000; i++) objs.push_back(h.mallocgc(64, nullptr, true));
  h.flush_mcaches_for_gc();
  h.start_sweep_cycle();
  CHECK_FALSE(h.sweep_done());
  uint64_t inuse = h.mem_stats().heap_inuse;
  // Allocating sweeps unswept spans of the class (mcentral) and reclaims pages before
  // growing, so the heap does not grow while garbage waits to be swept.
  for (int i = 0; i < 5000; i++) REQUIRE(h.mallocgc(64, nullptr, true) != nullptr);
  CHECK(h.mem_stats().heap_inuse <= inuse);
  h.finish_sweep();
  CHECK(h.sweep_done());
  CHECK(h.mem_stats().heap_objects == 5000);
}

TEST_CASE("mheap: heap_live counts cached spans and large objects, reset by set_heap_marked") {
  Heap h;
  CHECK(h.heap_live() == 0);
  h.mallocgc(64, nullptr, true);
  CHECK(h.heap_live() == 8192);  // the whole cached span is assumed allocated
  h.mallocgc(40000, nullptr, true);
  CHECK(h.heap_live() == 8192 + 40960);
  h.flush_mcaches_for_gc();
  CHECK(h.heap_live() == 64 + 40960);  // unused slots given back
  h.set_heap_marked(1000);
  CHECK(h.heap_live() == 1000);
  CHECK(h.heap_marked_last() == 1000);
}

TEST_CASE("mheap: the trigger hook fires when heap_live crosses the trigger") {
  Heap h;
  int fired = 0;
  h.set_gc_trigger_hook([](void* arg) { ++*static_cast<int*>(arg); }, &fired);
  h.set_gc_trigger(100000);
  h.mallocgc(40000, nullptr, true);
  CHECK(fired == 0);
  h.mallocgc(80000, nullptr, true);
  CHECK(fired == 1);
  h.set_gc_trigger_hook(nullptr, nullptr);
  h.mallocgc(80000, nullptr, true);
  CHECK(fired == 1);
}

TEST_CASE("mheap: the scavenger releases free pages and reuse takes them back") {
  Heap h;
  auto m0 = h.mem_stats();
  CHECK(m0.heap_sys == 0);
  void* big = h.mallocgc(1 << 20, nullptr, true);
  std::memset(big, 0x5A, 1 << 20);
  auto m1 = h.mem_stats();
  CHECK(m1.heap_sys == 4 << 20);  // grown in 512-page steps, as Go
  CHECK(m1.heap_inuse == 1 << 20);
  CHECK(m1.heap_released == (4 << 20) - (1 << 20));  // fresh memory counts as released
  CHECK(m1.heap_idle == m1.heap_sys - m1.heap_inuse);
  collect(h, {});
  auto m2 = h.mem_stats();
  CHECK(m2.heap_inuse == 0);
  CHECK(m2.heap_released == m1.heap_released);  // freed, not yet released
  CHECK(h.scavenge(8192) == 8192);
  CHECK(h.mem_stats().heap_released == m1.heap_released + 8192);
  uint64_t rest = h.free_os_memory();
  CHECK(rest == (1 << 20) - 8192);
  CHECK(h.mem_stats().heap_released == m1.heap_sys);
  CHECK(h.scavenge(1 << 20) == 0);
  void* again = h.mallocgc(1 << 20, nullptr, true);
  CHECK(again == big);  // lowest address first
  CHECK(all_zero(again, 1 << 20));
  CHECK(h.mem_stats().heap_released == m1.heap_released);
}

TEST_CASE("mheap: the heap limit makes mallocgc return nullptr") {
  Heap h(Heap::Options{256 * 1024});
  int got = 0;
  while (h.mallocgc(32 * 1024, nullptr, true) != nullptr && got < 1000) got++;
  CHECK(got == 8);  // 32 KiB is over 32760 bytes: a large object of 4 pages
  CHECK(h.mem_stats().heap_inuse <= 256 * 1024);
  CHECK(h.mallocgc(uint64_t{1} << 49, nullptr, true) == nullptr);  // over maxAlloc
  // After a collection the memory can be used again.
  collect(h, {});
  CHECK(h.mallocgc(32 * 1024, nullptr, true) != nullptr);
}

TEST_CASE("mheap: mem_stats BySize follows Go's 61 entries") {
  Heap h;
  h.mallocgc(32768, nullptr, true);  // class 67: counted in Mallocs, not in BySize
  h.mallocgc(8, nullptr, true);      // tiny
  h.mallocgc(20000, nullptr, true);  // class 62
  h.mallocgc(16384, nullptr, true);  // class 59
  auto m = h.mem_stats();
  CHECK(m.by_size[0].size == 0);
  CHECK(m.by_size[1].size == 8);
  CHECK(m.by_size[60].size == 18432);
  CHECK(m.by_size[59].mallocs == 1);
  CHECK(m.by_size[2].mallocs == 1);  // the tiny block
  CHECK(m.mallocs == 4);
  CHECK(m.total_alloc == 32768 + 16 + 20480 + 16384);
  CHECK(m.sys >= m.heap_sys + m.mspan_sys + m.mcache_sys);
  CHECK(m.mspan_inuse > 0);
  CHECK(m.mcache_inuse > 0);
}

TEST_CASE("mheap: snapshot shows classes, mcaches, centrals, pages and large objects") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  for (int i = 0; i < 10; i++) h.mallocgc(48, nullptr, true);
  h.mallocgc(5, nullptr, true);
  h.mallocgc(70000, u.array_of(p, 8750), true);
  mem::AllocSnapshot s;
  h.snapshot(&s);
  CHECK(s.classes[5].spans == 1);
  CHECK(s.classes[5].objects_in_use == 10);
  CHECK(s.classes[5].objects_free == 170 - 10);
  REQUIRE(s.mcaches.size() == 1);
  CHECK(s.mcaches[0].tiny != 0);
  CHECK(s.mcaches[0].tiny_offset == 5);
  CHECK(s.mcaches[0].spans.size() == 2);  // class 5 noscan and the tiny class
  REQUIRE(s.large.size() == 1);
  CHECK(s.large[0].bytes == 9 * 8192);
  CHECK(s.large[0].type_name == "[8750]*int");
  REQUIRE(s.arenas.size() == 1);
  size_t small = 0, large = 0, released = 0;
  for (uint8_t st : s.arenas[0].pages) {
    small += st == uint8_t(mem::PageState::Small);
    large += st == uint8_t(mem::PageState::Large);
    released += st == uint8_t(mem::PageState::Released);
  }
  CHECK(small == 2);
  CHECK(large == 9);
  CHECK(released == 512 - 11);
  REQUIRE(s.centrals.size() == 1);  // the large span on class 0's full swept set
  CHECK(s.centrals[0].full_swept == 1);
}

TEST_CASE("mheap: mcaches bound to threads allocate and sweep concurrently") {
  Heap h;
  types::Universe u;
  const types::Type* p = u.ptr_to(u.basic(Kind::Int));
  const types::Type* node = u.struct_of({{"next", p}, {"v", u.basic(Kind::Int)}});
  constexpr int kThreads = 4;
  constexpr int kPer = 3000;
  const uint64_t sizes[] = {1, 5, 8, 16, 24, 48, 100, 600, 1500, 40000};
  struct Obj {
    unsigned char* p;
    uint64_t size;
    unsigned char mark;
  };
  std::vector<std::vector<Obj>> kept(kThreads);
  std::vector<mem::MCache*> caches;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; t++) caches.push_back(h.new_mcache());
  auto run = [&](int round) {
    std::vector<std::thread> threads;
    std::atomic<bool> stop{false};
    std::thread sweeper([&] {
      while (!stop.load()) {
        if (!h.sweep_one()) std::this_thread::yield();
      }
    });
    for (int t = 0; t < kThreads; t++) {
      threads.emplace_back([&, t] {
        mem::BindHeap bh(&h);
        mem::BindMCache bc(caches[t]);
        for (int i = 0; i < kPer; i++) {
          uint64_t size = sizes[(i + t) % 10];
          bool scan = size >= 16 && i % 2 == 0;
          auto* o = static_cast<unsigned char*>(mem::mallocgc(size, scan ? node : nullptr, true));
          if (o == nullptr || !all_zero(o, size)) {
            failures++;
            return;
          }
          unsigned char m = static_cast<unsigned char>(1 + (round * 7 + t * 31 + i) % 250);
          std::memset(o, m, size);
          if (i % 4 == 0) kept[t].push_back(Obj{o, size, m});
        }
      });
    }
    for (auto& th : threads) th.join();
    stop = true;
    sweeper.join();
  };
  for (int round = 0; round < 3; round++) {
    run(round);
    // "Stop the world" and collect: keep what kept[] holds.
    std::vector<void*> keep;
    for (auto& v : kept)
      for (const Obj& o : v) keep.push_back(o.p);
    h.flush_mcaches_for_gc();
    for (void* k : keep) {
      ObjectRef ref;
      REQUIRE(h.find_object(addr(k), &ref));
      ref.try_mark();
    }
    h.start_sweep_cycle();
  }
  h.finish_sweep();
  CHECK(failures == 0);
  size_t corrupted = 0;
  std::vector<Obj> all;
  for (auto& v : kept) all.insert(all.end(), v.begin(), v.end());
  for (const Obj& o : all)
    for (uint64_t i = 0; i < o.size; i++) corrupted += o.p[i] != o.mark;
  CHECK(corrupted == 0);
  std::sort(all.begin(), all.end(), [](const Obj& a, const Obj& b) { return a.p < b.p; });
  size_t overlaps = 0;
  for (size_t i = 1; i < all.size(); i++) overlaps += all[i - 1].p + all[i - 1].size > all[i].p;
  CHECK(overlaps == 0);
  for (mem::MCache* c : caches) h.free_mcache(c);
  auto m = h.mem_stats();
  CHECK(m.mallocs - m.frees == m.heap_objects);
}
