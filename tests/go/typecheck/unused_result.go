// unused_result: expression statements whose values are not used.
package main

func f() int { return 1 }

func main() {
	f()
	1 + 2
	x := 3
	x == 4
	len("abc")
}
