// type.h — Go's type descriptors (Go: internal/abi/type.go's Type and its kind
// extensions ArrayType, ChanType, FuncType, InterfaceType, MapType, PtrType,
// SliceType, StructType, UncommonType) and the Universe that builds them.
//
// Invariants:
//  * Layout is amd64's on every build (DESIGN.md seam 1): int/uint/uintptr/pointer
//    words are 8 bytes, string {ptr,len} 16, slice {ptr,len,cap} 24, interface
//    {type-or-itab,data} 16, map/chan/func one pointer word. In wasm32 an address
//    sits zero-extended in its 8-byte word (see Word below).
//  * A descriptor never changes once a Universe hands it out (except a named type
//    between declare_named and set_underlying/set_methods, which the type checker
//    finishes before any Go code runs).
//  * Unnamed types are canonical: building the same structure twice from one
//    Universe returns the same pointer, as Go's linker de-duplicates descriptors, so
//    type identity is pointer equality. Each declare_named gives a new, distinct type.
//  * gcdata is a full pointer bitmap: bit i (LSB-first within each byte) set means
//    the 8-byte word at offset 8*i may hold a pointer; it covers ptrdata bytes.
//    (Go 1.23 switches to a GC program for very large types; we always unroll.)
//  * hash is FNV-1a (32-bit) of the type string `str`. Go hashes its link string with
//    SHA-256; any stable hash serves (it only speeds up type switches and itab
//    lookups — equal hashes never imply equal types).
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace gs::types {

// A Go pointer-sized word as it sits in Go memory: always 8 bytes. On wasm32 the
// host pointer is 4 bytes and is stored zero-extended.
using Word = uint64_t;
constexpr uint64_t kPtrSize = 8;  // Go's goarch.PtrSize on amd64

inline Word word_from_ptr(const void* p) { return static_cast<Word>(reinterpret_cast<uintptr_t>(p)); }
inline void* ptr_from_word(Word w) { return reinterpret_cast<void*>(static_cast<uintptr_t>(w)); }

// Go's reflect.Kind / abi.Kind, same numbering and names.
enum class Kind : uint8_t {
  Invalid = 0,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,  // = 26
};
constexpr int kNumKinds = 27;
// Go's Kind.String(): "bool", "ptr", "unsafe.Pointer", ...; "invalid" otherwise.
const char* kind_name(Kind k);

// Go's abi.TFlag bits (the ones that mean something here).
enum TFlag : uint8_t {
  kTFlagUncommon = 1 << 0,       // the type has a method table (uncommon)
  kTFlagExtraStar = 1 << 1,      // unused: we store str without Go's '*' sharing trick
  kTFlagNamed = 1 << 2,          // the type has a name (int, main.T, error)
  kTFlagRegularMemory = 1 << 3,  // equal/hash may treat the value as size plain bytes
};

struct Type;
class Universe;

// Compares the values of type t at p and q (Go: Type.Equal, which Go generates per
// type; ours are shared and read t). If the comparison meets an interface whose
// dynamic type has no equality, it returns false and stores that type in
// *uncomparable; the VM then panics with
// "runtime error: comparing uncomparable type " + (*uncomparable)->str.
using EqualFn = bool (*)(const Type* t, const void* p, const void* q, const Type** uncomparable);

// The two words every itab begins with (Go: abi.ITab's Inter and Type). The VM's itab
// must start with these so interface comparison can find the dynamic type.
struct ItabHeader {
  Word inter;  // const Type* of the interface type (kind Interface)
  Word type;   // const Type* of the dynamic (concrete) type
};

// An interface's method (Go: abi.Imethod): name and its func type (no receiver).
struct IMethod {
  std::string name;
  const Type* typ = nullptr;  // kind Func
};

// A concrete type's method (Go: abi.Method). ifn/tfn are code references the VM
// fills in (Go: text offsets of the interface-call and direct-call entry points).
struct Method {
  Method() = default;
  Method(std::string name_, const Type* mtyp_, uint64_t ifn_ = 0, uint64_t tfn_ = 0)
      : name(std::move(name_)), mtyp(mtyp_), ifn(ifn_), tfn(tfn_) {}
  std::string name;
  const Type* mtyp = nullptr;  // func type without receiver
  uint64_t ifn = 0;
  uint64_t tfn = 0;
};

// Go: abi.UncommonType — the package path and method table of a type with methods.
struct UncommonType {
  std::string pkg_path;
  std::vector<Method> methods;  // exported first, then by name (Go's order)
  uint16_t xcount = 0;          // number of exported methods (they come first)
};

struct ArrayType {
  const Type* elem = nullptr;
  const Type* slice = nullptr;  // []elem
  uint64_t len = 0;
};

// Go's ChanDir: RecvDir = 1, SendDir = 2, BothDir = 3.
enum class ChanDir : uint8_t { Recv = 1, Send = 2, Both = 3 };

struct ChanType {
  const Type* elem = nullptr;
  ChanDir dir = ChanDir::Both;
};

struct FuncType {
  std::vector<const Type*> in;
  std::vector<const Type*> out;
  bool variadic = false;  // the last of `in` is a slice []T written ...T
};

struct InterfaceType {
  std::string pkg_path;
  std::vector<IMethod> methods;  // exported first, then by name
};

// ---- maps (Go: internal/abi/map.go and abi.MapType; runtime/maps uses these) ----
constexpr uint64_t kMapBucketCount = 8;    // key/elem slots per bucket (Go: MapBucketCount)
constexpr uint64_t kMapMaxKeyBytes = 128;  // larger keys sit in their own object; the slot holds a pointer
constexpr uint64_t kMapMaxElemBytes = 128; // likewise for elements

// Go's MapType.Flags bits, same values.
enum MapFlag : uint32_t {
  kMapIndirectKey = 1,     // the key slot holds a pointer to the key
  kMapIndirectElem = 2,    // the elem slot holds a pointer to the element
  kMapReflexiveKey = 4,    // k == k for every key (false for floats, interfaces, and what holds them)
  kMapNeedKeyUpdate = 8,   // an overwrite must store the new key (+0/-0, strings, interfaces)
  kMapHashMightPanic = 16, // hashing may meet an unhashable dynamic type (an interface inside)
};

// The layout of one map type's buckets (Go: MapType's Bucket, KeySize, ValueSize,
// BucketSize, Flags). A bucket is, in Go memory,
//   struct { topbits [8]uint8; keys [8]K; elems [8]V; overflow unsafe.Pointer }
// where K (V) is *key (*elem) when the key (elem) is over 128 bytes, and overflow is
// a uintptr when neither K nor V holds pointers (so the bucket is pointer-free; the
// runtime then keeps overflow buckets alive from the hmap's extra record).
struct MapLayout {
  const Type* bucket = nullptr;  // the bucket's struct type (owned by the map type's Universe)
  uint8_t keysize = 0;           // bytes per key slot (8 when indirect)
  uint8_t valuesize = 0;         // bytes per elem slot (8 when indirect)
  uint16_t bucketsize = 0;       // bucket->size
  uint32_t flags = 0;            // MapFlag bits
  uint64_t keys_offset = 0;      // offset of keys[0] in a bucket (Go: dataOffset, 8)
  uint64_t elems_offset = 0;     // offset of elems[0]
  uint64_t overflow_offset = 0;  // offset of the overflow word (bucketsize - 8)
  bool indirect_key() const { return flags & kMapIndirectKey; }
  bool indirect_elem() const { return flags & kMapIndirectElem; }
  bool reflexive_key() const { return flags & kMapReflexiveKey; }
  bool need_key_update() const { return flags & kMapNeedKeyUpdate; }
  bool hash_might_panic() const { return flags & kMapHashMightPanic; }
};

class Universe;

// Where a map type's layout is computed once, shared by the map type and every named
// type whose underlying type it is. A layout is computed by map_of when key and elem
// are complete; otherwise (type T struct{ m map[T]int }) on the first call of
// MapType::layout() after they are.
struct MapLayoutCell {
  Universe* universe = nullptr;            // builds the bucket type
  std::atomic<const MapLayout*> ready{nullptr};
  std::mutex mu;                            // serialises the computation
  MapLayout layout;
};

struct MapType {
  const Type* key = nullptr;
  const Type* elem = nullptr;
  std::shared_ptr<MapLayoutCell> cell;
  // The bucket layout; nullptr only while key or elem is still an incomplete named
  // type (never once Go code runs).
  const MapLayout* layout() const;
};

struct PtrType {
  const Type* elem = nullptr;
};

struct SliceType {
  const Type* elem = nullptr;
};

struct StructField {
  std::string name;  // "_" for a blank field; for an embedded field, the type's name
  const Type* typ = nullptr;
  uint64_t offset = 0;
  bool embedded = false;
  std::string tag;
};

struct StructType {
  std::string pkg_path;  // package of the unexported field names
  std::vector<StructField> fields;
};

// Go: abi.Type plus, in `ext`, the extension for its kind (Go appends the extension
// after the Type in memory; we keep it in a variant so a named type can be declared
// before its underlying type is known).
struct Type {
  uint64_t size = 0;
  uint64_t ptrdata = 0;  // bytes of the prefix that can contain pointers (Go: PtrBytes)
  uint32_t hash = 0;
  uint8_t tflag = 0;
  uint8_t align = 1;
  uint8_t field_align = 1;
  Kind kind = Kind::Invalid;
  bool direct_iface = false;     // Go's KindDirectIface: stored in an interface's data word itself
  EqualFn equal = nullptr;       // nullptr: not comparable (slices, maps, funcs, and what holds them)
  std::vector<uint8_t> gcdata;   // pointer bitmap, ceil(ptrdata/8) bits
  std::string str;               // as reflect's String(): "[]int", "main.T", "map[string]int"
  std::string name;              // for named types: "T" (Go: Name()); empty otherwise
  std::string pkg_path;          // for named types: "main"; empty for predeclared/unnamed
  std::unique_ptr<UncommonType> uncommon;
  // The Universe that built this descriptor (reflect builds *T, []T, func types at run
  // time from it: New, Addr, PointerTo, Method's type).
  Universe* universe = nullptr;

  std::variant<std::monostate, ArrayType, ChanType, FuncType, InterfaceType, MapType, PtrType,
               SliceType, StructType>
      ext;

  bool pointers() const { return ptrdata != 0; }  // Go: Pointers()
  bool comparable() const { return equal != nullptr; }
  bool named() const { return (tflag & kTFlagNamed) != 0; }
  // Whether the 8-byte word at byte offset 8*word may hold a pointer.
  bool word_is_pointer(uint64_t word) const {
    if (word * kPtrSize >= ptrdata) return false;
    return (gcdata[word / 8] >> (word % 8)) & 1;
  }

  const ArrayType* array_type() const { return std::get_if<ArrayType>(&ext); }
  const ChanType* chan_type() const { return std::get_if<ChanType>(&ext); }
  const FuncType* func_type() const { return std::get_if<FuncType>(&ext); }
  const InterfaceType* interface_type() const { return std::get_if<InterfaceType>(&ext); }
  const MapType* map_type() const { return std::get_if<MapType>(&ext); }
  const PtrType* ptr_type() const { return std::get_if<PtrType>(&ext); }
  const SliceType* slice_type() const { return std::get_if<SliceType>(&ext); }
  const StructType* struct_type() const { return std::get_if<StructType>(&ext); }
  // Go: Elem() — the element type of an array, chan, map, pointer or slice; else nullptr.
  const Type* elem() const;
};

// unsafe's answers (Go spec "Package unsafe"; amd64 values).
inline uint64_t unsafe_sizeof(const Type* t) { return t->size; }
inline uint64_t unsafe_alignof(const Type* t) { return t->align; }
// Offset of field i of struct type t; the caller (type checker) passes a valid index.
inline uint64_t unsafe_offsetof(const Type* t, size_t field) { return t->struct_type()->fields[field].offset; }

// The largest type size Go accepts on amd64 (cmd/compile: MaxWidth = 1<<50);
// larger is a compile error ("type ... larger than address space").
constexpr uint64_t kMaxTypeSize = uint64_t{1} << 50;

// FNV-1a, 32 bits: the type hash of a type string.
uint32_t type_hash(const std::string& str);

// Field description passed to Universe::struct_of.
struct FieldSpec {
  FieldSpec() = default;
  FieldSpec(std::string name_, const Type* typ_, bool embedded_ = false, std::string tag_ = {})
      : name(std::move(name_)), typ(typ_), embedded(embedded_), tag(std::move(tag_)) {}
  std::string name;
  const Type* typ = nullptr;
  bool embedded = false;
  std::string tag;
};

// Owns every descriptor of one program: predeclared types, canonical unnamed types,
// and named types. Thread-safe (reflection may build types at run time on any M).
// Builders return nullptr for what Go rejects (a size over kMaxTypeSize, a field or
// element whose named type is still incomplete, a non-comparable map key).
class Universe {
 public:
  Universe();
  ~Universe();
  Universe(const Universe&) = delete;
  Universe& operator=(const Universe&) = delete;

  // Predeclared types. basic(k) for k in Bool..Complex128, String, UnsafePointer.
  const Type* basic(Kind k) const { return basics_[static_cast<int>(k)]; }
  const Type* byte_type() const { return basic(Kind::Uint8); }  // alias of uint8
  const Type* rune_type() const { return basic(Kind::Int32); }  // alias of int32
  const Type* error_type() const { return error_; }            // interface { Error() string }
  const Type* any_type() const { return any_; }                // interface {}

  const Type* ptr_to(const Type* elem);
  const Type* slice_of(const Type* elem);
  const Type* array_of(const Type* elem, uint64_t len);
  const Type* map_of(const Type* key, const Type* elem);
  const Type* chan_of(const Type* elem, ChanDir dir);
  const Type* func_of(const std::vector<const Type*>& in, const std::vector<const Type*>& out,
                      bool variadic);
  const Type* struct_of(const std::vector<FieldSpec>& fields, const std::string& pkg_path = "main");
  const Type* interface_of(const std::vector<IMethod>& methods, const std::string& pkg_path = "main");

  // Named types. declare_named returns an incomplete type (kind Invalid) that may
  // already be pointed to (ptr_to, slice_of, map_of, chan_of, func_of accept it);
  // set_underlying completes it with the layout, equality and kind data of
  // `underlying` and returns false if that is itself incomplete or already set.
  Type* declare_named(const std::string& pkg_path, const std::string& name);
  bool set_underlying(Type* named, const Type* underlying);
  // Installs the method table (sorted into Go's order here).
  void set_methods(Type* named, std::vector<Method> methods);
  // declare_named + set_underlying.
  Type* named(const std::string& pkg_path, const std::string& name, const Type* underlying);

  size_t count() const;  // descriptors owned

 private:
  Type* adopt_locked(std::unique_ptr<Type> t);
  const Type* find_locked(const std::string& key) const;
  const Type* publish_locked(const std::string& key, std::unique_ptr<Type> t);
  const Type* slice_of_locked(const Type* elem);

  mutable std::mutex mu_;
  std::deque<std::unique_ptr<Type>> all_;
  std::map<std::string, const Type*> canon_;
  const Type* basics_[kNumKinds] = {};
  const Type* error_ = nullptr;
  const Type* any_ = nullptr;
};

}  // namespace gs::types
