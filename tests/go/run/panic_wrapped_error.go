// panic_wrapped_error: panicking with a wrapped error prints the whole Error() chain text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("connection refused")
	panic(fmt.Errorf("dial db: %w", base))
}
