// println_complex_mixed: builtin println of complex numbers and mixed stdout/stderr streams.
package main

import "fmt"

func main() {
	println(complex(1, 2))
	println(complex(float32(1.5), -2))
	fmt.Println("stdout line")
	println("stderr line", 7)
	var e error
	println(e == nil)
	var i interface{}
	println(i == nil)
}
