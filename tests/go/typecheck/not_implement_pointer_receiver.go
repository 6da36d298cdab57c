// not_implement_pointer_receiver: the method exists only on the pointer type.
package main

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var r Runner = Job{}
	_ = r
}
