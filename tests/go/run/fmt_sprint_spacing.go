// fmt_sprint_spacing: Sprint adds spaces between operands when neither is a string; Sprintln always does.
package main

import "fmt"

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3, 4.5, true, false))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("x", 1, "y"))
	fmt.Printf("%q\n", fmt.Sprint(1, "x", 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}, "s", nil, nil))
	fmt.Printf("%q\n", fmt.Sprint(fmt.Errorf("e1"), fmt.Errorf("e2")))
	type S string
	fmt.Printf("%q\n", fmt.Sprint(S("a"), S("b"), 1))
	fmt.Print("no", "space", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	n, err := fmt.Println("counted", 12)
	fmt.Println(n, err)
}
