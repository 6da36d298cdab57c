// slice_arrays_value: arrays are values (copied on assignment and call); comparison and len.
package main

import "fmt"

func setFirst(a [3]int) { a[0] = 100 }
func setFirstPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b)
	setFirst(a)
	fmt.Println(a)
	setFirstPtr(&a)
	fmt.Println(a)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	fmt.Printf("%q\n", c)
	var grid [2][2]bool
	grid[1][0] = true
	fmt.Println(grid)
	d := [3]int{100, 2, 3}
	fmt.Println(a == d)
}
