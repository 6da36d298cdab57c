package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	pp := &Point{3, 4}
	fmt.Println(p, pp)
	fmt.Printf("%v %d\n", p, p.X)
}
