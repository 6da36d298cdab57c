// struct_basics: struct literals (keyed, positional, partial), field access and pointers to structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var r Point
	fmt.Println(p, q, r)
	p.X = 10
	fmt.Println(p.X, p.Y)
	pp := &p
	pp.Y = 20
	fmt.Println(p, *pp)
	np := new(Point)
	np.X = 3
	fmt.Println(*np)
	bob := Person{Name: "Bob", Age: 30}
	bob.Tags = append(bob.Tags, "admin")
	fmt.Println(bob)
	fmt.Printf("%v %+v\n", bob, bob)
	people := []Person{{"Ann", 25, nil}, {Name: "Cid"}}
	people[1].Age = 40
	fmt.Println(people)
}
