// imported_not_used: imports never referenced.
package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	fmt.Println("hi")
}
