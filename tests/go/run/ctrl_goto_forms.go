// ctrl_goto_forms: goto forward and backward, loops made of goto, goto out of nested loops,
// switches and blocks, labels on loops used by goto and continue, and goto in closures and
// with deferred calls and heap-captured variables.
package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return want, want * 2
}

func retry() (out []string) {
	attempt := 0
again:
	attempt++
	s := fmt.Sprint("try", attempt)
	fns := []func() string{}
	{
		a := attempt
		fns = append(fns, func() string { return s + fmt.Sprint("/", a) })
	}
	out = append(out, fns[0]())
	if attempt < 3 {
		goto again
	}
	return out
}

func deferred() {
	i := 0
top:
	if i < 3 {
		defer fmt.Println("deferred", i)
		i++
		goto top
	}
	fmt.Println("leaving deferred")
}

func main() {
	fmt.Println(collatz(27))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))
	fmt.Println(retry())
	deferred()

	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				goto end
			}
			n += i*10 + j
		}
	}
end:
	fmt.Println("n", n)

	x := 5
	switch {
	case x > 3:
		goto big
	default:
		fmt.Println("small")
	}
big:
	fmt.Println("big", x)

	f := func(k int) int {
		r := 1
	mul:
		if k > 1 {
			r *= k
			k--
			goto mul
		}
		return r
	}
	fmt.Println(f(10))

	var ptrs []*int
	k := 0
next:
	if k < 3 {
		v := k * k
		ptrs = append(ptrs, &v)
		k++
		goto next
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	goto last
last:
	fmt.Println("done")
}
