// mgcmark.cpp — greying, scanning and draining (Go: runtime/mgcmark.go's
// scanblock, scanobject, greyobject and gcDrain). See mgcmark.h for the invariants.
#include "gc/mgcmark.h"

#include <cstring>

#include "gc/mgcsample.h"
#include "mem/malloc.h"
#include "mem/mbitmap.h"
#include "mem/mheap.h"

namespace gs::gc {

namespace {

// A Go pointer word as an address (0 when it cannot be a host address: on wasm32 a
// word with its high half set is not a pointer).
// While marking runs beside the program, the goroutine that owns this word may be
// storing to it at this instant. That is by design (Go's marker reads heap words the
// same way; the write barrier covers the store), so ThreadSanitizer is told not to
// instrument this one load.
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("thread"), noinline))
#endif
uintptr_t load_pointer_word(const void* slot) {
  uint64_t w;
  std::memcpy(&w, slot, sizeof w);
  if (w > UINTPTR_MAX) return 0;
  return static_cast<uintptr_t>(w);
}

}  // namespace

bool Marker::shade(uintptr_t p) {
  if (p == 0) return false;
  mem::ObjectRef obj;
  if (!heap_.find_object(p, &obj)) return false;
  if (!obj.span->try_mark(obj.index)) return true;  // already grey or black
  objects_marked_++;
  work_.bytes_marked += obj.size;
  // Pointer-free objects are black at once. The queued address is p itself, which
  // find_object resolves again (for a headered object, base is the header, which is
  // not a valid pointer into the object).
  if (!obj.span->noscan()) work_.put(p);
  return true;
}

void Marker::pointer_word(const void* slot) {
  root_bytes_ += 8;
  shade(load_pointer_word(slot));
}

void Marker::block(const void* p, uint64_t nwords, const uint8_t* ptrbits) {
  root_bytes_ += nwords * 8;
  if (!ptrbits) return;
  const auto* words = static_cast<const uint8_t*>(p);
  for (uint64_t i = 0; i < nwords; i++) {
    if ((ptrbits[i / 8] >> (i % 8)) & 1) shade(load_pointer_word(words + 8 * i));
  }
}

void Marker::conservative(const void* p, uint64_t bytes) {
  root_bytes_ += bytes;
  auto a = reinterpret_cast<uintptr_t>(p);
  uintptr_t end = a + static_cast<uintptr_t>(bytes);
  a = (a + 7) & ~static_cast<uintptr_t>(7);
  for (; a + 8 <= end; a += 8) shade(load_pointer_word(reinterpret_cast<const void*>(a)));
}

void Marker::scan_object(uintptr_t p, bool queued) {
  mem::ObjectRef obj;
  const bool found = heap_.find_object(p, &obj);
  if (found) {
    work_.heap_scan_work += obj.size;
    mem::for_each_pointer_word(obj, [this](uintptr_t slot) {
      shade(load_pointer_word(reinterpret_cast<const void*>(slot)));
    });
  }
  // A queued object is black now: the tri-colour sampler's count and watch learn it.
  WorkQueue& q = work_.queue();
  if (queued && q.counting()) {
    q.add_grey(-1);
    if (TriColourSampler* w = q.watch(); w != nullptr && found) w->scanned(obj.base);
  }
}

uint64_t Marker::drain_bounded(uint64_t budget) {
  const uint64_t start = work_.heap_scan_work;
  while (work_.heap_scan_work - start < budget) {
    uintptr_t obj = work_.try_get();
    if (obj == 0) break;
    scan_object(obj, true);
  }
  return work_.heap_scan_work - start;
}

void Marker::drain() {
  for (;;) {
    uintptr_t obj = work_.try_get();
    if (obj == 0) break;
    scan_object(obj, true);
  }
  work_.dispose();
}

}  // namespace gs::gc
