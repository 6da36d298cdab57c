// time_now: Now carries a monotonic reading (String's " m=+" suffix, stripped by Round(0),
// UTC, In, Truncate); Since, Until, Sub and comparisons use it; Sleep waits at least d.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t0 := time.Now()
	s := t0.String()
	i := strings.Index(s, " m=+")
	fmt.Println("monotonic suffix:", i > 0, strings.Count(s[i:], "."), len(s[strings.LastIndex(s, ".")+1:]))
	fmt.Println("zone:", strings.Contains(s, " +0000 UTC m=+"), t0.Location())
	for _, u := range []time.Time{t0.Round(0), t0.UTC(), t0.In(time.UTC), t0.Truncate(0), t0.Local()} {
		fmt.Println("stripped:", !strings.Contains(u.String(), "m="), u.Equal(t0), u == t0)
	}
	fmt.Println("kept by Add:", strings.Contains(t0.Add(time.Hour).String(), "m=+"), t0 == t0.Add(0))
	time.Sleep(15 * time.Millisecond)
	t1 := time.Now()
	d := t1.Sub(t0)
	fmt.Println("Sleep(15ms) waited:", d >= 15*time.Millisecond, time.Since(t0) >= d)
	fmt.Println("order:", t1.After(t0), t0.Before(t1), t0.Compare(t1), t1.Compare(t0), t0.Equal(t0.Round(0)))
	fmt.Println("Until:", time.Until(t0) < 0, time.Until(t1.Add(time.Hour)) > 59*time.Minute)
	fmt.Println("Unix consistent:", t1.Unix() == t1.UnixNano()/1e9, t1.UnixMilli() == t1.UnixNano()/1e6, t1.Year() >= 2024)
	u := time.Unix(t1.Unix(), int64(t1.Nanosecond()))
	fmt.Println("round trip:", u.Equal(t1), u == t1.Round(0))
}
