// threads_panel.h — the Threads panel: the runtime's Ms, each a real OS thread (a
// pthread natively, a Web Worker in the browser), with the OS thread id the M
// recorded itself, its state, and the heartbeat counter it advances.
//
// Invariant: every number drawn comes from trace::observe_ms(); the panel only keeps a
// short history of those readings to draw each M's beats-per-second sparkline.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "trace/observe.h"

namespace gs::ui {

class ThreadsPanel {
 public:
  // views: this frame's reading; ui_thread_id: the OS id of the thread drawing the UI.
  void draw(const std::vector<trace::MView>& views, uint64_t ui_thread_id, double now_seconds);

 private:
  struct History {
    std::deque<float> rate;   // beats per second, one sample per sample period
    uint64_t last_beats = 0;
    double last_time = 0;
    uint64_t flash_beat = 0;  // beat at which the pulse dot last lit
    double flash_time = 0;
  };
  std::vector<History> hist_;
};

}  // namespace gs::ui
