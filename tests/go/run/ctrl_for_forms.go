// ctrl_for_forms: three-clause for, condition-only for, infinite for with break, continue.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n", n)
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println("count", count)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
	var k int
	for k = 0; k < 3; k++ {
	}
	fmt.Println("k", k)
}
