// return_in_void: returning a value from a function without results.
package main

func f() {
	return 1
}

func main() { f() }
