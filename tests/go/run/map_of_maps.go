// map_of_maps: nested maps need their inner map made before writing.
package main

import "fmt"

func add(g map[string]map[string]int, from, to string, w int) {
	inner, ok := g[from]
	if !ok {
		inner = map[string]int{}
		g[from] = inner
	}
	inner[to] = w
}

func main() {
	g := map[string]map[string]int{}
	add(g, "a", "b", 1)
	add(g, "a", "c", 4)
	add(g, "b", "c", 2)
	fmt.Println(g)
	fmt.Println(g["a"]["c"], g["x"]["y"], len(g["a"]))
	delete(g["a"], "b")
	fmt.Println(g, len(g))
}
