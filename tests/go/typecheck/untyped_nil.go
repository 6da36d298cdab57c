// untyped_nil: nil used where it has no type or the type cannot be nil.
package main

func main() {
	x := nil
	var n int = nil
	_, _ = x, n
}
