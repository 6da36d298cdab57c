// Package syscall (prelude): the subset Gopherscope provides — a blocking sleep that is
// a real system call (the goroutine enters _Gsyscall and its P may be handed to another
// thread while it sleeps) and Getpid. Names and behaviour follow Go's syscall package
// on linux/amd64.
package syscall

// An Errno is an error number a system call returned (Go: syscall.Errno).
type Errno uintptr

const (
	EINTR  Errno = 4
	EFAULT Errno = 14
	EINVAL Errno = 22
)

func (e Errno) Error() string {
	switch e {
	case EINTR:
		return "interrupted system call"
	case EFAULT:
		return "bad address"
	case EINVAL:
		return "invalid argument"
	}
	return "errno " + itoa(int(e))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Timespec is the kernel's struct timespec on linux/amd64.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time in nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// NsecToTimespec splits nanoseconds into seconds and a non-negative remainder.
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// Nanosleep suspends the calling thread for *time (nanosleep(2)).
func Nanosleep(time *Timespec, leftover *Timespec) (err error) {
	if e := nanosleep(time, leftover); e != 0 {
		err = e
	}
	return
}

// nanosleep is the system call itself (implemented by the VM: vm/proc_builtins.cpp).
func nanosleep(time *Timespec, leftover *Timespec) Errno

// Getpid returns the process id.
func Getpid() (pid int)
