// strings_fields_func: FieldsFunc, IndexFunc, TrimFunc, Title-free capitalisation and ContainsFunc.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	parts := strings.FieldsFunc("a1b22c333;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' })
	fmt.Printf("%q\n", parts)
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper), strings.LastIndexFunc("abc123", unicode.IsLetter))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	words := strings.Fields("the go programming language")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsDigit), strings.ContainsFunc("ab1", unicode.IsDigit))
	fmt.Println(strings.ToTitle("go"), strings.Count("cheese", "e"))
}
