// not_implement_wrong_signature: a method with the right name but the wrong type.
package main

type Stringer interface{ String() string }

type T struct{}

func (T) String() int { return 0 }

func main() {
	var s Stringer = T{}
	_ = s
}
