// pprof_heap.cpp — see pprof_heap.h. Field numbers are profile.proto's (Go:
// internal/profile/encode.go, runtime/pprof/proto.go's tag constants).
//
// Compression: zlib's deflate with a gzip wrapper (windowBits 15 + 16), from the
// gs_zlib target — Debian's zlib sources built by cmake/Deps.cmake for the native and
// the web build alike (the share links already use it). That is one code path on both
// targets with real compression, where the alternative — a hand-written gzip of stored
// deflate blocks — would make profiles several times larger for no gain, and
// Emscripten's own zlib port (which downloads its sources) is never involved.
//
// Invariant: every string the profile refers to is in the string table, index 0 is
// "", and every Location / Function id referenced by a Sample / Line is emitted.
#include "mem/pprof_heap.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <unordered_map>

namespace gs::mem {

namespace {

// profile.proto field numbers.
enum : int {
  kProfileSampleType = 1,
  kProfileSample = 2,
  kProfileMapping = 3,
  kProfileLocation = 4,
  kProfileFunction = 5,
  kProfileStringTable = 6,
  kProfileTimeNanos = 9,
  kProfilePeriodType = 11,
  kProfilePeriod = 12,
  kValueTypeType = 1,
  kValueTypeUnit = 2,
  kSampleLocation = 1,
  kSampleValue = 2,
  kSampleLabel = 3,
  kLabelKey = 1,
  kLabelNum = 3,
  kMappingId = 1,
  kMappingStart = 2,
  kMappingLimit = 3,
  kMappingOffset = 4,
  kMappingFilename = 5,
  kMappingHasFunctions = 7,
  kLocationId = 1,
  kLocationMappingId = 2,
  kLocationAddress = 3,
  kLocationLine = 4,
  kLineFunctionId = 1,
  kLineLine = 2,
  kFunctionId = 1,
  kFunctionName = 2,
  kFunctionSystemName = 3,
  kFunctionFilename = 4,
  kFunctionStartLine = 5,
};

// A protobuf message under construction (wire types 0: varint, 2: length-delimited).
class Pb {
 public:
  void varint(uint64_t v) {
    while (v >= 0x80) {
      buf_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    buf_.push_back(static_cast<char>(v));
  }
  void key(int field, int wire) { varint(static_cast<uint64_t>(field) << 3 | static_cast<uint64_t>(wire)); }
  // Go's int64Opt / uint64Opt: zero values are left out (proto3 defaults).
  void u64(int field, uint64_t v) {
    if (v == 0) return;
    key(field, 0);
    varint(v);
  }
  void i64(int field, int64_t v) { u64(field, static_cast<uint64_t>(v)); }
  void boolean(int field, bool v) { u64(field, v ? 1 : 0); }
  void bytes(int field, std::string_view s) {
    key(field, 2);
    varint(s.size());
    buf_.append(s);
  }
  void message(int field, const Pb& m) { bytes(field, m.buf_); }
  // Packed repeated varints.
  void packed(int field, const std::vector<uint64_t>& v) {
    if (v.empty()) return;
    Pb inner;
    for (uint64_t x : v) inner.varint(x);
    bytes(field, inner.buf_);
  }
  const std::string& data() const { return buf_; }

 private:
  std::string buf_;
};

class Strings {
 public:
  Strings() { index(""); }
  int64_t index(const std::string& s) {
    auto [it, inserted] = ids_.emplace(s, static_cast<int64_t>(list_.size()));
    if (inserted) list_.push_back(s);
    return it->second;
  }
  const std::vector<std::string>& list() const { return list_; }

 private:
  std::unordered_map<std::string, int64_t> ids_;
  std::vector<std::string> list_;
};

void value_type(Pb& pb, int field, Strings& st, const std::string& type, const std::string& unit) {
  Pb m;
  m.i64(kValueTypeType, st.index(type));
  m.i64(kValueTypeUnit, st.index(unit));
  pb.message(field, m);
}

}  // namespace

void scale_heap_sample(int64_t count, int64_t size, int64_t rate, int64_t* out_count, int64_t* out_size) {
  if (count == 0 || size == 0) {
    *out_count = 0;
    *out_size = 0;
    return;
  }
  if (rate <= 1) {  // every allocation was sampled: nothing to scale
    *out_count = count;
    *out_size = size;
    return;
  }
  // A block of average size s is sampled with probability 1 - e^(-s/rate): each sampled
  // one stands for 1/that many.
  const double avg = static_cast<double>(size) / static_cast<double>(count);
  const double scale = 1.0 / (1.0 - std::exp(-avg / static_cast<double>(rate)));
  *out_count = static_cast<int64_t>(static_cast<double>(count) * scale);
  *out_size = static_cast<int64_t>(static_cast<double>(size) * scale);
}

std::string encode_heap_profile(const std::vector<MemProfileRecord>& records, const HeapProfileOptions& opts,
                                const PprofSymbolizer& symbolize) {
  Pb pb;
  Strings st;
  value_type(pb, kProfileSampleType, st, "alloc_objects", "count");
  value_type(pb, kProfileSampleType, st, "alloc_space", "bytes");
  value_type(pb, kProfileSampleType, st, "inuse_objects", "count");
  value_type(pb, kProfileSampleType, st, "inuse_space", "bytes");

  std::unordered_map<uint64_t, uint64_t> loc_ids;           // pc -> Location id
  std::unordered_map<std::string, uint64_t> func_ids;       // name -> Function id
  uint64_t lo = ~uint64_t{0}, hi = 0;                       // pcs seen, for the mapping
  // One Location per pc (and the Functions it names, first time seen).
  auto location = [&](uint64_t pc, const PprofFrame& fr) -> uint64_t {
    auto it = loc_ids.find(pc);
    if (it != loc_ids.end()) return it->second;
    const uint64_t id = loc_ids.size() + 1;
    loc_ids.emplace(pc, id);
    lo = std::min(lo, pc);
    hi = std::max(hi, pc);
    uint64_t fid;
    auto fit = func_ids.find(fr.name);
    const bool new_func = fit == func_ids.end();
    if (new_func) {
      fid = func_ids.size() + 1;
      func_ids.emplace(fr.name, fid);
    } else {
      fid = fit->second;
    }
    Pb loc;
    loc.u64(kLocationId, id);
    loc.u64(kLocationMappingId, 1);
    loc.u64(kLocationAddress, pc);
    Pb line;
    line.u64(kLineFunctionId, fid);
    line.i64(kLineLine, fr.line);
    loc.message(kLocationLine, line);
    pb.message(kProfileLocation, loc);
    if (new_func) {
      Pb fn;
      fn.u64(kFunctionId, fid);
      fn.i64(kFunctionName, st.index(fr.name));
      fn.i64(kFunctionSystemName, st.index(fr.name));
      fn.i64(kFunctionFilename, st.index(fr.file));
      fn.i64(kFunctionStartLine, fr.start_line);
      pb.message(kProfileFunction, fn);
    }
    return id;
  };

  for (const MemProfileRecord& r : records) {
    // Frames of the stack, symbolized; unknown pcs are dropped.
    std::vector<std::pair<uint64_t, PprofFrame>> frames;
    for (uint64_t pc : r.stack) {
      PprofFrame fr;
      if (symbolize && symbolize(pc, &fr)) frames.emplace_back(pc, std::move(fr));
    }
    // Go's hideRuntime: skip the runtime's own frames above the first other one; if
    // that leaves nothing, show them all.
    size_t first = 0;
    while (first < frames.size() && frames[first].second.name.rfind("runtime.", 0) == 0) first++;
    if (first == frames.size()) first = 0;
    std::vector<uint64_t> locs;
    for (size_t i = first; i < frames.size(); i++) locs.push_back(location(frames[i].first, frames[i].second));

    int64_t v[4];
    scale_heap_sample(r.alloc_objects, r.alloc_bytes, opts.rate, &v[0], &v[1]);
    scale_heap_sample(r.inuse_objects(), r.inuse_bytes(), opts.rate, &v[2], &v[3]);
    Pb sample;
    sample.packed(kSampleLocation, locs);
    Pb values;
    for (int64_t x : v) values.varint(static_cast<uint64_t>(x));
    sample.bytes(kSampleValue, values.data());
    if (r.alloc_objects > 0) {
      const int64_t block = r.alloc_bytes / r.alloc_objects;
      if (block != 0) {
        Pb label;
        label.i64(kLabelKey, st.index("bytes"));
        label.i64(kLabelNum, block);
        sample.message(kSampleLabel, label);
      }
    }
    pb.message(kProfileSample, sample);
  }

  // One mapping for the whole program text, marked symbolized so pprof looks for no
  // binary (Go writes such a fake mapping when it cannot read the process's maps).
  Pb mapping;
  mapping.u64(kMappingId, 1);
  if (!loc_ids.empty()) {
    mapping.u64(kMappingStart, lo);
    mapping.u64(kMappingLimit, hi + 1);
  }
  mapping.u64(kMappingOffset, 0);
  mapping.i64(kMappingFilename, st.index(opts.main_file));
  mapping.boolean(kMappingHasFunctions, true);
  pb.message(kProfileMapping, mapping);

  int64_t now = opts.time_nanos;
  if (now == 0)
    now = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
  pb.i64(kProfileTimeNanos, now);
  value_type(pb, kProfilePeriodType, st, "space", "bytes");
  pb.i64(kProfilePeriod, opts.rate);
  for (const std::string& s : st.list()) pb.bytes(kProfileStringTable, s);
  return pb.data();
}

std::string gzip_bytes(std::string_view data) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  const size_t n = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return {};
  out.resize(n);
  return out;
}

std::string write_heap_profile(const std::vector<MemProfileRecord>& records, const HeapProfileOptions& opts,
                               const PprofSymbolizer& symbolize) {
  return gzip_bytes(encode_heap_profile(records, opts, symbolize));
}

}  // namespace gs::mem
