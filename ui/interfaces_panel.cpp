// interfaces_panel.cpp — see interfaces_panel.h.
#include "interfaces_panel.h"

#include <imgui.h>

#include <cstdio>

#include "panel_widgets.h"
#include "scheduler_panel.h"
#include "test_rects.h"

namespace gs::ui {

void InterfacesPanel::reset() {
  selected_slot_ = static_cast<size_t>(-1);
  pending_ = {};
  drawn_.clear();
}

void InterfacesPanel::draw(const trace::IfaceSnapshot* s, bool run_live) {
  drawn_.clear();
  if (!draw_published_caption(s != nullptr, s ? s->taken_ns : 0, run_live, "itab cache")) return;
  if (!pending_.first.empty())
    for (const trace::ItabView& e : s->entries)
      if (e.inter == pending_.first && e.type == pending_.second) {
        selected_slot_ = e.slot;
        pending_ = {};
      }
  const float load = s->table_size ? 100.f * static_cast<float>(s->count) / static_cast<float>(s->table_size) : 0.f;
  ImGui::Text("itabTable: %zu of %zu slots used (%.1f%% load), grown %d time%s", s->count, s->table_size, load,
              s->grows, s->grows == 1 ? "" : "s");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Go keeps one itab per (interface, concrete type) pair in an open-addressing hash table.\n"
        "It starts with 512 slots and doubles before it would pass 75%% load. Lookups take no lock.");
  widgets::dim_wrapped(
      "Conversions the compiler can see (var s Shape = Square{}) use an itab built at compile time and never "
      "look the table up. Type assertions and type switches to an interface type look it up at run time: those "
      "lookups are the hits. A failed lookup is cached too, as a negative entry.");

  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  const float lh = ImGui::GetTextLineHeightWithSpacing();
  const float details_h = lh * 7;
  float table_h = ImGui::GetContentRegionAvail().y - details_h;
  if (table_h < lh * 5) table_h = lh * 5;
  const trace::ItabView* selected = nullptr;
  if (ImGui::BeginTable("itabs", 6, flags, ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("slot");
    ImGui::TableSetupColumn("probes");
    ImGui::TableSetupColumn("interface");
    ImGui::TableSetupColumn("concrete type");
    ImGui::TableSetupColumn("hits");
    ImGui::TableSetupColumn("methods", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const trace::ItabView& e : s->entries) {
      drawn_.push_back({e.slot, e.inter, e.type, e.implements, static_cast<unsigned long long>(e.hits)});
      if (e.slot == selected_slot_) selected = &e;
      ImGui::PushID(static_cast<int>(e.slot));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      char label[32];
      std::snprintf(label, sizeof label, "%zu", e.slot);
      if (ImGui::Selectable(label, e.slot == selected_slot_,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        selected_slot_ = e.slot == selected_slot_ ? static_cast<size_t>(-1) : e.slot;
      record_test_rect("itab:" + std::to_string(e.slot));
      ImGui::TableNextColumn();
      // Quadratic probing from the home slot: the k-th probe is k(k+1)/2 slots on.
      const size_t mask = s->table_size - 1;
      int probes = 0;
      for (size_t h = e.home, k = 1; h != e.slot && k <= s->table_size; k++, probes++) h = (h + k) & mask;
      if (probes == 0)
        ImGui::TextDisabled("home");
      else
        ImGui::Text("+%d", probes);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("hash 0x%08x -> home slot %zu; %d collision%s before a free slot", e.hash, e.home, probes,
                          probes == 1 ? "" : "s");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.inter.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.type.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(e.hits));
      ImGui::TableNextColumn();
      if (!e.implements) {
        ImGui::TextDisabled("negative: missing method %s", e.missing.c_str());
      } else if (e.methods.empty()) {
        ImGui::TextDisabled("no methods (an empty interface needs no itab in Go)");
      } else {
        std::string names;
        for (const auto& [m, f] : e.methods) names += (names.empty() ? "" : ", ") + m;
        ImGui::TextUnformatted(names.c_str());
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (s->omitted) ImGui::TextDisabled("... and %zu more entries", s->omitted);
  if (!selected) {
    widgets::dim_wrapped("Click an entry to see its method table.");
    return;
  }
  ImGui::Text("itab{inter: %s, _type: %s}", selected->inter.c_str(), selected->type.c_str());
  if (!selected->implements) {
    ImGui::TextWrapped("%s does not implement %s (missing method %s). Go caches this answer so a failing "
                       "assertion does not search the method set again.",
                       selected->type.c_str(), selected->inter.c_str(), selected->missing.c_str());
    return;
  }
  ImGui::TextDisabled("fun[] — what a call through the interface jumps to, in the interface's method order:");
  for (size_t i = 0; i < selected->methods.size(); i++)
    ImGui::BulletText("fun[%zu]  %s  ->  %s", i, selected->methods[i].first.c_str(), selected->methods[i].second.c_str());
}

}  // namespace gs::ui
