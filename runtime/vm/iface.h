// iface.h — the itab cache (Go: runtime/iface.go's itabTable, find, itabAdd).
//
// Every (interface, concrete type) pair the program meets gets one Itab, built the
// first time it is needed (at compile time for a static conversion, at run time for
// an assertion or a type switch to an interface) and kept for the life of the run.
// Lookups go through an open-addressing hash table, as Go's do:
//   * the slot is (inter.hash ^ type.hash) & (size-1), probed quadratically (the i-th
//     probe adds i), so a lookup stops at the first empty slot;
//   * the table starts with 512 slots and doubles when an add would take it past 75%
//     full (the new table is built aside and published with one atomic store);
//   * negative answers are cached too: an Itab with `implements == false` records that
//     the type lacks a method, so a failing assertion does not rebuild it each time.
//
// Invariants:
//  * find() takes no lock: it reads the current table and its entries with acquire
//    loads. Entries are only ever added, never removed or moved within a table, and a
//    replaced table is kept alive (old readers may still be probing it) until the
//    ItabTable is destroyed.
//  * add() runs only with the Module's itab lock held (one writer at a time).
//  * The per-entry counters (lookups that found the entry) are for the Interfaces
//    view only; Go keeps no such count.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "types/type.h"

namespace gs::vm {

// An interface table (Go: abi.ITab / runtime.itab): which concrete type fills which
// interface, and the function to call for each of the interface's methods (in the
// interface's method order). An interface value's first word points at one.
// Every fun entry takes the interface's data word as its receiver.
struct Itab {
  types::ItabHeader header;  // {inter, type}: must stay first
  uint32_t hash = 0;         // copy of type->hash, for type switches
  std::vector<int32_t> fun;  // Module::funcs indexes
  bool implements = true;    // false: a cached "type lacks a method" (Go: fun[0] == 0)
  std::string missing;       // when !implements: the first missing method's name
  std::atomic<uint64_t> hits{0};  // cache lookups that found this entry (for the view)

  const types::Type* inter() const { return static_cast<const types::Type*>(types::ptr_from_word(header.inter)); }
  const types::Type* type() const { return static_cast<const types::Type*>(types::ptr_from_word(header.type)); }
};

class ItabTable {
 public:
  static constexpr size_t kInitSize = 512;  // Go: itabInitSize

  ItabTable();
  // The entry for (inter, type), or nullptr. Lock-free; counts a hit when found.
  Itab* find(const types::Type* inter, const types::Type* type) const;
  // Adds m (not yet present). Caller holds the writers' lock.
  void add(Itab* m);

  // For the Interfaces view and tests: the current table's size and entry count, and
  // each occupied slot in slot order.
  struct SlotView {
    size_t slot = 0;
    const Itab* itab = nullptr;
  };
  size_t size() const;
  size_t count() const;
  std::vector<SlotView> slots() const;
  int grows() const { return grows_.load(std::memory_order_relaxed); }

  static size_t hash(const types::Type* inter, const types::Type* type) {
    return static_cast<size_t>(inter->hash ^ type->hash);
  }

 private:
  struct Table {
    explicit Table(size_t n) : size(n), entries(new std::atomic<Itab*>[n]) {
      for (size_t i = 0; i < n; i++) entries[i].store(nullptr, std::memory_order_relaxed);
    }
    size_t size;
    std::atomic<size_t> count{0};
    std::unique_ptr<std::atomic<Itab*>[]> entries;
  };
  static void insert(Table& t, Itab* m);

  std::atomic<Table*> current_{nullptr};
  std::vector<std::unique_ptr<Table>> tables_;  // every table ever published (see invariant)
  std::atomic<int> grows_{0};
};

}  // namespace gs::vm
