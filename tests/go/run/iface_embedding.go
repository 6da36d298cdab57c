// iface_embedding: interfaces embedding interfaces; a value used through several interface types.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func main() {
	var rw ReadWriter = &Buffer{}
	fmt.Println(rw.Write("hello"), rw.Write("go"))
	var r Reader = rw
	var w Writer = rw
	w.Write("third")
	fmt.Println(r.Read(), r.Read(), rw.Read(), rw.Read())
	_, isW := r.(Writer)
	fmt.Println(isW)
}
