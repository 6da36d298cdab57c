package main

import "fmt"

const (
	A = iota
	B
	C
)

type Weekday int

const (
	Sunday Weekday = iota + 1
	Monday
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		fallthrough
	case n > 100:
		return "even or big"
	}
	return "odd"
}

func main() {
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
outer:
	for i, row := range grid {
		for j := range row {
			if j > i {
				continue outer
			}
			if i == 2 && j == 2 {
				break outer
			}
		}
	}
	if x := classify(4); x != "" {
		fmt.Println(x)
	} else if x == "odd" {
		fmt.Println("odd")
	} else {
		fmt.Println("?")
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	if v, ok := m["a"]; ok {
		fmt.Println(v[1:], v[:1], v[0:1:2])
	}
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	x := struct {
		a, b int
		c    string
	}{1, 2, "c"}
	p := &x
	p.a <<= 2
	p.b &^= 1
	fmt.Println(A, B, C, Monday, x, *p, grid, -i, ^i, !true)
}
