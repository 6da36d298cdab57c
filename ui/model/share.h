// share.h — share links: the URL fragment that reopens a lesson, and the code the
// learner edited, as `lesson=<id>` or `lesson=<id>&code=<base64url(raw deflate)>`.
//
// Invariants: decode(encode(x)) == x for every lesson id and every code up to the
// cap; a fragment that is malformed, truncated or too large decodes to an error and
// never to partial code. Opening a link only restores state — it never runs code.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace gs::ui::model {

struct ShareState {
  std::string lesson_id;
  std::optional<std::string> code;  // present only if the learner edited the code
};

// Longest fragment we put in a URL (browsers and chat tools handle far more, but a
// link should stay pasteable) and the largest code we inflate from one.
constexpr size_t kMaxShareFragment = 8000;
constexpr size_t kMaxSharedCode = 256 * 1024;

struct EncodeResult {
  std::string fragment;
  bool code_dropped = false;  // the code did not fit under kMaxShareFragment
};
EncodeResult encode_share(const ShareState& s);

// Returns nullopt and sets *error for anything that is not a well-formed link.
std::optional<ShareState> decode_share(std::string_view fragment, std::string* error);

// Building blocks, exposed for tests.
std::string base64url_encode(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);
std::string deflate_raw(std::string_view bytes);
std::optional<std::string> inflate_raw(std::string_view bytes, size_t max_out);

}  // namespace gs::ui::model
