// select mixing send and receive cases: a bounded queue served by one goroutine.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		var q []int
		inCh := in
		for {
			var sendCh chan int
			var head int
			if len(q) > 0 {
				sendCh = out
				head = q[0]
			}
			select {
			case v, ok := <-inCh:
				if !ok {
					inCh = nil
					if len(q) == 0 {
						close(out)
						return
					}
					continue
				}
				q = append(q, v)
			case sendCh <- head:
				q = q[1:]
				if len(q) == 0 && inCh == nil {
					close(out)
					return
				}
			}
		}
	}()
	go func() {
		for i := 1; i <= 1000; i++ {
			in <- i
		}
		close(in)
	}()
	sum, last, ordered := 0, 0, true
	for v := range out {
		if v != last+1 {
			ordered = false
		}
		last = v
		sum += v
	}
	fmt.Println(sum, last, ordered)
}
