// slice_append_growth_sizes: capacity sequences for 1-, 2-, 4-, 12-, 16-, 24- and 40-byte elements.
package main

import "fmt"

type e12 struct{ a, b, c int32 }
type e24 struct{ a, b, c int64 }
type e40 struct{ a, b, c, d, e int64 }

func main() {
	var b []byte
	var s16 []int16
	var s32 []int32
	var s12 []e12
	var s16b []string
	var s24 []e24
	var s40 []e40
	var caps [7][]int
	for i := 0; i < 600; i++ {
		old := [7]int{cap(b), cap(s16), cap(s32), cap(s12), cap(s16b), cap(s24), cap(s40)}
		b = append(b, 1)
		s16 = append(s16, 1)
		s32 = append(s32, 1)
		s12 = append(s12, e12{})
		s16b = append(s16b, "")
		s24 = append(s24, e24{})
		s40 = append(s40, e40{})
		now := [7]int{cap(b), cap(s16), cap(s32), cap(s12), cap(s16b), cap(s24), cap(s40)}
		for k := range 7 {
			if now[k] != old[k] {
				caps[k] = append(caps[k], now[k])
			}
		}
	}
	names := []string{"byte", "int16", "int32", "e12", "string", "e24", "e40"}
	for k, n := range names {
		fmt.Println(n, caps[k])
	}
	x := append([]byte(nil), make([]byte, 5)...)
	y := append([]int(nil), 1, 2, 3)
	z := append(make([]int, 3, 3), 4, 5, 6, 7)
	fmt.Println(cap(x), cap(y), cap(z))
}
