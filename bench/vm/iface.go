// iface: ten million method calls through an interface.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Square struct{ s int }

func (q *Square) Area() int { return q.s * q.s }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0
	for i := 0; i < 10000000; i++ {
		total += shapes[i&1].Area()
	}
	fmt.Println(total)
}
