// defer_not_call: defer and go need function calls, not conversions or builtins like len.
package main

func main() {
	defer int(1)
	go len("x")
}
