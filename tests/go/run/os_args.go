// os_args: os.Args has exactly the program name when no arguments are given.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	fmt.Println(os.Args[0] != "")
}
