// func_named_results: named results start at zero, bare return, shadowing within the body.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, ok bool) {
	return
}

func override() (n int) {
	n = 5
	return 7
}

func counted(words []string) (count int, longest string) {
	for _, w := range words {
		count++
		if len(w) > len(longest) {
			longest = w
		}
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(override())
	fmt.Println(counted([]string{"go", "gopher", "run"}))
}
