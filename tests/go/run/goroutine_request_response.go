// goroutine_request_response: requests carry their own reply channel (channel of channels).
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(i, <-reply)
	}
	close(reqs)
	var chs []chan string
	for i := range 3 {
		ch := make(chan string, 1)
		chs = append(chs, ch)
		go func() { ch <- fmt.Sprint("worker ", i) }()
	}
	for _, ch := range chs {
		fmt.Println(<-ch)
	}
}
