// errors.go — Gopherscope's package errors (Go 1.23 semantics): New, Is, As,
// Unwrap, Join, ErrUnsupported. Written in plain Go; the two questions real Go
// answers with reflection are natives (lib/strings.cpp, errors_natives()):
// whether an error's dynamic type is comparable, and As's "assign err into *target
// when its type fits".
//
// Invariant: every panic text and every result matches Go 1.23's errors package.
package errors

// New returns an error whose Error() is text. Each call gives a distinct error,
// even for equal texts, because the value is a pointer.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that an operation cannot be performed because it is
// not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil when err
// has no such method. It does not look at Unwrap() []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// dynamicTypeComparable reports whether err's dynamic type supports ==
// (err is not nil). Native.
func dynamicTypeComparable(err error) bool

// Is reports whether any error in err's tree (depth first, pre-order) equals
// target or has an Is(error) bool method that reports true for target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return isInTree(err, target, dynamicTypeComparable(target))
}

func isInTree(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, child := range u.Unwrap() {
				if isInTree(child, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics as Go's As does when target is nil, not a non-nil
// pointer, or points to a type that is neither an interface nor an error. Native.
func checkAsTarget(target any)

// assignIfAs stores err into *target and reports true when err's dynamic type
// is assignable to *target's type (err is not nil; target passed checkAsTarget).
// Native.
func assignIfAs(err error, target any) bool

// As finds the first error in err's tree that can be assigned to the variable
// target points to, or that has an As(any) bool method reporting true, sets
// *target (in the first case) and reports true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return asInTree(err, target)
}

func asInTree(err error, target any) bool {
	for {
		if assignIfAs(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, child := range u.Unwrap() {
				if child == nil {
					continue
				}
				if asInTree(child, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join wraps the non-nil errors of errs; it returns nil when there are none.
// The result's Error() joins the texts with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	j := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			j.errs = append(j.errs, err)
		}
	}
	return j
}

type joinError struct {
	errs []error
}

func (j *joinError) Error() string {
	if len(j.errs) == 1 {
		return j.errs[0].Error()
	}
	var buf []byte
	for i, err := range j.errs {
		if i > 0 {
			buf = append(buf, '\n')
		}
		buf = append(buf, err.Error()...)
	}
	return string(buf)
}

func (j *joinError) Unwrap() []error {
	return j.errs
}
