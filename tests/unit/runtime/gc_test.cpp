// gc_test.cpp — the collector (runtime/gc) over the real allocator (runtime/mem),
// with a scripted world and root set: what is reachable survives with its contents,
// what is not is freed (and clobbered with GODEBUG=clobberfree=1), memory is reused
// across cycles, and the statistics and the gctrace line are produced.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <set>
#include <thread>
#include <string>
#include <vector>

#include "gc/gcenv.h"
#include "gc/mgc.h"
#include "gc_test_util.h"
#include "gc/mgcmark.h"
#include "mem/malloc.h"
#include "mem/mbarrier.h"
#include "mem/mheap.h"
#include "types/type.h"

using namespace gs;

namespace {

// Node{next *Node; val int}: one pointer word, then a scalar.
types::Type make_node_type() {
  types::Type t;
  t.size = 16;
  t.ptrdata = 8;
  t.align = t.field_align = 8;
  t.kind = types::Kind::Struct;
  t.gcdata = {1};
  t.str = "main.Node";
  return t;
}

struct Node {
  uint64_t next;  // a Go pointer word
  uint64_t val;
};

Node* node_at(uint64_t w) { return static_cast<Node*>(types::ptr_from_word(w)); }

class StoppedWorld : public gc::World {
 public:
  bool stop_the_world() override { return true; }
  void start_the_world() override {}
  int gomaxprocs() override { return 1; }
  bool spawn(void (*)(void*), void*) override { return false; }  // sweeping stays on allocation / GC
  void request_safe_points() override {}
};

// A world whose spawned jobs (the mark worker, the sweeper) start only when the test
// says so, each on its own thread: the test can change the heap while a cycle is in
// its concurrent mark phase, before any marking beyond the roots has happened.
class DeferredWorld : public gc::World {
 public:
  ~DeferredWorld() { join(); }
  bool stop_the_world() override { return true; }
  void start_the_world() override {}
  int gomaxprocs() override { return procs; }
  int procs = 1;
  bool spawn(void (*fn)(void*), void* arg) override {
    if (released) threads.emplace_back(fn, arg);
    else pending.push_back({fn, arg});
    return true;
  }
  void request_safe_points() override { safe_point_requests++; }
  // Starts the jobs held back so far; later ones start at once, as a pool's do.
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
  std::vector<uint64_t> words;              // precise roots: each a Go pointer word
  std::vector<std::vector<uint8_t>> blocks; // conservative roots
  std::vector<const void*> weak;            // a weak table, pruned at mark termination
  gc::RootSizes mark_roots(gc::RootScanner& s) override {
    for (uint64_t& w : words) s.pointer_word(&w);
    for (auto& b : blocks) s.conservative(b.data(), b.size());
    gc::RootSizes sizes;
    sizes.globals_bytes = words.size() * 8;
    return sizes;
  }
  void after_mark(const std::function<bool(const void*)>& is_marked) override {
    std::vector<const void*> live;
    for (const void* p : weak)
      if (is_marked(p)) live.push_back(p);
    weak.swap(live);
  }
  int credit_resets = 0;
  void reset_assist_credit() override { credit_resets++; }
};

struct Fixture {
  mem::Heap heap;
  mem::BindHeap bind{&heap};
  StoppedWorld world;
  DeferredWorld deferred;
  Roots roots;
  std::vector<std::string> trace;
  gc::GcEnv env;
  std::unique_ptr<gc::Collector> gc;
  types::Type node_type = make_node_type();

  // concurrent: the collector's worker threads come from `deferred` (else no thread
  // is ever free, and every cycle marks in its pause).
  explicit Fixture(bool clobber = false, int gctrace = 0, bool concurrent = false, int32_t gogc = 100)
      : heap(mem::Heap::Options{0, clobber}) {
    env.clobberfree = clobber ? 1 : 0;
    env.gctrace = gctrace;
    env.gogc = gogc;
    gc = std::make_unique<gc::Collector>(heap, concurrent ? static_cast<gc::World&>(deferred) : world, roots, env,
                                         [this](const std::string& line) { trace.push_back(line); });
  }
  ~Fixture() {
    deferred.run_spawned();  // a worker still waiting to start must run to its end
    gc.reset();
    deferred.join();
  }

  // A list of n nodes with values first..first+n-1; returns the head as a word.
  uint64_t list(int n, uint64_t first = 0) {
    uint64_t head = 0;
    for (int i = n - 1; i >= 0; i--) {
      auto* nd = static_cast<Node*>(mem::mallocgc(16, &node_type, true));
      REQUIRE(nd != nullptr);
      nd->next = head;
      nd->val = first + static_cast<uint64_t>(i);
      head = types::word_from_ptr(nd);
    }
    return head;
  }
};

uint64_t sum_list(uint64_t head, int* count) {
  uint64_t sum = 0;
  *count = 0;
  for (Node* n = node_at(head); n; n = node_at(n->next)) {
    sum += n->val;
    ++*count;
  }
  return sum;
}

}  // namespace

TEST_CASE("gc: reachable objects survive with their contents; unreachable ones are freed") {
  Fixture f;
  f.roots.words.push_back(f.list(500, 0));
  uint64_t garbage = f.list(700, 1000);
  (void)garbage;  // dropped: only this local knows it, and locals are not roots here
  const uint64_t objects_before = f.heap.mem_stats().heap_objects;
  CHECK(objects_before >= 1200);
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  mem::MemStatsSnapshot ms = f.heap.mem_stats();
  CHECK(ms.frees >= 700);
  CHECK(ms.heap_objects == objects_before - ms.frees);
  CHECK(ms.heap_objects >= 500);
  int count = 0;
  CHECK(sum_list(f.roots.words[0], &count) == 499 * 500 / 2);
  CHECK(count == 500);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  CHECK(snap.num_gc == 1);
  CHECK(snap.num_forced_gc == 1);
  REQUIRE(snap.cycles.size() == 1);
  CHECK(snap.cycles[0].heap_marked == 500 * 16);
  CHECK(snap.cycles[0].objects_marked == 500);
}

TEST_CASE("gc: a cycle of garbage is freed; an interior pointer keeps its whole object") {
  Fixture f;
  // a <-> b, unreachable
  auto* a = static_cast<Node*>(mem::mallocgc(16, &f.node_type, true));
  auto* b = static_cast<Node*>(mem::mallocgc(16, &f.node_type, true));
  a->next = types::word_from_ptr(b);
  b->next = types::word_from_ptr(a);
  // c, rooted only through a pointer to its second word (like &c.val)
  auto* c = static_cast<Node*>(mem::mallocgc(16, &f.node_type, true));
  c->val = 42;
  f.roots.words.push_back(types::word_from_ptr(&c->val));
  f.roots.weak = {a, b, c};
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  CHECK(f.roots.weak.size() == 1);
  CHECK(f.roots.weak[0] == c);
  CHECK(c->val == 42);
  CHECK(f.heap.mem_stats().frees >= 2);
}

TEST_CASE("gc: clobberfree overwrites freed objects, and freed slots are reused") {
  Fixture f(/*clobber=*/true);
  auto* dead = static_cast<Node*>(mem::mallocgc(16, &f.node_type, true));
  dead->val = 7;
  f.roots.words.push_back(f.list(10));
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  uint32_t w;
  std::memcpy(&w, &dead->val, 4);
  CHECK(w == 0xdeadbeefu);
  // The freed slot is handed out again, zeroed.
  std::set<const void*> fresh;
  for (int i = 0; i < 2000; i++) fresh.insert(mem::mallocgc(16, &f.node_type, true));
  CHECK(fresh.count(dead) == 1);
  CHECK(dead->val == 0);
  CHECK(dead->next == 0);
}

TEST_CASE("gc: pointers inside large objects and conservative roots are followed") {
  Fixture f;
  // A large array of 10000 *Node (80000 bytes: a page run with its type).
  types::Universe u;
  types::Type ptr_node;
  ptr_node.size = 8;
  ptr_node.ptrdata = 8;
  ptr_node.align = ptr_node.field_align = 8;
  ptr_node.kind = types::Kind::Pointer;
  ptr_node.gcdata = {1};
  auto* arr = static_cast<uint64_t*>(mem::newarray(&ptr_node, 10000));
  REQUIRE(arr != nullptr);
  arr[9999] = f.list(3, 100);
  // Only a runtime byte block (like a deferred call's argument copy) points at arr.
  std::vector<uint8_t> block(24, 0);
  uint64_t w = types::word_from_ptr(arr);
  std::memcpy(block.data() + 8, &w, 8);
  f.roots.blocks.push_back(block);
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  int count = 0;
  CHECK(sum_list(arr[9999], &count) == 100 + 101 + 102);
  CHECK(count == 3);
}

TEST_CASE("gc: a small live set in a stream of garbage keeps the heap small") {
  Fixture f;
  f.roots.words.push_back(f.list(100));
  // 64 MiB of garbage in 1 KiB pointerful objects, collecting whenever the pacer says.
  types::Type big;
  big.size = 1024;
  big.ptrdata = 8;
  big.align = big.field_align = 8;
  big.kind = types::Kind::Struct;
  big.gcdata = {1};
  int cycles = 0;
  for (int i = 0; i < 64 * 1024; i++) {
    void* p = mem::mallocgc(1024, &big, true);
    REQUIRE(p != nullptr);
    if (f.gc->wanted() && f.gc->maybe_collect() == gc::Collector::Result::Done) cycles++;
  }
  CHECK(cycles >= 5);
  mem::MemStatsSnapshot ms = f.heap.mem_stats();
  CHECK(ms.heap_sys < 32u << 20);  // without collection this would be > 64 MiB
  int count = 0;
  CHECK(sum_list(f.roots.words[0], &count) == 99 * 100 / 2);
}

TEST_CASE("gc: GODEBUG=gctrace=1 prints one line per cycle in Go's shape") {
  Fixture f(false, 1);
  f.roots.words.push_back(f.list(10));
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  REQUIRE(f.trace.size() == 1);
  const std::string& line = f.trace[0];
  CHECK(line.rfind("gc 1 @", 0) == 0);
  CHECK(line.find(" ms clock, ") != std::string::npos);
  CHECK(line.find(" MB goal, ") != std::string::npos);
  CHECK(line.find(" 1 P (forced)\n") != std::string::npos);
}

TEST_CASE("gc: SetGCPercent and the trigger") {
  Fixture f;
  const uint64_t t100 = f.gc->trigger();
  CHECK(t100 > 0);
  CHECK(f.gc->set_gc_percent(-1) == 100);
  CHECK(f.gc->trigger() > (uint64_t{1} << 60));  // GOGC=off: only the (unset) memory limit could trigger
  CHECK(f.gc->set_gc_percent(100) == -1);
  CHECK(f.gc->trigger() == t100);
}

TEST_CASE("gc: live objects spread over many spans all survive") {
  Fixture f;
  // 5000 nodes of 16 bytes (about ten spans of class 16), interleaved with garbage.
  uint64_t head = 0;
  for (int i = 0; i < 5000; i++) {
    auto* nd = static_cast<Node*>(mem::mallocgc(16, &f.node_type, true));
    nd->next = head;
    nd->val = static_cast<uint64_t>(i);
    head = types::word_from_ptr(nd);
    mem::mallocgc(16, &f.node_type, true);  // garbage
  }
  f.roots.words.push_back(head);
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  for (int i = 0; i < 20000; i++) mem::mallocgc(16, &f.node_type, true);  // reuse what was freed
  int count = 0;
  CHECK(sum_list(f.roots.words[0], &count) == uint64_t{4999} * 5000 / 2);
  CHECK(count == 5000);
}

TEST_CASE("gc: pointers in a headered object (513 B .. 32 KiB) are followed") {
  Fixture f;
  types::Type ptr_node;
  ptr_node.size = 8;
  ptr_node.ptrdata = 8;
  ptr_node.align = ptr_node.field_align = 8;
  ptr_node.kind = types::Kind::Pointer;
  ptr_node.gcdata = {1};
  auto* arr = static_cast<uint64_t*>(mem::newarray(&ptr_node, 400));
  REQUIRE(arr != nullptr);
  for (int i = 0; i < 400; i++) arr[i] = f.list(1, static_cast<uint64_t>(i));
  f.roots.words.push_back(types::word_from_ptr(arr));
  REQUIRE(f.gc->collect_forced() == gc::Collector::Result::Done);
  for (int i = 0; i < 2000; i++) mem::mallocgc(16, &f.node_type, true);
  uint64_t sum = 0;
  for (int i = 0; i < 400; i++) sum += node_at(arr[i])->val;
  CHECK(sum == 399 * 400 / 2);
}

namespace {

// Starts a concurrent cycle: allocates garbage until the heap passes the trigger.
void start_concurrent_cycle(Fixture& f) {
  for (int i = 0; i < 200 && !f.gc->wanted(); i++) (void)f.list(100, 0);
  REQUIRE(f.gc->wanted());
  REQUIRE(f.gc->maybe_collect() == gc::Collector::Result::Done);
  REQUIRE(f.gc->phase() == gc::GcPhase::Mark);
}

// Lets the (deferred) worker mark, then runs mark termination and every sweep.
void finish_concurrent_cycle(Fixture& f) {
  f.deferred.run_spawned();
  for (int i = 0; i < 20000 && !f.gc->mark_done_pending(); i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  REQUIRE(f.gc->mark_done_pending());
  CHECK(f.gc->finish_mark() == gc::Collector::Result::Done);
  CHECK(f.gc->phase() == gc::GcPhase::Off);
  CHECK_FALSE(mem::write_barrier_enabled());
  while (f.heap.sweep_one()) {
  }
  f.heap.finish_sweep();
}

}  // namespace

TEST_CASE("gc concurrent: the write barrier keeps an object whose last heap pointer is deleted while marking") {
  // root -> a -> b -> c. While the cycle marks (roots greyed, nothing scanned yet),
  // the program loads b into a place already scanned (here: a root added after the
  // root scan, as a goroutine's already-scanned stack would hold it) and deletes
  // a.next. Only the barrier's shade of the old value tells the marker about b.
  for (bool with_barrier : {true, false}) {
    CAPTURE(with_barrier);
    Fixture f(/*clobber=*/true, 0, /*concurrent=*/true, /*gogc=*/1);
    uint64_t head = f.list(3, 10);
    f.roots.words.push_back(head);
    start_concurrent_cycle(f);
    CHECK(mem::write_barrier_enabled());
    Node* a = node_at(head);
    uint64_t b = a->next;
    f.roots.words.push_back(b);  // "on a scanned stack": the roots are not scanned again
    if (with_barrier) {
      mem::write_pointer(&a->next, 0);
    } else {
      a->next = 0;  // what a store without the barrier would do
    }
    finish_concurrent_cycle(f);
    int count = 0;
    if (with_barrier) {
      CHECK(sum_list(b, &count) == 11 + 12);
      CHECK(count == 2);
    } else {
      // b and c were freed while still reachable (clobberfree overwrote them): the
      // barrier is what this case is missing.
      CHECK(node_at(b)->val != 11);
    }
  }
}

TEST_CASE("gc concurrent: objects allocated while marking are black and survive the cycle") {
  Fixture f(/*clobber=*/true, 0, /*concurrent=*/true, /*gogc=*/1);
  f.roots.words.push_back(f.list(50, 0));
  start_concurrent_cycle(f);
  // Born during mark, referenced only from a root that will not be scanned again.
  uint64_t fresh = f.list(40, 1000);
  f.roots.words.push_back(fresh);
  finish_concurrent_cycle(f);
  int count = 0;
  CHECK(sum_list(fresh, &count) == 40 * 1000 + 39 * 40 / 2);
  CHECK(count == 40);
  CHECK(sum_list(f.roots.words[0], &count) == 49 * 50 / 2);
  CHECK(count == 50);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  REQUIRE(snap.cycles.size() == 1);
  CHECK(snap.cycles[0].concurrent);
  CHECK(snap.cycles[0].heap_marked >= (50 + 40) * 16);  // the roots' list, plus the black-born list
  CHECK(f.deferred.safe_point_requests.load() >= 1);   // the worker asked for mark termination
}

TEST_CASE("gc concurrent: runtime.GC during a concurrent cycle finishes it, then runs its own") {
  Fixture f(/*clobber=*/true, 0, /*concurrent=*/true, /*gogc=*/1);
  f.roots.words.push_back(f.list(20, 0));
  start_concurrent_cycle(f);
  f.deferred.run_spawned();  // the worker and the forcing goroutine mark side by side
  gc::Collector::Result r = f.gc->collect_forced();  // finishes the heap-triggered cycle
  CHECK(r == gc::Collector::Result::Busy);            // ... and asks to be called again
  CHECK(f.gc->phase() == gc::GcPhase::Off);
  CHECK(f.gc->collect_forced() == gc::Collector::Result::Done);
  gc::GcSnapshot snap;
  REQUIRE(gs::test::snapshot_soon(*f.gc, &snap));
  CHECK(snap.num_gc == 2);
  CHECK(snap.num_forced_gc == 1);
  int count = 0;
  CHECK(sum_list(f.roots.words[0], &count) == 19 * 20 / 2);
}

TEST_CASE("gc concurrent: background marking is Go's 25% of GOMAXPROCS, in dedicated and fractional workers") {
  // Go's startCycle: 0.25 x GOMAXPROCS rounded to whole dedicated workers, unless that
  // is more than 30% off, when the remainder goes to a fractional worker.
  struct Case {
    int procs;
    size_t workers;  // dedicated + (fractional ? 1 : 0)
  };
  for (Case c : {Case{1, 1}, Case{2, 1}, Case{3, 1}, Case{4, 1}, Case{6, 2}, Case{8, 2}, Case{16, 4}}) {
    CAPTURE(c.procs);
    Fixture f(/*clobber=*/true, 0, /*concurrent=*/true, /*gogc=*/1);
    f.deferred.procs = c.procs;
    f.roots.words.push_back(f.list(2000, 0));
    start_concurrent_cycle(f);
    CHECK(f.deferred.pending.size() == c.workers);  // one pooled thread per worker
    // All of them mark; marking ends only when every one has found no work at once.
    finish_concurrent_cycle(f);
    int count = 0;
    CHECK(sum_list(f.roots.words[0], &count) == 1999 * 2000 / 2);
    CHECK(count == 2000);
  }
}

TEST_CASE("gc concurrent: each goroutine pays for its own allocation while marking (Go's gcAssistBytes)") {
  Fixture f(/*clobber=*/false, 0, /*concurrent=*/true, /*gogc=*/1);
  f.roots.words.push_back(f.list(20000, 0));  // a big grey set; the worker is held back
  start_concurrent_cycle(f);
  CHECK(f.roots.credit_resets == 1);  // every goroutine's credit zeroed at the cycle's start
  auto scan_work = [&] { return f.gc->scan_work(); };
  const uint64_t w0 = scan_work();

  // A goroutine with no credit allocates 16 bytes: it goes into debt, so before it gets
  // its memory it scans grey objects — at least Go's 64 KiB of work — and ends in credit.
  int64_t alloc_g = 0;
  int64_t* previous = mem::bind_assist_credit(&alloc_g);
  (void)f.list(1, 7);
  const uint64_t w1 = scan_work();
  CHECK(w1 - w0 >= 64 * 1024);
  CHECK(alloc_g > 0);

  // Its credit covers the next allocations: no more scanning for them.
  const int64_t before = alloc_g;
  (void)f.list(1, 8);
  CHECK(alloc_g == before - 16);
  CHECK(scan_work() == w1);

  // Another goroutine, in debt, takes what the background workers banked before it
  // scans anything itself: let the worker mark everything, then allocate.
  mem::bind_assist_credit(nullptr);
  f.deferred.run_spawned();
  for (int i = 0; i < 20000 && !f.gc->mark_done_pending(); i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  REQUIRE(f.gc->mark_done_pending());
  const int64_t banked = f.gc->bg_scan_credit();
  CHECK(banked > 0);
  const uint64_t w2 = scan_work();
  int64_t other_g = -1;
  CHECK(f.gc->assist_alloc(&other_g) == 0);  // nothing scanned
  CHECK(other_g > 0);
  CHECK(f.gc->bg_scan_credit() < banked);
  CHECK(scan_work() == w2);
  // A goroutine ending with credit left banks it for the others (Go: gdestroy).
  const int64_t bank_before = f.gc->bg_scan_credit();
  f.gc->flush_assist_credit(1 << 20);
  CHECK(f.gc->bg_scan_credit() > bank_before);

  mem::bind_assist_credit(previous);
  finish_concurrent_cycle(f);
  int count = 0;
  CHECK(sum_list(f.roots.words[0], &count) == 19999ull * 20000 / 2);
  // Outside marking, allocation charges nothing.
  int64_t idle_g = 0;
  mem::bind_assist_credit(&idle_g);
  (void)f.list(3, 0);
  CHECK(idle_g == 0);
  mem::bind_assist_credit(previous);
}
