package main

func main() {
	var x float64 = 1e300 * 1e300
	_ = x
}
