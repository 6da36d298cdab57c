// reflect.cpp — the natives of package reflect (lib/go/reflect.go declares them): they
// read our type descriptors (types::Type is what a *rtype points to) and read, copy and
// allocate Go values for reflect.Value.
//
// Invariants:
//  * Each native reads and writes its frame exactly as native.h's ABI lays out the
//    prelude's declaration quoted above it.
//  * Every object made here comes from mallocgc with its real type (newobject /
//    newarray); every store that may write a Go pointer into Go memory is a
//    typedmemmove or write_pointer (the write barrier).
//  * Types built at run time (*T for New/Addr, method types) come from the Universe
//    that owns the descriptor they derive from, so they are canonical and compare
//    equal to the compiler's own.
#include <cmath>
#include <cstring>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "chan/chan.h"
#include "lib/host.h"
#include "lib/native.h"
#include "maps/map.h"
#include "mem/growslice.h"
#include "mem/malloc.h"
#include "mem/mbarrier.h"

namespace gs::lib {

namespace {

using types::Kind;
using types::Type;

const Type* T(Word w) { return static_cast<const Type*>(types::ptr_from_word(w)); }
uint8_t* P(Word w) { return static_cast<uint8_t*>(types::ptr_from_word(w)); }
Word W(const void* p) { return types::word_from_ptr(p); }

template <typename V>
V load(const void* p) {
  V v;
  std::memcpy(&v, p, sizeof(V));
  return v;
}

bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

// A fresh zeroed object of type t (a zero-size t shares mallocgc's zero base).
void* new_object(const Type* t) { return mem::mallocgc(t->size, t, true); }

// The dynamic type and value address of the interface value of type t at p
// (eface or iface). Pointer-shaped values are copied into a fresh box of their type,
// so the address is always the value's storage.
std::pair<const Type*, void*> unpack_interface(const Type* t, const void* p) {
  Word first = load<Word>(p);
  Word data = load<Word>(static_cast<const uint8_t*>(p) + 8);
  if (!first) return {nullptr, nullptr};
  const Type* dyn;
  const types::InterfaceType* it = t ? t->interface_type() : nullptr;
  if (it && !it->methods.empty()) {
    auto* tab = static_cast<const types::ItabHeader*>(types::ptr_from_word(first));
    dyn = T(tab->type);
  } else {
    dyn = T(first);
  }
  if (dyn->direct_iface) {
    void* box = new_object(dyn);
    mem::typedmemmove(dyn, box, &data);
    return {dyn, box};
  }
  return {dyn, types::ptr_from_word(data)};
}

// The method set NumMethod/Method describe: for an interface type all its methods;
// otherwise the exported methods in t's method set (T: value receivers only; *T:
// all of T's). Our descriptors keep one table per named type, so whether a method of
// T has a pointer receiver is asked of the VM's itab builder.
struct MethodInfo {
  std::string name;
  const Type* mtyp;  // without the receiver
};

std::vector<MethodInfo> method_set(const Type* t) {
  std::vector<MethodInfo> out;
  if (const types::InterfaceType* it = t->interface_type()) {
    for (const types::IMethod& m : it->methods) out.push_back({m.name, m.typ});
    return out;
  }
  const types::UncommonType* table = t->uncommon.get();
  bool via_pointer = false;
  if (!table) {
    if (const types::PtrType* pt = t->ptr_type(); pt && pt->elem && pt->elem->named() && pt->elem->uncommon) {
      table = pt->elem->uncommon.get();
      via_pointer = true;
    }
  }
  if (!table) return out;
  Host* host = current_host();
  for (const types::Method& m : table->methods) {
    if (!exported(m.name) || !m.mtyp) continue;
    if (!via_pointer && host && t->universe) {
      // Is m in T's own method set (a value receiver)? Ask for the itab of a
      // one-method interface.
      const Type* iface = t->universe->interface_of({types::IMethod{m.name, m.mtyp}}, t->pkg_path);
      if (iface && !host->itab(iface, t)) continue;
    }
    out.push_back({m.name, m.mtyp});
  }
  return out;
}

bool implements(const Type* t, const Type* iface) {
  const types::InterfaceType* it = iface->interface_type();
  if (!it) return false;
  if (it->methods.empty()) return true;
  if (const types::InterfaceType* tt = t->interface_type()) {
    for (const types::IMethod& want : it->methods) {
      bool found = false;
      for (const types::IMethod& have : tt->methods) found |= have.name == want.name && have.typ == want.typ;
      if (!found) return false;
    }
    return true;
  }
  Host* host = current_host();
  return host && host->itab(iface, t) != nullptr;
}

// Whether a and b have identical underlying types (our unnamed types are canonical,
// but a named type keeps a copy of its underlying type's extension).
bool identical_underlying(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case Kind::Array: return a->array_type()->elem == b->array_type()->elem && a->array_type()->len == b->array_type()->len;
    case Kind::Slice: return a->slice_type()->elem == b->slice_type()->elem;
    case Kind::Pointer: return a->ptr_type()->elem == b->ptr_type()->elem;
    case Kind::Map: return a->map_type()->key == b->map_type()->key && a->map_type()->elem == b->map_type()->elem;
    case Kind::Chan: return a->chan_type()->elem == b->chan_type()->elem && a->chan_type()->dir == b->chan_type()->dir;
    case Kind::Func: {
      auto *fa = a->func_type(), *fb = b->func_type();
      return fa->in == fb->in && fa->out == fb->out && fa->variadic == fb->variadic;
    }
    case Kind::Struct: {
      auto *sa = a->struct_type(), *sb = b->struct_type();
      if (sa->fields.size() != sb->fields.size()) return false;
      for (size_t i = 0; i < sa->fields.size(); i++) {
        auto &fa = sa->fields[i], &fb = sb->fields[i];
        if (fa.name != fb.name || fa.typ != fb.typ || fa.embedded != fb.embedded || fa.tag != fb.tag) return false;
        if (!exported(fa.name) && sa->pkg_path != sb->pkg_path) return false;
      }
      return true;
    }
    case Kind::Interface: {
      auto *ia = a->interface_type(), *ib = b->interface_type();
      if (ia->methods.size() != ib->methods.size()) return false;
      for (size_t i = 0; i < ia->methods.size(); i++)
        if (ia->methods[i].name != ib->methods[i].name || ia->methods[i].typ != ib->methods[i].typ) return false;
      return true;
    }
    default:
      // Basic kinds: identical when both are the same predeclared type, or one of
      // them is a named type defined over it (only unnamed vs named reaches here).
      return !(a->named() && b->named());
  }
}

// Go's reflect.directlyAssignable + implements (value of type v to type t).
bool assignable(const Type* v, const Type* t) {
  if (v == t) return true;
  if (t->kind == Kind::Interface) return implements(v, t);
  if (v->named() && t->named()) return false;
  if (t->kind == Kind::Chan && v->kind == Kind::Chan && v->chan_type()->dir == types::ChanDir::Both &&
      v->chan_type()->elem == t->chan_type()->elem)
    return true;
  // Basic types are always named, so two of them never get here equal.
  if (t->kind != v->kind || (t->kind <= Kind::Complex128 || t->kind == Kind::String || t->kind == Kind::UnsafePointer))
    return false;
  return identical_underlying(v, t);
}

bool is_int(Kind k) { return k >= Kind::Int && k <= Kind::Uintptr; }
bool is_float(Kind k) { return k == Kind::Float32 || k == Kind::Float64; }
bool is_complex(Kind k) { return k == Kind::Complex64 || k == Kind::Complex128; }

bool convertible(const Type* v, const Type* t) {
  if (assignable(v, t)) return true;
  Kind vk = v->kind, tk = t->kind;
  if ((is_int(vk) || is_float(vk)) && (is_int(tk) || is_float(tk))) return true;
  if (is_complex(vk) && is_complex(tk)) return true;
  if (vk == tk && vk != Kind::Pointer) {
    if (vk <= Kind::Complex128 || vk == Kind::String || vk == Kind::UnsafePointer) return true;
    if (identical_underlying(v, t)) return true;
  }
  auto byte_or_rune_slice = [](const Type* s) {
    if (s->kind != Kind::Slice) return false;
    Kind e = s->slice_type()->elem->kind;
    return e == Kind::Uint8 || e == Kind::Int32;
  };
  if ((is_int(vk) || byte_or_rune_slice(v)) && tk == Kind::String) return true;
  if (vk == Kind::String && byte_or_rune_slice(t)) return true;
  if (vk == Kind::Pointer && tk == Kind::Pointer && !v->named() && !t->named())
    return identical_underlying(v->ptr_type()->elem, t->ptr_type()->elem) ||
           (v->ptr_type()->elem->kind == t->ptr_type()->elem->kind &&
            identical_underlying(t->ptr_type()->elem, v->ptr_type()->elem));
  if (vk == Kind::Slice && tk == Kind::Array) return v->slice_type()->elem == t->array_type()->elem;
  if (vk == Kind::Slice && tk == Kind::Pointer && t->ptr_type()->elem->kind == Kind::Array)
    return v->slice_type()->elem == t->ptr_type()->elem->array_type()->elem;
  return false;
}

// Stores the value of type src at sp into the variable of type dst at p, converting to
// an interface when dst is one. False when src is not assignable to dst.
bool assign_to(const Type* dst, void* p, const Type* src, const void* sp) {
  if (!assignable(src, dst)) return false;
  if (dst->kind == Kind::Interface && src->kind != Kind::Interface) {
    Word data;
    if (src->direct_iface) {
      data = load<Word>(sp);
    } else {
      void* c = new_object(src);
      mem::typedmemmove(src, c, sp);
      data = W(c);
    }
    Word first = W(src);
    if (!dst->interface_type()->methods.empty()) {
      Host* host = current_host();
      const void* tab = host ? host->itab(dst, src) : nullptr;
      if (!tab) return false;
      first = W(tab);
    }
    Word words[2] = {first, data};
    mem::typedmemmove(dst, p, words);
    return true;
  }
  if (dst->kind == Kind::Interface && src != dst) {
    // interface to interface: re-derive the first word for dst
    auto [dyn, vp] = unpack_interface(src, sp);
    if (!dyn) {
      Word words[2] = {0, 0};
      mem::typedmemmove(dst, p, words);
      return true;
    }
    return assign_to(dst, p, dyn, vp);
  }
  mem::typedmemmove(dst, p, sp);
  return true;
}

bool all_zero(const void* p, uint64_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  for (uint64_t i = 0; i < n; i++)
    if (b[i]) return false;
  return true;
}

// Go's Value.IsZero: every kind by its zero value; floats by their bits (so -0.0 is
// not zero); arrays and structs element by element.
bool is_zero(const Type* t, const void* p) {
  switch (t->kind) {
    case Kind::Array: {
      const types::ArrayType* at = t->array_type();
      for (uint64_t i = 0; i < at->len; i++)
        if (!is_zero(at->elem, static_cast<const uint8_t*>(p) + i * at->elem->size)) return false;
      return true;
    }
    case Kind::Struct:
      for (const types::StructField& f : t->struct_type()->fields) {
        if (f.name == "_") continue;
        if (!is_zero(f.typ, static_cast<const uint8_t*>(p) + f.offset)) return false;
      }
      return true;
    case Kind::String: return load<int64_t>(static_cast<const uint8_t*>(p) + 8) == 0;
    case Kind::Slice: return load<Word>(p) == 0;
    case Kind::Interface: return load<Word>(p) == 0;
    default: return all_zero(p, t->size);
  }
}

// ---- DeepEqual ----

struct Visit {
  const void* a;
  const void* b;
  const Type* t;
  bool operator<(const Visit& o) const { return std::tie(a, b, t) < std::tie(o.a, o.b, o.t); }
};

bool deep_equal(const Type* t, const void* a, const void* b, std::set<Visit>& visited);

bool deep_equal_interfaces(const Type* t, const void* a, const void* b, std::set<Visit>& visited) {
  Word fa = load<Word>(a), fb = load<Word>(b);
  if (!fa || !fb) return fa == fb;
  auto [ta, pa] = unpack_interface(t, a);
  auto [tb, pb] = unpack_interface(t, b);
  if (ta != tb) return false;
  return deep_equal(ta, pa, pb, visited);
}

bool deep_equal(const Type* t, const void* a, const void* b, std::set<Visit>& visited) {
  auto* pa = static_cast<const uint8_t*>(a);
  auto* pb = static_cast<const uint8_t*>(b);
  // Cycles can only pass through maps, slices, pointers and interfaces.
  switch (t->kind) {
    case Kind::Map:
    case Kind::Slice:
    case Kind::Pointer:
    case Kind::Interface: {
      const void* wa = types::ptr_from_word(load<Word>(a));
      const void* wb = types::ptr_from_word(load<Word>(b));
      if (t->kind != Kind::Interface && wa && wb) {
        if (W(wa) > W(wb)) std::swap(wa, wb);
        Visit v{wa, wb, t};
        if (visited.count(v)) return true;
        visited.insert(v);
      }
      break;
    }
    default: break;
  }
  switch (t->kind) {
    case Kind::Array: {
      const types::ArrayType* at = t->array_type();
      for (uint64_t i = 0; i < at->len; i++)
        if (!deep_equal(at->elem, pa + i * at->elem->size, pb + i * at->elem->size, visited)) return false;
      return true;
    }
    case Kind::Slice: {
      GoSlice sa = load<GoSlice>(a), sb = load<GoSlice>(b);
      if ((sa.ptr == 0) != (sb.ptr == 0)) return false;
      if (sa.len != sb.len) return false;
      if (sa.ptr == sb.ptr) return true;
      const Type* e = t->slice_type()->elem;
      for (int64_t i = 0; i < sa.len; i++)
        if (!deep_equal(e, P(sa.ptr) + i * e->size, P(sb.ptr) + i * e->size, visited)) return false;
      return true;
    }
    case Kind::Interface: return deep_equal_interfaces(t, a, b, visited);
    case Kind::Pointer: {
      Word wa = load<Word>(a), wb = load<Word>(b);
      if (wa == wb) return true;
      if (!wa || !wb) return false;
      return deep_equal(t->ptr_type()->elem, P(wa), P(wb), visited);
    }
    case Kind::Struct:
      for (const types::StructField& f : t->struct_type()->fields)
        if (!deep_equal(f.typ, pa + f.offset, pb + f.offset, visited)) return false;
      return true;
    case Kind::Map: {
      Word wa = load<Word>(a), wb = load<Word>(b);
      maps::Hmap* ha = maps::hmap_from_word(wa);
      maps::Hmap* hb = maps::hmap_from_word(wb);
      if ((ha == nullptr) != (hb == nullptr)) return false;
      if (maps::maplen(ha) != maps::maplen(hb)) return false;
      if (ha == hb) return true;
      const types::MapType* mt = t->map_type();
      maps::HIter it;
      maps::mapiterinit(t, ha, &it);
      while (it.key) {
        const void* ka = types::ptr_from_word(it.key);
        const void* ea = types::ptr_from_word(it.elem);
        bool ok = false;
        void* eb = maps::mapaccess2(t, hb, ka, &ok);
        if (!ok || !eb) return false;
        if (!deep_equal(mt->elem, ea, eb, visited)) return false;
        maps::mapiternext(&it);
      }
      return true;
    }
    case Kind::Func: return load<Word>(a) == 0 && load<Word>(b) == 0;
    case Kind::Float32: return load<float>(a) == load<float>(b);
    case Kind::Float64: return load<double>(a) == load<double>(b);
    case Kind::Complex64: return load<float>(a) == load<float>(b) && load<float>(pa + 4) == load<float>(pb + 4);
    case Kind::Complex128: return load<double>(a) == load<double>(b) && load<double>(pa + 8) == load<double>(pb + 8);
    case Kind::String: {
      GoString sa = load<GoString>(a), sb = load<GoString>(b);
      return sa.view() == sb.view();
    }
    default: return std::memcmp(a, b, t->size) == 0;
  }
}

// A new []*byte (backing array typed [n]*byte) of n pointers.
GoSlice pointer_slice(const Type* any_type, const std::vector<void*>& ptrs) {
  GoSlice s;
  if (ptrs.empty()) return s;
  const Type* pt = any_type->universe->ptr_to(any_type->universe->byte_type());
  void* arr = mem::newarray(pt, static_cast<int64_t>(ptrs.size()));
  for (size_t i = 0; i < ptrs.size(); i++) mem::write_pointer(static_cast<Word*>(arr) + i, W(ptrs[i]));
  s.ptr = W(arr);
  s.len = s.cap = static_cast<int64_t>(ptrs.size());
  return s;
}

// ---- natives: descriptors ----

// func rtKind(t *rtype) int
void rt_kind(uint8_t* f) { put<int64_t>(f, 8, static_cast<int64_t>(T(arg<Word>(f, 0))->kind)); }
// func rtString(t *rtype) string
void rt_string(uint8_t* f) { put(f, 8, make_string(T(arg<Word>(f, 0))->str)); }
// func rtName(t *rtype) string
void rt_name(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  put(f, 8, make_string(t->named() ? t->name : std::string()));
}
// func rtPkgPath(t *rtype) string
void rt_pkg_path(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  put(f, 8, make_string(t->named() ? t->pkg_path : std::string()));
}
// func rtSize(t *rtype) uintptr
void rt_size(uint8_t* f) { put<uint64_t>(f, 8, T(arg<Word>(f, 0))->size); }
// func rtAlign(t *rtype) int
void rt_align(uint8_t* f) { put<int64_t>(f, 8, T(arg<Word>(f, 0))->align); }
// func rtFieldAlign(t *rtype) int
void rt_field_align(uint8_t* f) { put<int64_t>(f, 8, T(arg<Word>(f, 0))->field_align); }
// func rtElem(t *rtype) *rtype
void rt_elem(uint8_t* f) { put<Word>(f, 8, W(T(arg<Word>(f, 0))->elem())); }
// func rtKey(t *rtype) *rtype
void rt_key(uint8_t* f) {
  const types::MapType* mt = T(arg<Word>(f, 0))->map_type();
  put<Word>(f, 8, mt ? W(mt->key) : 0);
}
// func rtLen(t *rtype) int
void rt_len(uint8_t* f) {
  const types::ArrayType* at = T(arg<Word>(f, 0))->array_type();
  put<int64_t>(f, 8, at ? static_cast<int64_t>(at->len) : 0);
}
// func rtChanDir(t *rtype) int
void rt_chan_dir(uint8_t* f) {
  const types::ChanType* ct = T(arg<Word>(f, 0))->chan_type();
  put<int64_t>(f, 8, ct ? static_cast<int64_t>(ct->dir) : 0);
}
// func rtNumField(t *rtype) int
void rt_num_field(uint8_t* f) {
  const types::StructType* st = T(arg<Word>(f, 0))->struct_type();
  put<int64_t>(f, 8, st ? static_cast<int64_t>(st->fields.size()) : 0);
}
// func rtField(t *rtype, i int) (name string, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
void rt_field(uint8_t* f) {
  const types::StructType* st = T(arg<Word>(f, 0))->struct_type();
  int64_t i = arg<int64_t>(f, 8);
  if (!st || i < 0 || static_cast<size_t>(i) >= st->fields.size()) return raise_panic("reflect: Field index out of bounds");
  const types::StructField& fd = st->fields[static_cast<size_t>(i)];
  // An embedded field's name is its type's name (without a package or '*').
  std::string name = fd.name;
  put(f, 16, make_string(name));
  put(f, 32, make_string(exported(name) ? std::string() : st->pkg_path));
  put<Word>(f, 48, W(fd.typ));
  put(f, 56, make_string(fd.tag));
  put<uint64_t>(f, 72, fd.offset);
  put<uint64_t>(f, 80, fd.embedded ? 1 : 0);
}

const types::FuncType* func_of(uint8_t* f) { return T(arg<Word>(f, 0))->func_type(); }
// func rtNumIn(t *rtype) int
void rt_num_in(uint8_t* f) { put<int64_t>(f, 8, func_of(f) ? static_cast<int64_t>(func_of(f)->in.size()) : 0); }
// func rtNumOut(t *rtype) int
void rt_num_out(uint8_t* f) { put<int64_t>(f, 8, func_of(f) ? static_cast<int64_t>(func_of(f)->out.size()) : 0); }
// func rtIsVariadic(t *rtype) bool
void rt_is_variadic(uint8_t* f) { put<uint64_t>(f, 8, func_of(f) && func_of(f)->variadic ? 1 : 0); }

void param(uint8_t* f, bool in) {
  const types::FuncType* ft = func_of(f);
  int64_t i = arg<int64_t>(f, 8);
  const std::vector<const Type*>& v = in ? ft->in : ft->out;
  if (i < 0 || static_cast<size_t>(i) >= v.size())
    return raise_runtime_error("index out of range [" + std::to_string(i) + "] with length " + std::to_string(v.size()));
  put<Word>(f, 16, W(v[static_cast<size_t>(i)]));
}
// func rtIn(t *rtype, i int) *rtype
void rt_in(uint8_t* f) { param(f, true); }
// func rtOut(t *rtype, i int) *rtype
void rt_out(uint8_t* f) { param(f, false); }

// func rtNumMethod(t *rtype) int
void rt_num_method(uint8_t* f) { put<int64_t>(f, 8, static_cast<int64_t>(method_set(T(arg<Word>(f, 0))).size())); }
// func rtMethod(t *rtype, i int) (name string, mtyp *rtype)
void rt_method(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  std::vector<MethodInfo> ms = method_set(t);
  int64_t i = arg<int64_t>(f, 8);
  if (i < 0 || static_cast<size_t>(i) >= ms.size()) return raise_panic("reflect: Method index out of range");
  const MethodInfo& m = ms[static_cast<size_t>(i)];
  put(f, 16, make_string(m.name));
  const Type* mt = m.mtyp;
  if (t->kind != Kind::Interface && t->universe && mt && mt->func_type()) {
    // A concrete type's Method has the receiver as its first parameter.
    const types::FuncType* ft = mt->func_type();
    std::vector<const Type*> in{t};
    in.insert(in.end(), ft->in.begin(), ft->in.end());
    mt = t->universe->func_of(in, ft->out, ft->variadic);
  }
  put<Word>(f, 32, W(mt));
}
// func rtImplements(t, u *rtype) bool
void rt_implements(uint8_t* f) { put<uint64_t>(f, 16, implements(T(arg<Word>(f, 0)), T(arg<Word>(f, 8))) ? 1 : 0); }
// func rtAssignableTo(t, u *rtype) bool
void rt_assignable_to(uint8_t* f) { put<uint64_t>(f, 16, assignable(T(arg<Word>(f, 0)), T(arg<Word>(f, 8))) ? 1 : 0); }
// func rtConvertibleTo(t, u *rtype) bool
void rt_convertible_to(uint8_t* f) { put<uint64_t>(f, 16, convertible(T(arg<Word>(f, 0)), T(arg<Word>(f, 8))) ? 1 : 0); }
// func rtComparable(t *rtype) bool
void rt_comparable(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  put<uint64_t>(f, 8, t->comparable() || t->kind == Kind::Interface ? 1 : 0);
}
// func rtPtrTo(t *rtype) *rtype
void rt_ptr_to(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  put<Word>(f, 8, W(t->universe ? t->universe->ptr_to(t) : nullptr));
}
// func rtSliceOf(t *rtype) *rtype
void rt_slice_of(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  put<Word>(f, 8, W(t->universe ? t->universe->slice_of(t) : nullptr));
}

// ---- natives: values ----

// func unpackEface(i any) (t *rtype, p *byte)
void unpack_eface(uint8_t* f) {
  auto [t, p] = unpack_interface(nullptr, f);
  put<Word>(f, 16, W(t));
  put<Word>(f, 24, W(p));
}
// func unpackIface(t *rtype, p *byte) (dt *rtype, dp *byte)
void unpack_iface(uint8_t* f) {
  auto [t, p] = unpack_interface(T(arg<Word>(f, 0)), P(arg<Word>(f, 8)));
  put<Word>(f, 16, W(t));
  put<Word>(f, 24, W(p));
}
// func packEface(t *rtype, p *byte, copy bool) any
void pack_eface(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  const uint8_t* p = P(arg<Word>(f, 8));
  bool copy = arg<uint8_t>(f, 16) != 0;
  GoEface e;
  if (t->kind == Kind::Interface) {
    Word first = load<Word>(p);
    if (first) {
      const types::InterfaceType* it = t->interface_type();
      if (it && !it->methods.empty())
        first = static_cast<const types::ItabHeader*>(types::ptr_from_word(first))->type;
      e.type = first;
      e.data = load<Word>(p + 8);
    }
  } else if (t->direct_iface) {
    e.type = W(t);
    e.data = load<Word>(p);
  } else {
    e.type = W(t);
    if (copy) {
      void* c = new_object(t);
      mem::typedmemmove(t, c, p);
      e.data = W(c);
    } else {
      e.data = W(p);
    }
  }
  put(f, 24, e);
}
// func loadInt(p *byte, size uintptr) int64
void load_int(uint8_t* f) {
  const uint8_t* p = P(arg<Word>(f, 0));
  int64_t v;
  switch (arg<uint64_t>(f, 8)) {
    case 1: v = load<int8_t>(p); break;
    case 2: v = load<int16_t>(p); break;
    case 4: v = load<int32_t>(p); break;
    default: v = load<int64_t>(p); break;
  }
  put<int64_t>(f, 16, v);
}
// func loadUint(p *byte, size uintptr) uint64
void load_uint(uint8_t* f) {
  const uint8_t* p = P(arg<Word>(f, 0));
  uint64_t v;
  switch (arg<uint64_t>(f, 8)) {
    case 1: v = load<uint8_t>(p); break;
    case 2: v = load<uint16_t>(p); break;
    case 4: v = load<uint32_t>(p); break;
    default: v = load<uint64_t>(p); break;
  }
  put<uint64_t>(f, 16, v);
}
// func loadFloat(p *byte, size uintptr) float64
void load_float(uint8_t* f) {
  const uint8_t* p = P(arg<Word>(f, 0));
  put<double>(f, 16, arg<uint64_t>(f, 8) == 4 ? static_cast<double>(load<float>(p)) : load<double>(p));
}
// func loadBool(p *byte) bool
void load_bool(uint8_t* f) { put<uint64_t>(f, 8, load<uint8_t>(P(arg<Word>(f, 0))) ? 1 : 0); }
// func loadString(p *byte) string
void load_string(uint8_t* f) { put(f, 8, load<GoString>(P(arg<Word>(f, 0)))); }
// func loadBytes(p *byte, n int) []byte — n < 0: the slice header at p; else the n
// bytes of the array at p (aliasing it, as Go's Bytes does).
void load_bytes(uint8_t* f) {
  uint8_t* p = P(arg<Word>(f, 0));
  int64_t n = arg<int64_t>(f, 8);
  if (n < 0) return put(f, 16, load<GoSlice>(p));
  GoSlice s;
  s.ptr = W(p);
  s.len = s.cap = n;
  put(f, 16, s);
}
// func loadWord(p *byte, off uintptr) *byte
void load_word(uint8_t* f) { put<Word>(f, 16, load<Word>(P(arg<Word>(f, 0)) + arg<uint64_t>(f, 8))); }
// func loadIntAt(p *byte, off uintptr) int
void load_int_at(uint8_t* f) { put<int64_t>(f, 16, load<int64_t>(P(arg<Word>(f, 0)) + arg<uint64_t>(f, 8))); }
// func storeInt(p *byte, size uintptr, x int64)
void store_int(uint8_t* f) {
  uint8_t* p = P(arg<Word>(f, 0));
  int64_t x = arg<int64_t>(f, 16);
  switch (arg<uint64_t>(f, 8)) {
    case 1: { auto v = static_cast<int8_t>(x); std::memcpy(p, &v, 1); break; }
    case 2: { auto v = static_cast<int16_t>(x); std::memcpy(p, &v, 2); break; }
    case 4: { auto v = static_cast<int32_t>(x); std::memcpy(p, &v, 4); break; }
    default: std::memcpy(p, &x, 8); break;
  }
}
// func storeFloat(p *byte, size uintptr, x float64)
void store_float(uint8_t* f) {
  uint8_t* p = P(arg<Word>(f, 0));
  double x = arg<double>(f, 16);
  if (arg<uint64_t>(f, 8) == 4) {
    auto v = static_cast<float>(x);
    std::memcpy(p, &v, 4);
  } else {
    std::memcpy(p, &x, 8);
  }
}
// func storeBool(p *byte, x bool)
void store_bool(uint8_t* f) { *P(arg<Word>(f, 0)) = arg<uint8_t>(f, 8) ? 1 : 0; }
// func storeString(p *byte, s string)
void store_string(uint8_t* f) {
  uint8_t* p = P(arg<Word>(f, 0));
  GoString s = arg<GoString>(f, 8);
  mem::write_pointer(p, s.ptr);
  std::memcpy(p + 8, &s.len, 8);
}
// func storeSliceLen(p *byte, n int)
void store_slice_len(uint8_t* f) {
  int64_t n = arg<int64_t>(f, 8);
  std::memcpy(P(arg<Word>(f, 0)) + 8, &n, 8);
}
// func typedCopy(t *rtype, dst, src *byte)
void typed_copy(uint8_t* f) { mem::typedmemmove(T(arg<Word>(f, 0)), P(arg<Word>(f, 8)), P(arg<Word>(f, 16))); }
// func addPtr(p *byte, off uintptr) *byte
void add_ptr(uint8_t* f) { put<Word>(f, 16, arg<Word>(f, 0) + arg<uint64_t>(f, 8)); }
// func newObject(t *rtype) *byte
void new_object_native(uint8_t* f) { put<Word>(f, 8, W(new_object(T(arg<Word>(f, 0))))); }
// func newPointerBox(pt *rtype, target *byte) *byte — a new variable of pointer type pt
// holding target.
void new_pointer_box(uint8_t* f) {
  const Type* pt = T(arg<Word>(f, 0));
  void* box = new_object(pt);
  mem::write_pointer(box, arg<Word>(f, 8));
  put<Word>(f, 16, W(box));
}
// func makeSlice(t *rtype, n, c int) *byte — a new variable of slice type t holding a
// fresh backing array of c zeroed elements, length n.
void make_slice(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  int64_t n = arg<int64_t>(f, 8), c = arg<int64_t>(f, 16);
  void* arr = mem::newarray(t->slice_type()->elem, c);
  if (!arr) return raise_panic("reflect.MakeSlice: len out of range");
  GoSlice s{W(arr), n, c};
  void* box = new_object(t);
  mem::typedmemmove(t, box, &s);
  put<Word>(f, 24, W(box));
}
// func newSliceBox(t *rtype, data *byte, n, c int) *byte — a new variable of slice
// type t holding {data, n, c}.
void new_slice_box(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  GoSlice s{arg<Word>(f, 8), arg<int64_t>(f, 16), arg<int64_t>(f, 24)};
  void* box = new_object(t);
  mem::typedmemmove(t, box, &s);
  put<Word>(f, 32, W(box));
}
// func chanLenCap(p *byte) (n, c int) — len and cap of the channel variable at p.
void chan_len_cap(uint8_t* f) {
  auto* c = static_cast<const chan::Hchan*>(types::ptr_from_word(load<Word>(P(arg<Word>(f, 0)))));
  put<int64_t>(f, 8, c ? static_cast<int64_t>(c->qcount.load(std::memory_order_relaxed)) : 0);
  put<int64_t>(f, 16, c ? static_cast<int64_t>(c->dataqsiz) : 0);
}
// func growSlice(t *rtype, p *byte, n int) *byte — a new variable of slice type t
// holding the slice at p extended by n zeroed elements (reallocated as append would).
void grow_slice(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  GoSlice s = load<GoSlice>(P(arg<Word>(f, 8)));
  int64_t n = arg<int64_t>(f, 16);
  const Type* et = t->slice_type()->elem;
  GoSlice r = s;
  if (s.len + n <= s.cap) {
    r.len = s.len + n;
  } else {
    mem::GrownSlice g = mem::growslice(s.data(), s.len + n, s.cap, n, et);
    if (g.overflow || !g.ptr) return raise_runtime_error("growslice: len out of range");
    r = GoSlice{W(g.ptr), g.len, g.cap};
  }
  void* box = new_object(t);
  mem::typedmemmove(t, box, &r);
  put<Word>(f, 24, W(box));
}
// func mapEntries(t *rtype, p *byte) (keys []*byte, elems []*byte) — copies of every
// key and element, in the map's iteration order.
void map_entries(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  maps::Hmap* h = maps::hmap_from_word(load<Word>(P(arg<Word>(f, 8))));
  const types::MapType* mt = t->map_type();
  std::vector<void*> keys, elems;
  maps::HIter it;
  maps::mapiterinit(t, h, &it);
  while (it.key) {
    void* k = new_object(mt->key);
    mem::typedmemmove(mt->key, k, types::ptr_from_word(it.key));
    void* e = new_object(mt->elem);
    mem::typedmemmove(mt->elem, e, types::ptr_from_word(it.elem));
    keys.push_back(k);
    elems.push_back(e);
    maps::mapiternext(&it);
  }
  put(f, 16, pointer_slice(t, keys));
  put(f, 40, pointer_slice(t, elems));
}
// func mapLookup(t *rtype, p *byte, key *byte) *byte — a copy of m[key], or nil.
void map_lookup(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  maps::Hmap* h = maps::hmap_from_word(load<Word>(P(arg<Word>(f, 8))));
  bool ok = false;
  void* e = maps::mapaccess2(t, h, P(arg<Word>(f, 16)), &ok);
  if (!ok || !e) return;
  const Type* et = t->map_type()->elem;
  void* c = new_object(et);
  mem::typedmemmove(et, c, e);
  put<Word>(f, 24, W(c));
}
// func mapAssign(t *rtype, p *byte, key *byte, elem *byte) — m[key] = *elem; a nil
// elem deletes key.
void map_assign(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  maps::Hmap* h = maps::hmap_from_word(load<Word>(P(arg<Word>(f, 8))));
  const void* key = P(arg<Word>(f, 16));
  const void* elem = P(arg<Word>(f, 24));
  if (!elem) return maps::mapdelete(t, h, key);
  void* slot = maps::mapassign(t, h, key);
  if (slot) mem::typedmemmove(t->map_type()->elem, slot, elem);
}
// func makeMap(t *rtype, n int) *byte — a new variable of map type t holding a new map.
void make_map(uint8_t* f) {
  const Type* t = T(arg<Word>(f, 0));
  maps::Hmap* h = maps::makemap(t, arg<int64_t>(f, 8));
  if (!h) return;
  void* box = new_object(t);
  mem::write_pointer(box, maps::word_from_hmap(h));
  put<Word>(f, 16, W(box));
}
// func assignTo(dst *rtype, p *byte, src *rtype, sp *byte) bool
void assign_to_native(uint8_t* f) {
  put<uint64_t>(f, 32, assign_to(T(arg<Word>(f, 0)), P(arg<Word>(f, 8)), T(arg<Word>(f, 16)), P(arg<Word>(f, 24))) ? 1 : 0);
}
// func isZero(t *rtype, p *byte) bool
void is_zero_native(uint8_t* f) { put<uint64_t>(f, 16, is_zero(T(arg<Word>(f, 0)), P(arg<Word>(f, 8))) ? 1 : 0); }
// func deepEqual(x, y any) bool — x and y are not nil.
void deep_equal_native(uint8_t* f) {
  GoEface x = arg<GoEface>(f, 0), y = arg<GoEface>(f, 16);
  bool eq = false;
  if (x.type == y.type) {
    std::set<Visit> visited;
    eq = deep_equal(x.dynamic_type(), x.value_ptr(), y.value_ptr(), visited);
  }
  put<uint64_t>(f, 32, eq ? 1 : 0);
}

const Native kReflectNatives[] = {
    {"reflect", "rtKind", rt_kind},
    {"reflect", "rtString", rt_string},
    {"reflect", "rtName", rt_name},
    {"reflect", "rtPkgPath", rt_pkg_path},
    {"reflect", "rtSize", rt_size},
    {"reflect", "rtAlign", rt_align},
    {"reflect", "rtFieldAlign", rt_field_align},
    {"reflect", "rtElem", rt_elem},
    {"reflect", "rtKey", rt_key},
    {"reflect", "rtLen", rt_len},
    {"reflect", "rtChanDir", rt_chan_dir},
    {"reflect", "rtNumField", rt_num_field},
    {"reflect", "rtField", rt_field},
    {"reflect", "rtNumIn", rt_num_in},
    {"reflect", "rtIn", rt_in},
    {"reflect", "rtNumOut", rt_num_out},
    {"reflect", "rtOut", rt_out},
    {"reflect", "rtIsVariadic", rt_is_variadic},
    {"reflect", "rtNumMethod", rt_num_method},
    {"reflect", "rtMethod", rt_method},
    {"reflect", "rtImplements", rt_implements},
    {"reflect", "rtAssignableTo", rt_assignable_to},
    {"reflect", "rtConvertibleTo", rt_convertible_to},
    {"reflect", "rtComparable", rt_comparable},
    {"reflect", "rtPtrTo", rt_ptr_to},
    {"reflect", "rtSliceOf", rt_slice_of},
    {"reflect", "unpackEface", unpack_eface},
    {"reflect", "unpackIface", unpack_iface},
    {"reflect", "packEface", pack_eface},
    {"reflect", "loadInt", load_int},
    {"reflect", "loadUint", load_uint},
    {"reflect", "loadFloat", load_float},
    {"reflect", "loadBool", load_bool},
    {"reflect", "loadString", load_string},
    {"reflect", "loadBytes", load_bytes},
    {"reflect", "loadWord", load_word},
    {"reflect", "loadIntAt", load_int_at},
    {"reflect", "storeInt", store_int},
    {"reflect", "storeFloat", store_float},
    {"reflect", "storeBool", store_bool},
    {"reflect", "storeString", store_string},
    {"reflect", "storeSliceLen", store_slice_len},
    {"reflect", "typedCopy", typed_copy},
    {"reflect", "addPtr", add_ptr},
    {"reflect", "newObject", new_object_native},
    {"reflect", "newPointerBox", new_pointer_box},
    {"reflect", "makeSlice", make_slice},
    {"reflect", "newSliceBox", new_slice_box},
    {"reflect", "chanLenCap", chan_len_cap},
    {"reflect", "growSlice", grow_slice},
    {"reflect", "mapEntries", map_entries},
    {"reflect", "mapLookup", map_lookup},
    {"reflect", "mapAssign", map_assign},
    {"reflect", "makeMap", make_map},
    {"reflect", "assignTo", assign_to_native},
    {"reflect", "isZero", is_zero_native},
    {"reflect", "deepEqual", deep_equal_native},
};

}  // namespace

std::span<const Native> reflect_natives() { return kReflectNatives; }

}  // namespace gs::lib
