// os_exit_error_message: a CLI-style failure: message on stderr, exit status 1.
package main

import (
	"errors"
	"fmt"
	"os"
)

func run() error {
	fmt.Println("working")
	return errors.New("config file missing")
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("unreachable")
}
