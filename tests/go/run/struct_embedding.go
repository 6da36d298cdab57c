// struct_embedding: promoted fields and methods, shadowing by the outer type, explicit access.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Sound(), p.Describe())
	fmt.Printf("%+v\n", d)
}
