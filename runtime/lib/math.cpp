// math.cpp — the natives of package math (lib/go/math.go declares them).
//
// Invariant: every function returns bit for bit what Go 1.23 returns on amd64
// (the oracle machine has AVX2+FMA), on every build of ours. So we never call the
// C library's transcendental functions, whose last bits differ between glibc,
// musl (Emscripten) and Go. Instead each function follows the algorithm Go uses
// on amd64, operation by operation in double precision:
//   * Exp: Go's amd64 assembly (Shibata's method, FMA path), via std::fma;
//   * Log: Go's amd64 assembly (FreeBSD's algorithm; note it does not normalise
//     subnormal inputs);
//   * Hypot: Go's amd64 assembly (max * sqrt(1 + (min/max)^2));
//   * Sin, Cos, Tan, Atan, Atan2, Asin, Acos, Sinh, Cosh, Tanh, Asinh, Acosh,
//     Atanh, Cbrt, Pow, Log2, Log10, Log1p, Exp2, Expm1, Frexp, Ldexp, Modf,
//     Mod, Nextafter, Pow10: Go's portable Go code
//     (Cephes/FreeBSD algorithms and coefficients), including Payne–Hanek
//     reduction for huge trigonometric arguments;
//   * Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Abs, Copysign: exact IEEE
//     operations, where every implementation agrees.
// The compiler must not fuse a*b+c (the pragmas below): Go on amd64 never does.
// NaNs produced here carry Go's NaN() bits (0x7FF8000000000001) wherever Go's
// code returns NaN(); Sqrt of a negative number gives the x86 default NaN, as
// Go's SQRTSD does.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "lib/native.h"

namespace gs::lib {
namespace {

// ---- bits ----

constexpr uint64_t kNaNBits = 0x7FF8000000000001;  // Go's NaN()
constexpr uint64_t kPosInfBits = 0x7FF0000000000000;
constexpr uint64_t kNegInfBits = 0xFFF0000000000000;
constexpr uint64_t kSignMask = uint64_t{1} << 63;
constexpr int kShift = 52;
constexpr uint64_t kExpMask = 0x7FF;
constexpr int kBias = 1023;

// (memcpy rather than std::bit_cast: Emscripten's libc++ lacks the latter.)
inline uint64_t bits(double x) {
  uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}
inline double from_bits(uint64_t b) {
  double x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}
inline double go_nan() { return from_bits(kNaNBits); }
inline double pos_inf() { return from_bits(kPosInfBits); }
inline double neg_inf() { return from_bits(kNegInfBits); }
inline bool is_nan(double x) { return x != x; }
inline bool is_inf(double x, int sign) {
  constexpr double kMax = 1.79769313486231570814527423731704356798070e+308;
  return (sign >= 0 && x > kMax) || (sign <= 0 && x < -kMax);
}
inline bool signbit(double x) { return (bits(x) & kSignMask) != 0; }
inline double abs(double x) { return from_bits(bits(x) & ~kSignMask); }
inline double copysign(double x, double y) { return from_bits((bits(x) & ~kSignMask) | (bits(y) & kSignMask)); }

// Constants Go writes as exact expressions, rounded once to float64.
constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
constexpr double kPiOver2 = 1.57079632679489661923132169163975144209858469968755291048747230;
constexpr double kPiOver4 = 0.785398163397448309615660845819875721049292349843776455243736148;
constexpr double k3PiOver4 = 2.35619449019234492884698253745962716314787704953132936573120844;
constexpr double k4OverPi = 1.27323954473516268615107010698011489627567716592365404729872364;
constexpr double kInvLn2 = 1.44269504088896340735992468100189213742664595415298593413544940;   // 1/Ln2
constexpr double kInvLn10 = 0.434294481903251827651128918916605082294397005803666566114453783;  // 1/Ln10

// x scaled into the normal range, and the power of two taken out (Go: normalize).
inline double normalize(double x, int64_t* exp) {
  constexpr double kSmallestNormal = 2.2250738585072014e-308;
  if (abs(x) < kSmallestNormal) {
    *exp = -52;
    return x * 4503599627370496.0;  // 2^52
  }
  *exp = 0;
  return x;
}

double frexp(double f, int64_t* exp) {
  *exp = 0;
  if (f == 0 || is_inf(f, 0) || is_nan(f)) return f;
  f = normalize(f, exp);
  uint64_t x = bits(f);
  *exp += static_cast<int64_t>((x >> kShift) & kExpMask) - kBias + 1;
  x &= ~(kExpMask << kShift);
  x |= uint64_t{kBias - 1} << kShift;
  return from_bits(x);
}

double ldexp(double frac, int64_t exp) {
  if (frac == 0 || is_inf(frac, 0) || is_nan(frac)) return frac;
  int64_t e = 0;
  frac = normalize(frac, &e);
  // Saturate so that adding exponents cannot overflow; anything this far out
  // underflows or overflows the same way.
  if (exp > (int64_t{1} << 20)) exp = int64_t{1} << 20;
  if (exp < -(int64_t{1} << 20)) exp = -(int64_t{1} << 20);
  exp += e;
  uint64_t x = bits(frac);
  exp += static_cast<int64_t>((x >> kShift) & kExpMask) - kBias;
  if (exp < -1075) return copysign(0, frac);
  if (exp > 1023) return frac < 0 ? neg_inf() : pos_inf();
  double m = 1;
  if (exp < -1022) {  // the result is subnormal: build it normal, then scale once
    exp += 53;
    m = 1.0 / 9007199254740992.0;  // 2^-53
  }
  x &= ~(kExpMask << kShift);
  x |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * from_bits(x);
}

// Integer and fractional parts with the sign of f (Go's Modf: Modf(±Inf) has a
// NaN fraction).
double modf(double f, double* frac) {
  if (f < 1) {
    if (f < 0) {
      double fr;
      double ip = modf(-f, &fr);
      *frac = -fr;
      return -ip;
    }
    if (f == 0) {
      *frac = f;
      return f;
    }
    *frac = f;
    return 0;
  }
  uint64_t x = bits(f);
  uint64_t e = ((x >> kShift) & kExpMask) - kBias;
  if (e < 64 - 12) x &= ~((uint64_t{1} << (64 - 12 - e)) - 1);
  double ip = from_bits(x);
  *frac = f - ip;
  return ip;
}

// ---- exp and log (Go's amd64 assembly) ----

double exp(double x) {
  constexpr double kLog2e = 1.4426950408889634073599246810018920;
  constexpr double kLn2Upper = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2Lower = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  uint64_t b = bits(x);
  if ((b & ~kSignMask) >= kPosInfBits) {  // ±Inf or NaN
    if (b == kNegInfBits) return 0;
    return x;
  }
  if (x > kOverflow) return pos_inf();
  // Round x*log2(e) to the nearest int32 (CVTSD2SL: out of range gives INT32_MIN).
  double scaled = kLog2e * x;
  int32_t k;
  if (!(scaled > -2147483648.5 && scaled < 2147483647.5))
    k = INT32_MIN;
  else
    k = static_cast<int32_t>(std::nearbyint(scaled));
  double fk = k;
  double r = std::fma(-kLn2Upper, fk, x);
  r = std::fma(-kLn2Lower, fk, r);
  r *= 0.0625;
  // Taylor polynomial of e^r - 1 at r/16, then squared four times.
  double p = 2.4801587301587301587e-5;
  p = std::fma(p, r, 1.9841269841269841270e-4);
  p = std::fma(p, r, 1.3888888888888888889e-3);
  p = std::fma(p, r, 8.3333333333333333333e-3);
  p = std::fma(p, r, 4.1666666666666666667e-2);
  p = std::fma(p, r, 1.6666666666666666667e-1);
  p = std::fma(p, r, 0.5);
  p = std::fma(p, r, 1.0);
  r *= p;
  for (int i = 0; i < 3; i++) r *= r + 2.0;
  r = std::fma(r, r + 2.0, 1.0);
  // Multiply by 2^k, in two steps when the result is subnormal.
  int64_t biased = int64_t{k} + 0x3FF;
  if (biased <= 0) {
    if (biased < -52) return 0;
    r *= from_bits(static_cast<uint64_t>(biased + 0x3FE) << 52);
    biased = 1;
  } else if (biased >= 0x7FF) {
    return pos_inf();
  }
  return r * from_bits(static_cast<uint64_t>(biased) << 52);
}

double log(double x) {
  constexpr double kHalfSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t b = bits(x);
  if ((b & ~kSignMask) == 0) return neg_inf();
  if (b & kSignMask) return go_nan();
  if (b >= kPosInfBits) return x;
  // Split x = f1 * 2^k with f1 in [0.5, 1), reading the fields directly (a
  // subnormal x is not normalised, as in Go's assembly).
  double f1 = from_bits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<int32_t>(((b >> 52) & 0x7FF) - 0x3FE);
  if (!(kHalfSqrt2 < f1)) {  // CMPSD's not-less-than: f1 <= Sqrt2/2
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

double log10(double x) { return log(x) * kInvLn10; }

double log2(double x) {
  int64_t e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return static_cast<double>(e - 1);  // exact powers of two
  return log(frac) * kInvLn2 + static_cast<double>(e);
}

// e^(hi-lo) * 2^k for |hi-lo| <= ln2/2 (Go's expmulti, used by Exp2).
double expmulti(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

double exp2(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  if (is_nan(x) || is_inf(x, 1)) return x;
  if (is_inf(x, -1)) return 0;
  if (x > 1.0239999999999999e+03) return pos_inf();
  if (x < -1.0740e+03) return 0;
  int64_t k = 0;
  if (x > 0) k = static_cast<int64_t>(x + 0.5);
  if (x < 0) k = static_cast<int64_t>(x - 0.5);
  double t = x - static_cast<double>(k);
  return expmulti(t * kLn2Hi, -t * kLn2Lo, k);
}

// ---- trigonometry (Cephes, as Go) ----

constexpr double kSinCoef[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                               2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                               8.33333333332211858878e-3,  -1.66666666666666307295e-1};
constexpr double kCosCoef[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                               -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                               -1.38888888888730564116e-3,  4.16666666666665929218e-2};
// Pi/4 split into three parts whose products with small integers are exact.
constexpr double kPi4A = 7.85398125648498535156e-1;
constexpr double kPi4B = 3.77489470793079817668e-8;
constexpr double kPi4C = 2.69515142907905952645e-15;
// Arguments from here on are reduced with the bits of 4/Pi (Payne–Hanek).
constexpr double kReduceThreshold = 536870912.0;  // 2^29

// 4/Pi as a binary fraction, 64 bits a word, most significant first.
constexpr uint64_t kFourOverPiBits[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

inline void mul64(uint64_t a, uint64_t b, uint64_t* hi, uint64_t* lo) {
  uint64_t a0 = a & 0xFFFFFFFF, a1 = a >> 32, b0 = b & 0xFFFFFFFF, b1 = b >> 32;
  uint64_t w0 = a0 * b0;
  uint64_t t = a1 * b0 + (w0 >> 32);
  uint64_t w1 = (t & 0xFFFFFFFF) + a0 * b1;
  *hi = a1 * b1 + (t >> 32) + (w1 >> 32);
  *lo = a * b;
}

// For x >= kReduceThreshold: the octant j (0..7, even) and the remainder z in
// [-Pi/4, Pi/4] with x = j*Pi/4 + z (Go: trigReduce).
void trig_reduce(double x, uint64_t* j_out, double* z_out) {
  if (x < kPiOver4) {
    *j_out = 0;
    *z_out = x;
    return;
  }
  uint64_t ix = bits(x);
  int exp = static_cast<int>((ix >> kShift) & kExpMask) - kBias - kShift;
  ix &= ~(kExpMask << kShift);
  ix |= uint64_t{1} << kShift;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto word = [&](unsigned i) -> uint64_t {
    // Go shifts by 64 - bitshift, which yields 0 when bitshift is 0.
    uint64_t high = kFourOverPiBits[i] << bitshift;
    uint64_t low = bitshift == 0 ? 0 : kFourOverPiBits[i + 1] >> (64 - bitshift);
    return high | low;
  };
  uint64_t z0 = word(digit), z1 = word(digit + 1), z2 = word(digit + 2);
  uint64_t z2hi, z2lo, z1hi, z1lo;
  mul64(z2, ix, &z2hi, &z2lo);
  mul64(z1, ix, &z1hi, &z1lo);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(std::countl_zero(hi));
  uint64_t e = static_cast<uint64_t>(kBias - (lz + 1));
  hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  double z = from_bits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  *j_out = j;
  *z_out = z * kPiOver4;
}

// Octant and remainder for 0 <= x (Cody–Waite below the threshold). Below the
// threshold the octant is reduced mod 8 only when mod8 (tan looks at bit 1 only).
void reduce(double x, uint64_t* j, double* z, bool mod8) {
  if (x >= kReduceThreshold) {
    trig_reduce(x, j, z);
    return;
  }
  *j = static_cast<uint64_t>(x * k4OverPi);
  double y = static_cast<double>(*j);
  if (*j & 1) {
    (*j)++;
    y++;
  }
  if (mod8) *j &= 7;
  *z = ((x - y * kPi4A) - y * kPi4B) - y * kPi4C;
}

inline double sin_poly(double z, double zz) {
  const double* s = kSinCoef;
  return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}
inline double cos_poly(double zz) {
  const double* c = kCosCoef;
  return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

double sin(double x) {
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x, 0)) return go_nan();
  bool negate = false;
  if (x < 0) {
    x = -x;
    negate = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    negate = !negate;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return negate ? -y : y;
}

double cos(double x) {
  if (is_nan(x) || is_inf(x, 0)) return go_nan();
  bool negate = false;
  x = abs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    j -= 4;
    negate = !negate;
  }
  if (j > 1) negate = !negate;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return negate ? -y : y;
}

double tan(double x) {
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                          -5.38695755929454629881e7};
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x, 0)) return go_nan();
  bool negate = false;
  if (x < 0) {
    x = -x;
    negate = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);
  double zz = z * z;
  double y = z;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  if (j & 2) y = -1 / y;
  return negate ? -y : y;
}

// atan on [0, 0.66] by a rational approximation.
double atan_core(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01;
  constexpr double Q0 = +2.485846490142306297962e+01, Q1 = +1.650270098316988542046e+02,
                   Q2 = +4.328810604912902668951e+02, Q3 = +4.853903996359136964868e+02,
                   Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

// atan for x >= 0, reducing the argument to [0, 0.66].
double atan_nonneg(double x) {
  constexpr double kMoreBits = 6.123233995736765886130e-17;  // Pi/2 - float64(Pi/2)
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return atan_core(x);
  if (x > kTan3Pi8) return kPiOver2 - atan_core(1 / x) + kMoreBits;
  return kPiOver4 + atan_core((x - 1) / (x + 1)) + 0.5 * kMoreBits;
}

double atan(double x) {
  if (x == 0) return x;
  return x > 0 ? atan_nonneg(x) : -atan_nonneg(-x);
}

double atan2(double y, double x) {
  if (is_nan(y) || is_nan(x)) return go_nan();
  if (y == 0) return (x >= 0 && !signbit(x)) ? copysign(0, y) : copysign(kPi, y);
  if (x == 0) return copysign(kPiOver2, y);
  if (is_inf(x, 0)) {
    if (is_inf(x, 1)) return is_inf(y, 0) ? copysign(kPiOver4, y) : copysign(0, y);
    return is_inf(y, 0) ? copysign(k3PiOver4, y) : copysign(kPi, y);
  }
  if (is_inf(y, 0)) return copysign(kPiOver2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double sqrt(double x) {
  if (x < 0) return from_bits(0xFFF8000000000000);  // SQRTSD's default NaN
  return std::sqrt(x);
}

double asin(double x) {
  if (x == 0) return x;
  bool negate = false;
  if (x < 0) {
    x = -x;
    negate = true;
  }
  if (x > 1) return go_nan();
  double t = sqrt(1 - x * x);
  t = x > 0.7 ? kPiOver2 - atan_nonneg(t / x) : atan_nonneg(x / t);
  return negate ? -t : t;
}

double acos(double x) { return kPiOver2 - asin(x); }

double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2;
  constexpr double Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool negate = false;
  if (x < 0) {
    x = -x;
    negate = true;
  }
  double t;
  if (x > 21) {
    t = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return negate ? -t : t;
}

double cosh(double x) {
  x = abs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double kMaxLog = 8.8029691931113054295988e+01;  // log(2^127)
  double z = abs(x);
  if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01;
  constexpr double kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || is_nan(x) || is_inf(x, 0)) return x;
  bool negate = false;
  if (x < 0) {
    x = -x;
    negate = true;
  }
  // A first guess from the exponent bits, then polynomial and Newton steps.
  double t = from_bits(bits(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = 18014398509481984.0;  // 2^54
    t *= x;
    t = from_bits(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return negate ? -t : t;
}

double hypot(double p, double q) {
  uint64_t pb = bits(p) & ~kSignMask, qb = bits(q) & ~kSignMask;
  if (pb >= kPosInfBits || qb >= kPosInfBits) {
    if (pb == kPosInfBits || qb == kPosInfBits) return pos_inf();
    return go_nan();
  }
  if ((pb | qb) == 0) return 0;
  double a = from_bits(pb), b = from_bits(qb);
  double big = a > b ? a : b, small = a > b ? b : a;  // MAXSD/MINSD on non-NaN values
  double ratio = small / big;
  return big * std::sqrt(ratio * ratio + 1.0);
}

// ---- log1p, expm1 and the inverse hyperbolics (FreeBSD's algorithms, as Go) ----

double log1p(double x) {
  constexpr double kSqrt2M1 = 4.142135623730950488017e-01, kSqrt2HalfM1 = -2.928932188134524755992e-01,
                   kSmall = 1.0 / (1 << 29), kTiny = 1.0 / 18014398509481984.0 /* 2^-54 */,
                   kTwo53 = 9007199254740992.0, kLn2Hi = 6.93147180369123816490e-01,
                   kLn2Lo = 1.90821492927058770002e-10;
  constexpr double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                   Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                   Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                   Lp7 = 1.479819860511658591e-01;
  if (x < -1 || is_nan(x)) return go_nan();
  if (x == -1) return neg_inf();
  if (is_inf(x, 1)) return pos_inf();
  double absx = abs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < kSqrt2M1) {
    if (absx < kSmall) {
      if (absx < kTiny) return x;
      return x - x * x * 0.5;
    }
    if (x > kSqrt2HalfM1) {  // 1+x needs no reduction
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < kTwo53) {
      u = 1.0 + x;
      iu = bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);  // the rounding error of 1+x
      c /= u;
    } else {
      u = x;
      iu = bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {  // mantissa below Sqrt(2)'s
      u = from_bits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = from_bits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double fk = static_cast<double>(k);
  if (iu == 0) {  // |f| < 2^-20
    if (f == 0) {
      if (k == 0) return 0;
      c += fk * kLn2Lo;
      return fk * kLn2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return fk * kLn2Hi - ((R - (fk * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return fk * kLn2Hi - ((hfsq - (s * (hfsq + R) + (fk * kLn2Lo + c))) - f);
}

double expm1(double x) {
  constexpr double kOverflowThreshold = 7.09782712893383973096e+02, kLn2X56 = 3.88162421113569373274e+01,
                   kLn2HalfX3 = 1.03972077083991796413e+00, kLn2Half = 3.46573590279972654709e-01,
                   kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10,
                   kInvLn2 = 1.44269504088896338700e+00, kTiny = 1.0 / 18014398509481984.0;
  constexpr double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                   Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                   Q5 = -2.01099218183624371326e-07;
  if (is_inf(x, 1) || is_nan(x)) return x;
  if (is_inf(x, -1)) return -1;
  double absx = x;
  bool negative = false;
  if (x < 0) {
    absx = -absx;
    negative = true;
  }
  if (absx >= kLn2X56) {
    if (negative) return -1;
    if (absx >= kOverflowThreshold) return pos_inf();
  }
  double c = 0;
  int64_t k = 0;
  if (absx > kLn2Half) {  // reduce: x = hi - lo = k*ln2 + r
    double hi, lo;
    if (absx < kLn2HalfX3) {
      if (!negative) {
        hi = x - kLn2Hi;
        lo = kLn2Lo;
        k = 1;
      } else {
        hi = x + kLn2Hi;
        lo = -kLn2Lo;
        k = -1;
      }
    } else {
      k = static_cast<int64_t>(negative ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
      double t = static_cast<double>(k);
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < kTiny) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  auto add_exponent = [](double y, int64_t k) { return from_bits(bits(y) + (static_cast<uint64_t>(k) << 52)); };
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {  // exp(x)-1 is just exp(x) here
    double y = 1 - (e - x);
    return add_exponent(y, k) - 1;
  }
  if (k < 20) {
    double t1 = from_bits(0x3ff0000000000000 - (uint64_t{0x20000000000000} >> k));  // 1 - 2^-k
    double y = t1 - (e - x);
    return add_exponent(y, k);
  }
  double t2 = from_bits(static_cast<uint64_t>(0x3ff - k) << 52);  // 2^-k
  double y = x - (e + t2);
  y++;
  return add_exponent(y, k);
}

double asinh(double x) {
  constexpr double kLn2 = 6.93147180559945286227e-01, kNearZero = 1.0 / (1 << 28), kLarge = 1 << 28;
  if (is_nan(x) || is_inf(x, 0)) return x;
  bool negative = false;
  if (x < 0) {
    x = -x;
    negative = true;
  }
  double t;
  if (x > kLarge)
    t = log(x) + kLn2;
  else if (x > 2)
    t = log(2 * x + 1 / (sqrt(x * x + 1) + x));
  else if (x < kNearZero)
    t = x;
  else
    t = log1p(x + x * x / (1 + sqrt(1 + x * x)));
  return negative ? -t : t;
}

double acosh(double x) {
  constexpr double kLarge = 1 << 28;
  constexpr double kLn2 = 0.693147180559945309417232121458176568075500134360255254120680009;
  if (x < 1 || is_nan(x)) return go_nan();
  if (x == 1) return 0;
  if (x >= kLarge) return log(x) + kLn2;
  if (x > 2) return log(2 * x - 1 / (x + sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + sqrt(2 * t + t * t));
}

double atanh(double x) {
  constexpr double kNearZero = 1.0 / (1 << 28);
  if (x < -1 || x > 1 || is_nan(x)) return go_nan();
  if (x == 1) return pos_inf();
  if (x == -1) return neg_inf();
  bool negative = false;
  if (x < 0) {
    x = -x;
    negative = true;
  }
  double t;
  if (x < kNearZero) {
    t = x;
  } else if (x < 0.5) {
    t = x + x;
    t = 0.5 * log1p(t + t * x / (1 - x));
  } else {
    t = 0.5 * log1p((x + x) / (1 - x));
  }
  return negative ? -t : t;
}

double nextafter(double x, double y) {
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == y) return x;
  if (x == 0) return copysign(from_bits(1), y);
  if ((y > x) == (x > 0)) return from_bits(bits(x) + 1);
  return from_bits(bits(x) - 1);
}

// 10^n from two exact-power tables, one rounding (Go's Pow10).
double pow10(int64_t n) {
  static constexpr double kSmall[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                                      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                      1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static constexpr double kBig[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static constexpr double kBigNeg[] = {1e-00, 1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                       1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308) return kBig[n / 32] * kSmall[n % 32];
  if (-323 <= n && n <= 0) return kBigNeg[-n / 32] / kSmall[-n % 32];
  return n > 0 ? pos_inf() : 0;
}

// ---- pow (Go's repeated squaring with an Exp/Log correction) ----

bool is_odd_int(double x) {
  if (abs(x) >= 9007199254740992.0) return false;  // 2^53: every such float is even
  double frac;
  double ip = modf(x, &frac);
  return frac == 0 && (static_cast<int64_t>(ip) & 1) == 1;
}

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == 0) {
    if (y < 0) return (signbit(x) && is_odd_int(y)) ? neg_inf() : pos_inf();
    if (y > 0) return (signbit(x) && is_odd_int(y)) ? x : 0;
  }
  if (is_inf(y, 0)) {
    if (x == -1) return 1;
    if ((abs(x) < 1) == is_inf(y, 1)) return 0;
    return pos_inf();
  }
  if (is_inf(x, 0)) {
    if (is_inf(x, -1)) return pow(1 / x, -y);  // as Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return pos_inf();
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);

  double yf;
  double yi = modf(abs(y), &yf);
  if (yf != 0 && x < 0) return go_nan();
  if (yi >= 9223372036854775808.0) {  // 2^63: |y| is a huge even integer
    if (x == -1) return 1;
    if ((abs(x) < 1) == (y > 0)) return 0;
    return pos_inf();
  }
  // ans = a1 * 2^ae: the fractional power by Exp/Log, the integer power by
  // squaring x1 * 2^xe.
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int64_t xe;
  double x1 = frexp(x, &xe);
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      // The exponent will overflow or underflow whatever follows; let ldexp saturate.
      ae += xe;
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

double mod(double x, double y) {
  if (y == 0 || is_inf(x, 0) || is_nan(x) || is_nan(y)) return go_nan();
  y = abs(y);
  int64_t ye;
  double yfr = frexp(y, &ye);
  double r = x;
  if (x < 0) r = -x;
  while (r >= y) {
    int64_t re;
    double rfr = frexp(r, &re);
    if (rfr < yfr) re = re - 1;
    r = r - ldexp(y, re - ye);
  }
  if (x < 0) r = -r;
  return r;
}

double max(double x, double y) {
  if (is_inf(x, 1) || is_inf(y, 1)) return pos_inf();
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double min(double x, double y) {
  if (is_inf(x, -1) || is_inf(y, -1)) return neg_inf();
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

// ---- frame adapters (native.h ABI) ----

template <double (*F)(double)>
void unary(uint8_t* frame) {
  put(frame, 8, F(arg<double>(frame, 0)));
}
template <double (*F)(double, double)>
void binary(uint8_t* frame) {
  put(frame, 16, F(arg<double>(frame, 0), arg<double>(frame, 8)));
}

// Go returns a NaN argument of these with its bits untouched (even a signalling
// NaN, which SSE4.1 ROUNDSD would quiet).
double floor_(double x) { return is_nan(x) ? x : std::floor(x); }
double ceil_(double x) { return is_nan(x) ? x : std::ceil(x); }
double trunc_(double x) { return is_nan(x) ? x : std::trunc(x); }
double round_(double x) { return is_nan(x) ? x : std::round(x); }            // half away from zero
double round_even(double x) { return is_nan(x) ? x : std::nearbyint(x); }  // default mode: half to even
double dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}

// func Inf(sign int) float64
void native_inf(uint8_t* f) { put(f, 8, arg<int64_t>(f, 0) >= 0 ? pos_inf() : neg_inf()); }
// func NaN() float64
void native_nan(uint8_t* f) { put(f, 0, go_nan()); }
// func IsNaN(f float64) (is bool)
void native_is_nan(uint8_t* f) { put<uint8_t>(f, 8, is_nan(arg<double>(f, 0))); }
// func IsInf(f float64, sign int) bool
void native_is_inf(uint8_t* f) { put<uint8_t>(f, 16, is_inf(arg<double>(f, 0), static_cast<int>(std::clamp<int64_t>(arg<int64_t>(f, 8), -1, 1)))); }
// func Signbit(x float64) bool
void native_signbit(uint8_t* f) { put<uint8_t>(f, 8, signbit(arg<double>(f, 0))); }
// func Float64bits(f float64) uint64 / Float64frombits(b uint64) float64: same bytes
void native_copy8(uint8_t* f) { std::memcpy(f + 8, f, 8); }
// func Float32bits(f float32) uint32 / Float32frombits(b uint32) float32
void native_copy4(uint8_t* f) { std::memcpy(f + 8, f, 4); }
// func Frexp(f float64) (frac float64, exp int)
void native_frexp(uint8_t* f) {
  int64_t e;
  double fr = frexp(arg<double>(f, 0), &e);
  put(f, 8, fr);
  put(f, 16, e);
}
// func Ldexp(frac float64, exp int) float64
void native_ldexp(uint8_t* f) { put(f, 16, ldexp(arg<double>(f, 0), arg<int64_t>(f, 8))); }
// func Pow10(n int) float64
void native_pow10(uint8_t* f) { put(f, 8, pow10(arg<int64_t>(f, 0))); }
// func Modf(f float64) (int float64, frac float64)
void native_modf(uint8_t* f) {
  double fr;
  double ip = modf(arg<double>(f, 0), &fr);
  put(f, 8, ip);
  put(f, 16, fr);
}

const Native kMathNatives[] = {
    {"math", "Sqrt", unary<sqrt>},
    {"math", "Pow", binary<pow>},
    {"math", "Exp", unary<exp>},
    {"math", "Exp2", unary<exp2>},
    {"math", "Log", unary<log>},
    {"math", "Log2", unary<log2>},
    {"math", "Log10", unary<log10>},
    {"math", "Floor", unary<floor_>},
    {"math", "Ceil", unary<ceil_>},
    {"math", "Trunc", unary<trunc_>},
    {"math", "Round", unary<round_>},
    {"math", "RoundToEven", unary<round_even>},
    {"math", "Abs", unary<abs>},
    {"math", "Copysign", binary<copysign>},
    {"math", "Signbit", native_signbit},
    {"math", "Mod", binary<mod>},
    {"math", "Modf", native_modf},
    {"math", "Frexp", native_frexp},
    {"math", "Ldexp", native_ldexp},
    {"math", "Inf", native_inf},
    {"math", "NaN", native_nan},
    {"math", "IsNaN", native_is_nan},
    {"math", "IsInf", native_is_inf},
    {"math", "Max", binary<max>},
    {"math", "Min", binary<min>},
    {"math", "Dim", binary<dim>},
    {"math", "Float64bits", native_copy8},
    {"math", "Float64frombits", native_copy8},
    {"math", "Float32bits", native_copy4},
    {"math", "Float32frombits", native_copy4},
    {"math", "Sin", unary<sin>},
    {"math", "Cos", unary<cos>},
    {"math", "Tan", unary<tan>},
    {"math", "Asin", unary<asin>},
    {"math", "Acos", unary<acos>},
    {"math", "Atan", unary<atan>},
    {"math", "Atan2", binary<atan2>},
    {"math", "Sinh", unary<sinh>},
    {"math", "Cosh", unary<cosh>},
    {"math", "Tanh", unary<tanh>},
    {"math", "Hypot", binary<hypot>},
    {"math", "Cbrt", unary<cbrt>},
    {"math", "Log1p", unary<log1p>},
    {"math", "Expm1", unary<expm1>},
    {"math", "Asinh", unary<asinh>},
    {"math", "Acosh", unary<acosh>},
    {"math", "Atanh", unary<atanh>},
    {"math", "Nextafter", binary<nextafter>},
    {"math", "Pow10", native_pow10},
};

}  // namespace

std::span<const Native> math_natives() { return kMathNatives; }

}  // namespace gs::lib
