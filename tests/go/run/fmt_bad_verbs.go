// fmt_bad_verbs: wrong-type verbs, missing and extra arguments, and unknown verbs.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%.2f\n", "str")
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%c\n", "c")
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
}
