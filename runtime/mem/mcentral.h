// mcentral.h — the central free lists, one per span class (Go: runtime/mcentral.go).
//
// Invariant: a span sits in at most one of the four sets, and which set says what it
// is: partial (has free slots) or full, swept or unswept, where swept/unswept is read
// through the heap's sweepgen (sets [sg/2%2] are swept, [1-sg/2%2] unswept), so adding
// 2 to sweepgen turns every swept set into an unswept one at once, as Go does. Spans
// held by an mcache are in no set. A mutex per mcentral replaces Go's lock-free spanSet.
#pragma once
#include <cstdint>
#include <mutex>
#include <vector>

#include "mem/mheap.h"

namespace gs::mem {

struct MCentral {
  SpanClass spanclass = 0;
  mutable std::mutex mu;
  std::vector<MSpan*> partial[2];
  std::vector<MSpan*> full[2];

  static int swept_index(uint32_t sg) { return static_cast<int>(sg / 2 % 2); }
  static int unswept_index(uint32_t sg) { return 1 - swept_index(sg); }
  // Pops the last span of a set, or nullptr. mu held.
  static MSpan* pop(std::vector<MSpan*>& set) {
    if (set.empty()) return nullptr;
    MSpan* s = set.back();
    set.pop_back();
    return s;
  }
};

}  // namespace gs::mem
