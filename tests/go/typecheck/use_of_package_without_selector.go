// use_of_package_without_selector: a package name used as a value.
package main

import "fmt"

func main() {
	x := fmt
	_ = x
}
