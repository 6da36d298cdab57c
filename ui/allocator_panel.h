// allocator_panel.h — the Allocator panel: the heap as the runtime's allocator holds
// it. MemStats numbers and the allocation rate; the size-class table (spans, objects
// in use and free, bytes, a bar per class; a click selects a class); each mcache's
// cached spans and tiny block; each mcentral's partial/full × swept/unswept span sets;
// a page map of every arena, one cell per 8 KiB page coloured by its state and class;
// the large objects; an "Export heap profile (pprof)" button that saves the run's heap
// profile (run::Run::heap_profile_pprof) through the platform layer. Also the
// memory-snapshot caption the GC panel shares.
//
// Invariant: every number drawn comes from a trace::MemSnapshot the runtime published
// (via trace::observe_mem). The panel keeps only the selected class and a short
// history of (taken_ns, TotalAlloc) pairs to turn two runtime numbers into a rate;
// both are cleared when a new run starts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>

#include "trace/mem_snapshot.h"

namespace gs::run {
class Run;
}

namespace gs::ui {

// One line saying what the memory panels show: the live snapshot's time, the last one
// of an ended run, or how to get one. False when there is nothing to draw.
bool draw_mem_snapshot_caption(const trace::MemSnapshot* s, bool run_live);

class AllocatorPanel {
 public:
  // A new run started: forget the selection and the rate history.
  void reset();
  // Called with every new snapshot, shown or not, so the allocation rate has no gaps.
  void observe(const trace::MemSnapshot& s);
  // run: where the export button takes the heap profile from (nullptr: no button).
  void draw(const trace::MemSnapshot* s, bool run_live, const run::Run* run = nullptr);

  // What the export button does: asks the run for its heap profile and has the platform
  // save it; the status line says where it went. Returns that status.
  const std::string& export_profile(const run::Run& run);

  // Selects a size class (1..67; 0 clears) as a click on its row does.
  void select_class(int size_class);
  int selected_class() const { return selected_class_; }

  // Bytes allocated per second over the last second of snapshots (TotalAlloc's change
  // over taken_ns' change); negative when fewer than two snapshots were seen.
  double alloc_rate() const;

  // What the last draw showed, for the test interface.
  struct Drawn {
    int class_rows = 0;       // size-class rows listed
    int mcaches = 0;
    int centrals = 0;
    int arenas = 0;
    size_t pages_drawn = 0;   // page-map cells drawn over all arenas
    int large_rows = 0;
    int selected_class = 0;
    int selected_cached_spans = 0;  // the selected class's spans found in mcaches
    bool export_button = false;     // the heap-profile export button was drawn
  };
  const Drawn& drawn() const { return drawn_; }

 private:
  struct RatePoint {
    int64_t taken_ns = 0;
    uint64_t total_alloc = 0;
  };
  std::deque<RatePoint> rate_points_;  // oldest first, about the last second
  int selected_class_ = 0;
  bool show_all_classes_ = false;
  Drawn drawn_;
  std::string export_status_;  // what the last heap-profile export did
  bool export_failed_ = false;

  void draw_export(const run::Run& run);

  void draw_stats(const trace::MemSnapshot& s);
  void draw_classes(const trace::MemSnapshot& s);
  void draw_selected_class(const trace::MemSnapshot& s);
  void draw_mcaches(const trace::MemSnapshot& s);
  void draw_centrals(const trace::MemSnapshot& s);
  void draw_page_maps(const trace::MemSnapshot& s);
  void draw_large(const trace::MemSnapshot& s);
};

}  // namespace gs::ui
