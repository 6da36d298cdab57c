// println_ints_strings: builtin print/println of ints, bools, strings, runes, nil and spacing rules.
package main

func main() {
	println(1, -2, 3)
	println("hello", "world")
	println(true, false)
	println('a', byte(200), int8(-5), uint64(18446744073709551615))
	print("print ", "adds ", "no newline or spaces", 1, 2, "\n")
	print(1, 2, 3, "\n")
	println()
	println("")
	var s []int
	println(s == nil, len(s))
	println("embedded\nnewline")
}
