// non_bool_condition: if and for conditions that are not booleans.
package main

func main() {
	n := 1
	if n {
	}
	for n {
	}
}
