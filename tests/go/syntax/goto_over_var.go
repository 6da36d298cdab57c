package main

import "fmt"

func main() {
	goto End
	x := 1
	fmt.Println(x)
End:
	fmt.Println("end")
}
