// Package runtime (prelude): the types of the values runtime errors panic with, as
// in Go's runtime/error.go. The VM creates these values; user code sees them through
// recover() and the runtime.Error interface.
package runtime

// Error identifies a run-time error (Go: runtime.Error).
type Error interface {
	error
	RuntimeError()
}

// errorString is the panic value of most run-time errors; its text gets Go's
// "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose text has no prefix (e.g. "assignment to entry
// in nil map", and the interface-conversion errors Go reports as *TypeAssertionError).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// PanicNilError is what panic(nil) panics with since Go 1.21.
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// The scheduler's entry points (implemented by the VM: vm/proc_builtins.cpp).

// Gosched yields the processor: the calling goroutine goes to the global run queue
// and the scheduler picks another one; it resumes later without losing its place.
func Gosched()

// Goexit runs every deferred call of the calling goroutine and then ends it. It is
// not a panic: recover returns nil in those deferred calls.
func Goexit()

// NumGoroutine returns how many goroutines exist now.
func NumGoroutine() int

// GOMAXPROCS returns the number of Ps (the limit on goroutines executing Go code at
// once); n < 1 only reads it. A change stops the world and resizes the set of Ps.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs of the machine.
func NumCPU() int

// GOOS and GOARCH are the target Gopherscope reproduces: Go's linux/amd64 memory
// layout on every build.
const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

// Version returns the Go version whose behaviour Gopherscope follows.
func Version() string { return "go1.23.5" }

// ---- memory: the allocator and the garbage collector (implemented by the VM with
// runtime/mem and runtime/gc; Go: mstats.go, mgc.go, mfinal.go).

// MemStats records statistics about the memory allocator, with Go's fields in Go's
// order (ReadMemStats fills every one from the run's heap and collector).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics as of now.
func ReadMemStats(m *MemStats)

// MemProfileRate is the mean number of bytes allocated between two samples of the
// heap profile (512 KiB unless the CLI's -memprofilerate says otherwise; 1 samples
// every allocation, 0 none). Set it as early as possible: the sampler reads it at each
// allocation. It has no initialiser here because the runtime stores the configured
// rate into it before package initialisation.
var MemProfileRate int

// GC runs a garbage collection and returns once it and its sweeping are complete.
func GC()

// SetFinalizer makes finalizer(obj) run, on a goroutine of the runtime's, after
// a collection finds obj unreachable; finalizer nil removes obj's finalizer. obj
// must point to the start of a heap object (or into a tiny pointer-free one). The
// object and what it points to survive that cycle; the finalizer may keep it.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks x as in use up to this call. Our frames keep every pointer slot
// alive until the function returns, so the argument being live here is enough.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to the thread (M) it runs on: until as many
// UnlockOSThread calls, that M runs only this goroutine and this goroutine runs only
// there. A goroutine that exits while wired takes its thread with it.
func LockOSThread() { lockOSThread() }

// UnlockOSThread undoes one LockOSThread call; with none outstanding it does nothing.
// (Go-bodied so that `defer runtime.UnlockOSThread()` works: the two below are VM
// builtins, vm/proc_builtins.cpp.)
func UnlockOSThread() { unlockOSThread() }

func lockOSThread()

func unlockOSThread()

// ---- stack introspection (implemented by the VM: vm/traceback.cpp; Go: extern.go,
// symtab.go, mprof.go's Stack). A pc is a return address in a text segment the VM
// makes up: it names one instruction of one function, so FuncForPC is exact.

// Caller reports the function, file and line of the call skip frames above its caller
// (0: the function calling Caller). ok is false when there is no such frame.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the return addresses of the calling goroutine's frames,
// skipping skip of them (0: Callers itself, 1: its caller), and returns how many it
// wrote.
func Callers(skip int, pc []uintptr) int

// Stack writes the traceback of the calling goroutine into buf (with all, then every
// other goroutine's, the world stopped meanwhile) and returns how many bytes it wrote;
// a longer text is cut at len(buf).
func Stack(buf []byte, all bool) int

// Func is a function of the running program.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func

// Name returns the function's name ("main.main", "main.(*T).M", "main.main.func1").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f)
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr { return funcEntry(f) }

// FileLine returns the file and line of the instruction at pc within the function.
func (f *Func) FileLine(pc uintptr) (file string, line int) { return funcFileLine(f, pc) }

func funcName(f *Func) string

func funcEntry(f *Func) uintptr

func funcFileLine(f *Func, pc uintptr) (file string, line int)

// Frame is one frame of a call stack as CallersFrames reports it.
type Frame struct {
	PC        uintptr // the pc of the call (the return address less one)
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
}

// Frames iterates over the frames of a list of return addresses from Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns an iterator over the frames of callers.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns the next frame; more is false once it has returned the last one.
// Addresses that name no function are skipped.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		entry := funcEntry(f)
		if pc > entry {
			pc-- // back into the call instruction
		}
		file, line := funcFileLine(f, pc)
		frame = Frame{PC: pc, Func: f, Function: funcName(f), File: file, Line: line, Entry: entry}
		break
	}
	for len(ci.callers) > 0 && FuncForPC(ci.callers[0]) == nil {
		ci.callers = ci.callers[1:]
	}
	return frame, len(ci.callers) > 0
}
