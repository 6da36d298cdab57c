// reflect_kinds: reflect.TypeOf/ValueOf kinds, setting through a pointer, DeepEqual.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	for _, v := range []interface{}{1, "s", 2.5, []int{1}, map[string]int{}, struct{}{}, new(int), true} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind())
	}
	x := 10
	rv := reflect.ValueOf(&x).Elem()
	rv.SetInt(42)
	fmt.Println(x, rv.CanSet(), reflect.ValueOf(x).CanSet())
	a := map[string][]int{"k": {1, 2}}
	b := map[string][]int{"k": {1, 2}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual([]int{}, []int(nil)))
	s := reflect.ValueOf([]string{"a", "b", "c"})
	fmt.Println(s.Len(), s.Index(1))
}
