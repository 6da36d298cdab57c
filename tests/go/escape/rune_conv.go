package main

var sink string

func main() {
	r := 'x'
	sink = string(r)
	rs := []rune("héllo")
	println(len(rs), sink)
}
