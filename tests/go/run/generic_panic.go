// generic_panic: a panic inside a generic function's instance and a generic method shows
// Go's traceback names (main.Get[...], main.(*Grid[...]).At).
package main

import "fmt"

type Grid[T any] struct {
	w, h  int
	cells []T
}

func (g *Grid[T]) At(x, y int) T { return g.cells[y*g.w+x] }

func Get[T any](xs []T, i int) T {
	return xs[i]
}

func main() {
	fmt.Println(Get([]string{"a", "b"}, 1))
	g := &Grid[int]{w: 2, h: 2, cells: make([]int, 4)}
	fmt.Println(g.At(1, 1))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(Get([]int{1, 2, 3}, 5))
	}()
	fmt.Println(g.At(3, 3))
}
