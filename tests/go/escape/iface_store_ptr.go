package main

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " woof" }

var zoo []Animal

func adopt(name string) {
	zoo = append(zoo, &Dog{name})
}

func main() {
	adopt("rex")
	for _, a := range zoo {
		println(a.Sound())
	}
}
