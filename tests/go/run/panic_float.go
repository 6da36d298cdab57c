// panic_float: a float64 panic value is printed in the runtime print format (+1.500000e+000).
package main

func main() {
	panic(1.5)
}
