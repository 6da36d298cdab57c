// A goroutine blocked in a system call gives up its P: with GOMAXPROCS=1, main keeps
// computing while the sleeper is inside syscall.Nanosleep (sysmon hands the P in
// _Psyscall to another thread), and the sleeper gets a P back when it returns.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"syscall"
)

func main() {
	runtime.GOMAXPROCS(1)
	var work atomic.Int64
	var sleepsWithProgress atomic.Int32
	done := make(chan bool)
	go func() {
		ts := syscall.NsecToTimespec(50_000_000)
		for i := 0; i < 3; i++ {
			before := work.Load()
			err := syscall.Nanosleep(&ts, nil)
			if work.Load() > before {
				sleepsWithProgress.Add(1)
			}
			fmt.Println("sleep", i, "err:", err)
		}
		done <- true
	}()
	runtime.Gosched() // the sleeper runs first and enters its system call
	for {
		select {
		case <-done:
			// Go retakes the P after one or two sysmon ticks (up to ~20 ms when sysmon
			// has backed off), so main runs during most sleeps; not always during each.
			fmt.Println("main computed while the sleeper slept:", sleepsWithProgress.Load() > 0)
			ts := syscall.NsecToTimespec(-1)
			fmt.Println(ts.Sec, ts.Nsec, ts.Nano())
			bad := syscall.Timespec{Sec: 0, Nsec: 2_000_000_000}
			fmt.Println("bad nsec:", syscall.Nanosleep(&bad, nil))
			fmt.Println("nil time:", syscall.Nanosleep(nil, nil))
			var e error = syscall.EINTR
			fmt.Println(e, syscall.Errno(200))
			fmt.Println("pid > 0:", syscall.Getpid() > 0)
			return
		default:
		}
		work.Add(1)
	}
}
