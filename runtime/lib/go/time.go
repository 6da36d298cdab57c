// time.go — Gopherscope's package time: Duration, Month, Weekday, Time (with Go's
// wall/monotonic encoding), Location (UTC, Local, FixedZone), Format and Parse with
// Go's layouts, ParseDuration, Sleep, Timer, Ticker, After, AfterFunc and Tick.
//
// The clock and the timers are the VM's (vm/builtins.h): now, runtimeNano, Sleep,
// startChanTimer, startFuncTimer and stopTimer. A channel timer's firing is a
// non-blocking send by the runtime itself, as Go's sendTime does.
//
// Invariants:
//   - Time keeps Go's layout and encoding (wall: monotonic flag, 33-bit seconds since
//     1885, 30-bit nanoseconds; ext: full seconds since year 1, or the monotonic
//     reading), so ==, Sub, Before/After/Equal and String's " m=+…" suffix behave as Go's.
//   - Duration.String and Time.Format produce Go 1.23's bytes for every layout element.
//   - Go 1.23's timer guarantee holds: once Stop or Reset returns, no value prepared
//     before the call is received from the channel (the runtime fires a timer and
//     stops it under one lock, so a stopped timer sends nothing more, and Stop/Reset
//     drain the channel); Stop and Reset report a drained, unreceived value as
//     "pending", as Go 1.23 does. Timer channels report len and cap 0, as Go 1.23's.
//
// Differences from Go: local time is UTC (Local is named "Local", its zone "UTC" at
// offset 0) and there is no time zone database, so LoadLocation knows only "", "UTC"
// and "Local". Not provided: the marshalling
// methods (MarshalJSON, MarshalText, MarshalBinary, GobEncode and their Unmarshal pairs).
package time

import (
	"errors"
	"sync"
)

// ---- VM builtins ----

// Sleep pauses the current goroutine for at least the duration d; a negative or zero
// duration returns at once.
func Sleep(d Duration)

// runtimeNano returns the runtime's monotonic clock in nanoseconds (positive).
func runtimeNano() int64

// now returns the wall clock (seconds and nanoseconds since 1970) and the monotonic
// clock reading.
func now() (sec int64, nsec int32, mono int64)

// startChanTimer makes the runtime send the current Time (in loc, monotonic reading
// relative to monoBase) on c without blocking at runtimeNano instant when, and every
// period nanoseconds after if period > 0; it returns the timer's id.
func startChanTimer(when, period int64, c chan Time, loc *Location, monoBase int64) int64

// startFuncTimer makes the runtime start f in a goroutine of its own at instant when.
func startFuncTimer(when int64, f func()) int64

// stopTimer cancels timer id; true if it had not fired yet.
func stopTimer(id int64) bool

// ---- Duration ----

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration in the form "72h3m0.5s": leading zero units are
// omitted, durations under a second use "ms", "µs" or "ns", and zero is "0s".
func (d Duration) String() string {
	var buf [32]byte
	end := len(buf)
	pos := end
	mag := uint64(d)
	if d < 0 {
		mag = -mag
	}
	if mag < uint64(Second) {
		pos--
		buf[pos] = 's'
		var digits int
		switch {
		case mag == 0:
			return "0s"
		case mag < uint64(Microsecond):
			pos--
			buf[pos] = 'n'
		case mag < uint64(Millisecond):
			digits = 3
			pos -= 2
			buf[pos], buf[pos+1] = 0xC2, 0xB5 // U+00B5 MICRO SIGN
		default:
			digits = 6
			pos--
			buf[pos] = 'm'
		}
		pos, mag = putFraction(buf[:pos], mag, digits)
		pos = putUint(buf[:pos], mag)
	} else {
		pos--
		buf[pos] = 's'
		pos, mag = putFraction(buf[:pos], mag, 9)
		pos = putUint(buf[:pos], mag%60)
		mag /= 60
		if mag > 0 {
			pos--
			buf[pos] = 'm'
			pos = putUint(buf[:pos], mag%60)
			mag /= 60
			if mag > 0 {
				pos--
				buf[pos] = 'h'
				pos = putUint(buf[:pos], mag)
			}
		}
	}
	if d < 0 {
		pos--
		buf[pos] = '-'
	}
	return string(buf[pos:])
}

// putFraction writes the low `digits` decimal digits of v as a fraction (".5", no
// trailing zeros, nothing if they are all zero) just before the end of buf; it
// returns where the text starts and v without those digits.
func putFraction(buf []byte, v uint64, digits int) (int, uint64) {
	pos := len(buf)
	started := false
	for i := 0; i < digits; i++ {
		digit := v % 10
		v /= 10
		if digit != 0 {
			started = true
		}
		if started {
			pos--
			buf[pos] = byte(digit) + '0'
		}
	}
	if started {
		pos--
		buf[pos] = '.'
	}
	return pos, v
}

// putUint writes v in decimal just before the end of buf and returns where it starts.
func putUint(buf []byte, v uint64) int {
	pos := len(buf)
	for {
		pos--
		buf[pos] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			return pos
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// belowHalf reports whether x < y/2 without overflow.
func belowHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halfway values away from
// zero, saturating at the extremes (d itself if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d >= 0 {
		if belowHalf(r, m) {
			return d - r
		}
		if up := d + m - r; up > d {
			return up
		}
		return maxDuration
	}
	r = -r
	if belowHalf(r, m) {
		return d + r
	}
	if down := d - m + r; down < d {
		return down
	}
	return minDuration
}

// Abs returns the absolute value of d (the most negative Duration gives the most
// positive).
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

var errInvalidDuration = errors.New("time: invalid duration")

// unitNanos are the unit suffixes ParseDuration accepts.
var unitNanos = map[string]uint64{
	"ns":      uint64(Nanosecond),
	"us":      uint64(Microsecond),
	"\u00b5s": uint64(Microsecond), // MICRO SIGN
	"\u03bcs": uint64(Microsecond), // GREEK SMALL LETTER MU
	"ms":      uint64(Millisecond),
	"s":       uint64(Second),
	"m":       uint64(Minute),
	"h":       uint64(Hour),
}

// durationError is ParseDuration's error: the message followed by the quoted input.
func durationError(msg, s string) error {
	return errors.New("time: " + msg + " " + quote(s))
}

// quote is s in double quotes with '"' and '\\' escaped, and control and non-ASCII
// characters as \x escapes of their bytes (what time's error messages show).
func quote(s string) string {
	hex := "0123456789abcdef" // (a variable: indexing an untyped constant crashes our compiler)
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i, r := range s {
		if r >= 0x80 || r < ' ' {
			width := len(string(r))
			if r == 0xFFFD { // an invalid byte, unless U+FFFD itself is spelled out
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if r == '"' || r == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(r))
	}
	return string(append(b, '"'))
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal
// numbers, each with optional fraction and a unit suffix ("300ms", "-1.5h", "2h45m").
func ParseDuration(s string) (Duration, error) {
	orig := s
	var total uint64
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, durationError("invalid duration", orig)
	}
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, durationError("invalid duration", orig)
		}
		// integer part
		var whole uint64
		start := len(s)
		overflow := false
		for s != "" && '0' <= s[0] && s[0] <= '9' {
			if whole > 1<<63/10 {
				overflow = true
			}
			whole = whole*10 + uint64(s[0]-'0')
			if whole > 1<<63 {
				overflow = true
			}
			s = s[1:]
		}
		if overflow {
			return 0, durationError("invalid duration", orig)
		}
		hadWhole := start != len(s)
		// fraction
		var frac uint64
		scale := 1.0
		hadFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			fstart := len(s)
			full := false // digits past the first that would overflow are ignored
			for s != "" && '0' <= s[0] && s[0] <= '9' {
				if !full && frac > (1<<63-1)/10 {
					full = true
				}
				if !full {
					if next := frac*10 + uint64(s[0]-'0'); next > 1<<63 {
						full = true
					} else {
						frac = next
						scale *= 10
					}
				}
				s = s[1:]
			}
			hadFrac = fstart != len(s)
		}
		if !hadWhole && !hadFrac {
			return 0, durationError("invalid duration", orig)
		}
		// unit
		i := 0
		for i < len(s) && s[i] != '.' && !('0' <= s[i] && s[i] <= '9') {
			i++
		}
		if i == 0 {
			return 0, durationError("missing unit in duration", orig)
		}
		unit, ok := unitNanos[s[:i]]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(s[:i]) + " in duration " + quote(orig))
		}
		s = s[i:]
		if whole > 1<<63/unit {
			return 0, durationError("invalid duration", orig)
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return 0, durationError("invalid duration", orig)
			}
		}
		total += whole
		if total > 1<<63 {
			return 0, durationError("invalid duration", orig)
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, durationError("invalid duration", orig)
	}
	return Duration(total), nil
}

// ---- Month, Weekday ----

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa is v in decimal.
func utoa(v uint64) string {
	var buf [20]byte
	return string(buf[putUint(buf[:], v):])
}

// itoa is v in decimal.
func itoa(v int64) string {
	var buf [24]byte
	mag := uint64(v)
	if v < 0 {
		mag = -mag
	}
	pos := putUint(buf[:], mag)
	if v < 0 {
		pos--
		buf[pos] = '-'
	}
	return string(buf[pos:])
}

// ---- Location ----

// A Location maps time instants to the zone in use at that time. Gopherscope's
// locations have one fixed zone each.
type Location struct {
	name     string
	zoneName string
	offset   int // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zoneName: "UTC"}
var localLoc = Location{name: "Local", zoneName: "UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone (UTC in Gopherscope).
var Local *Location = &localLoc

// String returns the name of the location.
func (l *Location) String() string {
	return l.get().name
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zoneName: name, offset: offset}
}

// ---- Time ----

// A Time represents an instant in time with nanosecond precision.
//
// wall: bit 63 says a monotonic reading is present; then bits 30..62 hold seconds
// since Jan 1 1885 and ext the monotonic reading; otherwise those bits are zero and
// ext holds signed seconds since Jan 1 year 1. Bits 0..29 hold the nanoseconds.
// loc == nil means UTC.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// days from Jan 1 year 1 to Jan 1 year y+1, for y = 1969 and 1884
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	minWall              = wallToInternal
	maxWall              = wallToInternal + (1<<33 - 1)
)

// startNano is the monotonic clock at package initialisation, less one, so monotonic
// readings in Times are positive.
var startNano int64 = runtimeNano() - 1

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec is seconds since Jan 1 year 1.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// addSec adds d seconds, keeping the monotonic reading while the wall seconds fit.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		s := int64(t.wall << 1 >> (nsecShift + 1))
		if ns := s + d; 0 <= ns && ns <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(ns)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case (sum > t.ext) == (d > 0):
		t.ext = sum
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

func (t *Time) mono() int64 {
	if t.wall&hasMonotonic == 0 {
		return 0
	}
	return t.ext
}

// Now returns the current time (with a monotonic clock reading).
func Now() Time {
	sec, nsec, mono := now()
	mono -= startNano
	sec += unixToInternal - minWall
	if uint64(sec)>>33 != 0 { // outside 1885..2157: no room for the monotonic reading
		return Time{uint64(nsec), sec + minWall, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

// unixTime is the Local time sec seconds and nsec nanoseconds after 1970 UTC.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// Unix returns the local Time corresponding to the given Unix time; nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time corresponding to msec milliseconds since 1970.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to usec microseconds since 1970.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoDiff(runtimeNano()-startNano, t.ext)
	}
	return Now().Sub(t)
}

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoDiff(t.ext, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// monoDiff is a-b as a Duration, saturating.
func monoDiff(a, b int64) Duration {
	d := Duration(a - b)
	if d < 0 && a > b {
		return maxDuration
	}
	if d > 0 && a < b {
		return minDuration
	}
	return d
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.wall&u.wall&hasMonotonic != 0 {
		tc, uc = t.ext, u.ext
	} else {
		tc, uc = t.sec(), u.sec()
		if tc == uc {
			tc, uc = int64(t.nsec()), int64(u.nsec())
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant (locations may differ).
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec() == 0 && t.nsec() == 0
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		m := t.ext + int64(d)
		if d < 0 && m > t.ext || d > 0 && m < t.ext {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.ext = m
		}
	}
	return t
}

// Sub returns t-u, saturating at the extreme Durations.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		return monoDiff(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns t plus the given years, months and days, normalised as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t with the location set to loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated zone name in effect at t and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zoneName, l.offset
}

// Unix returns t as a Unix time: seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined when that
// does not fit in an int64).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// ---- calendar ----

// floorDiv returns a/b rounded down and the non-negative remainder (b > 0).
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date, counting in
// 400-year cycles that start on March 1 (so leap days end a cycle year).
func civil(days int64) (year int64, month Month, day int) {
	days += 719468 // days from 0000-03-01 to 1970-01-01
	cycle, dayOfCycle := floorDiv(days, 146097)
	yearOfCycle := (dayOfCycle - dayOfCycle/1460 + dayOfCycle/36524 - dayOfCycle/146096) / 365
	dayOfYear := dayOfCycle - (365*yearOfCycle + yearOfCycle/4 - yearOfCycle/100)
	monthFromMarch := (5*dayOfYear + 2) / 153
	day = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	year = yearOfCycle + cycle*400
	if monthFromMarch < 10 {
		month = Month(monthFromMarch + 3)
	} else {
		month = Month(monthFromMarch - 9)
		year++
	}
	return year, month, day
}

// daysSinceUnixEpoch is the inverse of civil (month in 1..12, any day).
func daysSinceUnixEpoch(year int64, month Month, day int64) int64 {
	if month <= February {
		year--
	}
	cycle, yearOfCycle := floorDiv(year, 400)
	m := int64(month) - 3
	if m < 0 {
		m += 12
	}
	dayOfYear := (153*m+2)/5 + day - 1
	dayOfCycle := yearOfCycle*365 + yearOfCycle/4 - yearOfCycle/100 + dayOfYear
	return cycle*146097 + dayOfCycle - 719468
}

// local is t in its location: days since 1970 and seconds into the day.
func (t Time) local() (days, secOfDay int64) {
	return floorDiv(t.unixSec()+int64(t.loc.get().offset), secondsPerDay)
}

// Date returns the year, month and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.local()
	y, m, d := civil(days)
	return int(y), m, d
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.local()
	_, w := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1, 365] or [1, 366].
func (t Time) YearDay() int {
	days, _ := t.local()
	y, _, _ := civil(days)
	return int(days-daysSinceUnixEpoch(y, January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week's year is the year of its Thursday.
	days, _ := t.local()
	_, w := floorDiv(days+3, 7) // Monday = 0
	thursday := days - w + 3
	y, _, _ := civil(thursday)
	return int(y), int(thursday-daysSinceUnixEpoch(y, January, 1))/7 + 1
}

// Clock returns the hour, minute and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.local()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec()) }

// normalize moves multiples of base from lo into hi so that 0 <= lo < base.
func normalize(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in
// loc; values outside their usual ranges are normalised (October 32 is November 1).
// It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = normalize(year, m, 12)
	sec, nsec = normalize(sec, nsec, 1e9)
	min, sec = normalize(min, sec, 60)
	hour, min = normalize(hour, min, 60)
	day, hour = normalize(day, hour, 24)
	days := daysSinceUnixEpoch(int64(year), Month(m+1), 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec) - int64(loc.offset)
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// remainder returns t modulo d measured from the zero Time (d > 0).
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	negative := sec < 0
	if negative {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	// (sec*1e9 + nsec) mod m, without overflow
	r := (mulMod(uint64(sec)%m, uint64(1e9)%m, m) + uint64(nsec)%m) % m
	if negative && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod is a*b mod m for a, b < m < 2^63.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// Truncate returns t rounded down to a multiple of d since the zero time, without
// its monotonic reading (t itself, stripped, if d <= 0).
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns t rounded to the nearest multiple of d since the zero time (halfway
// values up), without its monotonic reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if belowHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---- formatting ----

// The predefined layouts.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements (what a run of layout text stands for).
const (
	elemNone                  = iota
	elemLongMonth             // January
	elemMonth                 // Jan
	elemNumMonth              // 1
	elemZeroMonth             // 01
	elemLongWeekDay           // Monday
	elemWeekDay               // Mon
	elemDay                   // 2
	elemUnderDay              // _2
	elemZeroDay               // 02
	elemUnderYearDay          // __2
	elemZeroYearDay           // 002
	elemHour                  // 15
	elemHour12                // 3
	elemZeroHour12            // 03
	elemMinute                // 4
	elemZeroMinute            // 04
	elemSecond                // 5
	elemZeroSecond            // 05
	elemLongYear              // 2006
	elemYear                  // 06
	elemPM                    // PM
	elempm                    // pm
	elemTZ                    // MST
	elemISO8601TZ             // Z0700
	elemISO8601SecondsTZ      // Z070000
	elemISO8601ShortTZ        // Z07
	elemISO8601ColonTZ        // Z07:00
	elemISO8601ColonSecondsTZ // Z07:00:00
	elemNumTZ                 // -0700
	elemNumSecondsTz          // -070000
	elemNumShortTZ            // -07
	elemNumColonTZ            // -07:00
	elemNumColonSecondsTZ     // -07:00:00
	elemFracSecond0           // ,000 or .000: exactly that many digits
	elemFracSecond9           // ,999 or .999: up to that many, trailing zeros dropped
)

// zoneElems are the numeric zone elements by text, longest first within each prefix.
var zoneElems = [...]struct {
	text string
	elem int
}{
	{"Z070000", elemISO8601SecondsTZ}, {"Z07:00:00", elemISO8601ColonSecondsTZ},
	{"Z0700", elemISO8601TZ}, {"Z07:00", elemISO8601ColonTZ}, {"Z07", elemISO8601ShortTZ},
	{"-070000", elemNumSecondsTz}, {"-07:00:00", elemNumColonSecondsTZ},
	{"-0700", elemNumTZ}, {"-07:00", elemNumColonTZ}, {"-07", elemNumShortTZ},
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// startsLower reports whether s begins with a lower-case ASCII letter.
func startsLower(s string) bool {
	return s != "" && 'a' <= s[0] && s[0] <= 'z'
}

// nextElem finds the first layout element in layout: the literal text before it, the
// element (elemNone at the end), its fraction digits and separator, and the rest.
func nextElem(layout string) (prefix string, elem, digits int, sep byte, rest string) {
	for i := 0; i < len(layout); i++ {
		found, size := elemNone, 0
		switch c := layout[i]; c {
		case 'J':
			if len(layout) >= i+7 && layout[i:i+7] == "January" {
				found, size = elemLongMonth, 7
			} else if len(layout) >= i+3 && layout[i:i+3] == "Jan" {
				found, size = elemMonth, 3
			}
		case 'M':
			if len(layout) >= i+6 && layout[i:i+6] == "Monday" {
				found, size = elemLongWeekDay, 6
			} else if len(layout) >= i+3 && layout[i:i+3] == "Mon" && !startsLower(layout[i+3:]) {
				found, size = elemWeekDay, 3
			} else if len(layout) >= i+3 && layout[i:i+3] == "MST" {
				found, size = elemTZ, 3
			}
		case '0':
			if len(layout) >= i+3 && layout[i+1] == '0' && layout[i+2] == '2' {
				found, size = elemZeroYearDay, 3
			} else if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				found, size = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute,
					elemZeroSecond, elemYear}[layout[i+1]-'1'], 2
			}
		case '1':
			if len(layout) >= i+2 && layout[i+1] == '5' {
				found, size = elemHour, 2
			} else {
				found, size = elemNumMonth, 1
			}
		case '2':
			if len(layout) >= i+4 && layout[i:i+4] == "2006" {
				found, size = elemLongYear, 4
			} else {
				found, size = elemDay, 1
			}
		case '_':
			if len(layout) >= i+2 && layout[i+1] == '2' {
				if len(layout) >= i+5 && layout[i+1:i+5] == "2006" {
					// "_2006" is a literal '_' and then the year
					return layout[:i+1], elemLongYear, 0, 0, layout[i+5:]
				}
				found, size = elemUnderDay, 2
			} else if len(layout) >= i+3 && layout[i+1] == '_' && layout[i+2] == '2' {
				found, size = elemUnderYearDay, 3
			}
		case '3':
			found, size = elemHour12, 1
		case '4':
			found, size = elemMinute, 1
		case '5':
			found, size = elemSecond, 1
		case 'P':
			if len(layout) >= i+2 && layout[i+1] == 'M' {
				found, size = elemPM, 2
			}
		case 'p':
			if len(layout) >= i+2 && layout[i+1] == 'm' {
				found, size = elempm, 2
			}
		case '-', 'Z':
			for _, z := range zoneElems {
				if z.text[0] == c && len(layout) >= i+len(z.text) && layout[i:i+len(z.text)] == z.text {
					found, size = z.elem, len(z.text)
					break
				}
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				digit := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == digit {
					j++
				}
				if !isDigitAt(layout, j) {
					found, size = elemFracSecond0, j-i
					if digit == '9' {
						found = elemFracSecond9
					}
					return layout[:i], found, j - i - 1, c, layout[j:]
				}
			}
		}
		if found != elemNone {
			return layout[:i], found, 0, 0, layout[i+size:]
		}
	}
	return layout, elemNone, 0, 0, ""
}

// appendPadded appends v in decimal, zero-padded to width digits (after any '-').
func appendPadded(b []byte, v int, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	pos := putUint(buf[:], uint64(v))
	for n := len(buf) - pos; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, buf[pos:]...)
}

// appendFraction appends sep and the first digits digits of nsec (9-digit fraction);
// with trim, trailing zeros are dropped and nothing is written for a zero fraction.
func appendFraction(b []byte, nsec int, digits int, sep byte, trim bool) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte(nsec%10) + '0'
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	frac := buf[:digits]
	if trim {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		if len(frac) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, frac...)
}

// Format returns t formatted according to layout, whose elements are those of the
// reference time "Mon Jan 2 15:04:05 MST 2006" (see the predefined layouts).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the text to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	zoneName, offset := t.Zone()
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	yday := t.YearDay()
	weekday := t.Weekday()
	for layout != "" {
		prefix, elem, digits, sep, rest := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = rest
		switch elem {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendPadded(b, y%100, 2)
		case elemLongYear:
			b = appendPadded(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendPadded(b, int(month), 0)
		case elemZeroMonth:
			b = appendPadded(b, int(month), 2)
		case elemWeekDay:
			b = append(b, weekday.String()[:3]...)
		case elemLongWeekDay:
			b = append(b, weekday.String()...)
		case elemDay:
			b = appendPadded(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, day, 0)
		case elemZeroDay:
			b = appendPadded(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendPadded(b, yday, 0)
		case elemZeroYearDay:
			b = appendPadded(b, yday, 3)
		case elemHour:
			b = appendPadded(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if elem == elemZeroHour12 {
				width = 2
			}
			b = appendPadded(b, h, width)
		case elemMinute:
			b = appendPadded(b, min, 0)
		case elemZeroMinute:
			b = appendPadded(b, min, 2)
		case elemSecond:
			b = appendPadded(b, sec, 0)
		case elemZeroSecond:
			b = appendPadded(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ,
			elemISO8601ColonSecondsTZ, elemNumTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonTZ,
			elemNumColonSecondsTZ:
			b = appendZoneOffset(b, elem, offset)
		case elemTZ:
			if zoneName != "" {
				b = append(b, zoneName...)
				break
			}
			minutes := offset / 60
			if minutes < 0 {
				b = append(b, '-')
				minutes = -minutes
			} else {
				b = append(b, '+')
			}
			b = appendPadded(b, minutes/60, 2)
			b = appendPadded(b, minutes%60, 2)
		case elemFracSecond0:
			b = appendFraction(b, t.Nanosecond(), digits, sep, false)
		case elemFracSecond9:
			b = appendFraction(b, t.Nanosecond(), digits, sep, true)
		}
	}
	return b
}

// appendZoneOffset appends the numeric zone elements: "Z" for UTC in the ISO 8601
// forms, otherwise ±hh[[:]mm[[:]ss]].
func appendZoneOffset(b []byte, elem int, offset int) []byte {
	iso := elem == elemISO8601TZ || elem == elemISO8601SecondsTZ || elem == elemISO8601ShortTZ ||
		elem == elemISO8601ColonTZ || elem == elemISO8601ColonSecondsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := elem == elemISO8601ColonTZ || elem == elemISO8601ColonSecondsTZ || elem == elemNumColonTZ ||
		elem == elemNumColonSecondsTZ
	short := elem == elemISO8601ShortTZ || elem == elemNumShortTZ
	seconds := elem == elemISO8601SecondsTZ || elem == elemISO8601ColonSecondsTZ || elem == elemNumSecondsTz ||
		elem == elemNumColonSecondsTZ
	abs := offset
	if offset < 0 {
		b = append(b, '-')
		abs = -offset
	} else {
		b = append(b, '+')
	}
	b = appendPadded(b, abs/3600, 2)
	if !short {
		if colon {
			b = append(b, ':')
		}
		b = appendPadded(b, abs/60%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendPadded(b, abs%60, 2)
	}
	return b
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±<seconds>" when t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	b := []byte(s)
	b = append(b, " m="...)
	b = append(b, sign)
	whole, frac := m/1e9, m%1e9
	b = append(b, itoa(int64(whole))...)
	b = append(b, '.')
	return string(appendPadded(b, int(frac), 9))
}

// GoString returns t as Go source: a call of Date with t's fields and location.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append(make([]byte, 0, 72), "time.Date("...)
	b = append(b, itoa(int64(year))...)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = append(b, itoa(int64(month))...) // as Go prints it, without a separator
	}
	for _, v := range [...]int{day, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "...)
		b = append(b, itoa(int64(v))...)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// IsDST reports whether t is in daylight saving time (never, with fixed zones).
func (t Time) IsDST() bool { return false }

// ZoneBounds returns the bounds of the zone in effect at t; a fixed zone has none, so
// both are the zero Time, as in Go.
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

// LoadLocation returns the Location with the given name: "" and "UTC" give UTC,
// "Local" gives Local. Gopherscope has no time zone database, so every other name
// is an unknown time zone.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// ---- parsing ----

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// errBadValue marks a value element that does not match its layout element (the
// caller turns it into a ParseError).
var errBadValue = errors.New("bad value for field")

// twoDigits reads a one- or two-digit number (exactly two when fixed) from s.
func twoDigits(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBadValue
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBadValue
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// threeDigits reads up to three digits (exactly three when fixed) from s.
func threeDigits(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBadValue
	}
	return n, s[i:], nil
}

// leadingUint reads the decimal digits at the start of s; an error if the number
// exceeds 1<<63.
func leadingUint(s string) (uint64, string, error) {
	var x uint64
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, s, errBadValue
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, s, errBadValue
		}
	}
	return x, s[i:], nil
}

// signedAtoi parses all of s as an optionally signed decimal number.
func signedAtoi(s string) (int, error) {
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	x, rest, err := leadingUint(s)
	if err != nil || rest != "" {
		return 0, errBadValue
	}
	if negative {
		return -int(x), nil
	}
	return int(x), nil
}

// skipLiteral consumes the layout's literal text from value; a space in the layout
// matches any run of spaces (at least one, unless value has no more text).
func skipLiteral(value, literal string) (string, error) {
	for literal != "" {
		if literal[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBadValue
			}
			for literal != "" && literal[0] == ' ' {
				literal = literal[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != literal[0] {
			return value, errBadValue
		}
		literal, value = literal[1:], value[1:]
	}
	return value, nil
}

// sameLetters compares ASCII case-insensitively (s1 and s2 of the same length).
func sameLetters(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// lookupName finds which of names value starts with (any case).
func lookupName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && sameLetters(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBadValue
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// parseFraction reads a separator and digits (n bytes in all) as nanoseconds; digits
// past the ninth are ignored.
func parseFraction(value string, n int) (int, string, error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBadValue
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	ns, err := signedAtoi(value[1:n])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-n; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// signedOffsetLen is the length of a "+h"/"-hh" hour offset at the start of value,
// or 0 if there is none (or it is above 23).
func signedOffsetLen(value string) int {
	if value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, err := leadingUint(value[1:])
	if err != nil || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// zoneNameLen is the length of a time zone abbreviation at the start of value:
// three upper-case letters, four ending in T (or ChST, MeST, WITA), five ending in
// T, or GMT with an optional signed hour offset.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedOffsetLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// daysInMonth is the length of month m of year.
func daysInMonth(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
}

// Parse parses a formatted string and returns the time value it represents, using
// the layout's elements as Format does. Without a zone in the value the time is UTC;
// a zone offset matching local time gives a Local time, any other a fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in
// loc, and a zone offset matching loc's as loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	fullLayout, fullValue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var zone *Location
	zoneOffset := -1
	zoneName := ""
	am, pm := false, false
	for {
		prefix, elem, digits, _, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var err error
		value, err = skipLiteral(value, prefix)
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, prefix, value, ""}
		}
		if elem == elemNone {
			if value != "" {
				return Time{}, &ParseError{fullLayout, fullValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		before := value
		outOfRange := ""
		switch elem {
		case elemYear:
			if len(value) < 2 {
				err = errBadValue
				break
			}
			year, err = signedAtoi(value[:2])
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBadValue
				break
			}
			year, err = signedAtoi(value[:4])
			value = value[4:]
		case elemMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookupName(monthNames[:], value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = twoDigits(value, elem == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				outOfRange = "month"
			}
		case elemWeekDay:
			_, value, err = lookupName(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookupName(dayNames[:], value)
		case elemDay, elemUnderDay, elemZeroDay:
			if elem == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = twoDigits(value, elem == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2; i++ {
				if elem == elemUnderYearDay && value != "" && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = threeDigits(value, elem == elemZeroYearDay)
		case elemHour:
			hour, value, err = twoDigits(value, false)
			if hour < 0 || hour >= 24 {
				outOfRange = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = twoDigits(value, elem == elemZeroHour12)
			if hour < 0 || hour > 12 {
				outOfRange = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = twoDigits(value, elem == elemZeroMinute)
			if min < 0 || min >= 60 {
				outOfRange = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = twoDigits(value, elem == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction right after the seconds is read here unless the layout
			// has its own fraction element next.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, next, _, _, _ := nextElem(layout)
				if next == elemFracSecond0 || next == elemFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, outOfRange, err = parseFraction(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBadValue
				break
			}
			text := value[:2]
			value = value[2:]
			pmText, amText := "PM", "AM"
			if elem == elempm {
				pmText, amText = "pm", "am"
			}
			switch text {
			case pmText:
				pm = true
			case amText:
				am = true
			default:
				err = errBadValue
			}
		case elemISO8601TZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601SecondsTZ,
			elemISO8601ColonSecondsTZ, elemNumTZ, elemNumShortTZ, elemNumColonTZ, elemNumSecondsTz,
			elemNumColonSecondsTZ:
			iso := elem == elemISO8601TZ || elem == elemISO8601ShortTZ || elem == elemISO8601ColonTZ ||
				elem == elemISO8601SecondsTZ || elem == elemISO8601ColonSecondsTZ
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				zone = UTC
				break
			}
			zoneOffset, value, outOfRange, err = parseZoneOffset(elem, value)
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				zone = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errBadValue
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracSecond0:
			n := 1 + digits
			if len(value) < n {
				err = errBadValue
				break
			}
			nsec, outOfRange, err = parseFraction(value, n)
			value = value[n:]
		case elemFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				break // the fraction is optional
			}
			n := 1
			for isDigitAt(value, n) {
				n++
			}
			nsec, outOfRange, err = parseFraction(value, n)
			value = value[n:]
		}
		if outOfRange != "" {
			return Time{}, &ParseError{fullLayout, fullValue, elemText, value, ": " + outOfRange + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, elemText, before, ""}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		leap := daysInMonth(February, year) == 29
		m, d := 0, 0
		if leap {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{fullLayout, fullValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m, d = 1, yday
			for d > daysInMonth(Month(m), 2001) { // a common year: leap days were removed above
				d -= daysInMonth(Month(m), 2001)
				m++
			}
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{fullLayout, fullValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{fullLayout, fullValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysInMonth(Month(month), year) {
		return Time{}, &ParseError{fullLayout, fullValue, "", value, ": day out of range"}
	}

	if zone != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zone), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		l := local.get()
		if l.offset == zoneOffset && (zoneName == "" || l.zoneName == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if l := local.get(); l.zoneName == zoneName {
			t.addSec(-int64(l.offset))
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = signedAtoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// parseZoneOffset reads a numeric zone offset in the form elem asks for.
func parseZoneOffset(elem int, value string) (offset int, rest, outOfRange string, err error) {
	var sign, hh, mm, ss string
	switch elem {
	case elemISO8601ColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return -1, value, "", errBadValue
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elemISO8601ShortTZ, elemNumShortTZ:
		if len(value) < 3 {
			return -1, value, "", errBadValue
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], "00", "00", value[3:]
	case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return -1, value, "", errBadValue
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elemISO8601SecondsTZ, elemNumSecondsTz:
		if len(value) < 7 {
			return -1, value, "", errBadValue
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return -1, value, "", errBadValue
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, err := twoDigits(hh, true)
	m, s := 0, 0
	if err == nil {
		m, _, err = twoDigits(mm, true)
	}
	if err == nil {
		s, _, err = twoDigits(ss, true)
	}
	if h > 24 {
		outOfRange = "time zone offset hour"
	}
	if m > 60 {
		outOfRange = "time zone offset minute"
	}
	if s > 60 {
		outOfRange = "time zone offset second"
	}
	offset = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		err = errBadValue
	}
	return offset, value, outOfRange, err
}

// ---- timers ----

// runtimeTimer is a Timer's or Ticker's state: the runtime timer armed for it (id; 0
// when none), its channel (nil for AfterFunc) or AfterFunc's function, and a
// ticker's period. As in Go 1.23 the runtime sends on the channel itself when the
// timer fires — no goroutine runs for it — and the channel reads as unbuffered (len
// and cap 0): the one value it can hold is taken back by Stop and Reset.
type runtimeTimer struct {
	mu     sync.Mutex
	id     int64
	period int64
	c      chan Time
	f      func()
}

// when is the runtimeNano instant d from now (saturating).
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	w := runtimeNano() + int64(d)
	if w < 0 {
		w = 1<<63 - 1
	}
	return w
}

// start arms t to fire at instant w (t.mu held).
func (t *runtimeTimer) start(w int64) {
	if t.c != nil {
		t.id = startChanTimer(w, t.period, t.c, Local, startNano)
	} else {
		t.id = startFuncTimer(w, t.f)
	}
}

// cancel disarms t and takes back a value sent but not received, so nothing due
// before the call is received after it; true if the timer had not fired or its value
// was still unread (t.mu held).
func (t *runtimeTimer) cancel() bool {
	pending := false
	if t.id != 0 {
		pending = stopTimer(t.id)
		t.id = 0
	}
	if t.c != nil {
		select {
		case <-t.c:
			pending = true
		default:
		}
	}
	return pending
}

// The Timer type represents a single event. When it expires, the current time is
// sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a Timer that sends the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	r := &runtimeTimer{c: c}
	r.mu.Lock()
	r.start(when(d))
	r.mu.Unlock()
	return &Timer{C: c, r: r}
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
// The returned Timer's Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	r := &runtimeTimer{f: f}
	r.mu.Lock()
	r.start(when(d))
	r.mu.Unlock()
	return &Timer{r: r}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired (and its value was received) or been
// stopped. No value sent before Stop is received after it.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	t.r.mu.Lock()
	defer t.r.mu.Unlock()
	return t.r.cancel()
}

// Reset changes the timer to expire after duration d. It returns true if the timer
// had been active, false if it had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	t.r.mu.Lock()
	defer t.r.mu.Unlock()
	pending := t.r.cancel()
	t.r.start(when(d))
	return pending
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel (NewTimer(d).C).
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals; ticks a
// slow receiver misses are dropped.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a new Ticker sending the current time on its channel every d;
// d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	r := &runtimeTimer{c: c, period: int64(d)}
	r.mu.Lock()
	r.start(when(d))
	r.mu.Unlock()
	return &Ticker{C: c, r: r}
}

// Stop turns off the ticker. No tick sent before Stop is received after it.
func (t *Ticker) Stop() {
	if t.r == nil {
		return // Go: stopping an uninitialised Ticker does nothing
	}
	t.r.mu.Lock()
	t.r.cancel()
	t.r.mu.Unlock()
}

// Reset stops the ticker and restarts it with period d; d must be greater than zero.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.mu.Lock()
	t.r.cancel()
	t.r.period = int64(d)
	t.r.start(when(d))
	t.r.mu.Unlock()
}

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
