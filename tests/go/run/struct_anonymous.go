// struct_anonymous: anonymous struct types, literals, comparison and conversion between identical types.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg, cfg.Host, cfg.Port)
	fmt.Printf("%+v\n", cfg)
	tests := []struct {
		in   int
		want int
	}{{1, 2}, {5, 10}}
	for _, tc := range tests {
		fmt.Println(tc.in, tc.want, tc.in*2 == tc.want)
	}
	anon := struct{ X, Y int }{3, 4}
	p := Pt(anon)
	fmt.Println(p, anon == struct{ X, Y int }{3, 4})
	var empty struct{}
	fmt.Println(empty)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, ok := set["a"]
	fmt.Println(len(set), ok)
}
