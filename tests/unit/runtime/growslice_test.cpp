// append's growth matches real Go 1.23: every line of tests/go/growslice/caps.want
// (elem_size noscan old_cap needed_len new_cap) is reproduced by gs::mem::new_cap.
#include <doctest/doctest.h>

#include <cstdio>
#include <vector>

#include "go_testdata.h"
#include "mem/growslice.h"
#include "mem/malloc.h"
#include "types/type.h"

using namespace gs::mem;

TEST_CASE("growslice capacities equal real Go 1.23 for every recorded append") {
  auto lines = gs::testdata::read_go_lines("growslice/caps.want");
  REQUIRE(lines.size() > 10000);
  size_t checked = 0, mismatches = 0;
  std::string first_mismatch;
  bool saw_scan = false, saw_noscan = false;
  for (const std::string& line : lines) {
    unsigned long long esize = 0;
    int noscan = 0;
    long long old_cap = 0, needed = 0, want = 0;
    REQUIRE(std::sscanf(line.c_str(), "%llu %d %lld %lld %lld", &esize, &noscan, &old_cap, &needed, &want) == 5);
    (noscan ? saw_noscan : saw_scan) = true;
    int64_t got = new_cap(old_cap, needed, esize, noscan != 0);
    checked++;
    if (got != want) {
      if (mismatches++ == 0) first_mismatch = line + " -> got " + std::to_string(got);
    }
  }
  INFO("first mismatch: " << first_mismatch);
  CHECK(mismatches == 0);
  CHECK(checked == lines.size());
  CHECK(saw_scan);
  CHECK(saw_noscan);
}

TEST_CASE("nextslicecap doubles below 256 then grows smoothly towards 1.25x") {
  CHECK(next_slice_cap(1, 0) == 1);
  CHECK(next_slice_cap(5, 4) == 8);
  CHECK(next_slice_cap(20, 4) == 20);  // doubling isn't enough: take what's needed
  CHECK(next_slice_cap(256, 255) == 510);
  CHECK(next_slice_cap(257, 256) == 256 + (256 + 768) / 4);
  CHECK(next_slice_cap(1025, 1024) == 1024 + (1024 + 768) / 4);
}

TEST_CASE("growslice rounds the byte size to the allocator's block") {
  // 5 bytes -> 8-byte class; 5 int64s (40 bytes) -> 48-byte class -> cap 6.
  CHECK(new_cap(0, 5, 1, true) == 8);
  CHECK(new_cap(0, 5, 8, true) == 6);
  CHECK(new_cap(0, 3, 8, true) == 3);  // 24 bytes is a class of its own
  // 64 pointers (512 bytes) doubled to 128 (1024 bytes) + 8-byte malloc header ->
  // the 1152-byte class, minus the header: 1144/8 = 143, not 144.
  CHECK(new_cap(64, 65, 8, false) == 143);
  CHECK(new_cap(64, 65, 8, true) == 128);
  SliceGrowth g = grow_slice(0, 3, 12, true);  // 36 bytes -> 48-byte class
  CHECK(g.cap == 4);
  CHECK(g.bytes == 48);
}

TEST_CASE("zero-size elements and impossible lengths") {
  CHECK(new_cap(0, 1000, 0, true) == 1000);
  CHECK(new_cap(0, -1, 8, true) == -1);
  CHECK(new_cap(0, int64_t{1} << 50, 8, true) == -1);  // over Go's maxAlloc
  CHECK(grow_slice(0, int64_t{1} << 62, 16, true).overflow);
}

TEST_CASE("growslice allocates from the thread's heap, copies, and zeroes the tail") {
  gs::mem::Heap h;
  gs::mem::BindHeap bind(&h);
  gs::types::Universe u;
  const gs::types::Type* i64 = u.basic(gs::types::Kind::Int64);
  int64_t old[5] = {1, 2, 3, 4, 5};
  GrownSlice s = growslice(old, 6, 5, 1, i64);  // append one to a full [5]int64
  REQUIRE(s.ptr != nullptr);
  CHECK(h.owns(s.ptr));
  CHECK(s.len == 6);
  CHECK(s.cap == 10);  // 80 bytes: a class of its own
  auto* e = static_cast<int64_t*>(s.ptr);
  for (int k = 0; k < 5; k++) CHECK(e[k] == old[k]);
  for (int k = 5; k < 10; k++) CHECK(e[k] == 0);
  // Pointerful elements: the malloc-header rounding shows in the capacity.
  const gs::types::Type* p = u.ptr_to(i64);
  // Go pointers are 8-byte words on every build (zero-extended on wasm32).
  std::vector<gs::types::Word> ptrs(64, gs::types::word_from_ptr(&old[0]));
  GrownSlice g = growslice(ptrs.data(), 65, 64, 1, p);
  CHECK(g.cap == 143);
  auto* words = static_cast<gs::types::Word*>(g.ptr);
  CHECK(gs::types::ptr_from_word(words[63]) == &old[0]);
  CHECK(words[64] == 0);
  CHECK(words[142] == 0);
  // Zero-size elements share zerobase.
  const gs::types::Type* empty = u.struct_of({});
  GrownSlice z = growslice(nullptr, 3, 0, 3, empty);
  CHECK(z.ptr == h.zerobase());
  CHECK(z.cap == 3);
  CHECK(growslice(nullptr, int64_t{1} << 60, 0, int64_t{1} << 60, i64).overflow);
}
