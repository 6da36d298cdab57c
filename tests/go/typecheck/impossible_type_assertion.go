// impossible_type_assertion: asserting a type that cannot implement the interface.
package main

type Reader interface{ Read() string }

type File struct{}

func (f *File) Read() string { return "" }

func main() {
	var r Reader = &File{}
	_ = r.(File)
}
