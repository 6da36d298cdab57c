// ctrl_labels: labelled break and continue out of nested loops, switch and select.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i > 3:
			break loop
		}
		fmt.Println("i", i)
	}
	found := -1
search:
	for r, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = r
				break search
			}
		}
	}
	fmt.Println("found", found)
}
