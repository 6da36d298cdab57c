// fmt_sprintf_misc: Sprintf building strings, Fprint to os.Stdout, padding tables.
package main

import (
	"fmt"
	"os"
)

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s %4s %8s\n", "item", "qty", "total")
	for _, r := range rows {
		fmt.Printf("%-12s %4d %8.2f\n", r.name, r.qty, float64(r.qty)*r.price)
	}
	s := fmt.Sprintf("%03d-%s-%t", 7, "x", true)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%v/%v\n", 3, 4)
	n, _ := fmt.Fprint(os.Stdout, "abc", "\n")
	fmt.Println(n)
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(float32(2.5)), fmt.Sprint(1e100))
}
