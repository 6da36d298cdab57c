// channels_panel.cpp — see channels_panel.h.
#include "channels_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <string>

#include "scheduler_panel.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {
constexpr size_t kMaxSlotsDrawn = 128;     // a bigger buffer is summarised past this
constexpr size_t kMaxChannelsDrawn = 200;  // and so is a program with many channels
constexpr size_t kMaxValueChars = 12;      // a slot shows at most this much of its value
constexpr size_t kMaxWaitersDrawn = 48;    // goroutine chips per wait queue (the rest summed up)

ImU32 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return ImGui::ColorConvertFloat4ToU32(v);
}

// The value cut to fit a slot, with an ellipsis when cut (UTF-8 safe).
std::string fit_value(const std::string& v, size_t max_chars) {
  size_t chars = 0, i = 0;
  while (i < v.size()) {
    if (chars == max_chars) return v.substr(0, i) + "…";
    unsigned char b = static_cast<unsigned char>(v[i]);
    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    chars++;
  }
  return v;
}

int64_t wait_queue(const sched::SchedSnapshot& s, const char* title, const char* help,
                   const std::vector<int64_t>& q, const std::vector<bool>& in_select) {
  int64_t clicked = 0;
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", title);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
  ImGui::SameLine();
  if (q.empty()) {
    ImGui::TextDisabled("empty");
    return 0;
  }
  float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  // With thousands of waiters a chip each would make the panel crawl: the first
  // kMaxWaitersDrawn are drawn, the rest summed up.
  const size_t shown = std::min(q.size(), kMaxWaitersDrawn);
  for (size_t i = 0; i < shown; i++) {
    bool sel = i < in_select.size() && in_select[i];
    if (i > 0) {
      float need = ImGui::CalcTextSize("G0000 (select)").x;
      if (ImGui::GetItemRectMax().x + need < right)
        ImGui::SameLine();
    }
    ImGui::PushID(static_cast<int>(i));
    if (goroutine_chip(s, q[i])) clicked = q[i];
    ImGui::PopID();
    if (sel) {
      ImGui::SameLine(0, 2);
      ImGui::TextDisabled("(select)");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("This G waits in a select: it is queued on every channel of its cases, and the first "
                          "one ready wins.");
    }
  }
  if (q.size() > shown) {
    size_t selecting = 0;
    for (size_t i = shown; i < q.size() && i < in_select.size(); i++) selecting += in_select[i] ? 1 : 0;
    ImGui::TextDisabled("+%zu more waiting (%zu of them in a select)", q.size() - shown, selecting);
  }
  return clicked;
}
}  // namespace

void ChannelsPanel::reset() {
  selected_ = 0;
  scroll_to_selected_ = false;
  drawn_.clear();
}

void ChannelsPanel::select(int64_t chan_id) {
  selected_ = chan_id;
  scroll_to_selected_ = true;
}

int64_t ChannelsPanel::draw(const sched::SchedSnapshot* s, bool run_live) {
  drawn_.clear();
  ImGui::TextWrapped(
      "Every live channel (Go's hchan). A buffered channel keeps values in a ring of cap slots: a send writes "
      "at sendx, a receive takes from recvx, both wrap around. A G that cannot go on waits in recvq or sendq.");
  ImGui::Spacing();
  if (!draw_snapshot_caption(s, run_live)) return 0;
  if (s->chans.empty()) {
    ImGui::TextDisabled("The program has no channels (make(chan T) creates one).");
    return 0;
  }
  ImGui::SameLine();
  ImGui::TextDisabled("· %zu channel%s", s->chans.size(), s->chans.size() == 1 ? "" : "s");
  int64_t clicked = 0;
  size_t n = std::min(s->chans.size(), kMaxChannelsDrawn);
  for (size_t i = 0; i < n; i++) {
    ImGui::PushID(static_cast<int>(s->chans[i].id));
    if (int64_t g = draw_channel(*s, s->chans[i])) clicked = g;
    ImGui::PopID();
  }
  if (s->chans.size() > n) ImGui::TextDisabled("(%zu more channels not drawn)", s->chans.size() - n);
  return clicked;
}

int64_t ChannelsPanel::draw_channel(const sched::SchedSnapshot& s, const sched::ChanSnap& c) {
  const Palette& pal = theme().palette();
  auto first = [](const std::vector<int64_t>& q) {
    return std::vector<int64_t>(q.begin(), q.begin() + static_cast<long>(std::min(q.size(), kMaxWaitersDrawn)));
  };
  drawn_.push_back(Drawn{c.id, c.len, c.cap, c.closed, first(c.recvq), first(c.sendq), c.recvq.size(), c.sendq.size()});
  int64_t clicked = 0;
  bool selected = c.id == selected_;
  ImGui::Spacing();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float pad = ImGui::GetStyle().FramePadding.x;
  ImVec2 top = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  if (selected && scroll_to_selected_) {
    ImGui::SetScrollHereY(0.f);
    scroll_to_selected_ = false;
  }
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::Indent(pad);
  ImGui::Dummy(ImVec2(0, pad * 0.5f));
  ImGui::BeginGroup();

  ImGui::PushFont(theme().fonts().bold);
  ImGui::Text("channel #%" PRId64, c.id);
  ImGui::PopFont();
  record_test_rect("channel:" + std::to_string(c.id));
  ImGui::SameLine();
  ImGui::PushFont(theme().fonts().mono);
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.type), "chan %s", c.elem_type.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::Text("len %" PRIu64 " / cap %" PRIu64, c.len, c.cap);
  if (c.closed) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.error_text), "closed");
  }
  if (c.timer) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.type), "timer");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("a time.Timer or Ticker channel: the runtime sends on it itself when the timer fires "
                       "(no goroutine) into this hidden one-slot buffer; Go code sees len and cap 0, and "
                       "Stop or Reset take an unread value back (Go 1.23)");
    ImGui::PopStyleColor();
  }
  if (c.cap == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("unbuffered: no ring; a send and a receive meet, and the value goes from one G to the other");
    ImGui::PopStyleColor();
  } else {
    draw_ring(c);
  }
  if (int64_t g = wait_queue(s, "recvq", "Gs blocked receiving, served first in, first out", c.recvq, c.recvq_select))
    clicked = g;
  ImGui::PushID("send");
  if (int64_t g = wait_queue(s, "sendq", "Gs blocked sending, served first in, first out", c.sendq, c.sendq_select))
    clicked = g;
  ImGui::PopID();

  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, pad * 0.5f));
  ImGui::Unindent(pad);
  float bottom = ImGui::GetItemRectMax().y;
  dl->ChannelsSetCurrent(0);
  ImVec2 br(top.x + width, bottom);
  dl->AddRectFilled(top, br, selected ? with_alpha(pal.link, 0.12f) : ImGui::GetColorU32(ImGuiCol_FrameBg, 0.45f),
                    ImGui::GetStyle().FrameRounding);
  dl->AddRect(top, br, selected ? pal.link : ImGui::GetColorU32(ImGuiCol_Border), ImGui::GetStyle().FrameRounding, 0,
              selected ? 2.f : 1.f);
  dl->ChannelsMerge();
  return clicked;
}

void ChannelsPanel::draw_ring(const sched::ChanSnap& c) {
  const Palette& pal = theme().palette();
  size_t slots = std::min<size_t>(static_cast<size_t>(c.cap), kMaxSlotsDrawn);
  float lh = ImGui::GetTextLineHeight();
  // Every slot as wide as the widest value drawn (within limits), so the ring reads evenly.
  ImGui::PushFont(theme().fonts().mono);
  float char_w = ImGui::CalcTextSize("0").x;
  float box_w = char_w * 3;
  std::vector<std::string> shown(slots);
  for (size_t k = 0; k < slots; k++) {
    if (k < c.buffer.size()) shown[k] = fit_value(c.buffer[k], kMaxValueChars);
    box_w = std::max(box_w, ImGui::CalcTextSize(shown[k].c_str()).x + char_w);
  }
  float gap = std::max(2.f, char_w * 0.25f);
  float avail = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x;
  size_t per_row = std::max<size_t>(1, static_cast<size_t>((avail + gap) / (box_w + gap)));
  size_t rows = (slots + per_row - 1) / per_row;
  float mark_h = lh * 0.9f, box_h = lh * 1.3f, row_h = mark_h * 2 + box_h;
  ImVec2 o = ImGui::GetCursorScreenPos();
  float used_w = std::min(slots, per_row) * (box_w + gap);
  ImGui::InvisibleButton("##ring", ImVec2(std::max(used_w, 1.f), rows * row_h));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 mouse = ImGui::GetIO().MousePos;
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  ImU32 recv_col = pal.heartbeat, send_col = pal.number;
  for (size_t k = 0; k < slots; k++) {
    float x = o.x + (k % per_row) * (box_w + gap);
    float y = o.y + (k / per_row) * row_h + mark_h;
    // Slot k holds a value when it lies in [recvx, recvx+len) around the ring.
    bool full = c.cap && ((k + c.cap - c.recvx) % c.cap) < c.len;
    ImVec2 a(x, y), b(x + box_w, y + box_h);
    dl->AddRectFilled(a, b, full ? with_alpha(pal.link, 0.35f) : ImGui::GetColorU32(ImGuiCol_FrameBg), 3.f);
    dl->AddRect(a, b, full ? pal.link : ImGui::GetColorU32(ImGuiCol_Border), 3.f);
    if (full) {
      ImVec2 ts = ImGui::CalcTextSize(shown[k].c_str());
      dl->AddText(ImVec2(x + (box_w - ts.x) * 0.5f, y + (box_h - ts.y) * 0.5f), text, shown[k].c_str());
    }
    float cx = x + box_w * 0.5f, t = lh * 0.3f;
    if (k == c.recvx) {  // above the slot, pointing down
      dl->AddTriangleFilled(ImVec2(cx - t, y - t * 1.4f), ImVec2(cx + t, y - t * 1.4f), ImVec2(cx, y - 1), recv_col);
      dl->AddText(ImVec2(cx + t * 1.3f, y - mark_h + (mark_h - lh) * 0.2f), recv_col, "recvx");
    }
    if (k == c.sendx) {  // below the slot, pointing up
      float yb = y + box_h;
      dl->AddTriangleFilled(ImVec2(cx, yb + 1), ImVec2(cx + t, yb + t * 1.4f), ImVec2(cx - t, yb + t * 1.4f), send_col);
      dl->AddText(ImVec2(cx + t * 1.3f, yb + (mark_h - lh) * 0.5f + 1), send_col, "sendx");
    }
    if (hovered && mouse.x >= a.x && mouse.x < b.x + gap && mouse.y >= y - mark_h && mouse.y < y + box_h + mark_h) {
      std::string tip = "slot " + std::to_string(k) + ": " + (full ? c.buffer[k] : std::string("empty"));
      if (k == c.recvx) tip += "\nrecvx: the next receive takes this slot";
      if (k == c.sendx) tip += "\nsendx: the next send fills this slot";
      ImGui::SetTooltip("%s", tip.c_str());
    }
  }
  ImGui::PopFont();
  if (c.cap > slots)
    ImGui::TextDisabled("(%zu of %" PRIu64 " slots drawn) recvx %" PRIu64 " · sendx %" PRIu64, slots, c.cap, c.recvx,
                        c.sendx);
}

}  // namespace gs::ui
