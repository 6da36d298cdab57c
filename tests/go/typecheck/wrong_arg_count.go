// wrong_arg_count: too few and too many arguments in calls.
package main

func add(a, b int) int { return a + b }

func main() {
	add(1)
	add(1, 2, 3)
}
