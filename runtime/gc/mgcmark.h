// mgcmark.h — marking: roots, greying and scanning objects (Go: runtime/mgcmark.go).
//
// The tri-colour abstraction: white objects are not marked; grey objects are marked
// and queued (mgcwork.h) but not yet scanned; black objects are marked and scanned.
// Marking starts by greying everything the roots point at, then repeatedly takes a
// grey object, greys the white objects its pointer words point at, and so turns it
// black, until no grey object is left. What is still white then is garbage.
//
// The strong tri-colour invariant (no black object points at a white one) holds by
// construction while nothing else runs; with mutators running, the write barrier
// (mem/mbarrier.h) maintains the weak form of it: every white object a black one
// points at is still reachable from a grey one or from a root not yet scanned.
//
// Invariants:
//  * An object is queued at most once per cycle: it is queued only by the thread
//    whose try_mark flipped its mark bit.
//  * Pointer words are read as Go lays them out: 8 bytes, the address zero-extended
//    on wasm32. A word that does not point into an allocated object's slot of an
//    in-use span (nil, a global, a stack, a constant, a type descriptor) is ignored.
//  * Precise everywhere Go memory is described by a bitmap (objects by the type
//    recorded at allocation, frames by their stack maps, globals by their bitmap);
//    conservative only for the few byte blocks the runtime keeps outside Go memory
//    (deferred calls' argument copies), where each aligned word is tried as a pointer.
#pragma once
#include <cstdint>

#include "gc/mgcwork.h"

namespace gs::mem {
class Heap;
}

namespace gs::gc {

// What root enumeration hands to the marker (Go: markroot's callers of scanblock).
class RootScanner {
 public:
  virtual ~RootScanner() = default;
  // One 8-byte Go pointer word at `slot`.
  virtual void pointer_word(const void* slot) = 0;
  // nwords words starting at p; bit i of ptrbits (LSB first) marks word i a pointer.
  virtual void block(const void* p, uint64_t nwords, const uint8_t* ptrbits) = 0;
  // Every 8-byte aligned word of [p, p+bytes) that happens to point into an object.
  virtual void conservative(const void* p, uint64_t bytes) = 0;
  // A heap pointer held by the runtime outside Go memory (a value, not a slot).
  virtual void pointer(uintptr_t p) = 0;
  // Greys what the heap object at p points to, without marking the object itself
  // (Go: markrootSpans for an object with a finalizer — it must stay unmarked so
  // the cycle can tell it became unreachable).
  virtual void object_contents(uintptr_t p) = 0;
};

// One marking thread (Go: a P's gcWork plus the gcDrain loop it runs).
class Marker final : public RootScanner {
 public:
  Marker(mem::Heap& heap, WorkQueue& queue) : heap_(heap), work_(queue) {}

  void pointer_word(const void* slot) override;
  void block(const void* p, uint64_t nwords, const uint8_t* ptrbits) override;
  void conservative(const void* p, uint64_t bytes) override;
  void pointer(uintptr_t p) override { shade(p); }
  void object_contents(uintptr_t p) override { scan_object(p, false); }

  // Go: greyobject via findObject — marks the object containing p and queues it
  // when it has pointers to scan. Returns whether p was in an object.
  bool shade(uintptr_t p);
  // Go: gcDrain — scans grey objects until none is left anywhere.
  void drain();
  // Go: gcDrainN — scans grey objects until about `budget` bytes of objects were
  // scanned or none is left; returns the bytes scanned (0: there was no work).
  uint64_t drain_bounded(uint64_t budget);
  // Hands this marker's buffers back to the shared queue (Go: gcWork.dispose), so
  // other markers (or mark termination) can take the objects still grey in them.
  void dispose() { work_.dispose(); }

  uint64_t bytes_marked() const { return work_.bytes_marked; }
  uint64_t objects_marked() const { return objects_marked_; }
  uint64_t bytes_scanned() const { return work_.heap_scan_work; }
  uint64_t root_bytes_scanned() const { return root_bytes_; }

 private:
  // Go: scanobject (p: any address inside the object). queued: p came off the grey
  // queue (so it turns black: the tri-colour sampler is told, mgcsample.h).
  void scan_object(uintptr_t p, bool queued);

  mem::Heap& heap_;
  GcWork work_;
  uint64_t objects_marked_ = 0;
  uint64_t root_bytes_ = 0;
};

}  // namespace gs::gc
