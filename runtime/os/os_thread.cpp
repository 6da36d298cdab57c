// os_thread.cpp — pthread-backed OS threads for Ms, native and Emscripten.
#include "os/os_thread.h"

#include <pthread.h>

#if defined(__EMSCRIPTEN__)
#include <emscripten/threading.h>
#else
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace gs::os {

namespace {
struct Start {
  ThreadEntry fn;
  void* arg;
};
void* trampoline(void* p) {
  Start s = *static_cast<Start*>(p);
  delete static_cast<Start*>(p);
  s.fn(s.arg);
  return nullptr;
}
}  // namespace

bool newosproc(OsThread& t, ThreadEntry fn, void* arg) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  // The VM runs Go frames on Go stacks it allocates itself, so an M's own C stack
  // only holds the interpreter loop: 256 KiB is plenty, and wasm workers are small.
  pthread_attr_setstacksize(&attr, 256 * 1024);
  pthread_t th;
  auto* s = new Start{fn, arg};
  int rc = pthread_create(&th, &attr, trampoline, s);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    delete s;
    return false;
  }
  t.handle = static_cast<uintptr_t>(th);
  t.started = true;
  return true;
}

void joinosproc(OsThread& t) {
  if (!t.started) return;
  pthread_join(static_cast<pthread_t>(t.handle), nullptr);
  t.started = false;
}

uint64_t gettid() {
#if defined(__EMSCRIPTEN__)
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(pthread_self()));
#else
  return static_cast<uint64_t>(::syscall(SYS_gettid));
#endif
}

const char* thread_id_kind() {
#if defined(__EMSCRIPTEN__)
  return "pthread id (Web Worker)";
#else
  return "Linux thread id";
#endif
}

int max_os_threads() {
#if defined(__EMSCRIPTEN__)
  return GS_WEB_MAX_THREADS;
#else
  return 10000;  // Go's default maxmcount
#endif
}

}  // namespace gs::os
