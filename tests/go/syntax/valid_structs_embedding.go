package main

import (
	"fmt"
	"sort"
	"sync"
)

type Animal struct {
	Name string `json:"name" xml:"n"`
	Legs int    `json:"legs,omitempty"`
}

type Dog struct {
	Animal
	*sync.Mutex
	Tricks []string
}

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name < a[j].Name }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func (d *Dog) Learn(t string) {
	d.Lock()
	defer d.Unlock()
	d.Tricks = append(d.Tricks, t)
}

func main() {
	d := &Dog{Animal: Animal{"Rex", 4}, Mutex: &sync.Mutex{}}
	d.Learn("sit")
	zoo := byName{{"b", 2}, {Name: "a"}}
	sort.Sort(zoo)
	arr := [...]string{2: "c", 0: "a"}
	fn := func(xs ...int) int { return len(xs) }
	var ch chan<- int
	var rch <-chan int
	var cc chan (<-chan int)
	fmt.Println(d.Name, d.Tricks, zoo, arr, fn(1, 2), ch == nil, rch == nil, cc == nil)
}
