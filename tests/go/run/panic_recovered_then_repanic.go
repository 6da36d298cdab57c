// panic_recovered_then_repanic: recover then re-panic the same value: Go 1.23 marks it [recovered].
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("original")
}
