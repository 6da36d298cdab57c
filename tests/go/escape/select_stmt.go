package main

func main() {
	a := make(chan *int, 1)
	b := make(chan string, 1)
	x := 5
	select {
	case a <- &x:
	case s := <-b:
		println(s)
	}
	println(*<-a)
}
