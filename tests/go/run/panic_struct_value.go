// panic_struct_value: a struct panic value (no Error/String) prints as (main.T) followed by an address.
package main

type Point struct{ X, Y int }

func main() {
	panic(Point{1, 2})
}
