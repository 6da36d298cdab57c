// os.Getenv, LookupEnv, Setenv, Unsetenv and Environ on the program's own copy of
// the environment (nothing here depends on the environment the program starts with).
package main

import (
	"fmt"
	"os"
	"strings"
)

func count(prefix string) int {
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, prefix) {
			n++
		}
	}
	return n
}

func main() {
	v, ok := os.LookupEnv("GS_TEST_NEVER_SET")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GS_TEST_NEVER_SET"))

	fmt.Println(os.Setenv("GS_TEST_A", "one"), os.Setenv("GS_TEST_EMPTY", ""))
	v, ok = os.LookupEnv("GS_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Getenv("GS_TEST_A"), count("GS_TEST_"))

	fmt.Println(os.Setenv("GS_TEST_A", "two=2"), os.Getenv("GS_TEST_A"), count("GS_TEST_A="))
	fmt.Println(os.Getenv("GS_TEST"), os.Getenv("GS_TEST_A=two"))

	for _, bad := range []string{"", "A=B", "NUL\x00"} {
		fmt.Printf("Setenv(%q): %v\n", bad, os.Setenv(bad, "x"))
	}
	fmt.Println(os.Setenv("GS_TEST_B", "nul\x00"))

	fmt.Println(os.Unsetenv("GS_TEST_A"), os.Unsetenv("GS_TEST_NEVER_SET"))
	v, ok = os.LookupEnv("GS_TEST_A")
	fmt.Printf("%q %v %d\n", v, ok, count("GS_TEST_"))

	env := os.Environ()
	env = append(env[:0], "changed")
	fmt.Println(os.Getenv("GS_TEST_EMPTY") == "", count("GS_TEST_EMPTY="), len(env))
}
