// iface_stringer_error_fmt: fmt uses Error() before String(), on values and pointers as declared.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr#%d", p.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type ValErr struct{ Code int }

func (v ValErr) Error() string { return fmt.Sprintf("code %d", v.Code) }

func main() {
	fmt.Println(Temp(36.6), []Temp{1, 2})
	ps := PtrStr{7}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %s %d\n", Both{}, Both{}, Temp(3))
	var err error = ValErr{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Println(errors.New("plain"), map[string]Temp{"a": 1})
	fmt.Printf("%x %X\n", Temp(1), "hi")
}
