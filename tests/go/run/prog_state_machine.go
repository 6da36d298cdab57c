// prog_state_machine: a tokenizer-driven calculator (shunting-yard) over + - * / and parentheses.
package main

import (
	"fmt"
	"strconv"
)

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}

func eval(expr string) (int, error) {
	var nums []int
	var ops []string
	apply := func() error {
		b, a := nums[len(nums)-1], nums[len(nums)-2]
		nums = nums[:len(nums)-2]
		op := ops[len(ops)-1]
		ops = ops[:len(ops)-1]
		switch op {
		case "+":
			nums = append(nums, a+b)
		case "-":
			nums = append(nums, a-b)
		case "*":
			nums = append(nums, a*b)
		case "/":
			if b == 0 {
				return fmt.Errorf("division by zero in %q", expr)
			}
			nums = append(nums, a/b)
		}
		return nil
	}
	for _, t := range tokenize(expr) {
		switch {
		case t == "(":
			ops = append(ops, t)
		case t == ")":
			for ops[len(ops)-1] != "(" {
				if err := apply(); err != nil {
					return 0, err
				}
			}
			ops = ops[:len(ops)-1]
		case prec[t] > 0:
			for len(ops) > 0 && prec[ops[len(ops)-1]] >= prec[t] {
				if err := apply(); err != nil {
					return 0, err
				}
			}
			ops = append(ops, t)
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, err
			}
			nums = append(nums, n)
		}
	}
	for len(ops) > 0 {
		if err := apply(); err != nil {
			return 0, err
		}
	}
	return nums[0], nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5", "8 / (4 - 4)", "10 - 3 - 2"} {
		v, err := eval(e)
		fmt.Println(e, "=", v, err)
	}
}
