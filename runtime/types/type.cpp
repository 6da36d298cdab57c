// type.cpp — building Go type descriptors with amd64 layout, their pointer bitmaps,
// type strings and equality functions (Go: the compiler's types/size.go and
// reflectdata, and runtime/alg.go's equal functions).
//
// Invariant: every descriptor handed out is complete and immutable, and unnamed
// descriptors are unique per structure within their Universe (see type.h).
#include "types/type.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace gs::types {

namespace {

constexpr const char* kKindNames[kNumKinds] = {
    "invalid", "bool",    "int",     "int8",      "int16",      "int32", "int64",
    "uint",    "uint8",   "uint16",  "uint32",    "uint64",     "uintptr", "float32",
    "float64", "complex64", "complex128", "array", "chan",     "func",  "interface",
    "map",     "ptr",     "slice",   "string",    "struct",     "unsafe.Pointer",
};

uint64_t align_up(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

// ---- equality (Go: runtime/alg.go) ----------------------------------------------

bool equal_memory(const Type* t, const void* p, const void* q, const Type**) {
  return t->size == 0 || std::memcmp(p, q, t->size) == 0;
}

template <class F>
F load(const void* p) {
  F v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// IEEE comparison: NaN != NaN, +0 == -0 (Go: f32equal, f64equal, c64equal, c128equal).
bool equal_float32(const Type*, const void* p, const void* q, const Type**) {
  return load<float>(p) == load<float>(q);
}
bool equal_float64(const Type*, const void* p, const void* q, const Type**) {
  return load<double>(p) == load<double>(q);
}
bool equal_complex64(const Type*, const void* p, const void* q, const Type**) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  return load<float>(a) == load<float>(b) && load<float>(a + 4) == load<float>(b + 4);
}
bool equal_complex128(const Type*, const void* p, const void* q, const Type**) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  return load<double>(a) == load<double>(b) && load<double>(a + 8) == load<double>(b + 8);
}

// A string is {data Word, len int64}: equal lengths and bytes.
bool equal_string(const Type*, const void* p, const void* q, const Type**) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  int64_t alen = load<int64_t>(a + 8), blen = load<int64_t>(b + 8);
  if (alen != blen) return false;
  Word ad = load<Word>(a), bd = load<Word>(b);
  if (ad == bd || alen == 0) return true;
  return std::memcmp(ptr_from_word(ad), ptr_from_word(bd), static_cast<size_t>(alen)) == 0;
}

// Both words of an interface are equal only if the dynamic types match; then the
// dynamic type's equality decides (Go: efaceeq / ifaceeq).
bool equal_dynamic(const Type* dyn, Word x, Word y, const Type** uncomparable) {
  if (dyn == nullptr) return true;  // both nil
  if (dyn->equal == nullptr) {
    if (uncomparable) *uncomparable = dyn;
    return false;
  }
  if (dyn->direct_iface) return x == y;  // the data word is the value itself
  return dyn->equal(dyn, ptr_from_word(x), ptr_from_word(y), uncomparable);
}

bool equal_eface(const Type*, const void* p, const void* q, const Type** uncomparable) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  Word at = load<Word>(a), bt = load<Word>(b);
  if (at != bt) return false;
  return equal_dynamic(static_cast<const Type*>(ptr_from_word(at)), load<Word>(a + 8), load<Word>(b + 8),
                       uncomparable);
}

bool equal_iface(const Type*, const void* p, const void* q, const Type** uncomparable) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  Word atab = load<Word>(a), btab = load<Word>(b);
  if (atab != btab) return false;
  const Type* dyn = nullptr;
  if (atab != 0) dyn = static_cast<const Type*>(ptr_from_word(static_cast<const ItabHeader*>(ptr_from_word(atab))->type));
  return equal_dynamic(dyn, load<Word>(a + 8), load<Word>(b + 8), uncomparable);
}

bool equal_array(const Type* t, const void* p, const void* q, const Type** uncomparable) {
  const ArrayType* at = t->array_type();
  const Type* e = at->elem;
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  for (uint64_t i = 0; i < at->len; i++) {
    if (!e->equal(e, a + i * e->size, b + i * e->size, uncomparable)) return false;
  }
  return true;
}

// Blank fields take no part in struct comparison (Go spec, "Comparison operators").
bool equal_struct(const Type* t, const void* p, const void* q, const Type** uncomparable) {
  auto* a = static_cast<const char*>(p);
  auto* b = static_cast<const char*>(q);
  for (const StructField& f : t->struct_type()->fields) {
    if (f.name == "_") continue;
    if (!f.typ->equal(f.typ, a + f.offset, b + f.offset, uncomparable)) return false;
  }
  return true;
}

// ---- pointer bitmaps --------------------------------------------------------------

void set_bit(std::vector<uint8_t>& bits, uint64_t word) { bits[word / 8] |= uint8_t(1u << (word % 8)); }

// Marks the pointer words of a value of type t placed at byte offset off.
void mark_pointers(const Type* t, uint64_t off, std::vector<uint8_t>& bits) {
  if (t->ptrdata == 0) return;
  uint64_t words = t->ptrdata / kPtrSize;
  for (uint64_t w = 0; w < words; w++) {
    if (t->word_is_pointer(w)) set_bit(bits, off / kPtrSize + w);
  }
}

void init_bitmap(Type* t) { t->gcdata.assign((t->ptrdata / kPtrSize + 7) / 8, 0); }

bool is_exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

// Go's method order (types.Sym.Less): exported names first, then by name.
template <class M>
void sort_methods(std::vector<M>& ms) {
  std::stable_sort(ms.begin(), ms.end(), [](const M& a, const M& b) {
    bool ea = is_exported(a.name), eb = is_exported(b.name);
    if (ea != eb) return ea;
    return a.name < b.name;
  });
}

std::string hex(const void* p) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

// Go's strconv.Quote for the common case of a struct tag (ASCII printable text).
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

// "(int, string) (bool, error)" — a func type's string after the word "func".
std::string signature_string(const FuncType& f) {
  std::string s = "(";
  for (size_t i = 0; i < f.in.size(); i++) {
    if (i) s += ", ";
    if (f.variadic && i + 1 == f.in.size() && f.in[i]->slice_type()) {
      s += "..." + f.in[i]->slice_type()->elem->str;
    } else {
      s += f.in[i]->str;
    }
  }
  s += ")";
  if (f.out.size() == 1) {
    s += " " + f.out[0]->str;
  } else if (f.out.size() > 1) {
    s += " (";
    for (size_t i = 0; i < f.out.size(); i++) {
      if (i) s += ", ";
      s += f.out[i]->str;
    }
    s += ")";
  }
  return s;
}

bool incomplete(const Type* t) { return t == nullptr || t->kind == Kind::Invalid; }

// A one-word pointer-shaped value (pointer, map, chan, func, unsafe.Pointer).
void make_pointer_word(Type* t, Kind k) {
  t->kind = k;
  t->size = kPtrSize;
  t->align = t->field_align = kPtrSize;
  t->ptrdata = kPtrSize;
  init_bitmap(t);
  set_bit(t->gcdata, 0);
  t->direct_iface = true;
}

void finish(Type* t) { t->hash = type_hash(t->str); }

}  // namespace

const char* kind_name(Kind k) {
  int i = static_cast<int>(k);
  return (i >= 0 && i < kNumKinds) ? kKindNames[i] : kKindNames[0];
}

uint32_t type_hash(const std::string& str) {
  uint32_t h = 2166136261u;  // FNV-1a offset basis
  for (unsigned char c : str) {
    h ^= c;
    h *= 16777619u;  // FNV prime
  }
  return h;
}

const Type* Type::elem() const {
  if (auto* a = array_type()) return a->elem;
  if (auto* c = chan_type()) return c->elem;
  if (auto* m = map_type()) return m->elem;
  if (auto* p = ptr_type()) return p->elem;
  if (auto* s = slice_type()) return s->elem;
  return nullptr;
}

// ---- Universe ------------------------------------------------------------------------

Universe::Universe() {
  std::unique_lock<std::mutex> lock(mu_);
  struct Basic {
    Kind kind;
    uint8_t size, align;
  };
  const Basic basics[] = {
      {Kind::Bool, 1, 1},     {Kind::Int, 8, 8},       {Kind::Int8, 1, 1},       {Kind::Int16, 2, 2},
      {Kind::Int32, 4, 4},    {Kind::Int64, 8, 8},     {Kind::Uint, 8, 8},       {Kind::Uint8, 1, 1},
      {Kind::Uint16, 2, 2},   {Kind::Uint32, 4, 4},    {Kind::Uint64, 8, 8},     {Kind::Uintptr, 8, 8},
      {Kind::Float32, 4, 4},  {Kind::Float64, 8, 8},   {Kind::Complex64, 8, 4},  {Kind::Complex128, 16, 8},
      {Kind::String, 16, 8},  {Kind::UnsafePointer, 8, 8},
  };
  for (const Basic& b : basics) {
    auto t = std::make_unique<Type>();
    if (b.kind == Kind::UnsafePointer) {
      make_pointer_word(t.get(), Kind::UnsafePointer);
    } else {
      t->kind = b.kind;
      t->size = b.size;
      t->align = t->field_align = b.align;
    }
    switch (b.kind) {
      case Kind::Float32: t->equal = equal_float32; break;
      case Kind::Float64: t->equal = equal_float64; break;
      case Kind::Complex64: t->equal = equal_complex64; break;
      case Kind::Complex128: t->equal = equal_complex128; break;
      case Kind::String:
        t->equal = equal_string;
        t->ptrdata = kPtrSize;  // the data pointer
        init_bitmap(t.get());
        set_bit(t->gcdata, 0);
        break;
      default:
        t->equal = equal_memory;
        t->tflag |= kTFlagRegularMemory;
    }
    t->tflag |= kTFlagNamed;
    t->str = t->name = kind_name(b.kind);
    finish(t.get());
    basics_[static_cast<int>(b.kind)] = adopt_locked(std::move(t));
  }
  lock.unlock();
  any_ = interface_of({});
  const Type* error_method = func_of({}, {basic(Kind::String)}, false);
  error_ = named("", "error", interface_of({IMethod{"Error", error_method}}));
}

Universe::~Universe() = default;

size_t Universe::count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return all_.size();
}

Type* Universe::adopt_locked(std::unique_ptr<Type> t) {
  t->universe = this;
  all_.push_back(std::move(t));
  return all_.back().get();
}

const Type* Universe::find_locked(const std::string& key) const {
  auto it = canon_.find(key);
  return it == canon_.end() ? nullptr : it->second;
}

const Type* Universe::publish_locked(const std::string& key, std::unique_ptr<Type> t) {
  finish(t.get());
  const Type* p = adopt_locked(std::move(t));
  canon_.emplace(key, p);
  return p;
}

const Type* Universe::ptr_to(const Type* elem) {
  if (elem == nullptr) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "P" + hex(elem);
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  make_pointer_word(t.get(), Kind::Pointer);
  t->equal = equal_memory;
  t->tflag |= kTFlagRegularMemory;
  t->str = "*" + elem->str;
  t->ext = PtrType{elem};
  return publish_locked(key, std::move(t));
}

const Type* Universe::slice_of(const Type* elem) {
  if (elem == nullptr) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  return slice_of_locked(elem);
}

const Type* Universe::slice_of_locked(const Type* elem) {
  std::string key = "S" + hex(elem);
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  t->kind = Kind::Slice;
  t->size = 3 * kPtrSize;
  t->align = t->field_align = kPtrSize;
  t->ptrdata = kPtrSize;  // the array pointer
  init_bitmap(t.get());
  set_bit(t->gcdata, 0);
  t->str = "[]" + elem->str;
  t->ext = SliceType{elem};
  return publish_locked(key, std::move(t));
}

const Type* Universe::array_of(const Type* elem, uint64_t len) {
  if (incomplete(elem)) return nullptr;
  if (elem->size != 0 && len > kMaxTypeSize / elem->size) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "A" + std::to_string(len) + ":" + hex(elem);
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  t->kind = Kind::Array;
  t->size = elem->size * len;
  t->align = elem->align;
  t->field_align = elem->field_align;
  if (len > 0 && elem->ptrdata > 0) {
    t->ptrdata = (len - 1) * elem->size + elem->ptrdata;
    init_bitmap(t.get());
    for (uint64_t i = 0; i < len; i++) mark_pointers(elem, i * elem->size, t->gcdata);
  }
  if (elem->equal) {
    bool regular = (elem->tflag & kTFlagRegularMemory) != 0;
    t->equal = regular ? equal_memory : equal_array;
    if (regular) t->tflag |= kTFlagRegularMemory;
  }
  t->direct_iface = len == 1 && elem->direct_iface;
  t->str = "[" + std::to_string(len) + "]" + elem->str;
  t->ext = ArrayType{elem, slice_of_locked(elem), len};
  return publish_locked(key, std::move(t));
}

const Type* Universe::map_of(const Type* key_type, const Type* elem) {
  if (key_type == nullptr || elem == nullptr) return nullptr;
  // An incomplete named key is allowed (type T struct{ m map[T]int }): the type
  // checker has verified comparability.
  if (!incomplete(key_type) && !key_type->comparable()) return nullptr;
  const Type* result = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    std::string key = "M" + hex(key_type) + "," + hex(elem);
    if (const Type* t = find_locked(key)) return t;
    auto t = std::make_unique<Type>();
    make_pointer_word(t.get(), Kind::Map);  // a map value is a pointer to the runtime's hmap
    t->str = "map[" + key_type->str + "]" + elem->str;
    auto cell = std::make_shared<MapLayoutCell>();
    cell->universe = this;
    t->ext = MapType{key_type, elem, std::move(cell)};
    result = publish_locked(key, std::move(t));
  }
  // The bucket layout builds more types, so it is made outside the lock (a no-op
  // that stays pending while key or elem is incomplete).
  result->map_type()->layout();
  return result;
}

// ---- map bucket layout (Go: cmd/compile/internal/reflectdata's MapBucketType and
// the map flags) ---------------------------------------------------------------------

namespace {

// k == k for every value of t (Go: types.IsReflexive).
bool key_reflexive(const Type* t) {
  switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128:
    case Kind::Interface:
      return false;
    case Kind::Array: return key_reflexive(t->array_type()->elem);
    case Kind::Struct:
      for (const StructField& f : t->struct_type()->fields)
        if (!key_reflexive(f.typ)) return false;
      return true;
    default: return true;
  }
}

// Equal keys may differ in bits, so an overwrite stores the new key (Go: needkeyupdate).
bool key_needs_update(const Type* t) {
  switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128:
    case Kind::Interface: case Kind::String:
      return true;
    case Kind::Array: return key_needs_update(t->array_type()->elem);
    case Kind::Struct:
      for (const StructField& f : t->struct_type()->fields)
        if (key_needs_update(f.typ)) return true;
      return false;
    default: return false;
  }
}

// Hashing may find an unhashable dynamic type (Go: hashMightPanic).
bool key_hash_might_panic(const Type* t) {
  switch (t->kind) {
    case Kind::Interface: return true;
    case Kind::Array: return key_hash_might_panic(t->array_type()->elem);
    case Kind::Struct:
      for (const StructField& f : t->struct_type()->fields)
        if (key_hash_might_panic(f.typ)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

const MapLayout* MapType::layout() const {
  if (!cell) return nullptr;
  if (const MapLayout* l = cell->ready.load(std::memory_order_acquire)) return l;
  std::lock_guard<std::mutex> lock(cell->mu);
  if (const MapLayout* l = cell->ready.load(std::memory_order_relaxed)) return l;
  if (incomplete(key) || incomplete(elem)) return nullptr;
  Universe& u = *cell->universe;
  MapLayout& l = cell->layout;
  const bool indirect_key = key->size > kMapMaxKeyBytes;
  const bool indirect_elem = elem->size > kMapMaxElemBytes;
  const Type* key_slot = indirect_key ? u.ptr_to(key) : key;
  const Type* elem_slot = indirect_elem ? u.ptr_to(elem) : elem;
  const bool pointerful = key_slot->pointers() || elem_slot->pointers();
  const Type* bucket = u.struct_of(
      {
          FieldSpec{"topbits", u.array_of(u.basic(Kind::Uint8), kMapBucketCount)},
          FieldSpec{"keys", u.array_of(key_slot, kMapBucketCount)},
          FieldSpec{"elems", u.array_of(elem_slot, kMapBucketCount)},
          FieldSpec{"overflow", u.basic(pointerful ? Kind::UnsafePointer : Kind::Uintptr)},
      },
      "runtime");
  if (bucket == nullptr) return nullptr;
  const StructType* st = bucket->struct_type();
  l.bucket = bucket;
  l.keysize = static_cast<uint8_t>(key_slot->size);
  l.valuesize = static_cast<uint8_t>(elem_slot->size);
  l.bucketsize = static_cast<uint16_t>(bucket->size);
  l.keys_offset = st->fields[1].offset;
  l.elems_offset = st->fields[2].offset;
  l.overflow_offset = st->fields[3].offset;
  uint32_t flags = 0;
  if (indirect_key) flags |= kMapIndirectKey;
  if (indirect_elem) flags |= kMapIndirectElem;
  if (key_reflexive(key)) flags |= kMapReflexiveKey;
  if (key_needs_update(key)) flags |= kMapNeedKeyUpdate;
  if (key_hash_might_panic(key)) flags |= kMapHashMightPanic;
  l.flags = flags;
  cell->ready.store(&l, std::memory_order_release);
  return &l;
}

const Type* Universe::chan_of(const Type* elem, ChanDir dir) {
  if (elem == nullptr) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "C" + std::to_string(static_cast<int>(dir)) + hex(elem);
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  make_pointer_word(t.get(), Kind::Chan);  // a pointer to the runtime's hchan
  t->equal = equal_memory;
  t->tflag |= kTFlagRegularMemory;
  switch (dir) {
    case ChanDir::Recv: t->str = "<-chan " + elem->str; break;
    case ChanDir::Send: t->str = "chan<- " + elem->str; break;
    case ChanDir::Both: {
      // "chan <-chan int" would parse as "chan<- chan int": Go adds parentheses.
      const ChanType* inner = elem->named() ? nullptr : elem->chan_type();
      bool paren = inner && inner->dir == ChanDir::Recv;
      t->str = paren ? "chan (" + elem->str + ")" : "chan " + elem->str;
      break;
    }
  }
  t->ext = ChanType{elem, dir};
  return publish_locked(key, std::move(t));
}

const Type* Universe::func_of(const std::vector<const Type*>& in, const std::vector<const Type*>& out,
                              bool variadic) {
  for (const Type* p : in)
    if (p == nullptr) return nullptr;
  for (const Type* p : out)
    if (p == nullptr) return nullptr;
  if (variadic && (in.empty() || in.back()->kind != Kind::Slice)) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "F";
  for (const Type* p : in) key += hex(p) + ",";
  key += ";";
  for (const Type* p : out) key += hex(p) + ",";
  key += variadic ? "v" : "";
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  make_pointer_word(t.get(), Kind::Func);  // a pointer to the closure
  FuncType ft{in, out, variadic};
  t->str = "func" + signature_string(ft);
  t->ext = std::move(ft);
  return publish_locked(key, std::move(t));
}

const Type* Universe::struct_of(const std::vector<FieldSpec>& fields, const std::string& pkg_path) {
  for (const FieldSpec& f : fields)
    if (incomplete(f.typ)) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "T" + pkg_path + "{";
  for (const FieldSpec& f : fields) {
    key += std::to_string(f.name.size()) + ":" + f.name + hex(f.typ) + (f.embedded ? "e" : "") +
           std::to_string(f.tag.size()) + ":" + f.tag + ";";
  }
  key += "}";
  if (const Type* t = find_locked(key)) return t;

  auto t = std::make_unique<Type>();
  t->kind = Kind::Struct;
  StructType st;
  st.pkg_path = pkg_path;
  uint64_t off = 0;
  uint8_t align = 1;
  for (const FieldSpec& f : fields) {
    off = align_up(off, f.typ->field_align);
    st.fields.push_back(StructField{f.name, f.typ, off, f.embedded, f.tag});
    if (f.typ->align > align) align = f.typ->align;
    if (f.typ->ptrdata) t->ptrdata = off + f.typ->ptrdata;
    if (f.typ->size > kMaxTypeSize - off) return nullptr;
    off += f.typ->size;
  }
  // A non-empty struct ending in a zero-size field gets a byte of padding, so the
  // address of that field can't point at the next object (Go issue 9401).
  if (off > 0 && !fields.empty() && fields.back().typ->size == 0) off++;
  t->size = align_up(off, align);
  t->align = t->field_align = align;
  if (t->ptrdata) {
    init_bitmap(t.get());
    for (const StructField& f : st.fields) mark_pointers(f.typ, f.offset, t->gcdata);
  }
  // Comparable if every field is; plain memory if, in addition, no field is blank,
  // none is followed by padding and all are plain memory (Go: IsRegularMemory).
  bool comparable = true, regular = true;
  for (size_t i = 0; i < st.fields.size(); i++) {
    const StructField& f = st.fields[i];
    if (!f.typ->equal) comparable = false;
    uint64_t end = i + 1 < st.fields.size() ? st.fields[i + 1].offset : t->size;
    if (f.name == "_" || !(f.typ->tflag & kTFlagRegularMemory) || f.offset + f.typ->size != end) regular = false;
  }
  if (comparable) {
    t->equal = regular ? equal_memory : equal_struct;
    if (regular) t->tflag |= kTFlagRegularMemory;
  }
  t->direct_iface = st.fields.size() == 1 && st.fields[0].typ->direct_iface;

  std::string s = "struct {";
  for (size_t i = 0; i < st.fields.size(); i++) {
    const StructField& f = st.fields[i];
    s += i ? "; " : " ";
    if (!f.embedded) s += f.name + " ";
    s += f.typ->str;
    if (!f.tag.empty()) s += " " + quote(f.tag);
  }
  s += st.fields.empty() ? "}" : " }";
  t->str = s;
  t->ext = std::move(st);
  return publish_locked(key, std::move(t));
}

const Type* Universe::interface_of(const std::vector<IMethod>& methods, const std::string& pkg_path) {
  for (const IMethod& m : methods)
    if (m.typ == nullptr || m.typ->kind != Kind::Func) return nullptr;
  std::vector<IMethod> sorted = methods;
  sort_methods(sorted);
  std::string canon_pkg = pkg_path;
  bool any_unexported = false;
  for (const IMethod& m : sorted) any_unexported |= !is_exported(m.name);
  if (!any_unexported) canon_pkg.clear();  // exported method names don't depend on the package
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = "I" + canon_pkg + "{";
  for (const IMethod& m : sorted) key += m.name + ":" + hex(m.typ) + ";";
  key += "}";
  if (const Type* t = find_locked(key)) return t;
  auto t = std::make_unique<Type>();
  t->kind = Kind::Interface;
  t->size = 2 * kPtrSize;
  t->align = t->field_align = kPtrSize;
  t->ptrdata = 2 * kPtrSize;  // both the type/itab word and the data word
  init_bitmap(t.get());
  set_bit(t->gcdata, 0);
  set_bit(t->gcdata, 1);
  t->equal = sorted.empty() ? equal_eface : equal_iface;
  std::string s = "interface {";
  for (size_t i = 0; i < sorted.size(); i++) {
    s += i ? "; " : " ";
    s += sorted[i].name + signature_string(*sorted[i].typ->func_type());
  }
  s += sorted.empty() ? "}" : " }";
  t->str = s;
  t->ext = InterfaceType{canon_pkg, std::move(sorted)};
  return publish_locked(key, std::move(t));
}

Type* Universe::declare_named(const std::string& pkg_path, const std::string& name) {
  auto t = std::make_unique<Type>();
  t->tflag |= kTFlagNamed;
  t->name = name;
  t->pkg_path = pkg_path;
  t->str = pkg_path.empty() ? name : pkg_path + "." + name;
  finish(t.get());
  std::lock_guard<std::mutex> lock(mu_);
  return adopt_locked(std::move(t));
}

bool Universe::set_underlying(Type* named, const Type* u) {
  if (named == nullptr || incomplete(u) || named->kind != Kind::Invalid) return false;
  std::lock_guard<std::mutex> lock(mu_);
  named->size = u->size;
  named->ptrdata = u->ptrdata;
  named->align = u->align;
  named->field_align = u->field_align;
  named->kind = u->kind;
  named->direct_iface = u->direct_iface;
  named->equal = u->equal;
  named->gcdata = u->gcdata;
  named->tflag |= u->tflag & kTFlagRegularMemory;
  named->ext = u->ext;
  return true;
}

void Universe::set_methods(Type* named, std::vector<Method> methods) {
  sort_methods(methods);
  auto u = std::make_unique<UncommonType>();
  u->pkg_path = named->pkg_path;
  for (const Method& m : methods) u->xcount += is_exported(m.name) ? 1 : 0;
  u->methods = std::move(methods);
  std::lock_guard<std::mutex> lock(mu_);
  named->uncommon = std::move(u);
  named->tflag |= kTFlagUncommon;
}

Type* Universe::named(const std::string& pkg_path, const std::string& name, const Type* underlying) {
  if (incomplete(underlying)) return nullptr;
  Type* t = declare_named(pkg_path, name);
  set_underlying(t, underlying);
  return t;
}

}  // namespace gs::types
