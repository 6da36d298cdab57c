// parse_bench parses Go files with Go's own go/parser and reports throughput, for
// comparison with Gopherscope's front end (bench/parse.sh builds and runs both).
// Names come from stdin, one per line.
package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	var names []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if sc.Text() != "" {
			names = append(names, sc.Text())
		}
	}
	srcs := make([][]byte, len(names))
	total := 0
	for i, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		srcs[i] = b
		total += len(b)
	}
	rejected := 0
	start := time.Now()
	for i := range srcs {
		fset := token.NewFileSet()
		if _, err := parser.ParseFile(fset, names[i], srcs[i], parser.ParseComments|parser.SkipObjectResolution); err != nil {
			rejected++
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Printf("go/parser:   %d files, %.1f MB, %.3f s, %.1f MB/s, %d rejected\n", len(names), float64(total)/1e6, secs, float64(total)/1e6/secs, rejected)
}
