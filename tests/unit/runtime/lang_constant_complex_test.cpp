// lang_constant_complex_test.cpp — untyped complex constants (go/constant's exact complex
// arithmetic) and types2's rules for them: complex → int/float when the imaginary part is 0,
// "truncated"/"overflows" wording, and the implicit-conversion messages of binary operations.
// Expected texts and values were recorded from real Go 1.23 (tests/go/run/complex_consts.go,
// tests/go/typecheck/complex_errors*.go and binary_untyped_mismatch.go).
#include <doctest/doctest.h>

#include <string>

#include "lang/constant.h"

using namespace gs::lang;

namespace {

Constant num(const std::string& text) {
  LitKind k = text.back() == 'i' ? LitKind::Imag
              : text.find_first_of(".eEpP") != std::string::npos && text.rfind("0x", 0) != 0 ? LitKind::Float
              : text.find_first_of("pP") != std::string::npos ? LitKind::Float
                                                                : LitKind::Int;
  auto v = Constant::from_literal(text, k);
  REQUIRE(v.has_value());
  return *v;
}

ConstOperand op(const std::string& expr, BasicKind k, Constant v) { return ConstOperand{expr, k, std::move(v), {}}; }

}  // namespace

TEST_CASE("imaginary literals") {
  CHECK(num("1i").to_string() == "(0 + 1i)");
  CHECK(num("2.5i").to_string() == "(0 + 2.5i)");
  CHECK(num("0x1p-2i").to_string() == "(0 + 0.25i)");
  CHECK(num("1_000i").to_string() == "(0 + 1000i)");
  CHECK(num("0o17i").to_string() == "(0 + 15i)");
  // 1_000i + 0x1p-2i + 0o17i + 1e3i, as Go prints it: (0+2015.25i)
  Constant e = binary_op(binary_op(binary_op(num("1_000i"), Op::Add, num("0x1p-2i")), Op::Add, num("0o17i")), Op::Add,
                         num("1e3i"));
  CHECK(imag(e).float64_val() == 2015.25);
  CHECK(real(e).sign() == 0);
}

TEST_CASE("exact complex arithmetic") {
  Constant a = binary_op(num("1"), Op::Add, num("2i"));   // 1 + 2i
  Constant b = binary_op(a, Op::Mul, a);                   // -3 + 4i
  CHECK(b.to_string() == "(-3 + 4i)");
  Constant c = binary_op(b, Op::Div, binary_op(num("3"), Op::Sub, num("4i")));  // -1 + 0i
  CHECK(real(c).float64_val() == -1.0);
  CHECK(imag(c).sign() == 0);
  CHECK(binary_op(num("1i"), Op::Mul, num("1i")).to_string() == "(-1 + 0i)");
  // (1+1i)(1-1i) = 2 exactly: representable as an int once the imaginary part is 0
  Constant g = binary_op(binary_op(num("1"), Op::Add, num("1i")), Op::Mul, binary_op(num("1"), Op::Sub, num("1i")));
  Constant r;
  CHECK(representable(g, BasicKind::Int, &r));
  CHECK(r.to_string() == "2");
  CHECK(representable(g, BasicKind::Float32, &r));
  CHECK(r.float64_val() == 2.0);
  // 1/3 as a complex part stays exact: (1/3 + 0i) * 3 == 1
  Constant third = binary_op(to_complex(num("1")), Op::Div, num("3"));
  CHECK(compare(binary_op(third, Op::Mul, num("3")), Op::Eql, to_complex(num("1"))));
  CHECK(compare(num("0i"), Op::Eql, num("0")));
  CHECK_FALSE(compare(num("1i"), Op::Eql, num("1")));
}

TEST_CASE("complex constants in typed contexts") {
  // var i int = 1 + 2i
  auto x = op("1 + 2i", BasicKind::UntypedComplex, binary_op(num("1"), Op::Add, num("2i")));
  auto err = check_assignment(x, BasicKind::Int, "variable declaration");
  REQUIRE(err);
  CHECK(*err == "cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value in variable declaration (truncated)");
  // var c64 complex64 = 1e40i
  auto big = op("1e40i", BasicKind::UntypedComplex, num("1e40i"));
  err = check_assignment(big, BasicKind::Complex64, "variable declaration");
  REQUIRE(err);
  CHECK(*err == "cannot use 1e40i (untyped complex constant (0 + 1e+40i)) as complex64 value in variable declaration (overflows)");
  // 1e38+1e38i fits complex64
  auto ok = op("1e38 + 1e38i", BasicKind::UntypedComplex, binary_op(num("1e38"), Op::Add, num("1e38i")));
  CHECK_FALSE(check_assignment(ok, BasicKind::Complex64, "variable declaration"));
  CHECK(ok.type == BasicKind::Complex64);
  // imag(c) > 1i: the untyped operand takes float64 and cannot
  auto one_i = op("1i", BasicKind::UntypedComplex, num("1i"));
  err = check_implicit(one_i, BasicKind::Float64);
  REQUIRE(err);
  CHECK(*err == "1i (untyped complex constant (0 + 1i)) overflows float64");
  // x + 1000 and x + 1.5 with x int8
  auto k = op("1000", BasicKind::UntypedInt, num("1000"));
  CHECK(check_implicit(k, BasicKind::Int8).value_or("") == "1000 (untyped int constant) overflows int8");
  auto h = op("1.5", BasicKind::UntypedFloat, num("1.5"));
  CHECK(check_implicit(h, BasicKind::Int8).value_or("") == "1.5 (untyped float constant) truncated to int8");
  auto fine = op("2 + 0i", BasicKind::UntypedComplex, binary_op(num("2"), Op::Add, num("0i")));
  CHECK_FALSE(check_implicit(fine, BasicKind::Uint8));
  CHECK(fine.val.to_string() == "2");
  // a complex constant divided by a zero complex constant
  auto n = op("1i", BasicKind::UntypedComplex, num("1i"));
  err = check_binary(n, Op::Div, op("0i", BasicKind::UntypedComplex, num("0i")), "1i / 0i");
  REQUIRE(err);
  CHECK(*err == "invalid operation: division by zero");
}
