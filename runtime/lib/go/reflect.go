// reflect.go — Gopherscope's package reflect (Go 1.23 semantics, the commonly used
// part): Type over our type descriptors (a *rtype is the address of a types::Type,
// so one type is always one Type value and == works as in Go), and Value as Go
// builds it: a type, a pointer to the value, and flag bits (kind, read-only,
// addressable). The natives that read descriptors and touch memory are in
// lib/reflect.cpp (reflect_natives()).
//
// Invariants:
//   - Value.ptr always points at the value's storage (Go's flagIndir is always on):
//     ValueOf boxes pointer-shaped values in a fresh heap object of their type.
//   - Every object made here comes from mallocgc with its real type, and every store
//     that may write a Go pointer goes through a native using typedmemmove or
//     write_pointer (the write barrier).
//   - Panic texts are Go 1.23's; the ones Go raises as *ValueError are *ValueError.
//
// Not provided: Value.Call/Method/MethodByName and MakeFunc (natives cannot call Go
// functions yet), Method.Func, channel operations (Send/Recv/MakeChan/Close),
// StructOf/MapOf/FuncOf/ChanOf, Value.Convert/Equal/Comparable/Slice3.
// Known gap: a type of package main that has methods and holds a reflect.Type (or
// StructField, Method) by value fails to type-check ("invalid recursive type"): the
// checker then enters Type before Method/StructField (see the note above Method).
package reflect

import "strconv"

// ---- natives (lib/reflect.cpp) ----

type rtype struct{ _ byte } // opaque: *rtype is the address of a type descriptor

func rtKind(t *rtype) int
func rtString(t *rtype) string
func rtName(t *rtype) string
func rtPkgPath(t *rtype) string
func rtSize(t *rtype) uintptr
func rtAlign(t *rtype) int
func rtFieldAlign(t *rtype) int
func rtElem(t *rtype) *rtype
func rtKey(t *rtype) *rtype
func rtLen(t *rtype) int
func rtChanDir(t *rtype) int
func rtNumField(t *rtype) int
func rtField(t *rtype, i int) (name string, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
func rtNumIn(t *rtype) int
func rtIn(t *rtype, i int) *rtype
func rtNumOut(t *rtype) int
func rtOut(t *rtype, i int) *rtype
func rtIsVariadic(t *rtype) bool
func rtNumMethod(t *rtype) int
func rtMethod(t *rtype, i int) (name string, mtyp *rtype)
func rtImplements(t, u *rtype) bool
func rtAssignableTo(t, u *rtype) bool
func rtConvertibleTo(t, u *rtype) bool
func rtComparable(t *rtype) bool
func rtPtrTo(t *rtype) *rtype
func rtSliceOf(t *rtype) *rtype

func unpackEface(i any) (t *rtype, p *byte)
func unpackIface(t *rtype, p *byte) (dt *rtype, dp *byte)
func packEface(t *rtype, p *byte, copy bool) any
func loadInt(p *byte, size uintptr) int64
func loadUint(p *byte, size uintptr) uint64
func loadFloat(p *byte, size uintptr) float64
func loadBool(p *byte) bool
func loadString(p *byte) string
func loadBytes(p *byte, n int) []byte
func loadWord(p *byte, off uintptr) *byte
func loadIntAt(p *byte, off uintptr) int
func storeInt(p *byte, size uintptr, x int64)
func storeFloat(p *byte, size uintptr, x float64)
func storeBool(p *byte, x bool)
func storeString(p *byte, s string)
func storeSliceLen(p *byte, n int)
func typedCopy(t *rtype, dst, src *byte)
func addPtr(p *byte, off uintptr) *byte
func newObject(t *rtype) *byte
func newPointerBox(pt *rtype, target *byte) *byte
func makeSlice(t *rtype, n, c int) *byte
func growSlice(t *rtype, p *byte, n int) *byte
func mapEntries(t *rtype, p *byte) (keys []*byte, elems []*byte)
func mapLookup(t *rtype, p *byte, key *byte) *byte
func mapAssign(t *rtype, p *byte, key *byte, elem *byte)
func makeMap(t *rtype, n int) *byte
func newSliceBox(t *rtype, data *byte, n, c int) *byte
func chanLenCap(p *byte) (n, c int)
func assignTo(dst *rtype, p *byte, src *rtype, sp *byte) bool
func isZero(t *rtype, p *byte) bool
func deepEqual(x, y any) bool

// Method, StructField and Type refer to each other, and our type checker lays out a
// struct only once its field types are complete. Method's first method below is the
// first receiver the checker resolves, so Method is entered first; its zero-size
// field `_ [0]*StructField` then enters StructField, so both are in progress (and may
// be named incomplete) while Type's method signatures are resolved. Keep this order.

// Method represents a single method.
type Method struct {
	_       [0]*StructField
	Name    string
	PkgPath string
	Type    Type  // method type (with the receiver as first parameter for concrete types)
	Func    Value // not provided: always the zero Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// ---- Kind ----

// A Kind is the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// ---- Type ----

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// toType turns a descriptor into a Type; a nil descriptor is a nil Type (not a
// non-nil Type holding a nil pointer), as in Go.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil when i is a nil interface.
func TypeOf(i any) Type {
	t, _ := unpackEface(i)
	return toType(t)
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(rtPtrTo(t.common())) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(rtSliceOf(t.common())) }

func (t *rtype) common() *rtype    { return t }
func (t *rtype) Kind() Kind        { return Kind(rtKind(t)) }
func (t *rtype) String() string    { return rtString(t) }
func (t *rtype) Name() string      { return rtName(t) }
func (t *rtype) PkgPath() string   { return rtPkgPath(t) }
func (t *rtype) Size() uintptr     { return rtSize(t) }
func (t *rtype) Align() int        { return rtAlign(t) }
func (t *rtype) FieldAlign() int   { return rtFieldAlign(t) }
func (t *rtype) Comparable() bool  { return rtComparable(t) }
func (t *rtype) NumMethod() int    { return rtNumMethod(t) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(rtChanDir(t))
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return rtIsVariadic(t)
}

func (t *rtype) Elem() Type {
	e := rtElem(t)
	if e == nil {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return toType(e)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(rtKey(t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return rtLen(t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return rtNumField(t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= rtNumField(t) {
		panic("reflect: Field index out of bounds")
	}
	name, pkgPath, typ, tag, offset, embedded := rtField(t, i)
	return StructField{Name: name, PkgPath: pkgPath, Type: toType(typ), Tag: StructTag(tag),
		Offset: offset, Index: []int{i}, Anonymous: embedded}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(x)
		ft = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

// fieldScan is one struct FieldByName visits, and the index path to it.
type fieldScan struct {
	typ   *rtype
	index []int
}

// FieldByName finds the field called name, looking into embedded structs breadth
// first as Go's selector rules do (a name found twice at the shallowest depth where
// it occurs is ambiguous, and not found).
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	current := []fieldScan{}
	next := []fieldScan{{typ: t}}
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count := 0
		var result StructField
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			n := rtNumField(s.typ)
			for i := 0; i < n; i++ {
				fname, pkgPath, ftyp, tag, offset, embedded := rtField(s.typ, i)
				if fname == name {
					count++
					if count == 1 {
						idx := append(append([]int(nil), s.index...), i)
						result = StructField{Name: fname, PkgPath: pkgPath, Type: toType(ftyp), Tag: StructTag(tag),
							Offset: offset, Index: idx, Anonymous: embedded}
					}
					continue
				}
				if embedded {
					et := ftyp
					if Kind(rtKind(et)) == Pointer {
						et = rtElem(et)
					}
					if Kind(rtKind(et)) == Struct {
						next = append(next, fieldScan{typ: et, index: append(append([]int(nil), s.index...), i)})
					}
				}
			}
		}
		if count == 1 {
			return result, true
		}
		if count > 1 {
			return StructField{}, false
		}
	}
	return StructField{}, false
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return rtNumIn(t)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(rtIn(t, i))
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return rtNumOut(t)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(rtOut(t, i))
}

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= rtNumMethod(t) {
		panic("reflect: Method index out of range")
	}
	name, mtyp := rtMethod(t, i)
	m := Method{Name: name, Type: toType(mtyp), Index: i}
	if !isExportedName(name) {
		m.PkgPath = rtPkgPath(t)
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := rtNumMethod(t)
	for i := 0; i < n; i++ {
		if mname, _ := rtMethod(t, i); mname == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rtImplements(t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return rtAssignableTo(t, u.common())
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return rtConvertibleTo(t, u.common())
}

func isExportedName(name string) bool {
	return len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z'
}

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the
// key was present. The tag is a sequence of key:"value" pairs separated by spaces.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// A key is a run of non-control characters other than space, quote and colon.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// The quoted value, backslash escapes included.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// ---- Value ----

// flag bits: the low 5 bits hold the Kind (0: the zero Value).
const (
	flagKindMask uintptr = 1<<5 - 1
	flagStickyRO uintptr = 1 << 5 // obtained through an unexported, non-embedded field
	flagEmbedRO  uintptr = 1 << 6 // obtained through an unexported embedded field
	flagAddr     uintptr = 1 << 8 // addressable (ptr is the variable's own storage)
	flagRO       uintptr = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  *byte // the value's storage, never a copy of a pointer-shaped value itself
	flag uintptr
}

// A ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func makeValue(t *rtype, p *byte, fl uintptr) Value {
	return Value{typ: t, ptr: p, flag: fl | uintptr(rtKind(t))}
}

// ValueOf returns a new Value holding the concrete value stored in i; the zero
// Value for a nil interface.
func ValueOf(i any) Value {
	t, p := unpackEface(i)
	if t == nil {
		return Value{}
	}
	return makeValue(t, p, 0)
}

func (v Value) kind() Kind { return Kind(v.flag & flagKindMask) }
// ro is the read-only bit a value derived from v inherits (Go: flag.ro).
func (v Value) ro() uintptr {
	if v.flag&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Kind returns v's Kind (Invalid for the zero Value).
func (v Value) Kind() Kind { return v.kind() }

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.flag != 0 }

// Type returns v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.typ)
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value can be changed: addressable and not obtained
// through an unexported struct field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v.typ, v.ptr, v.flag&flagAddr != 0)
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return loadBool(v.ptr)
}

func (v Value) Int() int64 {
	switch k := v.kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		return loadInt(v.ptr, rtSize(v.typ))
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	switch k := v.kind(); k {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return loadUint(v.ptr, rtSize(v.typ))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch k := v.kind(); k {
	case Float32, Float64:
		return loadFloat(v.ptr, rtSize(v.typ))
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// String returns the string v holds, or "<T Value>" for a v of another kind.
func (v Value) String() string {
	switch k := v.kind(); k {
	case Invalid:
		return "<invalid Value>"
	case String:
		return loadString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if Kind(rtKind(rtElem(v.typ))) != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return loadBytes(v.ptr, -1)
	case Array:
		if Kind(rtKind(rtElem(v.typ))) != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return loadBytes(v.ptr, rtLen(v.typ))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// Len returns v's length (array, chan, map, slice, string, pointer to array).
func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return rtLen(v.typ)
	case Slice, String:
		return loadIntAt(v.ptr, 8)
	case Map:
		h := loadWord(v.ptr, 0)
		if h == nil {
			return 0
		}
		return loadIntAt(h, 0)
	case Chan:
		n, _ := chanLenCap(v.ptr)
		return n
	case Pointer:
		if Kind(rtKind(rtElem(v.typ))) == Array {
			return rtLen(rtElem(v.typ))
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity (array, chan, slice, pointer to array).
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return rtLen(v.typ)
	case Slice:
		return loadIntAt(v.ptr, 16)
	case Chan:
		_, c := chanLenCap(v.ptr)
		return c
	case Pointer:
		if Kind(rtKind(rtElem(v.typ))) == Array {
			return rtLen(rtElem(v.typ))
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// Index returns v's i'th element (array, slice or string).
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := rtLen(v.typ)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := rtElem(v.typ)
		return makeValue(et, addPtr(v.ptr, uintptr(i)*rtSize(et)), v.flag&flagAddr|v.ro())
	case Slice:
		n := loadIntAt(v.ptr, 8)
		if uint(i) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		et := rtElem(v.typ)
		return makeValue(et, addPtr(loadWord(v.ptr, 0), uintptr(i)*rtSize(et)), flagAddr|v.ro())
	case String:
		s := loadString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		return ValueOf(s[i])
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Slice returns v[i:j] (v an addressable array, a slice or a string).
func (v Value) Slice(i, j int) Value {
	var cp int
	var base *byte
	var st *rtype
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		cp = rtLen(v.typ)
		base = v.ptr
		st = rtSliceOf(rtElem(v.typ))
	case Slice:
		cp = loadIntAt(v.ptr, 16)
		base = loadWord(v.ptr, 0)
		st = v.typ
	case String:
		s := loadString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := newObject(v.typ)
		storeString(p, s[i:j])
		return makeValue(v.typ, p, v.ro())
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > cp {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	data := base
	if cp-i > 0 {
		data = addPtr(base, uintptr(i)*rtSize(rtElem(st)))
	}
	return makeValue(st, newSliceBox(st, data, j-i, cp-i), v.ro())
}

// NumField returns the number of fields of the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return rtNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(rtNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	_, pkgPath, ftyp, _, offset, embedded := rtField(v.typ, i)
	// An exported field of an unexported embedded struct is still settable (Go's
	// flagEmbedRO is not inherited; flagStickyRO is).
	fl := v.flag & (flagAddr | flagStickyRO)
	if pkgPath != "" {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return makeValue(ftyp, addPtr(v.ptr, offset), fl)
}

// FieldByIndex returns the nested field at index, following embedded pointers.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && Kind(rtKind(rtElem(v.typ))) == Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field called name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns the value the interface v contains or the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t, p := unpackIface(v.typ, v.ptr)
		if t == nil {
			return Value{}
		}
		return makeValue(t, p, v.ro())
	case Pointer:
		p := loadWord(v.ptr, 0)
		if p == nil {
			return Value{}
		}
		return makeValue(rtElem(v.typ), p, flagAddr|v.ro())
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// IsNil reports whether v (chan, func, interface, map, pointer, slice) is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return loadWord(v.ptr, 0) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value of its type.
func (v Value) IsZero() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return isZero(v.typ, v.ptr)
}

// Addr returns a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := rtPtrTo(v.typ)
	return makeValue(pt, newPointerBox(pt, v.ptr), v.ro())
}

// Set assigns x to v, which must be settable; x's type must be assignable to v's.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	if !assignTo(v.typ, v.ptr, x.typ, x.ptr) {
		panic("reflect.Set: value of type " + rtString(x.typ) + " is not assignable to type " + rtString(v.typ))
	}
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	storeBool(v.ptr, x)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		storeInt(v.ptr, rtSize(v.typ), x)
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.kind(); k {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		storeInt(v.ptr, rtSize(v.typ), int64(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.kind(); k {
	case Float32, Float64:
		storeFloat(v.ptr, rtSize(v.typ), x)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	storeString(v.ptr, x)
}

// SetLen sets the length of the slice v.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if uint(n) > uint(loadIntAt(v.ptr, 16)) {
		panic("reflect: slice length out of range in SetLen")
	}
	storeSliceLen(v.ptr, n)
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch k := v.kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := rtSize(v.typ) * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch k := v.kind(); k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := rtSize(v.typ) * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// NumMethod returns the number of methods in v's method set.
func (v Value) NumMethod() int {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return rtNumMethod(v.typ)
}

// MapKeys returns the keys of the map v, in the map's (unspecified) order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	keys, _ := mapEntries(v.typ, v.ptr)
	kt := rtKey(v.typ)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = makeValue(kt, k, v.ro())
	}
	return out
}

// MapIndex returns the value stored under key in the map v (the zero Value if none).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key.mustBeExported("reflect.Value.MapIndex")
	kt := rtKey(v.typ)
	kp := key.ptr
	if key.typ != kt {
		kp = newObject(kt)
		if !assignTo(kt, kp, key.typ, key.ptr) {
			panic("reflect.Value.MapIndex: value of type " + rtString(key.typ) + " is not assignable to type " + rtString(kt))
		}
	}
	e := mapLookup(v.typ, v.ptr, kp)
	if e == nil {
		return Value{}
	}
	return makeValue(rtElem(v.typ), e, v.ro()|key.ro())
}

// SetMapIndex sets the element associated with key in the map v to elem; the zero
// Value as elem deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	kt := rtKey(v.typ)
	kp := newObject(kt)
	if !assignTo(kt, kp, key.typ, key.ptr) {
		panic("reflect.Value.SetMapIndex: value of type " + rtString(key.typ) + " is not assignable to type " + rtString(kt))
	}
	if !elem.IsValid() {
		mapAssign(v.typ, v.ptr, kp, nil)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := rtElem(v.typ)
	ep := newObject(et)
	if !assignTo(et, ep, elem.typ, elem.ptr) {
		panic("reflect.Value.SetMapIndex: value of type " + rtString(elem.typ) + " is not assignable to type " + rtString(et))
	}
	mapAssign(v.typ, v.ptr, kp, ep)
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange). It walks a
// snapshot of the entries taken at the first Next.
type MapIter struct {
	m       Value
	keys    []*byte
	elems   []*byte
	i       int
	started bool
}

// MapRange returns a range iterator for the map v.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		iter.keys, iter.elems = mapEntries(iter.m.typ, iter.m.ptr)
		iter.i = 0
	} else {
		if iter.i >= len(iter.keys) {
			panic("MapIter.Next called on exhausted iterator")
		}
		iter.i++
	}
	return iter.i < len(iter.keys)
}

// Key returns the key of the iterator's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started {
		panic("MapIter.Key called before Next")
	}
	if iter.i >= len(iter.keys) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return makeValue(rtKey(iter.m.typ), iter.keys[iter.i], iter.m.ro())
}

// Value returns the value of the iterator's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started {
		panic("MapIter.Value called before Next")
	}
	if iter.i >= len(iter.keys) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return makeValue(rtElem(iter.m.typ), iter.elems[iter.i], iter.m.ro())
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// New returns a Value representing a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := rtPtrTo(t)
	return makeValue(pt, newPointerBox(pt, newObject(t)), 0)
}

// Zero returns the zero value of typ (not addressable, not settable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return makeValue(t, newObject(t), 0)
}

// Indirect returns the value v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value of type typ.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	return makeValue(t, makeSlice(t, len, cap), 0)
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return makeValue(t, makeMap(t, n), 0)
}

// Append appends the values x to the slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := loadIntAt(s.ptr, 8)
	r := makeValue(s.typ, growSlice(s.typ, s.ptr, len(x)), 0)
	for i, xv := range x {
		r.Index(n + i).Set(xv)
	}
	return r
}

// AppendSlice appends the slice t to the slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	n := loadIntAt(s.ptr, 8)
	m := loadIntAt(t.ptr, 8)
	r := makeValue(s.typ, growSlice(s.typ, s.ptr, m), 0)
	for i := 0; i < m; i++ {
		r.Index(n + i).Set(t.Index(i))
	}
	return r
}

// Copy copies elements from src into dst until either is full; it returns how many.
func Copy(dst, src Value) int {
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	for i := 0; i < n; i++ {
		dst.Index(i).Set(src.Index(i))
	}
	return n
}

// DeepEqual reports whether x and y are "deeply equal" (Go's rules: same types,
// then element by element, field by field, maps key by key; funcs equal only when
// both are nil; pointers equal when they point to deeply equal values).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	return deepEqual(x, y)
}
