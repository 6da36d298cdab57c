// theme.h — fonts, colours and sizes of the whole UI.
//
// Fonts are Debian's Noto Sans and JetBrains Mono, shipped with the app (copied into
// the build's assets; preloaded into the browser's file system), rasterised at the
// display's pixel density so text is crisp on HiDPI screens. Changing the font size
// or the pixel density rebuilds the atlas between frames, never during one.
#pragma once
#include <string>

struct ImFont;

namespace gs::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;
  ImFont* mono = nullptr;
  ImFont* h1 = nullptr;
  ImFont* h2 = nullptr;
  ImFont* h3 = nullptr;
};

enum class ThemeKind { Dark, Light };

// Colours the views use beyond ImGui's own style (syntax highlighting, console streams).
struct Palette {
  unsigned keyword, type, string, number, comment, punct, plain;  // Go syntax
  unsigned stdout_text, stderr_text, note_text;                   // console
  unsigned code_bg, inline_code_bg, link, error_line_bg, error_text;
  unsigned heartbeat;                                             // live panels
};

class Theme {
 public:
  // Loads fonts from asset_dir/fonts at base_size px (logical) × pixel_scale.
  bool load(const std::string& asset_dir, float base_size, float pixel_scale);
  void apply(ThemeKind kind);  // colours
  ThemeKind kind() const { return kind_; }
  float base_size() const { return base_size_; }
  float pixel_scale() const { return pixel_scale_; }
  const Fonts& fonts() const { return fonts_; }
  const Palette& palette() const { return palette_; }

 private:
  Fonts fonts_;
  Palette palette_{};
  ThemeKind kind_ = ThemeKind::Dark;
  float base_size_ = 16.f;
  float pixel_scale_ = 1.f;
};

// The current theme (the views read fonts and palette from here).
Theme& theme();

}  // namespace gs::ui
