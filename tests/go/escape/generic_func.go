package main

func First[T any](s []T) T {
	return s[0]
}

func Ptr[T any](v T) *T {
	return &v
}

func main() {
	println(First([]int{1, 2}), *Ptr(3))
}
