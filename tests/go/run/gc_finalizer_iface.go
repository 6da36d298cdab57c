// gc_finalizer_iface: a finalizer may take the object as an interface; setting one
// twice is a fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

func main() {
	done := make(chan string, 2)
	a := &T{name: "a"}
	runtime.SetFinalizer(a, func(s fmt.Stringer) { done <- s.String() })
	b := &T{name: "b"}
	runtime.SetFinalizer(b, func(x any) { done <- fmt.Sprintf("%T", x) })
	a, b = nil, nil
	runtime.GC()
	got := map[string]bool{}
	for len(got) < 2 {
		select {
		case s := <-done:
			got[s] = true
		case <-time.After(10 * time.Second):
			fmt.Println("timed out")
			return
		}
	}
	fmt.Println(got["T(a)"], got["*main.T"])
	c := &T{name: "c"}
	runtime.SetFinalizer(c, func(*T) {})
	runtime.SetFinalizer(c, func(*T) {})
}
