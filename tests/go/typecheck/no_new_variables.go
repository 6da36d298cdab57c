// no_new_variables: := with no new variable on the left side.
package main

func main() {
	a, b := 1, 2
	a, b := 3, 4
	_, _ = a, b
}
