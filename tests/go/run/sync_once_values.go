// sync_once_values: sync.OnceValue and OnceValues: one call shared by every caller
// (including concurrent ones), and a panic replayed on every call.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	calls := 0
	v := sync.OnceValue(func() string {
		calls++
		return fmt.Sprint("value#", calls)
	})
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = v()
		}()
	}
	wg.Wait()
	fmt.Println(results, calls)
	pair := sync.OnceValues(func() (int, error) {
		calls++
		return 7, errors.New("seven")
	})
	n, err := pair()
	n2, err2 := pair()
	fmt.Println(n, err, n2, err2 == err, calls)
	bad := sync.OnceValue(func() int { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			fmt.Println(bad())
		}()
	}
	f := sync.OnceFunc(func() { fmt.Println("once func") })
	f()
	f()
}
