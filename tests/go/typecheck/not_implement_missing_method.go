// not_implement_missing_method: a type lacking a method used as an interface.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Square{2}
	_ = s
}
