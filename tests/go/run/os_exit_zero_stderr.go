// os_exit_zero_stderr: writing to os.Stderr with fmt.Fprint*; os.Exit(0) after output.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr", 1, 2)
	fmt.Fprintf(os.Stderr, "formatted %d\n", 42)
	fmt.Println("more stdout")
	os.Exit(0)
}
