// basic_string_range: for range over a string yields byte offsets and runes (RuneError on bad bytes).
package main

import "fmt"

func main() {
	for i, c := range "aé世🙂z" {
		fmt.Println(i, c, string(c))
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, c := range "a\xffb\xe4\xb8" {
		fmt.Println(i, c)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
}
