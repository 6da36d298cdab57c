// sync_atomic_funcs: the sync/atomic functions and typed wrappers on one goroutine.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, 3), atomic.AddInt32(&i32, -10), i32)
	fmt.Println(atomic.SwapInt32(&i32, 42), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 1, 2), atomic.CompareAndSwapInt32(&i32, 42, 7), i32)
	atomic.StoreInt32(&i32, -1)
	fmt.Println(atomic.AndInt32(&i32, 0x0f), i32, atomic.OrInt32(&i32, 0x30), i32)

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	var i64 int64 = 1 << 40
	fmt.Println(atomic.AddInt64(&i64, 1<<40), atomic.SwapInt64(&i64, -3), atomic.LoadInt64(&i64))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.CompareAndSwapUint64(&u64, ^uint64(0), 9), u64)
	fmt.Println(atomic.OrUint64(&u64, 6), atomic.AndUint64(&u64, 3), atomic.LoadUint64(&u64))
	var up uintptr = 10
	atomic.StoreUintptr(&up, 20)
	fmt.Println(atomic.AddUintptr(&up, 5), atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 1), up)

	var a atomic.Int32
	a.Store(10)
	fmt.Println(a.Add(5), a.Load(), a.Swap(1), a.CompareAndSwap(1, 100), a.Load(), a.And(0x0f), a.Or(1), a.Load())
	var b atomic.Int64
	fmt.Println(b.Add(-7), b.CompareAndSwap(0, 1), b.Load())
	var c atomic.Uint32
	fmt.Println(c.Add(3), c.Swap(8), c.Or(1), c.And(1), c.Load())
	var d atomic.Uint64
	d.Store(1 << 63)
	fmt.Println(d.Load(), d.Add(1<<63), d.Load())
	var e atomic.Uintptr
	fmt.Println(e.Add(3), e.Load())
	var f atomic.Bool
	fmt.Println(f.Load(), f.Swap(true), f.Load(), f.CompareAndSwap(false, true), f.CompareAndSwap(true, false), f.Load())
	f.Store(true)
	fmt.Println(f.Load())
	fmt.Println(a.Load()+int32(b.Load()), c.Load())
}
