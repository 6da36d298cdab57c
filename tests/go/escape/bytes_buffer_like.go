package main

type Buf struct{ b []byte }

func (w *Buf) Write(p []byte) int {
	w.b = append(w.b, p...)
	return len(p)
}

func main() {
	var w Buf
	w.Write([]byte("hello"))
	msg := []byte(" world")
	w.Write(msg)
	println(string(w.b))
}
