// runtime_stack_text: runtime.Stack(buf, false) and debug.Stack in Go's format (pc offsets, paths and argument words normalised).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// normalise keeps what does not vary between builds: offsets, paths and argument
// words do.
func normalise(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, " +0x"); i >= 0 {
			line = line[:i] + " +0x?"
		}
		if strings.HasPrefix(line, "\t") {
			if i := strings.LastIndex(line, "/"); i >= 0 {
				line = "\t.../" + line[i+1:]
			}
		}
		for {
			i := strings.Index(line, "0x")
			if i < 0 || strings.HasPrefix(line[i:], "0x?") && !strings.HasPrefix(line[i:], "0x??") && strings.HasSuffix(line, "+0x?") && i == len(line)-3 {
				break
			}
			j := i + 2
			for j < len(line) && strings.IndexByte("0123456789abcdef", line[j]) >= 0 {
				j++
			}
			if j == i+2 {
				break
			}
			line = line[:i] + "X" + line[j:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

type Shape struct{ w, h int }

//go:noinline
func (s *Shape) Area(scale int) int {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Print(normalise(string(buf[:n])))
	return s.w * s.h * scale
}

//go:noinline
func describe(name string, s Shape, tags []string) {
	fmt.Println(normalise(string(debug.Stack())))
	fmt.Println(name, s, tags, len(name))
}

//go:noinline
func short() {
	buf := make([]byte, 40)
	n := runtime.Stack(buf, false)
	fmt.Printf("%d %q\n", n, buf[:n])
}

func main() {
	s := &Shape{2, 3}
	fmt.Println(s.Area(4))
	describe("box", Shape{1, 2}, []string{"a"})
	short()
}
