// ctrl_loopvar_closures: Go 1.22 gives each iteration its own loop variable.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i * 10 })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	j := 0
	var ks []func() int
	for j = 0; j < 3; j++ {
		ks = append(ks, func() int { return j })
	}
	fmt.Println(ks[0](), ks[2]())
}
