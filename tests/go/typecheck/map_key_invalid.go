// map_key_invalid: map keys must be comparable.
package main

func main() {
	m := map[[]int]string{}
	_ = m
}
