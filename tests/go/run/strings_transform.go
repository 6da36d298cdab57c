// strings_transform: Replace/ReplaceAll, ToUpper/ToLower, Trim family, Repeat, Map.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.ToUpper("Hello, Wörld"), strings.ToLower("ÀBC"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q\n", strings.TrimRight("aabbcc", "bc"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "x"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), len(strings.Repeat("x", 0)))
	rot13 := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "hello world"))
	fmt.Println(strings.Title("x") == "X")
}
