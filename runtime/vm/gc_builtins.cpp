// gc_builtins.cpp — the body-less functions of package runtime and runtime/debug
// that reach the allocator and the collector (Go: mstats.go's ReadMemStats,
// mgc.go's GC, runtime/debug's SetGCPercent, SetMemoryLimit, FreeOSMemory), and the
// collector's entry at a goroutine's safe point.
//
// Invariant: a collection starts only from a goroutine at host depth 0 (see
// gcroots.cpp); a call made deeper (inside a method fmt called) collects nothing and
// returns, because C++ frames on the host stack may hold pointers no root describes.
#include <cstring>

#include "gc/mgc.h"
#include "gc/mstats.h"
#include "mem/malloc.h"
#include "mem/mheap.h"
#include "vm/interp.h"
#include "vm/memory.h"

namespace gs::vm {

namespace {

void fill_mem_stats(gc::GoMemStats* out, const mem::MemStatsSnapshot& h, const gc::GcSnapshot& g,
                    const sched::StackStats& st, uint64_t gc_sys_extra) {
  std::memset(out, 0, sizeof *out);
  out->Alloc = h.heap_alloc;
  out->TotalAlloc = h.total_alloc;
  out->Mallocs = h.mallocs;
  out->Frees = h.frees;
  out->HeapAlloc = h.heap_alloc;
  out->HeapSys = h.heap_sys;
  out->HeapIdle = h.heap_idle;
  out->HeapInuse = h.heap_inuse;
  out->HeapReleased = h.heap_released;
  out->HeapObjects = h.heap_objects;
  // Go: StackInuse is the bytes of stack spans with at least one stack in them.
  uint64_t small_in_use = 0;
  for (int o = 0; o < sched::kNumStackOrders; o++) small_in_use += st.in_use_by_order[o] * (sched::kFixedStack << o);
  out->StackInuse = st.pool_spans * sched::kStackCacheSize + (st.bytes_in_use - small_in_use);
  out->StackSys = st.sys_bytes > out->StackInuse ? st.sys_bytes : out->StackInuse;
  out->MSpanInuse = h.mspan_inuse;
  out->MSpanSys = h.mspan_sys;
  out->MCacheInuse = h.mcache_inuse;
  out->MCacheSys = h.mcache_sys;
  out->BuckHashSys = 0;  // no memory profiler buckets
  out->GCSys = h.gc_bits_sys + gc_sys_extra;
  out->OtherSys = h.other_sys;
  out->Sys = out->HeapSys + out->StackSys + out->MSpanSys + out->MCacheSys + out->BuckHashSys + out->GCSys +
             out->OtherSys;
  out->NextGC = g.heap_goal;
  out->LastGC = g.last_gc_unix_ns;
  out->PauseTotalNs = g.pause_total_ns;
  std::memcpy(out->PauseNs, g.pause_ns, sizeof out->PauseNs);
  std::memcpy(out->PauseEnd, g.pause_end, sizeof out->PauseEnd);
  out->NumGC = g.num_gc;
  out->NumForcedGC = g.num_forced_gc;
  out->GCCPUFraction = g.gc_cpu_fraction;
  out->EnableGC = true;
  out->DebugGC = false;
  for (int i = 0; i < 61; i++) {
    out->BySize[i].Size = h.by_size[i].size;
    out->BySize[i].Mallocs = h.by_size[i].mallocs;
    out->BySize[i].Frees = h.by_size[i].frees;
  }
}

}  // namespace

bool Machine::gc_builtin(G& g, const Func* f, uint8_t* args, BuiltinResult* result) {
  enum Id { GC, ReadMemStats, SetGCPercent, SetMemoryLimit, FreeOSMemory, SetFinalizer, SetMaxStack };
  static const std::unordered_map<std::string, Id> ids = {
      {"runtime.GC", GC},
      {"runtime.ReadMemStats", ReadMemStats},
      {"runtime/debug.SetGCPercent", SetGCPercent},
      {"runtime/debug.SetMemoryLimit", SetMemoryLimit},
      {"runtime/debug.FreeOSMemory", FreeOSMemory},
      {"runtime.SetFinalizer", SetFinalizer},
      {"runtime/debug.SetMaxStack", SetMaxStack},
  };
  auto it = ids.find(f->name);
  if (it == ids.end()) return false;
  *result = BuiltinResult::Continue;
  uint8_t* res = args + f->results_off;
  switch (it->second) {
    case GC:
    case FreeOSMemory: {
      if (!gc_ || g.host_depth != 0) break;
      gc::Collector::Result r = it->second == GC ? gc_->collect_forced() : (gc_->free_os_memory(), gc::Collector::Result::Done);
      heap_->set_gc_trigger(gc_->trigger());
      // Someone else is stopping the world: yield (the scheduler stops us for them), retry.
      if (r == gc::Collector::Result::Busy) *result = BuiltinResult::YieldRerun;
      else run_queued_finalizers();
      break;
    }
    case SetFinalizer:
      *result = set_finalizer(g, args);
      break;
    case ReadMemStats: {
      auto* out = static_cast<gc::GoMemStats*>(types::ptr_from_word(ld<types::Word>(args)));
      if (!out) {
        runtime_error(g, "invalid memory address or nil pointer dereference");
        break;
      }
      gc::GcSnapshot gs;
      if (gc_) {
        while (!gc_->snapshot(&gs)) {
        }
      }
      gc::GoMemStats ms;
      fill_mem_stats(&ms, heap_->mem_stats(), gs, stacks_.stats(), gc_ ? gc_->work_buffer_bytes() : 0);
      std::memcpy(out, &ms, sizeof ms);
      break;
    }
    case SetGCPercent: {
      int64_t pct = ld<int64_t>(args);
      int32_t v = pct > INT32_MAX ? INT32_MAX : pct < INT32_MIN ? INT32_MIN : static_cast<int32_t>(pct);
      st<int64_t>(res, gc_ ? gc_->set_gc_percent(v) : 100);
      if (gc_) heap_->set_gc_trigger(gc_->trigger());
      break;
    }
    case SetMaxStack:  // Go stores the int as a uintptr: a negative one is a huge limit
      st<int64_t>(res, static_cast<int64_t>(stacks_.set_max_stack(static_cast<uint64_t>(ld<int64_t>(args)))));
      break;
    case SetMemoryLimit: {
      st<int64_t>(res, gc_ ? gc_->set_memory_limit(ld<int64_t>(args)) : INT64_MAX);
      if (gc_) heap_->set_gc_trigger(gc_->trigger());
      break;
    }
  }
  return true;
}

}  // namespace gs::vm
