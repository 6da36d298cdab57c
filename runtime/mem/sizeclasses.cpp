// sizeclasses.cpp — Go 1.23's size-class tables (runtime/sizeclasses.go, generated
// there by mksizeclasses.go) and roundupsize (runtime/msize.go).
//
// Invariant: the tables are Go's, value for value; tests compare them with Go's
// rounding as observed through append in real Go 1.23 (tests/go/layout).
#include "mem/sizeclasses.h"

namespace gs::mem {

const uint16_t class_to_size[kNumSizeClasses] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};

const uint8_t class_to_allocnpages[kNumSizeClasses] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
};

namespace {
constexpr uint32_t divmagic(uint16_t size) { return size == 0 ? 0 : 0xFFFFFFFFu / size + 1; }
struct DivMagic {
  uint32_t v[kNumSizeClasses];
  constexpr DivMagic() : v{} {
    constexpr uint16_t sizes[kNumSizeClasses] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
    };
    for (int i = 0; i < kNumSizeClasses; i++) v[i] = divmagic(sizes[i]);
  }
};
constexpr DivMagic kDivMagic;
}  // namespace

const uint32_t* const class_to_divmagic = kDivMagic.v;

const uint8_t size_to_class8[kSmallSizeMax / kSmallSizeDiv + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14,
    14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22,
    22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27,
    27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
    30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32,
};

const uint8_t size_to_class128[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
    44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
};

namespace {
constexpr uint64_t div_round_up(uint64_t n, uint64_t d) { return (n + d - 1) / d; }
}  // namespace

uint8_t size_to_class(uint64_t size) {
  if (size <= kSmallSizeMax - 8) return size_to_class8[div_round_up(size, kSmallSizeDiv)];
  return size_to_class128[div_round_up(size - kSmallSizeMax, kLargeSizeDiv)];
}

SizeClassChoice choose_size_class(uint64_t size, bool noscan) {
  SizeClassChoice c;
  if (size <= kMaxSmallSize - kMallocHeaderSize) {
    c.has_header = !noscan && !heap_bits_in_span(size);
    uint64_t block = size + (c.has_header ? kMallocHeaderSize : 0);
    c.size_class = size_to_class(block);
    c.block_bytes = class_to_size[c.size_class];
    return c;
  }
  // Large: its own run of pages; the type lives in the span, not in a header.
  c.block_bytes = (size + kPageSize - 1) & ~(kPageSize - 1);
  return c;
}

uint64_t roundupsize(uint64_t size, bool noscan) {
  uint64_t req = size;
  if (req <= kMaxSmallSize - kMallocHeaderSize) {
    if (!noscan && req > kMinSizeForMallocHeader) req += kMallocHeaderSize;
    // req - size is the header (8) or 0; the header is not usable space.
    return class_to_size[size_to_class(req)] - (req - size);
  }
  req += kPageSize - 1;
  if (req < size) return size;  // overflow
  return req & ~(kPageSize - 1);
}

uint32_t class_objects_per_span(int size_class) {
  if (size_class <= 0 || size_class >= kNumSizeClasses) return 0;
  return static_cast<uint32_t>(class_to_allocnpages[size_class] * kPageSize / class_to_size[size_class]);
}

}  // namespace gs::mem
