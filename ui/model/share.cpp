// share.cpp — see share.h. Compression is zlib's raw deflate (Debian's zlib source).
#include "model/share.h"

#include <zlib.h>

#include <cstring>

namespace gs::ui::model {

namespace {
const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

bool valid_lesson_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}
}  // namespace

std::string base64url_encode(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (uint8_t)in[i] << 16 | (uint8_t)in[i + 1] << 8 | (uint8_t)in[i + 2];
    out += kB64[v >> 18 & 63];
    out += kB64[v >> 12 & 63];
    out += kB64[v >> 6 & 63];
    out += kB64[v & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t v = (uint8_t)in[i] << 16;
    out += kB64[v >> 18 & 63];
    out += kB64[v >> 12 & 63];
  } else if (i + 2 == in.size()) {
    uint32_t v = (uint8_t)in[i] << 16 | (uint8_t)in[i + 1] << 8;
    out += kB64[v >> 18 & 63];
    out += kB64[v >> 12 & 63];
    out += kB64[v >> 6 & 63];
  }
  return out;
}

std::optional<std::string> base64url_decode(std::string_view in) {
  if (in.size() % 4 == 1) return std::nullopt;
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    const char* p = std::strchr(kB64, c);
    if (!p || c == '\0') return std::nullopt;
    acc = acc << 6 | static_cast<uint32_t>(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>(acc >> bits & 0xFF);
    }
  }
  return out;
}

std::string deflate_raw(std::string_view in) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::optional<std::string> inflate_raw(std::string_view in, size_t max_out) {
  z_stream zs{};
  if (inflateInit2(&zs, -15) != Z_OK) return std::nullopt;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_out) {
      rc = Z_MEM_ERROR;
      break;
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      rc = Z_DATA_ERROR;  // input ended before the stream did: truncated
      break;
    }
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

EncodeResult encode_share(const ShareState& s) {
  EncodeResult r;
  r.fragment = "lesson=" + s.lesson_id;
  if (s.code && s.code->size() <= kMaxSharedCode) {
    std::string f = r.fragment + "&code=" + base64url_encode(deflate_raw(*s.code));
    if (f.size() <= kMaxShareFragment) {
      r.fragment = std::move(f);
      return r;
    }
  }
  r.code_dropped = s.code.has_value();
  return r;
}

std::optional<ShareState> decode_share(std::string_view frag, std::string* error) {
  auto fail = [&](const char* msg) -> std::optional<ShareState> {
    if (error) *error = msg;
    return std::nullopt;
  };
  if (frag.size() > kMaxShareFragment * 2) return fail("share link is too long");
  ShareState s;
  bool have_lesson = false;
  while (!frag.empty()) {
    size_t amp = frag.find('&');
    std::string_view part = frag.substr(0, amp);
    frag = amp == std::string_view::npos ? std::string_view() : frag.substr(amp + 1);
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) return fail("share link: expected key=value");
    std::string_view key = part.substr(0, eq), val = part.substr(eq + 1);
    if (key == "lesson") {
      if (!valid_lesson_id(val)) return fail("share link: bad lesson id");
      s.lesson_id = std::string(val);
      have_lesson = true;
    } else if (key == "code") {
      auto bytes = base64url_decode(val);
      if (!bytes) return fail("share link: code is not base64url");
      auto code = inflate_raw(*bytes, kMaxSharedCode);
      if (!code) return fail("share link: code is damaged or too large");
      s.code = std::move(*code);
    }  // unknown keys are ignored: newer links stay readable by older builds
  }
  if (!have_lesson) return fail("share link: no lesson");
  return s;
}

}  // namespace gs::ui::model
