package main

func main() {
	m := map[string]*int{}
	x := 1
	m["a"] = &x
	k := "key"
	m[k] = nil
	println(len(m))
}
