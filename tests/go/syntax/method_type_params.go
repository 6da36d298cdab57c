package main

type Box[T any] struct{ v T }

func (b Box[T]) Get[U any]() T {
	return b.v
}

func main() {
}
