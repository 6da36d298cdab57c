package main

type Node struct {
	next *Node
	v    int
}

func build(n int) *Node {
	if n == 0 {
		return nil
	}
	return &Node{next: build(n - 1), v: n}
}

func sum(l *Node) int {
	if l == nil {
		return 0
	}
	return l.v + sum(l.next)
}

func main() {
	println(sum(build(4)))
}
