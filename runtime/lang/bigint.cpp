// bigint.cpp — BigInt arithmetic on 32-bit limbs (schoolbook multiply, Knuth's algorithm D
// for division). Invariant: every public result passes through from_mag/trim, so magnitudes
// carry no high zero limbs and zero is non-negative (see bigint.h).
#include "bigint.h"

#include <algorithm>
#include <cmath>

namespace gs::lang {

namespace {
int leading_zeros32(uint32_t x) {
  int n = 0;
  if (x == 0) return 32;
  while ((x & 0x80000000u) == 0) {
    x <<= 1;
    ++n;
  }
  return n;
}
}  // namespace

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? (~static_cast<uint64_t>(v) + 1) : static_cast<uint64_t>(v);
  while (m != 0) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

BigInt BigInt::from_uint64(uint64_t v) {
  Limbs m;
  while (v != 0) {
    m.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return from_mag(std::move(m), false);
}

std::optional<BigInt> BigInt::parse(std::string_view s, int base) {
  if (base < 2 || base > 16) return std::nullopt;
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  Limbs m;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return std::nullopt;
    if (d >= base) return std::nullopt;
    // m = m*base + d
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : m) {
      uint64_t t = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) m.push_back(static_cast<uint32_t>(carry));
  }
  return from_mag(std::move(m), neg);
}

void BigInt::trim(Limbs& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

BigInt BigInt::from_mag(Limbs mag, bool neg) {
  trim(mag);
  BigInt r;
  r.mag_ = std::move(mag);
  r.neg_ = neg && !r.mag_.empty();
  return r;
}

int BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return static_cast<int>(mag_.size()) * 32 - leading_zeros32(mag_.back());
}

bool BigInt::bit(int i) const {
  size_t limb = static_cast<size_t>(i) / 32;
  if (i < 0 || limb >= mag_.size()) return false;
  return ((mag_[limb] >> (i % 32)) & 1u) != 0;
}

bool BigInt::fits_int64() const {
  int n = bit_len();
  if (n < 64) return true;
  // -2^63 is the one 64-bit magnitude that fits.
  return n == 64 && neg_ && mag_[0] == 0 && mag_[1] == 0x80000000u;
}

bool BigInt::fits_uint64() const { return !neg_ && bit_len() <= 64; }

uint64_t BigInt::to_uint64() const {
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? ~m + 1 : m;
}

int64_t BigInt::to_int64() const { return static_cast<int64_t>(to_uint64()); }

double BigInt::to_double() const {
  int n = bit_len();
  if (n == 0) return 0.0;
  if (n <= 64) {
    double d = static_cast<double>(abs().to_uint64());  // the conversion rounds to nearest even
    return neg_ ? -d : d;
  }
  if (n > 1024) return neg_ ? -HUGE_VAL : HUGE_VAL;
  // Keep 54 bits plus a sticky bit, then round half to even by hand.
  int drop = n - 54;
  BigInt top = abs().shr(static_cast<unsigned>(drop));
  uint64_t m = top.to_uint64();  // 54 bits
  bool sticky = false;
  for (int i = 0; i < drop && !sticky; ++i) sticky = bit(i);
  uint64_t mant = m >> 1;
  bool half = (m & 1u) != 0;
  if (half && (sticky || (mant & 1u) != 0)) ++mant;
  double d = std::ldexp(static_cast<double>(mant), drop + 1);
  return neg_ ? -d : d;
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  const char* digits = "0123456789abcdef";
  // Peel off chunks of base^k that fit a limb, to keep this quadratic-but-fast.
  uint32_t chunk = static_cast<uint32_t>(base);
  int per_chunk = 1;
  while (static_cast<uint64_t>(chunk) * static_cast<uint64_t>(base) <= 0xffffffffu) {
    chunk *= static_cast<uint32_t>(base);
    ++per_chunk;
  }
  Limbs m = mag_;
  std::string out;
  while (!m.empty()) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | m[i];
      m[i] = static_cast<uint32_t>(cur / chunk);
      rem = cur % chunk;
    }
    trim(m);
    for (int k = 0; k < per_chunk; ++k) {
      if (m.empty() && rem == 0) break;
      out.push_back(digits[rem % static_cast<uint64_t>(base)]);
      rem /= static_cast<uint64_t>(base);
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

BigInt BigInt::operator-() const { return from_mag(mag_, !neg_); }
BigInt BigInt::abs() const { return from_mag(mag_, false); }

int BigInt::cmp_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = BigInt::cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt::Limbs BigInt::add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& l = a.size() >= b.size() ? a : b;
  const Limbs& s = a.size() >= b.size() ? b : a;
  Limbs r(l.size() + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < l.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(l[i]) + (i < s.size() ? s[i] : 0u) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  r[l.size()] = static_cast<uint32_t>(carry);
  trim(r);
  return r;
}

BigInt::Limbs BigInt::sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0u) - borrow;
    borrow = t < 0 ? 1 : 0;
    if (t < 0) t += int64_t{1} << 32;
    r[i] = static_cast<uint32_t>(t);
  }
  trim(r);
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt::from_mag(BigInt::add_mag(a.mag_, b.mag_), a.neg_);
  if (BigInt::cmp_mag(a.mag_, b.mag_) >= 0) return BigInt::from_mag(BigInt::sub_mag(a.mag_, b.mag_), a.neg_);
  return BigInt::from_mag(BigInt::sub_mag(b.mag_, a.mag_), b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt::Limbs BigInt::mul_mag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = static_cast<uint64_t>(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(r);
  return r;
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::from_mag(BigInt::mul_mag(a.mag_, b.mag_), a.neg_ != b.neg_);
}

BigInt::Limbs BigInt::shl_mag(const Limbs& a, unsigned s) {
  if (a.empty()) return {};
  size_t limbs = s / 32;
  unsigned bits = s % 32;
  Limbs r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) << bits;
    r[i + limbs] |= static_cast<uint32_t>(t);
    r[i + limbs + 1] |= static_cast<uint32_t>(t >> 32);
  }
  trim(r);
  return r;
}

BigInt::Limbs BigInt::shr_mag(const Limbs& a, unsigned s) {
  size_t limbs = s / 32;
  unsigned bits = s % 32;
  if (limbs >= a.size()) return {};
  Limbs r(a.size() - limbs, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<uint32_t>(((hi << 32) | lo) >> bits);
  }
  trim(r);
  return r;
}

BigInt BigInt::shl(unsigned s) const { return from_mag(shl_mag(mag_, s), neg_); }

BigInt BigInt::shr(unsigned s) const {
  if (!neg_) return from_mag(shr_mag(mag_, s), false);
  // floor(-m / 2^s) == -(((m - 1) >> s) + 1)
  Limbs m1 = sub_mag(mag_, Limbs{1});
  return from_mag(add_mag(shr_mag(m1, s), Limbs{1}), true);
}

void BigInt::divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r) {
  if (cmp_mag(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    Limbs quo(a.size(), 0);
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      quo[i] = static_cast<uint32_t>(cur / b[0]);
      rem = cur % b[0];
    }
    trim(quo);
    *q = std::move(quo);
    *r = rem == 0 ? Limbs{} : Limbs{static_cast<uint32_t>(rem)};
    return;
  }
  // Knuth, TAOCP vol. 2, 4.3.1, algorithm D. Normalize so the divisor's top bit is set.
  unsigned shift = static_cast<unsigned>(leading_zeros32(b.back()));
  Limbs v = shl_mag(b, shift);
  Limbs u = shl_mag(a, shift);
  u.resize(a.size() + 1, 0);
  size_t n = v.size();
  size_t m = u.size() - n;
  Limbs quo(m, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // u[j..j+n] -= qhat * v
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(u[i + j]) - static_cast<int64_t>(p & 0xffffffffu) - borrow;
      borrow = t < 0 ? 1 : 0;
      u[i + j] = static_cast<uint32_t>(t + (t < 0 ? static_cast<int64_t>(base) : 0));
    }
    int64_t t = static_cast<int64_t>(u[j + n]) - static_cast<int64_t>(carry) - borrow;
    u[j + n] = static_cast<uint32_t>(t + (t < 0 ? static_cast<int64_t>(base) : 0));
    if (t < 0) {
      // qhat was one too large: add v back.
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s = static_cast<uint64_t>(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<uint32_t>(s);
        c = s >> 32;
      }
      u[j + n] = static_cast<uint32_t>(static_cast<uint64_t>(u[j + n]) + c);
    }
    quo[j] = static_cast<uint32_t>(qhat);
  }
  trim(quo);
  u.resize(n);
  *q = std::move(quo);
  *r = shr_mag(u, shift);
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Limbs qm, rm;
  divmod_mag(a.mag_, b.mag_, &qm, &rm);
  if (q != nullptr) *q = from_mag(std::move(qm), a.neg_ != b.neg_);
  if (r != nullptr) *r = from_mag(std::move(rm), a.neg_);
}

BigInt operator/(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt::divmod(a, b, &q, nullptr);
  return q;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
  BigInt r;
  BigInt::divmod(a, b, nullptr, &r);
  return r;
}

BigInt::Limbs BigInt::twos(size_t n) const {
  Limbs t(n, 0);
  for (size_t i = 0; i < mag_.size() && i < n; ++i) t[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (uint32_t& limb : t) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  return t;
}

BigInt BigInt::from_twos(Limbs t) {
  bool neg = !t.empty() && (t.back() & 0x80000000u) != 0;
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& limb : t) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  return from_mag(std::move(t), neg);
}

template <typename F>
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, F f) {
  // One spare limb so the sign bit of either operand survives.
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n);
  Limbs y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] = f(x[i], y[i]);
  return from_twos(std::move(x));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt BigInt::and_not(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & ~y; });
}
BigInt BigInt::operator~() const { return -*this - BigInt(1); }

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r = a % b;
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

}  // namespace gs::lang
