// A stopped timer does not keep a blocked program alive: deadlock is still reported (exit 2).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	var ch chan int
	<-ch
}
