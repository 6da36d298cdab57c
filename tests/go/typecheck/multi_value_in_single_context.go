// multi_value_in_single_context: a two-result call used as a single value.
package main

import "strconv"

func main() {
	n := strconv.Atoi("1") + 1
	_ = n
}
