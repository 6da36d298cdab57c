// fmt.go — Gopherscope's package fmt (Go 1.23 semantics). Formatting is done by the
// natives in lib/fmt.cpp (the engine is lib/fmt_format.cpp, which reads operands
// through their type descriptors as Go's fmt does through reflect). This file wires
// the exported functions to them and builds Errorf's wrapping errors in Go.
//
// Invariant: output text, return values and error values (types, Unwrap behaviour)
// match Go 1.23's fmt. Not provided: Formatter/State (a Format method is not
// called), Append*, Sscan*/Fscan*/Scan*.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines
// the Go syntax for that value (used by %#v).
type GoStringer interface {
	GoString() string
}

// ---- natives ----

func sprint(a []any) string
func sprintln(a []any) string
func sprintf(format string, a []any) string

// errorf formats like Sprintf with %w allowed, reporting the operand index of each
// %w (in order met) and whether explicit [n] argument indexes were used.
func errorf(format string, a []any) (msg string, wrapped []int, reordered bool)

// writeFd writes s to the program's file descriptor fd (1 stdout, 2 stderr).
func writeFd(fd int, s string) int

// ---- exported ----

func Sprint(a ...any) string                 { return sprint(a) }
func Sprintln(a ...any) string               { return sprintln(a) }
func Sprintf(format string, a ...any) string { return sprintf(format, a) }

func Print(a ...any) (n int, err error)   { return writeFd(1, sprint(a)), nil }
func Println(a ...any) (n int, err error) { return writeFd(1, sprintln(a)), nil }
func Printf(format string, a ...any) (n int, err error) {
	return writeFd(1, sprintf(format, a)), nil
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprintln(a)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(sprintf(format, a)))
}

// Errorf formats according to a format specifier and returns the string as an error.
// With one %w verb the error has Unwrap() error; with several, Unwrap() []error.
func Errorf(format string, a ...any) error {
	s, wrapped, reordered := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	if reordered {
		// Sort the operand indexes (insertion sort: there are only a few).
		for i := 1; i < len(wrapped); i++ {
			for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
				wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
			}
		}
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
