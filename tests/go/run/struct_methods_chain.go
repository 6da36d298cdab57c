// struct_methods_chain: methods returning the receiver pointer for chaining; String() on a struct.
package main

import (
	"fmt"
	"strings"
)

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder(sep string) *Builder { return &Builder{sep: sep} }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Upper() *Builder {
	for i, p := range b.parts {
		b.parts[i] = strings.ToUpper(p)
	}
	return b
}

func (b *Builder) String() string { return strings.Join(b.parts, b.sep) }

func main() {
	b := NewBuilder("-").Add("a").Add("b").Add("c")
	fmt.Println(b.String())
	fmt.Println(b.Upper().Add("d"))
	fmt.Println(len(b.parts))
}
