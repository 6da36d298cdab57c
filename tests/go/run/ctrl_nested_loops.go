// ctrl_nested_loops: nested loops printing a multiplication table and a triangle.
package main

import "fmt"

func main() {
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	for i := 1; i <= 4; i++ {
		for j := 0; j < i; j++ {
			fmt.Print("*")
		}
		fmt.Println()
	}
	primes := []int{}
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
}
