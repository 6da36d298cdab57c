// slice_copy: copy returns the count copied, handles overlap, and copies from a string.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src[0], clone[0])
}
