// sort_multi_key: sort.Sort with a multi-key Less (total order) and sort.Strings on mixed case.
package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Dept   string
	Salary int
	Name   string
}

type byDeptSalaryName []Emp

func (s byDeptSalaryName) Len() int      { return len(s) }
func (s byDeptSalaryName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptSalaryName) Less(i, j int) bool {
	a, b := s[i], s[j]
	if a.Dept != b.Dept {
		return a.Dept < b.Dept
	}
	if a.Salary != b.Salary {
		return a.Salary > b.Salary
	}
	return a.Name < b.Name
}

func main() {
	emps := []Emp{{"eng", 100, "zed"}, {"ops", 80, "amy"}, {"eng", 120, "bob"}, {"eng", 100, "al"}, {"ops", 90, "cy"}, {"art", 70, "di"}}
	sort.Sort(byDeptSalaryName(emps))
	for _, e := range emps {
		fmt.Printf("%-4s %4d %s\n", e.Dept, e.Salary, e.Name)
	}
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[95:], sort.IntsAreSorted(big))
}
