// GC correctness stress (issue 5): four goroutines mutate private random pointer graphs
// while collections run back to back (GOGC=1: a cycle every few tens of KB). Each node's
// edges go through a different kind of pointer holder: a field, an interface, a slice
// element, a closure's captured variable, a map value; roots live in a goroutine's
// frame (a local array), in globals, in a channel's buffer, and in stack-only locals
// held down a recursion while it allocates. A shadow copy of the graph, kept in
// pointer-free maps, says what every edge must be; each worker walks its real graph
// every few steps and compares it with the shadow, and checks each node's checksum
// (a freed node would read as garbage under GODEBUG=clobberfree=1).
// The program runs until the runtime has done GS_GC_STRESS_CYCLES collections (300 if
// unset: the corpus runs it so, under the sanitizers too; the GC stress doctest runs
// 10,000).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

const (
	workers   = 4
	edges     = 5
	rootSlots = 12
	maxNodes  = 600
)

type Node struct {
	id   int32
	sum  uint64
	next *Node         // edge 0: a pointer field
	box  any           // edge 1: an interface holding *Node
	kids []*Node       // edge 2: a slice element
	fn   func() *Node  // edge 3: a closure's captured variable
	m    map[int]*Node // edge 4: a map value
	tag  string        // built at run time: a pointer to string bytes
}

func mix(id int32) uint64 {
	x := uint64(id)*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019
	x ^= x >> 29
	x *= 0xBF58476D1CE4E5B9
	return x ^ (x >> 32)
}

type rng uint64

func (r *rng) next() uint64 {
	x := uint64(*r)
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*r = rng(x)
	return x
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var globalRoots [workers][4]*Node
var stop atomic.Bool
var sink [workers]any

type worker struct {
	w      int
	r      rng
	nextID int32
	shadow map[int32][edges]int32 // id -> the ids its edges must reach (-1: nil)
	chanQ  []int32                // ids in the channel, oldest first
	ch     chan *Node
	roots  *[rootSlots]*Node
	rootID [rootSlots + 4]int32 // shadow of the frame roots, then the global roots
	checks int
}

func idOf(n *Node) int32 {
	if n == nil {
		return -1
	}
	return n.id
}

func edge(n *Node, k int) *Node {
	switch k {
	case 0:
		return n.next
	case 1:
		if n.box == nil {
			return nil
		}
		return n.box.(*Node)
	case 2:
		if len(n.kids) == 0 {
			return nil
		}
		return n.kids[len(n.kids)-1]
	case 3:
		if n.fn == nil {
			return nil
		}
		return n.fn()
	default:
		if n.m == nil {
			return nil
		}
		return n.m[int(n.id)]
	}
}

func (wk *worker) setEdge(n *Node, k int, t *Node) {
	switch k {
	case 0:
		n.next = t
	case 1:
		if t == nil {
			n.box = nil
		} else {
			n.box = t
		}
	case 2:
		if wk.r.intn(3) == 0 || len(n.kids) > 6 {
			n.kids = make([]*Node, 0, 1+wk.r.intn(4))
		}
		n.kids = append(n.kids, t)
	case 3:
		if t == nil {
			n.fn = nil
		} else {
			held := t
			n.fn = func() *Node { return held }
		}
	default:
		if n.m == nil || wk.r.intn(4) == 0 {
			n.m = make(map[int]*Node)
		}
		n.m[int(n.id)] = t
	}
	e := wk.shadow[n.id]
	e[k] = idOf(t)
	wk.shadow[n.id] = e
}

func (wk *worker) newNode() *Node {
	n := &Node{id: wk.nextID, sum: mix(wk.nextID)}
	n.tag = fmt.Sprint("n", wk.w, ".", n.id)
	wk.nextID++
	wk.shadow[n.id] = [edges]int32{-1, -1, -1, -1, -1}
	return n
}

func (wk *worker) root(i int) *Node {
	if i < rootSlots {
		return wk.roots[i]
	}
	return globalRoots[wk.w][i-rootSlots]
}

func (wk *worker) setRoot(i int, n *Node) {
	if i < rootSlots {
		wk.roots[i] = n
	} else {
		globalRoots[wk.w][i-rootSlots] = n
	}
	wk.rootID[i] = idOf(n)
}

// pick walks a few random edges from a random root: a node the program can reach.
func (wk *worker) pick() *Node {
	n := wk.root(wk.r.intn(len(wk.rootID)))
	for steps := wk.r.intn(6); n != nil && steps > 0; steps-- {
		c := edge(n, wk.r.intn(edges))
		if c == nil {
			break
		}
		n = c
	}
	return n
}

func (wk *worker) fail(format string, args ...any) {
	fmt.Printf("worker %d: "+format+"\n", append([]any{wk.w}, args...)...)
	os.Exit(1)
}

// walk checks n and everything it reaches against the shadow.
func (wk *worker) walk(n *Node, seen map[int32]bool, keep map[int32][edges]int32) {
	if seen[n.id] {
		return
	}
	seen[n.id] = true
	if n.sum != mix(n.id) {
		wk.fail("node %d: checksum %x, want %x", n.id, n.sum, mix(n.id))
	}
	if want := fmt.Sprint("n", wk.w, ".", n.id); n.tag != want {
		wk.fail("node %d: tag %q, want %q", n.id, n.tag, want)
	}
	want, ok := wk.shadow[n.id]
	if !ok {
		wk.fail("node %d: not in the shadow", n.id)
	}
	keep[n.id] = want
	for k := 0; k < edges; k++ {
		c := edge(n, k)
		if idOf(c) != want[k] {
			wk.fail("node %d edge %d: reaches %d, want %d", n.id, k, idOf(c), want[k])
		}
		if c != nil {
			wk.walk(c, seen, keep)
		}
	}
}

// verify compares the whole graph with the shadow and drops the shadow of what is gone.
func (wk *worker) verify() int {
	seen := make(map[int32]bool)
	keep := make(map[int32][edges]int32)
	for i := range wk.rootID {
		n := wk.root(i)
		if idOf(n) != wk.rootID[i] {
			wk.fail("root %d holds %d, want %d", i, idOf(n), wk.rootID[i])
		}
		if n != nil {
			wk.walk(n, seen, keep)
		}
	}
	// The channel's buffer is a root too: take its nodes out, check them, put them back.
	var held []*Node
	for range wk.chanQ {
		held = append(held, <-wk.ch)
	}
	for i, n := range held {
		if n.id != wk.chanQ[i] {
			wk.fail("channel slot %d holds %d, want %d", i, n.id, wk.chanQ[i])
		}
		wk.walk(n, seen, keep)
		wk.ch <- n
	}
	wk.shadow = keep
	wk.checks++
	return len(seen)
}

// holdOnStack takes a root into a local variable only, allocates down a recursion
// (collections run meanwhile), and checks the node when the recursion returns.
func (wk *worker) holdOnStack(depth int, n *Node) {
	local := n
	garbage := make([]*Node, 4)
	for i := range garbage {
		garbage[i] = &Node{id: -1}
	}
	if depth > 0 {
		wk.holdOnStack(depth-1, n)
	}
	if local.sum != mix(local.id) || local != n {
		wk.fail("stack-held node %d changed", n.id)
	}
	sink[wk.w] = garbage
}

func (wk *worker) step() {
	switch op := wk.r.intn(20); {
	case op < 4: // a new node in a root slot
		i := wk.r.intn(len(wk.rootID))
		n := wk.newNode()
		if old := wk.root(i); old != nil && wk.r.intn(2) == 0 {
			wk.setEdge(n, wk.r.intn(edges), old)
		}
		wk.setRoot(i, n)
	case op < 12: // rewire an edge of a reachable node
		n := wk.pick()
		if n == nil {
			return
		}
		var t *Node
		switch wk.r.intn(3) {
		case 0:
			t = wk.newNode()
		case 1:
			t = wk.pick()
		}
		wk.setEdge(n, wk.r.intn(edges), t)
	case op < 14: // drop a root
		wk.setRoot(wk.r.intn(len(wk.rootID)), nil)
	case op < 16: // a root moves into the channel's buffer (nothing else may point at it)
		i := wk.r.intn(len(wk.rootID))
		if n := wk.root(i); n != nil && len(wk.chanQ) < cap(wk.ch) {
			wk.ch <- n
			wk.chanQ = append(wk.chanQ, n.id)
			wk.setRoot(i, nil)
		}
	case op < 18: // and back out
		if len(wk.chanQ) > 0 {
			n := <-wk.ch
			if n.id != wk.chanQ[0] {
				wk.fail("received %d, want %d", n.id, wk.chanQ[0])
			}
			wk.chanQ = wk.chanQ[1:]
			wk.setRoot(wk.r.intn(len(wk.rootID)), n)
		}
	default: // a root held only by stack frames while they allocate
		i := wk.r.intn(len(wk.rootID))
		if n := wk.root(i); n != nil {
			wk.setRoot(i, nil)
			wk.holdOnStack(8, n)
			wk.setRoot(i, n)
		}
	}
	// Garbage: pointer-free and pointerful, small and not so small.
	sink[wk.w] = make([]byte, 16+wk.r.intn(300))
	sink[wk.w] = &Node{id: -2, kids: make([]*Node, wk.r.intn(8))}
}

var checks [workers]int

func run(w int, wg *sync.WaitGroup) {
	defer wg.Done()
	var roots [rootSlots]*Node // roots in this goroutine's own frame
	wk := &worker{w: w, r: rng(0x9E3779B97F4A7C15 ^ uint64(w+1)*0x2545F4914F6CDD1D), shadow: map[int32][edges]int32{},
		ch: make(chan *Node, 8), roots: &roots}
	for i := range wk.rootID {
		wk.rootID[i] = -1
	}
	for s := 0; !stop.Load(); s++ {
		wk.step()
		if s%64 == 63 {
			if wk.verify() > maxNodes {
				for i := range wk.rootID {
					if wk.r.intn(2) == 0 {
						wk.setRoot(i, nil)
					}
				}
			}
		}
	}
	wk.verify()
	runtime.KeepAlive(&roots)
	checks[w] = wk.checks
}

func main() {
	minCycles := uint32(300)
	if n, err := strconv.Atoi(os.Getenv("GS_GC_STRESS_CYCLES")); err == nil && n > 0 {
		minCycles = uint32(n)
	}
	debug.SetGCPercent(1)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go run(w, &wg)
	}
	var ms runtime.MemStats
	for {
		runtime.ReadMemStats(&ms)
		if ms.NumGC-before.NumGC >= minCycles {
			break
		}
		time.Sleep(time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	for w, n := range checks {
		fmt.Printf("worker %d: graph intact after every check (more than 10: %v)\n", w, n > 10)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("collections:", ms.NumGC-before.NumGC >= minCycles)
}
