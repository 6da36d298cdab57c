package main

import "fmt"

const n = 1000
const m int = 7
const greeting = "hello"

type Celsius int
type Name string

func main() {
	var a uint64 = 5
	fmt.Println(a >= n, n, m, a+n, m*2)
	x := 3
	fmt.Println(x+m, x > n, x<<2, 1<<x)
	var c Celsius = 20
	fmt.Println(c+n, c > 30)
	var s Name = "bob"
	fmt.Println(s+greeting, greeting+"!", len(greeting))
	r := 'a'
	fmt.Println(r == 'b', r+1, true && x > 0)
}
