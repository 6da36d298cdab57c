// runtime_debug_stack_goroutine: debug.Stack inside a recovered panic in a goroutine shows the panic frame and "created by".
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func clean(s string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			line = "goroutine N" + line[strings.Index(line, " ["):]
		}
		if i := strings.Index(line, " +0x"); i >= 0 {
			line = line[:i]
		}
		if strings.HasPrefix(line, "\t") {
			line = "\t" + line[strings.LastIndex(line, "/")+1:]
		}
		if !strings.HasPrefix(line, "\t") {
			line = hexToX(line)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// hexToX replaces every hexadecimal word (addresses vary) with X.
func hexToX(line string) string {
	for {
		i := strings.Index(line, "0x")
		if i < 0 {
			return line
		}
		j := i + 2
		for j < len(line) && strings.IndexByte("0123456789abcdef", line[j]) >= 0 {
			j++
		}
		line = line[:i] + "X" + line[j:]
	}
}

type job struct{ id int }

//go:noinline
func (j *job) run(items []int) int {
	return items[j.id]
}

//go:noinline
func worker(j *job, done chan<- string) {
	defer func() {
		r := recover()
		done <- fmt.Sprint("recovered: ", r, "\n", clean(string(debug.Stack())))
	}()
	j.run([]int{1, 2})
}

func main() {
	done := make(chan string)
	go worker(&job{id: 5}, done)
	fmt.Println(<-done)
}
