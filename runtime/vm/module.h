// module.h — one compiled program: its functions, type descriptors, constant string
// data, globals and method tables. Built by lang/compile, run by vm/interp.
//
// Invariants:
//  * A Module is immutable once compiled, except the globals' bytes (Go's data/bss
//    segment: not heap memory, so not from mallocgc) and the itab cache.
//  * Constant strings point into string_data, which never moves or frees while the
//    Module lives (Go: read-only data).
//  * Func indexes in instructions index funcs; type indexes index types.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "types/type.h"
#include "vm/bytecode.h"
#include "vm/iface.h"

namespace gs::vm {

// A method of a concrete type, as the VM calls it (Go: the method table entry).
struct MethodEntry {
  std::string name;
  int32_t func = -1;           // index into Module::funcs
  bool pointer_receiver = false;  // declared on *T
  // Promotion through embedded fields: the receiver is found by following these
  // (offset, deref) steps from the outer value.
  std::vector<std::pair<int64_t, bool>> path;
};

struct Module {
  types::Universe universe;
  std::vector<std::unique_ptr<Func>> funcs;
  std::vector<const types::Type*> types;
  std::deque<std::string> string_data;     // backing bytes of constant strings
  std::vector<uint8_t> globals;            // Go globals, zeroed
  std::vector<uint8_t> globals_ptrbits;
  int64_t mem_profile_rate_global = -1;    // offset of runtime.MemProfileRate in globals, or -1
  int32_t main_func = -1;
  int32_t init_func = -1;                  // package initialisation (runs before main)
  // Method sets of concrete types: for T and for *T (promoted methods included).
  std::map<const types::Type*, std::vector<MethodEntry>> methods;

  // Interface-callable method sets (receiver = an interface's data word), sorted by
  // name, for every concrete type converted to an interface somewhere in the program.
  std::map<const types::Type*, std::vector<MethodEntry>> iface_methods;
  std::deque<Itab> itabs;  // built at compile time, and at run time by assertions (never freed)
  std::mutex itab_mu;      // serialises building and adding itabs (lookups take no lock)
  ItabTable itab_table;    // Go's itabTable: (inter, type) -> its Itab, negative ones too
  std::vector<uint64_t> static_uint64s;  // Go's staticuint64s
  std::vector<uint64_t> zero_val = std::vector<uint64_t>(128, 0);  // Go's zeroVal: 1 KiB of zeros for boxed zero values
  // runtime.errorString and runtime.plainError: the dynamic types of runtime errors.
  const types::Type* runtime_error_type = nullptr;
  const types::Type* plain_error_type = nullptr;
  const types::Type* panic_nil_type = nullptr;  // *runtime.PanicNilError
  const types::Type* string_type = nullptr;  // Go's staticuint64s: 0..255, for allocation-free conversions

  int32_t type_index(const types::Type* t);
  // Go: getitab. The itab for (inter, type), built on first use; nullptr when type does
  // not implement inter (*missing then names the first missing method). The answer,
  // positive or negative, is cached in itab_table.
  Itab* getitab(const types::Type* inter, const types::Type* type, std::string* missing);
  const MethodEntry* find_method(const types::Type* t, const std::string& name) const;
};

}  // namespace gs::vm
