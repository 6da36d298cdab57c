// func_method_values: method values bind their receiver at evaluation; method expressions take it.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

func main() {
	c := Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
	addExpr := Counter.Add
	fmt.Println(addExpr(c, 10))
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(c.n)
	getViaPtr := (*Counter).Get
	fmt.Println(getViaPtr(&c))
	fmt.Printf("%T\n%T\n", addExpr, incExpr)
	fs := []func(){c.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
}
