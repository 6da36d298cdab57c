// basic_bools: boolean operators, short-circuit evaluation and printing.
package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, a == b, a != b)
	fmt.Println(t("x", false) && t("y", true))
	fmt.Println(t("x", true) || t("y", true))
	fmt.Println(t("x", true) && t("y", false) || t("z", true))
	var zero bool
	fmt.Println(zero)
	fmt.Printf("%v %t %5t|\n", a, b, a)
	c := 3 > 2 && 2 > 1
	fmt.Println(c)
}
