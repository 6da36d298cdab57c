// complex_map_keys: complex map keys: +0 and -0 parts are the same key, NaN parts never match
// (each insert is a new entry), and complex64 keys, switch on complex values.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[complex128]int{}
	negz := math.Copysign(0, -1)
	m[complex(0, 0)] = 1
	m[complex(negz, 0)]++
	m[complex(0, negz)]++
	m[complex(negz, negz)]++
	fmt.Println(len(m), m[0])
	nan := math.NaN()
	m[complex(nan, 1)] = 5
	m[complex(nan, 1)] = 6
	m[complex(1, nan)] = 7
	fmt.Println(len(m))
	_, ok := m[complex(nan, 1)]
	fmt.Println(ok)
	delete(m, complex(nan, 1))
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan entries sum", sum)
	m64 := map[complex64]string{1 + 2i: "a", 3: "b", -1i: "c"}
	m64[complex(1, 2)] += "!"
	var keys []string
	for k, v := range m64 {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	type pair struct {
		z complex128
		s string
	}
	ps := map[pair]bool{{1i, "x"}: true}
	fmt.Println(ps[pair{complex(0, 1), "x"}], ps[pair{complex(negz, 1), "x"}], ps[pair{1, "x"}])
	var ik map[any]int = map[any]int{}
	ik[1i] = 1
	ik[complex64(1i)] = 2
	ik[complex(negz, 1)] = 3
	fmt.Println(len(ik), ik[1i], ik[complex64(1i)])
	for _, z := range []complex128{0, 1i, 2, complex(negz, 0)} {
		switch z {
		case 0:
			fmt.Println("zero", z)
		case 1i:
			fmt.Println("i")
		default:
			fmt.Println("other", z)
		}
	}
}
