package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type T struct{ a, b int }

func (t *T) inc()       { t.a++ }
func (t T) sum() int    { return t.a + t.b }
func (t *T) String() string { return fmt.Sprintf("T(%d,%d)", t.a, t.b) }

func deep(n int, f func() int) int {
	var pad [40]int
	pad[n%40] = n
	if n == 0 {
		return f()
	}
	return deep(n-1, f) + pad[n%40] - n
}

func twoClosures() (func() int, int) {
	x := 10
	get := func() int { return x }
	bump := func() { x++ }
	bump()
	return get, x
}

func gotoLoop() int {
	i := 0
	s := 0
loop:
	v := T{i, 1}
	p := &v
	p.inc()
	s += deep(300, func() int { return p.sum() })
	i++
	if i < 5 {
		goto loop
	}
	return s
}

func methodValues() int {
	t := T{1, 2}
	f := t.sum
	g := (&t).inc
	g()
	return f() + t.a
}

func deferLoop() (out int) {
	for i := 0; i < 3; i++ {
		x := i * 10
		defer func(p *int) { out += *p }(&x)
	}
	deep(800, func() int { return 0 })
	return 0
}

func ifaceDeep(v any) string {
	deep(600, func() int { return 0 })
	switch x := v.(type) {
	case T:
		return fmt.Sprint("T", x.a, x.b)
	case fmt.Stringer:
		return x.String()
	}
	return "?"
}

func labelled() int {
	total := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			k := i*4 + j
			get := func() int { return k }
			if j == 2 {
				continue outer
			}
			total += deep(50, get)
		}
	}
	return total
}

func sortLocal() string {
	words := []string{"pear", "fig", "apple"}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(w)
		sb.WriteByte(' ')
	}
	return sb.String()
}

func errs() string {
	var target *myErr
	err := fmt.Errorf("wrap: %w", &myErr{code: 7})
	if errors.As(err, &target) {
		return fmt.Sprint("as ", target.code)
	}
	return "no"
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	get, x := twoClosures()
	fmt.Println(get(), x)
	fmt.Println(gotoLoop())
	fmt.Println(methodValues())
	fmt.Println(deferLoop())
	fmt.Println(ifaceDeep(T{3, 4}), ifaceDeep(&T{5, 6}))
	fmt.Println(labelled())
	fmt.Println(sortLocal())
	fmt.Println(errs())
	t := T{8, 9}
	fmt.Println(&t, t.sum())
	arr := [3]int{1, 2, 3}
	s := arr[:]
	fmt.Println(deep(700, func() int { return s[0] + s[2] }), arr)
}
