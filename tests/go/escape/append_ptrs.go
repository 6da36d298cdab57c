package main

func collect(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		v := i
		out = append(out, &v)
	}
	return out
}

func ints(s []int) []int {
	return append(s, 1)
}

func main() {
	println(len(collect(3)), len(ints(nil)))
}
