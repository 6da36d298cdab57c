// cannot_assign: assignment to non-addressable values: constants, call results, string bytes.
package main

const k = 1

func f() int { return 1 }

func main() {
	k = 2
	f() = 3
	s := "abc"
	s[0] = 'x'
}
