// panic_errors_new: panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to panic")
	panic(errors.New("something went wrong"))
}
