// The itab cache (vm/iface.h, Go: iface.go's itabTable): open addressing with
// quadratic probing, growth at 75% load, negative entries, lock-free lookups racing
// with adds (run under ThreadSanitizer by the test command), and getitab through a
// compiled program.
#include <doctest/doctest.h>

#include <atomic>
#include <deque>
#include <set>
#include <thread>

#include "lang/compile.h"
#include "vm/iface.h"
#include "vm/module.h"

using namespace gs;
using gs::vm::Itab;
using gs::vm::ItabTable;

namespace {

// n distinct descriptors with chosen hashes (only identity and hash matter here).
std::deque<types::Type> make_types(size_t n, uint32_t (*hash_of)(size_t)) {
  std::deque<types::Type> ts(n);
  for (size_t i = 0; i < n; i++) ts[i].hash = hash_of(i);
  return ts;
}

Itab& make_itab(std::deque<Itab>& store, const types::Type* inter, const types::Type* type) {
  Itab& m = store.emplace_back();
  m.header.inter = types::word_from_ptr(inter);
  m.header.type = types::word_from_ptr(type);
  return m;
}

}  // namespace

TEST_CASE("itab table: colliding hashes probe quadratically and are all found") {
  types::Type inter;
  inter.hash = 0;
  // Every type hashes to the same home slot: the entries land at home+1, +3, +6, ...
  auto ts = make_types(20, [](size_t) { return 7u; });
  ItabTable t;
  std::deque<Itab> store;
  for (auto& ty : ts) t.add(&make_itab(store, &inter, &ty));
  CHECK(t.count() == 20);
  CHECK(t.size() == ItabTable::kInitSize);
  std::set<size_t> want;
  size_t h = 7;
  for (size_t i = 1; i <= 20; i++) {
    want.insert(h);
    h = (h + i) & (ItabTable::kInitSize - 1);
  }
  std::set<size_t> got;
  for (auto& s : t.slots()) got.insert(s.slot);
  CHECK(got == want);
  for (auto& ty : ts) CHECK(t.find(&inter, &ty) != nullptr);
  types::Type absent;
  absent.hash = 7;
  CHECK(t.find(&inter, &absent) == nullptr);
}

TEST_CASE("itab table: grows to twice its size at 75% load and keeps every entry") {
  types::Type inter;
  inter.hash = 0x9e3779b9u;
  auto ts = make_types(1000, [](size_t i) { return static_cast<uint32_t>(i * 2654435761u); });
  ItabTable t;
  std::deque<Itab> store;
  for (size_t i = 0; i < 384; i++) t.add(&make_itab(store, &inter, &ts[i]));
  CHECK(t.size() == 512);  // 384 = 75% of 512: full, not yet grown
  CHECK(t.grows() == 0);
  t.add(&make_itab(store, &inter, &ts[384]));
  CHECK(t.size() == 1024);
  CHECK(t.grows() == 1);
  for (size_t i = 385; i < 1000; i++) t.add(&make_itab(store, &inter, &ts[i]));
  CHECK(t.size() == 2048);
  CHECK(t.count() == 1000);
  for (size_t i = 0; i < 1000; i++) {
    Itab* m = t.find(&inter, &ts[i]);
    REQUIRE(m != nullptr);
    CHECK(m->type() == &ts[i]);
    CHECK(m->hits.load() == 1);
  }
}

TEST_CASE("itab table: lock-free lookups race with adds and growth") {
  types::Type inter;
  inter.hash = 1;
  constexpr size_t kN = 3000;
  auto ts = make_types(kN, [](size_t i) { return static_cast<uint32_t>(i * 40503u + 11u); });
  ItabTable t;
  std::deque<Itab> store;
  std::atomic<size_t> published{0};
  std::atomic<bool> wrong{false};
  std::thread writer([&] {
    for (size_t i = 0; i < kN; i++) {
      t.add(&make_itab(store, &inter, &ts[i]));
      published.store(i + 1, std::memory_order_release);
    }
  });
  std::vector<std::thread> readers;
  for (int r = 0; r < 2; r++)
    readers.emplace_back([&, r] {
      for (size_t round = 0; published.load(std::memory_order_acquire) < kN; round++) {
        size_t n = published.load(std::memory_order_acquire);
        if (n == 0) continue;
        size_t i = (round * 7919 + static_cast<size_t>(r)) % n;
        Itab* m = t.find(&inter, &ts[i]);
        // Every published entry must be found, whole, even while the table grows.
        if (!m || m->type() != &ts[i] || m->inter() != &inter) wrong.store(true);
      }
    });
  writer.join();
  for (auto& th : readers) th.join();
  CHECK_FALSE(wrong.load());
  CHECK(t.count() == kN);
}

TEST_CASE("getitab caches positive and negative answers once per (interface, type)") {
  const char* src = R"(package main

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var x any = Sq{2}
	for i := 0; i < 3; i++ {
		if s, ok := x.(Shape); ok {
			println(s.Area())
		}
		if _, ok := x.(Named); !ok {
			println("not Named")
		}
	}
}
)";
  lang::CompileResult cr = lang::compile_program(src);
  REQUIRE(cr.module);
  vm::Module& m = *cr.module;
  const types::Type* sq = nullptr;
  const types::Type* shape = nullptr;
  const types::Type* named = nullptr;
  for (const types::Type* t : m.types) {
    if (t->str == "main.Sq") sq = t;
    if (t->str == "main.Shape") shape = t;
    if (t->str == "main.Named") named = t;
  }
  REQUIRE(sq);
  REQUIRE(shape);
  REQUIRE(named);
  size_t before = m.itab_table.count();
  std::string missing;
  vm::Itab* a = m.getitab(shape, sq, &missing);
  REQUIRE(a);
  CHECK(a->implements);
  CHECK(a->fun.size() == 1);
  CHECK(m.getitab(shape, sq, &missing) == a);
  CHECK(m.getitab(named, sq, &missing) == nullptr);
  CHECK(missing == "Name");
  missing.clear();
  CHECK(m.getitab(named, sq, &missing) == nullptr);
  CHECK(missing == "Name");
  // One positive and one negative entry at most were added, however often we asked.
  CHECK(m.itab_table.count() <= before + 2);
  size_t negatives = 0;
  for (auto& s : m.itab_table.slots())
    if (!s.itab->implements) negatives++;
  CHECK(negatives == 1);
}
