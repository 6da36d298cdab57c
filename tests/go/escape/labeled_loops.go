package main

var keep []*int

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := i * j
			if v > 2 {
				keep = append(keep, &v)
				continue outer
			}
		}
	}
	println(len(keep))
}
