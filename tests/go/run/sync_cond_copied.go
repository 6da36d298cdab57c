// sync_cond_copied: using a copy of a Cond that has been used panics with
// "sync.Cond is copied".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("original is fine")
	d := *c
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Signal()
}
