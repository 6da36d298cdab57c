// sched_stress_select_close: 1,000 goroutines hammer 10 channels with select (send, receive, default) while the channels are closed under them; every value is accounted for and the only panics are the expected, recovered ones.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

const (
	nchans    = 10
	senders   = 500
	receivers = 500
	perSender = 100
)

var (
	sentCount, sentSum, rejected, badPanics int64
	recvCount, recvSum                      int64
)

// trySend offers v on a or b (blocking, or with default and a retry when nonblocking).
// It reports false when the select panicked because one of the channels was closed.
func trySend(a, b chan int, v int, nonblocking bool) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if err, isErr := r.(error); !isErr || err.Error() != "send on closed channel" {
				atomic.AddInt64(&badPanics, 1)
			}
			ok = false
		}
	}()
	for {
		if nonblocking {
			select {
			case a <- v:
				return true
			case b <- v:
				return true
			default:
				runtime.Gosched()
			}
		} else {
			select {
			case a <- v:
				return true
			case b <- v:
				return true
			}
		}
	}
}

func receive(a, b chan int, nonblocking bool) {
	for a != nil || b != nil {
		var v int
		var ok bool
		if nonblocking {
			select {
			case v, ok = <-a:
				if !ok {
					a = nil
					continue
				}
			case v, ok = <-b:
				if !ok {
					b = nil
					continue
				}
			default:
				runtime.Gosched()
				continue
			}
		} else {
			select {
			case v, ok = <-a:
				if !ok {
					a = nil
					continue
				}
			case v, ok = <-b:
				if !ok {
					b = nil
					continue
				}
			}
		}
		atomic.AddInt64(&recvCount, 1)
		atomic.AddInt64(&recvSum, int64(v))
	}
}

func mustPanic(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return "no panic"
}

func main() {
	chans := make([]chan int, nchans)
	for k := range chans {
		chans[k] = make(chan int, k%4*3) // capacities 0, 3, 6, 9, 0, 3, ...
	}
	var sendWG, recvWG sync.WaitGroup
	for j := 0; j < receivers; j++ {
		recvWG.Add(1)
		go func(j int) {
			defer recvWG.Done()
			receive(chans[j%nchans], chans[(j*7+3)%nchans], j%2 == 0)
		}(j)
	}
	for i := 0; i < senders; i++ {
		sendWG.Add(1)
		go func(i int) {
			defer sendWG.Done()
			a, b := chans[i%nchans], chans[(i*3+1)%nchans]
			for k := 0; k < perSender; k++ {
				v := i*perSender + k + 1
				if trySend(a, b, v, (i+k)%3 == 0) {
					atomic.AddInt64(&sentCount, 1)
					atomic.AddInt64(&sentSum, int64(v))
				} else {
					atomic.AddInt64(&rejected, 1)
				}
			}
		}(i)
	}
	// Close the channels one by one while the senders run: channel k once 3,750·(k+1)
	// values have gone through (or once every sender has finished).
	var sendersDone int32
	go func() {
		sendWG.Wait()
		atomic.StoreInt32(&sendersDone, 1)
	}()
	for k := 0; k < nchans; k++ {
		for atomic.LoadInt64(&sentCount) < int64(3750*(k+1)) && atomic.LoadInt32(&sendersDone) == 0 {
			runtime.Gosched()
		}
		close(chans[k])
	}
	sendWG.Wait()
	recvWG.Wait()

	total := senders * perSender
	fmt.Println("values offered:", total)
	fmt.Println("sent + rejected == offered:", sentCount+rejected == int64(total))
	fmt.Println("received == sent:", recvCount == sentCount, recvSum == sentSum)
	fmt.Println("unexpected panics:", badPanics)
	fmt.Println(mustPanic(func() { close(chans[3]) }))
	fmt.Println(mustPanic(func() { chans[5] <- 1 }))
	var nilch chan int
	fmt.Println(mustPanic(func() { close(nilch) }))
	v, ok := <-chans[0]
	fmt.Println("receive from closed:", v, ok)
}
