package main

type T struct{ v *int }

func (t *T) Get() *int { return t.v }
func (t T) Val() int  { return *t.v }
func (t *T) Set(p *int) { t.v = p }

func main() {
	x := 1
	t := T{}
	t.Set(&x)
	println(*t.Get(), t.Val())
}
