// struct_compare: == on structs compares all fields; structs and arrays as map keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	P    Point
	Arr  [2]float64
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	n1 := Named{"x", a, [2]float64{1, 2}}
	n2 := Named{"x", b, [2]float64{1, 2}}
	fmt.Println(n1 == n2)
	n2.Arr[1] = 3
	fmt.Println(n1 == n2)
	seen := map[Point]string{a: "first"}
	seen[Point{3, 4}] = "second"
	fmt.Println(seen[b], seen[Point{3, 4}], len(seen))
	grid := map[[2]int]bool{{0, 1}: true}
	fmt.Println(grid[[2]int{0, 1}], grid[[2]int{1, 0}])
	type pair struct {
		a interface{}
		b string
	}
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, "x"} == pair{1.0, "x"})
}
