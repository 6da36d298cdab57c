// generic_options: generic Opt/Result types: type switches and map keys on instances, recover inside a generic func, %T of nested instances.
package main

import (
	"errors"
	"fmt"
)

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func Kind(v any) string {
	switch x := v.(type) {
	case Opt[int]:
		return "opt-int " + x.String()
	case Opt[string]:
		return "opt-string"
	case *Opt[int]:
		return "ptr-opt-int"
	}
	return "other"
}

func Ptr[T any](v T) *T { return &v }

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	fmt.Println(Some(3), Opt[string]{}, Kind(Some(1)), Kind(Some("x")), Kind(Ptr(Some(2))), Kind(1))
	fmt.Printf("%v %+v %T\n", Some([]int{1}), Some(Some(2.5)), Some(Some(2.5)))
	r := Try(func() (int, error) { return 0, errors.New("bad") })
	fmt.Println(r.Val, r.Err)
	r2 := Try(func() (string, error) { var m map[string]int; m["x"] = 1; return "", nil })
	fmt.Println(r2.Err)
	fmt.Println(*Ptr(42), *Ptr("s"))
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2}), SumMap(map[[2]int]int{{1, 2}: 3}))
	var e error = Result[int]{}.Err
	fmt.Println(e == nil)
	m := map[Opt[int]]string{Some(1): "one"}
	fmt.Println(m[Some(1)], len(m))
}
