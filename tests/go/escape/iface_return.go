package main

type Stringer interface{ String() string }

type Name struct{ first, last string }

func (n Name) String() string { return n.first + " " + n.last }

func make1() Stringer {
	return Name{"a", "b"}
}

func main() {
	println(make1().String())
}
