// prog_word_frequency: normalises text, counts words, prints the top 5 by count then word.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	text := `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.`
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	type entry struct {
		word  string
		count int
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total words:", len(words), "distinct:", len(freq))
	for _, e := range entries[:5] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
}
