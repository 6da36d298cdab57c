// not_enough_return_values: return with fewer values than results.
package main

func pair() (int, string) {
	return 1
}

func none() (int, error) {
	return
}

func main() {
	pair()
	none()
}
