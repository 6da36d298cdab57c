// sizes.go prints what unsafe.Sizeof, Alignof and Offsetof say on amd64, and the
// type's string as reflect prints it, for a set of predeclared and composite types.
//
// Lines "type|NAME|SIZE|ALIGN|STRING" and "field|NAME|FIELD|OFFSET".
// Generated with real Go 1.23 into sizes.want; checked by
// tests/unit/runtime/types_test.cpp against gs::types' descriptors.
//
// Regenerate (Go 1.23, amd64) from this directory: go run sizes.go > sizes.want
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type S1 struct {
	a bool
	b int64
	c bool
}

type S2 struct {
	a, b bool
	c    int32
	d    string
}

type S3 struct {
	a int64
	z struct{}
}

type S4 struct{}

type S5 struct {
	a byte
	z [0]int64
}

type S6 struct {
	a int32
	b complex64
	c int16
}

type S7 struct {
	x [3]byte
	y uint16
}

type S8 struct {
	a *int
	b [2]struct {
		c int8
		d int32
	}
}

type S9 struct {
	s []int
	m map[int]int
	e error
	f func()
}

type S10 struct {
	z struct{}
	a int32
}

type S11 struct {
	a int8
	z [0]byte
}

type S12 struct {
	S1
	x int8
}

type S13 struct {
	c complex128
	b bool
	i interface{}
	u uintptr
	p unsafe.Pointer
	f float32
}

func show(name string, v any, size, align uintptr) {
	fmt.Printf("type|%s|%d|%d|%s\n", name, size, align, reflect.TypeOf(v).String())
}

func field(name, f string, off uintptr) {
	fmt.Printf("field|%s|%s|%d\n", name, f, off)
}

func main() {
	var (
		vbool       bool
		vint        int
		vint8       int8
		vint16      int16
		vint32      int32
		vint64      int64
		vuint       uint
		vuint8      uint8
		vuint16     uint16
		vuint32     uint32
		vuint64     uint64
		vuintptr    uintptr
		vfloat32    float32
		vfloat64    float64
		vcomplex64  complex64
		vcomplex128 complex128
		vstring     string
		vunsafe     unsafe.Pointer
		vptr        *int
		vslice      []int
		varr3       [3]int
		varr0       [0]int
		varr5b      [5]byte
		varr3s      [3]string
		vmap        map[string]int
		vchan       chan int
		vrecv       <-chan int
		vsend       chan<- string
		vchanchan   chan (<-chan int)
		vfunc1      func(int) string
		vfuncv      func(...int)
		vfunc2      func(a, b int, s string) (int, error)
		vempty      interface{}
		viface      interface{ M() }
		viface2     interface {
			Z(int) bool
			A()
		}
		verr  error
		vs1   S1
		vs2   S2
		vs3   S3
		vs4   S4
		vs5   S5
		vs6   S6
		vs7   S7
		vs8   S8
		vs9   S9
		vs10  S10
		vs11  S11
		vs12  S12
		vs13  S13
		vanon struct {
			A int `json:"a"`
			B []string
		}
		varrs1    [2]S1
		vptrs1    *S1
		vslice2   [][]byte
		vmapslice map[int][]string
	)
	show("bool", vbool, unsafe.Sizeof(vbool), unsafe.Alignof(vbool))
	show("int", vint, unsafe.Sizeof(vint), unsafe.Alignof(vint))
	show("int8", vint8, unsafe.Sizeof(vint8), unsafe.Alignof(vint8))
	show("int16", vint16, unsafe.Sizeof(vint16), unsafe.Alignof(vint16))
	show("int32", vint32, unsafe.Sizeof(vint32), unsafe.Alignof(vint32))
	show("int64", vint64, unsafe.Sizeof(vint64), unsafe.Alignof(vint64))
	show("uint", vuint, unsafe.Sizeof(vuint), unsafe.Alignof(vuint))
	show("uint8", vuint8, unsafe.Sizeof(vuint8), unsafe.Alignof(vuint8))
	show("uint16", vuint16, unsafe.Sizeof(vuint16), unsafe.Alignof(vuint16))
	show("uint32", vuint32, unsafe.Sizeof(vuint32), unsafe.Alignof(vuint32))
	show("uint64", vuint64, unsafe.Sizeof(vuint64), unsafe.Alignof(vuint64))
	show("uintptr", vuintptr, unsafe.Sizeof(vuintptr), unsafe.Alignof(vuintptr))
	show("float32", vfloat32, unsafe.Sizeof(vfloat32), unsafe.Alignof(vfloat32))
	show("float64", vfloat64, unsafe.Sizeof(vfloat64), unsafe.Alignof(vfloat64))
	show("complex64", vcomplex64, unsafe.Sizeof(vcomplex64), unsafe.Alignof(vcomplex64))
	show("complex128", vcomplex128, unsafe.Sizeof(vcomplex128), unsafe.Alignof(vcomplex128))
	show("string", vstring, unsafe.Sizeof(vstring), unsafe.Alignof(vstring))
	show("unsafe.Pointer", vunsafe, unsafe.Sizeof(vunsafe), unsafe.Alignof(vunsafe))
	show("*int", vptr, unsafe.Sizeof(vptr), unsafe.Alignof(vptr))
	show("[]int", vslice, unsafe.Sizeof(vslice), unsafe.Alignof(vslice))
	show("[3]int", varr3, unsafe.Sizeof(varr3), unsafe.Alignof(varr3))
	show("[0]int", varr0, unsafe.Sizeof(varr0), unsafe.Alignof(varr0))
	show("[5]byte", varr5b, unsafe.Sizeof(varr5b), unsafe.Alignof(varr5b))
	show("[3]string", varr3s, unsafe.Sizeof(varr3s), unsafe.Alignof(varr3s))
	show("map[string]int", vmap, unsafe.Sizeof(vmap), unsafe.Alignof(vmap))
	show("chan int", vchan, unsafe.Sizeof(vchan), unsafe.Alignof(vchan))
	show("<-chan int", vrecv, unsafe.Sizeof(vrecv), unsafe.Alignof(vrecv))
	show("chan<- string", vsend, unsafe.Sizeof(vsend), unsafe.Alignof(vsend))
	show("chan (<-chan int)", vchanchan, unsafe.Sizeof(vchanchan), unsafe.Alignof(vchanchan))
	show("func(int) string", vfunc1, unsafe.Sizeof(vfunc1), unsafe.Alignof(vfunc1))
	show("func(...int)", vfuncv, unsafe.Sizeof(vfuncv), unsafe.Alignof(vfuncv))
	show("func(int, int, string) (int, error)", vfunc2, unsafe.Sizeof(vfunc2), unsafe.Alignof(vfunc2))
	show("interface {}", &vempty, unsafe.Sizeof(vempty), unsafe.Alignof(vempty))
	show("interface { M() }", &viface, unsafe.Sizeof(viface), unsafe.Alignof(viface))
	show("interface { A(); Z(int) bool }", &viface2, unsafe.Sizeof(viface2), unsafe.Alignof(viface2))
	show("error", &verr, unsafe.Sizeof(verr), unsafe.Alignof(verr))
	show("main.S1", vs1, unsafe.Sizeof(vs1), unsafe.Alignof(vs1))
	field("main.S1", "a", unsafe.Offsetof(vs1.a))
	field("main.S1", "b", unsafe.Offsetof(vs1.b))
	field("main.S1", "c", unsafe.Offsetof(vs1.c))
	show("main.S2", vs2, unsafe.Sizeof(vs2), unsafe.Alignof(vs2))
	field("main.S2", "a", unsafe.Offsetof(vs2.a))
	field("main.S2", "b", unsafe.Offsetof(vs2.b))
	field("main.S2", "c", unsafe.Offsetof(vs2.c))
	field("main.S2", "d", unsafe.Offsetof(vs2.d))
	show("main.S3", vs3, unsafe.Sizeof(vs3), unsafe.Alignof(vs3))
	field("main.S3", "a", unsafe.Offsetof(vs3.a))
	field("main.S3", "z", unsafe.Offsetof(vs3.z))
	show("main.S4", vs4, unsafe.Sizeof(vs4), unsafe.Alignof(vs4))
	show("main.S5", vs5, unsafe.Sizeof(vs5), unsafe.Alignof(vs5))
	field("main.S5", "a", unsafe.Offsetof(vs5.a))
	field("main.S5", "z", unsafe.Offsetof(vs5.z))
	show("main.S6", vs6, unsafe.Sizeof(vs6), unsafe.Alignof(vs6))
	field("main.S6", "a", unsafe.Offsetof(vs6.a))
	field("main.S6", "b", unsafe.Offsetof(vs6.b))
	field("main.S6", "c", unsafe.Offsetof(vs6.c))
	show("main.S7", vs7, unsafe.Sizeof(vs7), unsafe.Alignof(vs7))
	field("main.S7", "x", unsafe.Offsetof(vs7.x))
	field("main.S7", "y", unsafe.Offsetof(vs7.y))
	show("main.S8", vs8, unsafe.Sizeof(vs8), unsafe.Alignof(vs8))
	field("main.S8", "a", unsafe.Offsetof(vs8.a))
	field("main.S8", "b", unsafe.Offsetof(vs8.b))
	show("main.S9", vs9, unsafe.Sizeof(vs9), unsafe.Alignof(vs9))
	field("main.S9", "s", unsafe.Offsetof(vs9.s))
	field("main.S9", "m", unsafe.Offsetof(vs9.m))
	field("main.S9", "e", unsafe.Offsetof(vs9.e))
	field("main.S9", "f", unsafe.Offsetof(vs9.f))
	show("main.S10", vs10, unsafe.Sizeof(vs10), unsafe.Alignof(vs10))
	field("main.S10", "z", unsafe.Offsetof(vs10.z))
	field("main.S10", "a", unsafe.Offsetof(vs10.a))
	show("main.S11", vs11, unsafe.Sizeof(vs11), unsafe.Alignof(vs11))
	field("main.S11", "a", unsafe.Offsetof(vs11.a))
	field("main.S11", "z", unsafe.Offsetof(vs11.z))
	show("main.S12", vs12, unsafe.Sizeof(vs12), unsafe.Alignof(vs12))
	field("main.S12", "S1", unsafe.Offsetof(vs12.S1))
	field("main.S12", "x", unsafe.Offsetof(vs12.x))
	show("main.S13", vs13, unsafe.Sizeof(vs13), unsafe.Alignof(vs13))
	field("main.S13", "c", unsafe.Offsetof(vs13.c))
	field("main.S13", "b", unsafe.Offsetof(vs13.b))
	field("main.S13", "i", unsafe.Offsetof(vs13.i))
	field("main.S13", "u", unsafe.Offsetof(vs13.u))
	field("main.S13", "p", unsafe.Offsetof(vs13.p))
	field("main.S13", "f", unsafe.Offsetof(vs13.f))
	show("anon", vanon, unsafe.Sizeof(vanon), unsafe.Alignof(vanon))
	field("anon", "A", unsafe.Offsetof(vanon.A))
	field("anon", "B", unsafe.Offsetof(vanon.B))
	show("[2]main.S1", varrs1, unsafe.Sizeof(varrs1), unsafe.Alignof(varrs1))
	show("*main.S1", vptrs1, unsafe.Sizeof(vptrs1), unsafe.Alignof(vptrs1))
	show("[][]uint8", vslice2, unsafe.Sizeof(vslice2), unsafe.Alignof(vslice2))
	show("map[int][]string", vmapslice, unsafe.Sizeof(vmapslice), unsafe.Alignof(vmapslice))
}
