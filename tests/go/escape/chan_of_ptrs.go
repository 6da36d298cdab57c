package main

type Job struct{ id int }

func worker(jobs chan *Job, done chan int) {
	for j := range jobs {
		done <- j.id
	}
}

func main() {
	jobs := make(chan *Job, 2)
	done := make(chan int, 2)
	go worker(jobs, done)
	jobs <- &Job{1}
	jobs <- &Job{2}
	close(jobs)
	println(<-done + <-done)
}
