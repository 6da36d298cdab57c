// map_keys_types: keys of many comparable types: ints, floats (NaN!), bools, interfaces, pointers-free.
package main

import (
	"fmt"
	"math"
)

func main() {
	fm := map[float64]int{}
	fm[1.5] = 1
	fm[math.NaN()] = 2
	fm[math.NaN()] = 3
	fmt.Println(len(fm), fm[1.5])
	_, ok := fm[math.NaN()]
	fmt.Println(ok)
	fm[0.0] = 4
	fm[math.Copysign(0, -1)] = 5
	fmt.Println(fm[0.0], len(fm))
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm[1 < 2], bm)
	im := map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4}
	fmt.Println(len(im), im[1], im["1"], im[1.0], im[int8(1)])
	rm := map[rune]int{'a': 1, 'b': 2}
	fmt.Println(rm)
}
