// bigint.h — BigInt, the arbitrary-precision signed integer under Go's untyped constants.
// Invariant: a BigInt is sign + magnitude; the magnitude holds 32-bit limbs, least significant
// first, with no high zero limbs, and zero is never negative. So equal values have equal
// representations and operator== is structural. Bitwise operations and shifts behave as on
// infinite two's-complement numbers (as Go's math/big does); division truncates toward zero.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gs::lang {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT(google-explicit-constructor): small ints mix freely
  static BigInt from_uint64(uint64_t v);
  // Digits with an optional leading '-', in base 2..16; no prefixes, no '_'. nullopt if malformed.
  static std::optional<BigInt> parse(std::string_view digits, int base = 10);

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  // Bits in |x| (0 for zero), as big.Int.BitLen.
  int bit_len() const;
  bool bit(int i) const;  // bit i of |x|
  bool fits_int64() const;
  bool fits_uint64() const;
  int64_t to_int64() const;    // low 64 bits of the two's-complement value
  uint64_t to_uint64() const;  // same bits, unsigned
  // Nearest double (round half to even); ±inf when too large.
  double to_double() const;
  std::string to_string(int base = 10) const;

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division: a == q*b + r with |r| < |b| and r having a's sign. b must be nonzero.
  static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  friend BigInt operator/(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  static BigInt and_not(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -x-1
  BigInt shl(unsigned s) const;
  BigInt shr(unsigned s) const;  // arithmetic: rounds toward -infinity
  static BigInt gcd(BigInt a, BigInt b);  // of magnitudes; gcd(0,0) == 0

  friend int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return !(a == b); }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }

 private:
  using Limbs = std::vector<uint32_t>;
  static BigInt from_mag(Limbs mag, bool neg);
  static void trim(Limbs& m);
  static int cmp_mag(const Limbs& a, const Limbs& b);
  static Limbs add_mag(const Limbs& a, const Limbs& b);
  static Limbs sub_mag(const Limbs& a, const Limbs& b);  // requires |a| >= |b|
  static Limbs mul_mag(const Limbs& a, const Limbs& b);
  static void divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r);
  static Limbs shl_mag(const Limbs& a, unsigned s);
  static Limbs shr_mag(const Limbs& a, unsigned s);
  Limbs twos(size_t n) const;  // n limbs of two's complement
  static BigInt from_twos(Limbs t);
  template <typename F>
  static BigInt bitwise(const BigInt& a, const BigInt& b, F f);

  bool neg_ = false;
  Limbs mag_;
};

}  // namespace gs::lang
