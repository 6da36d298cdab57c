package main

var sink []*int

func main() {
	vals := []int{1, 2, 3}
	for _, v := range vals {
		sink = append(sink, &v)
	}
	println(len(sink))
}
