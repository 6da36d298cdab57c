// panic_custom_error: panic with a custom error type (pointer receiver Error method).
package main

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	panic(&NotFound{"user42"})
}
