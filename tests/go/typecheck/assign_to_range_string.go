// assign_to_range_string: string elements are not assignable and strings are immutable.
package main

func main() {
	s := "hello"
	for i := range s {
		s[i] = 'x'
	}
}
