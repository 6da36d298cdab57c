// return_mismatch_type: returning a value of the wrong type.
package main

func name() string {
	n := 7
	return n
}

func main() { name() }
