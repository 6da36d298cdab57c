// reflect_json_walker: a small JSON encoder written with reflect, as lesson 08 builds
// one: struct tags (names, omitempty, "-"), unexported fields skipped, embedded
// structs flattened, pointers, slices, maps with sorted keys, interfaces, Stringers.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	Zip    string `json:"zip,omitempty"`
}

type Base struct {
	ID      int  `json:"id"`
	Deleted bool `json:"deleted,omitempty"`
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type User struct {
	Base
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Age      int               `json:"age"`
	Score    float64           `json:"score"`
	Admin    bool              `json:"admin"`
	Home     *Address          `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Tags     []string          `json:"tags"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Counts   map[string]int    `json:"counts"`
	Level    Level             `json:"level"`
	Extra    interface{}       `json:"extra"`
	password string
	Secret   string `json:"-"`
	Untagged uint8
}

func encode(b *strings.Builder, v reflect.Value) {
	if s, ok := asStringer(v); ok {
		b.WriteString(strconv.Quote(s))
		return
	}
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("null")
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		encode(b, v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("null")
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			encode(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k.String()) + ":")
			encode(b, v.MapIndex(k))
		}
		b.WriteByte('}')
	case reflect.Struct:
		b.WriteByte('{')
		first := true
		encodeFields(b, v, &first)
		b.WriteByte('}')
	default:
		b.WriteString(`"unsupported ` + v.Kind().String() + `"`)
	}
}

func encodeFields(b *strings.Builder, v reflect.Value, first *bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			encodeFields(b, v.Field(i), first)
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if opts == "omitempty" && fv.IsZero() {
			continue
		}
		if !*first {
			b.WriteByte(',')
		}
		*first = false
		b.WriteString(strconv.Quote(name) + ":")
		encode(b, fv)
	}
}

var stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()

func asStringer(v reflect.Value) (string, bool) {
	if !v.IsValid() || !v.Type().Implements(stringerType) || !v.CanInterface() {
		return "", false
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return "", false
	}
	return v.Interface().(fmt.Stringer).String(), true
}

func Marshal(x any) string {
	var b strings.Builder
	encode(&b, reflect.ValueOf(x))
	return b.String()
}

func main() {
	u := User{
		Base:     Base{ID: 7},
		Name:     "Ann \"A\" Lee",
		Age:      31,
		Score:    9.5,
		Home:     &Address{Street: "1 Main St", Zip: "12345"},
		Tags:     []string{"go", "rt"},
		Counts:   map[string]int{"b": 2, "a": 1, "c": 3},
		Level:    2,
		Extra:    []interface{}{1, "x", nil, true, 2.25},
		password: "hunter2",
		Secret:   "s",
		Untagged: 255,
	}
	fmt.Println(Marshal(u))
	fmt.Println(Marshal(&u))
	fmt.Println(Marshal([]Address{{Street: "a"}, {Street: "b", Zip: "z"}}))
	fmt.Println(Marshal(map[string][]int{"x": {1}, "y": nil}))
	fmt.Println(Marshal(nil), Marshal([2]bool{true, false}), Marshal(Level(1)))

	// walking the type alone
	t := reflect.TypeOf(u)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v %v off=%d idx=%v anon=%v tag=%q\n", i, f.Name, f.Type, f.Type.Kind(), f.Offset, f.Index, f.Anonymous, f.Tag)
	}
	id, ok := t.FieldByName("ID")
	fmt.Println(id.Name, id.Index, ok, reflect.ValueOf(u).FieldByName("ID"), reflect.ValueOf(u).FieldByIndex([]int{0, 1}))
	_, ok = t.FieldByName("Nope")
	fmt.Println(ok, t.Size(), t.Align())
}
