package main

// Prints go/constant's String and ExactString for literal expressions, one per line:
// "expr | String | ExactString". The C++ test evaluates the same expressions.
import (
	"fmt"
	"go/constant"
	"go/token"
)

func lit(s string) constant.Value {
	kind := token.INT
	for _, c := range s {
		switch c {
		case '.', 'e', 'p':
			kind = token.FLOAT
		}
	}
	if s[len(s)-1] == 'i' {
		kind = token.IMAG
	}
	if len(s) > 1 && s[1] == 'x' && kind == token.FLOAT {
		hasP := false
		for _, c := range s {
			if c == 'p' {
				hasP = true
			}
		}
		if !hasP {
			kind = token.INT
		}
	}
	return constant.MakeFromLiteral(s, kind, 0)
}

func show(expr string, v constant.Value) {
	fmt.Printf("%s | %s | %s\n", expr, v.String(), v.ExactString())
}

func main() {
	for _, s := range []string{"0.1", "1e100", "1e1000", "1e5000", "1e100000000", "1e-100000", "2.5e-400",
		"123456.5", "1234567.5", "0x1p-2", "0x1.8p1", "1.5i", "3.14159265358979323846264338327950288419716939937510582097494459"} {
		show(s, lit(s))
	}
	third := constant.BinaryOp(lit("1"), token.QUO, lit("3"))
	show("1 / 3", third)
	show("1e1000 * 1e1000 * 1e1000", constant.BinaryOp(constant.BinaryOp(lit("1e1000"), token.MUL, lit("1e1000")), token.MUL, lit("1e1000")))
	show("1 / (1 << 5000)", constant.BinaryOp(lit("1"), token.QUO, constant.Shift(lit("1"), token.SHL, 5000)))
	show("-(1 << 200)", constant.UnaryOp(token.SUB, constant.Shift(lit("1"), token.SHL, 200), 0))
	show("1i / (1 + 1i)", constant.BinaryOp(lit("1i"), token.QUO, constant.BinaryOp(lit("1"), token.ADD, lit("1i"))))
	show("1e100i", lit("1e100i"))
	show("1234567 + 1i", constant.BinaryOp(lit("1234567"), token.ADD, lit("1i")))
	show("1e300 * 1e300", constant.BinaryOp(lit("1e300"), token.MUL, lit("1e300")))
}
