// fmt_unicode_width: widths count runes, not bytes; precision truncates by runes.
package main

import "fmt"

func main() {
	for _, s := range []string{"go", "héllo", "世界", "🙂"} {
		fmt.Printf("[%6s][%-6s][%.1s][%q]\n", s, s, s, s)
	}
	fmt.Printf("[%5c][%-3c]\n", '世', 'é')
	fmt.Printf("[%8q]\n", "é")
	fmt.Printf("[%x][% X]\n", "世", "é")
}
