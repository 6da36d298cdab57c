// panic_stringer: a panic value implementing fmt.Stringer (not error) is printed via String().
package main

type Color int

func (c Color) String() string { return "color-" + string(rune('0'+int(c))) }

func main() {
	panic(Color(3))
}
