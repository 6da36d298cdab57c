// Long expression chains that Go accepts and that once overflowed our compiler's stack
// (tests/fuzz): a 300-term sum, 150 nested parentheses, a 100-step selector chain, a
// 100-deep else-if chain. All stay under the parser's nesting limit (parser.cpp kMaxNest).
package main

import "fmt"

type node struct{ next *node; v int }

func main() {
	x := 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1
	y := ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
	n := &node{v: 1}
	n.next = n
	z := n.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next.v
	w := 0
	if x == 0 {
		w = 0
	} else if x == 1 {
		w = 1
	} else if x == 2 {
		w = 2
	} else if x == 3 {
		w = 3
	} else if x == 4 {
		w = 4
	} else if x == 5 {
		w = 5
	} else if x == 6 {
		w = 6
	} else if x == 7 {
		w = 7
	} else if x == 8 {
		w = 8
	} else if x == 9 {
		w = 9
	} else if x == 10 {
		w = 10
	} else if x == 11 {
		w = 11
	} else if x == 12 {
		w = 12
	} else if x == 13 {
		w = 13
	} else if x == 14 {
		w = 14
	} else if x == 15 {
		w = 15
	} else if x == 16 {
		w = 16
	} else if x == 17 {
		w = 17
	} else if x == 18 {
		w = 18
	} else if x == 19 {
		w = 19
	} else if x == 20 {
		w = 20
	} else if x == 21 {
		w = 21
	} else if x == 22 {
		w = 22
	} else if x == 23 {
		w = 23
	} else if x == 24 {
		w = 24
	} else if x == 25 {
		w = 25
	} else if x == 26 {
		w = 26
	} else if x == 27 {
		w = 27
	} else if x == 28 {
		w = 28
	} else if x == 29 {
		w = 29
	} else if x == 30 {
		w = 30
	} else if x == 31 {
		w = 31
	} else if x == 32 {
		w = 32
	} else if x == 33 {
		w = 33
	} else if x == 34 {
		w = 34
	} else if x == 35 {
		w = 35
	} else if x == 36 {
		w = 36
	} else if x == 37 {
		w = 37
	} else if x == 38 {
		w = 38
	} else if x == 39 {
		w = 39
	} else if x == 40 {
		w = 40
	} else if x == 41 {
		w = 41
	} else if x == 42 {
		w = 42
	} else if x == 43 {
		w = 43
	} else if x == 44 {
		w = 44
	} else if x == 45 {
		w = 45
	} else if x == 46 {
		w = 46
	} else if x == 47 {
		w = 47
	} else if x == 48 {
		w = 48
	} else if x == 49 {
		w = 49
	} else if x == 50 {
		w = 50
	} else if x == 51 {
		w = 51
	} else if x == 52 {
		w = 52
	} else if x == 53 {
		w = 53
	} else if x == 54 {
		w = 54
	} else if x == 55 {
		w = 55
	} else if x == 56 {
		w = 56
	} else if x == 57 {
		w = 57
	} else if x == 58 {
		w = 58
	} else if x == 59 {
		w = 59
	} else if x == 60 {
		w = 60
	} else if x == 61 {
		w = 61
	} else if x == 62 {
		w = 62
	} else if x == 63 {
		w = 63
	} else if x == 64 {
		w = 64
	} else if x == 65 {
		w = 65
	} else if x == 66 {
		w = 66
	} else if x == 67 {
		w = 67
	} else if x == 68 {
		w = 68
	} else if x == 69 {
		w = 69
	} else if x == 70 {
		w = 70
	} else if x == 71 {
		w = 71
	} else if x == 72 {
		w = 72
	} else if x == 73 {
		w = 73
	} else if x == 74 {
		w = 74
	} else if x == 75 {
		w = 75
	} else if x == 76 {
		w = 76
	} else if x == 77 {
		w = 77
	} else if x == 78 {
		w = 78
	} else if x == 79 {
		w = 79
	} else if x == 80 {
		w = 80
	} else if x == 81 {
		w = 81
	} else if x == 82 {
		w = 82
	} else if x == 83 {
		w = 83
	} else if x == 84 {
		w = 84
	} else if x == 85 {
		w = 85
	} else if x == 86 {
		w = 86
	} else if x == 87 {
		w = 87
	} else if x == 88 {
		w = 88
	} else if x == 89 {
		w = 89
	} else if x == 90 {
		w = 90
	} else if x == 91 {
		w = 91
	} else if x == 92 {
		w = 92
	} else if x == 93 {
		w = 93
	} else if x == 94 {
		w = 94
	} else if x == 95 {
		w = 95
	} else if x == 96 {
		w = 96
	} else if x == 97 {
		w = 97
	} else if x == 98 {
		w = 98
	} else if x == 99 {
		w = 99
	} else {
		w = -1
	}
	fmt.Println(x, y, z, w)
}
