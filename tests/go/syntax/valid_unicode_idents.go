package main

import "fmt"

type Größe struct {
	wert int
}

func main() {
	π := 3.14159
	größe := Größe{wert: 2}
	日本 := "japan"
	fmt.Println(π, größe.wert, 日本) // comment with ünïcödé
	/* block
	comment */
	x := 1 /* inline */ + 2
	fmt.Println(x)
}
