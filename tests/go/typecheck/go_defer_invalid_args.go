// go_defer_invalid_args: errors inside the call of a go/defer statement are reported once, with no "discards result" follow-up.
package main

func main() {
	go len(1)
	defer int("a")
	go close(1)
	defer print(nil)
	go panic()
}
