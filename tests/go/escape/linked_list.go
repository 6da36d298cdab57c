package main

type List struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Sum() int {
	s := 0
	for n := l.head; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func main() {
	var l List
	for i := 0; i < 4; i++ {
		l.Push(i)
	}
	println(l.Sum(), l.size)
}
