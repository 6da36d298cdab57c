// os_thread.h — the runtime's only door to OS threads (Go: newosproc in os_linux.go).
//
// An M is an OS thread: a pthread natively, a pthread backed by a Web Worker in the
// browser (Emscripten). Nothing else in the runtime calls pthread_create directly, so
// the browser's limits (workers are made in advance, a fixed ceiling) live here.
#pragma once
#include <cstdint>

namespace gs::os {

using ThreadEntry = void (*)(void* arg);

struct OsThread {
  uintptr_t handle = 0;  // pthread_t, kept opaque
  bool started = false;
};

// Starts fn(arg) on a new OS thread. Returns false (and leaves t unstarted) if the
// OS refused, e.g. the browser's worker pool is exhausted.
bool newosproc(OsThread& t, ThreadEntry fn, void* arg);
void joinosproc(OsThread& t);

// The kernel's (or Emscripten's) id of the calling thread, as Go's m.procid.
uint64_t gettid();
// What gettid's number is on this build, for people reading it: "Linux thread id"
// natively, "pthread id (Web Worker)" in the browser.
const char* thread_id_kind();

// How many OS threads this build can ever give the runtime at once (the browser
// build has a fixed pool of pre-created workers; natively this is large).
int max_os_threads();

}  // namespace gs::os
