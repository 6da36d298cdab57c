// append: growing slices by append, ten million elements in all.
package main

import "fmt"

func main() {
	total := 0
	for r := 0; r < 10; r++ {
		var s []int
		for i := 0; i < 1000000; i++ {
			s = append(s, i)
		}
		total += len(s) + cap(s)
	}
	fmt.Println(total)
}
