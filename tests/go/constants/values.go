package main

import "fmt"

const big = 1 << 100
const third = 1 / 3.0

func main() {
	fmt.Println(big >> 98)
	fmt.Println(big / (1 << 90))
	fmt.Println(7 / 2, -7 / 2, 7 % -2, -7 % 2)
	fmt.Println(7.0 / 2)
	fmt.Println(third)
	fmt.Println(1e300 * 1e300 / 1e300)
	fmt.Println(^0, ^5, -5 &^ 3, -6 | 3, -6 & 3, -6 ^ 3)
	fmt.Println(-17 >> 2, -1 << 3)
	fmt.Println(uint8(200) + 55)
	fmt.Println('a' + 1)
	fmt.Println("go" + "pher")
	fmt.Println(1 < 2, "a" < "b", 1.5 == 3/2.0)
	fmt.Println(complex(1, 2) * 2i)
	fmt.Printf("%v %g\n", 0.1, 1e100)
	fmt.Println(1 << 62 * 3 / 6)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
	fmt.Println(uint64(18446744073709551615))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(10 / 4 * 4.0, 10 / 4.0 * 4)
}
