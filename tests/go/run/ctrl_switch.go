// ctrl_switch: tag switch, lists of cases, tagless switch, init statements and default placement.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "consonant"
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for _, c := range []byte("hi you") {
		fmt.Println(string(c), kind(c))
	}
	for _, n := range []int{95, 85, 10} {
		fmt.Println(n, grade(n))
	}
	switch x := 5; {
	default:
		fmt.Println("default first, x =", x)
	case x > 10:
		fmt.Println("big")
	}
	switch y := 2; y * 2 {
	case 1, 2, 3:
		fmt.Println("small")
	case 4:
		fmt.Println("four")
	}
	switch {
	}
	fmt.Println("done")
}
