// strings_search: Contains, Index, LastIndex, IndexByte, HasPrefix/HasSuffix, Count, EqualFold.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the cat sat on the mat"
	fmt.Println(strings.Contains(s, "cat"), strings.Contains(s, "dog"), strings.Contains(s, ""))
	fmt.Println(strings.Index(s, "at"), strings.LastIndex(s, "at"), strings.Index(s, "zz"))
	fmt.Println(strings.IndexByte(s, 's'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "xyzo"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "mat"), strings.HasPrefix(s, "cat"))
	fmt.Println(strings.Count(s, "the"), strings.Count(s, "t"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"))
	fmt.Println(strings.ContainsRune(s, 'm'), strings.ContainsAny(s, "qz"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
