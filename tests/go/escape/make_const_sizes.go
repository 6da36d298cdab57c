package main

import "fmt"

const K = 1024

func main() {
	a := make([]byte, 64*1024)
	b := make([]byte, 64*K+1)
	c := make([]int, 2*4, 4*K/8)
	d := make([]int, 3, 10)
	a[0], b[0], c[0], d[0] = 1, 2, 3, 4
	fmt.Println(len(a), len(b), len(c), cap(c), len(d), cap(d), a[0]+b[0], c[0]+d[0])
}
