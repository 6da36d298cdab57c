// os_stdout_write: os.Stdout.Write and WriteString directly; interleaving with fmt.
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("raw bytes\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("a string\n")
	fmt.Println(n, err)
	os.Stderr.WriteString("err line\n")
}
