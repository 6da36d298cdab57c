package main

import "sync"

type T struct{ n int }

func use(t *T, wg *sync.WaitGroup) {
	t.n++
	wg.Done()
}

func keep(t *T) {}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go use(&T{1}, &wg)
	defer keep(&T{2})
	for i := 0; i < 2; i++ {
		defer keep(&T{i})
	}
	wg.Wait()
}
