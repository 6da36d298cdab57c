// Select over 4 channels: four producers each send 100,000 ints on their own buffered
// channel; one consumer selects over the four until all are closed.
package main

import "fmt"

func main() {
	const per = 100000
	var chans [4]chan int
	for k := range chans {
		chans[k] = make(chan int, 16)
		go func(c chan int, k int) {
			for i := 0; i < per; i++ {
				c <- k
			}
			close(c)
		}(chans[k], k)
	}
	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	var counts [4]int
	for open := 4; open > 0; {
		select {
		case v, ok := <-a:
			if !ok {
				a, open = nil, open-1
				continue
			}
			counts[v]++
		case v, ok := <-b:
			if !ok {
				b, open = nil, open-1
				continue
			}
			counts[v]++
		case v, ok := <-c:
			if !ok {
				c, open = nil, open-1
				continue
			}
			counts[v]++
		case v, ok := <-d:
			if !ok {
				d, open = nil, open-1
				continue
			}
			counts[v]++
		}
	}
	fmt.Println(counts)
}
