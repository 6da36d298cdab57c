// panic_nil_pointer: nil pointer dereference (SIGSEGV line included).
package main

import "fmt"

type T struct{ x int }

func main() {
	var p *T
	fmt.Println("deref")
	fmt.Println(p.x)
}
