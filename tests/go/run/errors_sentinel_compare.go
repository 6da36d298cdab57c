// errors_sentinel_compare: io.EOF and friends as sentinels; comparing with == vs errors.Is.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("ab")
	buf := make([]byte, 1)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF reached")
			break
		}
		fmt.Println(n, string(buf[:n]), err)
	}
	wrapped := fmt.Errorf("reading: %w", io.EOF)
	fmt.Println(wrapped == io.EOF, errors.Is(wrapped, io.EOF), io.ErrUnexpectedEOF)
}
