// mgcsample.h — the GC panel's tri-colour view of marking (issue 5): how many heap
// objects are white, grey and black, and a small sampled object graph whose objects
// are coloured at several points of a cycle, all read from the collector's own state.
//
// What the colours are, here as in mgcmark.h: white = allocated and not marked; grey
// = marked and still queued for scanning; black = marked and scanned (pointer-free
// objects and objects allocated during mark are black as soon as they are marked).
//
//  * Counts: white and marked are counted span by span from the real mark bits
//    (gcmarkBits) and allocation counts; grey is the number of objects in the grey
//    queue (every marker's work buffers and the shared full list), which the work
//    queue counts while a sampled cycle runs (mgcwork.h); black = marked - grey.
//  * Graph: in phase 1 (world stopped, roots just greyed) a bounded sample of objects
//    reachable from the roots is taken, breadth first from the first root pointers,
//    following each object's pointer words as the marker does (mbitmap.h). An object's
//    colour at a point is its mark bit plus whether a marker has finished scanning it
//    (markers report scans of sampled objects through the work queue's watch hook).
//  * Points: one at the start of concurrent mark, a few during it (the mark worker
//    between slices of work, the snapshot path while marking), one when mark
//    termination begins and one when it has drained everything (grey is then 0).
//
// Invariants:
//  * Sampling costs nothing when off. It is on for a cycle when the collector was told
//    to always sample (tests) or an observer asked recently (note_tricolour_observer:
//    the GC panel while it draws); the decision is taken in phase 1 and holds for the
//    whole cycle, so grey counting never starts or stops half way through a cycle.
//  * Bounded work: at most kMaxNodes objects, kMaxRootCandidates roots looked at,
//    kMaxPoints points per cycle. The heap is only read where the collector itself may
//    read it: sample building with the world stopped, mark bits with relaxed atomic
//    loads (objects are not freed before sweep), spans through Heap::find_object.
//  * The node table a marker consults is a fixed array of atomics, written only in
//    phase 1 before any marker runs, so markers never take the sampler's lock.
//  * Heap walks (counts, colours) happen under walk_mu_ and only while the cycle is
//    active, which ends in mark termination before sweeping can free any span.
//  * mu_ guards the cycle records; it is held only to copy or append (never across a
//    heap walk), so copying the view waits for at most a few microseconds.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "gc/mgcmark.h"

namespace gs::mem {
class Heap;
}

namespace gs::gc {

class WorkQueue;

struct TriColourCounts {
  uint64_t white = 0, grey = 0, black = 0;
  uint64_t total() const { return white + grey + black; }
};

enum class TriColour : uint8_t { White = 0, Grey = 1, Black = 2 };
const char* tricolour_name(TriColour c);

// Where in the cycle a point was recorded.
enum class TriColourStage : uint8_t {
  MarkStart = 0,   // phase 1 done: the roots are grey
  Marking,         // during concurrent mark (or between slices of a stop-the-world mark)
  TermStart,       // mark termination began: what the barrier and assists left is grey
  TermEnd,         // mark termination drained everything: no grey object is left
};
const char* tricolour_stage_name(TriColourStage s);

struct TriColourPoint {
  TriColourStage stage = TriColourStage::MarkStart;
  int64_t t_ns = 0;                  // since the run started
  uint64_t scan_work = 0;            // bytes of objects scanned so far this cycle
  TriColourCounts counts;            // the whole heap
  std::vector<TriColour> colours;    // one per sampled node
};

struct SampledObject {
  uintptr_t addr = 0;                // the address a Go pointer to it holds
  uintptr_t base = 0;                // its slot (the malloc header's address, if any)
  uint64_t size = 0;                 // the slot's size (span elemsize)
  int size_class = 0;                // 0: a large object
  bool noscan = false;               // no pointer words: black as soon as marked
  bool root = false;                 // a root points at it
  uint32_t depth = 0;                // hops from the roots (0: a root)
  uint32_t unsampled_edges = 0;      // pointers to heap objects left out of the sample
  std::string type;                  // the recorded type ("" when none is recorded)
};

struct SampledEdge {
  uint32_t from = 0, to = 0;         // node indexes
  uint32_t offset = 0;               // byte offset of the pointer word from `from`'s addr
};

// One cycle as the sampler saw it.
struct TriColourCycle {
  uint32_t cycle = 0;                // 0: none yet
  bool concurrent = false;
  bool complete = false;             // mark termination recorded its last point
  uint64_t roots_seen = 0;           // distinct root objects seen (up to kMaxRootCandidates)
  std::vector<SampledObject> nodes;
  std::vector<SampledEdge> edges;
  std::vector<TriColourPoint> points;
};

// What GcSnapshot carries.
struct TriColourView {
  bool enabled = false;              // the current (or last) cycle was sampled
  TriColourCycle current;            // the cycle marking now (cycle == 0: none)
  TriColourCycle last;               // the last cycle that finished
  TriColourCounts live;              // the latest counts of the current cycle
  int64_t live_t_ns = 0;             // when they were taken (0: none this cycle)
};

// The observer's interest: the GC panel calls this while it draws (any thread);
// cycles starting within the next two seconds are sampled.
void note_tricolour_observer();
bool tricolour_observed_recently();

class TriColourSampler {
 public:
  static constexpr uint32_t kMaxNodes = 48;
  static constexpr uint32_t kMaxRoots = 10;             // roots the search starts from
  static constexpr uint32_t kMaxRootCandidates = 128;   // distinct root objects looked at
  static constexpr uint32_t kMaxPoints = 12;            // per cycle
  static constexpr uint32_t kMaxMarkingPoints = 8;      // of them, during marking

  TriColourSampler(mem::Heap& heap, WorkQueue& queue) : heap_(heap), queue_(queue) {}
  TriColourSampler(const TriColourSampler&) = delete;
  TriColourSampler& operator=(const TriColourSampler&) = delete;

  void set_always(bool on) { always_.store(on, std::memory_order_relaxed); }

  // Phase 1, world stopped, before the roots are marked: decides whether this cycle
  // is sampled; if so turns on grey counting and returns true. The root scanner
  // wrapper (RootTap) then reports root pointers.
  bool begin_cycle(uint32_t num, bool concurrent);
  bool active() const { return active_.load(std::memory_order_acquire); }
  // Phase 1, world stopped, after the roots are greyed and disposed: builds the sample
  // and records the MarkStart point.
  void roots_done(int64_t now_ns, uint64_t scan_work);
  // Any thread during marking: records a Marking point if the budget allows.
  void mark_point(int64_t now_ns, uint64_t scan_work);
  // Mark termination, world stopped.
  void term_start(int64_t now_ns, uint64_t scan_work);
  void term_end(int64_t now_ns, uint64_t scan_work);  // also ends the cycle
  // The stop-the-world path when no worker could be started: the cycle's points
  // become MarkStart and TermEnd only unless the caller drains in slices.
  void set_concurrent(bool c);
  // A marker finished scanning the object at base (called through the work queue's
  // watch hook, from any marking thread, only while active).
  void scanned(uintptr_t base);
  // Root pointer values seen by the RootTap.
  void root_pointer(uintptr_t p);

  void copy_view(TriColourView* out);

 private:
  // Counts over the whole heap now; walk_mu_ held and the cycle active.
  TriColourCounts count_now() const;
  // drained: nothing is queued any more, so marked means black.
  TriColour colour_of(const SampledObject& n, uint32_t index, bool drained) const;
  void record(TriColourStage stage, int64_t now_ns, uint64_t scan_work);
  void build_sample();

  mem::Heap& heap_;
  WorkQueue& queue_;
  std::atomic<bool> always_{false};
  std::atomic<bool> active_{false};

  // Written in phase 1 only (world stopped, no marker running).
  std::vector<uintptr_t> root_candidates_;
  // The node table markers consult, sorted by base: fixed atomics (see invariants).
  std::atomic<uint32_t> nnodes_{0};
  std::atomic<uintptr_t> sorted_base_[kMaxNodes] = {};
  std::atomic<uint8_t> sorted_node_[kMaxNodes] = {};
  std::atomic<uint8_t> scanned_[kMaxNodes] = {};
  std::atomic<uint32_t> marking_points_{0};  // Marking points taken (reserved) this cycle

  // Held across every heap walk (counts, colours), which runs only while active_:
  // term_end clears active_ under it, so once mark termination has recorded its last
  // point no walk is under way or can start, and sweeping may free spans.
  std::mutex walk_mu_;
  mutable std::mutex mu_;
  TriColourCycle current_;
  TriColourCycle last_;
  TriColourCounts live_;
  int64_t live_t_ns_ = 0;
};

// Forwards root enumeration to the Marker and shows the sampler each root pointer
// (phase 1 only; the world is stopped, so reading root slots is plain).
class RootTap final : public RootScanner {
 public:
  RootTap(RootScanner& inner, TriColourSampler& sampler) : inner_(inner), sampler_(sampler) {}
  void pointer_word(const void* slot) override;
  void block(const void* p, uint64_t nwords, const uint8_t* ptrbits) override;
  void conservative(const void* p, uint64_t bytes) override;
  void pointer(uintptr_t p) override;
  void object_contents(uintptr_t p) override { inner_.object_contents(p); }

 private:
  RootScanner& inner_;
  TriColourSampler& sampler_;
};

}  // namespace gs::gc
