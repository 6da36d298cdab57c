// panic_int: panic(42) prints the value with its type for a non-error, non-string value.
package main

func main() {
	defer println("deferred runs before the crash")
	panic(42)
}
