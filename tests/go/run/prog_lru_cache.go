// prog_lru_cache: an LRU cache built from a map and a doubly linked list.
package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[int]*entry
	head, tail *entry
}

func NewLRU(capacity int) *LRU {
	head, tail := &entry{}, &entry{}
	head.next, tail.prev = tail, head
	return &LRU{cap: capacity, items: map[int]*entry{}, head: head, tail: tail}
}

func (c *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (c *LRU) pushFront(e *entry) {
	e.prev, e.next = c.head, c.head.next
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(k int) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.items, lru.key)
		fmt.Println("evict", lru.key)
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.head.next; e != c.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%d:%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(2)
	c.Put(1, 1)
	c.Put(2, 2)
	fmt.Println(c.Get(1))
	c.Put(3, 3)
	fmt.Println(c.Get(2))
	c.Put(4, 4)
	fmt.Println(c.Get(1))
	fmt.Println(c.Get(3))
	fmt.Println(c.Get(4))
	c.Put(3, 30)
	fmt.Println(c)
}
