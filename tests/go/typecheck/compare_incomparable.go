// compare_incomparable: comparing slices, maps and funcs (only to nil).
package main

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2
	f := func() {}
	_ = f == f
	type S struct{ s []int }
	_ = S{} == S{}
}
