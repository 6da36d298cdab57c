// The natives behind sync/atomic and sync (lib/atomic.cpp), called through native.h's
// frame ABI: each operation's results for every integer width (the values match
// real Go 1.23's sync/atomic, e.g. AndInt32 returns the old value), the nil-address
// panic, atomic.Value's word protocol, and atomicity under real threads (several OS
// threads hammering one word must lose no update, as Go code on several Ms would).
// The Go side (lib/go/sync*.go, time.go) is checked by tests/go/run/sync_*/time_*.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "lib/native.h"

using namespace gs;
using namespace gs::lib;

namespace {

NativeFn atomic_native(std::string_view pkg, std::string_view name) {
  for (const Native& n : atomic_natives())
    if (n.pkg == pkg && n.name == name) return n.fn;
  FAIL("no native " << pkg << "." << name);
  return nullptr;
}

// A native's frame: 8-byte slots, zeroed.
struct Frame {
  alignas(8) std::array<uint8_t, 64> bytes{};
  uint8_t* data() { return bytes.data(); }
};

template <typename T>
Frame frame_of(T* addr, std::vector<uint64_t> slots = {}) {
  Frame f;
  put<Word>(f.data(), 0, types::word_from_ptr(addr));
  for (size_t i = 0; i < slots.size(); i++) put<uint64_t>(f.data(), 8 * (i + 1), slots[i]);
  return f;
}

std::string take_panic() {
  PendingPanic& p = pending_panic();
  std::string m = p.pending ? p.message : "";
  p = PendingPanic{};
  return m;
}

}  // namespace

TEST_CASE("sync/atomic natives: Add/And/Or/Load/Store/Swap/CompareAndSwap on int32") {
  int32_t v = 5;
  auto call = [&](std::string_view name, std::vector<uint64_t> args) {
    Frame f = frame_of(&v, args);
    atomic_native("sync/atomic", name)(f.data());
    return f;
  };
  CHECK(arg<int32_t>(call("AddInt32", {3}).data(), 16) == 8);
  CHECK(arg<int32_t>(call("AddInt32", {static_cast<uint32_t>(-10)}).data(), 16) == -2);
  CHECK(v == -2);
  CHECK(arg<int32_t>(call("SwapInt32", {42}).data(), 16) == -2);
  CHECK(arg<int32_t>(call("LoadInt32", {}).data(), 8) == 42);
  CHECK_FALSE(arg<bool>(call("CompareAndSwapInt32", {1, 2}).data(), 24));
  CHECK(arg<bool>(call("CompareAndSwapInt32", {42, 7}).data(), 24));
  CHECK(v == 7);
  call("StoreInt32", {static_cast<uint32_t>(-1)});
  CHECK(arg<int32_t>(call("AndInt32", {0x0f}).data(), 16) == -1);  // the old value
  CHECK(v == 15);
  CHECK(arg<int32_t>(call("OrInt32", {0x30}).data(), 16) == 15);
  CHECK(v == 63);
  CHECK(take_panic().empty());
}

TEST_CASE("sync/atomic natives: 64-bit and unsigned widths wrap as Go's do") {
  uint32_t u32 = 0;
  Frame f = frame_of(&u32, {0xffffffffu});
  atomic_native("sync/atomic", "AddUint32")(f.data());
  CHECK(arg<uint32_t>(f.data(), 16) == 0xffffffffu);
  uint64_t u64 = 0;
  f = frame_of(&u64, {~uint64_t{0}});
  atomic_native("sync/atomic", "AddUint64")(f.data());
  CHECK(arg<uint64_t>(f.data(), 16) == ~uint64_t{0});
  f = frame_of(&u64, {~uint64_t{0}, 9});
  atomic_native("sync/atomic", "CompareAndSwapUint64")(f.data());
  CHECK(arg<bool>(f.data(), 24));
  CHECK(u64 == 9);
  int64_t i64 = int64_t{1} << 40;
  f = frame_of(&i64, {uint64_t{1} << 40});
  atomic_native("sync/atomic", "AddInt64")(f.data());
  CHECK(arg<int64_t>(f.data(), 16) == int64_t{1} << 41);
  uint64_t up = 10;
  f = frame_of(&up, {20});
  atomic_native("sync/atomic", "StoreUintptr")(f.data());
  f = frame_of(&up, {5});
  atomic_native("sync/atomic", "AddUintptr")(f.data());
  CHECK(arg<uint64_t>(f.data(), 16) == 25);
}

TEST_CASE("sync/atomic natives: a nil address panics with Go's nil-dereference error") {
  Frame f = frame_of<int64_t>(nullptr, {1});
  atomic_native("sync/atomic", "AddInt64")(f.data());
  PendingPanic& p = pending_panic();
  CHECK(p.pending);
  CHECK(p.runtime_error);
  CHECK(take_panic() == "invalid memory address or nil pointer dereference");
}

TEST_CASE("sync/atomic natives lose no update when OS threads race on one word") {
  constexpr int kThreads = 8, kIters = 20000;
  int64_t counter = 0;
  uint32_t cas_counter = 0;
  uint64_t bits = 0;
  NativeFn add = atomic_native("sync/atomic", "AddInt64");
  NativeFn load = atomic_native("sync/atomic", "LoadUint32");
  NativeFn cas = atomic_native("sync/atomic", "CompareAndSwapUint32");
  NativeFn orr = atomic_native("sync/atomic", "OrUint64");
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kIters; i++) {
        Frame f = frame_of(&counter, {1});
        add(f.data());
        for (;;) {  // increment through a CAS loop, as Go code would
          Frame l = frame_of(&cas_counter);
          load(l.data());
          uint32_t seen = arg<uint32_t>(l.data(), 8);
          Frame c = frame_of(&cas_counter, {seen, seen + 1});
          cas(c.data());
          if (arg<bool>(c.data(), 24)) break;
        }
      }
      Frame o = frame_of(&bits, {uint64_t{1} << t});
      orr(o.data());
    });
  for (auto& th : threads) th.join();
  CHECK(counter == int64_t{kThreads} * kIters);
  CHECK(cas_counter == uint32_t{kThreads} * kIters);
  CHECK(bits == (uint64_t{1} << kThreads) - 1);
}

TEST_CASE("atomic.Value natives: type word set once, consistent types enforced") {
  struct {
    Word type, data;
  } value{0, 0};
  const Word type_a = 0x1000, type_b = 0x2000;
  auto eface_frame = [&](std::vector<GoEface> efaces) {
    Frame f;
    put<Word>(f.data(), 0, types::word_from_ptr(&value));
    size_t off = 8;
    for (const GoEface& e : efaces) {
      put<GoEface>(f.data(), off, e);
      off += 16;
    }
    return f;
  };
  // Load of an empty Value is nil.
  Frame f = eface_frame({});
  atomic_native("sync/atomic", "valueLoad")(f.data());
  CHECK(arg<GoEface>(f.data(), 16).type == 0);
  // First store, then a consistent and an inconsistent one.
  f = eface_frame({{type_a, 11}});
  atomic_native("sync/atomic", "valueStore")(f.data());
  CHECK(arg<bool>(f.data(), 24));
  CHECK(value.type == type_a);
  CHECK(value.data == 11);
  f = eface_frame({{type_b, 12}});
  atomic_native("sync/atomic", "valueStore")(f.data());
  CHECK_FALSE(arg<bool>(f.data(), 24));
  CHECK(value.data == 11);
  // Swap returns the old value.
  f = eface_frame({{type_a, 13}});
  atomic_native("sync/atomic", "valueSwap")(f.data());
  CHECK(arg<bool>(f.data(), 40));
  CHECK(arg<GoEface>(f.data(), 24).data == 11);
  CHECK(value.data == 13);
  // CompareAndSwap of the data word, and first-store only once.
  f = eface_frame({{type_a, 99}, {type_a, 14}});
  atomic_native("sync/atomic", "valueSwapData")(f.data());
  CHECK_FALSE(arg<bool>(f.data(), 40));
  f = eface_frame({{type_a, 13}, {type_a, 14}});
  atomic_native("sync/atomic", "valueSwapData")(f.data());
  CHECK(arg<bool>(f.data(), 40));
  CHECK(value.data == 14);
  f = eface_frame({{type_a, 15}});
  atomic_native("sync/atomic", "valueFirstStore")(f.data());
  CHECK_FALSE(arg<bool>(f.data(), 24));
  // sameType compares the type words.
  Frame s;
  put<GoEface>(s.data(), 0, GoEface{type_a, 1});
  put<GoEface>(s.data(), 16, GoEface{type_a, 2});
  atomic_native("sync/atomic", "sameType")(s.data());
  CHECK(arg<bool>(s.data(), 32));
  CHECK(take_panic().empty());
}

TEST_CASE("atomic.Value natives: racing first stores leave one consistent value") {
  for (int round = 0; round < 50; round++) {
    struct {
      Word type, data;
    } value{0, 0};
    std::vector<std::thread> threads;
    std::array<bool, 4> stored{}, saw_value{};
    for (int t = 0; t < 4; t++)
      threads.emplace_back([&, t] {
        Frame f;
        put<Word>(f.data(), 0, types::word_from_ptr(&value));
        put<GoEface>(f.data(), 8, GoEface{0x1000, static_cast<Word>(100 + t)});
        atomic_native("sync/atomic", "valueStore")(f.data());
        stored[t] = arg<bool>(f.data(), 24);
        Frame l;
        put<Word>(l.data(), 0, types::word_from_ptr(&value));
        put<bool>(l.data(), 8, true);
        atomic_native("sync/atomic", "valueLoad")(l.data());
        saw_value[t] = arg<GoEface>(l.data(), 16).type == 0x1000;  // never the in-progress marker
      });
    for (auto& th : threads) th.join();
    for (int t = 0; t < 4; t++) {
      CHECK(stored[t]);
      CHECK(saw_value[t]);
    }
    CHECK(value.type == 0x1000);
    CHECK(value.data >= 100);
    CHECK(value.data < 104);
  }
}

TEST_CASE("sync natives: a monotonic clock and a checker's own address") {
  Frame a, b;
  atomic_native("sync", "runtime_nanotime")(a.data());
  atomic_native("sync", "runtime_nanotime")(b.data());
  CHECK(arg<int64_t>(b.data(), 0) >= arg<int64_t>(a.data(), 0));
  uint64_t checker = 0;
  Frame f = frame_of(&checker);
  atomic_native("sync", "addressOf")(f.data());
  CHECK(arg<Word>(f.data(), 8) == types::word_from_ptr(&checker));
}
