// theme.cpp — loads Debian's fonts into ImGui's atlas and sets the two colour themes.
// See theme.h. Fonts are rasterised at (logical size × pixel_scale) and drawn with
// FontGlobalScale = 1 / framebuffer scale, so glyphs map 1:1 onto device pixels.
#include "theme.h"

#include <imgui.h>

namespace gs::ui {

Theme& theme() {
  static Theme t;
  return t;
}

namespace {
// Glyphs rasterised at start-up; fewer glyphs, faster first frame (measured in
// bench/startup.mjs). Text fonts: ASCII + Latin-1, dashes/quotes/bullets/ellipsis,
// arrows, a few operators (− ≈ ≠ ≤ ≥), shapes and check marks. Mono adds box drawing
// for ASCII diagrams of spans and queues.
const ImWchar kTextGlyphs[] = {
    0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2199, 0x2212, 0x2212,
    0x2248, 0x2248, 0x2260, 0x2265, 0x25A0, 0x25CF, 0x2713, 0x2717, 0,
};
const ImWchar kMonoGlyphs[] = {
    0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2199, 0x2212, 0x2212,
    0x2248, 0x2248, 0x2260, 0x2265, 0x2500, 0x257F, 0x2580, 0x259F, 0x25A0, 0x25CF, 0x2713, 0x2717, 0,
};

ImFont* add_font(const std::string& dir, const char* file, float px, const ImWchar* glyphs = kTextGlyphs) {
  ImFontConfig cfg;
  // Horizontal oversampling sharpens small glyphs; large ones (headings, HiDPI) need none.
  cfg.OversampleH = px >= 24.f ? 1 : 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  std::string path = dir + "/fonts/" + file;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), px, &cfg, glyphs);
}

unsigned rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) { return IM_COL32(r, g, b, a); }
}  // namespace

bool Theme::load(const std::string& asset_dir, float base_size, float pixel_scale) {
  base_size_ = base_size;
  pixel_scale_ = pixel_scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  float s = base_size * pixel_scale;
  fonts_.body = add_font(asset_dir, "NotoSans-Regular.ttf", s);
  fonts_.bold = add_font(asset_dir, "NotoSans-Bold.ttf", s);
  fonts_.italic = add_font(asset_dir, "NotoSans-Italic.ttf", s);
  fonts_.mono = add_font(asset_dir, "JetBrainsMono-Regular.ttf", s * 0.92f, kMonoGlyphs);
  fonts_.h1 = add_font(asset_dir, "NotoSans-Bold.ttf", s * 1.7f);
  fonts_.h2 = add_font(asset_dir, "NotoSans-Bold.ttf", s * 1.35f);
  fonts_.h3 = add_font(asset_dir, "NotoSans-Bold.ttf", s * 1.15f);
  bool ok = fonts_.body && fonts_.bold && fonts_.italic && fonts_.mono && fonts_.h1 && fonts_.h2 && fonts_.h3;
  if (!ok) {
    // A missing font file must not leave the UI without text: fall back to ImGui's own.
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = 13.f * pixel_scale;
    ImFont* f = io.Fonts->AddFontDefault(&cfg);
    fonts_ = Fonts{f, f, f, f, f, f, f};
  }
  io.FontDefault = fonts_.body;
  return ok;
}

void Theme::apply(ThemeKind kind) {
  kind_ = kind;
  ImGuiStyle& st = ImGui::GetStyle();
  if (kind == ThemeKind::Dark) {
    ImGui::StyleColorsDark(&st);
    st.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.f);
    st.Colors[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.f);
    st.Colors[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.19f, 0.22f, 1.f);
    palette_ = Palette{
        rgb(198, 120, 221), rgb(86, 182, 194), rgb(152, 195, 121), rgb(209, 154, 102),
        rgb(110, 118, 129), rgb(171, 178, 191), rgb(220, 223, 228),
        rgb(220, 223, 228), rgb(240, 113, 120), rgb(130, 137, 151),
        rgb(21, 23, 27), rgb(52, 57, 66), rgb(97, 175, 239), rgb(110, 40, 45), rgb(255, 120, 120),
        rgb(120, 220, 140)};
  } else {
    ImGui::StyleColorsLight(&st);
    st.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.f);
    st.Colors[ImGuiCol_ChildBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.f);
    palette_ = Palette{
        rgb(166, 38, 164), rgb(1, 132, 188), rgb(80, 161, 79), rgb(152, 104, 1),
        rgb(140, 140, 150), rgb(56, 58, 66), rgb(36, 41, 47),
        rgb(36, 41, 47), rgb(200, 30, 40), rgb(110, 110, 120),
        rgb(240, 241, 243), rgb(232, 233, 236), rgb(9, 105, 218), rgb(255, 215, 215), rgb(200, 30, 40),
        rgb(30, 150, 70)};
  }
  st.WindowRounding = 0.f;
  st.ChildRounding = 4.f;
  st.FrameRounding = 4.f;
  st.GrabRounding = 4.f;
  st.TabRounding = 4.f;
  st.WindowPadding = ImVec2(10, 10);
  st.FramePadding = ImVec2(8, 4);
  st.ItemSpacing = ImVec2(8, 6);
  st.ScrollbarSize = 14.f;
}

}  // namespace gs::ui
