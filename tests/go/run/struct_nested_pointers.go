// struct_nested_pointers: linked structures through pointers; nil checks while walking.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	return prev
}

func show(head *Node) {
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}

func main() {
	var list *Node
	for i := 1; i <= 5; i++ {
		list = push(list, i)
	}
	show(list)
	list = reverse(list)
	show(list)
	fmt.Println(list.Next.Next.Val)
	var empty *Node
	show(reverse(empty))
}
