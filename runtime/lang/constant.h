// constant.h — Go's constant values (as go/constant) and the constant rules of Go's type
// checker (as cmd/compile's types2): exact arithmetic, representability in a basic type, and
// the exact error texts Go prints.
// Invariants: a Constant's kind never changes behind its back — Int values are exact
// integers; Float values are exact fractions while numerator and denominator stay under 4096
// bits and otherwise 512-bit binary floats (as go/constant switches to big.Float); a result
// too large for a binary float becomes Unknown. Every Real is normalized (fractions in lowest
// terms with a positive denominator, floats with an odd mantissa of at most 512 bits), so equal
// values compare equal and print the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bigint.h"
#include "token.h"

namespace gs::lang {

enum class ConstKind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

// An exact (or 512-bit) real number: integer, fraction, or mant * 2^exp.
struct Real {
  enum class Rep : uint8_t { Int, Rat, Float };
  Rep rep = Rep::Int;
  BigInt num;     // the integer, the numerator, or the float's mantissa
  BigInt den{1};  // the denominator (Rat only; > 1)
  int64_t exp = 0;  // the float's binary exponent (Float only)
};

class Constant {
 public:
  Constant() = default;  // Unknown
  static Constant make_unknown() { return {}; }
  static Constant make_bool(bool b);
  static Constant make_string(std::string s);
  static Constant make_int(BigInt v);
  static Constant make_int64(int64_t v) { return make_int(BigInt(v)); }
  static Constant make_uint64(uint64_t v) { return make_int(BigInt::from_uint64(v)); }
  // The exact fraction num/den as a Float constant (den != 0).
  static Constant make_rat(BigInt num, BigInt den);
  // The exact value of a finite double as a Float constant; Unknown for inf/NaN.
  static Constant make_float64(double d);
  static Constant make_imag(const Constant& x);  // x * i; x numeric
  static Constant make_complex(const Constant& re, const Constant& im);
  // A literal as written in Go source: int/float/imaginary (prefixes, '_' separators, hex
  // floats, legacy octal), rune ('a', '\n', '\u00e9' -> Int) or string ("..." with escapes,
  // `raw`). nullopt if malformed.
  static std::optional<Constant> from_literal(std::string_view lit, LitKind kind);

  ConstKind kind() const { return kind_; }
  bool is_unknown() const { return kind_ == ConstKind::Unknown; }
  bool bool_val() const { return bool_; }
  const std::string& string_val() const { return str_; }
  // Int: the integer. Float: the fraction's numerator / float's mantissa.
  const BigInt& int_val() const { return re_.num; }
  const Real& real_part() const { return re_; }
  const Real& imag_part() const { return im_; }
  std::optional<int64_t> int64_val() const;    // Int kind fitting int64
  std::optional<uint64_t> uint64_val() const;  // Int kind fitting uint64
  // Nearest double for Int/Float (±inf if too large); for Complex the real part.
  double float64_val() const;
  float float32_val() const;
  int sign() const;     // Int/Float: -1, 0, 1; Complex: 0 iff zero, else 1
  int bit_len() const;  // Int: bits of |x|

  // As go/constant's String: short, human-readable (floats as %.6g, long strings cut).
  std::string to_string() const;
  // As go/constant's ExactString: "1/3" for fractions, hexadecimal mantissas for big floats.
  std::string exact_string() const;

  friend bool operator==(const Constant& a, const Constant& b);

 private:
  friend Constant to_int(const Constant&);
  friend Constant to_float(const Constant&);
  friend Constant to_complex(const Constant&);
  friend Constant real(const Constant&);
  friend Constant imag(const Constant&);
  friend Constant binary_op(const Constant&, Op, const Constant&);
  friend Constant unary_op(Op, const Constant&, unsigned);
  static Constant from_real(ConstKind kind, Real r);  // Unknown if r overflowed
  ConstKind kind_ = ConstKind::Unknown;
  bool bool_ = false;
  std::string str_;
  Real re_;
  Real im_;
  // Complex parts that go/constant still holds as integers (they print as integers, not %.6g).
  bool re_int_ = false;
  bool im_int_ = false;
};

// Kind conversions as go/constant's ToInt/ToFloat/ToComplex: Unknown when not exact
// (ToInt also accepts floats within a few ulps of an integer, as Go does).
Constant to_int(const Constant& x);
Constant to_float(const Constant& x);
Constant to_complex(const Constant& x);
Constant real(const Constant& x);
Constant imag(const Constant& x);

// Arithmetic as go/constant's BinaryOp, with Op from token.h: Add Sub Mul Div Rem And Or Xor
// AndNot, plus AndAnd/OrOr on bools and Add on strings. Div of two Ints gives an exact Float;
// int_div is Go's integer division (truncating). Division by zero must be checked by the caller
// (see check_binary); here it yields Unknown.
Constant binary_op(const Constant& x, Op op, const Constant& y);
Constant int_div(const Constant& x, const Constant& y);
// Unary + - ^ !. For ^ on an unsigned type pass its size in bits as prec (0 = signed/untyped).
Constant unary_op(Op op, const Constant& x, unsigned prec = 0);
// x << s or x >> s for an Int x (Shl/Shr).
Constant shift(const Constant& x, Op op, unsigned s);
// Eql Neq Lss Leq Gtr Geq; false for incomparable kinds.
bool compare(const Constant& x, Op op, const Constant& y);

// Go's %g (prec < 0: shortest round-trip, as fmt's %v) and %.Ng for a float64.
std::string format_float_g(double x, int prec);

// ---- types2's rules for constant operands -------------------------------------------------

enum class BasicKind : uint8_t {
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String,
  Byte, Rune,  // aliases of Uint8 and Int32 that print under their own names
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
};

std::string_view basic_name(BasicKind k);  // "int8", "byte", "untyped float", ...
bool is_untyped(BasicKind k);
bool is_integer(BasicKind k);
bool is_unsigned(BasicKind k);
bool is_float(BasicKind k);
bool is_complex(BasicKind k);
bool is_numeric(BasicKind k);
// Of two untyped constant kinds, the one later in int < rune < float < complex (the
// kind a mix of untyped constants takes, as in 1 + 2.0).
BasicKind default_untyped_rank(BasicKind a, BasicKind b);

// A constant operand: the source text of its expression, its type and value. A named
// type's constant (`type Celsius float64`) uses its underlying basic kind plus type_name.
struct ConstOperand {
  std::string expr;
  BasicKind type = BasicKind::UntypedInt;
  Constant val;
  std::string type_name;  // overrides basic_name(type) when non-empty
};

// "300 (untyped int constant)", "c (untyped int constant 1606...376)",
// "a * 2 (constant 200 of type int8)", as types2 formats an operand.
std::string operand_string(const ConstOperand& x);

// Whether x fits the basic type (word size 64 bits); on success *rounded (if given) is the
// value as stored in that type (integers made Int, floats rounded to float32/float64).
bool representable(const Constant& x, BasicKind type, Constant* rounded = nullptr);

// Each check returns the error message Go prints (without position), or nullopt on success,
// in which case the operand is updated to its converted value/type.

// Implicit conversion of an untyped constant in an assignment-like context:
// "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)".
// context is Go's wording: "variable declaration", "assignment", "argument to f", ...
std::optional<std::string> check_assignment(ConstOperand& x, BasicKind target,
                                            std::string_view context,
                                            std::string_view target_name = {});
// The implicit conversion of an untyped constant operand to the other operand's type in a
// binary operation (types2's invalidConversion wording): "1000 (untyped int constant)
// overflows int8", "1.5 (untyped float constant) truncated to int8", "cannot convert ...".
std::optional<std::string> check_implicit(ConstOperand& x, BasicKind target,
                                          std::string_view target_name = {});
// An explicit conversion T(x): "constant 256 overflows byte", "cannot convert ... to type int".
std::optional<std::string> check_conversion(ConstOperand& x, BasicKind target,
                                            std::string_view target_name = {});
// x op y for constant operands of matching (or untyped) types, result in x with expr set to
// result_expr: "invalid operation: division by zero", "constant multiplication overflow",
// "a * 2 (constant 200 of type int8) overflows int8". Comparisons give an untyped bool.
std::optional<std::string> check_binary(ConstOperand& x, Op op, const ConstOperand& y,
                                        std::string result_expr);
// Unary op on a constant operand, e.g. -x or ^x, same conventions.
std::optional<std::string> check_unary(ConstOperand& x, Op op, std::string result_expr);
// Constant shift x << y / x >> y: "invalid operation: negative shift count -1 (untyped int
// constant)", "invalid operation: invalid shift count 10000 (untyped int constant)",
// "1.5 (untyped float constant) truncated to uint", "constant shift overflow".
std::optional<std::string> check_shift(ConstOperand& x, Op op, const ConstOperand& y,
                                       std::string result_expr);

}  // namespace gs::lang
