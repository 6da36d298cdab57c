package main

func each(s []int, f func(int)) {
	for _, v := range s {
		f(v)
	}
}

var hook func()

func main() {
	total := 0
	each([]int{1, 2}, func(v int) { total += v })
	hook = func() { println("hook") }
	hook()
	println(total)
}
