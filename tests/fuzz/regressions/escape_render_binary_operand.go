// runtime_caller_line: runtime.Caller's function, file base name and line for skip 0, 1, 2 and past the stack's end.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

//go:noinline
func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "no caller"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

//go:noinline
func logf(msg string) {
	// a logging helper reports the line of its caller
	_, file, line, _ := runtime.Caller(1)
	fmt.Printf("%s:%d: %s\n", base(file), line, msg)
}

type T struct{}

//go:noinline
func (T) Value() string { return where(1) }

//go:noinline
func (*T) Pointer() string { return where(1) }

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	logf("hello")
	logf("again")
	fmt.Println(T{}.Value())
	fmt.Println((&T{}).Pointer())
	f := func() string { return where(1) }
	fmt.Println(f())
	_, _, _, ok := runtime.Caller(50)
	fmt.Println("Caller(50) ok:", ok)
	pc, file, line, ok := runtime.Caller(2)
	fmt.Println(runtime.FuncForPC(pc).Name(), base(file), line, ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
