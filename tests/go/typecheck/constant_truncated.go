// constant_truncated: a non-integer constant converted or assigned to an integer type.
package main

func main() {
	var n int = 2.5
	m := int(3.7)
	_, _ = n, m
}
