// invalid_recursive_type: a struct containing itself by value.
package main

type Node struct {
	val  int
	next Node
}

func main() {
	var n Node
	_ = n
}
