// generic_funcnames: the names Go gives generic instances, their closures and methods in
// runtime.FuncForPC / runtime.Caller, plus go and defer with generic calls.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func where() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", runtime.FuncForPC(pc).Name(), line)
}

func Show[T any](v T) string {
	inner := func() string { return where() }
	return fmt.Sprintf("%v %s %s", v, where(), inner())
}

type Bag[T comparable] struct{ items map[T]int }

func (b *Bag[T]) Add(v T) string {
	if b.items == nil {
		b.items = map[T]int{}
	}
	b.items[v]++
	return where()
}

func (b Bag[T]) Count(v T) (int, string) { return b.items[v], where() }

func Collect[T any](wg *sync.WaitGroup, mu *sync.Mutex, out *[]T, v T) {
	defer wg.Done()
	mu.Lock()
	*out = append(*out, v)
	mu.Unlock()
}

func Trace[T any](log *[]string, v T) {
	*log = append(*log, fmt.Sprint("deferred ", v))
}

func main() {
	fmt.Println(Show(1))
	fmt.Println(Show("x"))
	var b Bag[string]
	fmt.Println(b.Add("k"))
	fmt.Println(b.Count("k"))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	wg.Add(1)
	go Collect(&wg, &mu, &got, 7)
	wg.Wait()
	fmt.Println(got)

	var log []string
	func() {
		defer Trace(&log, 3.5)
		defer Trace[string](&log, "first")
	}()
	fmt.Println(log)
}
