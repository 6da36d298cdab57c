// Goroutine stacks: the allocator hands out and recycles stacks by order through
// pools and per-P caches (refill/release in half-cache batches), large stacks through
// their own pool, safely from many threads; copystack moves a synthetic Go stack and
// adjusts exactly the pointers the stack maps, registers and roots say point into it.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <thread>
#include <vector>

#include "sched/stack.h"
#include "sched/stackcopy.h"

using namespace gs::sched;

namespace {

uint64_t word_at(uintptr_t addr) {
  uint64_t v;
  std::memcpy(&v, reinterpret_cast<const void*>(addr), sizeof v);
  return v;
}
void set_word(uintptr_t addr, uint64_t v) { std::memcpy(reinterpret_cast<void*>(addr), &v, sizeof v); }

// ---- A synthetic VM: frames linked by saved frame pointers, as a VM would lay them.
// Frame layout (slot = 8 bytes, from the frame's lo upward):
//   0: saved caller fp (pointer; 0 for the outermost frame)
//   1: function index (integer)
//   2: pointer to slot 5 of the caller frame (pointer; 0 for the outermost)
//   3: pointer to a heap object outside the stack (pointer)
//   4: an integer equal to a stack address (NOT a pointer: must never be adjusted)
//   5: a payload integer unique to the frame
//   6: pointer to this frame's own slot 5 (pointer)
//   7: nil (pointer slot holding 0)
//   8: pointer to the OUTERMOST frame's slot 5 (pointer)
//   9..: filler integers (function 1 only: a 512-byte frame)
struct Func {
  uint64_t size;
  std::vector<uint8_t> ptrbits;
};

Func make_func(uint64_t size) {
  Func f{size, std::vector<uint8_t>(size / 64 + 1, 0)};
  for (int slot : {0, 2, 3, 6, 7, 8}) f.ptrbits[slot / 8] |= uint8_t(1u << (slot % 8));
  return f;
}

const std::vector<Func>& funcs() {
  static const std::vector<Func> fs{make_func(80), make_func(512)};
  return fs;
}

// Walks the frame-pointer chain from g.fp, reading the function index from each
// frame — so after each copy it only works if the saved fps were adjusted.
class ChainWalker : public FrameWalker {
 public:
  void frames(const GStack& g, std::vector<FrameInfo>& out) const override {
    for (uintptr_t fp = g.fp; fp != 0 && fp < g.stack.hi;) {
      const Func& f = funcs().at(static_cast<size_t>(word_at(fp + 8)));
      out.push_back(FrameInfo{fp, f.size, f.ptrbits.data()});
      fp = static_cast<uintptr_t>(word_at(fp));
    }
  }
};

struct Expect {
  uint64_t offset_from_hi;  // frame lo = hi - offset (stable across copies)
  uint64_t fn;
  uint64_t payload;
  uint64_t fake_int;        // what slot 4 held when written
};

struct Program {
  StackAllocator alloc;
  StackCache cache;
  ChainWalker walker;
  StackContext ctx{&alloc, &cache, &walker};
  GStack g;
  std::vector<Expect> expect;
  uint64_t heap_object[4] = {11, 22, 33, 44};
  uint64_t sudog_elem_word = 0;  // a Go-layout root into the stack
  void* sudog_elem = nullptr;    // a native root into the stack
  uint64_t outside_word = 0;     // a root that points outside the stack: untouched

  Program() { REQUIRE(stack_init(g, ctx)); }
  ~Program() {
    stack_release(g, ctx);
    alloc.cache_clear(cache);
  }

  uintptr_t heap_addr() const { return reinterpret_cast<uintptr_t>(&heap_object[1]); }

  // Calls function fn: the prologue check, newstack until the frame fits, then the
  // frame is written. Returns the newstack outcome that stopped it, or Grew if fine.
  NewstackOutcome call(uint64_t fn, NewstackResult* last = nullptr) {
    const Func& f = funcs()[fn];
    while (stack_check_fails(g, g.sp, f.size)) {
      NewstackResult r = newstack(g, f.size, ctx);
      if (last) *last = r;
      if (r.outcome != NewstackOutcome::Grew && r.outcome != NewstackOutcome::Preempted) {
        return r.outcome;
      }
    }
    const uintptr_t lo = g.sp - f.size;
    const bool outermost = g.fp == g.stack.hi;
    const uint64_t payload = 1000 + expect.size();
    const uint64_t fake = lo + 5 * 8;  // looks exactly like the address of slot 5
    set_word(lo + 0, outermost ? 0 : g.fp);
    set_word(lo + 8, fn);
    set_word(lo + 16, outermost ? 0 : g.fp + 40);
    set_word(lo + 24, heap_addr());
    set_word(lo + 32, fake);
    set_word(lo + 40, payload);
    set_word(lo + 48, lo + 40);
    set_word(lo + 56, 0);
    set_word(lo + 64, outermost ? lo + 40 : g.stack.hi - expect.front().offset_from_hi + 40);
    for (uint64_t off = 72; off < f.size; off += 8) set_word(lo + off, 0xABCD0000 + off);
    g.sp = lo;
    g.argp = g.fp;  // the caller's frame: a register pointing into the stack
    g.fp = lo;
    expect.push_back(Expect{g.stack.hi - lo, fn, payload, fake});
    return NewstackOutcome::Grew;
  }

  void ret() {
    const Expect e = expect.back();
    expect.pop_back();
    g.sp += funcs()[e.fn].size;
    g.fp = static_cast<uintptr_t>(word_at(g.fp));
    if (g.fp == 0) g.fp = g.stack.hi;
    g.argp = g.fp;
  }

  // Every frame holds exactly what it should for the stack's current position.
  void check_all() {
    const uintptr_t hi = g.stack.hi;
    REQUIRE(!expect.empty());
    const uintptr_t outer5 = hi - expect.front().offset_from_hi + 40;
    for (size_t i = 0; i < expect.size(); ++i) {
      const Expect& e = expect[i];
      const uintptr_t lo = hi - e.offset_from_hi;
      CAPTURE(i);
      REQUIRE(g.stack.contains(lo));
      CHECK(word_at(lo + 0) == (i == 0 ? 0 : hi - expect[i - 1].offset_from_hi));
      CHECK(word_at(lo + 8) == e.fn);
      CHECK(word_at(lo + 16) == (i == 0 ? 0 : hi - expect[i - 1].offset_from_hi + 40));
      CHECK(word_at(lo + 24) == heap_addr());
      CHECK(word_at(lo + 32) == e.fake_int);  // non-pointer: never adjusted
      CHECK(word_at(lo + 40) == e.payload);
      CHECK(word_at(lo + 48) == lo + 40);
      CHECK(word_at(lo + 56) == 0);
      CHECK(word_at(lo + 64) == outer5);
      CHECK(word_at(word_at(lo + 64)) == 1000);  // dereferences to the outermost payload
      if (e.fn == 1) CHECK(word_at(lo + 504) == 0xABCD0000 + 504);
    }
    CHECK(g.sp == hi - expect.back().offset_from_hi);
    CHECK(g.fp == g.sp);
    CHECK(heap_object[1] == 22);
  }
};

}  // namespace

TEST_CASE("stack orders and sizes follow Go's fixedStack << order") {
  CHECK(stack_order(2048) == 0);
  CHECK(stack_order(4096) == 1);
  CHECK(stack_order(8192) == 2);
  CHECK(stack_order(16384) == 3);
  CHECK(stack_order(32768) == -1);  // first large size
  CHECK(stack_order(3000) == -1);
  CHECK(valid_stack_size(2048));
  CHECK_FALSE(valid_stack_size(1024));
  CHECK_FALSE(valid_stack_size(6144));
  CHECK(kStackPreempt == static_cast<uintptr_t>(sizeof(uintptr_t) == 8 ? 0xfffffffffffffadeull : 0xfffffadeull));
}

TEST_CASE("small stacks come from the pool, are size-aligned, and are reused by order") {
  StackAllocator a;
  CHECK(a.stack_alloc(3000, nullptr).empty());
  CHECK(a.stack_alloc(1024, nullptr).empty());
  for (uint64_t size = 2048; size <= 16384; size *= 2) {
    CAPTURE(size);
    const int order = stack_order(size);
    Stack s = a.stack_alloc(size, nullptr);
    REQUIRE(!s.empty());
    CHECK(s.size() == size);
    CHECK(s.lo % size == 0);
    CHECK(a.stats().in_use_by_order[order] == 1);
    Stack keep = a.stack_alloc(size, nullptr);  // keeps the span alive across the free
    CHECK(keep.lo != s.lo);
    a.stack_free(s, nullptr);
    CHECK(a.stats().in_use_by_order[order] == 1);
    Stack again = a.stack_alloc(size, nullptr);
    CHECK(again.lo == s.lo);  // the freed stack is handed out first
    a.stack_free(again, nullptr);
    a.stack_free(keep, nullptr);
    CHECK(a.stats().in_use_by_order[order] == 0);
  }
  StackStats st = a.stats();
  CHECK(st.bytes_in_use == 0);
  CHECK(st.pool_spans == 0);  // empty spans go back to the OS
  CHECK(st.sys_bytes == 0);
}

TEST_CASE("a span of 32 KiB holds 16 stacks of 2 KiB; the 17th needs a new span") {
  StackAllocator a;
  std::vector<Stack> got;
  for (int i = 0; i < 16; ++i) got.push_back(a.stack_alloc(2048, nullptr));
  CHECK(a.stats().pool_spans == 1);
  CHECK(a.stats().sys_bytes == kStackCacheSize);
  got.push_back(a.stack_alloc(2048, nullptr));
  CHECK(a.stats().pool_spans == 2);
  CHECK(a.stats().bytes_in_use == 17 * 2048);
  for (Stack s : got) a.stack_free(s, nullptr);
  CHECK(a.stats().pool_spans == 0);
}

TEST_CASE("per-P cache refills and releases half a cache at a time") {
  StackAllocator a;
  StackCache c;
  std::vector<Stack> got;
  got.push_back(a.stack_alloc(2048, &c));
  CHECK(a.stats().cache_refills == 1);
  CHECK(c.cached_bytes(0) == kStackCacheSize / 2 - 2048);  // took 8 stacks, handed out 1
  for (int i = 1; i < 20; ++i) got.push_back(a.stack_alloc(2048, &c));
  CHECK(a.stats().cache_refills == 3);  // at the 1st, 9th and 17th allocation
  CHECK(c.cached_bytes(0) == 4 * 2048);
  CHECK(a.stats().cached_bytes == 4 * 2048);
  CHECK(a.stats().in_use_by_order[0] == 20);

  for (int i = 0; i < 12; ++i) a.stack_free(got[i], &c);  // 4 + 12 = 16 stacks: full
  CHECK(c.cached_bytes(0) == kStackCacheSize);
  CHECK(a.stats().cache_releases == 0);
  a.stack_free(got[12], &c);  // full: release down to half, then keep this one
  CHECK(a.stats().cache_releases == 1);
  CHECK(c.cached_bytes(0) == kStackCacheSize / 2 + 2048);
  for (int i = 13; i < 20; ++i) a.stack_free(got[i], &c);
  CHECK(c.cached_bytes(0) == kStackCacheSize);
  CHECK(a.stats().in_use_by_order[0] == 0);

  // Another order's cache is independent.
  Stack big = a.stack_alloc(16384, &c);
  CHECK(c.cached_bytes(3) == 0);  // half a cache is exactly one 16 KiB stack
  CHECK(c.cached_bytes(0) == kStackCacheSize);
  a.stack_free(big, &c);
  CHECK(c.cached_bytes(3) == 16384);

  a.cache_clear(c);
  CHECK(c.cached_bytes(0) == 0);
  CHECK(c.cached_bytes(3) == 0);
  StackStats st = a.stats();
  CHECK(st.cached_bytes == 0);
  CHECK(st.pool_spans == 0);
  CHECK(st.sys_bytes == 0);
}

TEST_CASE("large stacks are recycled by log2 of their pages and released on request") {
  StackAllocator a;
  Stack s32 = a.stack_alloc(32768, nullptr);
  REQUIRE(!s32.empty());
  CHECK(s32.lo % kStackPageSize == 0);
  CHECK(a.stats().large_in_use == 1);
  CHECK(a.stats().sys_bytes == 32768);
  a.stack_free(s32, nullptr);
  CHECK(a.stats().large_in_use == 0);
  CHECK(a.stats().large_free == 1);
  Stack s64 = a.stack_alloc(65536, nullptr);  // another log2 class: fresh memory
  CHECK(a.stats().sys_bytes == 32768 + 65536);
  Stack again = a.stack_alloc(32768, nullptr);
  CHECK(again.lo == s32.lo);  // reused from the pool
  CHECK(a.stats().large_free == 0);
  CHECK(a.stats().sys_bytes == 32768 + 65536);
  a.stack_free(again, nullptr);
  a.stack_free(s64, nullptr);
  CHECK(a.stats().large_free == 2);
  a.release_free_large();
  CHECK(a.stats().large_free == 0);
  CHECK(a.stats().sys_bytes == 0);
  Stack live = a.stack_alloc(1 << 20, nullptr);  // still owned at teardown: freed with `a`
  CHECK(live.size() == (1u << 20));
}

TEST_CASE("many threads allocate and free stacks concurrently through their own caches") {
  StackAllocator a;
  constexpr int kThreads = 8;
  constexpr int kOps = 1500;
  std::vector<StackCache> caches(kThreads);
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 rng(static_cast<unsigned>(t + 1));
      StackCache* cache = (t % 4 == 3) ? nullptr : &caches[t];  // some Ms have no P
      std::vector<std::pair<Stack, uint64_t>> mine;
      for (int i = 0; i < kOps; ++i) {
        if (mine.empty() || rng() % 3 != 0) {
          const uint64_t size = kFixedStack << (rng() % 6);  // 2 KiB .. 64 KiB
          Stack s = a.stack_alloc(size, cache);
          if (s.empty()) { failures[t]++; continue; }
          const uint64_t tag = (uint64_t(t) << 32) | uint64_t(i);
          set_word(s.lo, tag);
          set_word(s.hi - 8, tag);
          mine.emplace_back(s, tag);
        } else {
          const size_t k = rng() % mine.size();
          auto [s, tag] = mine[k];
          // Nobody else was handed this stack while we held it.
          if (word_at(s.lo) != tag || word_at(s.hi - 8) != tag) failures[t]++;
          a.stack_free(s, cache);
          mine[k] = mine.back();
          mine.pop_back();
        }
      }
      for (auto& [s, tag] : mine) {
        if (word_at(s.lo) != tag || word_at(s.hi - 8) != tag) failures[t]++;
        a.stack_free(s, cache);
      }
      if (cache) a.cache_clear(*cache);
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) CHECK(failures[t] == 0);
  StackStats st = a.stats();
  CHECK(st.allocs == st.frees);
  CHECK(st.allocs > kThreads * kOps / 2);
  CHECK(st.bytes_in_use == 0);
  CHECK(st.cached_bytes == 0);
  for (int o = 0; o < kNumStackOrders; ++o) CHECK(st.in_use_by_order[o] == 0);
  CHECK(st.pool_spans == 0);
  CHECK(st.cache_refills > 0);
  CHECK(st.cache_releases > 0);
}

TEST_CASE("a fresh G's guard is lo + kStackGuard and the prologue check uses it") {
  StackAllocator alloc;
  StackContext ctx{&alloc, nullptr, nullptr};
  GStack g;
  REQUIRE(stack_init(g, ctx));
  CHECK(g.stack.size() == kFixedStack);
  CHECK(g.sp == g.stack.hi);
  CHECK(g.stackguard0.load() == g.stack.lo + kStackGuard);
  const uint64_t room = kFixedStack - kStackGuard;
  CHECK_FALSE(stack_check_fails(g, g.sp, room));
  CHECK(stack_check_fails(g, g.sp, room + 8));
  request_preempt(g);
  CHECK(stack_check_fails(g, g.sp, 8));  // forced onto the slow path
  NewstackResult r = newstack(g, 8, ctx);
  CHECK(r.outcome == NewstackOutcome::Preempted);
  CHECK(g.stack.size() == kFixedStack);  // a preemption does not grow the stack
  CHECK(g.stackguard0.load() == g.stack.lo + kStackGuard);
  CHECK_FALSE(stack_check_fails(g, g.sp, 8));
  stack_release(g, ctx);
  CHECK(alloc.stats().bytes_in_use == 0);
}

TEST_CASE("copystack grows 2 KiB -> 64 KiB adjusting exactly the mapped pointers, then shrinks back") {
  Program p;
  p.call(0);
  p.check_all();
  uint64_t last_size = p.g.stack.size();
  std::vector<uint64_t> sizes{last_size};
  for (int depth = 1; depth < 160; ++depth) {
    REQUIRE(p.call(static_cast<uint64_t>(depth % 2 == 0 ? 1 : 0)) == NewstackOutcome::Grew);
    if (depth == 5) {
      // A G blocked on a channel: its sudog's elem points at a slot of this frame.
      p.sudog_elem_word = p.g.sp + 40;
      p.sudog_elem = reinterpret_cast<void*>(p.g.sp + 40);
      p.outside_word = p.heap_addr();
      p.g.word_roots.push_back(&p.sudog_elem_word);
      p.g.native_roots.push_back(&p.sudog_elem);
      p.g.word_roots.push_back(&p.outside_word);
    }
    if (p.g.stack.size() != last_size) {
      last_size = p.g.stack.size();
      sizes.push_back(last_size);
      p.check_all();
    }
  }
  p.check_all();
  CHECK(sizes == std::vector<uint64_t>{2048, 4096, 8192, 16384, 32768, 65536});
  CHECK(p.g.grow_count == 5);
  // The roots followed the frame they point into; the outside one did not move.
  const uintptr_t frame5 = p.g.stack.hi - p.expect[5].offset_from_hi;
  CHECK(p.sudog_elem_word == frame5 + 40);
  CHECK(p.sudog_elem == reinterpret_cast<void*>(frame5 + 40));
  CHECK(word_at(static_cast<uintptr_t>(p.sudog_elem_word)) == p.expect[5].payload);
  CHECK(p.outside_word == p.heap_addr());
  CHECK(p.g.argp == p.g.stack.hi - p.expect[p.expect.size() - 2].offset_from_hi);
  CHECK(p.alloc.stats().grows == 5);
  CHECK(p.alloc.stats().large_in_use == 1);  // 64 KiB is a large stack

  // Unwind to a few frames; each shrink halves while less than a quarter is used.
  CHECK_FALSE(shrinkstack(p.g, p.ctx));  // still deep: no shrink
  while (p.expect.size() > 3) p.ret();
  p.g.word_roots.clear();
  p.g.native_roots.clear();
  std::vector<uint64_t> down;
  while (shrinkstack(p.g, p.ctx)) {
    down.push_back(p.g.stack.size());
    p.check_all();
  }
  // Used = 80 + 80 + 80 bytes of frames + 256 guard = 496 < 2048/4: down to the minimum.
  CHECK(down == std::vector<uint64_t>{32768, 16384, 8192, 4096, 2048});
  CHECK(p.g.shrink_count == 5);
  CHECK(p.alloc.stats().shrinks == 5);
  CHECK_FALSE(shrinkstack(p.g, p.ctx));  // never below kFixedStack
  // Growing again after shrinking works and keeps every value.
  for (int i = 0; i < 40; ++i) p.call(1);  // 20480 + 240 bytes: 32 KiB
  p.check_all();
  CHECK(p.g.stack.size() == 32768);
}

TEST_CASE("shrinkstack keeps a stack that is a quarter or more used") {
  Program p;
  for (int i = 0; i < 50; ++i) p.call(0);  // 4000 bytes of frames: 2 → 4 → 8 KiB
  REQUIRE(p.g.stack.size() == 8192);
  // used = 4000 + 256 >= 8192 / 4: stays.
  CHECK_FALSE(shrinkstack(p.g, p.ctx));
  while (p.expect.size() > 20) p.ret();  // 1600 + 256 < 2048: halves once
  CHECK(shrinkstack(p.g, p.ctx));
  CHECK(p.g.stack.size() == 4096);
  CHECK_FALSE(shrinkstack(p.g, p.ctx));
  p.check_all();
}

TEST_CASE("copystack keeps a pending preemption request") {
  Program p;
  p.call(0);
  request_preempt(p.g);
  REQUIRE(copystack(p.g, 8192, p.ctx));
  CHECK(p.g.stackguard0.load() == kStackPreempt);
  p.check_all();
  CHECK_FALSE(copystack(p.g, 3000, p.ctx));  // not a power of two
  CHECK(p.g.stack.size() == 8192);
}

TEST_CASE("newstack grows enough for a frame larger than double the stack") {
  Program p;
  p.call(0);
  NewstackResult r = newstack(p.g, 10000, p.ctx);
  CHECK(r.outcome == NewstackOutcome::Grew);
  CHECK(r.old_size == 2048);
  CHECK(r.new_size == 16384);  // 4 KiB and 8 KiB leave less than 10000 + guard free
  p.check_all();
}

TEST_CASE("growth past the max stack size fails with Go's fatal text") {
  Program p;
  CHECK(p.alloc.max_stack() == 1000000000);
  CHECK(p.alloc.set_max_stack(16384) == 1000000000);
  NewstackResult last;
  NewstackOutcome out = NewstackOutcome::Grew;
  int calls = 0;
  while (out == NewstackOutcome::Grew && calls < 1000) {
    out = p.call(1, &last);
    ++calls;
  }
  REQUIRE(out == NewstackOutcome::Overflow);
  CHECK(last.old_size == 16384);
  CHECK(last.new_size == 32768);
  CHECK(p.g.stack.size() == 16384);  // left as it was
  CHECK(last.overflow.first_line() == "runtime: goroutine stack exceeds 16384-byte limit");
  const std::string text = last.overflow.text();
  CHECK(text.rfind("runtime: goroutine stack exceeds 16384-byte limit\nruntime: sp=0x", 0) == 0);
  CHECK(text.find(" stack=[0x") != std::string::npos);
  CHECK(text.size() > 28);
  CHECK(text.substr(text.size() - 28) == "fatal error: stack overflow\n");
  p.check_all();

  StackOverflow go_default{1000000000, 0x20160398, Stack{0x20160000, 0x40160000}};
  CHECK(go_default.text() ==
        "runtime: goroutine stack exceeds 1000000000-byte limit\n"
        "runtime: sp=0x20160398 stack=[0x20160000, 0x40160000]\n"
        "fatal error: stack overflow\n");
}
