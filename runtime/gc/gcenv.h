// gcenv.h — the collector's settings read from the environment at start-up: GOGC,
// GOMEMLIMIT and the GODEBUG keys the GC and stacks consult (Go: readGOGC and
// readGOMEMLIMIT in mgcpacer.go, parsedebugvars/parsegodebug in runtime1.go).
//
// Invariants:
//  * Parsing is pure: no globals, no output. A GOMEMLIMIT that Go would reject leaves
//    `error` holding exactly the two lines Go 1.23 writes to stderr before its runtime
//    traceback; the caller prints it and exits with kGcEnvErrorExitStatus (2).
//  * Accepted and ignored inputs match Go: a GOGC that is not "off" and not a decimal
//    int32 means 100; GODEBUG keys we do not know, fields without '=', and values that
//    are not decimal int32s are ignored; a later key=value overrides an earlier one.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gs::gc {

// Go exits with this status after a fatal error at start-up (throw).
inline constexpr int kGcEnvErrorExitStatus = 2;

struct GcEnv {
  int32_t gogc = 100;  // -1 = off (any negative GOGC means off, as SetGCPercent does)
  int64_t memory_limit = INT64_MAX;  // bytes; INT64_MAX = no limit ("off" or unset)

  // GODEBUG keys, with Go 1.23's defaults on linux/amd64 (our oracle).
  int32_t gctrace = 0;
  int32_t clobberfree = 0;
  int32_t gcstoptheworld = 0;
  int32_t scavtrace = 0;
  int32_t gcshrinkstackoff = 0;
  int32_t adaptivestackstart = 1;  // Go defaults this one to 1
  int32_t gcpacertrace = 0;
  int32_t gccheckmark = 0;
  int32_t madvdontneed = 1;  // Go's default on Linux
  int32_t harddecommit = 0;

  // Empty when the environment is acceptable. Otherwise Go's stderr text (ending in
  // '\n') for the fatal error; the run must not start.
  std::string error;
};

// nullptr means the variable is unset (Go treats unset and empty alike).
GcEnv parse_gc_env(const char* gogc, const char* gomemlimit, const char* godebug);

// The pieces, exposed for tests and for runtime/debug-style callers.

// Go's atoi64/atoi32: optional leading '-', decimal digits only, no '+', no spaces,
// fails on overflow of the target type.
bool parse_go_int64(std::string_view s, int64_t* out);
bool parse_go_int32(std::string_view s, int32_t* out);

// Go's parseByteCount: ^[0-9]+(([KMGT]i)?B)?$ with the value fitting in int64.
bool parse_byte_count(std::string_view s, int64_t* out);

// readGOGC's value for the given text (not yet clamped: "-5" gives -5).
int32_t read_gogc(std::string_view s);

// Applies one GODEBUG string (comma-separated key=value) to env, left to right.
void apply_godebug(std::string_view godebug, GcEnv* env);

}  // namespace gs::gc
