// range_non_iterable: ranging over a value that cannot be ranged over, and too many variables.
package main

func main() {
	f := 1.5
	for range f {
	}
	ch := make(chan int)
	for i, v := range ch {
		_, _ = i, v
	}
}
