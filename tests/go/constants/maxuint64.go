package main

import "math"

func main() {
	var x uint64 = math.MaxUint64 + 1
	_ = x
}
