// time_duration: Duration's String, conversions, Round/Truncate/Abs and ParseDuration.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 999999, 1000000, 1500000, time.Second,
		1500 * time.Millisecond, time.Minute, 61 * time.Second, time.Hour + 2*time.Minute + 3500*time.Millisecond,
		100 * time.Hour, -1, -1500 * time.Microsecond, -90 * time.Minute, math.MaxInt64, math.MinInt64,
		time.Duration(1<<63 - 1).Round(time.Hour), 3*time.Millisecond + 7*time.Nanosecond}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d\n", d, d.String(), int64(d))
	}
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	for _, m := range []time.Duration{0, time.Second, time.Minute, time.Hour, 7 * time.Millisecond, -time.Second} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(-5).Abs(), time.Duration(math.MinInt64).Abs(), time.Duration(3).Abs())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	for _, s := range []string{"0", "1h2m3.5s", "-1.5h", "+300ms", "1.000000001s", "2us", "3µs", "4μs", ".5m", "5.s",
		"", "-", "1", "1x", "1.2.3s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562047h48m", "0.000000000000000000001h", "1e3s", "3h\t", "3\"s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
	fmt.Printf("%T %v %d\n", time.Second, time.Second*2, time.Second/3)
}
