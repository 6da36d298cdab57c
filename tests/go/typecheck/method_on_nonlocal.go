// method_on_nonlocal: methods can only be declared on locally defined types.
package main

func (n int) Double() int { return n * 2 }

func main() {}
