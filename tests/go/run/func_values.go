// func_values: functions as values in variables, maps, slices; nil func comparison.
package main

import (
	"fmt"
	"sort"
)

func double(x int) int { return x * 2 }
func square(x int) int { return x * x }

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	f = double
	fmt.Println(f(21), f != nil)
	ops := map[string]func(int) int{"double": double, "square": square, "neg": func(x int) int { return -x }}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], []int{1, 2, 3}))
	}
	pipeline := []func(int) int{double, square, double}
	v := 3
	for _, p := range pipeline {
		v = p(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", apply)
}
