// roundupsize.go shows, through append, what size of memory block Go 1.23 hands out
// for a request of n bytes: appending n elements to a nil slice asks growslice for
// exactly n elements, which it rounds up with roundupsize (size class or page).
//
// Lines "noscan FIRST LAST BLOCK": every request size FIRST..LAST (bytes) gets a
// block of BLOCK usable bytes. noscan=1 uses []byte; noscan=0 uses []*int (sizes
// are multiples of 8, and objects over 512 bytes carry an 8-byte malloc header).
// Generated with real Go 1.23 into roundupsize.want; checked by
// tests/unit/runtime/sizeclasses_test.cpp.
//
// Regenerate (Go 1.23, amd64) from this directory: go run roundupsize.go > roundupsize.want
package main

import "fmt"

func main() {
	limit := 70000
	first, last, block := 1, 1, -1
	for n := 1; n <= limit; n++ {
		b := cap(append([]byte(nil), make([]byte, n)...))
		if b != block {
			if block >= 0 {
				fmt.Println(1, first, last, block)
			}
			first, block = n, b
		}
		last = n
	}
	fmt.Println(1, first, last, block)

	first, last, block = 8, 8, -1
	for n := 1; n*8 <= limit; n++ {
		b := 8 * cap(append([]*int(nil), make([]*int, n)...))
		if b != block {
			if block >= 0 {
				fmt.Println(0, first, last, block)
			}
			first, block = n*8, b
		}
		last = n * 8
	}
	fmt.Println(0, first, last, block)
}
