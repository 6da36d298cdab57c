package main

type Buf struct {
	data []byte
	n    int
}

func (b *Buf) trim() {
	b.data = b.data[1:]
}

func main() {
	b := &Buf{data: []byte("abc")}
	b.trim()
	println(len(b.data))
}
