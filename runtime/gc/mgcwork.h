// mgcwork.h — the collector's queue of grey objects (Go: runtime/mgcwork.go).
//
// A grey object is one that is marked but whose pointers have not been scanned yet.
// Grey objects travel in fixed-size work buffers: each marking thread (Go: each P)
// has a GcWork holding two buffers it pushes to and pops from without any lock, and
// full and empty buffers are exchanged through the WorkQueue shared by all marking
// threads (Go: work.full and work.empty). Two local buffers, as Go keeps, mean a
// thread alternating push and pop at a buffer boundary does not hit the shared lock
// on every object.
//
// Invariants:
//  * Every grey object is in exactly one buffer: a GcWork's wbuf1/wbuf2 or a buffer on
//    the WorkQueue's full list. Marking is complete when every GcWork is empty and
//    the full list is empty (Go: gcMarkDone's check that no work is left).
//  * A buffer is owned by one GcWork at a time; only the WorkQueue's lists are shared.
//  * While counting() (a cycle the GC panel samples, mgcsample.h), grey() is the number
//    of objects put and not yet scanned: every put adds one, and a marker subtracts
//    one when it has scanned an object it took (Marker::drain*). Counting is switched
//    only with the world stopped and no marker running, so it covers whole cycles.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace gs::gc {

class TriColourSampler;

// Go: workbuf — 2048 bytes: a small header and 253 object addresses.
struct Workbuf {
  static constexpr int kCapacity = 253;
  Workbuf* next = nullptr;
  uint32_t nobj = 0;
  uintptr_t obj[kCapacity];
};

// Go: work.full / work.empty and getempty/putfull/trygetfull.
class WorkQueue {
 public:
  WorkQueue() = default;
  ~WorkQueue();
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;

  Workbuf* get_empty();          // never nullptr
  void put_empty(Workbuf* b);
  void put_full(Workbuf* b);
  Workbuf* try_get_full();       // nullptr when no full buffer is queued
  bool has_full() const;
  uint64_t buffers_allocated() const;

  // Tri-colour sampling hooks (see the invariants above).
  void set_counting(bool on, TriColourSampler* watch) {
    grey_.store(0, std::memory_order_relaxed);
    watch_.store(on ? watch : nullptr, std::memory_order_release);
    counting_.store(on, std::memory_order_release);
  }
  bool counting() const { return counting_.load(std::memory_order_relaxed); }
  void add_grey(int64_t n) { grey_.fetch_add(n, std::memory_order_relaxed); }
  int64_t grey() const { return grey_.load(std::memory_order_relaxed); }
  TriColourSampler* watch() const { return watch_.load(std::memory_order_acquire); }

 private:
  std::atomic<bool> counting_{false};
  std::atomic<int64_t> grey_{0};
  std::atomic<TriColourSampler*> watch_{nullptr};
  mutable std::mutex mu_;
  Workbuf* full_ = nullptr;
  Workbuf* empty_ = nullptr;
  uint64_t nfull_ = 0;
  std::vector<Workbuf*> owned_;  // every buffer ever made, freed with the queue
};

// Go: gcWork — one marking thread's view of the grey set.
class GcWork {
 public:
  explicit GcWork(WorkQueue& queue) : queue_(queue) {}
  ~GcWork() { dispose(); }
  GcWork(const GcWork&) = delete;
  GcWork& operator=(const GcWork&) = delete;

  // Go: gcWork.put — queues a grey object.
  void put(uintptr_t obj);
  // Go: gcWork.tryGet — a grey object to scan, or 0 when this thread and the shared
  // queue have none.
  uintptr_t try_get();
  // Go: gcWork.dispose — hands local buffers back to the queue (full ones stay work).
  void dispose();
  bool empty() const;
  WorkQueue& queue() const { return queue_; }

  uint64_t bytes_marked = 0;   // Go: gcWork.bytesMarked
  uint64_t heap_scan_work = 0; // Go: gcWork.heapScanWork — bytes of objects scanned

 private:
  WorkQueue& queue_;
  Workbuf* wbuf1_ = nullptr;  // pushed to and popped from first
  Workbuf* wbuf2_ = nullptr;  // the spare, swapped in when wbuf1 fills or empties
};

}  // namespace gs::gc
