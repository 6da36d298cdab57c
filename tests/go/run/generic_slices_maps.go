// generic_slices_maps: the Go-bodied slices and maps packages (generic std functions):
// sorting with equal keys (same order as Go's pdqsort), stable sort, searching, editing.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type Names []string

func main() {
	people := []Person{}
	for i := 0; i < 40; i++ {
		people = append(people, Person{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	byAge := slices.Clone(people)
	slices.SortFunc(byAge, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(byAge[:12])
	stable := slices.Clone(people)
	slices.SortStableFunc(stable, func(a, b Person) int { return b.Age - a.Age })
	fmt.Println(stable[:12])
	fmt.Println(slices.IsSortedFunc(byAge, func(a, b Person) int { return a.Age - b.Age }))

	big := make([]int, 300)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[:10], big[290:])
	fl := []float64{3, math.NaN(), -1, 2.5, math.Inf(-1)}
	slices.Sort(fl)
	fmt.Println(fl, slices.Max([]float64{1, 5, 2}), slices.Min([]string{"b", "a"}))
	i, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, found)
	j, ok := slices.BinarySearchFunc(byAge, 3, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(j, ok)

	n := Names{"b", "a", "c", "a"}
	slices.Sort(n)
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(slices.Index(n, "c"), slices.Contains(n, "z"), slices.IndexFunc(n, func(s string) bool { return s > "a" }))
	fmt.Println(slices.Compact(n), slices.Equal(n, Names{"a", "a", "b", "c"}), slices.Compare([]int{1, 2}, []int{1, 3}))
	s := []int{0, 1, 2, 3, 4, 5}
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	s = slices.Insert(s, 1, 10, 11)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(v int) bool { return v%2 == 1 })
	fmt.Println(s, slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"x"}, 3))
	slices.Reverse(s)
	fmt.Println(s, slices.ContainsFunc(s, func(v int) bool { return v > 9 }))
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return strings.Compare(a.Name, b.Name) }))

	m := map[string]int{"a": 1, "b": 2}
	c := maps.Clone(m)
	c["c"] = 3
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 2 })
	fmt.Println(maps.Equal(m, c), maps.EqualFunc(m, c, func(x, y int) bool { return x == y }))
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	keys := make([]string, 0, len(dst))
	for k := range dst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, maps.Clone(map[int]int(nil)) == nil)
}
