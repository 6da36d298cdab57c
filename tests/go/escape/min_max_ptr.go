package main

func longest(a, b string) string {
	return max(a, b)
}

func main() {
	println(longest("ab", "abc"), min(3, 1))
}
