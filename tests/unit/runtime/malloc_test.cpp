// mallocgc hands out blocks as Go 1.23 sizes them (tiny, size class, malloc header,
// pages), zeroed, thread-safely, and a Heap releases everything when destroyed.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

#include "mem/malloc.h"
#include "types/type.h"

using namespace gs;
using gs::mem::Heap;
using gs::types::Kind;

namespace {
bool all_zero(const void* p, size_t n) {
  auto* b = static_cast<const unsigned char*>(p);
  return std::all_of(b, b + n, [](unsigned char c) { return c == 0; });
}
uintptr_t addr(const void* p) { return reinterpret_cast<uintptr_t>(p); }
}  // namespace

TEST_CASE("size 0 returns zerobase and counts nothing") {
  Heap h;
  CHECK(h.mallocgc(0, nullptr, true) == h.zerobase());
  CHECK(h.stats().mallocs == 0);
}

TEST_CASE("tiny allocator packs pointer-free requests under 16 bytes into one block") {
  Heap h;
  char* a = static_cast<char*>(h.mallocgc(1, nullptr, true));
  char* b = static_cast<char*>(h.mallocgc(1, nullptr, true));
  char* c = static_cast<char*>(h.mallocgc(4, nullptr, true));  // aligned to 4
  char* d = static_cast<char*>(h.mallocgc(8, nullptr, true));  // aligned to 8
  CHECK(b == a + 1);
  CHECK(c == a + 4);
  CHECK(d == a + 8);
  CHECK(addr(a) % 16 == 0);
  char* e = static_cast<char*>(h.mallocgc(8, nullptr, true));  // block full: a new one
  CHECK((e < a || e >= a + 16));
  auto s = h.stats();
  CHECK(s.mallocs == 5);
  CHECK(s.tiny_allocs == 3);              // b, c, d shared a's block
  CHECK(s.by_class[2].objects == 2);      // two 16-byte blocks
  // A type with pointers never goes to the tiny allocator.
  types::Universe u;
  void* p = h.mallocgc(8, u.ptr_to(u.basic(Kind::Int)), true);
  CHECK(h.stats().by_class[1].objects == 1);
  CHECK(all_zero(p, 8));
}

TEST_CASE("small objects take their size class; scan and noscan use separate spans") {
  Heap h;
  types::Universe u;
  const types::Type* str = u.basic(Kind::String);  // 16 bytes, has a pointer
  char* x = static_cast<char*>(h.mallocgc(16, str, true));
  char* y = static_cast<char*>(h.mallocgc(16, str, true));
  CHECK(y == x + 16);
  CHECK(addr(x) % 8192 == 0);  // first object of a span: spans are page-aligned
  char* n1 = static_cast<char*>(h.mallocgc(40, nullptr, true));  // 48-byte class
  char* n2 = static_cast<char*>(h.mallocgc(40, nullptr, true));
  CHECK(n2 == n1 + 48);
  auto s = h.stats();
  CHECK(s.by_class[2].objects == 2);
  CHECK(s.by_class[5].objects == 2);
  CHECK(s.by_class[5].spans == 1);
  CHECK(s.bytes_allocated == 2 * 16 + 2 * 48);
  CHECK(h.owns(x));
  CHECK(h.owns(n2 + 47));
  int local = 0;
  CHECK_FALSE(h.owns(&local));
}

TEST_CASE("a span holds Go's object count before the next span starts") {
  Heap h;
  // Class 3 (24 bytes): 341 objects per 8 KiB span.
  std::vector<char*> objs;
  for (int i = 0; i < 342; i++) objs.push_back(static_cast<char*>(h.mallocgc(24, nullptr, true)));
  CHECK(objs[340] == objs[0] + 340 * 24);
  CHECK(h.stats().by_class[3].spans == 2);
  CHECK(addr(objs[341]) % 8192 == 0);
}

TEST_CASE("pointerful objects over 512 bytes carry their type in an 8-byte header") {
  Heap h;
  types::Universe u;
  const types::Type* t = u.array_of(u.ptr_to(u.basic(Kind::Int)), 75);  // 600 bytes
  REQUIRE(t->size == 600);
  char* p = static_cast<char*>(h.mallocgc(t->size, t, true));
  types::Word header = 0;
  std::memcpy(&header, p - 8, 8);
  CHECK(types::ptr_from_word(header) == t);
  CHECK(addr(p - 8) % 8192 == 0);
  CHECK(h.stats().by_class[28].objects == 1);  // 608 -> 640-byte class
  CHECK(all_zero(p, 600));
  // The same size without pointers: no header, 640-byte class too but 8 KiB aligned.
  char* q = static_cast<char*>(h.mallocgc(600, nullptr, true));
  CHECK(addr(q) % 8192 == 0);
}

TEST_CASE("large objects are whole pages") {
  Heap h;
  char* p = static_cast<char*>(h.mallocgc(40000, nullptr, true));
  CHECK(addr(p) % 8192 == 0);
  CHECK(all_zero(p, 40000));
  std::memset(p, 0xAB, 40960);  // the whole page run is ours (ASan checks)
  char* big = static_cast<char*>(h.mallocgc(1 << 20, nullptr, true));
  REQUIRE(big != nullptr);
  CHECK(all_zero(big, 1 << 20));
  auto s = h.stats();
  CHECK(s.large_objects == 2);
  CHECK(s.large_bytes == 40960 + (1 << 20));
  CHECK(s.sys_bytes >= s.large_bytes);
  CHECK(s.inuse_bytes == 40960 + (1 << 20));
}

TEST_CASE("the heap limit makes mallocgc return nullptr (Go: out of memory)") {
  Heap h(Heap::Options{256 * 1024});
  int got = 0;
  while (h.mallocgc(32 * 1024, nullptr, true) != nullptr && got < 1000) got++;
  CHECK(got > 0);
  CHECK(got < 1000);
  CHECK(h.stats().inuse_bytes <= 256 * 1024);  // the limit caps in-use spans (HeapInuse)
  CHECK(h.mallocgc(uint64_t{1} << 49, nullptr, true) == nullptr);  // over maxAlloc
}

TEST_CASE("mallocgc uses the heap bound to the thread") {
  Heap h;
  CHECK(mem::current_heap() == nullptr);
  {
    mem::BindHeap bind(&h);
    CHECK(mem::current_heap() == &h);
    void* p = mem::mallocgc(100, nullptr, true);
    CHECK(h.owns(p));
    Heap inner;
    {
      mem::BindHeap bind2(&inner);
      CHECK(inner.owns(mem::mallocgc(100, nullptr, true)));
    }
    CHECK(mem::current_heap() == &h);
  }
  CHECK(mem::current_heap() == nullptr);
  CHECK(h.stats().mallocs == 1);
}

TEST_CASE("many threads allocate concurrently without sharing a byte") {
  Heap h;
  types::Universe u;
  const types::Type* ptr = u.ptr_to(u.basic(Kind::Int));
  constexpr int kThreads = 8;
  constexpr int kPerThread = 2000;
  const uint64_t sizes[] = {1, 3, 8, 12, 16, 24, 40, 100, 512, 600, 1030, 5000};
  struct Obj {
    unsigned char* p;
    uint64_t size;
    unsigned char mark;
  };
  std::vector<std::vector<Obj>> per_thread(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      mem::BindHeap bind(&h);
      for (int i = 0; i < kPerThread; i++) {
        uint64_t size = i % 200 == 7 ? 33000 : sizes[(i + t) % (sizeof sizes / sizeof sizes[0])];
        bool scan = (i % 3 == 0) && size >= 8;
        auto* p = static_cast<unsigned char*>(mem::mallocgc(size, scan ? ptr : nullptr, true));
        if (p == nullptr) return;
        unsigned char mark = static_cast<unsigned char>(1 + (t * 31 + i) % 250);
        bool zero = all_zero(p, size);
        if (!zero) return;  // checked below via the count
        std::memset(p, mark, size);
        per_thread[t].push_back(Obj{p, size, mark});
      }
    });
  }
  for (auto& th : threads) th.join();
  std::vector<Obj> all;
  for (auto& v : per_thread) {
    CHECK(v.size() == kPerThread);  // every block was non-null and zero
    all.insert(all.end(), v.begin(), v.end());
  }
  size_t corrupted = 0;
  for (const Obj& o : all)
    for (uint64_t i = 0; i < o.size; i++) corrupted += o.p[i] != o.mark;
  CHECK(corrupted == 0);
  std::sort(all.begin(), all.end(), [](const Obj& a, const Obj& b) { return a.p < b.p; });
  size_t overlaps = 0;
  for (size_t i = 1; i < all.size(); i++) overlaps += all[i - 1].p + all[i - 1].size > all[i].p;
  CHECK(overlaps == 0);
  CHECK(h.stats().mallocs == uint64_t{kThreads} * kPerThread);
}

TEST_CASE("newobject and newarray size by the type and refuse impossible sizes") {
  Heap h;
  mem::BindHeap bind(&h);
  types::Universe u;
  const types::Type* s = u.struct_of({{"p", u.ptr_to(u.basic(Kind::Int))}, {"n", u.basic(Kind::Int)}});
  void* o = mem::newobject(s);
  CHECK(h.owns(o));
  CHECK(all_zero(o, 16));
  CHECK(h.stats().by_class[2].objects == 1);
  void* a = mem::newarray(s, 100);  // 1600 bytes + header -> 1792-byte class
  CHECK(h.owns(a));
  CHECK(h.stats().by_class[37].objects == 1);
  CHECK(mem::newarray(s, -1) == nullptr);
  CHECK(mem::newarray(s, int64_t{1} << 61) == nullptr);
}
