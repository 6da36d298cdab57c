// missing_package_call_args: calling stdlib functions with wrong argument types.
package main

import (
	"strconv"
	"strings"
)

func main() {
	strings.Repeat("a", "3")
	strconv.Itoa(int64(5))
}
