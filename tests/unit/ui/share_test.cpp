// Share links round-trip lesson and code, cap their size, and reject damage whole.
#include <doctest/doctest.h>

#include "model/share.h"

using namespace gs::ui::model;

TEST_CASE("base64url round-trips every length and byte") {
  std::string all;
  for (int i = 0; i < 256; i++) all += static_cast<char>(i);
  for (size_t n = 0; n <= all.size(); n += 7) {
    std::string s = all.substr(0, n);
    auto enc = base64url_encode(s);
    CHECK(enc.find_first_of("+/=") == std::string::npos);
    auto dec = base64url_decode(enc);
    REQUIRE(dec);
    CHECK(*dec == s);
  }
  CHECK_FALSE(base64url_decode("ab*c"));
  CHECK_FALSE(base64url_decode("abcde"));  // 5 chars can't be base64
}

TEST_CASE("a lesson-only link and a link with edited code both restore exactly") {
  auto r = encode_share({"runtime", std::nullopt});
  CHECK(r.fragment == "lesson=runtime");
  auto d = decode_share(r.fragment, nullptr);
  REQUIRE(d);
  CHECK(d->lesson_id == "runtime");
  CHECK_FALSE(d->code);

  std::string code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界\")\n}\n";
  r = encode_share({"runtime", code});
  CHECK_FALSE(r.code_dropped);
  CHECK(r.fragment.rfind("lesson=runtime&code=", 0) == 0);
  d = decode_share(r.fragment, nullptr);
  REQUIRE(d);
  REQUIRE(d->code);
  CHECK(*d->code == code);
}

TEST_CASE("code that does not fit is dropped, and the caller is told") {
  std::string noisy;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; i++) {
    x = x * 1103515245 + 12345;
    noisy += static_cast<char>('!' + (x >> 16) % 90);
  }
  auto r = encode_share({"runtime", noisy});
  CHECK(r.code_dropped);
  CHECK(r.fragment == "lesson=runtime");
  // Repetitive code compresses well and fits.
  std::string repetitive;
  for (int i = 0; i < 2000; i++) repetitive += "\tfmt.Println(i)\n";
  r = encode_share({"runtime", repetitive});
  CHECK_FALSE(r.code_dropped);
  CHECK(r.fragment.size() <= kMaxShareFragment);
}

TEST_CASE("damaged links are rejected with a reason, never half-decoded") {
  std::string err;
  CHECK_FALSE(decode_share("", &err));
  CHECK(err == "share link: no lesson");
  CHECK_FALSE(decode_share("lesson=Bad_Id", &err));
  CHECK_FALSE(decode_share("lesson=runtime&code=%%%", &err));
  CHECK(err == "share link: code is not base64url");
  auto good = encode_share({"runtime", std::string("package main\nfunc main() {}\n")}).fragment;
  auto truncated = good.substr(0, good.size() - 4);
  CHECK_FALSE(decode_share(truncated, &err));
  CHECK(err == "share link: code is damaged or too large");
  CHECK(decode_share("lesson=runtime&future=1", &err));  // unknown keys are ignored
}

TEST_CASE("a decompression bomb is refused") {
  std::string zeros(kMaxSharedCode + 1, '0');
  auto frag = "lesson=runtime&code=" + base64url_encode(deflate_raw(zeros));
  std::string err;
  CHECK_FALSE(decode_share(frag, &err));
}
