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
