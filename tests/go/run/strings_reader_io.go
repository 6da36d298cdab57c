// strings_reader_io: strings.Reader through io's interfaces: Read to io.EOF, ReadAt,
// ReadByte/UnreadByte, ReadRune/UnreadRune errors, Seek, WriteTo, io.ReadAll, io.WriteString.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type sink struct{ got []string }

func (s *sink) Write(p []byte) (int, error) {
	s.got = append(s.got, string(p))
	return len(p), nil
}

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	n, err := r.ReadAt(buf, 9)
	fmt.Println(n, string(buf[:n]), err)
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	pos, err := r.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte(), r.Len())
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekEnd)
	fmt.Println(err)
	r.Seek(-5, io.SeekEnd)
	var s sink
	wn, err := r.WriteTo(&s)
	fmt.Println(wn, err, s.got)
	var rd io.Reader = strings.NewReader("all of it")
	data, err := io.ReadAll(rd)
	fmt.Println(string(data), err)
	big, _ := io.ReadAll(strings.NewReader(strings.Repeat("x", 1500)))
	fmt.Println(len(big))
	var bs io.ByteScanner = strings.NewReader("")
	_, err = bs.ReadByte()
	fmt.Println(err == io.EOF, errors.Is(fmt.Errorf("w: %w", err), io.EOF), bs.UnreadByte())
	io.WriteString(&s, "tail")
	fmt.Println(s.got, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer)
	var z strings.Reader
	_, err = z.Read(buf)
	fmt.Println(z.Len(), err)
	z.Reset("again")
	rest, _ := io.ReadAll(&z)
	fmt.Println(string(rest))
}
