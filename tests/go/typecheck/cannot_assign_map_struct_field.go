// cannot_assign_map_struct_field: assigning to a field of a struct stored in a map.
package main

type P struct{ x int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].x = 2
}
