// reflect_struct_tags: struct tags read with reflect: Get, Lookup, field names and kinds.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	ID    int    `json:"id" db:"user_id"`
	Name  string `json:"name,omitempty"`
	Email string
	age   int `json:"-"`
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%s %s json=%q(%v) db=%q exported=%v\n", f.Name, f.Type, v, ok, f.Tag.Get("db"), f.IsExported())
	}
	u := User{1, "ann", "a@x", 3}
	v := reflect.ValueOf(u)
	fmt.Println(v.Field(0).Int(), v.Field(1).String(), v.FieldByName("Email"))
}
