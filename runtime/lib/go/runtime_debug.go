// Package debug (prelude of runtime/debug): the stack of the calling goroutine as
// text. Stack is implemented by the VM (vm/traceback.cpp); every traceback it writes
// follows Go 1.23's format (vm/traceback.h says where it cannot).
package debug

import "os"

// ---- stacks (Go: runtime/debug/stack.go)

// Stack returns the traceback of the calling goroutine, as runtime.Stack formats it.
func Stack() []byte

// PrintStack writes Stack's text to standard error. (Its frame reports Go's own
// source position: runtime/debug/stack.go:18.)
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetTraceback sets how much a fatal panic or error prints, as GOTRACEBACK does
// ("none", "single", "all", "system", "crash" or a number); it can raise the level set
// by the environment but never lower it.
func SetTraceback(level string)

// ---- memory and the collector (Go: runtime/debug/garbage.go)
// Implemented by the VM with runtime/gc (vm/gc_builtins.cpp).

// SetGCPercent sets GOGC: the next heap goal is the live heap plus this percentage of
// it (and of stacks and globals). A negative value turns the collector off, unless the
// memory limit is reached. It returns the previous setting.
func SetGCPercent(percent int) int

// SetMemoryLimit sets the soft memory limit (GOMEMLIMIT, Go 1.19+) and returns the
// previous one; a negative limit only reads it.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory runs a collection and then returns as much memory to the operating
// system as it can.
func FreeOSMemory()

// SetMaxStack sets the largest stack one goroutine may grow to (1,000,000,000 bytes
// by default, as on 64-bit Go) and returns the previous limit. A goroutine that
// needs more dies with "goroutine stack exceeds N-byte limit" and "fatal error:
// stack overflow". Implemented by the VM with the stack allocator (sched/stack.h).
func SetMaxStack(bytes int) int
