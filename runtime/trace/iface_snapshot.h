// iface_snapshot.h — the itab cache as the Interfaces view shows it: every entry of the
// run's open-addressing itabTable (vm/iface.h) with its slot, the slot its hash points
// at (so probe distance shows), the interface and concrete type, the method table an
// interface call jumps through, negative entries, and how often a lookup found it.
//
// Invariant: built on a runtime thread (sysmon's, with the memory snapshot, and once as
// the run ends) from lock-free reads of the table, then published by swapping a shared
// pointer; readers never wait for the runtime.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gs::trace {

struct ItabView {
  size_t slot = 0;             // where it sits in the table
  size_t home = 0;             // (inter.hash ^ type.hash) & (size-1): where probing started
  uint32_t hash = 0;           // inter.hash ^ type.hash
  std::string inter;           // "main.Shape", "error", "fmt.Stringer"
  std::string type;            // "main.Square", "*main.Circle"
  bool implements = true;      // false: a cached negative answer
  std::string missing;         // when !implements: the first method the type lacks
  uint64_t hits = 0;           // run-time lookups (assertions, type switches) that found it
  std::vector<std::pair<std::string, std::string>> methods;  // (method, function called)
};

struct IfaceSnapshot {
  int64_t taken_ns = 0;        // since the run started
  size_t table_size = 0;       // slots (512, doubling at 75% load)
  size_t count = 0;            // entries
  int grows = 0;               // times the table doubled
  std::vector<ItabView> entries;  // in slot order (at most kMaxEntries)
  size_t omitted = 0;          // entries past kMaxEntries
  static constexpr size_t kMaxEntries = 512;
};

}  // namespace gs::trace
