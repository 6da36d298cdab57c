// const_not_constant: a constant declaration initialised with a non-constant value.
package main

func f() int { return 1 }

func main() {
	const c = f()
	n := 2
	const d = n * 2
}
