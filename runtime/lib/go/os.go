// os.go — Gopherscope's package os: the program's arguments, Exit, and the three
// standard files as far as writing to them. Natives: runtime_args and exit (the
// VM's), write (lib/strings.cpp, os_natives(): the running program's Host).
//
// Invariant: output written through Stdout/Stderr reaches the program's streams
// in call order with nothing buffered here, as Go's unbuffered *os.File does.
// Not provided: reading (Stdin is present but has no Read), opening files,
// the environment, Getwd and the rest of the filesystem API.
package os

import "errors"

// runtime_args returns the command-line arguments, program name first (VM).
func runtime_args() []string

// exit ends the program at once with the given status (VM).
func exit(code int)

// write sends p to file descriptor fd and returns the number of bytes
// written, or -1 if fd is not an output stream of the program.
func write(fd int, p []byte) int

// Args holds the command-line arguments, starting with the program name.
var Args = runtime_args()

// Exit causes the program to exit with the given status code; deferred
// functions are not run.
func Exit(code int) {
	exit(code)
}

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrClosed     = errors.New("file already closed")
	errShortWrite = errors.New("short write") // the text of io.ErrShortWrite
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

var errBadFd = errors.New("bad file descriptor") // the text of syscall.EBADF

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the file. It returns the number of bytes
// written and an error, if any; Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	if n != len(b) {
		err = errShortWrite
	}
	return n, err
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
