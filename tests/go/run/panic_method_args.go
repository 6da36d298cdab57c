// panic_method_args: an unrecovered panic deep in methods prints each frame's argument words (strings, slices, structs, floats).
package main

import "fmt"

type Grid struct {
	cells [][]int
	name  string
}

//go:noinline
func (g *Grid) At(row, col int) int {
	return g.cells[row][col]
}

//go:noinline
func (g Grid) Sum(rows []int, scale float64, label string) float64 {
	total := 0.0
	for _, r := range rows {
		total += float64(g.At(r, 0)) * scale
	}
	fmt.Println(label, total)
	return total
}

func main() {
	g := Grid{cells: [][]int{{1}, {2}}, name: "g"}
	fmt.Println(g.Sum([]int{0, 1}, 0.5, "ok"))
	fmt.Println(g.Sum([]int{0, 3}, 2, "bad"))
}
