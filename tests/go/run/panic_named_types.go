// panic_named_types: a panic value of a named string type prints as main.T("...").
package main

type Code string

func main() {
	panic(Code("E_BAD"))
}
