// channels_panel.h — the Channels panel: every live channel of the run with its element
// type, len/cap and whether it is closed; its ring buffer drawn slot by slot with the
// values in it and the sendx/recvx indices; and the goroutines waiting in its recvq and
// sendq (marked when they wait inside a select).
//
// Invariant: everything drawn comes from a sched::SchedSnapshot the runtime published;
// the panel keeps only which channel the learner selected (cleared on a new run).
#pragma once
#include <cstdint>
#include <vector>

#include "sched/snapshot.h"

namespace gs::ui {

class ChannelsPanel {
 public:
  void reset();
  // Draws the panel. Returns the id of a goroutine the learner clicked (to show it in
  // the Goroutines panel), or 0.
  int64_t draw(const sched::SchedSnapshot* s, bool run_live);
  // Highlights a channel (from the Goroutines panel's link) and scrolls to it.
  void select(int64_t chan_id);
  int64_t selected() const { return selected_; }

  // What the last draw showed, for the test interface.
  struct Drawn {
    int64_t id;
    uint64_t len, cap;
    bool closed;
    std::vector<int64_t> recvq, sendq;  // the waiters drawn as chips (a bounded number)
    size_t recvq_total, sendq_total;    // and how many wait in all
  };
  const std::vector<Drawn>& drawn() const { return drawn_; }

 private:
  int64_t selected_ = 0;
  bool scroll_to_selected_ = false;
  std::vector<Drawn> drawn_;

  int64_t draw_channel(const sched::SchedSnapshot& s, const sched::ChanSnap& c);
  void draw_ring(const sched::ChanSnap& c);
};

}  // namespace gs::ui
