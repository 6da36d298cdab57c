// goroutines_panel.h — the Goroutines panel: every G of the run with its id, state or
// wait reason, M, stack size (flashing when the stack has just grown), start function,
// where it was created and where it last stopped, and how often it was scheduled. A
// click selects a G and shows its details, with a link to the channel it waits on.
//
// Invariant: every value drawn comes from a sched::SchedSnapshot the runtime published;
// the panel keeps only the selection and, per G, the last stack-growth count it saw
// (to time the flash), both cleared when a new run starts.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sched/snapshot.h"

namespace gs::ui {

class GoroutinesPanel {
 public:
  // A new run started.
  void reset();
  // Called with every new snapshot, shown or not, so a stack growth flashes when it is
  // first seen. now_seconds: the UI clock (ImGui::GetTime()).
  void observe(const sched::SchedSnapshot& s, double now_seconds);
  // Draws the panel. Returns the id of a channel the learner asked to see (the one the
  // selected G waits on), or 0.
  int64_t draw(const sched::SchedSnapshot* s, bool run_live, double now_seconds);

  // Selects a G (from another panel's link) and scrolls it into view.
  void select(int64_t goid);
  int64_t selected() const { return selected_; }

  // What the last draw listed, for the test interface.
  struct Row {
    int64_t goid;
    std::string status;
  };
  const std::vector<Row>& drawn() const { return drawn_; }

 private:
  struct StackSeen {
    uint32_t grows = 0;
    double flash_at = -1;  // UI time of the last growth seen, -1 if none
  };
  std::unordered_map<int64_t, StackSeen> stacks_;
  int64_t selected_ = 0;
  bool scroll_to_selected_ = false;
  bool show_dead_ = false;
  std::vector<Row> drawn_;

  int64_t draw_details(const sched::SchedSnapshot& s, const sched::GSnap& g);
};

}  // namespace gs::ui
