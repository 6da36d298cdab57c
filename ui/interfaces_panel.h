// interfaces_panel.h — the Interfaces panel: the run's itab cache (Go's itabTable) as
// the runtime holds it. The table's size, load and growths; every entry in slot order
// with the slot its hash pointed at (so a collision's probe distance shows), the
// interface and the concrete type, how many run-time lookups found it, and — for the
// selected entry — the method table an interface call jumps through, or, for a cached
// negative answer, the method the type lacks.
//
// Invariant: everything drawn comes from a trace::IfaceSnapshot the runtime published
// (via trace::observe_ifaces); the panel keeps only the selected entry's slot.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "trace/iface_snapshot.h"

namespace gs::ui {

class InterfacesPanel {
 public:
  void reset();
  void draw(const trace::IfaceSnapshot* s, bool run_live);
  // Selects the entry in a slot, as a click on its row does (SIZE_MAX clears).
  void select_slot(size_t slot) { selected_slot_ = slot; }
  // Selects the entry for (interface, type) once a snapshot holds it (the test
  // interface's way in: slots depend on hashes).
  void select_pair(std::string inter, std::string type) { pending_ = {std::move(inter), std::move(type)}; }
  size_t selected_slot() const { return selected_slot_; }

  // What the last draw showed, for the test interface.
  struct Drawn {
    size_t slot;
    std::string inter, type;
    bool implements;
    unsigned long long hits;
  };
  const std::vector<Drawn>& drawn() const { return drawn_; }

 private:
  size_t selected_slot_ = static_cast<size_t>(-1);
  std::pair<std::string, std::string> pending_;
  std::vector<Drawn> drawn_;
};

}  // namespace gs::ui
