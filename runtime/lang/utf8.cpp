// utf8.cpp — see utf8.h.
#include "utf8.h"

namespace gs::lang {

void append_utf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

const char* go_short_escape(uint32_t c, char quote) {
  if (c == static_cast<uint32_t>(quote)) return quote == '"' ? "\\\"" : "\\'";
  switch (c) {
    case '\\': return "\\\\";
    case '\a': return "\\a";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\v': return "\\v";
  }
  return nullptr;
}

}  // namespace gs::lang

namespace gs::lang {
int decode_rune(const uint8_t* p, size_t n, uint32_t* rune) {
  uint8_t c = p[0];
  if (c < 0x80) {
    *rune = c;
    return 1;
  }
  int need;
  uint32_t r, min;
  if (c >= 0xC2 && c <= 0xDF) need = 1, r = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) need = 2, r = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) need = 3, r = c & 0x07, min = 0x10000;
  else {
    *rune = 0xFFFD;
    return 1;
  }
  if (n < static_cast<size_t>(need) + 1) {
    *rune = 0xFFFD;
    return 1;
  }
  for (int i = 1; i <= need; i++) {
    if ((p[i] & 0xC0) != 0x80) {
      *rune = 0xFFFD;
      return 1;
    }
    r = (r << 6) | (p[i] & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
    *rune = 0xFFFD;
    return 1;
  }
  *rune = r;
  return need + 1;
}
}  // namespace gs::lang
