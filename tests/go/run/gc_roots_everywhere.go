// gc_roots_everywhere: pointers that live only in a goroutine's frame while it is
// blocked, in a channel's buffer, in a deferred closure, in a panic value, in a timer's
// callback, in map values and in interfaces must all survive collections forced while
// they are held there.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

type payload struct {
	name string
	vals []int
	next *payload
}

func mk(name string, n int) *payload {
	p := &payload{name: name}
	for i := 0; i < n; i++ {
		p.vals = append(p.vals, i*i)
	}
	p.next = &payload{name: name + ".next", vals: []int{n}}
	return p
}

func (p *payload) sum() int {
	s := 0
	for _, v := range p.vals {
		s += v
	}
	return s + p.next.vals[0]
}

func churn() {
	// garbage, so collections have something to free
	var junk [][]byte
	for i := 0; i < 2000; i++ {
		junk = append(junk, make([]byte, 512))
		if len(junk) > 50 {
			junk = junk[:0]
		}
	}
	runtime.GC()
}

func blockedHolder(in <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	p := mk("blocked", 100) // only this frame refers to p while we wait
	<-in
	out <- fmt.Sprintf("%s %d", p.name, p.sum())
}

func deferHolder() (res string) {
	p := mk("deferred", 50)
	defer func() { res = fmt.Sprintf("%s %d", p.name, p.sum()) }()
	q := mk("deferred-arg", 5)
	defer func(a *payload) { fmt.Println("deferred argument", a.name, a.sum()) }(q)
	q = nil
	churn()
	return ""
}

func panicHolder() (res string) {
	defer func() {
		churn()
		r := recover()
		res = fmt.Sprintf("%s %d", r.(*payload).name, r.(*payload).sum())
	}()
	panic(mk("panicked", 30))
}

type shape interface{ area() int }
type rect struct{ w, h *int }

func (r rect) area() int { return *r.w * *r.h }

func main() {
	var wg sync.WaitGroup
	in := make(chan int)
	out := make(chan string, 4)
	wg.Add(2)
	go blockedHolder(in, out, &wg)
	go blockedHolder(in, out, &wg)
	time.Sleep(10 * time.Millisecond)
	churn()
	in <- 1
	in <- 2
	wg.Wait()
	var got []string
	got = append(got, <-out, <-out)
	sort.Strings(got)
	fmt.Println(strings.Join(got, " | "))

	buffered := make(chan *payload, 8)
	for i := 0; i < 8; i++ {
		buffered <- mk(fmt.Sprint("buf", i), i+1)
	}
	churn()
	total := 0
	for i := 0; i < 8; i++ {
		total += (<-buffered).sum()
	}
	fmt.Println("buffered", total)

	fmt.Println(deferHolder())
	fmt.Println(panicHolder())

	m := map[string]*payload{}
	for i := 0; i < 200; i++ {
		m[fmt.Sprint("k", i)] = mk(fmt.Sprint("m", i), i%7)
	}
	churn()
	ms := 0
	for k, v := range m {
		if strings.HasPrefix(k, "k") {
			ms += v.sum()
		}
	}
	fmt.Println("map", len(m), ms)

	var shapes []shape
	for i := 1; i <= 20; i++ {
		w, h := i, i+1
		shapes = append(shapes, rect{&w, &h})
	}
	churn()
	a := 0
	for _, s := range shapes {
		a += s.area()
	}
	fmt.Println("shapes", a)

	done := make(chan string)
	func() {
		q := mk("timer", 10) // only the timer's closure keeps q once this returns
		time.AfterFunc(20*time.Millisecond, func() { done <- fmt.Sprint(q.name, " ", q.sum()) })
	}()
	churn()
	fmt.Println(<-done)

	e := fmt.Errorf("wrapped: %w", errors.New(strings.Repeat("x", 10)))
	churn()
	fmt.Println(e, errors.Unwrap(e) != nil)

	closures := make([]func() int, 0, 10)
	for i := 0; i < 10; i++ {
		p := mk("c", i)
		closures = append(closures, func() int { return p.sum() })
	}
	churn()
	cs := 0
	for _, f := range closures {
		cs += f()
	}
	fmt.Println("closures", cs)
}
