// reflect_gc: values made by reflect (New, MakeSlice, Append, MapKeys, SetMapIndex,
// Set of interfaces and pointers) stay alive and intact across collections.
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
	Tags []string
	Any  interface{}
}

func main() {
	nt := reflect.TypeOf(Node{})
	var head reflect.Value // *Node
	for i := 0; i < 2000; i++ {
		n := reflect.New(nt)
		e := n.Elem()
		e.Field(0).SetInt(int64(i))
		if head.IsValid() {
			e.Field(1).Set(head)
		}
		tags := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 1)
		for j := 0; j < 3; j++ {
			tags = reflect.Append(tags, reflect.ValueOf(fmt.Sprint("t", i, "-", j)))
		}
		e.Field(2).Set(tags)
		e.Field(3).Set(reflect.ValueOf(fmt.Sprint("any", i)))
		head = n
		if i%500 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	sum, count := 0, 0
	for p := head.Interface().(*Node); p != nil; p = p.Next {
		sum += p.Val
		count++
		if p.Tags[2] != fmt.Sprint("t", p.Val, "-", 2) || p.Any.(string) != fmt.Sprint("any", p.Val) {
			fmt.Println("corrupt node", p.Val, p.Tags, p.Any)
			return
		}
	}
	fmt.Println(count, sum)

	m := reflect.MakeMap(reflect.TypeOf(map[string][]int{}))
	for i := 0; i < 300; i++ {
		m.SetMapIndex(reflect.ValueOf(fmt.Sprint("k", i)), reflect.ValueOf([]int{i, i * i}))
	}
	runtime.GC()
	keys := m.MapKeys()
	runtime.GC()
	total := 0
	for _, k := range keys {
		total += int(m.MapIndex(k).Index(1).Int())
	}
	fmt.Println(len(keys), total)
}
