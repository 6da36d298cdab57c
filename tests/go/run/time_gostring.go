// time_gostring: %#v of Time (GoString), LoadLocation for the names every system has,
// IsDST and ZoneBounds of fixed zones, Month and Weekday through fmt verbs.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.In(time.FixedZone("EST", -5*3600)))
	fmt.Printf("%#v\n", time.Date(-3, 1, 1, 0, 0, 0, 0, time.Local))
	fmt.Println(time.LoadLocation(""))
	fmt.Println(time.LoadLocation("UTC"))
	fmt.Println(time.LoadLocation("Local"))
	fmt.Println(t.IsDST(), t.Local().IsDST())
	s, e := t.ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	fmt.Printf("%v %s %d\n", time.March, time.Tuesday, time.March)
}
