// GOGC, GOMEMLIMIT and GODEBUG are read as Go 1.23 reads them. Expected values and
// the error text were recorded by running a real Go 1.23 program under each setting
// (runtime/debug.SetGCPercent / SetMemoryLimit(-1) report what the runtime parsed).
#include <doctest/doctest.h>

#include "gc/gcenv.h"

using namespace gs::gc;

TEST_CASE("gcenv: GOGC as real Go parses it") {
  CHECK(parse_gc_env(nullptr, nullptr, nullptr).gogc == 100);
  CHECK(parse_gc_env("", nullptr, nullptr).gogc == 100);
  CHECK(parse_gc_env("off", nullptr, nullptr).gogc == -1);
  CHECK(parse_gc_env("abc", nullptr, nullptr).gogc == 100);  // silently the default
  CHECK(parse_gc_env("-5", nullptr, nullptr).gogc == -1);    // negative = off
  CHECK(parse_gc_env("0", nullptr, nullptr).gogc == 0);
  CHECK(parse_gc_env("200", nullptr, nullptr).gogc == 200);
  CHECK(parse_gc_env(" 50", nullptr, nullptr).gogc == 100);           // no spaces
  CHECK(parse_gc_env("+50", nullptr, nullptr).gogc == 100);           // no '+'
  CHECK(parse_gc_env("99999999999", nullptr, nullptr).gogc == 100);   // not an int32
  CHECK(parse_gc_env("2147483647", nullptr, nullptr).gogc == 2147483647);
  CHECK(parse_gc_env("-2147483649", nullptr, nullptr).gogc == 100);
  CHECK(parse_gc_env("-", nullptr, nullptr).gogc == 0);  // Go's atoi reads "-" as 0
  CHECK(parse_gc_env("OFF", nullptr, nullptr).gogc == 100);
  CHECK(read_gogc("-5") == -5);  // clamping to -1 happens in SetGCPercent
}

TEST_CASE("gcenv: GOMEMLIMIT byte counts as real Go parses them") {
  auto limit = [](const char* s) { return parse_gc_env(nullptr, s, nullptr); };
  CHECK(limit(nullptr).memory_limit == INT64_MAX);
  CHECK(limit("").memory_limit == INT64_MAX);
  CHECK(limit("off").memory_limit == INT64_MAX);
  CHECK(limit("1KiB").memory_limit == 1024);
  CHECK(limit("100MiB").memory_limit == 104857600);
  CHECK(limit("5B").memory_limit == 5);
  CHECK(limit("12").memory_limit == 12);
  CHECK(limit("0").memory_limit == 0);
  CHECK(limit("-KiB").memory_limit == 0);  // "-" counts as the number 0, as in Go
  CHECK(limit("8TiB").memory_limit == 8796093022208);
  CHECK(limit("8388607TiB").memory_limit == 9223370937343148032);
  CHECK(limit("3GiB").memory_limit == 3221225472);
  for (const char* ok : {"1KiB", "0", "off", "", "8TiB"}) CHECK(limit(ok).error.empty());
}

TEST_CASE("gcenv: a malformed GOMEMLIMIT is fatal with Go's exact text") {
  // Real Go 1.23 writes these two lines, then "\nruntime stack:\n" and its own
  // frames, and exits with status 2.
  for (const char* bad : {"garbage", "1.5GiB", "-1", "1kB", "1KB", "99999999999999TiB", " 5",
                          "8388608TiB", "B", "KiB", "1iB", "1XiB", "12b"}) {
    GcEnv env = parse_gc_env(nullptr, bad, nullptr);
    INFO(bad);
    CHECK(env.error == std::string("GOMEMLIMIT=") + bad +
                           "\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`\n");
  }
  CHECK(kGcEnvErrorExitStatus == 2);
}

TEST_CASE("gcenv: parse_byte_count and Go's atoi edge cases") {
  int64_t n = -1;
  CHECK(parse_byte_count("9223372036854775807", &n));
  CHECK(n == INT64_MAX);
  CHECK_FALSE(parse_byte_count("9223372036854775808", &n));
  CHECK_FALSE(parse_byte_count("18446744073709551616", &n));
  CHECK(parse_byte_count("9223372036854775807B", &n));
  CHECK(parse_byte_count("1MiB", &n));
  CHECK(n == 1 << 20);
  CHECK_FALSE(parse_byte_count("", &n));
  int32_t m = 0;
  CHECK(parse_go_int32("-2147483648", &m));
  CHECK(m == INT32_MIN);
  CHECK_FALSE(parse_go_int32("2147483648", &m));
  int64_t w = 0;
  CHECK(parse_go_int64("-9223372036854775808", &w));
  CHECK(w == INT64_MIN);
  CHECK_FALSE(parse_go_int64("-9223372036854775809", &w));
  CHECK_FALSE(parse_go_int64("", &w));
  CHECK_FALSE(parse_go_int64("1_000", &w));
}

TEST_CASE("gcenv: GODEBUG keys the GC uses, with Go's defaults and precedence") {
  GcEnv d = parse_gc_env(nullptr, nullptr, nullptr);
  CHECK(d.gctrace == 0);
  CHECK(d.adaptivestackstart == 1);
  CHECK(d.madvdontneed == 1);
  CHECK(d.error.empty());

  GcEnv e = parse_gc_env(nullptr, nullptr,
                         "gctrace=1,clobberfree=1,gcstoptheworld=2,scavtrace=1,gcshrinkstackoff=1,"
                         "adaptivestackstart=0,gcpacertrace=1,gccheckmark=1,madvdontneed=0,harddecommit=1");
  CHECK(e.gctrace == 1);
  CHECK(e.clobberfree == 1);
  CHECK(e.gcstoptheworld == 2);
  CHECK(e.scavtrace == 1);
  CHECK(e.gcshrinkstackoff == 1);
  CHECK(e.adaptivestackstart == 0);
  CHECK(e.gcpacertrace == 1);
  CHECK(e.gccheckmark == 1);
  CHECK(e.madvdontneed == 0);
  CHECK(e.harddecommit == 1);

  // Left to right, later wins; a value that is not an int32 leaves the key alone
  // (real Go: "gctrace=1,gctrace=x" still traces, "gctrace=1,gctrace=0" does not).
  CHECK(parse_gc_env(nullptr, nullptr, "gctrace=1,gctrace=x").gctrace == 1);
  CHECK(parse_gc_env(nullptr, nullptr, "gctrace=1,gctrace=0").gctrace == 0);
  CHECK(parse_gc_env(nullptr, nullptr, "gctrace=2").gctrace == 2);
  CHECK(parse_gc_env(nullptr, nullptr, "gctrace=-1").gctrace == -1);
  CHECK(parse_gc_env(nullptr, nullptr, "gctrace=").gctrace == 0);
  // Unknown keys, fields without '=', empty fields and spaces are ignored.
  GcEnv f = parse_gc_env(nullptr, nullptr, "schedtrace=100,,gctrace,http2client=0, gctrace=1,gctrace=1 ");
  CHECK(f.gctrace == 0);
  CHECK(parse_gc_env(nullptr, nullptr, "asynctimerchan=1,gctrace=1").gctrace == 1);
}

TEST_CASE("gcenv: all three together") {
  GcEnv e = parse_gc_env("50", "64MiB", "gctrace=1");
  CHECK(e.gogc == 50);
  CHECK(e.memory_limit == 64 << 20);
  CHECK(e.gctrace == 1);
  CHECK(e.error.empty());
}
