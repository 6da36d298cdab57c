// iface_type_switch: type switches with multiple types per case, nil case and default.
package main

import "fmt"

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float %v", x)
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice %d", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 41, "hey", true, 2.5, Name("go"), []int{1, 2}, fmt.Errorf("boom"), 'r', struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
