// too_many_return_values: return with more values than results.
package main

func one() int {
	return 1, 2
}

func main() { one() }
