// mgcsample.cpp — the tri-colour counts and the sampled object graph of a cycle.
// See mgcsample.h for what the colours mean and the invariants kept.
#include "gc/mgcsample.h"

#include <algorithm>
#include <cstring>

#include "gc/mgcwork.h"
#include "mem/malloc.h"
#include "mem/mbitmap.h"
#include "mem/mheap.h"
#include "os/note.h"
#include "types/type.h"

namespace gs::gc {

namespace {

constexpr int64_t kObserverWindowNs = 2'000'000'000;  // an observer's interest lasts this long
constexpr uint64_t kMaxScanBytesPerObject = 4096;     // pointer words of one sampled object looked at
constexpr size_t kMaxEdges = 4 * TriColourSampler::kMaxNodes;
constexpr int64_t kLiveEveryNs = 10'000'000;          // live counts at most this often

std::atomic<int64_t> g_observed_until{0};

// A Go pointer word (see mgcmark.cpp's load_pointer_word: the same read, for the same
// reason — a root slot or heap word another thread may own; here the world is stopped).
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("thread"), noinline))
#endif
uintptr_t read_word(const void* slot) {
  uint64_t w;
  std::memcpy(&w, slot, sizeof w);
  if (w > UINTPTR_MAX) return 0;
  return static_cast<uintptr_t>(w);
}

// The address a Go pointer to the object holds.
uintptr_t user_addr(const mem::ObjectRef& o) {
  return o.base + (o.span->has_header() ? static_cast<uintptr_t>(mem::kMallocHeaderSize) : 0);
}

const types::Type* recorded_type(const mem::ObjectRef& o) {
  const mem::MSpan* s = o.span;
  if (s->noscan()) return nullptr;
  if (s->size_class() == 0) return __atomic_load_n(&s->large_type, __ATOMIC_ACQUIRE);
  if (s->has_header()) return mem::read_malloc_header(o.base);
  return nullptr;  // heap bits only: the type is not recorded (as in Go)
}

// mem::for_each_pointer_word, but looking at no more than `limit` bytes of the object.
template <class F>
void for_each_pointer_word_bounded(const mem::ObjectRef& obj, uint64_t limit, F&& f) {
  const mem::MSpan* s = obj.span;
  if (s->noscan()) return;
  if (s->has_heap_bits()) {
    mem::for_each_pointer_word(obj, f);  // at most 512 bytes
    return;
  }
  uintptr_t addr = obj.base;
  uint64_t len = s->elemsize;
  if (s->has_header()) {
    addr += static_cast<uintptr_t>(mem::kMallocHeaderSize);
    len -= mem::kMallocHeaderSize;
  }
  mem::for_each_typed_pointer_word(addr, std::min(len, limit), recorded_type(obj), f);
}

uint64_t popcount_marks(const mem::MSpan* s) {
  uint64_t n = 0;
  const uint32_t words = s->bit_words;
  for (uint32_t w = 0; w < words; w++) {
    uint64_t v = __atomic_load_n(&s->gcmark_bits[w], __ATOMIC_RELAXED);
    if (w + 1 == words && s->nelems % 64 != 0) v &= (uint64_t{1} << (s->nelems % 64)) - 1;
    n += static_cast<uint64_t>(__builtin_popcountll(v));
  }
  return n;
}

}  // namespace

const char* tricolour_name(TriColour c) {
  switch (c) {
    case TriColour::White: return "white";
    case TriColour::Grey: return "grey";
    case TriColour::Black: return "black";
  }
  return "?";
}

const char* tricolour_stage_name(TriColourStage s) {
  switch (s) {
    case TriColourStage::MarkStart: return "mark start";
    case TriColourStage::Marking: return "marking";
    case TriColourStage::TermStart: return "mark termination";
    case TriColourStage::TermEnd: return "mark done";
  }
  return "?";
}

void note_tricolour_observer() {
  g_observed_until.store(os::nanotime() + kObserverWindowNs, std::memory_order_relaxed);
}

bool tricolour_observed_recently() {
  return os::nanotime() < g_observed_until.load(std::memory_order_relaxed);
}

// ---- RootTap ----

void RootTap::pointer_word(const void* slot) {
  inner_.pointer_word(slot);
  if (sampler_.active()) sampler_.root_pointer(read_word(slot));
}

void RootTap::block(const void* p, uint64_t nwords, const uint8_t* ptrbits) {
  inner_.block(p, nwords, ptrbits);
  if (!sampler_.active() || ptrbits == nullptr) return;
  const auto* words = static_cast<const uint8_t*>(p);
  for (uint64_t i = 0; i < nwords; i++)
    if ((ptrbits[i / 8] >> (i % 8)) & 1) sampler_.root_pointer(read_word(words + 8 * i));
}

void RootTap::conservative(const void* p, uint64_t bytes) {
  inner_.conservative(p, bytes);
  if (!sampler_.active()) return;
  auto a = reinterpret_cast<uintptr_t>(p);
  const uintptr_t end = a + static_cast<uintptr_t>(bytes);
  a = (a + 7) & ~static_cast<uintptr_t>(7);
  for (; a + 8 <= end; a += 8) sampler_.root_pointer(read_word(reinterpret_cast<const void*>(a)));
}

void RootTap::pointer(uintptr_t p) {
  inner_.pointer(p);
  if (sampler_.active()) sampler_.root_pointer(p);
}

// ---- TriColourSampler ----

bool TriColourSampler::begin_cycle(uint32_t num, bool concurrent) {
  const bool on = always_.load(std::memory_order_relaxed) || tricolour_observed_recently();
  root_candidates_.clear();
  nnodes_.store(0, std::memory_order_relaxed);
  marking_points_.store(0, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (current_.cycle != 0) {
      // A cycle that never reached its last point (the run ended while marking).
      last_ = std::move(current_);
    }
    current_ = TriColourCycle{};
    if (on) {
      current_.cycle = num;
      current_.concurrent = concurrent;
    }
    live_ = TriColourCounts{};
    live_t_ns_ = 0;
  }
  queue_.set_counting(on, this);
  active_.store(on, std::memory_order_release);
  return on;
}

void TriColourSampler::set_concurrent(bool c) {
  std::lock_guard<std::mutex> lock(mu_);
  current_.concurrent = c;
}

void TriColourSampler::root_pointer(uintptr_t p) {
  if (p == 0 || root_candidates_.size() >= kMaxRootCandidates) return;
  mem::ObjectRef o;
  if (!heap_.find_object(p, &o)) return;
  if (std::find(root_candidates_.begin(), root_candidates_.end(), o.base) != root_candidates_.end()) return;
  root_candidates_.push_back(o.base);
}

void TriColourSampler::build_sample() {
  std::vector<SampledObject> nodes;
  std::vector<SampledEdge> edges;
  auto index_of = [&nodes](uintptr_t base) -> int {
    for (size_t i = 0; i < nodes.size(); i++)
      if (nodes[i].base == base) return static_cast<int>(i);
    return -1;
  };
  auto add = [&nodes](const mem::ObjectRef& o, uint32_t depth) {
    SampledObject n;
    n.base = o.base;
    n.addr = user_addr(o);
    n.size = o.size;
    n.size_class = o.span->size_class();
    n.noscan = o.span->noscan();
    n.depth = depth;
    if (const types::Type* t = recorded_type(o)) n.type = t->str;
    nodes.push_back(std::move(n));
  };
  // The roots the search starts from: objects with pointers first (they lead
  // somewhere), then pointer-free ones, in the order the roots reported them.
  std::vector<mem::ObjectRef> scan_roots, leaf_roots;
  for (uintptr_t base : root_candidates_) {
    mem::ObjectRef o;
    if (!heap_.find_object(base, &o) && !heap_.find_object(base + mem::kMallocHeaderSize, &o)) continue;
    (o.span->noscan() ? leaf_roots : scan_roots).push_back(o);
  }
  for (const auto* list : {&scan_roots, &leaf_roots})
    for (const mem::ObjectRef& o : *list)
      if (nodes.size() < kMaxRoots && nodes.size() < kMaxNodes) add(o, 0);
  // Breadth first along pointer words.
  for (size_t i = 0; i < nodes.size(); i++) {
    if (nodes[i].noscan) continue;
    mem::ObjectRef o;
    if (!heap_.find_object(nodes[i].addr, &o)) continue;
    const uintptr_t from_addr = nodes[i].addr;
    const uint32_t depth = nodes[i].depth;
    uint32_t unsampled = 0;
    for_each_pointer_word_bounded(o, kMaxScanBytesPerObject, [&](uintptr_t slot) {
      mem::ObjectRef t;
      if (!heap_.find_object(read_word(reinterpret_cast<const void*>(slot)), &t)) return;
      int to = index_of(t.base);
      if (to < 0) {
        if (nodes.size() >= kMaxNodes || edges.size() >= kMaxEdges) {
          unsampled++;
          return;
        }
        add(t, depth + 1);
        to = static_cast<int>(nodes.size() - 1);
      }
      if (edges.size() >= kMaxEdges) {
        unsampled++;
        return;
      }
      edges.push_back(SampledEdge{static_cast<uint32_t>(i), static_cast<uint32_t>(to),
                                  static_cast<uint32_t>(slot - from_addr)});
    });
    nodes[i].unsampled_edges = unsampled;
  }
  for (SampledObject& n : nodes)
    if (std::find(root_candidates_.begin(), root_candidates_.end(), n.base) != root_candidates_.end()) n.root = true;

  // The table markers consult: bases sorted, each with its node index.
  std::vector<uint32_t> order(nodes.size());
  for (uint32_t i = 0; i < order.size(); i++) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return nodes[a].base < nodes[b].base; });
  for (uint32_t k = 0; k < order.size(); k++) {
    sorted_base_[k].store(nodes[order[k]].base, std::memory_order_relaxed);
    sorted_node_[k].store(static_cast<uint8_t>(order[k]), std::memory_order_relaxed);
    scanned_[k].store(0, std::memory_order_relaxed);
  }
  nnodes_.store(static_cast<uint32_t>(nodes.size()), std::memory_order_release);

  std::lock_guard<std::mutex> lock(mu_);
  current_.roots_seen = root_candidates_.size();
  current_.nodes = std::move(nodes);
  current_.edges = std::move(edges);
}

void TriColourSampler::scanned(uintptr_t base) {
  const uint32_t n = nnodes_.load(std::memory_order_acquire);
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    uintptr_t b = sorted_base_[mid].load(std::memory_order_relaxed);
    if (b == base) {
      scanned_[sorted_node_[mid].load(std::memory_order_relaxed)].store(1, std::memory_order_relaxed);
      return;
    }
    if (b < base) lo = mid + 1;
    else hi = mid;
  }
}

TriColour TriColourSampler::colour_of(const SampledObject& n, uint32_t index, bool drained) const {
  mem::ObjectRef o;
  if (!heap_.find_object(n.addr, &o) || o.base != n.base || !o.is_marked()) return TriColour::White;
  if (drained || n.noscan || scanned_[index].load(std::memory_order_relaxed) != 0) return TriColour::Black;
  return TriColour::Grey;
}

TriColourCounts TriColourSampler::count_now() const {
  mem::AllocSnapshot a;
  heap_.snapshot(&a);
  uint64_t white = 0, marked = 0;
  for (const mem::AllocSnapshot::ArenaInfo& arena : a.arenas) {
    for (size_t p = 0; p < arena.pages.size(); p++) {
      const auto st = static_cast<mem::PageState>(arena.pages[p]);
      if (st != mem::PageState::Small && st != mem::PageState::Large) continue;
      const uintptr_t addr = arena.base + static_cast<uintptr_t>(p * mem::kPageSize);
      mem::ObjectRef o;
      if (!heap_.find_object(addr, &o) && !heap_.find_object(addr + mem::kMallocHeaderSize, &o)) continue;
      const mem::MSpan* s = o.span;
      if (s->start != addr) continue;  // not the span's first page
      const uint64_t m = popcount_marks(s);
      const uint64_t allocated = s->load_alloc_count();
      marked += m;
      if (allocated > m) white += allocated - m;
      p += static_cast<size_t>(s->npages - 1);
    }
  }
  TriColourCounts c;
  const int64_t grey = queue_.counting() ? queue_.grey() : 0;
  c.white = white;
  c.grey = grey > 0 ? std::min<uint64_t>(static_cast<uint64_t>(grey), marked) : 0;
  c.black = marked - c.grey;
  return c;
}

void TriColourSampler::record(TriColourStage stage, int64_t now_ns, uint64_t scan_work) {
  std::lock_guard<std::mutex> walk(walk_mu_);
  if (!active()) return;  // the cycle ended while this caller was on its way
  TriColourPoint pt;
  pt.stage = stage;
  pt.t_ns = now_ns;
  pt.scan_work = scan_work;
  pt.counts = count_now();
  const bool drained = stage == TriColourStage::TermEnd;
  if (drained) {
    // Nothing is queued any more: every marked object is black.
    pt.counts.black += pt.counts.grey;
    pt.counts.grey = 0;
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (current_.cycle == 0 || current_.points.size() >= kMaxPoints) return;
  pt.colours.reserve(current_.nodes.size());
  for (uint32_t i = 0; i < current_.nodes.size(); i++) pt.colours.push_back(colour_of(current_.nodes[i], i, drained));
  live_ = pt.counts;
  live_t_ns_ = now_ns;
  current_.points.push_back(std::move(pt));
}

void TriColourSampler::roots_done(int64_t now_ns, uint64_t scan_work) {
  if (!active()) return;
  build_sample();
  record(TriColourStage::MarkStart, now_ns, scan_work);
}

void TriColourSampler::mark_point(int64_t now_ns, uint64_t scan_work) {
  if (!active()) return;
  {
    // Not before the cycle's first point (the snapshot path may call while phase 1
    // is still greying the roots).
    std::lock_guard<std::mutex> lock(mu_);
    if (current_.points.empty()) return;
  }
  if (marking_points_.fetch_add(1, std::memory_order_relaxed) < kMaxMarkingPoints) {
    record(TriColourStage::Marking, now_ns, scan_work);
    return;
  }
  // Out of points for this cycle: keep the live counts fresh, no more often than
  // every kLiveEveryNs.
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (live_t_ns_ != 0 && now_ns - live_t_ns_ < kLiveEveryNs) return;
    live_t_ns_ = now_ns;
  }
  std::lock_guard<std::mutex> walk(walk_mu_);
  if (!active()) return;
  TriColourCounts c = count_now();
  std::lock_guard<std::mutex> lock(mu_);
  live_ = c;
}

void TriColourSampler::term_start(int64_t now_ns, uint64_t scan_work) {
  if (!active()) return;
  record(TriColourStage::TermStart, now_ns, scan_work);
}

void TriColourSampler::term_end(int64_t now_ns, uint64_t scan_work) {
  if (!active()) return;
  record(TriColourStage::TermEnd, now_ns, scan_work);
  {
    std::lock_guard<std::mutex> walk(walk_mu_);  // waits for a walk another thread is in
    active_.store(false, std::memory_order_release);
  }
  queue_.set_counting(false, nullptr);
  nnodes_.store(0, std::memory_order_release);
  std::lock_guard<std::mutex> lock(mu_);
  current_.complete = true;
  last_ = std::move(current_);
  current_ = TriColourCycle{};
}

void TriColourSampler::copy_view(TriColourView* out) {
  std::lock_guard<std::mutex> lock(mu_);
  out->enabled = active() || last_.cycle != 0;
  out->current = current_;
  out->last = last_;
  out->live = live_;
  out->live_t_ns = live_t_ns_;
}

}  // namespace gs::gc
