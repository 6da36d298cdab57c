// generic_methods: methods on generic types (value and pointer receivers, receiver type
// parameters renamed), generic types nested in generic types, method values, and generic
// instances satisfying ordinary interfaces.
package main

import (
	"fmt"
	"strings"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Put(v T)  { q.items = append(q.items, v) }
func (q *Queue[E]) Len() int { return len(q.items) }
func (q *Queue[T]) Take() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q Queue[T]) String() string {
	parts := make([]string, 0, len(q.items))
	for _, it := range q.items {
		parts = append(parts, fmt.Sprint(it))
	}
	return "Queue(" + strings.Join(parts, ",") + ")"
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order Queue[K]
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Set(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order.Put(k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Counter[T comparable] map[T]int

func (c Counter[T]) Add(xs ...T) {
	for _, x := range xs {
		c[x]++
	}
}

type Point struct{ X, Y int }

func main() {
	var q Queue[int]
	for i := 1; i <= 4; i++ {
		q.Put(i * i)
	}
	fmt.Println(q.Len(), q)
	v, ok := q.Take()
	fmt.Println(v, ok, q.String())
	var s fmt.Stringer = q
	fmt.Println(s)

	put := q.Put
	put(100)
	fmt.Println(q.items)

	p := Pair[string, float64]{"pi", 3.14}
	fmt.Println(p, p.Swap())
	fmt.Printf("%T %T\n", p, p.Swap())
	fmt.Printf("%+v\n", Pair[Point, []string]{Point{1, 2}, []string{"a"}})

	c := NewCache[string, Point]()
	c.Set("a", Point{1, 2})
	c.Set("b", Point{3, 4})
	c.Set("a", Point{5, 6})
	got, found := c.Get("a")
	_, missing := c.Get("z")
	fmt.Println(got, found, missing, c.order.Len(), c.order)

	cnt := Counter[Point]{}
	cnt.Add(Point{1, 1}, Point{2, 2}, Point{1, 1})
	fmt.Println(len(cnt), cnt[Point{1, 1}], cnt[Point{2, 2}], cnt[Point{3, 3}])
	fmt.Printf("%T %v\n", cnt, Counter[string]{"x": 1})

	var qs Queue[Queue[string]]
	var inner Queue[string]
	inner.Put("deep")
	qs.Put(inner)
	fmt.Printf("%v %T\n", qs, qs)
}
