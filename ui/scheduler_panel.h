// scheduler_panel.h — the Scheduler panel: each P with its status, current G, runnext
// and its 256-slot local run queue drawn to scale; the global run queue; each M; the
// scheduler's counters; a timeline of which G was on which P; GODEBUG=schedtrace lines.
// Also the small drawing helpers the Goroutines and Channels panels share with it
// (a G's colour and its clickable chip, the snapshot caption).
//
// Invariant: everything drawn comes from a sched::SchedSnapshot the runtime published
// (via trace::observe_sched); the only state kept here is a history of those
// snapshots' P→G assignments for the timeline, cleared when a new run starts.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "sched/snapshot.h"

namespace gs::ui {

// ---- shared by the scheduler, goroutines and channels panels ----------------------

// A colour of its own for each goroutine id, the same in every panel.
unsigned goroutine_color(int64_t goid);
// The colour of a G's state: running, runnable, blocked on a channel, asleep, ...
unsigned goroutine_status_color(const sched::GSnap& g);
// The G with this id in the snapshot, or nullptr.
const sched::GSnap* find_goroutine(const sched::SchedSnapshot& s, int64_t goid);
// Draws "G7" as a small coloured chip; its tooltip tells the G's state. True when clicked.
bool goroutine_chip(const sched::SchedSnapshot& s, int64_t goid);
// One line saying what the panels show: the live snapshot's time, or the last one of
// an ended run, or how to get one. False when there is no snapshot to draw.
bool draw_snapshot_caption(const sched::SchedSnapshot* s, bool run_live);
// The same caption for any snapshot the runtime publishes (what: "scheduler", "heap").
bool draw_published_caption(bool have, int64_t taken_ns, bool run_live, const char* what);
// "2 KiB", "1.5 MiB".
void format_bytes(char* out, size_t n, uint64_t bytes);

// ---- the panel ----------------------------------------------------------------------

class SchedulerPanel {
 public:
  // A new run started: forget the previous run's timeline.
  void reset();
  // Called with every new snapshot the app receives, whether the panel is shown or not,
  // so the timeline has no gaps.
  void observe(const sched::SchedSnapshot& s);
  // Draws the panel. Returns the id of a goroutine the learner clicked (to show it in the
  // Goroutines panel), or 0.
  int64_t draw(const sched::SchedSnapshot* s, bool run_live);

  // The live controls the learner used this frame (the app passes them to the run):
  // GOMAXPROCS, pause/resume, step, tempo. Taking them clears them.
  struct ControlChange {
    int gomaxprocs = 0;   // 0: no change
    int paused = -1;      // -1: no change; 0: resume; 1: pause
    int steps = 0;        // Step clicks
    int tempo_ms = -1;    // -1: no change
  };
  ControlChange take_control_change();
  // The tempo to give a new run (it carries over from run to run; pause does not).
  int tempo_ms() const { return tempo_ms_; }
  // The test interface drives the same controls.
  void request(const ControlChange& c);

  // What the last draw showed, for the test interface.
  struct Drawn {
    int ps = 0, ms = 0;
    bool controls = false;  // the controls row was drawn (live run)
    size_t timeline_samples = 0;
    size_t schedtrace_lines = 0;
  };
  const Drawn& drawn() const { return drawn_; }

 private:
  struct Sample {
    int64_t taken_ns = 0;
    std::vector<int64_t> curg;  // per P (index = P id): the G it ran, 0 when none
  };
  std::deque<Sample> samples_;  // oldest first
  Drawn drawn_;
  ControlChange change_;
  int tempo_ms_ = 0;
  int gomaxprocs_edit_ = 0;  // the slider's value while dragged (0: follow the runtime)

  void draw_controls(const sched::SchedSnapshot& s, bool run_live);
  int64_t draw_ps(const sched::SchedSnapshot& s);
  int64_t draw_ms(const sched::SchedSnapshot& s);
  int64_t draw_timeline(const sched::SchedSnapshot& s);
  void draw_counters(const sched::SchedSnapshot& s);
  void draw_schedtrace(const sched::SchedSnapshot& s);
};

}  // namespace gs::ui
