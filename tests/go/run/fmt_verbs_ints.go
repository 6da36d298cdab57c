// fmt_verbs_ints: integer verbs with widths, flags and bases.
package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b\n", 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("%d|%x|%5d|%05d\n", -42, -42, -42, -42)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%08b|%3c|%-4q|\n", 5, 'x', 'y')
	fmt.Printf("%d %d\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("% d|% d|%+d\n", 5, -5, 0)
	fmt.Printf("%x|% x|%X\n", []byte{1, 171, 255}, []byte{1, 171, 255}, "hi")
	fmt.Printf("%v|%d\n", []int{1, 2}, []int8{-1, 2})
	fmt.Printf("%6.3d|%.0d|\n", 7, 0)
}
