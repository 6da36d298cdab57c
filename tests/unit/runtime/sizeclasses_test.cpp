// The size-class tables are Go 1.23's and roundupsize rounds every request size
// 1..70000 (pointer-free and pointerful) exactly as real Go's append revealed in
// tests/go/layout/roundupsize.want.
#include <doctest/doctest.h>

#include <cstdio>

#include "go_testdata.h"
#include "mem/sizeclasses.h"

using namespace gs::mem;

TEST_CASE("Go 1.23 size classes: 67 real classes from 8 to 32768 bytes") {
  CHECK(kNumSizeClasses == 68);
  CHECK(class_to_size[0] == 0);
  CHECK(class_to_size[1] == 8);
  CHECK(class_to_size[kTinySizeClass] == kTinySize);
  CHECK(class_to_size[26] == 512);
  CHECK(class_to_size[67] == 32768);
  for (int c = 2; c < kNumSizeClasses; c++) CHECK(class_to_size[c] > class_to_size[c - 1]);
  // Objects per span, Go's table's "objects" column.
  CHECK(class_objects_per_span(1) == 1024);
  CHECK(class_objects_per_span(3) == 341);
  CHECK(class_objects_per_span(35) == 11);
  CHECK(class_objects_per_span(52) == 6);
  CHECK(class_objects_per_span(65) == 3);
  CHECK(class_objects_per_span(67) == 1);
  CHECK(class_to_allocnpages[65] == 10);
}

TEST_CASE("size_to_class picks the smallest class that fits, for every small size") {
  size_t wrong = 0;
  uint64_t first_wrong = 0;
  for (uint64_t size = 1; size <= kMaxSmallSize; size++) {
    int best = 1;
    while (class_to_size[best] < size) best++;
    if (size_to_class(size) != best && wrong++ == 0) first_wrong = size;
  }
  INFO("first wrong size: " << first_wrong);
  CHECK(wrong == 0);
}

TEST_CASE("divmagic divides offsets by the object size") {
  for (int c = 1; c < kNumSizeClasses; c++) {
    uint64_t size = class_to_size[c];
    uint32_t n_objs = class_objects_per_span(c);
    for (uint32_t n = 0; n < n_objs; n++) {
      uint64_t off = n * size + size / 2;  // anywhere inside object n
      CHECK(static_cast<uint32_t>((off * class_to_divmagic[c]) >> 32) == n);
    }
  }
}

TEST_CASE("roundupsize equals real Go 1.23 for every request size") {
  auto lines = gs::testdata::read_go_lines("layout/roundupsize.want");
  REQUIRE(lines.size() > 100);
  size_t checked = 0, wrong = 0;
  std::string first_wrong;
  for (const std::string& line : lines) {
    int noscan = 0;
    unsigned long long first = 0, last = 0, block = 0;
    REQUIRE(std::sscanf(line.c_str(), "%d %llu %llu %llu", &noscan, &first, &last, &block) == 4);
    uint64_t step = noscan ? 1 : 8;  // pointerful requests are whole words
    for (uint64_t n = first; n <= last; n += step) {
      checked++;
      uint64_t got = roundupsize(n, noscan != 0);
      if (got != block && wrong++ == 0) first_wrong = line + " at " + std::to_string(n) + " -> " + std::to_string(got);
    }
  }
  INFO("first wrong: " << first_wrong);
  CHECK(wrong == 0);
  CHECK(checked == 70000 + 70000 / 8);
}

TEST_CASE("mallocgc's class choice: header for pointerful objects over 512 bytes") {
  SizeClassChoice c = choose_size_class(512, false);
  CHECK_FALSE(c.has_header);
  CHECK(c.block_bytes == 512);
  c = choose_size_class(513, false);
  CHECK(c.has_header);
  CHECK(c.block_bytes == 576);
  c = choose_size_class(1024, false);  // 1032 -> 1152-byte class
  CHECK(c.has_header);
  CHECK(c.size_class == 33);
  c = choose_size_class(1024, true);
  CHECK_FALSE(c.has_header);
  CHECK(c.size_class == 32);
  c = choose_size_class(32761, true);  // over 32768-8: large, whole pages
  CHECK(c.size_class == 0);
  CHECK(c.block_bytes == 4 * kPageSize);
  c = choose_size_class(32769, false);
  CHECK(c.size_class == 0);
  CHECK_FALSE(c.has_header);  // large objects keep their type in the span
  CHECK(c.block_bytes == 5 * kPageSize);
  CHECK(roundupsize(32768, true) == 32768);  // large path, one 4-page run
  CHECK(roundupsize(32760, false) == 32760);
  CHECK(roundupsize(~uint64_t{0} - 3, true) == ~uint64_t{0} - 3);  // overflow: unchanged
}
