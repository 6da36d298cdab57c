package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64 `json:"r"`
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%g x %g)", r.W, r.H) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return "Circle" }

var ErrEmpty = errors.New("empty")

func largest(shapes ...Shape) (best Shape, err error) {
	if len(shapes) == 0 {
		return nil, ErrEmpty
	}
	best = shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case Named:
		return "named " + x.String()
	case error:
		return x.Error()
	default:
		return strings.ToUpper(fmt.Sprint(x))
	}
}

func main() {
	shapes := []Shape{Rect{W: 2, H: 3}, &Circle{R: 1}}
	b, err := largest(shapes...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(describe(b), describe(42), describe(ErrEmpty), describe("x"))
}
