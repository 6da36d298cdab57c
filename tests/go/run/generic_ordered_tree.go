// generic_ordered_tree: a generic binary search tree over cmp.Ordered keys, walked in order.
package main

import (
	"cmp"
	"fmt"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(*tnode[K, V])
	walk = func(n *tnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.k, n.v)
		walk(n.right)
	}
	walk(t.root)
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"pear", "apple", "fig", "apple", "kiwi"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Println(k, v) })
	fmt.Println(t.n)
	var f Tree[float64, bool]
	f.Put(2.5, true)
	f.Put(-1, false)
	f.Walk(func(k float64, v bool) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
}
