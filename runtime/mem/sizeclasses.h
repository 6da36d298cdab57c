// sizeclasses.h — Go 1.23's size classes (runtime/sizeclasses.go) and the request
// rounding built on them (runtime/msize.go's roundupsize).
//
// Invariant: every constant and table entry is Go 1.23's on amd64: 68 classes
// counting class 0 (objects of 8 … 32768 bytes), 8 KiB pages, the tiny allocator's
// 16-byte blocks, and the 8-byte malloc header that Go 1.22+ puts in front of
// objects larger than 512 bytes that contain pointers.
#pragma once
#include <cstdint>

namespace gs::mem {

constexpr int kNumSizeClasses = 68;          // Go: _NumSizeClasses (class 0 = large objects)
constexpr uint64_t kMaxSmallSize = 32768;    // Go: _MaxSmallSize
constexpr uint64_t kSmallSizeDiv = 8;        // Go: smallSizeDiv
constexpr uint64_t kSmallSizeMax = 1024;     // Go: smallSizeMax
constexpr uint64_t kLargeSizeDiv = 128;      // Go: largeSizeDiv
constexpr uint64_t kPageShift = 13;          // Go: _PageShift
constexpr uint64_t kPageSize = 1 << kPageShift;
constexpr uint64_t kMaxObjsPerSpan = 1024;   // Go: maxObjsPerSpan
constexpr uint64_t kTinySize = 16;           // Go: _TinySize (tiny allocator block)
constexpr int kTinySizeClass = 2;            // Go: _TinySizeClass
constexpr uint64_t kMallocHeaderSize = 8;    // Go: mallocHeaderSize (mbitmap.go)
// Objects with pointers up to this size keep their pointer bits in the span; larger
// ones get a malloc header holding their type (Go: minSizeForMallocHeader = 8*64).
constexpr uint64_t kMinSizeForMallocHeader = 512;
// Go's maxAlloc on amd64 (1 << heapAddrBits): no allocation may be larger.
constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

extern const uint16_t class_to_size[kNumSizeClasses];        // object bytes per class
extern const uint8_t class_to_allocnpages[kNumSizeClasses];  // pages per span per class
extern const uint32_t* const class_to_divmagic;              // [kNumSizeClasses]: ~0u/size+1
extern const uint8_t size_to_class8[kSmallSizeMax / kSmallSizeDiv + 1];
extern const uint8_t size_to_class128[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1];

// Go: heapBitsInSpan — pointerful objects this small need no malloc header.
constexpr bool heap_bits_in_span(uint64_t user_size) { return user_size <= kMinSizeForMallocHeader; }

// The size class for a block of `size` bytes, 1 <= size <= kMaxSmallSize (0 for 0),
// by the two lookup tables as malloc.go does.
uint8_t size_to_class(uint64_t size);

// What mallocgc does with a request: the class (0 = large object) and the bytes of
// the block it takes, counting the malloc header if there is one.
struct SizeClassChoice {
  uint8_t size_class = 0;
  bool has_header = false;      // 8-byte type header in front of the object
  uint64_t block_bytes = 0;     // class size, or pages*8KiB for a large object
};
// Mirrors mallocgc's choice for a non-tiny request (size > 0): small if
// size <= kMaxSmallSize - kMallocHeaderSize, with a header when !noscan and
// size > 512; large objects are rounded to whole pages.
SizeClassChoice choose_size_class(uint64_t size, bool noscan);

// Go 1.23's roundupsize: the usable bytes mallocgc would give for `size` (the block
// minus the malloc header if one is added). Large requests round up to a page; on
// overflow the request is returned unchanged, as Go does.
uint64_t roundupsize(uint64_t size, bool noscan);

// Objects per span for a class (Go's "objects" column): npages*8192 / size.
uint32_t class_objects_per_span(int size_class);

}  // namespace gs::mem
