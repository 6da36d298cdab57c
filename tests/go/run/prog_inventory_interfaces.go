// prog_inventory_interfaces: a small shop with interfaces, embedding, errors and sorted reports.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Priced interface {
	Price() float64
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Book struct {
	Base
	pages int
}

func (b Book) Price() float64 { return 5 + float64(b.pages)*0.02 }

type Gadget struct {
	Base
	watts int
}

func (g Gadget) Price() float64 { return 20 + float64(g.watts)*0.5 }

var ErrOutOfStock = errors.New("out of stock")

type Store struct{ stock map[string]int }

func (s *Store) Buy(p Priced, qty int) (float64, error) {
	have := s.stock[p.Name()]
	if have < qty {
		return 0, fmt.Errorf("buy %d x %s (have %d): %w", qty, p.Name(), have, ErrOutOfStock)
	}
	s.stock[p.Name()] = have - qty
	return p.Price() * float64(qty), nil
}

func main() {
	items := []Priced{Book{Base{"go-book"}, 300}, Gadget{Base{"lamp"}, 40}, Book{Base{"zine"}, 20}}
	sort.Slice(items, func(i, j int) bool { return items[i].Price() < items[j].Price() })
	for _, it := range items {
		fmt.Printf("%-8s %6.2f %T\n", it.Name(), it.Price(), it)
	}
	st := &Store{stock: map[string]int{"go-book": 2, "lamp": 1}}
	total := 0.0
	for _, order := range []struct {
		item Priced
		qty  int
	}{{items[2], 1}, {items[1], 2}, {items[1], 1}, {items[0], 1}} {
		cost, err := st.Buy(order.item, order.qty)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrOutOfStock))
			continue
		}
		total += cost
		fmt.Printf("bought %s: %.2f\n", order.item.Name(), cost)
	}
	fmt.Printf("total %.2f, stock %v\n", total, st.stock)
}
