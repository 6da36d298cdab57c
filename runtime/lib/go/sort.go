// sort.go — Gopherscope's package sort, in plain Go. Slice and SliceStable reach
// the elements of an arbitrary slice through two natives (lib/sortswap.cpp,
// sort_natives()) standing in for reflect's Len/Kind and Swapper.
//
// Invariant: Sort, Slice, Stable and SliceStable run the same algorithms as Go
// 1.23 (pattern-defeating quicksort with its deterministic pattern breaker;
// insertion-sorted blocks of 20 merged by SymMerge), so they make the same
// sequence of Less and Swap calls and leave equal elements in the same order.
package sort

// An Interface is a collection that can be sorted by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// ---- natives ----

// sliceInfo returns the length of the slice, array or string in x (-1 for
// other kinds) and the name of x's kind ("" when x is nil).
func sliceInfo(x any) (n int, kind string)

// sliceSwap exchanges elements i and j of the slice in x (both in range).
func sliceSwap(x any, i, j int)

// valueError is the panic value of reflect's methods called on the wrong kind
// (Go: *reflect.ValueError, with the same text).
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// sliceLen returns the length of the slice in x, panicking as reflect's Swapper
// does for anything else, or (forSwapper false) as reflect.Value.Len does for
// what has no length.
func sliceLen(x any, forSwapper bool) int {
	n, kind := sliceInfo(x)
	if kind == "slice" || (!forSwapper && n >= 0) {
		return n
	}
	if forSwapper {
		panic(&valueError{"Swapper", kind})
	}
	panic(&valueError{"reflect.Value.Len", kind})
}

// bitLen is math/bits.Len for a non-negative int.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// ---- entry points ----

func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

func Stable(data Interface) {
	stable(data, data.Len())
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceByFunc sorts the slice in x by less, swapping through the native.
type sliceByFunc struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *sliceByFunc) Len() int           { return s.n }
func (s *sliceByFunc) Less(i, j int) bool { return s.less(i, j) }
func (s *sliceByFunc) Swap(i, j int)      { sliceSwap(s.x, i, j) }

func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x, true)
	pdqsort(&sliceByFunc{x, n, less}, 0, n, bitLen(n))
}

func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x, true)
	stable(&sliceByFunc{x, n, less}, n)
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x, false)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the opposite order.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// ---- convenience types ----

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// ---- binary search ----

// Search returns the smallest i in [0, n) with f(i) true (f false then true),
// or n.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if !f(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Find returns the smallest i with cmp(i) <= 0, and whether cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// ---- pattern-defeating quicksort ----

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// insertionSort sorts data[a:b] by adjacent swaps.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[first+lo:first+hi].
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many badly balanced partitions are
// tolerated before falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const insertionMax = 12
	balanced := true    // the previous partition was reasonably balanced
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= insertionMax {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint && partialInsertionSort(data, a, b) {
			return
		}
		// If the element before this range is not less than the pivot, every
		// element equal to the pivot can go left and needs no further sorting.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := n / 8
		if left < right {
			balanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, splits data[a+1:b] into less / not less than
// it, puts the pivot between them and returns its index, and whether no swap
// was needed.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual gathers the elements equal to the pivot at the front and
// returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to a few out-of-order neighbours of a nearly
// sorted range and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxFixes       = 5
		minForShifting = 50
	)
	i := a + 1
	for fix := 0; fix < maxFixes; fix++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < minForShifting {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three middle elements with pseudo-random partners; the
// generator is seeded by the length, so runs are reproducible.
func breakPatterns(data Interface, a, b int) {
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
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot index by median of three (or of three medians for
// long ranges) and guesses whether the range is increasing or decreasing.
func choosePivot(data Interface, a, b int) (int, sortedHint) {
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
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case allSwapped:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	_, b = order2(data, a, b, swaps)
	return b
}

func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// ---- stable sort: insertion-sorted blocks merged in place ----

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (the
// SymMerge algorithm of Kim and Kutzner).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b] by binary search and rotation by swaps.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m].
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
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
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
