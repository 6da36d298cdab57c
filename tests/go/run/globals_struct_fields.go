package main

import "fmt"

type inner struct {
	x, y int32
	tag  string
}

type S struct {
	A, B, C uint64
	D       uint32
	E       byte
	In      inner
	P       *int
	Arr     [4]int16
	List    []string
}

var g S
var grid [3][3]int
var pairs [2]inner

func main() {
	g.A, g.B, g.C, g.D, g.E = 1, 2, 3, 4, 5
	g.In.x, g.In.y, g.In.tag = -7, 8, "in"
	n := 42
	g.P = &n
	g.Arr[2] = -3
	g.Arr[3] += 9
	g.List = append(g.List, "a", "b")
	g.C += 10
	g.D++
	p := &g.B
	*p *= 5
	q := &g.In.y
	*q -= 1
	fmt.Println(g.A, g.B, g.C, g.D, g.E, g.In.x, g.In.y, g.In.tag, *g.P, g.Arr, g.List)
	println(g.A, g.B, g.C, g.D, g.E, g.In.x, g.In.y)
	grid[1][2] = 6
	grid[2][0] = grid[1][2] * 2
	pairs[1].tag = "second"
	pairs[1].y = 11
	fmt.Println(grid, pairs[1].tag, pairs[1].y, pairs[0])
	if g.C > g.B && g.In.y == 7 {
		fmt.Println("compare ok", g.C-g.B)
	}
	s := g.In
	fmt.Printf("%+v\n", s)
}
