// Package runtime (prelude): the types of the values runtime errors panic with, as
// in Go's runtime/error.go. The VM creates these values; user code sees them through
// recover() and the runtime.Error interface.
package runtime

// Error identifies a run-time error (Go: runtime.Error).
type Error interface {
	error
	RuntimeError()
}

// errorString is the panic value of most run-time errors; its text gets Go's
// "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose text has no prefix (e.g. "assignment to entry
// in nil map", and the interface-conversion errors Go reports as *TypeAssertionError).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// PanicNilError is what panic(nil) panics with since Go 1.21.
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// The scheduler's entry points (implemented by the VM: vm/proc_builtins.cpp).

// Gosched yields the processor: the calling goroutine goes to the global run queue
// and the scheduler picks another one; it resumes later without losing its place.
func Gosched()

// Goexit runs every deferred call of the calling goroutine and then ends it. It is
// not a panic: recover returns nil in those deferred calls.
func Goexit()

// NumGoroutine returns how many goroutines exist now.
func NumGoroutine() int

// GOMAXPROCS returns the number of Ps (the limit on goroutines executing Go code at
// once); n < 1 only reads it. Changing it while the program runs is not supported yet.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs of the machine.
func NumCPU() int

// GOOS and GOARCH are the target Gopherscope reproduces: Go's linux/amd64 memory
// layout on every build.
const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

// Version returns the Go version whose behaviour Gopherscope follows.
func Version() string { return "go1.23.5" }
