// select chooses uniformly among ready cases: 10000 selects on two always-ready channels.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	ca, cb := 0, 0
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			ca++
			<-b
		case <-b:
			cb++
			<-a
		}
	}
	fmt.Println("total", ca+cb)
	fmt.Println("a > 4000:", ca > 4000, "b > 4000:", cb > 4000)
	closed := make(chan int)
	close(closed)
	c1, c2, c3 := 0, 0, 0
	for i := 0; i < 9000; i++ {
		select {
		case <-closed:
			c1++
		case <-closed:
			c2++
		case <-closed:
			c3++
		}
	}
	fmt.Println("three closed cases each > 2500:", c1 > 2500, c2 > 2500, c3 > 2500)
	s1, s2 := 0, 0
	out := make(chan int, 1)
	for i := 0; i < 10000; i++ {
		select {
		case out <- 1:
			s1++
		case out <- 2:
			s2++
		}
		<-out
	}
	fmt.Println("send cases > 4000:", s1 > 4000, s2 > 4000)
}
