// run.cpp — see run.h. Compiles on the caller's thread (milliseconds), then runs the
// program on its own thread with its own Heap bound, so Stop and a crash of the
// program never touch the caller.
#include "run/run.h"

#include <cstdlib>
#include <optional>

#include "gc/gcenv.h"
#include "lang/compile.h"
#include "sched/threadpool.h"
#include "mem/malloc.h"
#include "mem/pprof_heap.h"
#include "vm/interp.h"
#include "vm/mprof_stack.h"

#ifndef __EMSCRIPTEN__
#include <climits>
#include <cstdlib>
#endif

namespace gs::run {

namespace detail {
struct Running {
  std::unique_ptr<vm::Module> module;
  std::unique_ptr<mem::Heap> heap;
  std::unique_ptr<vm::Machine> machine;
  std::string profile_file;     // the main package's file as heap profiles name it
  std::string profile_mapping;  // the program's name in heap profiles ("File:" in pprof)
};
}  // namespace detail

namespace {
// How `go run`/`go build` name a file given on the command line in error messages:
// a bare name gets "./", a path is printed as given.
std::string display_name(const std::string& filename) {
  return filename.find('/') == std::string::npos ? "./" + filename : filename;
}

std::string env_value(const Program& p, const std::string& key, const char* fallback) {
  for (auto& [k, v] : p.env)
    if (k == key) return v;
  return fallback;
}
}  // namespace

Run::Run() = default;

Run::~Run() {
  if (running_ && running_->machine) running_->machine->request_stop();
  wait_done();
}

std::shared_ptr<const sched::SchedSnapshot> Run::scheduler_snapshot() const {
  if (!running_ || !running_->machine) return nullptr;
  return running_->machine->snapshot();
}

std::shared_ptr<const trace::MemSnapshot> Run::mem_snapshot() const {
  if (!running_ || !running_->machine) return nullptr;
  return running_->machine->mem_snapshot();
}

std::shared_ptr<const trace::IfaceSnapshot> Run::iface_snapshot() const {
  if (!running_ || !running_->machine) return nullptr;
  return running_->machine->iface_snapshot();
}

std::string Run::heap_profile_pprof() const {
  if (!running_ || !running_->heap || !running_->module) return {};
  mem::MemProfile& prof = running_->heap->mem_profile();
  mem::HeapProfileOptions opts;
  opts.rate = prof.rate();
  opts.main_file = running_->profile_mapping;
  return mem::write_heap_profile(prof.records(/*inuse_zero=*/true), opts,
                                 vm::mem_profile_symbolizer(*running_->module, running_->profile_file));
}

void Run::set_gc_knobs(int32_t gogc, int64_t memory_limit) {
  if (running_ && running_->machine) running_->machine->request_gc_knobs(gogc, memory_limit);
}

void Run::request_gomaxprocs(int n) {
  if (n < 1) return;
  controls_.gomaxprocs.store(n, std::memory_order_release);
  controls_.wake.wakeup();  // sysmon: an idle program has no M at a scheduling point
}

void Run::set_tempo_ms(int ms) { controls_.tempo_ms.store(ms < 0 ? 0 : ms, std::memory_order_relaxed); }

void Run::set_paused(bool paused) {
  controls_.step_credits.store(0, std::memory_order_relaxed);  // steps are for one pause
  controls_.paused.store(paused, std::memory_order_release);
  controls_.wake.wakeup();
}

void Run::step() {
  if (controls_.paused.load(std::memory_order_acquire)) controls_.step_credits.fetch_add(1, std::memory_order_acq_rel);
}

void Run::wait_done() {
  std::unique_lock<std::mutex> lock(done_mu_);
  done_cv_.wait(lock, [&] { return !thread_running_; });
}

void Run::run_entry(void* p) {
  auto* self = static_cast<Run*>(p);
  int code;
  {
    mem::BindHeap bind(self->running_->heap.get());
    code = self->running_->machine->run_main();
  }
  self->finish(code);
  std::lock_guard<std::mutex> lock(self->done_mu_);
  self->thread_running_ = false;
  self->done_cv_.notify_all();
}

namespace {
// GODEBUG=k=v,k=v — the value of key, or "".
std::string godebug(const std::string& all, const std::string& key) {
  size_t pos = 0;
  while (pos <= all.size()) {
    size_t end = all.find(',', pos);
    if (end == std::string::npos) end = all.size();
    std::string item = all.substr(pos, end - pos);
    if (item.rfind(key + "=", 0) == 0) return item.substr(key.size() + 1);
    pos = end + 1;
  }
  return "";
}
}  // namespace

void Run::start(const Program& p) {
  wait_done();  // a previous run's thread is back in the pool
  diagnostics_.clear();
  state_.store(static_cast<int>(RunState::Running), std::memory_order_release);
  lang::CompileOptions opts;
  opts.filename = p.filename;
  lang::CompileResult cr = lang::compile_program(p.source, opts);
  if (!cr.module) {
    for (const auto& d : cr.errors) diagnostics_.push_back({p.filename, d.line, d.col, d.msg});
    out_.write(Stream::Stderr, "# command-line-arguments\n" +
                                   lang::format_diagnostics(display_name(p.filename), cr.errors));
    finish(1);
    return;
  }
  // The collector's knobs, parsed as Go's runtime does at start-up (a bad GOGC or
  // GOMEMLIMIT ends the program before main, with Go's message and status 2).
  std::string dbg = env_value(p, "GODEBUG", "");
  auto env_or_null = [&](const char* key) -> std::optional<std::string> {
    for (auto& [k, v] : p.env)
      if (k == key) return v;
    return std::nullopt;
  };
  std::optional<std::string> gogc = env_or_null("GOGC"), gomemlimit = env_or_null("GOMEMLIMIT");
  gc::GcEnv gcenv = gc::parse_gc_env(gogc ? gogc->c_str() : nullptr, gomemlimit ? gomemlimit->c_str() : nullptr,
                                     dbg.c_str());
  if (!gcenv.error.empty()) {
    out_.write(Stream::Stderr, gcenv.error);
    finish(gc::kGcEnvErrorExitStatus);
    return;
  }
  running_ = std::make_unique<detail::Running>();
  running_->module = std::move(cr.module);
  mem::Heap::Options heap_options;
  heap_options.limit_bytes = p.heap_limit ? p.heap_limit : kDefaultHeapLimit;
  heap_options.clobberfree = gcenv.clobberfree != 0;
  heap_options.mem_profile_rate = p.mem_profile_rate >= 0 ? p.mem_profile_rate : mem::kDefaultMemProfileRate;
  running_->heap = std::make_unique<mem::Heap>(heap_options);
  // Heap profiles name the program's own file where there is one (the CLI), else the
  // /tmp/prog.go of tracebacks; the mapping is named after the file, as Go's after the binary.
  {
    const std::string& named = p.source_path.empty() ? p.filename : p.source_path;
    std::string base = named.substr(named.find_last_of('/') + 1);
    if (base.size() > 3 && base.compare(base.size() - 3, 3, ".go") == 0) base.resize(base.size() - 3);
    running_->profile_mapping = base.empty() ? "prog" : base;
#ifndef __EMSCRIPTEN__
    char resolved[PATH_MAX];
    if (!p.source_path.empty() && ::realpath(p.source_path.c_str(), resolved) != nullptr)
      running_->profile_file = resolved;
#endif
  }
  vm::MachineOptions mo;
  mo.gc = gcenv;
  for (const auto& [k, v] : p.env) mo.env.push_back(k + "=" + v);
  mo.gotraceback = env_value(p, "GOTRACEBACK", "single");
  mo.sched.gomaxprocs = std::atoi(env_value(p, "GOMAXPROCS", "0").c_str());
  mo.sched.asyncpreemptoff = godebug(dbg, "asyncpreemptoff") == "1";
  mo.sched.schedtrace_ms = std::atoll(godebug(dbg, "schedtrace").c_str());
  mo.sched.scheddetail = godebug(dbg, "scheddetail") == "1";
  mo.sched.pool = pool_;
  mo.sched.controls = &controls_;
  if (p.seed != 0) {  // deterministic mode (issue 4)
    mo.sched.seed = p.seed;
    mo.sched.deterministic = true;
    mo.sched.gomaxprocs = 1;
  }
  running_->machine = std::make_unique<vm::Machine>(
      *running_->module,
      [this](int fd, std::string_view bytes) {
        out_.write(fd == 1 ? Stream::Stdout : Stream::Stderr, std::string(bytes));
      },
      mo);
  // Allocation sites. runtime.MemProfileRate reads as Go's does: the rate when a profile
  // was asked for (-memprofile, -memprofilerate), else 0 — Go's linker turns profiling
  // off in a program that never calls runtime.MemProfile, which ours cannot call. The
  // sampler keeps its rate meanwhile, for the Allocator panel's export.
  vm::install_mem_profile_stack(*running_->heap, *running_->module, p.mem_profile_rate >= 0 ? p.mem_profile_rate : 0);
  {
    std::lock_guard<std::mutex> lock(done_mu_);
    thread_running_ = true;
  }
  sched::ThreadPool* pool = pool_ ? pool_ : &sched::ThreadPool::process_pool();
  if (!pool->spawn(&Run::run_entry, this)) {
    {
      std::lock_guard<std::mutex> lock(done_mu_);
      thread_running_ = false;
    }
    out_.write(Stream::Stderr, "gopherscope: no thread is free to run the program\n");
    finish(2);
  }
}

void Run::stop() {
  if (state() != RunState::Running) return;
  if (running_ && running_->machine) running_->machine->request_stop();
}

void Run::finish(int code) {
  exit_code_.store(code, std::memory_order_release);
  state_.store(static_cast<int>(RunState::Exited), std::memory_order_release);
}

}  // namespace gs::run
