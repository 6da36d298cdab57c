// panic_nil_interface_method: calling a method on a nil interface value.
package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println(s.Speak())
}
