// strings_split_join: Split, SplitN, Fields, Join, and their edge cases.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,,b,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, "-"))
	fmt.Printf("%q\n", strings.SplitAfter("1.2.3", "."))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
}
