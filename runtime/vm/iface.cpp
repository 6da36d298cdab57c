// iface.cpp — the itab cache's open-addressing table (Go: iface.go's itabTableType).
// See iface.h for the layout and the invariants.
#include "vm/iface.h"

namespace gs::vm {

ItabTable::ItabTable() {
  tables_.push_back(std::make_unique<Table>(kInitSize));
  current_.store(tables_.back().get(), std::memory_order_release);
}

Itab* ItabTable::find(const types::Type* inter, const types::Type* type) const {
  const Table* t = current_.load(std::memory_order_acquire);
  const size_t mask = t->size - 1;
  size_t h = hash(inter, type) & mask;
  for (size_t i = 1;; i++) {
    Itab* m = t->entries[h].load(std::memory_order_acquire);
    if (!m) return nullptr;
    if (m->inter() == inter && m->type() == type) {
      m->hits.fetch_add(1, std::memory_order_relaxed);
      return m;
    }
    // Quadratic probing: the offsets from the home slot are 1, 3, 6, 10, ... which,
    // with a power-of-two size, visit every slot once before repeating.
    h = (h + i) & mask;
  }
}

void ItabTable::insert(Table& t, Itab* m) {
  const size_t mask = t.size - 1;
  size_t h = hash(m->inter(), m->type()) & mask;
  for (size_t i = 1;; i++) {
    Itab* cur = t.entries[h].load(std::memory_order_relaxed);
    if (cur == m) return;
    if (!cur) {
      // Publish the finished Itab: a lock-free reader that sees the pointer sees it whole.
      t.entries[h].store(m, std::memory_order_release);
      t.count.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    h = (h + i) & mask;
  }
}

void ItabTable::add(Itab* m) {
  Table* t = current_.load(std::memory_order_relaxed);
  // Keep the load at or under 75%: grow to twice the size first, copying every entry
  // into a table nobody can see yet, then publish it.
  if (t->count.load(std::memory_order_relaxed) >= 3 * (t->size / 4)) {
    auto bigger = std::make_unique<Table>(t->size * 2);
    for (size_t i = 0; i < t->size; i++)
      if (Itab* e = t->entries[i].load(std::memory_order_relaxed)) insert(*bigger, e);
    t = bigger.get();
    tables_.push_back(std::move(bigger));
    current_.store(t, std::memory_order_release);
    grows_.fetch_add(1, std::memory_order_relaxed);
  }
  insert(*t, m);
}

size_t ItabTable::size() const { return current_.load(std::memory_order_acquire)->size; }

size_t ItabTable::count() const { return current_.load(std::memory_order_acquire)->count.load(std::memory_order_relaxed); }

std::vector<ItabTable::SlotView> ItabTable::slots() const {
  const Table* t = current_.load(std::memory_order_acquire);
  std::vector<SlotView> out;
  for (size_t i = 0; i < t->size; i++)
    if (const Itab* m = t->entries[i].load(std::memory_order_acquire)) out.push_back({i, m});
  return out;
}

}  // namespace gs::vm
