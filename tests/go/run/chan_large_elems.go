// Large and pointerful element types through buffered and unbuffered channels are copied intact.
package main

import "fmt"

type big struct {
	id   int
	name string
	arr  [40]int64
	tags []string
	m    map[string]int
}

func mk(i int) big {
	b := big{id: i, name: fmt.Sprint("n", i), tags: []string{"a", fmt.Sprint(i)}, m: map[string]int{"k": i}}
	for j := range b.arr {
		b.arr[j] = int64(i*100 + j)
	}
	return b
}

func check(b big, i int) bool {
	if b.id != i || b.name != fmt.Sprint("n", i) || b.tags[1] != fmt.Sprint(i) || b.m["k"] != i {
		return false
	}
	for j := range b.arr {
		if b.arr[j] != int64(i*100+j) {
			return false
		}
	}
	return true
}

func main() {
	un := make(chan big)
	bu := make(chan big, 3)
	go func() {
		for i := 0; i < 50; i++ {
			un <- mk(i)
			bu <- mk(i + 1000)
		}
		close(un)
		close(bu)
	}()
	good := 0
	for i := 0; i < 50; i++ {
		if check(<-un, i) {
			good++
		}
		if check(<-bu, i+1000) {
			good++
		}
	}
	z, ok := <-un
	fmt.Println("good", good, z.id, z.name == "", z.tags == nil, z.m == nil, ok)
	arr := make(chan [3]string, 1)
	arr <- [3]string{"x", "y", "z"}
	fmt.Println(<-arr)
	ifc := make(chan any, 2)
	ifc <- 42
	ifc <- "str"
	fmt.Println(<-ifc, <-ifc)
}
