// struct_arrays_of_structs: arrays and slices of structs, updating in place vs through copies.
package main

import "fmt"

type Item struct {
	Name  string
	Price int
	Qty   int
}

func total(items []Item) int {
	sum := 0
	for _, it := range items {
		sum += it.Price * it.Qty
	}
	return sum
}

func main() {
	var inv [3]Item
	inv[0] = Item{"pen", 2, 10}
	inv[1] = Item{"book", 15, 2}
	inv[2] = Item{Name: "bag", Price: 40}
	inv[2].Qty = 1
	fmt.Println(inv)
	fmt.Println(total(inv[:]))
	ptrs := []*Item{&inv[0], &inv[1]}
	for _, p := range ptrs {
		p.Price *= 2
	}
	fmt.Println(inv[0].Price, inv[1].Price, total(inv[:]))
	cheap := []Item{}
	for _, it := range inv {
		if it.Price < 30 {
			cheap = append(cheap, it)
		}
	}
	cheap[0].Name = "PEN"
	fmt.Println(cheap, inv[0].Name)
}
