package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "err" }

func do(fail bool) error {
	if fail {
		return &MyErr{1}
	}
	return nil
}

func main() {
	if err := do(true); err != nil {
		println(err.Error())
	}
}
