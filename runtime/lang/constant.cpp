// constant.cpp — go/constant-style values and types2-style constant checks (see constant.h).
// Invariant: every Constant leaves this file through from_real/make_* so Reals are normalized:
// Rat has den > 1 and gcd(num, den) == 1 (den == 1 becomes Int), Float has an odd mantissa of
// at most kPrecBits bits, and fractions whose parts reach kMaxRatBits become Floats.
#include "constant.h"
#include "utf8.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace gs::lang {

namespace {

constexpr int kPrecBits = 512;      // go/constant's big.Float precision
constexpr int kMaxRatBits = 4096;   // go/constant's maxExp: larger fractions become floats
constexpr int64_t kMaxFloatExp = 2147483647;  // big.Float's exponent range (MaxInt32)
constexpr int kUntypedIntBits = 512;  // types2: untyped integers may not grow beyond this
constexpr int64_t kExactDecimalExp = 20000;  // literals' powers of ten computed exactly up to here

using Rep = Real::Rep;

// ---- Real normalization ------------------------------------------------------------------

Real real_int(BigInt v) {
  Real r;
  r.num = std::move(v);
  return r;
}

// mant * 2^exp rounded to kPrecBits (nearest, ties to even) with trailing zero bits folded
// into exp. Returns false when the exponent overflows big.Float's range (infinity).
bool make_float_real(BigInt mant, int64_t exp, bool sticky_below, Real* out) {
  Real r;
  if (mant.is_zero()) {
    *out = real_int(BigInt(0));
    return true;
  }
  bool neg = mant.is_negative();
  BigInt mag = mant.abs();
  int bits = mag.bit_len();
  if (bits > kPrecBits) {
    int drop = bits - kPrecBits;
    bool half = mag.bit(drop - 1);
    bool sticky = sticky_below;
    for (int i = 0; i < drop - 1 && !sticky; ++i) sticky = mag.bit(i);
    mag = mag.shr(static_cast<unsigned>(drop));
    exp += drop;
    if (half && (sticky || mag.bit(0))) mag = mag + BigInt(1);
    if (mag.bit_len() > kPrecBits) {
      mag = mag.shr(1);
      exp += 1;
    }
  }
  int tz = 0;
  while (!mag.bit(tz)) ++tz;
  if (tz > 0) {
    mag = mag.shr(static_cast<unsigned>(tz));
    exp += tz;
  }
  // Go's exponent is for a mantissa in [0.5, 1).
  int64_t go_exp = exp + mag.bit_len();
  if (go_exp > kMaxFloatExp) return false;
  if (go_exp < -kMaxFloatExp) {
    *out = real_int(BigInt(0));
    return true;
  }
  r.rep = Rep::Float;
  r.num = neg ? -mag : mag;
  r.exp = exp;
  *out = std::move(r);
  return true;
}

// num/den in lowest terms (den != 0), switching to a float when the parts get too big.
bool make_rat_real(BigInt num, BigInt den, Real* out);

// The 512-bit float nearest to a rational.
bool rat_to_float(const BigInt& num, const BigInt& den, Real* out) {
  if (num.is_zero()) {
    *out = real_int(BigInt(0));
    return true;
  }
  int k = kPrecBits + 2 + den.bit_len() - num.bit_len();
  if (k < 0) k = 0;
  BigInt q, r;
  BigInt::divmod(num.abs().shl(static_cast<unsigned>(k)), den.abs(), &q, &r);
  if (num.is_negative() != den.is_negative()) q = -q;
  return make_float_real(q, -static_cast<int64_t>(k), !r.is_zero(), out);
}

bool make_rat_real(BigInt num, BigInt den, Real* out) {
  if (den.is_negative()) {
    num = -num;
    den = -den;
  }
  BigInt g = BigInt::gcd(num, den);
  if (!g.is_zero() && g != BigInt(1)) {
    num = num / g;
    den = den / g;
  }
  if (num.bit_len() >= kMaxRatBits || den.bit_len() >= kMaxRatBits) return rat_to_float(num, den, out);
  Real r;
  r.rep = den == BigInt(1) ? Rep::Int : Rep::Rat;
  r.num = std::move(num);
  r.den = r.rep == Rep::Rat ? std::move(den) : BigInt(1);
  *out = std::move(r);
  return true;
}

bool to_float_rep(const Real& x, Real* out) {
  switch (x.rep) {
    case Rep::Int: return make_float_real(x.num, 0, false, out);
    case Rep::Rat: return rat_to_float(x.num, x.den, out);
    case Rep::Float: *out = x; return true;
  }
  return false;
}

int real_sign(const Real& x) { return x.num.sign(); }

// Float-rep arithmetic. Results go through make_float_real.
bool float_add(const Real& a, const Real& b, bool subtract, Real* out) {
  BigInt bn = subtract ? -b.num : b.num;
  if (a.num.is_zero()) return make_float_real(bn, b.exp, false, out);
  if (bn.is_zero()) return make_float_real(a.num, a.exp, false, out);
  // If one operand is far below the other's last mantissa bit it cannot affect the result
  // beyond a sticky bit; skip the (potentially enormous) alignment shift.
  int64_t top_a = a.exp + a.num.bit_len();
  int64_t top_b = b.exp + bn.bit_len();
  if (top_a - top_b > kPrecBits + 4) return make_float_real(a.num, a.exp, false, out);
  if (top_b - top_a > kPrecBits + 4) return make_float_real(bn, b.exp, false, out);
  int64_t e = a.exp < b.exp ? a.exp : b.exp;
  BigInt sum = a.num.shl(static_cast<unsigned>(a.exp - e)) + bn.shl(static_cast<unsigned>(b.exp - e));
  return make_float_real(sum, e, false, out);
}

bool float_mul(const Real& a, const Real& b, Real* out) {
  return make_float_real(a.num * b.num, a.exp + b.exp, false, out);
}

bool float_quo(const Real& a, const Real& b, Real* out) {
  int k = kPrecBits + 2 + b.num.bit_len() - a.num.bit_len();
  if (k < 0) k = 0;
  BigInt q, r;
  BigInt::divmod(a.num.shl(static_cast<unsigned>(k)), b.num, &q, &r);
  return make_float_real(q, a.exp - b.exp - k, !r.is_zero(), out);
}

enum class Arith { Add, Sub, Mul, Quo };

// Exact where both are fractions, otherwise 512-bit float arithmetic (b != 0 for Quo).
bool real_arith(const Real& a, Arith op, const Real& b, Real* out) {
  if (a.rep != Rep::Float && b.rep != Rep::Float) {
    switch (op) {
      case Arith::Add: return make_rat_real(a.num * b.den + b.num * a.den, a.den * b.den, out);
      case Arith::Sub: return make_rat_real(a.num * b.den - b.num * a.den, a.den * b.den, out);
      case Arith::Mul: return make_rat_real(a.num * b.num, a.den * b.den, out);
      case Arith::Quo: return make_rat_real(a.num * b.den, a.den * b.num, out);
    }
  }
  Real fa, fb;
  if (!to_float_rep(a, &fa) || !to_float_rep(b, &fb)) return false;
  switch (op) {
    case Arith::Add: return float_add(fa, fb, false, out);
    case Arith::Sub: return float_add(fa, fb, true, out);
    case Arith::Mul: return float_mul(fa, fb, out);
    case Arith::Quo: return float_quo(fa, fb, out);
  }
  return false;
}

Real real_neg(const Real& x) {
  Real r = x;
  r.num = -r.num;
  return r;
}

int real_cmp(const Real& a, const Real& b) {
  if (a.rep != Rep::Float && b.rep != Rep::Float) return compare(a.num * b.den, b.num * a.den);
  Real fa, fb;
  to_float_rep(a, &fa);
  to_float_rep(b, &fb);
  int sa = fa.num.sign(), sb = fb.num.sign();
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  int64_t top_a = fa.exp + fa.num.bit_len();
  int64_t top_b = fb.exp + fb.num.bit_len();
  if (top_a != top_b) return (top_a < top_b) == (sa > 0) ? -1 : 1;
  int64_t e = fa.exp < fb.exp ? fa.exp : fb.exp;
  return compare(fa.num.shl(static_cast<unsigned>(fa.exp - e)), fb.num.shl(static_cast<unsigned>(fb.exp - e)));
}

double real_to_double(const Real& x) {
  switch (x.rep) {
    case Rep::Int: return x.num.to_double();
    case Rep::Rat: {
      // At least 65 quotient bits plus a sticky bit round correctly (except in subnormals).
      int k = 66 + x.den.bit_len() - x.num.bit_len();
      if (k < 0) k = 0;
      BigInt q, r;
      BigInt::divmod(x.num.abs().shl(static_cast<unsigned>(k)), x.den, &q, &r);
      q = q.shl(1);
      if (!r.is_zero()) q = q + BigInt(1);
      double d = std::ldexp(q.to_double(), -k - 1);
      return x.num.is_negative() ? -d : d;
    }
    case Rep::Float: {
      if (x.exp + x.num.bit_len() > 1100) return x.num.is_negative() ? -HUGE_VAL : HUGE_VAL;
      if (x.exp + x.num.bit_len() < -1100) return x.num.is_negative() ? -0.0 : 0.0;
      return std::ldexp(x.num.to_double(), static_cast<int>(x.exp));
    }
  }
  return 0;
}

bool real_is_int(const Real& x) { return x.rep == Rep::Int || (x.rep == Rep::Float && x.exp >= 0); }

// The exact integer value of a float mantissa*2^exp, if it is one.
std::optional<BigInt> float_exact_int(const BigInt& mant, int64_t exp) {
  if (exp >= 0) return mant.shl(static_cast<unsigned>(exp));
  BigInt mag = mant.abs();
  int tz = 0;
  while (tz < mag.bit_len() && !mag.bit(tz)) ++tz;
  if (mag.is_zero()) return BigInt(0);
  if (tz < -exp) return std::nullopt;
  BigInt v = mag.shr(static_cast<unsigned>(-exp));
  return mant.is_negative() ? -v : v;
}

// Go's small-exponent test (the binary exponent of a float in [0.5,1) form).
bool small_float(const Real& f) {
  int64_t e = f.exp + f.num.bit_len();
  return -kMaxRatBits < e && e < kMaxRatBits;
}

// go/constant's ToInt on a real: exact integers, and floats that are integers up to a few
// bits of rounding error.
std::optional<BigInt> real_to_int(const Real& x) {
  if (x.rep == Rep::Int) return x.num;
  if (x.rep == Rep::Rat) return std::nullopt;
  if (!small_float(x)) return std::nullopt;
  if (auto v = float_exact_int(x.num, x.exp)) return v;
  constexpr int kDelta = 4;
  BigInt mag = x.num.abs();
  int drop = mag.bit_len() - (kPrecBits - kDelta);
  if (drop <= 0) return std::nullopt;
  BigInt down = mag.shr(static_cast<unsigned>(drop));
  for (const BigInt& cand : {down, down + BigInt(1)}) {
    if (auto v = float_exact_int(cand, x.exp + drop)) return x.num.is_negative() ? -*v : *v;
  }
  return std::nullopt;
}

std::string quote_go_string(std::string_view s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Pass valid multi-byte UTF-8 through; escape stray bytes.
      int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      bool ok = len > 0 && i + static_cast<size_t>(len) <= s.size();
      for (int k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0xC0) == 0x80;
      if (ok) {
        out.append(s.substr(i, static_cast<size_t>(len)));
        i += static_cast<size_t>(len);
        continue;
      }
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
      continue;
    }
    if (const char* esc = go_short_escape(c, '"')) {
      out += esc;
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
    ++i;
  }
  out += '"';
  return out;
}

size_t utf8_count(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// go/constant's floatVal.String for a real.
std::string real_to_string(const Real& x) {
  if (x.rep == Rep::Int && x.num.is_zero()) return "0";
  Real f;
  if (!to_float_rep(x, &f)) return "+Inf";
  if (f.num.is_zero()) return "0";
  double d = real_to_double(f);
  if (d != 0 && !std::isinf(d)) {
    std::string s = format_float_g(d, 6);
    if (!real_is_int(f) && s.find('.') == std::string::npos) s = format_float_g(d, -1);
    return s;
  }
  // Out of float64 range: f = m * 2^e with 0.5 <= |m| < 1, then to m' * 10^e'.
  int bits = f.num.bit_len();
  int64_t e2 = f.exp + bits;
  int keep = bits > 60 ? 60 : bits;
  double m = std::ldexp(f.num.shr(static_cast<unsigned>(bits - keep)).to_double(), -keep);
  double dec = static_cast<double>(e2) * (std::log(2.0) / std::log(10.0));
  auto e = static_cast<int64_t>(dec);
  m *= std::pow(10.0, dec - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  std::string s = format_float_g(m, 6);
  char buf[32];
  std::snprintf(buf, sizeof buf, "e%+lld", static_cast<long long>(e));
  return s + buf;
}

std::string real_exact_string(const Real& x) {
  switch (x.rep) {
    case Rep::Int: return x.num.to_string();
    case Rep::Rat: return x.num.to_string() + "/" + x.den.to_string();
    case Rep::Float: {
      // big.Float's %p: sign, "0x.", hex mantissa (trailing zeros trimmed), "p", exponent.
      BigInt mag = x.num.abs();
      int bits = mag.bit_len();
      int pad = (4 - bits % 4) % 4;
      std::string hex = mag.shl(static_cast<unsigned>(pad)).to_string(16);
      while (!hex.empty() && hex.back() == '0') hex.pop_back();
      char buf[32];
      std::snprintf(buf, sizeof buf, "p%+lld", static_cast<long long>(x.exp + bits));
      return (x.num.is_negative() ? "-0x." : "0x.") + hex + buf;
    }
  }
  return "";
}

}  // namespace

// ---- Constant ---------------------------------------------------------------------------

Constant Constant::from_real(ConstKind kind, Real r) {
  Constant c;
  c.kind_ = kind;
  c.re_ = std::move(r);
  return c;
}

Constant Constant::make_bool(bool b) {
  Constant c;
  c.kind_ = ConstKind::Bool;
  c.bool_ = b;
  return c;
}

Constant Constant::make_string(std::string s) {
  Constant c;
  c.kind_ = ConstKind::String;
  c.str_ = std::move(s);
  return c;
}

Constant Constant::make_int(BigInt v) { return from_real(ConstKind::Int, real_int(std::move(v))); }

Constant Constant::make_rat(BigInt num, BigInt den) {
  Real r;
  if (den.is_zero() || !make_rat_real(std::move(num), std::move(den), &r)) return {};
  return from_real(ConstKind::Float, std::move(r));
}

Constant Constant::make_float64(double d) {
  if (std::isnan(d) || std::isinf(d)) return {};
  if (d == 0) return from_real(ConstKind::Float, real_int(BigInt(0)));
  int e = 0;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= |m| < 1
  auto mant = static_cast<int64_t>(std::ldexp(m, 53));
  Real r;
  if (e - 53 >= 0) {
    make_rat_real(BigInt(mant).shl(static_cast<unsigned>(e - 53)), BigInt(1), &r);
  } else {
    make_rat_real(BigInt(mant), BigInt(1).shl(static_cast<unsigned>(53 - e)), &r);
  }
  return from_real(ConstKind::Float, std::move(r));
}

Constant Constant::make_imag(const Constant& x) {
  Constant c;
  if (x.kind_ == ConstKind::Complex) {
    // (a+bi)*i == -b + ai
    c = x;
    c.re_ = real_neg(x.im_);
    c.im_ = x.re_;
    c.re_int_ = x.im_int_;
    c.im_int_ = x.re_int_;
    return c;
  }
  if (x.kind_ != ConstKind::Int && x.kind_ != ConstKind::Float) return {};
  c.kind_ = ConstKind::Complex;
  c.re_ = real_int(BigInt(0));
  c.im_ = x.re_;
  c.re_int_ = true;
  c.im_int_ = x.kind_ == ConstKind::Int;
  return c;
}

Constant Constant::make_complex(const Constant& re, const Constant& im) {
  Constant r = to_float(re), i = to_float(im);
  if (r.kind_ != ConstKind::Float || i.kind_ != ConstKind::Float) return {};
  Constant c;
  c.kind_ = ConstKind::Complex;
  c.re_ = r.re_;
  c.im_ = i.re_;
  return c;
}

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A float literal (decimal or hex, '_' already removed) as an exact fraction or float.
std::optional<Real> parse_float_literal(std::string_view s) {
  bool hex = s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  int base = hex ? 16 : 10;
  if (hex) s.remove_prefix(2);
  BigInt mant(0);
  int64_t frac_digits = 0;
  bool seen_dot = false, any_digit = false;
  size_t i = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (seen_dot) return std::nullopt;
      seen_dot = true;
      continue;
    }
    int d = digit_value(c);
    if (d < 0 || d >= base) break;
    mant = mant * BigInt(base) + BigInt(d);
    any_digit = true;
    if (seen_dot) ++frac_digits;
  }
  if (!any_digit) return std::nullopt;
  int64_t exp = 0;
  if (i < s.size()) {
    char e = s[i];
    if (hex ? (e != 'p' && e != 'P') : (e != 'e' && e != 'E')) return std::nullopt;
    ++i;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i == s.size()) return std::nullopt;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
    }
    if (neg) exp = -exp;
  } else if (hex) {
    return std::nullopt;  // hex floats need a 'p' exponent
  }
  Real r;
  if (mant.is_zero()) return real_int(BigInt(0));
  if (hex) {
    exp -= 4 * frac_digits;
    if (!make_float_real(mant, exp, false, &r)) return std::nullopt;
    if (small_float(r)) {
      if (exp >= 0) make_rat_real(mant.shl(static_cast<unsigned>(exp)), BigInt(1), &r);
      else make_rat_real(mant, BigInt(1).shl(static_cast<unsigned>(-exp)), &r);
    }
    return r;
  }
  exp -= frac_digits;
  // Decimal exponents far outside big.Float's range overflow or underflow outright.
  int64_t approx_bits = static_cast<int64_t>(static_cast<double>(exp) * 3.3219280948873623) + mant.bit_len();
  if (approx_bits > kMaxFloatExp) return std::nullopt;
  if (approx_bits < -kMaxFloatExp) return real_int(BigInt(0));
  int64_t abs_exp = exp < 0 ? -exp : exp;
  if (abs_exp <= kExactDecimalExp) {
    BigInt pow10(1), square(10);
    for (int64_t k = abs_exp; k > 0; k >>= 1) {
      if ((k & 1) != 0) pow10 = pow10 * square;
      if (k > 1) square = square * square;
    }
    if (exp >= 0) make_rat_real(mant * pow10, BigInt(1), &r);
    else make_rat_real(mant, pow10, &r);
    return r;
  }
  // Far beyond what a fraction may hold: 512-bit float arithmetic, 10^k by repeated squaring.
  Real pow10, square, m;
  make_float_real(BigInt(1), 0, false, &pow10);
  make_float_real(BigInt(10), 0, false, &square);
  for (int64_t k = abs_exp; k > 0; k >>= 1) {
    if ((k & 1) != 0 && !float_mul(pow10, square, &pow10)) return std::nullopt;
    if (k > 1 && !float_mul(square, square, &square)) return std::nullopt;
  }
  make_float_real(mant, 0, false, &m);
  if (!(exp >= 0 ? float_mul(m, pow10, &r) : float_quo(m, pow10, &r))) return std::nullopt;
  return r;
}

std::optional<BigInt> parse_int_literal(std::string_view s) {
  int base = 10;
  if (s.size() > 1 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') base = 16;
    else if (p == 'b' || p == 'B') base = 2;
    else if (p == 'o' || p == 'O') base = 8;
    if (base != 10) s.remove_prefix(2);
    else base = 8, s.remove_prefix(1);  // legacy octal 0777
  }
  if (s.empty()) return std::nullopt;
  return BigInt::parse(s, base);
}

// Decodes one UTF-8 character at s[i] (advancing i); invalid bytes decode as U+FFFD.
uint32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + static_cast<size_t>(len) > s.size()) {
    ++i;
    return len == 1 ? c : 0xFFFD;
  }
  uint32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
  i += static_cast<size_t>(len);
  return cp;
}

// The body of an interpreted string or rune literal (quotes removed). Byte escapes (\x, octal)
// append raw bytes; other escapes append UTF-8. `runes` (if given) receives each character's
// value, so a rune literal can insist on exactly one.
std::optional<std::string> unescape(std::string_view s, std::vector<uint32_t>* runes) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '\\') {
      uint32_t cp = decode_utf8(s, i);
      append_utf8(out, cp);
      if (runes != nullptr) runes->push_back(cp);
      continue;
    }
    if (++i >= s.size()) return std::nullopt;
    char e = s[i++];
    uint32_t v = 0;
    int digits = 0, base = 16;
    bool byte_escape = false;
    switch (e) {
      case 'a': v = 7; break;
      case 'b': v = 8; break;
      case 'f': v = 12; break;
      case 'n': v = 10; break;
      case 'r': v = 13; break;
      case 't': v = 9; break;
      case 'v': v = 11; break;
      case '\\': v = '\\'; break;
      case '\'': v = '\''; break;
      case '"': v = '"'; break;
      case 'x': digits = 2; byte_escape = true; break;
      case 'u': digits = 4; break;
      case 'U': digits = 8; break;
      default:
        if (e >= '0' && e <= '7') {
          --i;
          digits = 3;
          base = 8;
          byte_escape = true;
        } else {
          return std::nullopt;
        }
    }
    for (int k = 0; k < digits; ++k) {
      if (i >= s.size()) return std::nullopt;
      int d = digit_value(s[i++]);
      if (d < 0 || d >= base) return std::nullopt;
      v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    }
    if (byte_escape) {
      if (v > 255) return std::nullopt;
      out += static_cast<char>(v);
    } else {
      append_utf8(out, v);
    }
    if (runes != nullptr) runes->push_back(v);
  }
  return out;
}

}  // namespace

std::optional<Constant> Constant::from_literal(std::string_view lit, LitKind kind) {
  std::string clean;
  if (kind != LitKind::Rune && kind != LitKind::String) {
    for (char c : lit) {
      if (c != '_') clean += c;
    }
  }
  std::string_view s = clean;
  switch (kind) {
    case LitKind::Int: {
      auto v = parse_int_literal(s);
      if (!v) return std::nullopt;
      return make_int(std::move(*v));
    }
    case LitKind::Float: {
      auto r = parse_float_literal(s);
      if (!r) return std::nullopt;
      return from_real(ConstKind::Float, std::move(*r));
    }
    case LitKind::Imag: {
      if (s.empty() || s.back() != 'i') return std::nullopt;
      s.remove_suffix(1);
      bool prefixed = s.size() > 1 && s[0] == '0' && std::string_view("xXbBoO").find(s[1]) != std::string_view::npos;
      bool is_float = !prefixed || s.find_first_of(".pP") != std::string_view::npos;
      if (prefixed && (s[1] == 'x' || s[1] == 'X')) is_float = s.find_first_of("pP") != std::string_view::npos;
      std::optional<Constant> v;
      if (is_float) {
        auto r = parse_float_literal(s);  // "0123i" is decimal 123i, kept for compatibility
        if (r) v = from_real(ConstKind::Float, std::move(*r));
      } else if (auto i = parse_int_literal(s)) {
        v = make_int(std::move(*i));
      }
      if (!v) return std::nullopt;
      return make_imag(*v);
    }
    case LitKind::Rune: {
      if (lit.size() < 3 || lit.front() != '\'' || lit.back() != '\'') return std::nullopt;
      std::vector<uint32_t> runes;
      if (!unescape(lit.substr(1, lit.size() - 2), &runes) || runes.size() != 1) return std::nullopt;
      return make_int64(runes[0]);
    }
    case LitKind::String: {
      if (lit.size() < 2) return std::nullopt;
      if (lit.front() == '`' && lit.back() == '`') {
        std::string raw;
        for (char c : lit.substr(1, lit.size() - 2)) {
          if (c != '\r') raw += c;  // carriage returns are dropped from raw strings
        }
        return make_string(std::move(raw));
      }
      if (lit.front() != '"' || lit.back() != '"') return std::nullopt;
      auto str = unescape(lit.substr(1, lit.size() - 2), nullptr);
      if (!str) return std::nullopt;
      return make_string(std::move(*str));
    }
  }
  return std::nullopt;
}

std::optional<int64_t> Constant::int64_val() const {
  if (kind_ != ConstKind::Int || !re_.num.fits_int64()) return std::nullopt;
  return re_.num.to_int64();
}

std::optional<uint64_t> Constant::uint64_val() const {
  if (kind_ != ConstKind::Int || !re_.num.fits_uint64()) return std::nullopt;
  return re_.num.to_uint64();
}

double Constant::float64_val() const { return real_to_double(re_); }

float Constant::float32_val() const {
  // Round once from the exact value: go through a 24-bit rounding of the 512-bit float.
  Real f;
  if (!to_float_rep(re_, &f) || f.num.is_zero()) return 0.0f;
  double d = real_to_double(f);
  if (std::isinf(d)) return static_cast<float>(d);
  BigInt mag = f.num.abs();
  int bits = mag.bit_len();
  if (bits > 24) {
    int drop = bits - 24;
    bool half = mag.bit(drop - 1), sticky = false;
    for (int i = 0; i < drop - 1 && !sticky; ++i) sticky = mag.bit(i);
    BigInt m = mag.shr(static_cast<unsigned>(drop));
    if (half && (sticky || m.bit(0))) m = m + BigInt(1);
    double r = std::ldexp(m.to_double(), static_cast<int>(f.exp + drop));
    return static_cast<float>(f.num.is_negative() ? -r : r);
  }
  return static_cast<float>(d);
}

int Constant::sign() const {
  if (kind_ == ConstKind::Complex) return (re_.num.is_zero() && im_.num.is_zero()) ? 0 : 1;
  return real_sign(re_);
}

int Constant::bit_len() const { return kind_ == ConstKind::Int ? re_.num.bit_len() : 0; }

std::string Constant::to_string() const {
  switch (kind_) {
    case ConstKind::Unknown: return "unknown";
    case ConstKind::Bool: return bool_ ? "true" : "false";
    case ConstKind::String: {
      constexpr size_t kMaxLen = 72;
      if (utf8_count(str_) <= kMaxLen) return quote_go_string(str_);
      // Keep the first kMaxLen-3 characters and mark the cut with "...".
      size_t n = 0, i = 0;
      for (; i < str_.size(); ++i) {
        if ((static_cast<unsigned char>(str_[i]) & 0xC0) != 0x80) {
          if (n == kMaxLen - 3) break;
          ++n;
        }
      }
      std::string q = quote_go_string(std::string_view(str_).substr(0, i));
      q.insert(q.size() - 1, "...");
      return q;
    }
    case ConstKind::Int: return re_.num.to_string();
    case ConstKind::Float: return real_to_string(re_);
    case ConstKind::Complex: {
      auto part = [](const Real& r, bool is_int) { return is_int ? r.num.to_string() : real_to_string(r); };
      return "(" + part(re_, re_int_) + " + " + part(im_, im_int_) + "i)";
    }
  }
  return "";
}

std::string Constant::exact_string() const {
  switch (kind_) {
    case ConstKind::String: return quote_go_string(str_);
    case ConstKind::Float: return real_exact_string(re_);
    case ConstKind::Complex: return "(" + real_exact_string(re_) + " + " + real_exact_string(im_) + "i)";
    default: return to_string();
  }
}

bool operator==(const Constant& a, const Constant& b) {
  if (a.kind_ != b.kind_) return false;
  switch (a.kind_) {
    case ConstKind::Unknown: return true;
    case ConstKind::Bool: return a.bool_ == b.bool_;
    case ConstKind::String: return a.str_ == b.str_;
    case ConstKind::Int:
    case ConstKind::Float: return real_cmp(a.re_, b.re_) == 0;
    case ConstKind::Complex: return real_cmp(a.re_, b.re_) == 0 && real_cmp(a.im_, b.im_) == 0;
  }
  return false;
}

// ---- conversions between kinds ----------------------------------------------------------

Constant to_int(const Constant& x) {
  switch (x.kind_) {
    case ConstKind::Int: return x;
    case ConstKind::Float:
      if (auto v = real_to_int(x.re_)) return Constant::make_int(std::move(*v));
      return {};
    case ConstKind::Complex:
      if (x.im_.num.is_zero()) {
        if (auto v = real_to_int(x.re_)) return Constant::make_int(std::move(*v));
      }
      return {};
    default: return {};
  }
}

Constant to_float(const Constant& x) {
  switch (x.kind_) {
    case ConstKind::Int: {
      // Huge integers become floats, as go/constant's itof for non-small values.
      Real r;
      if (!make_rat_real(x.re_.num, BigInt(1), &r)) return {};
      return Constant::from_real(ConstKind::Float, std::move(r));
    }
    case ConstKind::Float: return x;
    case ConstKind::Complex:
      if (x.im_.num.is_zero()) return Constant::from_real(ConstKind::Float, x.re_);
      return {};
    default: return {};
  }
}

Constant to_complex(const Constant& x) {
  switch (x.kind_) {
    case ConstKind::Int:
    case ConstKind::Float: {
      Constant c = to_float(x);
      if (c.is_unknown()) return c;
      c.kind_ = ConstKind::Complex;
      c.im_ = real_int(BigInt(0));
      c.re_int_ = x.kind_ == ConstKind::Int && c.re_.rep == Rep::Int;
      c.im_int_ = true;
      return c;
    }
    case ConstKind::Complex: return x;
    default: return {};
  }
}

Constant real(const Constant& x) {
  if (x.kind_ == ConstKind::Complex) return Constant::from_real(x.re_int_ ? ConstKind::Int : ConstKind::Float, x.re_);
  if (x.kind_ == ConstKind::Int || x.kind_ == ConstKind::Float) return x;
  return {};
}

Constant imag(const Constant& x) {
  if (x.kind_ == ConstKind::Complex) return Constant::from_real(x.im_int_ ? ConstKind::Int : ConstKind::Float, x.im_);
  if (x.kind_ == ConstKind::Int || x.kind_ == ConstKind::Float) return Constant::make_int64(0);
  return {};
}

// ---- operations --------------------------------------------------------------------------

namespace {

int kind_rank(ConstKind k) {
  switch (k) {
    case ConstKind::Int: return 1;
    case ConstKind::Float: return 2;
    case ConstKind::Complex: return 3;
    default: return 0;
  }
}

Constant promote(const Constant& x, ConstKind to) {
  if (to == ConstKind::Float) return to_float(x);
  if (to == ConstKind::Complex) return to_complex(x);
  return x;
}

}  // namespace

Constant binary_op(const Constant& x_in, Op op, const Constant& y_in) {
  if (x_in.is_unknown() || y_in.is_unknown()) return {};
  if (x_in.kind_ == ConstKind::Bool && y_in.kind_ == ConstKind::Bool) {
    if (op == Op::AndAnd) return Constant::make_bool(x_in.bool_ && y_in.bool_);
    if (op == Op::OrOr) return Constant::make_bool(x_in.bool_ || y_in.bool_);
    return {};
  }
  if (x_in.kind_ == ConstKind::String && y_in.kind_ == ConstKind::String) {
    if (op == Op::Add) return Constant::make_string(x_in.str_ + y_in.str_);
    return {};
  }
  int rx = kind_rank(x_in.kind_), ry = kind_rank(y_in.kind_);
  if (rx == 0 || ry == 0) return {};
  ConstKind k = rx >= ry ? x_in.kind_ : y_in.kind_;
  // Go: dividing two Ints with Div gives an exact fraction.
  if (k == ConstKind::Int && op == Op::Div) k = ConstKind::Float;
  Constant x = promote(x_in, k), y = promote(y_in, k);
  if (x.is_unknown() || y.is_unknown()) return {};

  if (k == ConstKind::Int) {
    const BigInt& a = x.re_.num;
    const BigInt& b = y.re_.num;
    switch (op) {
      case Op::Add: return Constant::make_int(a + b);
      case Op::Sub: return Constant::make_int(a - b);
      case Op::Mul: return Constant::make_int(a * b);
      case Op::Rem: return b.is_zero() ? Constant() : Constant::make_int(a % b);
      case Op::And: return Constant::make_int(a & b);
      case Op::Or: return Constant::make_int(a | b);
      case Op::Xor: return Constant::make_int(a ^ b);
      case Op::AndNot: return Constant::make_int(BigInt::and_not(a, b));
      default: return {};
    }
  }

  Real r;
  if (k == ConstKind::Float) {
    bool ok = false;
    switch (op) {
      case Op::Add: ok = real_arith(x.re_, Arith::Add, y.re_, &r); break;
      case Op::Sub: ok = real_arith(x.re_, Arith::Sub, y.re_, &r); break;
      case Op::Mul: ok = real_arith(x.re_, Arith::Mul, y.re_, &r); break;
      case Op::Div: ok = !y.re_.num.is_zero() && real_arith(x.re_, Arith::Quo, y.re_, &r); break;
      default: return {};
    }
    if (!ok) return {};
    return Constant::from_real(ConstKind::Float, std::move(r));
  }

  // Complex: (a+bi) op (c+di).
  const Real &a = x.re_, &b = x.im_, &c = y.re_, &d = y.im_;
  Real re, im, t1, t2;
  bool ok = true;
  // Parts stay integers through + - * of integer parts (go/constant's int64Val/intVal);
  // division always gives fractions.
  bool all_int = x.re_int_ && x.im_int_ && y.re_int_ && y.im_int_;
  bool re_int = op == Op::Mul ? all_int : x.re_int_ && y.re_int_;
  bool im_int = op == Op::Mul ? all_int : x.im_int_ && y.im_int_;
  switch (op) {
    case Op::Add:
      ok = real_arith(a, Arith::Add, c, &re) && real_arith(b, Arith::Add, d, &im);
      break;
    case Op::Sub:
      ok = real_arith(a, Arith::Sub, c, &re) && real_arith(b, Arith::Sub, d, &im);
      break;
    case Op::Mul:
      ok = real_arith(a, Arith::Mul, c, &t1) && real_arith(b, Arith::Mul, d, &t2) &&
           real_arith(t1, Arith::Sub, t2, &re) && real_arith(a, Arith::Mul, d, &t1) &&
           real_arith(b, Arith::Mul, c, &t2) && real_arith(t1, Arith::Add, t2, &im);
      break;
    case Op::Div: {
      Real s, cc, dd;
      ok = real_arith(c, Arith::Mul, c, &cc) && real_arith(d, Arith::Mul, d, &dd) &&
           real_arith(cc, Arith::Add, dd, &s);
      if (!ok || s.num.is_zero()) return {};
      Real n1, n2;
      ok = real_arith(a, Arith::Mul, c, &t1) && real_arith(b, Arith::Mul, d, &t2) &&
           real_arith(t1, Arith::Add, t2, &n1) && real_arith(b, Arith::Mul, c, &t1) &&
           real_arith(a, Arith::Mul, d, &t2) && real_arith(t1, Arith::Sub, t2, &n2) &&
           real_arith(n1, Arith::Quo, s, &re) && real_arith(n2, Arith::Quo, s, &im);
      break;
    }
    default: return {};
  }
  if (!ok) return {};
  Constant z;
  z.kind_ = ConstKind::Complex;
  z.re_ = std::move(re);
  z.im_ = std::move(im);
  z.re_int_ = op != Op::Div && re_int && z.re_.rep == Rep::Int;
  z.im_int_ = op != Op::Div && im_int && z.im_.rep == Rep::Int;
  return z;
}

Constant int_div(const Constant& x, const Constant& y) {
  if (x.kind() != ConstKind::Int || y.kind() != ConstKind::Int || y.int_val().is_zero()) return {};
  return Constant::make_int(x.int_val() / y.int_val());
}

Constant unary_op(Op op, const Constant& x, unsigned prec) {
  if (x.is_unknown()) return x;
  switch (op) {
    case Op::Add:
      return (x.kind_ == ConstKind::Int || x.kind_ == ConstKind::Float || x.kind_ == ConstKind::Complex) ? x : Constant();
    case Op::Sub: {
      if (x.kind_ != ConstKind::Int && x.kind_ != ConstKind::Float && x.kind_ != ConstKind::Complex) return {};
      Constant z = x;
      z.re_ = real_neg(x.re_);
      if (x.kind_ == ConstKind::Complex) z.im_ = real_neg(x.im_);
      return z;
    }
    case Op::Xor: {
      if (x.kind_ != ConstKind::Int) return {};
      BigInt z = ~x.re_.num;
      // For unsigned types keep only the type's bits (the result would be negative otherwise).
      if (prec > 0) z = BigInt::and_not(z, BigInt(-1).shl(prec));
      return Constant::make_int(std::move(z));
    }
    case Op::Not:
      return x.kind_ == ConstKind::Bool ? Constant::make_bool(!x.bool_) : Constant();
    default: return {};
  }
}

Constant shift(const Constant& x, Op op, unsigned s) {
  if (x.kind() != ConstKind::Int) return {};
  if (op == Op::Shl) return Constant::make_int(x.int_val().shl(s));
  if (op == Op::Shr) return Constant::make_int(x.int_val().shr(s));
  return {};
}

bool compare(const Constant& x_in, Op op, const Constant& y_in) {
  int c = 0;
  if (x_in.kind() == ConstKind::Bool && y_in.kind() == ConstKind::Bool) {
    if (op == Op::Eql) return x_in.bool_val() == y_in.bool_val();
    if (op == Op::Neq) return x_in.bool_val() != y_in.bool_val();
    return false;
  }
  if (x_in.kind() == ConstKind::String && y_in.kind() == ConstKind::String) {
    int r = x_in.string_val().compare(y_in.string_val());
    c = r < 0 ? -1 : (r > 0 ? 1 : 0);
  } else {
    int rx = kind_rank(x_in.kind()), ry = kind_rank(y_in.kind());
    if (rx == 0 || ry == 0) return false;
    ConstKind k = rx >= ry ? x_in.kind() : y_in.kind();
    Constant x = promote(x_in, k), y = promote(y_in, k);
    if (x.is_unknown() || y.is_unknown()) return false;
    if (k == ConstKind::Complex) {
      bool eq = real_cmp(x.real_part(), y.real_part()) == 0 && real_cmp(x.imag_part(), y.imag_part()) == 0;
      if (op == Op::Eql) return eq;
      if (op == Op::Neq) return !eq;
      return false;
    }
    c = real_cmp(x.real_part(), y.real_part());
  }
  switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: return false;
  }
}

// ---- Go's %g ------------------------------------------------------------------------------

std::string format_float_g(double x, int prec) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(x);
  double ax = std::fabs(x);
  // Decimal digits and decimal point position: value = 0.d1d2... * 10^dp.
  std::string digits;
  int dp = 0;
  bool shortest = prec < 0;
  if (ax == 0) {
    digits = "0";
    dp = 1;
  } else {
    char buf[64];
    for (int p = shortest ? 1 : prec; p <= 17; ++p) {
      std::snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
      if (!shortest || std::strtod(buf, nullptr) == ax) break;
    }
    std::string s = buf;
    size_t epos = s.find('e');
    for (size_t i = 0; i < epos; ++i) {
      if (s[i] != '.') digits += s[i];
    }
    dp = std::atoi(s.c_str() + epos + 1) + 1;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  }
  int nd = static_cast<int>(digits.size());
  if (shortest) prec = nd;
  int eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (shortest) eprec = 6;
  int exp = dp - 1;
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= eprec) {
    int p = prec > nd ? nd : prec;  // digits shown
    out += digits[0];
    if (p > 1) {
      out += '.';
      out += digits.substr(1, static_cast<size_t>(p - 1));
    }
    char buf[16];
    int e = ax == 0 ? 0 : exp;
    std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return out + buf;
  }
  if (prec > dp) prec = nd;
  int frac = prec - dp > 0 ? prec - dp : 0;
  // %f with frac digits after the point.
  if (dp <= 0) {
    out += "0";
  } else {
    for (int i = 0; i < dp; ++i) out += i < nd ? digits[static_cast<size_t>(i)] : '0';
  }
  if (frac > 0) {
    out += '.';
    for (int i = 0; i < frac; ++i) {
      int idx = dp + i;
      out += (idx >= 0 && idx < nd) ? digits[static_cast<size_t>(idx)] : '0';
    }
  }
  return out;
}

// ---- types2 rules --------------------------------------------------------------------------

std::string_view basic_name(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: return "bool";
    case BasicKind::Int: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: return "float64";
    case BasicKind::Complex64: return "complex64";
    case BasicKind::Complex128: return "complex128";
    case BasicKind::String: return "string";
    case BasicKind::Byte: return "byte";
    case BasicKind::Rune: return "rune";
    case BasicKind::UntypedBool: return "untyped bool";
    case BasicKind::UntypedInt: return "untyped int";
    case BasicKind::UntypedRune: return "untyped rune";
    case BasicKind::UntypedFloat: return "untyped float";
    case BasicKind::UntypedComplex: return "untyped complex";
    case BasicKind::UntypedString: return "untyped string";
  }
  return "";
}

bool is_untyped(BasicKind k) { return k >= BasicKind::UntypedBool; }
bool is_integer(BasicKind k) {
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::Byte || k == BasicKind::Rune ||
         k == BasicKind::UntypedInt || k == BasicKind::UntypedRune;
}
bool is_unsigned(BasicKind k) { return (k >= BasicKind::Uint && k <= BasicKind::Uintptr) || k == BasicKind::Byte; }
bool is_float(BasicKind k) { return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat; }
bool is_complex(BasicKind k) {
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
}
bool is_numeric(BasicKind k) { return is_integer(k) || is_float(k) || is_complex(k); }

namespace {

std::string type_string(BasicKind k, std::string_view name) {
  return name.empty() ? std::string(basic_name(k)) : std::string(name);
}

std::string type_string(const ConstOperand& x) { return type_string(x.type, x.type_name); }

// Bits of an integer type (words are 64 bits, as on amd64/arm64).
int int_bits(BasicKind k) {
  switch (k) {
    case BasicKind::Int8: case BasicKind::Uint8: case BasicKind::Byte: return 8;
    case BasicKind::Int16: case BasicKind::Uint16: return 16;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Rune: return 32;
    default: return 64;
  }
}

// Numbers in a float32/float64 that do not round to infinity; as types2's roundFloat32/64.
std::optional<Constant> round_float(const Constant& x, bool is32) {
  if (is32) {
    float f = x.float32_val();
    if (std::isinf(f)) return std::nullopt;
    return Constant::make_float64(static_cast<double>(f));
  }
  double d = x.float64_val();
  if (std::isinf(d)) return std::nullopt;
  return Constant::make_float64(d);
}

enum class ConvError { None, Truncated, Overflows, Invalid };

// types2's representation(): the value in the target type, or why not.
ConvError representation(const ConstOperand& x, BasicKind target, Constant* out) {
  if (representable(x.val, target, out)) return ConvError::None;
  if (is_numeric(x.type) && is_numeric(target)) {
    if (!is_integer(x.type) && is_integer(target)) return ConvError::Truncated;
    return ConvError::Overflows;
  }
  return ConvError::Invalid;
}

std::string invalid_conversion(ConvError e, const ConstOperand& x, const std::string& target) {
  switch (e) {
    case ConvError::Truncated: return operand_string(x) + " truncated to " + target;
    case ConvError::Overflows: return operand_string(x) + " overflows " + target;
    default: return "cannot convert " + operand_string(x) + " to type " + target;
  }
}

// types2's overflow(): typed results must fit; untyped ints must stay within 512 bits.
std::optional<std::string> check_overflow(ConstOperand& x, Op op, bool unary) {
  if (x.val.is_unknown()) return std::string("constant result is not representable");
  if (!is_untyped(x.type)) {
    Constant v;
    ConvError e = representation(x, x.type, &v);
    if (e != ConvError::None) return invalid_conversion(e, x, type_string(x));
    x.val = v;
    return std::nullopt;
  }
  if (x.val.kind() == ConstKind::Int && x.val.bit_len() > kUntypedIntBits) {
    std::string name;
    if (unary && op == Op::Xor) name = "bitwise complement ";
    if (!unary) {
      switch (op) {
        case Op::Add: name = "addition "; break;
        case Op::Sub: name = "subtraction "; break;
        case Op::Xor: name = "bitwise XOR "; break;
        case Op::Mul: name = "multiplication "; break;
        case Op::Shl: name = "shift "; break;
        default: break;
      }
    }
    x.val = Constant();
    return "constant " + name + "overflow";
  }
  return std::nullopt;
}

// Converts an untyped operand to match the other operand's type (types2's matchTypes).
std::optional<std::string> convert_untyped(ConstOperand& x, BasicKind target, std::string_view target_name) {
  if (is_untyped(target)) {
    // Both untyped: the "larger" numeric kind wins.
    if (is_numeric(x.type) && is_numeric(target)) {
      BasicKind k = default_untyped_rank(x.type, target);
      if (k == BasicKind::UntypedFloat) x.val = to_float(x.val);
      if (k == BasicKind::UntypedComplex) x.val = to_complex(x.val);
      x.type = k;
    }
    return std::nullopt;
  }
  Constant v;
  ConvError e = representation(x, target, &v);
  if (e != ConvError::None) return invalid_conversion(e, x, type_string(target, target_name));
  x.val = v;
  x.type = target;
  x.type_name = std::string(target_name);
  return std::nullopt;
}

}  // namespace

std::string operand_string(const ConstOperand& x) {
  std::string out = x.expr.empty() ? x.val.to_string() : x.expr;
  out += " (";
  if (is_untyped(x.type)) {
    out += basic_name(x.type);
    out += ' ';
  }
  out += "constant";
  std::string v = x.val.to_string();
  if (v != (x.expr.empty() ? x.val.to_string() : x.expr)) {
    out += ' ';
    out += v;
  }
  if (!is_untyped(x.type)) out += " of type " + type_string(x);
  out += ')';
  return out;
}

bool representable(const Constant& x, BasicKind type, Constant* rounded) {
  if (x.is_unknown()) return true;  // avoid follow-up errors
  if (is_integer(type)) {
    Constant v = to_int(x);
    if (v.kind() != ConstKind::Int) return false;
    if (rounded != nullptr) *rounded = v;
    const BigInt& i = v.int_val();
    if (type == BasicKind::UntypedInt || type == BasicKind::UntypedRune) return true;
    int bits = int_bits(type);
    if (is_unsigned(type)) return !i.is_negative() && i.bit_len() <= bits;
    // Signed: -2^(bits-1) <= i < 2^(bits-1).
    if (!i.is_negative()) return i.bit_len() <= bits - 1;
    return (-i - BigInt(1)).bit_len() <= bits - 1;
  }
  if (is_float(type)) {
    Constant v = to_float(x);
    if (v.kind() != ConstKind::Float) return false;
    if (type == BasicKind::UntypedFloat) {
      if (rounded != nullptr) *rounded = v;
      return true;
    }
    auto r = round_float(v, type == BasicKind::Float32);
    if (!r) return false;
    if (rounded != nullptr) *rounded = *r;
    return true;
  }
  if (is_complex(type)) {
    Constant v = to_complex(x);
    if (v.kind() != ConstKind::Complex) return false;
    if (type == BasicKind::UntypedComplex) {
      if (rounded != nullptr) *rounded = v;
      return true;
    }
    bool is32 = type == BasicKind::Complex64;
    auto re = round_float(real(v), is32);
    auto im = round_float(imag(v), is32);
    if (!re || !im) return false;
    if (rounded != nullptr) *rounded = Constant::make_complex(*re, *im);
    return true;
  }
  if (type == BasicKind::String || type == BasicKind::UntypedString || type == BasicKind::Bool ||
      type == BasicKind::UntypedBool) {
    bool ok = x.kind() == (type == BasicKind::String || type == BasicKind::UntypedString ? ConstKind::String : ConstKind::Bool);
    if (ok && rounded != nullptr) *rounded = x;
    return ok;
  }
  return false;
}

std::optional<std::string> check_assignment(ConstOperand& x, BasicKind target, std::string_view context,
                                            std::string_view target_name) {
  Constant v;
  ConvError e = representation(x, target, &v);
  if (e != ConvError::None) {
    std::string msg = "cannot use " + operand_string(x) + " as " + type_string(target, target_name) +
                      " value in " + std::string(context);
    if (e == ConvError::Truncated) msg += " (truncated)";
    else if (e == ConvError::Overflows) msg += " (overflows)";
    return msg;
  }
  x.val = v;
  x.type = target;
  x.type_name = std::string(target_name);
  return std::nullopt;
}

std::optional<std::string> check_implicit(ConstOperand& x, BasicKind target, std::string_view target_name) {
  Constant v;
  ConvError e = representation(x, target, &v);
  if (e != ConvError::None) {
    std::string tname = type_string(target, target_name);
    if (e == ConvError::Truncated) return operand_string(x) + " truncated to " + tname;
    if (e == ConvError::Overflows) return operand_string(x) + " overflows " + tname;
    return "cannot convert " + operand_string(x) + " to type " + tname;
  }
  x.val = v;
  x.type = target;
  x.type_name = std::string(target_name);
  return std::nullopt;
}

std::optional<std::string> check_conversion(ConstOperand& x, BasicKind target, std::string_view target_name) {
  std::string tname = type_string(target, target_name);
  Constant v = x.val;
  bool ok;
  // types2's constConvertibleTo: representable, or integer -> string (a rune's UTF-8).
  if (representable(x.val, target, &v)) {
    ok = true;
  } else if (is_integer(x.type) && (target == BasicKind::String)) {
    ok = true;
    auto r = x.val.int64_val();
    uint32_t cp = 0xFFFD;  // out-of-range values convert to "\uFFFD", as in Go
    if (r && *r >= 0 && *r <= 0x10FFFF) cp = static_cast<uint32_t>(*r);
    std::string s;
    append_utf8(s, cp);
    v = Constant::make_string(std::move(s));
  } else {
    ok = false;
    // A failed integer conversion still leaves the integer value (ToInt) in the operand.
    if (is_integer(target)) {
      Constant i = to_int(x.val);
      if (!i.is_unknown()) x.val = i;
    }
  }
  if (!ok) {
    if (is_integer(x.type) && is_integer(target)) return "constant " + x.val.to_string() + " overflows " + tname;
    return "cannot convert " + operand_string(x) + " to type " + tname;
  }
  x.val = v;
  x.type = target;
  x.type_name = tname == basic_name(target) ? std::string() : tname;
  return std::nullopt;
}

std::optional<std::string> check_binary(ConstOperand& x, Op op, const ConstOperand& y_in, std::string result_expr) {
  ConstOperand y = y_in;
  // matchTypes: untyped operands take the other side's type.
  if (is_untyped(x.type) && !is_untyped(y.type)) {
    if (auto err = convert_untyped(x, y.type, y.type_name)) return err;
  } else if (!is_untyped(x.type) && is_untyped(y.type)) {
    if (auto err = convert_untyped(y, x.type, x.type_name)) return err;
  } else if (is_untyped(x.type) && is_untyped(y.type)) {
    convert_untyped(x, y.type, {});
    convert_untyped(y, x.type, {});
  }
  bool comparison = op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr || op == Op::Geq;
  if (comparison) {
    x.val = Constant::make_bool(compare(x.val, op, y.val));
    x.type = BasicKind::UntypedBool;
    x.type_name.clear();
    x.expr = std::move(result_expr);
    return std::nullopt;
  }
  if (type_string(x) != type_string(y)) {
    return "invalid operation: " + result_expr + " (mismatched types " + type_string(x) + " and " + type_string(y) + ")";
  }
  if (op == Op::Div || op == Op::Rem) {
    if (y.val.sign() == 0) return std::string("invalid operation: division by zero");
    if (is_complex(x.type)) {
      Constant re = real(y.val), im = imag(y.val);
      if (binary_op(re, Op::Mul, re).sign() == 0 && binary_op(im, Op::Mul, im).sign() == 0)
        return std::string("invalid operation: division by zero");
    }
  }
  if (x.val.is_unknown() || y.val.is_unknown()) {
    x.val = Constant();
    return std::nullopt;
  }
  if (op == Op::Div && is_integer(x.type)) {
    x.val = int_div(x.val, y.val);
  } else {
    x.val = binary_op(x.val, op, y.val);
  }
  x.expr = std::move(result_expr);
  return check_overflow(x, op, false);
}

std::optional<std::string> check_unary(ConstOperand& x, Op op, std::string result_expr) {
  if (x.val.is_unknown()) return std::nullopt;
  unsigned prec = 0;
  if (op == Op::Xor && is_unsigned(x.type)) prec = static_cast<unsigned>(int_bits(x.type));
  x.val = unary_op(op, x.val, prec);
  x.expr = std::move(result_expr);
  if (op == Op::Not) return std::nullopt;
  return check_overflow(x, op, true);
}

std::optional<std::string> check_shift(ConstOperand& x, Op op, const ConstOperand& y_in, std::string result_expr) {
  ConstOperand y = y_in;
  Constant xval = to_int(x.val);
  if (!(is_integer(x.type) || (is_untyped(x.type) && xval.kind() == ConstKind::Int))) {
    return "invalid operation: shifted operand " + operand_string(x) + " must be integer";
  }
  Constant yval = to_int(y.val);
  if (yval.kind() == ConstKind::Int && yval.sign() < 0) {
    return "invalid operation: negative shift count " + operand_string(y);
  }
  if (is_untyped(y.type)) {
    Constant v;
    ConvError e = representation(y, BasicKind::Uint, &v);
    if (e != ConvError::None) return invalid_conversion(e, y, "uint");
    y.val = v;
  } else if (!is_integer(y.type)) {
    return "invalid operation: shift count " + operand_string(y) + " must be integer";
  }
  if (x.val.is_unknown() || y.val.is_unknown()) {
    x.val = Constant();
    if (!is_integer(x.type)) x.type = BasicKind::UntypedInt;
    return std::nullopt;
  }
  constexpr uint64_t kShiftBound = 1023 - 1 + 52;  // enough to express the smallest float64
  auto s = yval.uint64_val();
  if (!s || *s > kShiftBound) return "invalid operation: invalid shift count " + operand_string(y);
  if (!is_integer(x.type)) x.type = BasicKind::UntypedInt;
  x.val = shift(xval, op, static_cast<unsigned>(*s));
  x.expr = std::move(result_expr);
  return check_overflow(x, Op::Shl, false);
}

BasicKind default_untyped_rank(BasicKind a, BasicKind b) {
  auto rank = [](BasicKind k) {
    switch (k) {
      case BasicKind::UntypedInt: return 1;
      case BasicKind::UntypedRune: return 2;
      case BasicKind::UntypedFloat: return 3;
      case BasicKind::UntypedComplex: return 4;
      default: return 0;
    }
  };
  return rank(a) >= rank(b) ? a : b;
}

}  // namespace gs::lang
