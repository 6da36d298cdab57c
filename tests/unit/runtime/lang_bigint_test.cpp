// lang_bigint_test.cpp — BigInt against __int128 on random 64-bit operands, division identities
// on multi-limb numbers (exercising Knuth D's correction steps), two's-complement bitwise ops,
// shifts, parsing and printing.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "lang/bigint.h"

using gs::lang::BigInt;

namespace {

// Deterministic xorshift, so failures reproduce.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
};

std::string i128_string(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 m = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
  std::string s;
  while (m != 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  }
  return neg ? "-" + s : s;
}

BigInt big(const char* s) { return *BigInt::parse(s); }

// A random number of up to `limbs` 32-bit limbs, random sign, often with runs of all-ones or
// zero limbs (the cases that trip division).
BigInt random_big(Rng& rng, int limbs) {
  BigInt v(0);
  int n = 1 + static_cast<int>(rng.next() % static_cast<uint64_t>(limbs));
  for (int i = 0; i < n; ++i) {
    uint64_t r = rng.next();
    uint32_t limb = r % 5 == 0 ? 0xffffffffu : r % 7 == 0 ? 0u : static_cast<uint32_t>(r >> 16);
    v = v.shl(32) + BigInt::from_uint64(limb);
  }
  return rng.next() % 2 ? -v : v;
}

}  // namespace

TEST_CASE("BigInt matches __int128 on random 64-bit operands") {
  Rng rng;
  for (int iter = 0; iter < 3000; ++iter) {
    auto a = static_cast<int64_t>(rng.next());
    auto b = static_cast<int64_t>(rng.next());
    if (iter % 3 == 0) b >>= (rng.next() % 60);  // small divisors too
    if (iter % 11 == 0) a = INT64_MIN;
    BigInt A(a), B(b);
    __int128 x = a, y = b;
    CHECK((A + B).to_string() == i128_string(x + y));
    CHECK((A - B).to_string() == i128_string(x - y));
    CHECK((A * B).to_string() == i128_string(x * y));
    if (b != 0) {
      CHECK((A / B).to_string() == i128_string(x / y));
      CHECK((A % B).to_string() == i128_string(x % y));
    }
    CHECK((A & B).to_int64() == (a & b));
    CHECK((A | B).to_int64() == (a | b));
    CHECK((A ^ B).to_int64() == (a ^ b));
    CHECK(BigInt::and_not(A, B).to_int64() == (a & ~b));
    CHECK((~A).to_string() == i128_string(~x));
    unsigned s = static_cast<unsigned>(rng.next() % 64);
    CHECK(A.shl(s).to_string() == i128_string(x * (static_cast<__int128>(1) << s)));
    CHECK(A.shr(s).to_string() == i128_string(x >> s));  // arithmetic shift floors
    CHECK(compare(A, B) == (a < b ? -1 : a > b ? 1 : 0));
    CHECK(A.fits_int64());
    CHECK(A.to_double() == static_cast<double>(a));
  }
}

TEST_CASE("BigInt multi-limb division satisfies a == q*b + r, |r| < |b|") {
  Rng rng;
  for (int iter = 0; iter < 600; ++iter) {
    BigInt a = random_big(rng, 12);
    BigInt b = random_big(rng, 6);
    if (b.is_zero()) continue;
    BigInt q, r;
    BigInt::divmod(a, b, &q, &r);
    CHECK(q * b + r == a);
    CHECK(compare(r.abs(), b.abs()) < 0);
    CHECK((r.is_zero() || r.is_negative() == a.is_negative()));
    CHECK((a * b) / b == a);
    CHECK((a * b) % b == BigInt(0));
  }
}

TEST_CASE("BigInt exact values at limb and word boundaries") {
  CHECK(BigInt(1).shl(100).to_string() == "1267650600228229401496703205376");
  CHECK(BigInt(1).shl(64).to_string() == "18446744073709551616");
  CHECK((BigInt(1).shl(64) - BigInt(1)).fits_uint64());
  CHECK_FALSE(BigInt(1).shl(64).fits_uint64());
  CHECK(BigInt::from_uint64(UINT64_MAX).to_string() == "18446744073709551615");
  CHECK_FALSE(BigInt::from_uint64(UINT64_MAX).fits_int64());
  CHECK(BigInt(INT64_MIN).fits_int64());
  CHECK_FALSE((BigInt(INT64_MIN) - BigInt(1)).fits_int64());
  CHECK(BigInt(INT64_MIN).to_string() == "-9223372036854775808");
  CHECK(BigInt(0).bit_len() == 0);
  CHECK(BigInt(-255).bit_len() == 8);
  CHECK(BigInt(1).shl(512).bit_len() == 513);
  // 10^40 / 10^20 and printing through several base-10^9 chunks.
  BigInt e40 = big("10000000000000000000000000000000000000000");
  CHECK((e40 / big("100000000000000000000")).to_string() == "100000000000000000000");
  CHECK(big("-123456789012345678901234567890").to_string() == "-123456789012345678901234567890");
  CHECK(big("-0").to_string() == "0");
  CHECK_FALSE(big("-0").is_negative());
  CHECK(BigInt::parse("ff", 16)->to_string() == "255");
  CHECK(BigInt::parse("777", 8)->to_string() == "511");
  CHECK(BigInt::parse("1010", 2)->to_string() == "10");
  CHECK_FALSE(BigInt::parse("12a").has_value());
  CHECK_FALSE(BigInt::parse("8", 8).has_value());
  CHECK_FALSE(BigInt::parse("").has_value());
  CHECK(BigInt(255).to_string(16) == "ff");
  // Two's-complement semantics on multi-limb negatives.
  BigInt m = -BigInt(1).shl(70);
  CHECK((m & BigInt(-1)) == m);
  CHECK((m | BigInt(1)) == m + BigInt(1));
  CHECK(m.shr(70) == BigInt(-1));
  CHECK((m - BigInt(1)).shr(70) == BigInt(-2));
  CHECK(BigInt(-1).shr(200) == BigInt(-1));
  CHECK(BigInt::gcd(big("-48"), big("180")) == BigInt(12));
  // Doubles round to nearest even above 2^53.
  CHECK(BigInt(1).shl(1024).to_double() == HUGE_VAL);
  CHECK((BigInt(1).shl(60) + BigInt(1)).to_double() == 1152921504606846976.0);
  CHECK(BigInt(1).shl(100).to_double() == 1267650600228229401496703205376.0);
  CHECK((-(BigInt(1).shl(200) + BigInt(1).shl(147))).to_double() == -(0x1p200));  // tie -> even
  CHECK((BigInt(1).shl(200) + BigInt(3).shl(146)).to_double() == 0x1p200 + 0x1p148);  // over half -> up
}
