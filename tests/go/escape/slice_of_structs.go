package main

type Item struct {
	name string
	n    int
}

func total(items []Item) int {
	t := 0
	for i := range items {
		t += items[i].n
	}
	return t
}

func main() {
	items := make([]Item, 0, 4)
	items = append(items, Item{"a", 1}, Item{"b", 2})
	println(total(items))
}
