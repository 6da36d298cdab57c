// panic_type_assertion_iface: assertion to an interface the type does not implement (missing method).
package main

import "fmt"

type Closer interface{ Close() error }
type File struct{}

func main() {
	var x interface{} = File{}
	c := x.(Closer)
	fmt.Println(c)
}
