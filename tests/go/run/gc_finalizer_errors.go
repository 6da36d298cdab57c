// gc_finalizer_errors: SetFinalizer's misuse is a fatal error (a throw), as in Go.
package main

import "runtime"

func main() {
	x := 5
	runtime.SetFinalizer(x, func(int) {})
}
