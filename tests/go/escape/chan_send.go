package main

func main() {
	ch := make(chan *int, 1)
	x := 5
	ch <- &x
	println(*<-ch)
}
