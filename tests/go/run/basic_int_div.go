// basic_int_div: division truncates toward zero; remainder takes the dividend's sign.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {100, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var u uint = 17
	fmt.Println(u/5, u%5)
	var i8 int8 = -7
	var d8 int8 = 3
	fmt.Println(i8/d8, i8%d8)
	var ui8 uint8 = 250
	var du8 uint8 = 7
	fmt.Println(ui8/du8, ui8%du8)
}
