package main

var counts = map[interface{}]int{}

func main() {
	k := "key"
	counts[k]++
	n := 7
	counts[n] = 1
	println(len(counts))
}
