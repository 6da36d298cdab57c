package main

type Grid [3][3]int

func (g *Grid) Set(i, j, v int) { g[i][j] = v }

func (g Grid) Sum() int {
	s := 0
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func main() {
	var g Grid
	g.Set(1, 1, 5)
	println(g.Sum())
}
