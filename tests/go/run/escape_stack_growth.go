package main

import (
	"fmt"
	"sync"
)

// Every pointer here points into a goroutine stack (escape analysis keeps the
// targets local), and deep recursion moves that stack several times while the
// pointers are live: they must follow the stack.

type acc struct {
	n    int
	hist [4]int
}

func deep(depth int, a *acc, s []int, f func(int) int) int {
	var pad [32]int // a big frame, so the stack grows quickly
	pad[depth%32] = depth
	if depth == 0 {
		a.n += 100
		s[1] += 7
		return f(3) + pad[0]
	}
	a.hist[depth%4]++
	return deep(depth-1, a, s, f) + pad[depth%32] - depth
}

func record(p *int, v int) { *p += v }

func withDefer(n int) (out int) {
	var mu sync.Mutex
	total := 0
	mu.Lock()
	defer mu.Unlock()
	defer record(&total, 1000)
	defer func() { out = total }()
	var a acc
	s := make([]int, 3)
	k := 5
	add := func(x int) int { return x + k + a.n }
	total = deep(n, &a, s, add) + s[1] + a.hist[0] + a.hist[1] + a.hist[2] + a.hist[3]
	return 0
}

func loopAddrs() int {
	sum := 0
	for i := 0; i < 5; i++ {
		p := &i
		q := new(acc)
		q.n = *p * 2
		r := &acc{n: *p}
		sum += deep(200, q, []int{0, 0, 0}, func(x int) int { return x + r.n }) + q.n
	}
	return sum
}

func recovered() (msg string) {
	local := 41
	defer func() {
		if r := recover(); r != nil {
			local++
			msg = fmt.Sprint(r, " ", local)
		}
	}()
	var a acc
	deep(500, &a, make([]int, 2), func(x int) int {
		local = x
		panic("deep panic")
	})
	return "not reached"
}

func main() {
	fmt.Println(withDefer(10))
	fmt.Println(withDefer(3000))
	fmt.Println(loopAddrs())
	fmt.Println(recovered())
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			done <- withDefer(1000 + g*500)
		}(g)
	}
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-done
	}
	fmt.Println(sum)
}
