// duplicate_case: duplicate constant cases in an expression switch and a type switch.
package main

func main() {
	n := 1
	switch n {
	case 1, 2:
	case 3, 1:
	}
	var x interface{} = n
	switch x.(type) {
	case int:
	case string, int:
	}
}
