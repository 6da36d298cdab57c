// prog_stack_queue: a slice-backed stack and a ring-buffer queue; bracket matching with the stack.
package main

import "fmt"

type Stack struct{ data []rune }

func (s *Stack) Push(r rune) { s.data = append(s.data, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	r := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return r, true
}

type Queue struct {
	buf        []int
	head, size int
}

func NewQueue(n int) *Queue { return &Queue{buf: make([]int, n)} }

func (q *Queue) Enqueue(v int) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}

func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false
			}
		}
	}
	return len(st.data) == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	q := NewQueue(3)
	for i := 1; i <= 4; i++ {
		fmt.Println("enqueue", i, q.Enqueue(i))
	}
	v, _ := q.Dequeue()
	fmt.Println("dequeue", v)
	q.Enqueue(5)
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
