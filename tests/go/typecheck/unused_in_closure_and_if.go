// unused_in_closure_and_if: unused variables in a closure and in an if-statement init.
package main

func main() {
	f := func() {
		inner := 1
	}
	f()
	if v := 3; true {
	}
}
