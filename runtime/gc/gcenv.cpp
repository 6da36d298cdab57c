// gcenv.cpp — parsing of GOGC, GOMEMLIMIT and GODEBUG as Go 1.23's runtime does it at
// start-up. Pure functions; see gcenv.h for the accepted forms and the error text.
#include "gc/gcenv.h"

#include <cstdint>

namespace gs::gc {

bool parse_go_int64(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  bool negative = false;
  if (s[0] == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  // An unsigned accumulator detects overflow before the sign is applied, so
  // "-9223372036854775808" is representable while its positive twin is not.
  uint64_t magnitude = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    if (magnitude > UINT64_MAX / 10) return false;
    magnitude *= 10;
    uint64_t next = magnitude + static_cast<uint64_t>(c - '0');
    if (next < magnitude) return false;
    magnitude = next;
  }
  // A lone "-" has no digits and yields 0, which Go accepts as well.
  constexpr uint64_t kMaxPositive = static_cast<uint64_t>(INT64_MAX);
  if (!negative && magnitude > kMaxPositive) return false;
  if (negative && magnitude > kMaxPositive + 1) return false;
  *out = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
  return true;
}

bool parse_go_int32(std::string_view s, int32_t* out) {
  int64_t wide = 0;
  if (!parse_go_int64(s, &wide)) return false;
  if (wide < INT32_MIN || wide > INT32_MAX) return false;
  *out = static_cast<int32_t>(wide);
  return true;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool parse_non_negative(std::string_view digits, int64_t* out) {
  int64_t n = 0;
  if (!parse_go_int64(digits, &n) || n < 0) return false;
  *out = n;
  return true;
}

}  // namespace

bool parse_byte_count(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  char last = s.back();
  if (is_digit(last)) return parse_non_negative(s, out);
  // Otherwise the text ends in "B", preceded by a digit ("12B") or by a binary unit
  // prefix ("12KiB").
  if (last != 'B' || s.size() < 2) return false;
  char before_b = s[s.size() - 2];
  if (is_digit(before_b)) return parse_non_negative(s.substr(0, s.size() - 1), out);
  if (before_b != 'i' || s.size() < 4) return false;
  int power;
  switch (s[s.size() - 3]) {
    case 'K': power = 1; break;
    case 'M': power = 2; break;
    case 'G': power = 3; break;
    case 'T': power = 4; break;
    default: return false;
  }
  uint64_t unit = 1;
  for (int i = 0; i < power; i++) unit *= 1024;
  int64_t count = 0;
  if (!parse_non_negative(s.substr(0, s.size() - 3), &count)) return false;
  uint64_t bytes = static_cast<uint64_t>(count);
  if (bytes > UINT64_MAX / unit) return false;
  bytes *= unit;
  if (bytes > static_cast<uint64_t>(INT64_MAX)) return false;
  *out = static_cast<int64_t>(bytes);
  return true;
}

int32_t read_gogc(std::string_view s) {
  if (s == "off") return -1;
  int32_t n = 0;
  if (parse_go_int32(s, &n)) return n;
  return 100;
}

namespace {

// The GODEBUG keys GcEnv records, by name.
int32_t* godebug_slot(std::string_view key, GcEnv* env) {
  struct Entry {
    std::string_view name;
    int32_t GcEnv::*field;
  };
  static constexpr Entry kKeys[] = {
      {"adaptivestackstart", &GcEnv::adaptivestackstart},
      {"clobberfree", &GcEnv::clobberfree},
      {"gccheckmark", &GcEnv::gccheckmark},
      {"gcpacertrace", &GcEnv::gcpacertrace},
      {"gcshrinkstackoff", &GcEnv::gcshrinkstackoff},
      {"gcstoptheworld", &GcEnv::gcstoptheworld},
      {"gctrace", &GcEnv::gctrace},
      {"harddecommit", &GcEnv::harddecommit},
      {"madvdontneed", &GcEnv::madvdontneed},
      {"scavtrace", &GcEnv::scavtrace},
  };
  for (const Entry& e : kKeys) {
    if (e.name == key) return &(env->*e.field);
  }
  return nullptr;
}

}  // namespace

void apply_godebug(std::string_view godebug, GcEnv* env) {
  while (!godebug.empty()) {
    size_t comma = godebug.find(',');
    std::string_view field = godebug.substr(0, comma);
    godebug = comma == std::string_view::npos ? std::string_view() : godebug.substr(comma + 1);
    size_t eq = field.find('=');
    if (eq == std::string_view::npos) continue;
    int32_t* slot = godebug_slot(field.substr(0, eq), env);
    if (slot == nullptr) continue;
    int32_t value = 0;
    if (parse_go_int32(field.substr(eq + 1), &value)) *slot = value;
  }
}

GcEnv parse_gc_env(const char* gogc, const char* gomemlimit, const char* godebug) {
  GcEnv env;
  // Go reads GODEBUG (parsedebugvars) before GOGC/GOMEMLIMIT (gcinit); neither depends
  // on the other, but a bad GOMEMLIMIT is reported with GODEBUG already applied.
  apply_godebug(godebug != nullptr ? godebug : "", &env);

  int32_t percent = read_gogc(gogc != nullptr ? gogc : "");
  env.gogc = percent < 0 ? -1 : percent;

  std::string_view limit = gomemlimit != nullptr ? gomemlimit : "";
  if (limit.empty() || limit == "off") {
    env.memory_limit = INT64_MAX;
  } else if (int64_t bytes = 0; parse_byte_count(limit, &bytes)) {
    env.memory_limit = bytes;
  } else {
    env.error = "GOMEMLIMIT=";
    env.error += limit;
    env.error += "\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`\n";
  }
  return env;
}

}  // namespace gs::gc
