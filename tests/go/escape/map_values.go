package main

type P struct{ x, y int }

func main() {
	m := make(map[string]*P)
	m["a"] = &P{1, 2}
	for k, v := range m {
		println(k, v.x)
	}
}
