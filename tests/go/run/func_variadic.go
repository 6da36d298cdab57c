// func_variadic: variadic parameters, calling with none, with several, and with s...
package main

import "fmt"

func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Println(label, len(nums), nums == nil, total)
	return total
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 99
	}
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	s := []int{4, 5, 6}
	sum("spread", s...)
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	var empty []int
	sum("nil", empty...)
	args := []interface{}{"a", 1, true}
	fmt.Println(args...)
	fmt.Println(args)
}
