// errors_unwrap_chain: walking an error chain with errors.Unwrap; custom Unwrap and Is methods.
package main

import (
	"errors"
	"fmt"
)

type Temporary struct{ Err error }

func (t Temporary) Error() string { return "temporary: " + t.Err.Error() }
func (t Temporary) Unwrap() error { return t.Err }

type MatchAll struct{}

func (MatchAll) Error() string         { return "match-all" }
func (MatchAll) Is(target error) bool { return true }

func main() {
	base := errors.New("disk full")
	err := fmt.Errorf("save: %w", Temporary{fmt.Errorf("write: %w", base)})
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(errors.Is(err, base))
	fmt.Println(errors.Is(MatchAll{}, base), errors.Is(base, MatchAll{}))
	joined := errors.Join(errors.New("first"), nil, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, base), errors.Join(nil, nil) == nil)
}
