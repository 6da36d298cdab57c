// caps.go prints the capacity append chooses when a slice must grow, for element
// sizes 1..64 bytes, with and without pointers (Go 1.23 rounds scan objects over
// 512 bytes differently: they carry an 8-byte malloc header).
//
// Each line: elem_size noscan old_cap needed_len new_cap
// (needed_len = old_cap + number of elements appended at once).
// Generated with real Go 1.23 into caps.want; tests/unit/runtime/growslice_test.cpp
// checks gs::mem::new_cap against every line.
//
// Regenerate (Go 1.23, amd64) from this directory: go run caps.go > caps.want
package main

import (
	"fmt"
	"unsafe"
)

type scan16 struct {
	p *int
	x uint32
}

type scan40 struct {
	p *int
	a [4]int64
}

var olds = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128,
	129, 200, 255, 256, 257, 300, 341, 400, 511, 512, 513, 600, 700, 800, 1000, 1023, 1024,
	1025, 1500, 2000, 2047, 2048, 2049, 3000, 4096, 5000, 8191, 8192, 10000, 20000, 50000, 100000}

var adds = []int{1, 2, 3, 5, 7, 10, 17, 33, 64, 100, 257, 1000, 5000}

func probe[T any](noscan int) {
	var zero T
	esize := unsafe.Sizeof(zero)
	// Bulk appends from a full slice of each old capacity.
	for _, old := range olds {
		for _, add := range adds {
			s := make([]T, old)
			s = append(s, make([]T, add)...)
			fmt.Println(esize, noscan, old, old+add, cap(s))
		}
	}
	// One element at a time from nil: every growth step.
	var s []T
	for i := 0; i < 20000; i++ {
		before := cap(s)
		s = append(s, zero)
		if cap(s) != before {
			fmt.Println(esize, noscan, before, len(s), cap(s))
		}
	}
}

func main() {
	probe[uint8](1)
	probe[uint16](1)
	probe[uint32](1)
	probe[[3]uint32](1)
	probe[uint64](1)
	probe[[2]uint64](1)
	probe[[3]uint64](1)
	probe[[4]uint64](1)
	probe[[5]uint64](1)
	probe[[8]uint64](1)
	probe[*int](0)
	probe[scan16](0)
	probe[string](0)
	probe[[]int](0)
	probe[[4]*int](0)
	probe[scan40](0)
	probe[[8]*int](0)
}
