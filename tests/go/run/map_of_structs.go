// map_of_structs: struct values must be copied out, changed and stored back; pointer values mutate.
package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	byID := map[int]Account{1: {"ann", 100}, 2: {"bob", 50}}
	a := byID[1]
	a.Balance += 25
	fmt.Println(byID[1].Balance)
	byID[1] = a
	fmt.Println(byID[1].Balance)
	ptrs := map[string]*Account{"c": {"cat", 10}}
	ptrs["c"].Balance *= 3
	fmt.Println(*ptrs["c"])
	ids := []int{}
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%d %+v\n", id, byID[id])
	}
	fmt.Println(byID)
}
