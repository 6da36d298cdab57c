// slice_2d: 2D slices built row by row, jagged rows, and a shared-row pitfall.
package main

import "fmt"

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	jag[2] = append(jag[2], "d", "e", "f")
	for i, r := range jag {
		fmt.Println(i, len(r), r)
	}
	row := make([]int, 2)
	shared := [][]int{row, row}
	shared[0][0] = 7
	fmt.Println(shared)
	var mat [2][3]int
	mat[1][2] = 5
	fmt.Println(mat, len(mat), len(mat[0]))
	transposed := make([][]int, cols)
	for j := 0; j < cols; j++ {
		for i := 0; i < rows; i++ {
			transposed[j] = append(transposed[j], grid[i][j])
		}
	}
	fmt.Println(transposed)
}
