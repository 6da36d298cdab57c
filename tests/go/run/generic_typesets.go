// generic_typesets: constraints with type sets (~T unions, inline constraints, cmp.Ordered),
// the operations they allow (arithmetic, comparison, conversion, len, indexing, range), and
// methods in constraints.
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Celsius float64
type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Bytes interface{ ~string | ~[]byte }

func FirstByte[T Bytes](b T) byte {
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

func CountRunes[T ~string](s T) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func Convert[To, From Integer](x From) To { return To(x) }

type Stringish interface {
	~int | ~string
	String() string
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Name string

func (n Name) String() string { return "Name-" + string(n) }

func Describe[T Stringish](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

type Temps []Celsius

func MinMax[T interface{ ~int | ~float64 | ~string }](xs []T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5), Sum[Small](100, 27))
	fmt.Println(Sum[int]())
	fmt.Println(Average([]int{1, 2, 4}), Average([]Celsius{}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	t := Scale(Temps{1.5, -2}, 2)
	fmt.Printf("%v %T\n", t, t)
	fmt.Println(Scale([]int{1, 2, 3}, 10))
	fmt.Println(FirstByte("hello"), FirstByte([]byte{7, 8}), FirstByte(""))
	fmt.Println(CountRunes("héllo"), CountRunes(Name("日本")))
	fmt.Println(Convert[int8](300), Convert[uint16, int](-1), Convert[int64](Small(-5)))
	fmt.Println(Describe([]ID{1, 22}), Describe([]Name{"x"}))
	lo, hi := MinMax([]string{"pear", "apple", "zoo"})
	fmt.Println(lo, hi)
	l2, h2 := MinMax([]float64{2.5, -1, 9})
	fmt.Println(l2, h2)
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), cmp.Less(1.5, 1.5), cmp.Or("", "x", "y"), cmp.Or(0, 0))
}
