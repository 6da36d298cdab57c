// proc.h — starting, parking and stopping Ms (Go: proc.go's newm / mstart / stopm).
//
// The set of Ms is fixed while they run (Go's allm only grows; so does ours, up to
// the OS's ceiling, which in the browser is the pre-made worker pool). An M with
// nothing to do parks on its note; today an M's only work is its heartbeat, which it
// advances every beat interval — proof, visible in the UI, that real threads run.
// The scheduler issue gives Ms Ps and Gs to run; this loop becomes schedule().
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "sched/runtime2.h"

namespace gs::sched {

class Ms {
 public:
  Ms() = default;
  ~Ms();
  Ms(const Ms&) = delete;
  Ms& operator=(const Ms&) = delete;

  // Starts n Ms (capped by os::max_os_threads()). Returns how many started.
  int start(int n, int64_t beat_interval_ns);
  // Asks every M to exit, wakes them and joins them. Idempotent.
  void stop();

  int count() const { return static_cast<int>(all_.size()); }
  const M& at(int i) const { return *all_[i]; }

 private:
  static void mstart(void* arg);
  std::vector<std::unique_ptr<M>> all_;  // Go: allm
  int64_t beat_interval_ns_ = 0;
};

}  // namespace gs::sched
