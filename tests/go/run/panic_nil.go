// panic_nil: panic(nil) becomes a *runtime.PanicNilError in Go 1.21+.
package main

func main() {
	panic(nil)
}
