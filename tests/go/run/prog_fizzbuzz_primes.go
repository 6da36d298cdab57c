// prog_fizzbuzz_primes: FizzBuzz, a sieve of Eratosthenes and gcd/lcm.
package main

import (
	"fmt"
	"strings"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	var out []string
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			out = append(out, "FizzBuzz")
		case i%3 == 0:
			out = append(out, "Fizz")
		case i%5 == 0:
			out = append(out, "Buzz")
		default:
			out = append(out, fmt.Sprint(i))
		}
	}
	fmt.Println(strings.Join(out, ","))
	const n = 60
	composite := [n + 1]bool{}
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(primes, len(primes))
	fmt.Println(gcd(84, 36), 84*36/gcd(84, 36), gcd(17, 5))
}
