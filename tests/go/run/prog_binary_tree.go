// prog_binary_tree: binary search tree insert, traversals, height, search and min/max.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) PreOrder(out []int) []int {
	if t == nil {
		return out
	}
	out = append(out, t.Val)
	out = t.Left.PreOrder(out)
	return t.Right.PreOrder(out)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(v int) bool {
	for t != nil {
		switch {
		case v == t.Val:
			return true
		case v < t.Val:
			t = t.Left
		default:
			t = t.Right
		}
	}
	return false
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var in []int
	root.InOrder(func(v int) { in = append(in, v) })
	fmt.Println("in-order:", in)
	fmt.Println("pre-order:", root.PreOrder(nil))
	fmt.Println("height:", root.Height())
	fmt.Println(root.Contains(45), root.Contains(55))
	levels := [][]int{}
	queue := []*Tree{root}
	for len(queue) > 0 {
		var level []int
		next := []*Tree{}
		for _, n := range queue {
			level = append(level, n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		levels = append(levels, level)
		queue = next
	}
	fmt.Println("levels:", levels)
}
