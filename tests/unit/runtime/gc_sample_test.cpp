// gc_sample_test.cpp — the GC panel's tri-colour view (gc/mgcsample.h) over the real
// allocator and collector: a known object graph is built, a cycle runs, and the
// sample must match the real pointers, the colours must end black for everything
// reachable, and the counts must move from white through grey to black.
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gc/gcenv.h"
#include "gc/mgc.h"
#include "gc_test_util.h"
#include "gc/mgcsample.h"
#include "mem/malloc.h"
#include "mem/mbarrier.h"
#include "mem/mheap.h"
#include "types/type.h"

using namespace gs;

namespace {

types::Type struct_type(uint64_t size, uint64_t ptrdata, uint8_t bits, const char* name) {
  types::Type t;
  t.size = size;
  t.ptrdata = ptrdata;
  t.align = t.field_align = 8;
  t.kind = types::Kind::Struct;
  t.gcdata = {bits};
  t.str = name;
  return t;
}

// Tree{left, right *Tree; v int} and Node{next *Node; v int}.
struct Tree {
  uint64_t left, right, v;
};
struct Node {
  uint64_t next, v;
};

class StoppedWorld : public gc::World {
 public:
  bool stop_the_world() override { return true; }
  void start_the_world() override {}
  int gomaxprocs() override { return 1; }
  bool spawn(void (*)(void*), void*) override { return false; }
  void request_safe_points() override {}
};

// Spawned jobs wait until the test releases them (see gc_test.cpp's DeferredWorld).
class DeferredWorld : public gc::World {
 public:
  ~DeferredWorld() { join(); }
  bool stop_the_world() override { return true; }
  void start_the_world() override {}
  int gomaxprocs() override { return 1; }
  bool spawn(void (*fn)(void*), void* arg) override {
    if (released) threads.emplace_back(fn, arg);
    else pending.push_back({fn, arg});
    return true;
  }
  void request_safe_points() override { safe_point_requests++; }
  void run_spawned() {
    released = true;
    for (auto& job : pending) threads.emplace_back(job.first, job.second);
    pending.clear();
  }
  void join() {
    for (auto& t : threads) t.join();
    threads.clear();
  }
  std::vector<std::pair<void (*)(void*), void*>> pending;
  std::vector<std::thread> threads;
  bool released = false;
  std::atomic<int> safe_point_requests{0};
};

class Roots : public gc::RootSource {
 public:
  std::vector<uint64_t> words;
  gc::RootSizes mark_roots(gc::RootScanner& s) override {
    for (uint64_t& w : words) s.pointer_word(&w);
    gc::RootSizes sizes;
    sizes.globals_bytes = words.size() * 8;
    return sizes;
  }
  void after_mark(const std::function<bool(const void*)>&) override {}
};

struct Fixture {
  mem::Heap heap;
  mem::BindHeap bind{&heap};
  StoppedWorld world;
  DeferredWorld deferred;
  Roots roots;
  gc::GcEnv env;
  std::unique_ptr<gc::Collector> gc;
  types::Type tree_type = struct_type(24, 16, 0b11, "main.Tree");
  types::Type node_type = struct_type(16, 8, 0b1, "main.Node");
  types::Type ptr_type;

  explicit Fixture(bool concurrent = false, int32_t gogc = 100) {
    env.gogc = gogc;
    ptr_type.size = 8;
    ptr_type.ptrdata = 8;
    ptr_type.align = ptr_type.field_align = 8;
    ptr_type.kind = types::Kind::Pointer;
    ptr_type.gcdata = {1};
    ptr_type.str = "*main.Tree";
    gc = std::make_unique<gc::Collector>(heap, concurrent ? static_cast<gc::World&>(deferred) : world, roots, env,
                                         nullptr);
  }
  ~Fixture() {
    deferred.run_spawned();
    gc.reset();
    deferred.join();
  }

  uint64_t tree(int depth, uint64_t* count) {
    if (depth == 0) return 0;
    auto* t = static_cast<Tree*>(mem::mallocgc(sizeof(Tree), &tree_type, true));
    REQUIRE(t != nullptr);
    ++*count;
    t->left = tree(depth - 1, count);
    t->right = tree(depth - 1, count);
    t->v = static_cast<uint64_t>(depth);
    return types::word_from_ptr(t);
  }
  uint64_t list(int n) {
    uint64_t head = 0;
    for (int i = 0; i < n; i++) {
      auto* nd = static_cast<Node*>(mem::mallocgc(sizeof(Node), &node_type, true));
      REQUIRE(nd != nullptr);
      nd->next = head;
      nd->v = static_cast<uint64_t>(i);
      head = types::word_from_ptr(nd);
    }
    return head;
  }
};

uint64_t word_at(uintptr_t addr) {
  uint64_t w;
  std::memcpy(&w, reinterpret_cast<const void*>(addr), sizeof w);
  return w;
}

// Every edge is a real pointer word; every pointer word of a sampled object is an
// edge or counted as leaving the sample.
void check_edges_match_memory(const gc::TriColourCycle& c, const std::map<uintptr_t, int>& ptr_words_of) {
  std::map<uint32_t, uint32_t> out;
  for (const gc::SampledEdge& e : c.edges) {
    REQUIRE(e.from < c.nodes.size());
    REQUIRE(e.to < c.nodes.size());
    CHECK(word_at(c.nodes[e.from].addr + e.offset) == c.nodes[e.to].addr);
    out[e.from]++;
  }
  for (uint32_t i = 0; i < c.nodes.size(); i++) {
    auto it = ptr_words_of.find(c.nodes[i].addr);
    if (it == ptr_words_of.end()) continue;
    CAPTURE(i);
    CHECK(out[i] + c.nodes[i].unsampled_edges == static_cast<uint32_t>(it->second));
  }
}

// The non-nil pointer fields of every object of the graph, by address.
void count_tree_words(uint64_t t, std::map<uintptr_t, int>* m) {
  if (t == 0) return;
  auto* p = static_cast<Tree*>(types::ptr_from_word(t));
  (*m)[reinterpret_cast<uintptr_t>(p)] = (p->left != 0) + (p->right != 0);
  count_tree_words(p->left, m);
  count_tree_words(p->right, m);
}

}  // namespace

TEST_CASE("gc sample: a stop-the-world cycle's sample matches the heap and its colours move white to black") {
  Fixture f;
  f.gc->set_tricolour_sampling(true);
  uint64_t tree_objects = 0;
  const uint64_t tree = f.tree(4, &tree_objects);  // 15 objects
  REQUIRE(tree_objects == 15);
  const uint64_t list = f.list(2000);
  void* blob = mem::mallocgc(200, nullptr, true);  // pointer-free
  REQUIRE(blob != nullptr);
  // [70]*Tree: 560 bytes, so it carries a malloc header with its type.
  auto* arr = static_cast<uint64_t*>(mem::newarray(&f.ptr_type, 70));
  REQUIRE(arr != nullptr);
  arr[0] = tree;
  arr[5] = static_cast<Tree*>(types::ptr_from_word(tree))->right;
  (void)f.list(1000);  // garbage
  f.roots.words = {tree, list, types::word_from_ptr(blob), types::word_from_ptr(arr)};

  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  const gc::TriColourView& v = snap.tricolour;
  CHECK(v.enabled);
  CHECK(v.current.cycle == 0);  // nothing marking now
  const gc::TriColourCycle& c = v.last;
  CHECK(c.cycle == 1);
  CHECK(c.complete);
  CHECK_FALSE(c.concurrent);
  CHECK(c.roots_seen == 4);
  REQUIRE(c.nodes.size() == gc::TriColourSampler::kMaxNodes);

  // The roots: exactly the four objects the root words point at, at depth 0.
  std::set<uintptr_t> root_addrs;
  for (uint64_t w : f.roots.words) root_addrs.insert(static_cast<uintptr_t>(w));
  std::set<uintptr_t> sampled_roots;
  std::map<uintptr_t, const gc::SampledObject*> by_addr;
  for (const gc::SampledObject& n : c.nodes) {
    by_addr[n.addr] = &n;
    if (n.root) {
      sampled_roots.insert(n.addr);
      CHECK(n.depth == 0);
    }
  }
  CHECK(sampled_roots == root_addrs);
  // What is known about each root object.
  const gc::SampledObject* a = by_addr.at(reinterpret_cast<uintptr_t>(arr));
  CHECK(a->type == "*main.Tree");  // recorded in its malloc header
  CHECK(a->size > 560);
  CHECK(a->base + 8 == a->addr);
  const gc::SampledObject* b = by_addr.at(reinterpret_cast<uintptr_t>(blob));
  CHECK(b->noscan);
  CHECK(b->type.empty());
  CHECK(by_addr.at(static_cast<uintptr_t>(tree))->size == 24);  // a 24-byte size class

  // All 15 tree objects are in the sample (breadth first reaches them before the
  // list's 2000 objects run the sample out); the list is cut off somewhere.
  std::map<uintptr_t, int> words;
  count_tree_words(tree, &words);
  for (auto& [addr, n] : words) CHECK(by_addr.count(addr) == 1);
  uint64_t p = list;
  int list_sampled = 0;
  for (int i = 0; i < 2000 && p != 0; i++) {
    auto* nd = static_cast<Node*>(types::ptr_from_word(p));
    words[reinterpret_cast<uintptr_t>(nd)] = nd->next != 0;
    if (by_addr.count(reinterpret_cast<uintptr_t>(nd))) list_sampled++;
    p = nd->next;
  }
  CHECK(list_sampled > 10);
  CHECK(list_sampled < 2000);
  words[reinterpret_cast<uintptr_t>(arr)] = 2;
  check_edges_match_memory(c, words);
  bool cut = false;
  for (const gc::SampledObject& n : c.nodes) cut |= n.unsampled_edges != 0;
  CHECK(cut);

  // Points: mark start, several while marking, termination start and end.
  REQUIRE(c.points.size() >= 4);
  CHECK(c.points.front().stage == gc::TriColourStage::MarkStart);
  CHECK(c.points.back().stage == gc::TriColourStage::TermEnd);
  CHECK(c.points[c.points.size() - 2].stage == gc::TriColourStage::TermStart);
  int marking = 0;
  for (const auto& pt : c.points) marking += pt.stage == gc::TriColourStage::Marking;
  CHECK(marking >= 2);
  const uint64_t live = 15 + 2000 + 1 + 1;
  const uint64_t garbage = 1000;
  // Mark start: the three roots with pointers are grey, the pointer-free one black.
  const gc::TriColourPoint& first = c.points.front();
  CHECK(first.counts.grey == 3);
  CHECK(first.counts.black == 1);
  CHECK(first.counts.white == live + garbage - 4);
  for (size_t i = 0; i < c.nodes.size(); i++) {
    CAPTURE(i);
    gc::TriColour want = !c.nodes[i].root ? gc::TriColour::White
                         : c.nodes[i].noscan ? gc::TriColour::Black : gc::TriColour::Grey;
    CHECK(first.colours[i] == want);
  }
  // The end: everything reachable black, the garbage white, nothing grey.
  const gc::TriColourPoint& last = c.points.back();
  CHECK(last.counts.grey == 0);
  CHECK(last.counts.black == live);
  CHECK(last.counts.white == garbage);
  for (gc::TriColour col : last.colours) CHECK(col == gc::TriColour::Black);
  // In between, white only falls and black only rises (nothing allocates here).
  for (size_t i = 1; i < c.points.size(); i++) {
    CAPTURE(i);
    CHECK(c.points[i].counts.white <= c.points[i - 1].counts.white);
    CHECK(c.points[i].counts.black >= c.points[i - 1].counts.black);
    CHECK(c.points[i].counts.total() == live + garbage);
    CHECK(c.points[i].scan_work >= c.points[i - 1].scan_work);
    CHECK(c.points[i].colours.size() == c.nodes.size());
  }
  CHECK(c.points[1].counts.white < first.counts.white);
}

TEST_CASE("gc sample: between slices of marking, a scanned array is black and what it points at grey") {
  // root -> [4000]*Node, each Node -> another Node. The marker scans the array first
  // (one slice's worth of work), greying its 4000 elements; it takes grey objects
  // last-in first-out, so the first elements — the ones the sample holds — are still
  // grey at the next point, then black at the end.
  Fixture f;
  f.gc->set_tricolour_sampling(true);
  types::Type node_ptr;
  node_ptr.size = node_ptr.ptrdata = 8;
  node_ptr.align = node_ptr.field_align = 8;
  node_ptr.kind = types::Kind::Pointer;
  node_ptr.gcdata = {1};
  node_ptr.str = "*main.Node";
  auto* arr = static_cast<uint64_t*>(mem::newarray(&node_ptr, 4000));
  REQUIRE(arr != nullptr);
  for (int i = 0; i < 4000; i++) arr[i] = f.list(2);
  f.roots.words = {types::word_from_ptr(arr)};
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  const gc::TriColourCycle& c = snap.tricolour.last;
  REQUIRE(c.nodes.size() == gc::TriColourSampler::kMaxNodes);
  CHECK(c.nodes[0].addr == reinterpret_cast<uintptr_t>(arr));
  CHECK(c.nodes[0].type == "*main.Node");
  CHECK(c.nodes[0].unsampled_edges > 0);
  REQUIRE(c.points.size() >= 4);
  const gc::TriColourPoint& first = c.points[0];
  const gc::TriColourPoint& second = c.points[1];
  CHECK(second.stage == gc::TriColourStage::Marking);
  CHECK(first.colours[0] == gc::TriColour::Grey);
  CHECK(second.colours[0] == gc::TriColour::Black);
  for (size_t i = 1; i < c.nodes.size(); i++) {
    CAPTURE(i);
    CHECK(c.nodes[i].depth == 1);
    CHECK(first.colours[i] == gc::TriColour::White);
    CHECK(second.colours[i] == gc::TriColour::Grey);
    CHECK(c.points.back().colours[i] == gc::TriColour::Black);
  }
  CHECK(second.counts.grey >= 4000 - 1);
  CHECK(c.points.back().counts.black == 1 + 8000);
  CHECK(c.points.back().counts.white == 0);
}

TEST_CASE("gc sample: off unless asked, and an observer's interest turns it on") {
  Fixture f;
  f.roots.words = {f.list(10)};
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  if (!gc::tricolour_observed_recently()) {
    CHECK_FALSE(snap.tricolour.enabled);
    CHECK(snap.tricolour.last.cycle == 0);
  }
  gc::note_tricolour_observer();
  CHECK(gc::tricolour_observed_recently());
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  gc::GcSnapshot snap2;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap2));
  CHECK(snap2.tricolour.enabled);
  CHECK(snap2.tricolour.last.cycle == 2);
  CHECK(snap2.tricolour.last.nodes.size() == 10);
  CHECK(snap2.tricolour.last.edges.size() == 9);
  CHECK(snap2.tricolour.last.points.back().counts.grey == 0);
}

TEST_CASE("gc sample: a concurrent cycle, with the barrier and allocation while marking") {
  Fixture f(/*concurrent=*/true, /*gogc=*/1);
  f.gc->set_tricolour_sampling(true);
  const uint64_t head = f.list(30);
  f.roots.words = {head};
  for (int i = 0; i < 200 && !f.gc->wanted(); i++) (void)f.list(100);
  REQUIRE(f.gc->wanted());
  REQUIRE(f.gc->maybe_collect() == gc::Collector::Result::Done);
  REQUIRE(f.gc->phase() == gc::GcPhase::Mark);

  // Marking, the worker not started yet: the snapshot shows the cycle in progress.
  gc::GcSnapshot mid;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &mid));
  const gc::TriColourCycle& cur = mid.tricolour.current;
  CHECK(cur.cycle == 1);
  CHECK(cur.concurrent);
  CHECK_FALSE(cur.complete);
  REQUIRE(cur.nodes.size() == 30);
  REQUIRE(cur.points.size() == 2);  // mark start, and the snapshot's own count
  CHECK(cur.points[0].stage == gc::TriColourStage::MarkStart);
  CHECK(cur.points[1].stage == gc::TriColourStage::Marking);
  CHECK(cur.points[0].counts.grey == 1);
  CHECK(mid.tricolour.live.grey == 1);
  CHECK(mid.tricolour.live.white == cur.points[1].counts.white);
  CHECK(cur.points[1].colours[0] == gc::TriColour::Grey);  // the root
  for (size_t i = 1; i < cur.nodes.size(); i++) CHECK(cur.points[1].colours[i] == gc::TriColour::White);

  // The program deletes the list's second link while marking: the barrier greys the
  // object it pointed at. And it allocates: new objects are born black.
  auto* n0 = static_cast<Node*>(types::ptr_from_word(head));
  const uint64_t second = n0->next;
  f.roots.words.push_back(second);  // kept alive by an already-scanned place
  mem::write_pointer(&n0->next, 0);
  const uint64_t before_black = cur.points[1].counts.black;
  f.roots.words.push_back(f.list(40));

  f.deferred.run_spawned();
  for (int i = 0; i < 20000 && !f.gc->mark_done_pending(); i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  REQUIRE(f.gc->mark_done_pending());
  REQUIRE(f.gc->finish_mark() == gc::Collector::Result::Done);
  gc::GcSnapshot done;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &done));
  const gc::TriColourCycle& c = done.tricolour.last;
  CHECK(c.cycle == 1);
  CHECK(c.complete);
  CHECK(done.tricolour.current.cycle == 0);
  REQUIRE(c.points.size() >= 4);
  const gc::TriColourPoint& last = c.points.back();
  CHECK(last.stage == gc::TriColourStage::TermEnd);
  CHECK(last.counts.grey == 0);
  CHECK(last.counts.black >= before_black + 30 + 40);  // the list, and the 40 born black
  for (gc::TriColour col : last.colours) CHECK(col == gc::TriColour::Black);
  // The sample kept the edges as they were when it was taken (phase 1).
  CHECK(c.edges.size() == 29);
  for (size_t i = 1; i < c.points.size(); i++) CHECK(c.points[i].counts.black >= c.points[i - 1].counts.black);
}

TEST_CASE("gc sample: snapshots from another thread while cycles mark, terminate and sweep") {
  // A "sysmon" thread takes snapshots all the time (each one counts the colours while a
  // cycle marks) while the worker marks, mark termination ends cycles and the
  // background sweeper frees spans: the sampler's heap walks must never overlap a
  // sweep (run under ThreadSanitizer and ASan).
  Fixture f(/*concurrent=*/true, /*gogc=*/1);
  f.gc->set_tricolour_sampling(true);
  f.deferred.run_spawned();  // workers and sweepers start at once
  f.roots.words = {f.list(500)};
  std::atomic<bool> done{false};
  std::atomic<int> snaps{0};
  std::thread sysmon([&] {
    while (!done.load()) {
      gc::GcSnapshot s;
      if (f.gc->snapshot(&s)) snaps++;
      for (const auto* c : {&s.tricolour.current, &s.tricolour.last}) CHECK(c->points.size() <= gc::TriColourSampler::kMaxPoints);
    }
  });
  int cycles = 0;
  for (int round = 0; round < 30; round++) {
    for (int i = 0; i < 200 && !f.gc->wanted(); i++) (void)f.list(100);
    if (f.gc->maybe_collect() != gc::Collector::Result::Done) continue;
    // (Up to ~20 s: in the wasm build the worker's thread may take a while to start.)
    for (int i = 0; i < 20000 && !f.gc->mark_done_pending(); i++) {
      if (i < 200) f.roots.words.push_back(f.list(3));  // allocating while marking: born black
      int64_t debt = -1;  // an allocating goroutine in debt: it marks Go's 64 KiB of work
      f.gc->assist_alloc(&debt);
      if (i < 200) std::this_thread::yield();
      else std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(f.gc->mark_done_pending());
    REQUIRE(f.gc->finish_mark() == gc::Collector::Result::Done);
    cycles++;
    f.roots.words.resize(1);
  }
  done = true;
  sysmon.join();
  CHECK(cycles >= 3);
  CHECK(snaps.load() > 0);
  gc::GcSnapshot s;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &s));
  const gc::TriColourCycle& c = s.tricolour.last;
  CHECK(c.complete);
  REQUIRE(c.points.size() >= 3);
  CHECK(c.points.back().stage == gc::TriColourStage::TermEnd);
  CHECK(c.points.back().counts.grey == 0);
  for (gc::TriColour col : c.points.back().colours) CHECK(col == gc::TriColour::Black);
}
