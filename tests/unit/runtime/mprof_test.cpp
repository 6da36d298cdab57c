// The heap profile (mem/mprof, mem/pprof_heap, vm/mprof_stack, run::Run's export):
// Go's sampling statistics, frees at sweep and the three-cycle publication, and a whole
// run's profile decoded back from gzip'd protobuf by a small decoder written here.
#include <doctest/doctest.h>
#include <zlib.h>

#include <chrono>
#include <cmath>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "mem/malloc.h"
#include "mem/mprof.h"
#include "mem/pprof_heap.h"
#include "run/run.h"

using namespace gs;
using gs::mem::Heap;
using gs::mem::MemProfileRecord;
using gs::mem::ObjectRef;

namespace {

uintptr_t addr(const void* p) { return reinterpret_cast<uintptr_t>(p); }

Heap::Options with_rate(int64_t rate) {
  Heap::Options o;
  o.mem_profile_rate = rate;
  return o;
}

// One GC cycle without a collector: mark what `keep` holds, then sweep everything.
void collect(Heap& h, const std::vector<void*>& keep) {
  h.flush_mcaches_for_gc();
  for (void* p : keep) {
    ObjectRef ref;
    REQUIRE(h.find_object(addr(p), &ref));
    ref.try_mark();
  }
  h.start_sweep_cycle();
  h.finish_sweep();
}

struct Totals {
  int64_t alloc_objects = 0, alloc_bytes = 0, inuse_objects = 0, inuse_bytes = 0;
};
Totals totals(const std::vector<MemProfileRecord>& rs) {
  Totals t;
  for (const auto& r : rs) {
    t.alloc_objects += r.alloc_objects;
    t.alloc_bytes += r.alloc_bytes;
    t.inuse_objects += r.inuse_objects();
    t.inuse_bytes += r.inuse_bytes();
  }
  return t;
}

// ---- a protobuf decoder for profile.proto, independent of the encoder ----
struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  bool ok = true;
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= end) {
        ok = false;
        return 0;
      }
      uint8_t b = *p++;
      v |= uint64_t{static_cast<uint8_t>(b & 0x7f)} << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  // Calls fn(field, wire, varint value, bytes) for each field.
  template <class F>
  void fields(F fn) {
    while (ok && p < end) {
      uint64_t key = varint();
      int field = static_cast<int>(key >> 3), wire = static_cast<int>(key & 7);
      if (wire == 0) {
        uint64_t v = varint();
        fn(field, wire, v, std::string_view{});
      } else if (wire == 2) {
        uint64_t n = varint();
        if (n > static_cast<uint64_t>(end - p)) {
          ok = false;
          return;
        }
        std::string_view s(reinterpret_cast<const char*>(p), n);
        p += n;
        fn(field, wire, 0, s);
      } else {
        ok = false;  // the profile uses no other wire types
      }
    }
  }
};
Reader reader(std::string_view s) {
  return Reader{reinterpret_cast<const uint8_t*>(s.data()), reinterpret_cast<const uint8_t*>(s.data()) + s.size()};
}
// A repeated varint field: packed (wire 2) or one value (wire 0).
void repeated(std::vector<uint64_t>& out, int wire, uint64_t v, std::string_view s) {
  if (wire == 0) {
    out.push_back(v);
    return;
  }
  Reader r = reader(s);
  while (r.ok && r.p < r.end) out.push_back(r.varint());
}

struct Decoded {
  bool ok = true;
  std::vector<std::string> strings;
  std::vector<std::pair<int64_t, int64_t>> sample_types;  // (type, unit) string indexes
  std::pair<int64_t, int64_t> period_type{0, 0};
  int64_t period = 0, time_nanos = 0;
  struct Sample {
    std::vector<uint64_t> locs;
    std::vector<uint64_t> values;
    std::map<std::string, int64_t> num_labels;
    std::vector<std::pair<int64_t, int64_t>> raw_labels;  // (key, num)
  };
  std::vector<Sample> samples;
  struct Line {
    uint64_t func = 0;
    int64_t line = 0;
  };
  std::map<uint64_t, std::vector<Line>> locations;  // id -> lines
  std::map<uint64_t, uint64_t> location_mapping;
  struct Function {
    int64_t name = 0, system_name = 0, file = 0, start_line = 0;
  };
  std::map<uint64_t, Function> functions;
  std::vector<uint64_t> mapping_ids;

  std::string str(int64_t i) const { return i >= 0 && static_cast<size_t>(i) < strings.size() ? strings[i] : "<bad>"; }
  // Innermost frame of a sample: (function name, line).
  std::pair<std::string, int64_t> top(const Sample& s) const {
    if (s.locs.empty()) return {"", 0};
    auto it = locations.find(s.locs[0]);
    if (it == locations.end() || it->second.empty()) return {"<no loc>", 0};
    auto f = functions.find(it->second[0].func);
    return {f == functions.end() ? "<no func>" : str(f->second.name), it->second[0].line};
  }
  std::vector<std::string> stack(const Sample& s) const {
    std::vector<std::string> out;
    for (uint64_t l : s.locs) {
      auto it = locations.find(l);
      if (it == locations.end()) continue;
      for (const Line& ln : it->second) {
        auto f = functions.find(ln.func);
        out.push_back(f == functions.end() ? "?" : str(f->second.name));
      }
    }
    return out;
  }
};

Decoded decode(std::string_view pb) {
  Decoded d;
  auto value_type = [&](std::string_view s) {
    std::pair<int64_t, int64_t> vt{0, 0};
    Reader r = reader(s);
    r.fields([&](int f, int, uint64_t v, std::string_view) {
      if (f == 1) vt.first = static_cast<int64_t>(v);
      if (f == 2) vt.second = static_cast<int64_t>(v);
    });
    d.ok &= r.ok;
    return vt;
  };
  Reader top = reader(pb);
  top.fields([&](int field, int wire, uint64_t v, std::string_view s) {
    switch (field) {
      case 1: d.sample_types.push_back(value_type(s)); break;
      case 2: {
        Decoded::Sample smp;
        Reader r = reader(s);
        r.fields([&](int f, int w, uint64_t x, std::string_view b) {
          if (f == 1) repeated(smp.locs, w, x, b);
          if (f == 2) repeated(smp.values, w, x, b);
          if (f == 3) {
            int64_t key = 0, num = 0;
            Reader lr = reader(b);
            lr.fields([&](int lf, int, uint64_t lv, std::string_view) {
              if (lf == 1) key = static_cast<int64_t>(lv);
              if (lf == 3) num = static_cast<int64_t>(lv);
            });
            smp.raw_labels.emplace_back(key, num);
          }
        });
        d.ok &= r.ok;
        d.samples.push_back(std::move(smp));
        break;
      }
      case 3: {
        Reader r = reader(s);
        r.fields([&](int f, int, uint64_t x, std::string_view) {
          if (f == 1) d.mapping_ids.push_back(x);
        });
        break;
      }
      case 4: {
        uint64_t id = 0, mapping = 0;
        std::vector<Decoded::Line> lines;
        Reader r = reader(s);
        r.fields([&](int f, int, uint64_t x, std::string_view b) {
          if (f == 1) id = x;
          if (f == 2) mapping = x;
          if (f == 4) {
            Decoded::Line ln;
            Reader lr = reader(b);
            lr.fields([&](int lf, int, uint64_t lv, std::string_view) {
              if (lf == 1) ln.func = lv;
              if (lf == 2) ln.line = static_cast<int64_t>(lv);
            });
            lines.push_back(ln);
          }
        });
        d.ok &= r.ok;
        d.locations[id] = lines;
        d.location_mapping[id] = mapping;
        break;
      }
      case 5: {
        uint64_t id = 0;
        Decoded::Function fn;
        Reader r = reader(s);
        r.fields([&](int f, int, uint64_t x, std::string_view) {
          if (f == 1) id = x;
          if (f == 2) fn.name = static_cast<int64_t>(x);
          if (f == 3) fn.system_name = static_cast<int64_t>(x);
          if (f == 4) fn.file = static_cast<int64_t>(x);
          if (f == 5) fn.start_line = static_cast<int64_t>(x);
        });
        d.functions[id] = fn;
        break;
      }
      case 6: d.strings.emplace_back(s); break;
      case 9: d.time_nanos = static_cast<int64_t>(v); break;
      case 11: d.period_type = value_type(s); break;
      case 12: d.period = static_cast<int64_t>(v); break;
      default: break;
    }
    (void)wire;
  });
  d.ok &= top.ok;
  for (auto& smp : d.samples)
    for (auto& [k, n] : smp.raw_labels) smp.num_labels[d.str(k)] = n;
  return d;
}

std::string gunzip(const std::string& gz) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return {};
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  char buf[16384];
  int rc;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  } while (rc == Z_OK);
  inflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string{};
}

void wait_exit(run::Run& r) {
  for (int i = 0; i < 10000 && r.state() != run::RunState::Exited; i++)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

}  // namespace

TEST_CASE("mprof: with MemProfileRate 1 every block is sampled, with its full size") {
  Heap h(with_rate(1));
  std::vector<void*> keep;
  for (int i = 0; i < 1000; i++) keep.push_back(h.mallocgc(60, nullptr, false));  // class 64
  Totals t = totals(h.mem_profile().records(true));
  CHECK(t.alloc_objects == 1000);
  CHECK(t.alloc_bytes == 64000);
  CHECK(h.mem_profile().live_specials() == 1000);

  // Tiny allocations: only a new 16-byte block is sampled (two 8-byte requests share one).
  Heap h2(with_rate(1));
  for (int i = 0; i < 100; i++) h2.mallocgc(8, nullptr, false);
  t = totals(h2.mem_profile().records(true));
  CHECK(t.alloc_objects == 50);
  CHECK(t.alloc_bytes == 50 * 16);

  // Large objects count their whole page run.
  Heap h3(with_rate(1));
  h3.mallocgc(40000, nullptr, false);
  t = totals(h3.mem_profile().records(true));
  CHECK(t.alloc_objects == 1);
  CHECK(t.alloc_bytes == 40960);

  Heap h0(with_rate(0));  // off
  for (int i = 0; i < 1000; i++) h0.mallocgc(4096, nullptr, false);
  CHECK(h0.mem_profile().records(true).empty());
}

TEST_CASE("mprof: a bound runtime.MemProfileRate variable starts where told and its stores drive the sampler") {
  Heap h(with_rate(0));  // off
  int64_t go_var = 12345;
  h.mem_profile().bind_rate_variable(&go_var, 0);
  CHECK(go_var == 0);  // what the program sees first
  for (int i = 0; i < 100; i++) h.mallocgc(60, nullptr, false);
  CHECK(h.mem_profile().records(true).empty());
  go_var = 1;  // runtime.MemProfileRate = 1
  for (int i = 0; i < 100; i++) h.mallocgc(60, nullptr, false);
  CHECK(h.mem_profile().rate() == 1);
  CHECK(totals(h.mem_profile().records(true)).alloc_objects == 100);
  go_var = 0;
  for (int i = 0; i < 100; i++) h.mallocgc(60, nullptr, false);
  CHECK(totals(h.mem_profile().records(true)).alloc_objects == 100);
  h.mem_profile().bind_rate_variable(nullptr, 0);

  // The variable may read 0 (Go's linker turned profiling off) while the sampler keeps
  // its own rate: only a store by the program changes the rate.
  Heap h2(with_rate(1));
  int64_t var2 = 99;
  h2.mem_profile().bind_rate_variable(&var2, 0);
  for (int i = 0; i < 10; i++) h2.mallocgc(60, nullptr, false);
  CHECK(h2.mem_profile().rate() == 1);
  CHECK(totals(h2.mem_profile().records(true)).alloc_objects == 10);
  h2.mem_profile().bind_rate_variable(nullptr, 0);
}

TEST_CASE("mprof: at the default rate the samples number about total/rate and unsample to the total") {
  // 1 KiB blocks, 96 MiB in all: 192 samples expected (a Poisson count, sd ~ 14).
  Heap h;
  REQUIRE(h.mem_profile().rate() == 512 * 1024);
  const int n = 96 * 1024;
  for (int i = 0; i < n; i++) REQUIRE(h.mallocgc(1024, nullptr, false) != nullptr);
  Totals t = totals(h.mem_profile().records(true));
  const double expected = 96.0 * 1024 * 1024 / (512 * 1024);
  INFO("samples: " << t.alloc_objects);
  CHECK(t.alloc_objects > expected * 0.7);
  CHECK(t.alloc_objects < expected * 1.3);
  CHECK(t.alloc_bytes == t.alloc_objects * 1024);
  int64_t objects = 0, bytes = 0;
  mem::scale_heap_sample(t.alloc_objects, t.alloc_bytes, 512 * 1024, &objects, &bytes);
  CHECK(std::abs(static_cast<double>(objects) - n) < n * 0.3);
  CHECK(std::abs(static_cast<double>(bytes) - 1024.0 * n) < 1024.0 * n * 0.3);

  // Blocks as large as the rate are sampled about 63% of the time (1 - 1/e).
  Heap big;
  int64_t sampled = 0;
  for (int i = 0; i < 400; i++) {
    big.mallocgc(512 * 1024, nullptr, false);
    if (i % 50 == 49) collect(big, {});  // keep the heap small
  }
  for (const auto& r : big.mem_profile().records(true)) sampled += r.alloc_objects;
  INFO("large samples: " << sampled);
  CHECK(sampled > 400 * 0.5);
  CHECK(sampled < 400 * 0.76);
}

TEST_CASE("mprof: a freed sampled block leaves inuse two GCs later (Go's cycle publication)") {
  Heap h(with_rate(1));
  void* a = h.mallocgc(100, nullptr, false);  // class 112
  void* b = h.mallocgc(100, nullptr, false);
  void* big = h.mallocgc(50000, nullptr, false);  // large: its own span
  // GC 1: all three live. Nothing is published yet (mallocs wait for cycle C+2), so a
  // reader sees every cycle folded in, as Go's MemProfile does before any GC publishes.
  collect(h, {a, b, big});
  Totals t = totals(h.mem_profile().records(true));
  CHECK(t.alloc_objects == 3);
  CHECK(t.inuse_objects == 3);

  Heap h2(with_rate(1));
  a = h2.mallocgc(100, nullptr, false);
  b = h2.mallocgc(100, nullptr, false);
  big = h2.mallocgc(50000, nullptr, false);
  collect(h2, {a, b, big});  // GC 1: all live
  collect(h2, {a});          // GC 2: publishes the mallocs; its sweep frees b and big
  CHECK(h2.mem_profile().live_specials() == 1);
  t = totals(h2.mem_profile().records(true));
  CHECK(t.alloc_objects == 3);
  CHECK(t.inuse_objects == 3);  // the frees belong to the next published cycle
  collect(h2, {a});             // GC 3: GC 2's frees are published
  t = totals(h2.mem_profile().records(true));
  CHECK(t.alloc_objects == 3);
  CHECK(t.inuse_objects == 1);
  CHECK(t.inuse_bytes == 112);

  // runtime.GC publishes its own sweep's frees at once (Go: mProf_PostSweep).
  Heap h3(with_rate(1));
  a = h3.mallocgc(100, nullptr, false);
  b = h3.mallocgc(100, nullptr, false);
  collect(h3, {a, b});
  collect(h3, {a});
  h3.mem_profile().post_sweep(h3.mem_profile().cycle());
  t = totals(h3.mem_profile().records(true));
  CHECK(t.inuse_objects == 1);
  CHECK(totals(h3.mem_profile().records(false)).inuse_objects == 1);
}

TEST_CASE("mprof: stacks come from the hook and key the buckets") {
  Heap h(with_rate(1));
  static uint64_t which = 0;
  h.mem_profile().set_stack_hook(
      [](void*, uint64_t* pcs, int max) {
        int n = 0;
        if (n < max) pcs[n++] = 0x1000 + which;
        if (n < max) pcs[n++] = 0x2000;
        return n;
      },
      nullptr);
  for (int i = 0; i < 10; i++) {
    which = i % 2;
    h.mallocgc(200, nullptr, false);
  }
  auto rs = h.mem_profile().records(true);
  REQUIRE(rs.size() == 2);
  for (const auto& r : rs) {
    CHECK(r.alloc_objects == 5);
    REQUIRE(r.stack.size() == 2);
    CHECK(r.stack[1] == 0x2000);
  }
}

TEST_CASE("pprof: a run's heap profile decodes to Go's sample types with main.f at its line") {
  run::Run r;
  run::Program p;
  p.mem_profile_rate = 1;
  p.source = R"(package main

import "runtime"

var keep [][]byte
var sink []byte

func f(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, make([]byte, 1000))
	}
}

func g() {
	for i := 0; i < 200; i++ {
		sink = make([]byte, 2000)
	}
}

func main() {
	f(300)
	g()
	runtime.GC()
	println(len(keep), len(sink))
}
)";
  r.start(p);
  wait_exit(r);
  REQUIRE(r.state() == run::RunState::Exited);
  CHECK(r.exit_code() == 0);
  std::string gz = r.heap_profile_pprof();
  REQUIRE(gz.size() > 18);
  CHECK(static_cast<uint8_t>(gz[0]) == 0x1f);
  CHECK(static_cast<uint8_t>(gz[1]) == 0x8b);
  std::string pb = gunzip(gz);
  REQUIRE(!pb.empty());
  Decoded d = decode(pb);
  REQUIRE(d.ok);
  REQUIRE(!d.strings.empty());
  CHECK(d.strings[0].empty());
  REQUIRE(d.sample_types.size() == 4);
  const char* types[4][2] = {{"alloc_objects", "count"}, {"alloc_space", "bytes"}, {"inuse_objects", "count"},
                             {"inuse_space", "bytes"}};
  for (int i = 0; i < 4; i++) {
    CHECK(d.str(d.sample_types[i].first) == types[i][0]);
    CHECK(d.str(d.sample_types[i].second) == types[i][1]);
  }
  CHECK(d.str(d.period_type.first) == "space");
  CHECK(d.str(d.period_type.second) == "bytes");
  CHECK(d.period == 1);
  CHECK(d.time_nanos > 0);
  REQUIRE(d.mapping_ids.size() == 1);

  // f's make: 300 blocks of 1024 bytes, all still in use; g's: 200 of 2048, one in use.
  int64_t f_alloc = 0, f_inuse = 0, g_alloc = 0, g_inuse = 0;
  bool f_stack_ok = false;
  for (const auto& s : d.samples) {
    REQUIRE(s.values.size() == 4);
    for (uint64_t l : s.locs) {
      CHECK(d.locations.count(l) == 1);
      CHECK(d.location_mapping[l] == 1);
    }
    auto [name, line] = d.top(s);
    auto lb = s.num_labels.find("bytes");
    if (name == "main.f" && line == 10 && lb != s.num_labels.end() && lb->second == 1024) {
      f_alloc += static_cast<int64_t>(s.values[0]);
      f_inuse += static_cast<int64_t>(s.values[2]);
      CHECK(s.values[1] == s.values[0] * 1024);
      auto st = d.stack(s);
      f_stack_ok = st == std::vector<std::string>{"main.f", "main.main", "runtime.main"};
    }
    if (name == "main.g" && line == 16) {
      g_alloc += static_cast<int64_t>(s.values[0]);
      g_inuse += static_cast<int64_t>(s.values[2]);
    }
  }
  CHECK(f_alloc == 300);
  CHECK(f_inuse == 300);
  CHECK(f_stack_ok);
  CHECK(g_alloc == 200);
  CHECK(g_inuse == 1);
  // Functions carry their file and first line.
  bool found_f = false;
  for (const auto& [id, fn] : d.functions) {
    if (d.str(fn.name) != "main.f") continue;
    found_f = true;
    CHECK(d.str(fn.system_name) == "main.f");
    CHECK(d.str(fn.file) == "/tmp/prog.go");
    CHECK(fn.start_line == 8);
  }
  CHECK(found_f);
}

TEST_CASE("pprof: unsampling follows Go's scaleHeapSample") {
  int64_t c = 0, s = 0;
  mem::scale_heap_sample(0, 100, 512 * 1024, &c, &s);
  CHECK(c == 0);
  CHECK(s == 0);
  mem::scale_heap_sample(3, 3072, 1, &c, &s);
  CHECK(c == 3);
  CHECK(s == 3072);
  // 1 sample of 512 KiB at rate 512 KiB stands for 1/(1-1/e) = 1.582 blocks.
  mem::scale_heap_sample(1, 512 * 1024, 512 * 1024, &c, &s);
  CHECK(c == 1);
  CHECK(s == static_cast<int64_t>(512.0 * 1024 / (1 - std::exp(-1.0))));
}
