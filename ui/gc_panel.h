// gc_panel.h — the GC panel: the collector's phase; the heap over time (live heap,
// goal and trigger: the sawtooth) with a marker per cycle; each cycle's stop-the-world
// time split into sweep termination, mark and mark termination; a histogram of recent
// pauses; the counters (NumGC, PauseTotalNs, GCCPUFraction, ...) and a table of
// cycles; the tri-colour view of marking (white / grey / black counts as a stacked bar,
// live while a cycle marks, else the last cycle's recorded points with a scrubber, and
// a sampled object graph of the running program coloured at the chosen point); the
// GODEBUG=gctrace=1 feed; and the GOGC / GOMEMLIMIT controls, which ask the
// running program to change them (as debug.SetGCPercent / SetMemoryLimit would).
//
// Invariant: every number drawn comes from the gc::GcSnapshot inside a
// trace::MemSnapshot the runtime published; the panel keeps only the controls' edit
// state (what the learner is typing or dragging, and a change it asked for until the
// runtime reports it back), cleared when a new run starts, and the tri-colour view's
// scrubber position and a cycle the learner chose to hold. It never changes the
// runtime itself: draw() returns the change and the app forwards it to the run. (While
// the tri-colour section is open it tells the runtime an observer is looking, which
// only turns the runtime's own sampling on: gc::note_tricolour_observer.)
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
    // The tri-colour section (cycle 0: nothing drawn).
    struct TriColour {
      uint32_t cycle = 0;
      bool live = false;          // the cycle was marking in this snapshot
      bool held = false;          // the learner holds this cycle
      size_t point = 0;           // the point shown (index into the cycle's points)
      size_t points = 0;
      std::string stage;          // of the point shown
      gc::TriColourCounts counts; // in the stacked bar
      size_t nodes = 0, edges = 0, roots = 0;
      size_t white = 0, grey = 0, black = 0;  // nodes drawn in each colour
    } tricolour;
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
  // Tri-colour view.
  int tc_point_ = -1;               // the point chosen with the scrubber; -1: the newest
  uint32_t tc_cycle_ = 0;           // the cycle tc_point_ belongs to
  bool tc_hold_ = false;            // keep showing tc_held_ while new cycles come
  gc::TriColourCycle tc_held_;
  double tc_replay_start_ = -1;     // ImGui time a replay started (-1: none)
  Drawn drawn_;

  KnobChange draw_controls(const trace::MemSnapshot& s, bool run_live);
  void draw_counters(const trace::MemSnapshot& s);
  void draw_heap_plot(const trace::MemSnapshot& s);
  void draw_stw_timeline(const trace::MemSnapshot& s);
  void draw_pause_histogram(const trace::MemSnapshot& s);
  void draw_cycles_table(const trace::MemSnapshot& s);
  void draw_tricolour(const trace::MemSnapshot& s);
  void draw_gctrace(const trace::MemSnapshot& s);
};

}  // namespace gs::ui
