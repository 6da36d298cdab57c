// traceback_sites.h — how Go 1.23's own binary shows the library frames our preludes
// stand in for, at the places a goroutine dump finds them: a G blocked in sync or
// time, or dying in one of sync's misuse checks.
//
// Our sync and time packages are Go code in one prelude file each (lib/go/sync.go,
// time.go) over VM builtins, so by themselves their frames would read
// "sync.(*WaitGroup).Wait(...) /usr/lib/go-1.23/src/sync/sync.go:376" and the builtin
// it is parked in would not show at all. Go shows the runtime hook as a frame of its
// own (sync.runtime_Semacquire at runtime/sema.go:71), the library function at its
// real file and line (sync/waitgroup.go:118), small functions as inlined ("(...)",
// no offset), and some arguments as not spilled ("?").
//
// Invariant: a site is recognised by what its frame is doing — the function, and what
// it calls (the next frame in, a parked builtin, or a panic with a given text) — never
// by our prelude's line numbers, so editing a prelude cannot silently misplace it.
// The facts in the table (file, line, pc offset, inlining, spilled arguments) are read
// off real Go 1.23 tracebacks (tests/go/traceback records them).
#pragma once
#include <cstdint>
#include <string_view>

namespace gs::vm {

struct G;
struct Func;
struct Module;
struct StackFrame;

struct GoSite {
  const char* fn;       // the frame's function
  const char* callee;   // what it is calling: a function's name, "panic", or "" (any call)
  const char* panic_text;  // callee "panic": the panic's text (nullptr: any)
  const char* file;     // under GOROOT
  int line;
  uint32_t offset;      // of the pc in Go's binary; 0: Go inlines this frame here
  const char* stale;    // per parameter, '?' unspilled (printed "0x…?") or '-'; nullptr: our liveness
};

// The site of a bytecode frame: f's function calling `callee` (the frame walked just
// before, inner; "panic" when f is where a panic started). nullptr: none.
const GoSite* go_site(const G& g, const StackFrame& f, std::string_view callee);

// If f (a G's innermost bytecode frame) is parked in, or dying in, a builtin that Go
// shows as a frame of its own (sync.runtime_Semacquire, time.Sleep, sync.fatal, …),
// fills *out with that frame (fn: the body-less declaration, fp: so that its
// arguments read from the caller's argument block, site: where Go shows it).
bool builtin_frame(const Module& m, const G& g, const StackFrame& f, StackFrame* out);


}  // namespace gs::vm
