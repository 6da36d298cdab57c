// struct_field_pointers: pointers to fields and elements stay valid; new() and composite literal addresses.
package main

import "fmt"

type Config struct {
	Port  int
	Hosts []string
	Inner struct{ Level int }
}

func bump(p *int) { *p += 100 }

func main() {
	c := &Config{Port: 80}
	bump(&c.Port)
	bump(&c.Inner.Level)
	fmt.Println(c.Port, c.Inner.Level)
	arr := [3]Config{}
	p := &arr[1]
	p.Port = 7
	fmt.Println(arr[1].Port)
	ip := new(int)
	*ip = 5
	q := ip
	*q++
	fmt.Println(*ip, ip == q)
	pp := &ip
	**pp = 9
	fmt.Println(*ip)
}
