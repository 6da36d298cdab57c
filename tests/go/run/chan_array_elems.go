// 336-byte array elements through unbuffered and buffered channels arrive whole and in order.
package main

import "fmt"

type block struct {
	id  int
	arr [41]int64
}

func fill(i int) block {
	b := block{id: i}
	for j := range b.arr {
		b.arr[j] = int64(i*1000 + j)
	}
	return b
}

func main() {
	un := make(chan block)
	bu := make(chan block, 3)
	go func() {
		for i := 0; i < 50; i++ {
			un <- fill(i)
			bu <- fill(i + 100)
		}
		close(un)
		close(bu)
	}()
	good := 0
	for i := 0; i < 50; i++ {
		u := <-un
		b := <-bu
		if u.id == i && u.arr[40] == int64(i*1000+40) && b.id == i+100 && b.arr[7] == int64((i+100)*1000+7) {
			good++
		}
	}
	_, ok1 := <-un
	_, ok2 := <-bu
	fmt.Println("good", good, ok1, ok2)
}
