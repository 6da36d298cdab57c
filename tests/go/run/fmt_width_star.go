// fmt_width_star: width and precision from arguments with *, including negative width.
package main

import "fmt"

func main() {
	fmt.Printf("|%*d|\n", 6, 42)
	fmt.Printf("|%-*d|\n", 6, 42)
	fmt.Printf("|%*d|\n", -6, 42)
	fmt.Printf("|%.*f|\n", 2, 3.14159)
	fmt.Printf("|%*.*f|\n", 10, 3, 3.14159)
	fmt.Printf("|%*s|%-*s|\n", 5, "ab", 5, "cd")
	fmt.Printf("|%.*s|\n", 2, "abcdef")
	for w := 1; w <= 4; w++ {
		fmt.Printf("[%*d]", w, w)
	}
	fmt.Println()
	fmt.Printf("|%*d|\n", "x", 5)
}
