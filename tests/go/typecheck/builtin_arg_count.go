// builtin_arg_count: builtins called with the wrong number of arguments.
package main

func main() {
	_ = len()
	_ = make([]int)
	_ = new(int, 1)
	var m map[string]int
	delete(m)
}
