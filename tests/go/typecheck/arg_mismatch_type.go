// arg_mismatch_type: passing the wrong type as a function argument.
package main

func greet(name string) string { return "hi " + name }

func main() {
	n := 42
	greet(n)
	greet(3.5)
}
