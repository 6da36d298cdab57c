// go_stmt_errors: go and defer need calls; conversions and value-only builtins are rejected, statement builtins are fine.
package main

type T struct{}

func (T) M() int { return 1 }

func f() int { return 1 }

func main() {
	var r <-chan int
	go f
	go f()
	go T.M(T{})
	go int(3)
	go len("abc")
	go append([]int{}, 1)
	go make(chan int)
	defer new(int)
	defer cap(r)
	go println(1, "a")
	go close(r)
	defer copy([]int{}, []int{})
	go recover()
	defer undefinedFunc()
}
