// declared_not_used_assigned: a variable only assigned to is still unused.
package main

func main() {
	count := 0
	count = 5
}
