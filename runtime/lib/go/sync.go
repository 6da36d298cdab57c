// sync.go — Gopherscope's package sync: Mutex, RWMutex, WaitGroup, Once, OnceFunc,
// Cond, Map, Pool and the Locker interface.
//
// The blocking primitives follow Go 1.23's algorithms (sync/mutex.go, rwmutex.go,
// waitgroup.go, cond.go) on the same runtime hooks Go's package uses: semaphores
// (runtime_Semacquire*/runtime_Semrelease), notify lists, spinning (runtime_canSpin,
// runtime_doSpin) and fatal — all implemented by the VM (vm/builtins.h) — plus two
// natives of lib/atomic.cpp (runtime_nanotime, addressOf).
//
// Invariants:
//   - Every word shared between goroutines is read and written only through
//     sync/atomic, so the state machines are correct when several Ms run Go code at once.
//   - Misuse ends the program with Go's texts: "fatal error: sync: unlock of unlocked
//     mutex", "sync: RUnlock of unlocked RWMutex", "sync: Unlock of unlocked RWMutex"
//     (fatal, not recoverable), "sync: negative WaitGroup counter" (a panic),
//     "sync.Cond is copied" (a panic).
//   - Blocked goroutines report Go's wait reasons (the VM's semaphores carry them), and
//     the call structure (Lock → lockSlow → runtime_SemacquireMutex, WaitGroup.Wait →
//     runtime_Semacquire) is Go's, so tracebacks show the same frames.
//
// Simplified, with the same observable behaviour for a program: Map is a Mutex and a
// map (Go's is a lock-free read map with a dirty map); Pool keeps one private slot and
// a LIFO stack under a Mutex (Go's keeps them per P) and, unlike Go, keeps pooled items
// across garbage collections.
package sync

import "sync/atomic"

// ---- runtime hooks (VM builtins, see vm/builtins.h) ----

// runtime_Semacquire waits until *s > 0 and then decrements it (wait reason
// "semacquire").
func runtime_Semacquire(s *uint32)

// runtime_SemacquireWaitGroup is runtime_Semacquire with the wait reason
// "sync.WaitGroup.Wait" (Go 1.24's; Go 1.23's WaitGroup uses runtime_Semacquire).
func runtime_SemacquireWaitGroup(s *uint32)

// The semaphores of Mutex and RWMutex: lifo queues the waiter at the head of the
// queue (a goroutine that has already waited once).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a waiter; with handoff the count goes
// straight to the woken waiter and the caller yields to it.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// Notify lists (the ticket scheme behind Cond).
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_canSpin reports whether spinning (attempt i) is worth it now;
// runtime_doSpin spins for a short while.
func runtime_canSpin(i int) bool
func runtime_doSpin()

// fatal and throw end the program with "fatal error: " + s (not recoverable).
func fatal(s string)
func throw(s string)

// ---- natives (lib/atomic.cpp) ----

// runtime_nanotime reads a monotonic clock in nanoseconds.
func runtime_nanotime() int64

// addressOf returns c's own address.
func addressOf(c *copyChecker) uintptr

// ---- Locker, noCopy ----

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks a struct that must not be copied after first use (for go vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// ---- Mutex ----

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
//
// state packs: bit 0 locked, bit 1 a waiter has been woken (or is spinning) and will
// retry, bit 2 starvation mode (ownership is handed straight to the longest waiter),
// and above them the number of goroutines waiting on sema.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWoken       = 2
	mutexStarving    = 4
	mutexWaiterShift = 3

	// A waiter that has waited longer than this switches the mutex to starvation mode.
	starvationThresholdNs = 1e6
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return // uncontended
	}
	m.lockSlow()
}

// TryLock tries to lock m without waiting and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitingSince int64 // when this goroutine first slept; 0 before that
	starving := false
	woken := false // this goroutine holds the mutexWoken bit
	spins := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// Spin while another goroutine holds the lock in normal mode: it may be
		// released soon, and a spinning goroutine that sets mutexWoken keeps Unlock
		// from waking a sleeper that would only lose the race.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(spins) {
			if !woken && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				woken = true
			}
			runtime_doSpin()
			spins++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		want := old
		if old&mutexStarving == 0 {
			want |= mutexLocked // in starvation mode newcomers queue instead of grabbing
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			want += 1 << mutexWaiterShift // we are going to sleep
		}
		if starving && old&mutexLocked != 0 {
			want |= mutexStarving
		}
		if woken {
			if want&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			want &^= mutexWoken // we are no longer the woken one, whatever happens
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, want) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // we took the lock
		}
		// Sleep. A goroutine that has slept before goes to the front of the queue.
		requeued := waitingSince != 0
		if waitingSince == 0 {
			waitingSince = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, requeued, 1)
		starving = starving || runtime_nanotime()-waitingSince > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// The lock was handed to us; the state still counts us as a waiter and
			// says unlocked.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				// Leave starvation mode while it is still useful to: we waited
				// briefly, or nobody else is waiting.
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		woken = true
		spins = 0
	}
}

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error. A locked Mutex is
// not tied to a goroutine: another goroutine may unlock it.
func (m *Mutex) Unlock() {
	rest := atomic.AddInt32(&m.state, -mutexLocked)
	if rest != 0 {
		m.unlockSlow(rest)
	}
}

func (m *Mutex) unlockSlow(rest int32) {
	if (rest+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if rest&mutexStarving != 0 {
		// Hand the lock to the first waiter and let it run now.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := rest
	for {
		// Nothing to do if nobody waits, or if a goroutine already took the lock,
		// is already woken, or the mutex went into starvation mode meanwhile.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		// Wake one waiter; it will compete for the lock.
		if atomic.CompareAndSwapInt32(&m.state, old, (old-1<<mutexWaiterShift)|mutexWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// ---- RWMutex ----

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers or one
// writer. A blocked Lock call excludes new readers. The zero value is unlocked.
//
// readerCount counts readers holding or wanting the lock; a writer subtracts
// rwmutexMaxReaders from it, so a negative count tells readers to wait. readerWait
// counts the readers the writer still waits for.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		runtime_SemacquireRWMutexR(&rw.readerSem, false, 0) // a writer is pending
	}
}

// TryRLock tries to lock rw for reading without waiting.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if rw.readerWait.Add(-1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1) // the last departing reader
	}
}

// Lock locks rw for writing, waiting for readers and writers to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock() // excludes other writers
	readers := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if readers != 0 && rw.readerWait.Add(readers) != 0 {
		runtime_SemacquireRWMutex(&rw.writerSem, false, 0)
	}
}

// TryLock tries to lock rw for writing without waiting.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	readers := rw.readerCount.Add(rwmutexMaxReaders)
	if readers >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < readers; i++ {
		runtime_Semrelease(&rw.readerSem, false, 0) // readers that queued meanwhile
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// ---- WaitGroup ----

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in the low 32.
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}

// Add adds delta, which may be negative, to the counter. When it reaches zero, all
// goroutines blocked on Wait are released. A negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	state := wg.state.Add(uint64(delta) << 32)
	count := int32(state >> 32)
	waiters := uint32(state)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && count == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if count > 0 || waiters == 0 {
		return
	}
	// The counter reached zero with waiters: nobody may change the state now.
	if wg.state.Load() != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wg.state.Store(0)
	for ; waiters != 0; waiters-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := wg.state.Load()
		if int32(state>>32) == 0 {
			return
		}
		if wg.state.CompareAndSwap(state, state+1) { // one more waiter
			runtime_Semacquire(&wg.sema)
			if wg.state.Load() != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// ---- Once, OnceFunc ----

// Once performs exactly one action.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once.
// No call to Do returns until the one call to f has returned; if f panics, Do
// considers it returned.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. If f panics, the returned
// function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once      Once
		completed bool // f returned without panicking
		failure   any  // what f panicked with
	)
	call := func() {
		defer func() {
			failure = recover()
			if !completed {
				panic(failure)
			}
		}()
		f()
		f = nil
		completed = true
	}
	return func() {
		once.Do(call)
		if !completed {
			panic(failure)
		}
	}
}

// OnceValue returns a function that calls f once and then returns f's result on every
// call. If f panics, every call panics with that value.
func OnceValue[T any](f func() T) func() T {
	var (
		once      Once
		completed bool
		failure   any
		value     T
	)
	call := func() {
		defer func() {
			failure = recover()
			if !completed {
				panic(failure)
			}
		}()
		value = f()
		f = nil
		completed = true
	}
	return func() T {
		once.Do(call)
		if !completed {
			panic(failure)
		}
		return value
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once      Once
		completed bool
		failure   any
		v1        T1
		v2        T2
	)
	call := func() {
		defer func() {
			failure = recover()
			if !completed {
				panic(failure)
			}
		}()
		v1, v2 = f()
		f = nil
		completed = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !completed {
			panic(failure)
		}
		return v1, v2
	}
}

// ---- Cond ----

// notifyList is the runtime's ticket-based wait list (Go's layout; the VM keeps the
// waiting goroutines itself and uses only wait and notify).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event. L is held while changing the
// condition and when calling Wait.
type Cond struct {
	noCopy noCopy

	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after being
// woken by Signal or Broadcast it locks c.L again before returning.
func (c *Cond) Wait() {
	c.checker.check()
	ticket := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, ticket)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// copyChecker holds its own address once used, so a copied Cond is detected.
type copyChecker uintptr

func (c *copyChecker) check() {
	self := addressOf(c)
	if uintptr(*c) == self {
		return
	}
	// Not yet used (claim it), or a copy of a used one.
	if atomic.CompareAndSwapUintptr((*uintptr)(c), 0, self) || atomic.LoadUintptr((*uintptr)(c)) == self {
		return
	}
	panic("sync.Cond is copied")
}

// ---- Map ----

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines.
// The zero Map is empty and ready for use.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.m)
}

// LoadOrStore returns the existing value for the key if present (loaded is true);
// otherwise it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur, ok := m.m[key]; ok {
		return cur, true
	}
	m.init()
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.init()
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map
// is equal to old (old must be of a comparable type).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok || cur != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok || cur != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map, stopping
// when f returns false. f runs without the map locked (it may call any method of
// m) over the entries present when Range began.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			return
		}
	}
}

// init makes the map on first store (m.mu held).
func (m *Map) init() {
	if m.m == nil {
		m.m = make(map[any]any)
	}
}

// ---- Pool ----

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// New, if set, makes a value when Get finds the pool empty.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any   // the most recent Put when the slot was free; Get takes it first
	shared  []any // further Puts, taken newest first

	New func() any
}

// Put adds x to the pool (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get removes an item from the pool and returns it; if the pool is empty it returns
// p.New() when New is set, and nil otherwise.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		last := len(p.shared) - 1
		x = p.shared[last]
		p.shared[last] = nil
		p.shared = p.shared[:last]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
