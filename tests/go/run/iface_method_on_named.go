// iface_method_on_named: methods on named non-struct types (slices, funcs, ints) satisfy interfaces.
package main

import (
	"fmt"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) String() string { return fmt.Sprint([]int(s)) }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s)
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("abc"))
	fmt.Println(Level(0), Level(2), []Level{1, 2})
	fmt.Printf("%v %d\n", Level(1), Level(1))
}
