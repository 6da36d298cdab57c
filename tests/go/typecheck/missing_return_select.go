// missing_return_select: select {} and selects whose every clause terminates end a function; a break does not.
package main

func a() int {
	select {}
}

func b(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
		panic("none")
	}
}

func d(c chan int) int {
	select {
	case v := <-c:
		if v > 0 {
			break
		}
		return v
	}
}

func e(c chan int) int {
	select {
	case <-c:
	default:
		return 1
	}
}

func main() {
	_, _, _, _ = a(), b(nil), d(nil), e(nil)
}
