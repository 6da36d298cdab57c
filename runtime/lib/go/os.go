// os.go — Gopherscope's package os: the program's arguments and environment, Exit,
// and the three standard files as far as writing to them. Natives: runtime_args,
// runtime_envs and exit (the VM's), write (lib/strings.cpp, os_natives(): the
// running program's Host).
//
// Invariants: output written through Stdout/Stderr reaches the program's streams
// in call order with nothing buffered here, as Go's unbuffered *os.File does. The
// environment is the program's own copy ("KEY=value" strings in their order); as in
// Go, the first of two entries with the same key is the one Getenv sees.
// Not provided: reading (Stdin is present but has no Read), opening files,
// Getwd and the rest of the filesystem API.
package os

import "errors"

// runtime_args returns the command-line arguments, program name first (VM).
func runtime_args() []string

// runtime_envs returns the program's environment as "KEY=value" strings (VM).
func runtime_envs() []string

// exit ends the program at once with the given status (VM).
func exit(code int)

// write sends p to file descriptor fd and returns the number of bytes
// written, or -1 if fd is not an output stream of the program.
func write(fd int, p []byte) int

// Args holds the command-line arguments, starting with the program name.
var Args = runtime_args()

var envs = runtime_envs()

// envIndex returns the index in envs of key's first entry, or -1. A key holding
// '=' names no entry (an entry's key ends at its first '=').
func envIndex(key string) int {
	for i := 0; i < len(key); i++ {
		if key[i] == '=' {
			return -1
		}
	}
	for i, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// LookupEnv returns the value of the environment variable named by key and
// whether it is set at all (an empty value is still set).
func LookupEnv(key string) (string, bool) {
	if i := envIndex(key); i >= 0 {
		return envs[i][len(key)+1:], true
	}
	return "", false
}

// Getenv returns the value of the environment variable named by key, or ""
// when it is not set.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Environ returns a copy of the environment as "KEY=value" strings.
func Environ() []string {
	out := make([]string, len(envs))
	copy(out, envs)
	return out
}

var errSetenv = errors.New("setenv: invalid argument") // the text of Go's EINVAL SyscallError

// Setenv sets the value of the environment variable named by key. A key that is
// empty or holds '=' or a NUL byte is rejected, as Go's syscall.Setenv rejects it.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return errSetenv
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return errSetenv
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return errSetenv
		}
	}
	if i := envIndex(key); i >= 0 {
		envs[i] = key + "=" + value
	} else {
		envs = append(envs, key+"="+value)
	}
	return nil
}

// Unsetenv removes the environment variable named by key.
func Unsetenv(key string) error {
	for i := envIndex(key); i >= 0; i = envIndex(key) {
		envs = append(envs[:i], envs[i+1:]...)
	}
	return nil
}

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
