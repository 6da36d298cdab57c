// time_date_format: Date, Unix, calendar fields, arithmetic and Format layouts in UTC
// and fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(t.ISOWeek())
	formats(t)
}

func formats(t time.Time) {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000 pm Mon Monday Jan January 1 2 _2 __2 002 3 03 4 5 06",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00 -07 -0700 -07:00 -070000 -07:00:00 MST",
		".0 .00 .9 .99 ,999 ,000000 .999999999 .0000000000 05.999", "Month Mon_2006 Jan2006 x15y 1504"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800+7),
		time.FixedZone("X", -(9*3600 + 30*60))}
	for _, loc := range zones {
		u := t.In(loc)
		fmt.Println(loc, u.Location(), u)
		for _, l := range layouts {
			fmt.Println(" ", u.Format(l))
		}
		name, off := u.Zone()
		fmt.Println(name, off, u.Equal(t), u == t)
	}
	arithmetic(t)
}

func arithmetic(t time.Time) {
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 60, 1e9, time.UTC))
	fmt.Println(time.Date(2023, 14, -1, 25, -61, 0, -1, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC).Unix(), time.Date(1600, 3, 1, 0, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, -1).UTC(), time.UnixMilli(-1).UTC(), time.UnixMicro(1e12+5).UTC())
	u := time.Unix(1<<33, 0).UTC()
	fmt.Println(u, u.Unix())
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 1)
	fmt.Println(b, b.Sub(a), a.Sub(b), b.After(a), b.Before(a), a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.AddDate(0, 1, 30), a.AddDate(-1, -1, -1), a.AddDate(0, 0, 366))
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour), t.Round(7*time.Minute))
	fmt.Println(t.Round(0), t.Truncate(-1), t.Round(time.Millisecond), t.Truncate(3*time.Microsecond))
	edges(t)
}

func edges(t time.Time) {
	for y := 1998; y <= 2010; y++ {
		w, n := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).ISOWeek()
		w2, n2 := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).ISOWeek()
		fmt.Print(w, "-", n, " ", w2, "-", n2, "; ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Weekday(7), time.Month(0), time.Weekday(-1), time.December, time.Saturday)
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339+" 06"), time.Date(12345, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2020, 6, 1, 0, 0, 0, 0, time.FixedZone("Z", 0)).Format(time.RFC3339))
	fmt.Println(time.Date(2020, 6, 1, 12, 0, 0, 0, time.UTC).Format("3PM 3pm 15 03"), time.Date(2020, 6, 1, 0, 7, 0, 0, time.UTC).Format(time.Kitchen))
	fmt.Println(t.UTC().Location(), t.Location().String())
	func() {
		defer func() { fmt.Println(recover()) }()
		time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		t.In(nil)
	}()
}
