// println_with_exit: builtin println output followed by a non-zero os.Exit.
package main

import "os"

func main() {
	println("about to exit with", 5)
	os.Exit(5)
}
