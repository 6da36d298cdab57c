// strings_reverse_palindrome: reversing by runes, palindromes, and anagram checks.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' {
			clean = append(clean, c)
		}
	}
	return string(clean) == reverse(string(clean))
}

func sortedLetters(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "racecar", ""} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	fmt.Println(sortedLetters("listen") == sortedLetters("silent"), sortedLetters("listen"))
}
