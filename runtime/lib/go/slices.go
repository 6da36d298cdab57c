// slices.go — Gopherscope's package slices, in plain Go: generic functions the
// compiler instantiates per type argument (runtime/lang/compile_generic.cpp).
// Iterator functions (All, Values, Backward, Collect, Sorted, Chunk) need range-over-func
// and are not provided yet.
//
// Invariant: Sort, SortFunc and SortStableFunc run the same algorithms as Go 1.23
// (pattern-defeating quicksort with its deterministic pattern breaker; insertion-sorted
// blocks of 20 merged by SymMerge, shared with this repository's sort.go), so they make
// the same sequence of comparisons and leave equal elements in the same order as Go.
package slices

import "cmp"

// bitLen is math/bits.Len for a non-negative int.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

func isNaN[T cmp.Ordered](x T) bool {
	return x != x
}

// ---- sorting ----

func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	if n > 1 {
		pdqsortLess([]E(x), cmp.Less[E], 0, n, bitLen(n))
	}
}

func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n > 1 {
		pdqsortLess([]E(x), func(a, b E) bool { return cmp(a, b) < 0 }, 0, n, bitLen(n))
	}
}

func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableLess([]E(x), func(a, b E) bool { return cmp(a, b) < 0 }, len(x))
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in the sorted x: its position (or where it would be
// inserted) and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Less(x[mid], target) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && (x[lo] == target || (isNaN(x[lo]) && isNaN(target)))
}

func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(x[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && cmp(x[lo], target) == 0
}

// ---- searching and comparing ----

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare orders s1 and s2 element by element, then by length.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Max and Min follow the max/min builtins: a NaN anywhere wins.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// ---- building and rearranging ----

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Clone returns a shallow copy (nil stays nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal elements by one copy; the tail left over is zeroed.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for r := 1; r < len(s); r++ {
		if s[r] != s[r-1] {
			if w != r {
				s[w] = s[r]
			}
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for r := 1; r < len(s); r++ {
		if !eq(s[r], s[r-1]) {
			if w != r {
				s[w] = s[r]
			}
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// Delete removes s[i:j]; the vacated tail is zeroed.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	w := 0
	for r := range s {
		if !del(s[r]) {
			s[w] = s[r]
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// Insert puts vs at s[i] (vs must not alias s).
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // bounds check
	m := len(vs)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, vs...)
	}
	if n+m > cap(s) {
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], vs)
		copy(grown[i+m:], s[i:])
		return grown
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], vs)
	return s
}

func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	out := make(S, 0, len(x)*count)
	for i := 0; i < count; i++ {
		out = append(out, x...)
	}
	return out
}

// ---- pattern-defeating quicksort and stable merge sort over a less function ----

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// insertionSort sorts data[a:b] by adjacent swaps.
func insertionSortLess[E any](data []E, less func(a, b E) bool, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[first+lo:first+hi].
func siftDownLess[E any](data []E, less func(a, b E) bool, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(data[first+child], data[first+child+1]) {
			child++
		}
		if !less(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortLess[E any](data []E, less func(a, b E) bool, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownLess(data, less, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDownLess(data, less, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many badly balanced partitions are
// tolerated before falling back to heapsort.
func pdqsortLess[E any](data []E, less func(a, b E) bool, a, b, limit int) {
	const insertionMax = 12
	balanced := true    // the previous partition was reasonably balanced
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= insertionMax {
			insertionSortLess(data, less, a, b)
			return
		}
		if limit == 0 {
			heapSortLess(data, less, a, b)
			return
		}
		if !balanced {
			breakPatternsLess(data, less, a, b)
			limit--
		}
		pivot, hint := choosePivotLess(data, less, a, b)
		if hint == decreasingHint {
			reverseRangeLess(data, less, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint && partialInsertionSortLess(data, less, a, b) {
			return
		}
		// If the element before this range is not less than the pivot, every
		// element equal to the pivot can go left and needs no further sorting.
		if a > 0 && !less(data[a-1], data[pivot]) {
			a = partitionEqualLess(data, less, a, b, pivot)
			continue
		}
		mid, already := partitionLess(data, less, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := n / 8
		if left < right {
			balanced = left >= threshold
			pdqsortLess(data, less, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsortLess(data, less, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, splits data[a+1:b] into less / not less than
// it, puts the pivot between them and returns its index, and whether no swap
// was needed.
func partitionLess[E any](data []E, less func(a, b E) bool, a, b, pivot int) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && less(data[i], data[a]) {
		i++
	}
	for i <= j && !less(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && less(data[i], data[a]) {
			i++
		}
		for i <= j && !less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual gathers the elements equal to the pivot at the front and
// returns where the greater ones start.
func partitionEqualLess[E any](data []E, less func(a, b E) bool, a, b, pivot int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(data[a], data[i]) {
			i++
		}
		for i <= j && less(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// partialInsertionSort fixes up to a few out-of-order neighbours of a nearly
// sorted range and reports whether the range ended up sorted.
func partialInsertionSortLess[E any](data []E, less func(a, b E) bool, a, b int) bool {
	const (
		maxFixes       = 5
		minForShifting = 50
	)
	i := a + 1
	for fix := 0; fix < maxFixes; fix++ {
		for i < b && !less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < minForShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three middle elements with pseudo-random partners; the
// generator is seeded by the length, so runs are reproducible.
func breakPatternsLess[E any](data []E, less func(a, b E) bool, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot picks a pivot index by median of three (or of three medians for
// long ranges) and guesses whether the range is increasing or decreasing.
func choosePivotLess[E any](data []E, less func(a, b E) bool, a, b int) (int, sortedHint) {
	const (
		ninetherMin = 50
		allSwapped  = 4 * 3
	)
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= ninetherMin {
			i = medianAdjacentLess(data, less, i, &swaps)
			j = medianAdjacentLess(data, less, j, &swaps)
			k = medianAdjacentLess(data, less, k, &swaps)
		}
		j = medianLess(data, less, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case allSwapped:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2Less[E any](data []E, less func(a, b E) bool, a, b int, swaps *int) (int, int) {
	if less(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianLess[E any](data []E, less func(a, b E) bool, a, b, c int, swaps *int) int {
	a, b = order2Less(data, less, a, b, swaps)
	b, c = order2Less(data, less, b, c, swaps)
	_, b = order2Less(data, less, a, b, swaps)
	return b
}

func medianAdjacentLess[E any](data []E, less func(a, b E) bool, a int, swaps *int) int {
	return medianLess(data, less, a-1, a, a+1, swaps)
}

func reverseRangeLess[E any](data []E, less func(a, b E) bool, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// ---- stable sort: insertion-sorted blocks merged in place ----

func stableLess[E any](data []E, less func(a, b E) bool, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSortLess(data, less, a, b)
		a = b
		b += block
	}
	insertionSortLess(data, less, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMergeLess(data, less, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMergeLess(data, less, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (the
// SymMerge algorithm of Kim and Kutzner).
func symMergeLess[E any](data []E, less func(a, b E) bool, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b] by binary search and rotation by swaps.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if less(data[h], data[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m].
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !less(data[m], data[h]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(data[p-c], data[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateLess(data, less, start, m, end)
	}
	if a < start && start < mid {
		symMergeLess(data, less, a, start, mid)
	}
	if mid < end && end < b {
		symMergeLess(data, less, mid, end, b)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRangeLess[E any](data []E, less func(a, b E) bool, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by block swaps.
func rotateLess[E any](data []E, less func(a, b E) bool, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRangeLess(data, less, m-i, m, j)
			i -= j
		} else {
			swapRangeLess(data, less, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeLess(data, less, m-i, m, i)
}
