// too_many_errors: more than 10 type errors: Go reports 10 then "too many errors".
package main

func main() {
	a1 := 1
	a2 := 2
	a3 := 3
	a4 := 4
	a5 := 5
	a6 := 6
	var s string = 1
	var t int = "x"
	undefined1()
	undefined2()
	undefined3()
	undefined4()
}
