// time_parse: Parse and ParseInLocation with the predefined and custom layouts, zones,
// fractions, day-of-year, and Go's ParseError texts.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off)
}

// cases is a function, not a variable: a long literal is built in a frame of its own.
func cases() [][2]string {
	return [][2]string{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05+05:30"},
		{time.RFC3339, "2024-02-29T13:04:05+00:00"},
		{time.RFC3339Nano, "2024-02-29T13:04:05.123456789-07:00"},
		{time.RFC3339, "2024-02-29T13:04:05.5Z"},
		{time.DateTime, "2024-02-29 13:04:05"},
		{time.DateOnly, "2023-12-31"},
		{time.TimeOnly, "23:59:59"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.ANSIC, "Thu Feb  1 08:04:05 2024"},
		{time.UnixDate, "Thu Feb 29 08:04:05 EST 2024"},
		{time.UnixDate, "Thu Feb 29 08:04:05 UTC 2024"},
		{time.RFC1123, "Thu, 29 Feb 2024 08:04:05 GMT"},
		{time.RFC1123Z, "Thu, 29 Feb 2024 08:04:05 -0800"},
		{time.RFC822, "29 Feb 24 08:04 PST"},
		{time.RFC850, "Thursday, 29-Feb-70 08:04:05 GMT+3"},
		{time.StampMilli, "Feb  3 04:05:06.789"},
		{"January 2, 2006", "march 5, 2021"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-365"},
		{"2006 __2", "2024  61"},
		{"2006-01-02 15:04:05.000", "2024-01-02 03:04:05.120"},
		{"2006-01-02 15:04:05", "2024-01-02 03:04:05.123456789123"},
		{"2006-01-02 15:04:05,999", "2024-01-02 03:04:05,5"},
		{"2006-01-02 15:04:05.999", "2024-01-02 03:04:05"},
		{"2006-01-02  15:04", "2024-01-02 3:04"},
		{"02/01/06 15h04", "31/12/99 23h59"},
		{"Z0700 2006", "+0130 2000"},
		{"-07:00:00 2006", "-01:02:03 2000"},
		{"MST 2006", "CEST 2000"},
		{"MST 2006", "ChST 2000"},
		// errors
		{time.RFC3339, "2024-02-30T13:04:05Z"},
		{time.RFC3339, "2024-13-01T13:04:05Z"},
		{time.RFC3339, "2024-02-29 13:04:05Z"},
		{time.RFC3339, "2024-02-29T25:04:05Z"},
		{time.DateOnly, "2024-02-29x"},
		{time.DateOnly, "24-02-29"},
		{time.Kitchen, "3:04XM"},
		{time.Kitchen, "13:04PM"},
		{"15:04:05", "10:61:00"},
		{"15:04:05", "10:00:60"},
		{"2006-002", "2023-366"},
		{"2006-002 Jan", "2023-032 Jan"},
		{"2006-01-002", "2023-02-033"},
		{"Jan 2", "Foo 2"},
		{"Z07:00", "+25:00"},
		{"MST", "xyz"},
		{"2006 \"quoted\"", "2006 \"other\"\x01"},
		{"2006", ""},
		{"", "extra"},
	}
}

func main() {
	for _, c := range cases() {
		fmt.Printf("%q %q\n  ", c[0], c[1])
		show(time.Parse(c[0], c[1]))
	}
	est := time.FixedZone("EST", -5*3600)
	show(time.ParseInLocation(time.DateTime, "2024-02-29 13:04:05", est))
	show(time.ParseInLocation(time.RFC3339, "2024-02-29T13:04:05-05:00", est))
	show(time.ParseInLocation("MST 2006", "EST 2000", est))
	_, err := time.Parse(time.DateOnly, "2024-1-1")
	if pe, ok := err.(*time.ParseError); ok {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
}
