// iface_snapshot.cpp — builds the Interfaces view's picture of the itab cache
// (trace/iface_snapshot.h) from the Module's itabTable. Reads only: the table is
// lock-free to read, and an Itab never changes once it is published.
#include "os/note.h"
#include "vm/interp.h"

namespace gs::vm {

void Machine::publish_iface_snapshot() {
  auto snap = std::make_shared<trace::IfaceSnapshot>();
  if (sched_) snap->taken_ns = os::nanotime() - sched_->start_ns();
  const ItabTable& t = m_.itab_table;
  auto slots = t.slots();
  snap->table_size = t.size();
  snap->count = slots.size();
  snap->grows = t.grows();
  const size_t mask = snap->table_size - 1;
  for (const auto& sv : slots) {
    if (snap->entries.size() == trace::IfaceSnapshot::kMaxEntries) {
      snap->omitted++;
      continue;
    }
    const Itab& it = *sv.itab;
    trace::ItabView v;
    v.slot = sv.slot;
    v.hash = static_cast<uint32_t>(ItabTable::hash(it.inter(), it.type()));
    v.home = v.hash & mask;
    v.inter = it.inter()->str;
    v.type = it.type()->str;
    v.implements = it.implements;
    v.missing = it.missing;
    v.hits = it.hits.load(std::memory_order_relaxed);
    if (const types::InterfaceType* ity = it.inter()->interface_type())
      for (size_t i = 0; i < it.fun.size() && i < ity->methods.size(); i++)
        v.methods.emplace_back(ity->methods[i].name, m_.funcs[static_cast<size_t>(it.fun[i])]->name);
    snap->entries.push_back(std::move(v));
  }
  std::shared_ptr<const trace::IfaceSnapshot> done = std::move(snap);
  std::lock_guard<std::mutex> lock(iface_snap_mu_);
  iface_snap_.swap(done);
}

}  // namespace gs::vm
