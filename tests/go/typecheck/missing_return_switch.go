// missing_return_switch: a switch without default does not terminate a function.
package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
}

func main() { name(0) }
