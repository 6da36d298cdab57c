// gc_panel.h — the GC panel: the collector's phase; the heap over time (live heap,
// goal and trigger: the sawtooth) with a marker per cycle; each cycle's stop-the-world
// time split into sweep termination, mark and mark termination; a histogram of recent
// pauses; the counters (NumGC, PauseTotalNs, GCCPUFraction, ...) and a table of
// cycles; the GODEBUG=gctrace=1 feed; and the GOGC / GOMEMLIMIT controls, which ask the
// running program to change them (as debug.SetGCPercent / SetMemoryLimit would).
//
// Invariant: every number drawn comes from the gc::GcSnapshot inside a
// trace::MemSnapshot the runtime published; the panel keeps only the controls' edit
// state (what the learner is typing or dragging, and a change it asked for until the
// runtime reports it back), cleared when a new run starts. It never changes the
// runtime itself: draw() returns the change and the app forwards it to the run.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "trace/mem_snapshot.h"

namespace gs::ui {

class GcPanel {
 public:
  // A new run started.
  void reset();

  // A change of the collector's knobs the learner asked for this frame.
  struct KnobChange {
    bool requested = false;
    int32_t gogc = INT32_MIN;          // INT32_MIN: keep; negative: off
    int64_t memory_limit = INT64_MIN;  // INT64_MIN: keep; INT64_MAX: no limit
  };
  // Draws the panel; the controls are live only while the run is.
  KnobChange draw(const trace::MemSnapshot* s, bool run_live);

  // The test interface's set_gogc went through the app: show it as pending like a
  // slider change, so the control does not jump back before the runtime reports it.
  void note_requested(const KnobChange& change, int64_t snapshot_taken_ns);

  // What the last draw showed, for the test interface.
  struct Drawn {
    size_t samples_plotted = 0;
    size_t cycles_drawn = 0;    // rows of the stop-the-world timeline
    size_t pauses = 0;          // pauses counted in the histogram
    size_t trace_lines = 0;
    std::string phase;
  };
  const Drawn& drawn() const { return drawn_; }

 private:
  // Controls.
  int gogc_slider_ = 100;
  bool gogc_off_ = false;
  std::string limit_text_;          // MiB, as typed
  bool limit_text_dirty_ = false;   // the learner is editing it: do not overwrite
  // A change sent to the run, shown until a snapshot newer than this reports it.
  int32_t pending_gogc_ = INT32_MIN;
  int64_t pending_limit_ = INT64_MIN;
  int64_t pending_since_ns_ = 0;
  int plot_window_ = 0;             // 0 last 12 cycles, 1 last second, 2 last 10 s, 3 everything kept
  Drawn drawn_;

  KnobChange draw_controls(const trace::MemSnapshot& s, bool run_live);
  void draw_counters(const trace::MemSnapshot& s);
  void draw_heap_plot(const trace::MemSnapshot& s);
  void draw_stw_timeline(const trace::MemSnapshot& s);
  void draw_pause_histogram(const trace::MemSnapshot& s);
  void draw_cycles_table(const trace::MemSnapshot& s);
  void draw_gctrace(const trace::MemSnapshot& s);
};

}  // namespace gs::ui
