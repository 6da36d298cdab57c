// pprof_heap.h — a heap profile in pprof's format (Go: runtime/pprof's
// writeHeapProto in protomem.go over proto.go's profileBuilder): the profile.proto
// messages encoded by hand, gzip-compressed, as pprof.WriteHeapProfile writes them.
//
// Invariants:
//  * Sample types are Go's four (alloc_objects/count, alloc_space/bytes,
//    inuse_objects/count, inuse_space/bytes), period type space/bytes, period the
//    MemProfileRate; values are unsampled with Go's scaleHeapSample; each sample
//    carries the "bytes" label (bytes per object) when it allocated anything.
//  * Leading runtime.* frames of a stack are hidden unless nothing else is left (Go's
//    hideRuntime); one Location per distinct pc, one Function per distinct name, and
//    string 0 is "".
//  * mem knows no symbols: a Symbolizer the caller supplies turns pcs into frames.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mem/mprof.h"

namespace gs::mem {

struct PprofFrame {
  std::string name;        // Go's symbol name: main.f, main.(*T).m, main.main.func1
  std::string file;        // the source file's path
  int64_t line = 0;        // the line of the call (of the allocation, innermost)
  int64_t start_line = 0;  // the function's first line
};
// Frames for a pc (a return address, as in the records); false: unknown pc.
using PprofSymbolizer = std::function<bool(uint64_t pc, PprofFrame* out)>;

struct HeapProfileOptions {
  int64_t rate = kDefaultMemProfileRate;  // the MemProfileRate the records were sampled with
  int64_t time_nanos = 0;                 // when the profile was taken (Unix ns); 0 = now
  std::string main_file;                  // the mapping's file name (pprof prints it as "File:")
};

// The profile.proto bytes, uncompressed.
std::string encode_heap_profile(const std::vector<MemProfileRecord>& records, const HeapProfileOptions& opts,
                                const PprofSymbolizer& symbolize);
// gzip (RFC 1952) around data: what pprof reads.
std::string gzip_bytes(std::string_view data);
// Both: the .pb.gz file `go tool pprof` opens.
std::string write_heap_profile(const std::vector<MemProfileRecord>& records, const HeapProfileOptions& opts,
                               const PprofSymbolizer& symbolize);

// Go: scaleHeapSample — the counts the sampled ones stand for.
void scale_heap_sample(int64_t count, int64_t size, int64_t rate, int64_t* out_count, int64_t* out_size);

}  // namespace gs::mem
