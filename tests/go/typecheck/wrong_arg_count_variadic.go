// wrong_arg_count_variadic: a variadic function still needs its fixed arguments.
package main

func log(prefix string, args ...int) {}

func main() {
	log()
	nums := []int{1}
	log("a", 1, nums...)
}
