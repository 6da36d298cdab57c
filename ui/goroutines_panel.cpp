// goroutines_panel.cpp — see goroutines_panel.h.
#include "goroutines_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "scheduler_panel.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr double kFlashSeconds = 1.2;  // a grown stack's cell glows this long

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

const sched::ChanSnap* find_chan(const sched::SchedSnapshot& s, int64_t id) {
  for (const auto& c : s.chans)
    if (c.id == id) return &c;
  return nullptr;
}
}  // namespace

void GoroutinesPanel::reset() {
  stacks_.clear();
  selected_ = 0;
  scroll_to_selected_ = false;
  drawn_.clear();
}

void GoroutinesPanel::observe(const sched::SchedSnapshot& s, double now) {
  for (const auto& g : s.gs) {
    auto [it, fresh] = stacks_.try_emplace(g.goid, StackSeen{g.stack_grows, -1});
    if (!fresh && g.stack_grows != it->second.grows) {
      // A G id is reused only after its G died; a smaller count means a new goroutine.
      if (g.stack_grows > it->second.grows) it->second.flash_at = now;
      it->second.grows = g.stack_grows;
    }
  }
}

void GoroutinesPanel::select(int64_t goid) {
  selected_ = goid;
  scroll_to_selected_ = true;
}

int64_t GoroutinesPanel::draw(const sched::SchedSnapshot* s, bool run_live, double now) {
  drawn_.clear();
  ImGui::TextWrapped(
      "Every goroutine of the run: a small record plus its own stack, which starts at 2 KiB and is copied to "
      "one twice the size when it runs out (the cell flashes). A waiting G holds no thread. Click a row for "
      "details.");
  ImGui::Spacing();
  if (!draw_snapshot_caption(s, run_live)) return 0;

  std::vector<const sched::GSnap*> rows;
  size_t dead = 0;
  for (const auto& g : s->gs) {
    if (g.status_text == "dead") {
      dead++;
      if (!show_dead_) continue;
    }
    rows.push_back(&g);
  }
  ImGui::SameLine();
  ImGui::TextDisabled("·");
  ImGui::SameLine();
  char dead_label[64];
  std::snprintf(dead_label, sizeof dead_label, "show exited Gs (%zu)", dead);
  ImGui::Checkbox(dead_label, &show_dead_);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("A G that returned stays in the runtime's list of all Gs, dead, for reuse by a later go "
                      "statement.");

  const sched::GSnap* sel = selected_ ? find_goroutine(*s, selected_) : nullptr;
  float lh = ImGui::GetTextLineHeightWithSpacing();
  // The table is as tall as its rows (scrolling past the room there is); the selected G's
  // details go under it, and the room for them is kept, so selecting never moves a row.
  const ImGuiStyle& style = ImGui::GetStyle();
  float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
  float details_h = ImGui::GetFrameHeightWithSpacing() * 5 + style.ItemSpacing.y;
  float rows_h = (static_cast<float>(rows.size()) + 1) * row_h + style.ScrollbarSize + style.CellPadding.y * 2 + 2;
  float table_h = std::max(std::min(rows_h, ImGui::GetContentRegionAvail().y - details_h), lh * 4);

  ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  int64_t picked_row = 0;
  if (ImGui::BeginTable("gs", 8, flags, ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("G");
    ImGui::TableSetupColumn("state");
    ImGui::TableSetupColumn("M");
    ImGui::TableSetupColumn("stack");
    ImGui::TableSetupColumn("started as");
    ImGui::TableSetupColumn("created at");
    ImGui::TableSetupColumn("last stopped at");
    ImGui::TableSetupColumn("switches");
    ImGui::TableHeadersRow();
    int selected_index = -1;
    for (size_t i = 0; i < rows.size(); i++)
      if (rows[i]->goid == selected_) selected_index = static_cast<int>(i);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    if (scroll_to_selected_ && selected_index >= 0) clipper.ForceDisplayRangeByIndices(selected_index, selected_index + 1);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
        const sched::GSnap& g = *rows[static_cast<size_t>(i)];
        ImGui::PushID(static_cast<int>(g.goid));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        char label[32];
        std::snprintf(label, sizeof label, "G%" PRId64, g.goid);
        if (ImGui::Selectable(label, g.goid == selected_,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
          picked_row = g.goid;
        record_test_rect("goroutine:" + std::to_string(g.goid));
        if (scroll_to_selected_ && i == selected_index) {
          ImGui::SetScrollHereY(0.5f);
          scroll_to_selected_ = false;
        }
        ImGui::TableNextColumn();
        // Go's goroutine header: "syscall" for a G in a system call, ", locked to thread"
        // for one wired to its M by runtime.LockOSThread.
        ImGui::TextColored(to_vec4(goroutine_status_color(g)), "%s%s", g.status_text.c_str(),
                           g.locked ? ", locked to thread" : "");
        ImGui::TableNextColumn();
        if (g.m >= 0)
          ImGui::Text("M%" PRId64, g.m);
        else
          ImGui::TextDisabled("—");
        ImGui::TableNextColumn();
        auto st = stacks_.find(g.goid);
        if (st != stacks_.end() && st->second.flash_at >= 0 && now - st->second.flash_at < kFlashSeconds) {
          float a = static_cast<float>(1.0 - (now - st->second.flash_at) / kFlashSeconds);
          ImVec4 c = to_vec4(theme().palette().number);
          c.w = 0.7f * a;
          ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::ColorConvertFloat4ToU32(c));
        }
        char size[32];
        format_bytes(size, sizeof size, g.stack_size);
        ImGui::TextUnformatted(size);
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("%s stack, grown %u time%s", size, g.stack_grows, g.stack_grows == 1 ? "" : "s");
        ImGui::TableNextColumn();
        if (g.start_func.empty())
          ImGui::TextDisabled("—");
        else
          ImGui::TextUnformatted(g.start_func.c_str());
        ImGui::TableNextColumn();
        if (g.created_at.empty())
          ImGui::TextDisabled("— (the main goroutine)");
        else
          ImGui::TextUnformatted(g.created_at.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(g.where.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%" PRId64, g.switches);
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  for (const auto* g : rows) drawn_.push_back(Row{g->goid, g->status_text});
  if (picked_row) selected_ = picked_row == selected_ ? 0 : picked_row;

  if (!selected_) {
    ImGui::TextDisabled("Select a G to see its details.");
    return 0;
  }
  if (!sel) {
    ImGui::TextDisabled("G%" PRId64 " is not in this snapshot.", selected_);
    return 0;
  }
  return draw_details(*s, *sel);
}

int64_t GoroutinesPanel::draw_details(const sched::SchedSnapshot& s, const sched::GSnap& g) {
  int64_t show_chan = 0;
  ImGui::PushFont(theme().fonts().bold);
  ImGui::Text("G%" PRId64, g.goid);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(to_vec4(goroutine_status_color(g)), "%s", g.status_text.c_str());
  ImGui::SameLine();
  if (g.m >= 0)
    ImGui::TextDisabled("· running on M%" PRId64, g.m);
  else
    ImGui::TextDisabled("· on no M");
  if (g.created_at.empty())
    ImGui::Text("the program's main goroutine%s%s", g.start_func.empty() ? "" : ", started as ", g.start_func.c_str());
  else
    ImGui::Text("started as %s · created at %s", g.start_func.empty() ? "—" : g.start_func.c_str(), g.created_at.c_str());
  if (!g.where.empty()) ImGui::Text("last stopped at %s", g.where.c_str());
  char size[32];
  format_bytes(size, sizeof size, g.stack_size);
  ImGui::Text("stack %s, grown %u time%s · scheduled %" PRId64 " time%s", size, g.stack_grows,
              g.stack_grows == 1 ? "" : "s", g.switches, g.switches == 1 ? "" : "s");
  if (g.waiting_on_chan) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(g.in_select ? "waits in a select, first on" : "waits on");
    ImGui::SameLine();
    const sched::ChanSnap* c = find_chan(s, g.waiting_on_chan);
    char link[160];
    if (c)
      std::snprintf(link, sizeof link, "channel #%" PRId64 " (chan %s, %" PRIu64 "/%" PRIu64 "%s): show in Channels",
                    c->id, c->elem_type.c_str(), c->len, c->cap, c->closed ? ", closed" : "");
    else
      std::snprintf(link, sizeof link, "channel #%" PRId64 ": show in Channels", g.waiting_on_chan);
    if (ImGui::SmallButton(link)) show_chan = g.waiting_on_chan;
    record_test_rect("goroutines:chan-link");
  }
  return show_chan;
}

}  // namespace gs::ui
