// escape.h — escape analysis of package main (Go's cmd/compile/internal/escape, on our
// syntax tree plus typeinfo.h): a graph of locations (variables, allocation sites, the
// heap, the mutator and callee pseudo-locations, each function's results) whose edges
// carry dereference counts; functions analysed bottom-up by strongly connected components
// of the static call graph, so a caller uses its callees' parameter tags; a walk from every
// root with minimal derefs decides what escapes, persists, is mutated or called.
// Invariant: the decisions and the `-m` messages are those of `go build -gcflags='-m -l'`
// for the constructs we model (same texts, positions and order); library functions (Go's
// std, here natives or preludes) are described by a table of Go's own parameter tags.
// Differences from Go: generic function bodies are not analysed (Go analyses each shape
// instance) and calls to them count as unknown callees; package-level initializers are not
// analysed; calls through local variables holding a func literal (Go's ir.StaticValue) are
// unknown callees; library tags have no mutator/callee part (escape_tags.inc). The code
// generator does not use the decisions yet (phase 2): variables whose address is taken and
// closure-captured variables still live in heap cells, and every allocation site is heap.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/compile.h"
#include "lang/typeinfo.h"

namespace gs::lang {

// A parameter's tag (Go's leaks): for the heap, the mutator, the callee and results 0..4,
// the minimal number of dereferences through which the parameter flows there, or -1.
struct Leaks {
  static constexpr int kHeap = 0, kMutator = 1, kCallee = 2, kResult0 = 3, kNumResults = 5;
  int8_t d[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
  int get(int i) const { return d[i]; }
  void add(int i, int derefs) {
    if (derefs > 126) derefs = 126;
    if (d[i] < 0 || derefs < d[i]) d[i] = static_cast<int8_t>(derefs);
  }
  int heap() const { return d[kHeap]; }
  int result(int i) const { return d[kResult0 + i]; }
  // Go's Optimize: a flow to anything at least as deep as a heap leak adds nothing.
  void optimize() {
    if (heap() >= 0)
      for (int i = 1; i < 8; i++)
        if (d[i] >= heap()) d[i] = -1;
  }
  static Leaks heap_leak(int derefs = 0) { Leaks l; l.add(kHeap, derefs); return l; }
  bool operator==(const Leaks& o) const {
    for (int i = 0; i < 8; i++)
      if (d[i] != o.d[i]) return false;
    return true;
  }
};

// The solver on its own (used by the analysis and by tests): locations and flows.
class EscapeGraph {
 public:
  enum Attr : uint8_t { kEscapes = 1, kPersists = 2, kMutates = 4, kCalls = 8 };
  struct Loc;
  struct Edge { Loc* src; int derefs; };
  struct Loc {
    int fn = 0;             // owning function (index given by the user)
    int loop_depth = 0;
    int result_index = 0;   // 1+i for result i of fn
    bool is_param = false;
    bool is_var = false;    // a named variable (else an allocation site or a temporary)
    std::vector<Edge> edges;
    int derefs = 0;
    uint32_t walkgen = 0;
    bool queued = false;
    uint8_t attrs = 0;
    Leaks param_esc;
    bool captured = false, reassigned = false, addrtaken = false;
    void* user = nullptr;   // the analysis's payload
    bool has(uint8_t a) const { return (attrs & a) != 0; }
  };
  struct Hole {
    Loc* dst = nullptr;
    int derefs = 0;
    bool addrtaken = false;
    Hole shift(int delta) const {
      Hole h = *this;
      h.derefs += delta;
      h.addrtaken = delta < 0;
      return h;
    }
    Hole deref() const { return shift(1); }
    Hole addr() const { return shift(-1); }
  };

  EscapeGraph();
  Loc* new_loc(int fn, int loop_depth, bool persists);
  void flow(Hole k, Loc* src);
  Hole heap() { return {&heap_}; }
  Hole mutator() { return {&mutator_}; }
  Hole callee() { return {&callee_}; }
  Hole discard() { return {&blank_}; }
  bool is_blank(const Hole& h) const { return h.dst == &blank_; }
  // A new temporary that every hole of ks receives (Go's teeHole).
  Hole tee(const std::vector<Hole>& ks, int fn, int loop_depth);
  // Solves the graph. closure_parent(fn) gives the function enclosing closure fn or -1;
  // results_lost(fn) whether closure fn's results may flow anywhere (Go: attrCalls).
  void walk_all();
  const std::vector<Loc*>& locs() const { return order_; }
  Loc* heap_loc() { return &heap_; }
  std::vector<int> closure_parent;  // per fn: enclosing function, -1 for none

 private:
  void walk_one(Loc* root, uint32_t gen, std::vector<Loc*>& todo_roots);
  bool outlives(Loc* l, Loc* other) const;
  bool contains_closure(int f, int c) const;
  void leak_to(Loc* l, Loc* sink, int derefs);
  std::vector<std::unique_ptr<Loc>> all_;
  std::vector<Loc*> order_;
  Loc heap_, mutator_, callee_, blank_;
};

// Runs the analysis over package main's functions (in declaration order) and returns the
// messages `go build -gcflags='-m -l'` prints, in its order.
// With `decisions`, also records what the code generator may keep in frames.
std::vector<EscapeMessage> analyze_escapes(const TypeInfo& info, const std::vector<FuncDecl*>& funcs,
                                           StackDecisions* decisions = nullptr);

// The table of library parameter tags: nullptr when `name` (Go's symbol, "fmt.Println",
// "strings.(*Builder).String") is not listed. One Leaks per parameter, receiver first.
const std::vector<Leaks>* library_tags(const std::string& name);

}  // namespace gs::lang
