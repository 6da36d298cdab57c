// return_iface_missing_method: returning a type that lacks a method of the result interface.
package main

type Closer interface{ Close() error }

type Res struct{}

func open() Closer {
	return Res{}
}

func main() { open() }
