// panic_sprintf: panic with a formatted string value.
package main

import "fmt"

func check(n int) {
	if n > 3 {
		panic(fmt.Sprintf("n too large: %d > %d", n, 3))
	}
}

func main() {
	check(1)
	check(7)
}
