// fmt engine (lib/fmt_format): Sprintf/Sprint/Sprintln/Errorf texts equal real Go
// 1.23's for the same values. The table below was recorded from real Go (a generator
// program printed each case with Go's output); here the same values are laid out in
// Go's memory layout with descriptors from a types::Universe, and a fake Host plays
// the VM: it owns the methods (String/Error, by exact type, so T lacks *T's methods)
// and the maps (a map word points to a FakeMap listing entries in arbitrary order).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "lib/fmt_format.h"
#include "lib/host.h"
#include "lib/native.h"
#include "lib/strconv_format.h"
#include "mem/malloc.h"
#include "types/type.h"

using namespace std::string_view_literals;
using gs::lib::GoEface;
using gs::lib::GoSlice;
using gs::lib::GoString;
using gs::types::Kind;
using gs::types::Type;
using gs::types::Word;

namespace {

struct FakeMap {
  std::vector<std::pair<const void*, const void*>> entries;
};

class FakeHost : public gs::lib::Host {
 public:
  // Returns the method's result; sets *panicked (then the result is the panic text).
  using Method = std::function<std::string(const void* value, bool* panicked)>;
  std::map<std::pair<const Type*, std::string>, Method> methods;
  std::string fd_out[3];
  int calls = 0;

  int64_t write(int fd, std::string_view bytes) override {
    fd_out[fd] += bytes;
    return static_cast<int64_t>(bytes.size());
  }
  bool call_string_method(const Type* t, const void* value, std::string_view name, std::string& out,
                          bool* panicked) override {
    auto it = methods.find({t, std::string(name)});
    if (it == methods.end()) return false;
    ++calls;
    *panicked = false;
    out = it->second(value, panicked);
    return true;
  }
  void map_entries(const Type*, Word map_word, std::vector<std::pair<const void*, const void*>>& out) override {
    auto* m = static_cast<const FakeMap*>(gs::types::ptr_from_word(map_word));
    out.insert(out.end(), m->entries.begin(), m->entries.end());
  }
};

Word W(const void* p) { return gs::types::word_from_ptr(p); }

// Builds Go values of the test's types (package main of the generator program).
struct Fx {
  gs::mem::Heap heap;
  gs::mem::BindHeap bind{&heap};
  gs::types::Universe uni;
  FakeHost host;
  std::deque<FakeMap> maps;

  const Type* t_int = uni.basic(Kind::Int);
  const Type* t_string = uni.basic(Kind::String);
  const Type* t_f64 = uni.basic(Kind::Float64);
  const Type* t_bytes = uni.slice_of(uni.byte_type());
  Type* T_ = nullptr;
  Type* Pt_ = nullptr;
  Type* PP_ = nullptr;
  Type* MyErr_ = nullptr;
  Type* Panicky_ = nullptr;
  Type* Celsius_ = nullptr;
  Type* Wrapper_ = nullptr;
  Type* B_ = nullptr;
  Type* inner_ = nullptr;
  Type* Outer_ = nullptr;
  Type* ES_ = nullptr;
  Type* Base_ = nullptr;
  Type* Emb_ = nullptr;
  Type* Name_ = nullptr;
  Type* BytesBox_ = nullptr;
  Type* ErrPanics_ = nullptr;

  Fx() {
    T_ = uni.named("main", "T", uni.struct_of({{"A", t_int}, {"B", t_string}}));
    Pt_ = uni.named("main", "Pt", uni.struct_of({{"X", t_int}, {"Y", t_int}}));
    PP_ = uni.named("main", "PP", uni.struct_of({{"N", t_int}}));
    MyErr_ = uni.named("main", "MyErr", uni.struct_of({{"msg", t_string}}));
    Panicky_ = uni.named("main", "Panicky", uni.struct_of({}));
    Celsius_ = uni.named("main", "Celsius", t_f64);
    Wrapper_ = uni.named("main", "Wrapper", uni.struct_of({{"Pub", Pt_}, {"priv", Pt_}}));
    B_ = uni.named("main", "B", t_bytes);
    inner_ = uni.named("main", "inner", uni.struct_of({{"x", t_int}, {"Y", t_f64}}));
    Outer_ = uni.named("main", "Outer",
                     uni.struct_of({{"P", uni.ptr_to(t_int)},
                                  {"In", inner_},
                                  {"S", uni.slice_of(t_int)},
                                  {"M", uni.map_of(t_string, t_int)},
                                  {"I", uni.any_type()},
                                  {"E", uni.error_type()},
                                  {"p", Pt_}}));
    ES_ = uni.named("main", "ES", uni.struct_of({{"Err", uni.error_type()}}));
    Base_ = uni.named("main", "Base", uni.struct_of({{"ID", t_int}}));
    Emb_ = uni.named("main", "Emb", uni.struct_of({{"Base", Base_, true}, {"Name", t_string}}));
    Name_ = uni.named("main", "Name", t_string);
    BytesBox_ = uni.named("main", "BytesBox", uni.struct_of({{"Data", t_bytes}}));
    ErrPanics_ = uni.named("main", "ErrPanics", uni.struct_of({}));

    // Pt: value receiver String, so both Pt and *Pt have it.
    auto pt_string = [](const int64_t* xy) {
      return "(" + std::to_string(xy[0]) + "," + std::to_string(xy[1]) + ")";
    };
    host.methods[{Pt_, "String"}] = [=](const void* v, bool*) { return pt_string(static_cast<const int64_t*>(v)); };
    host.methods[{uni.ptr_to(Pt_), "String"}] = [=](const void* v, bool* panicked) -> std::string {
      const void* p = deref(v);
      if (!p) return nil_deref(panicked);
      return pt_string(static_cast<const int64_t*>(p));
    };
    // PP: pointer receiver only.
    host.methods[{uni.ptr_to(PP_), "String"}] = [](const void*, bool*) { return std::string("PP!"); };
    // *MyErr: Error.
    host.methods[{uni.ptr_to(MyErr_), "Error"}] = [](const void* v, bool* panicked) -> std::string {
      const void* p = deref(v);
      if (!p) return nil_deref(panicked);
      return "myerr: " + std::string(static_cast<const GoString*>(p)->view());
    };
    // Panicky: value receiver String that panics("boom").
    auto boom = [](const void*, bool* panicked) {
      *panicked = true;
      return std::string("boom");
    };
    host.methods[{Panicky_, "String"}] = boom;
    host.methods[{uni.ptr_to(Panicky_), "String"}] = [](const void* v, bool* panicked) -> std::string {
      if (!deref(v)) return nil_deref(panicked);
      *panicked = true;
      return "boom";
    };
    // Celsius: value receiver, fmt.Sprintf("%.1f°C", c).
    auto celsius = [](const void* v, bool*) {
      double d;
      std::memcpy(&d, v, 8);
      return gs::lib::strconv::format_float(d, 'f', 1, 64) + "\u00b0C";
    };
    host.methods[{Celsius_, "String"}] = celsius;
    // ErrPanics: value receiver Error that panics(errors.New("kaboom")).
    auto kaboom = [](const void*, bool* panicked) {
      *panicked = true;
      return std::string("kaboom");
    };
    host.methods[{ErrPanics_, "Error"}] = kaboom;
    host.methods[{uni.ptr_to(ErrPanics_), "Error"}] = kaboom;
  }

  static const void* deref(const void* pointer_value) {
    Word w;
    std::memcpy(&w, pointer_value, 8);
    return gs::types::ptr_from_word(w);
  }
  static std::string nil_deref(bool* panicked) {
    *panicked = true;
    return "runtime error: invalid memory address or nil pointer dereference";
  }

  void* alloc(const Type* t) { return gs::mem::mallocgc(t->size, t, true); }
  GoEface box(const Type* t, const void* v) {
    GoEface e;
    e.type = W(t);
    if (t->direct_iface) {
      std::memcpy(&e.data, v, 8);
    } else {
      void* p = alloc(t);
      std::memcpy(p, v, t->size);
      e.data = W(p);
    }
    return e;
  }
  template <typename V>
  GoEface boxv(const Type* t, V v) {
    REQUIRE(sizeof(V) == t->size);
    return box(t, &v);
  }
  GoEface nil() { return GoEface{}; }
  GoEface i(int64_t v) { return boxv(t_int, v); }
  GoEface i8(int8_t v) { return boxv(uni.basic(Kind::Int8), v); }
  GoEface i16(int16_t v) { return boxv(uni.basic(Kind::Int16), v); }
  GoEface u32(uint32_t v) { return boxv(uni.basic(Kind::Uint32), v); }
  GoEface i32(int32_t v) { return boxv(uni.basic(Kind::Int32), v); }
  GoEface i64(int64_t v) { return boxv(uni.basic(Kind::Int64), v); }
  GoEface u(uint64_t v) { return boxv(uni.basic(Kind::Uint), v); }
  GoEface u8(uint8_t v) { return boxv(uni.basic(Kind::Uint8), v); }
  GoEface u16(uint16_t v) { return boxv(uni.basic(Kind::Uint16), v); }
  GoEface u64(uint64_t v) { return boxv(uni.basic(Kind::Uint64), v); }
  GoEface uptr(uint64_t v) { return boxv(uni.basic(Kind::Uintptr), v); }
  GoEface f64(uint64_t bits) { return boxv(t_f64, bits); }
  GoEface f32(uint32_t bits) { return boxv(uni.basic(Kind::Float32), bits); }
  GoEface c128(uint64_t re, uint64_t im) {
    uint64_t v[2] = {re, im};
    return box(uni.basic(Kind::Complex128), v);
  }
  GoEface c64(uint32_t re, uint32_t im) {
    uint32_t v[2] = {re, im};
    return box(uni.basic(Kind::Complex64), v);
  }
  GoEface b(bool v) { return boxv(uni.basic(Kind::Bool), static_cast<uint8_t>(v)); }
  GoString gs(std::string_view s) { return gs::lib::make_string(s); }
  GoEface s(std::string_view v) { return boxv(t_string, gs(v)); }

  // A slice of n elements of elem_size bytes each, copied from data (non-nil even if empty).
  GoSlice slice(const Type* elem, const void* data, size_t n) {
    GoSlice sl;
    void* p = gs::mem::mallocgc(n * elem->size, elem, true);
    if (n) std::memcpy(p, data, n * elem->size);
    sl.ptr = W(p);
    sl.len = sl.cap = static_cast<int64_t>(n);
    return sl;
  }
  GoEface bytes(std::string_view v) { return boxv(t_bytes, slice(uni.byte_type(), v.data(), v.size())); }
  GoEface nil_bytes() { return boxv(t_bytes, GoSlice{}); }
  GoEface B(std::string_view v) { return boxv(static_cast<const Type*>(B_), slice(uni.byte_type(), v.data(), v.size())); }
  GoEface byte_array(std::string_view v) { return box(uni.array_of(uni.byte_type(), v.size()), v.data()); }
  GoSlice int_slice(std::vector<int64_t> v) { return slice(t_int, v.data(), v.size()); }
  GoEface ints(std::vector<int64_t> v) { return boxv(uni.slice_of(t_int), int_slice(v)); }
  GoEface nil_ints() { return boxv(uni.slice_of(t_int), GoSlice{}); }
  GoEface int_array(std::vector<int64_t> v) { return box(uni.array_of(t_int, v.size()), v.data()); }
  GoEface strs(std::vector<std::string> v) {
    std::vector<GoString> g;
    for (auto& x : v) g.push_back(gs(x));
    return boxv(uni.slice_of(t_string), slice(t_string, g.data(), g.size()));
  }
  GoEface anys(std::vector<GoEface> v) { return boxv(uni.slice_of(uni.any_type()), slice(uni.any_type(), v.data(), v.size())); }
  GoEface celsius_slice(std::vector<double> v) {
    return boxv(uni.slice_of(Celsius_), slice(Celsius_, v.data(), v.size()));
  }
  // An error interface value (iface) holding e (whose dynamic type implements error).
  struct IfaceWords {
    Word tab, data;
  };
  IfaceWords as_error(GoEface e) {
    if (!e.type) return {0, 0};
    auto* tab = static_cast<gs::types::ItabHeader*>(gs::mem::mallocgc(sizeof(gs::types::ItabHeader), nullptr, true));
    tab->inter = W(uni.error_type());
    tab->type = e.type;
    return {W(tab), e.data};
  }
  GoEface nil_err_slice() {
    IfaceWords one{0, 0};
    return boxv(uni.slice_of(uni.error_type()), slice(uni.error_type(), &one, 1));
  }
  GoEface err_slice(std::vector<std::string> msgs) {
    std::vector<IfaceWords> v;
    for (auto& m : msgs) v.push_back(as_error(pMyErr(m)));
    return boxv(uni.slice_of(uni.error_type()), slice(uni.error_type(), v.data(), v.size()));
  }

  struct TV {
    int64_t a;
    GoString b;
  };
  GoEface T(int64_t a, std::string_view b) { return boxv(static_cast<const Type*>(T_), TV{a, gs(b)}); }
  GoEface ptr_to_new(const Type* t, const void* v) {
    void* p = alloc(t);
    std::memcpy(p, v, t->size);
    return boxv(uni.ptr_to(t), W(p));
  }
  GoEface pT(int64_t a, std::string_view b) {
    TV v{a, gs(b)};
    return ptr_to_new(T_, &v);
  }
  GoEface nil_pT() { return boxv(uni.ptr_to(T_), Word{0}); }
  GoEface nil_pT_slice() {
    Word one = 0;
    return boxv(uni.slice_of(uni.ptr_to(T_)), slice(uni.ptr_to(T_), &one, 1));
  }
  GoEface p_ints(std::vector<int64_t> v) {
    GoSlice sl = int_slice(v);
    return ptr_to_new(uni.slice_of(t_int), &sl);
  }
  struct PtV {
    int64_t x, y;
  };
  GoEface Pt(int64_t x, int64_t y) { return boxv(static_cast<const Type*>(Pt_), PtV{x, y}); }
  GoEface pPt(int64_t x, int64_t y) {
    PtV v{x, y};
    return ptr_to_new(Pt_, &v);
  }
  GoEface PP(int64_t n) { return boxv(static_cast<const Type*>(PP_), n); }
  GoEface pPP(int64_t n) { return ptr_to_new(PP_, &n); }
  GoEface MyErr(std::string_view msg) { return boxv(static_cast<const Type*>(MyErr_), gs(msg)); }
  GoEface pMyErr(std::string_view msg) {
    GoString g = gs(msg);
    return ptr_to_new(MyErr_, &g);
  }
  GoEface Panicky() {
    char none = 0;
    return box(Panicky_, &none);
  }
  GoEface nil_pPanicky() { return boxv(uni.ptr_to(Panicky_), Word{0}); }
  GoEface Celsius(double c) { return boxv(static_cast<const Type*>(Celsius_), c); }
  GoEface Wrapper(int64_t a, int64_t b, int64_t c, int64_t d) {
    PtV v[2] = {{a, b}, {c, d}};
    return box(Wrapper_, v);
  }
  GoEface nil_func() { return boxv(uni.func_of({}, {}, false), Word{0}); }

  Word make_map(const Type* mt, const std::vector<std::pair<const void*, const void*>>& kv) {
    (void)mt;
    maps.push_back(FakeMap{kv});
    return W(&maps.back());
  }
  template <typename K, typename V>
  std::pair<const void*, const void*> entry(const Type* kt, const K& k, const Type* vt, const V& v) {
    void* kp = alloc(kt);
    std::memcpy(kp, &k, kt->size);
    void* vp = alloc(vt);
    std::memcpy(vp, &v, vt->size);
    return {kp, vp};
  }
  Word map_si_word(std::vector<std::pair<std::string, int64_t>> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    for (auto& [k, v] : kv) e.push_back(entry(t_string, gs(k), t_int, v));
    return make_map(uni.map_of(t_string, t_int), e);
  }
  GoEface map_si(std::vector<std::pair<std::string, int64_t>> kv) {
    return boxv(uni.map_of(t_string, t_int), map_si_word(kv));
  }
  GoEface p_map_si(std::vector<std::pair<std::string, int64_t>> kv) {
    Word m = map_si_word(kv);
    return ptr_to_new(uni.map_of(t_string, t_int), &m);
  }
  GoEface nil_map_si() { return boxv(uni.map_of(t_string, t_int), Word{0}); }
  GoEface map_is(std::vector<std::pair<int64_t, std::string>> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    for (auto& [k, v] : kv) e.push_back(entry(t_int, k, t_string, gs(v)));
    return boxv(uni.map_of(t_int, t_string), make_map(uni.map_of(t_int, t_string), e));
  }
  GoEface map_fi(std::vector<std::pair<double, int64_t>> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    for (auto& [k, v] : kv) e.push_back(entry(t_f64, k, t_int, v));
    return boxv(uni.map_of(t_f64, t_int), make_map(uni.map_of(t_f64, t_int), e));
  }
  GoEface map_bi(std::vector<std::pair<bool, int64_t>> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    const Type* tb = uni.basic(Kind::Bool);
    for (auto& [k, v] : kv) e.push_back(entry(tb, static_cast<uint8_t>(k), t_int, v));
    return boxv(uni.map_of(tb, t_int), make_map(uni.map_of(tb, t_int), e));
  }
  struct PtKey {
    int64_t x, y;
    std::string v;
  };
  GoEface map_pts(std::vector<PtKey> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    for (auto& k : kv) e.push_back(entry(Pt_, PtV{k.x, k.y}, t_string, gs(k.v)));
    return boxv(uni.map_of(Pt_, t_string), make_map(uni.map_of(Pt_, t_string), e));
  }
  GoEface map_ai(std::vector<std::pair<GoEface, int64_t>> kv) {
    std::vector<std::pair<const void*, const void*>> e;
    for (auto& [k, v] : kv) e.push_back(entry(uni.any_type(), k, t_int, v));
    return boxv(uni.map_of(uni.any_type(), t_int), make_map(uni.map_of(uni.any_type(), t_int), e));
  }
  GoEface Outer() {
    // Outer{nil, inner{1, 2.5}, []int{1, 2}, map[string]int{"k": 1, "a": 2}, Pt{3, 4}, &MyErr{"bad"}, Pt{5, 6}}
    const auto& fields = Outer_->struct_type()->fields;
    char* p = static_cast<char*>(alloc(Outer_));
    auto at = [&](int i) { return p + fields[static_cast<size_t>(i)].offset; };
    struct InnerV {
      int64_t x;
      double y;
    } in{1, 2.5};
    std::memcpy(at(1), &in, sizeof in);
    GoSlice s = int_slice({1, 2});
    std::memcpy(at(2), &s, sizeof s);
    Word m = map_si_word({{"k", 1}, {"a", 2}});
    std::memcpy(at(3), &m, 8);
    GoEface i = Pt(3, 4);
    std::memcpy(at(4), &i, sizeof i);
    IfaceWords e = as_error(pMyErr("bad"));
    std::memcpy(at(5), &e, sizeof e);
    PtV pv{5, 6};
    std::memcpy(at(6), &pv, sizeof pv);
    GoEface out;
    out.type = W(Outer_);
    out.data = W(p);
    return out;
  }
  GoEface ES() {
    IfaceWords none{0, 0};
    return box(ES_, &none);
  }

  GoEface Emb(int64_t id, std::string_view name) { return boxv(static_cast<const Type*>(Emb_), TV{id, gs(name)}); }
  GoEface Name(std::string_view v) { return boxv(static_cast<const Type*>(Name_), gs(v)); }
  GoEface anon(int64_t a, std::string_view b) {
    return boxv(uni.struct_of({{"A", t_int}, {"B", t_string}}), TV{a, gs(b)});
  }
  GoEface nil_pPt() { return boxv(uni.ptr_to(Pt_), Word{0}); }
  Word new_pt(int64_t x, int64_t y) {
    void* p = alloc(Pt_);
    PtV v{x, y};
    std::memcpy(p, &v, sizeof v);
    return W(p);
  }
  GoEface pt_ptrs() {  // []*Pt{{1, 2}, nil}
    Word v[2] = {new_pt(1, 2), 0};
    return boxv(uni.slice_of(uni.ptr_to(Pt_)), slice(uni.ptr_to(Pt_), v, 2));
  }
  GoEface map_s_ppt() {  // map[string]*Pt{"b": {3, 4}, "a": {1, 2}}
    const Type* pp = uni.ptr_to(Pt_);
    std::vector<std::pair<const void*, const void*>> e{entry(t_string, gs("b"), pp, new_pt(3, 4)),
                                                       entry(t_string, gs("a"), pp, new_pt(1, 2))};
    return boxv(uni.map_of(t_string, pp), make_map(uni.map_of(t_string, pp), e));
  }
  GoEface map_s_ints() {  // map[string][]int{"x": {1, 2}, "a": nil}
    const Type* si = uni.slice_of(t_int);
    std::vector<std::pair<const void*, const void*>> e{entry(t_string, gs("x"), si, int_slice({1, 2})),
                                                       entry(t_string, gs("a"), si, GoSlice{})};
    return boxv(uni.map_of(t_string, si), make_map(uni.map_of(t_string, si), e));
  }
  GoEface map_s_map_si() {  // map[string]map[string]int{"o": {"z": 1, "b": 2}}
    const Type* inner = uni.map_of(t_string, t_int);
    std::vector<std::pair<const void*, const void*>> e{
        entry(t_string, gs("o"), inner, map_si_word({{"z", 1}, {"b", 2}}))};
    return boxv(uni.map_of(t_string, inner), make_map(uni.map_of(t_string, inner), e));
  }
  GoEface BytesBox(std::string_view v) {
    GoSlice sl = slice(uni.byte_type(), v.data(), v.size());
    return box(BytesBox_, &sl);
  }
  GoEface ErrPanics() {
    char none = 0;
    return box(ErrPanics_, &none);
  }

  bool is_error(const GoEface& e) { return e.type && host.methods.count({e.dynamic_type(), "Error"}); }
};

struct Case {
  char kind;  // 'f' Sprintf, 'p' Sprint, 'l' Sprintln, 'e' Errorf
  std::string_view format;
  std::vector<GoEface> args;
  std::string_view want;
  std::string_view wrapped;  // Errorf only: "none", "one:<Unwrap()!=nil>", "many:<len(Unwrap())>"
};

// What the fmt prelude's Errorf would build from the engine's answer, summarised as
// the generator summarised Go's error.
std::string summarize_wrapping(Fx& f, const gs::lib::fmt::ErrorfText& r, const std::vector<GoEface>& args) {
  if (r.wrapped.empty()) return "none";
  if (r.wrapped.size() == 1) return std::string("one:") + (f.is_error(args[static_cast<size_t>(r.wrapped[0])]) ? "true" : "false");
  std::vector<int64_t> w = r.wrapped;
  if (r.reordered) std::sort(w.begin(), w.end());
  int n = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i > 0 && w[i - 1] == w[i]) continue;
    if (f.is_error(args[static_cast<size_t>(w[i])])) ++n;
  }
  return "many:" + std::to_string(n);
}

std::vector<Case> recorded_cases(Fx& f) {
  return {
      {'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%O|%b|%#b|%o"sv, {f.i(42), f.i(42), f.i(42), f.i(42), f.i(42), f.i(42), f.i(255), f.i(255), f.i(255), f.i(8), f.i(8), f.i(5), f.i(5), f.i(0)}, "42|   42|42   |00042|+42| 42|ff|FF|0xff|010|0o10|101|0b101|0"sv, ""sv},
      {'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%b"sv, {f.i(-42), f.i(-42), f.i(-42), f.i(-42), f.i(-42), f.i(-42), f.i(-255), f.i(-255), f.i(-8), f.i(-5)}, "-42|  -42|-42  |-0042|-42|-42|-ff|-0XFF|-10|-101"sv, ""sv},
      {'f', "%.3d|%8.3d|%.0d|%5.0d|%-08d|%+05d|% 05d|%#08x|%08.3d"sv, {f.i(7), f.i(7), f.i(0), f.i(0), f.i(3), f.i(3), f.i(3), f.i(255), f.i(-7)}, "007|     007||     |3       |+0003| 0003|0x000000ff|    -007"sv, ""sv},
      {'f', "%c|%c|%q|%q|%+q|%U|%#U|%#U|%c|%q|%.6U"sv, {f.i32(65), f.i32(26085), f.i32(120), f.i32(10), f.i32(26085), f.i32(128512), f.i32(128512), f.i32(9), f.i(-1), f.i(1114112), f.i32(65)}, "A|\346\227\245|'x'|'\\n'|'\\u65e5'|U+1F600|U+1F600 '\360\237\230\200'|U+0009|\357\277\275|'\357\277\275'|U+000041"sv, ""sv},
      {'f', "%v|%d|%x|%v|%#v|%#v|%v"sv, {f.i8(-128), f.u8(200), f.u16(48879), f.u64(18446744073709551615ULL), f.u(7ULL), f.i(7), f.uptr(4096ULL)}, "-128|200|beef|18446744073709551615|0x7|7|4096"sv, ""sv},
      {'f', "%v %v %d"sv, {f.i64(static_cast<int64_t>(0x8000000000000000ULL)), f.i64(static_cast<int64_t>(0x7fffffffffffffffULL)), f.i64(static_cast<int64_t>(0x8000000000000000ULL))}, "-9223372036854775808 9223372036854775807 -9223372036854775808"sv, ""sv},
      {'f', "%x|%X|%o|%b"sv, {f.i64(static_cast<int64_t>(0x8000000000000000ULL)), f.u64(18446744073709551615ULL), f.u64(18446744073709551615ULL), f.i8(-1)}, "-8000000000000000|FFFFFFFFFFFFFFFF|1777777777777777777777|-1"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL), f.f64(0x0000000000000000ULL)}, "0|0|0|0.000000e+00|0.000000E+00|0.000000|0.000000|0.00|0.000e+00|0|      0.00|0.00      |+0.0| 0.0|000000.000|0.00000|0.00|0|0p-1074|0x0p+00|0X0P+00|0x0.00p+00|       0|0"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL), f.f64(0x8000000000000000ULL)}, "-0|-0|-0|-0.000000e+00|-0.000000E+00|-0.000000|-0.000000|-0.00|-0.000e+00|-0|     -0.00|-0.00     |-0.0|-0.0|-00000.000|-0.00000|-0.00|-0|-0p-1074|-0x0p+00|-0X0P+00|-0x0.00p+00|      -0|-0"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL), f.f64(0x3ff0000000000000ULL)}, "1|1|1|1.000000e+00|1.000000E+00|1.000000|1.000000|1.00|1.000e+00|1|      1.00|1.00      |+1.0| 1.0|000001.000|1.00000|1.00|1|4503599627370496p-52|0x1p+00|0X1P+00|0x1.00p+00|       1|1"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL), f.f64(0xbff0000000000000ULL)}, "-1|-1|-1|-1.000000e+00|-1.000000E+00|-1.000000|-1.000000|-1.00|-1.000e+00|-1|     -1.00|-1.00     |-1.0|-1.0|-00001.000|-1.00000|-1.00|-1|-4503599627370496p-52|-0x1p+00|-0X1P+00|-0x1.00p+00|      -1|-1"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fb999999999999aULL)}, "0.1|0.1|0.1|1.000000e-01|1.000000E-01|0.100000|0.100000|0.10|1.000e-01|0.1|      0.10|0.10      |+0.1| 0.1|000000.100|0.100000|0.100|0.1|7205759403792794p-56|0x1.999999999999ap-04|0X1.999999999999AP-04|0x1.9ap-04|     0.1|0.1"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x3ff8000000000000ULL)}, "1.5|1.5|1.5|1.500000e+00|1.500000E+00|1.500000|1.500000|1.50|1.500e+00|1.5|      1.50|1.50      |+1.5| 1.5|000001.500|1.50000|1.50|1.5|6755399441055744p-52|0x1.8p+00|0X1.8P+00|0x1.80p+00|     1.5|1.5"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4004000000000000ULL)}, "2.5|2.5|2.5|2.500000e+00|2.500000E+00|2.500000|2.500000|2.50|2.500e+00|2.5|      2.50|2.50      |+2.5| 2.5|000002.500|2.50000|2.50|2.5|5629499534213120p-51|0x1.4p+01|0X1.4P+01|0x1.40p+01|     2.5|2.5"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL), f.f64(0x4059000000000000ULL)}, "100|100|100|1.000000e+02|1.000000E+02|100.000000|100.000000|100.00|1.000e+02|100|    100.00|100.00    |+100.0| 100.0|000100.000|100.000|100.|100|7036874417766400p-46|0x1.9p+06|0X1.9P+06|0x1.90p+06|     100|100"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL), f.f64(0x412e848000000000ULL)}, "1e+06|1e+06|1E+06|1.000000e+06|1.000000E+06|1000000.000000|1000000.000000|1000000.00|1.000e+06|1e+06|1000000.00|1000000.00|+1000000.0| 1000000.0|1000000.000|1.00000e+06|1.00e+06|1e+06|8589934592000000p-33|0x1.e848p+19|0X1.E848P+19|0x1.e8p+19|   1e+06|1e+06"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL), f.f64(0x4415af1d78b58c40ULL)}, "1e+20|1e+20|1E+20|1.000000e+20|1.000000E+20|100000000000000000000.000000|100000000000000000000.000000|100000000000000000000.00|1.000e+20|1e+20|100000000000000000000.00|100000000000000000000.00|+100000000000000000000.0| 100000000000000000000.0|100000000000000000000.000|1.00000e+20|1.00e+20|1e+20|6103515625000000p+14|0x1.5af1d78b58c4p+66|0X1.5AF1D78B58C4P+66|0x1.5bp+66|   1e+20|1e+20"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x444b1ae4d6e2ef50ULL)}, "1e+21|1e+21|1E+21|1.000000e+21|1.000000E+21|1000000000000000000000.000000|1000000000000000000000.000000|1000000000000000000000.00|1.000e+21|1e+21|1000000000000000000000.00|1000000000000000000000.00|+1000000000000000000000.0| 1000000000000000000000.0|1000000000000000000000.000|1.00000e+21|1.00e+21|1e+21|7629394531250000p+17|0x1.b1ae4d6e2ef5p+69|0X1.B1AE4D6E2EF5P+69|0x1.b2p+69|   1e+21|1e+21"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL), f.f64(0x3f1a36e2eb1c432dULL)}, "0.0001|0.0001|0.0001|1.000000e-04|1.000000E-04|0.000100|0.000100|0.00|1.000e-04|0.0001|      0.00|0.00      |+0.0| 0.0|000000.000|0.000100000|0.000100|0.0001|7378697629483821p-66|0x1.a36e2eb1c432dp-14|0X1.A36E2EB1C432DP-14|0x1.a3p-14|  0.0001|0.0001"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL), f.f64(0x3ee4f8b588e368f1ULL)}, "1e-05|1e-05|1E-05|1.000000e-05|1.000000E-05|0.000010|0.000010|0.00|1.000e-05|1e-05|      0.00|0.00      |+0.0| 0.0|000000.000|1.00000e-05|1.00e-05|1e-05|5902958103587057p-69|0x1.4f8b588e368f1p-17|0X1.4F8B588E368F1P-17|0x1.50p-17|   1e-05|1e-05"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL), f.f64(0x419d6f3454000000ULL)}, "1.23456789e+08|1.23456789e+08|1.23456789E+08|1.234568e+08|1.234568E+08|123456789.000000|123456789.000000|123456789.00|1.235e+08|1.23e+08|123456789.00|123456789.00|+123456789.0| 123456789.0|123456789.000|1.23456789e+08|1.23e+08|1.23456789e+08|8285044862877696p-26|0x1.d6f3454p+26|0X1.D6F3454P+26|0x1.d7p+26|1.23e+08|1.23456789e+08"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fd5555555555555ULL)}, "0.3333333333333333|0.3333333333333333|0.3333333333333333|3.333333e-01|3.333333E-01|0.333333|0.333333|0.33|3.333e-01|0.333|      0.33|0.33      |+0.3| 0.3|000000.333|0.3333333333333333|0.333|0.3333333333333333|6004799503160661p-54|0x1.5555555555555p-02|0X1.5555555555555P-02|0x1.55p-02|   0.333|0.3333333333333333"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL), f.f64(0x3fe5555555555555ULL)}, "0.6666666666666666|0.6666666666666666|0.6666666666666666|6.666667e-01|6.666667E-01|0.666667|0.666667|0.67|6.667e-01|0.667|      0.67|0.67      |+0.7| 0.7|000000.667|0.6666666666666666|0.667|0.6666666666666666|6004799503160661p-53|0x1.5555555555555p-01|0X1.5555555555555P-01|0x1.55p-01|   0.667|0.6666666666666666"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL), f.f64(0x54b249ad2594c37dULL)}, "1e+100|1e+100|1E+100|1.000000e+100|1.000000E+100|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00|1.000e+100|1e+100|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00|+10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0| 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000|1.00000e+100|1.00e+100|1e+100|5147557589468029p+280|0x1.249ad2594c37dp+332|0X1.249AD2594C37DP+332|0x1.25p+332|  1e+100|1e+100"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL), f.f64(0x0000000000000001ULL)}, "5e-324|5e-324|5E-324|4.940656e-324|4.940656E-324|0.000000|0.000000|0.00|4.941e-324|4.94e-324|      0.00|0.00      |+0.0| 0.0|000000.000|5.00000e-324|4.94e-324|5e-324|1p-1074|0x1p-1074|0X1P-1074|0x1.00p-1074|4.94e-324|5e-324"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL), f.f64(0x7fefffffffffffffULL)}, "1.7976931348623157e+308|1.7976931348623157e+308|1.7976931348623157E+308|1.797693e+308|1.797693E+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|1.798e+308|1.8e+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0| 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|1.7976931348623157e+308|1.80e+308|1.7976931348623157e+308|9007199254740991p+971|0x1.fffffffffffffp+1023|0X1.FFFFFFFFFFFFFP+1023|0x1.00p+1024|1.8e+308|1.7976931348623157e+308"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff0000000000000ULL)}, "+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|      +Inf|+Inf      |+Inf| Inf|      +Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|    +Inf|+Inf"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL), f.f64(0xfff0000000000000ULL)}, "-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|      -Inf|-Inf      |-Inf|-Inf|      -Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|    -Inf|-Inf"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL)}, "NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|       NaN|NaN       |+NaN| NaN|       NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|     NaN|NaN"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL), f.f64(0x400921fb54442d11ULL)}, "3.14159265358979|3.14159265358979|3.14159265358979|3.141593e+00|3.141593E+00|3.141593|3.141593|3.14|3.142e+00|3.14|      3.14|3.14      |+3.1| 3.1|000003.142|3.14159265358979|3.14|3.14159265358979|7074237752028433p-51|0x1.921fb54442d11p+01|0X1.921FB54442D11P+01|0x1.92p+01|    3.14|3.14159265358979"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL), f.f64(0x3f202e7ef70994ddULL)}, "0.000123456|0.000123456|0.000123456|1.234560e-04|1.234560E-04|0.000123|0.000123|0.00|1.235e-04|0.000123|      0.00|0.00      |+0.0| 0.0|000000.000|0.000123456|0.000123|0.000123456|4554722472727773p-65|0x1.02e7ef70994ddp-13|0X1.02E7EF70994DDP-13|0x1.03p-13|0.000123|0.000123456"sv, ""sv},
      {'f', "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#g|%#.3g|%#v|%b|%x|%X|%.2x|%8.3v|%+v"sv, {f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL), f.f64(0x4132d68700000000ULL)}, "1.234567e+06|1.234567e+06|1.234567E+06|1.234567e+06|1.234567E+06|1234567.000000|1234567.000000|1234567.00|1.235e+06|1.23e+06|1234567.00|1234567.00|+1234567.0| 1234567.0|1234567.000|1.234567e+06|1.23e+06|1.234567e+06|5302424889720832p-32|0x1.2d687p+20|0X1.2D687P+20|0x1.2dp+20|1.23e+06|1.234567e+06"sv, ""sv},
      {'f', "%.30f|%.20e|%.25g|%.0f|%.0f|%.0f|%.0e|%.1f|%.1f"sv, {f.f64(0x3fb999999999999aULL), f.f64(0x3fd5555555555555ULL), f.f64(0x3fb999999999999aULL), f.f64(0x3fe0000000000000ULL), f.f64(0x3ff8000000000000ULL), f.f64(0x4004000000000000ULL), f.f64(0x4014000000000000ULL), f.f64(0x3fd0000000000000ULL), f.f64(0x3fd6666666666666ULL)}, "0.100000000000000005551115123126|3.33333333333333314830e-01|0.1000000000000000055511151|0|2|2|5e+00|0.2|0.3"sv, ""sv},
      {'f', "%.40f|%.60e"sv, {f.f64(0x0000000000000001ULL), f.f64(0x44b52d02c7e14af6ULL)}, "0.0000000000000000000000000000000000000000|9.999999999999999161139200000000000000000000000000000000000000e+22"sv, ""sv},
      {'f', "%5.1f|%-8v|%08v|%+08.2f|%08v|% 8v|%+v|% v|%+10v"sv, {f.f64(0xc00921f9f01b866eULL), f.f64(0x4004000000000000ULL), f.f64(0xc004000000000000ULL), f.f64(0x400921f9f01b866eULL), f.f64(0x7ff0000000000000ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0x7ff8000000000001ULL), f.f64(0xfff0000000000000ULL)}, " -3.1|2.5     |-00002.5|+0003.14|    +Inf|     NaN|NaN| NaN|      -Inf"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x3dcccccdU), f.f32(0x3dcccccdU), f.f32(0x3dcccccdU), f.f32(0x3dcccccdU), f.f32(0x3dcccccdU), f.f32(0x3dcccccdU), f.f32(0x3dcccccdU)}, "0.1|0.1|1.000000e-01|0.100|0.1000000015|13421773p-27|0x1.99999ap-04"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU), f.f32(0x3eaaaaabU)}, "0.33333334|0.33333334|3.333333e-01|0.333|0.3333333433|11184811p-25|0x1.555556p-02"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x4b800000U), f.f32(0x4b800000U), f.f32(0x4b800000U), f.f32(0x4b800000U), f.f32(0x4b800000U), f.f32(0x4b800000U), f.f32(0x4b800000U)}, "1.6777216e+07|1.6777216e+07|1.677722e+07|16777216.000|16777216|8388608p+1|0x1p+24"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x7f7fffffU), f.f32(0x7f7fffffU), f.f32(0x7f7fffffU), f.f32(0x7f7fffffU), f.f32(0x7f7fffffU), f.f32(0x7f7fffffU), f.f32(0x7f7fffffU)}, "3.4028235e+38|3.4028235e+38|3.402823e+38|340282346638528859811704183484516925440.000|3.402823466e+38|16777215p+104|0x1.fffffep+127"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x00000001U), f.f32(0x00000001U), f.f32(0x00000001U), f.f32(0x00000001U), f.f32(0x00000001U), f.f32(0x00000001U), f.f32(0x00000001U)}, "1e-45|1e-45|1.401298e-45|0.000|1.401298464e-45|1p-149|0x1p-149"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x501502f9U), f.f32(0x501502f9U), f.f32(0x501502f9U), f.f32(0x501502f9U), f.f32(0x501502f9U), f.f32(0x501502f9U), f.f32(0x501502f9U)}, "1e+10|1e+10|1.000000e+10|10000000000.000|1e+10|9765625p+10|0x1.2a05f2p+33"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x3e99999aU), f.f32(0x3e99999aU), f.f32(0x3e99999aU), f.f32(0x3e99999aU), f.f32(0x3e99999aU), f.f32(0x3e99999aU), f.f32(0x3e99999aU)}, "0.3|0.3|3.000000e-01|0.300|0.3000000119|10066330p-25|0x1.333334p-02"sv, ""sv},
      {'f', "%v|%g|%e|%.3f|%.10g|%b|%x"sv, {f.f32(0x40200000U), f.f32(0x40200000U), f.f32(0x40200000U), f.f32(0x40200000U), f.f32(0x40200000U), f.f32(0x40200000U), f.f32(0x40200000U)}, "2.5|2.5|2.500000e+00|2.500|2.5|10485760p-22|0x1.4p+01"sv, ""sv},
      {'f', "%v|%.2f|%+.1e|%g|%v|%v"sv, {f.c128(0x3ff0000000000000ULL, 0x4000000000000000ULL), f.c128(0x3ff8000000000000ULL, 0xc004000000000000ULL), f.c128(0x4008000000000000ULL, 0x4010000000000000ULL), f.c128(0x0000000000000000ULL, 0x0000000000000000ULL), f.c64(0x3dcccccdU, 0xbe4ccccdU), f.c128(0x7ff0000000000000ULL, 0x7ff8000000000001ULL)}, "(1+2i)|(1.50-2.50i)|(+3.0e+00+4.0e+00i)|(0+0i)|(0.1-0.2i)|(+Inf+NaNi)"sv, ""sv},
      {'f', "%08.2f|%-12v|%x"sv, {f.c128(0x3ff0000000000000ULL, 0xc000000000000000ULL), f.c128(0x3ff0000000000000ULL, 0x4000000000000000ULL), f.c128(0x3ff0000000000000ULL, 0x4000000000000000ULL)}, "(00001.00-0002.00i)|(1           +2          i)|(0x1p+00+0x1p+01i)"sv, ""sv},
      {'f', "%s|%10s|%-10s|%.2s|%5.1s|%q|%+q|%#q|%#q|%x|%X|% x|%#x|%# x|%.2x|%v|%#v"sv, {f.s("h\303\251llo"sv), f.s("hi"sv), f.s("hi"sv), f.s("h\303\251llo"sv), f.s("h\303\251llo"sv), f.s("a\"b\012"sv), f.s("\346\227\245\346\234\254"sv), f.s("back`q"sv), f.s("plain"sv), f.s("hi!"sv), f.s("hi!"sv), f.s("abc"sv), f.s("abc"sv), f.s("abc"sv), f.s("abcd"sv), f.s("x\000y"sv), f.s("tab\011here"sv)}, "h\303\251llo|        hi|hi        |h\303\251|    h|\"a\\\"b\\n\"|\"\\u65e5\\u672c\"|\"back`q\"|`plain`|686921|686921|61 62 63|0x616263|0x61 0x62 0x63|6162|x\000y|\"tab\\there\""sv, ""sv},
      {'f', "%q|%+q|%x|%s|%10q|%-10q|%010s|%05d"sv, {f.s("\377\376"sv), f.s("\303\251\360\237\230\200"sv), f.s(""sv), f.s(""sv), f.s("a"sv), f.s("a"sv), f.s("z"sv), f.s("zz"sv)}, "\"\\xff\\xfe\"|\"\\u00e9\\U0001f600\"|||       \"a\"|\"a\"       |000000000z|%!d(string=000zz)"sv, ""sv},
      {'f', "%8x|%-8x|%08x|% 8X|%.0x|%5x"sv, {f.s("ab"sv), f.s("ab"sv), f.s("ab"sv), f.s("ab"sv), f.s("ab"sv), f.s(""sv)}, "    6162|6162    |00006162|   61 62||     "sv, ""sv},
      {'f', "%t|%v|%5t|%-6t|%d|%s"sv, {f.b(true), f.b(false), f.b(true), f.b(false), f.b(true), f.b(false)}, "true|false| true|false |%!d(bool=true)|%!s(bool=false)"sv, ""sv},
      {'f', "%v|%d|%s|%T|%10v|%-6v|%q"sv, {f.nil(), f.nil(), f.nil(), f.nil(), f.nil(), f.nil(), f.nil()}, "<nil>|%!d(<nil>)|%!s(<nil>)|<nil>|     <nil>|<nil> |%!q(<nil>)"sv, ""sv},
      {'f', "%v|%s|%x|%X|% x|%q|%d|%#v|%c|%5s|%.2s|%o"sv, {f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi\012"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hi"sv), f.bytes("hello"sv), f.bytes("\010"sv)}, "[104 105]|hi|6869|6869|68 69|\"hi\\n\"|[104 105]|[]byte{0x68, 0x69}|[h i]|   hi|he|[10]"sv, ""sv},
      {'f', "%v|%s|%x|%#v|%q"sv, {f.nil_bytes(), f.nil_bytes(), f.nil_bytes(), f.nil_bytes(), f.nil_bytes()}, "[]|||[]byte(nil)|\"\""sv, ""sv},
      {'f', "%v|%s|%x|%#v|%T"sv, {f.B("ab"), f.B("ab"), f.B("ab"), f.B("ab"), f.B("ab")}, "[97 98]|ab|6162|main.B{0x61, 0x62}|main.B"sv, ""sv},
      {'f', "%v|%s|%x|%T|%#v"sv, {f.byte_array("abc"), f.byte_array("abc"), f.byte_array("abc"), f.byte_array("abc"), f.byte_array("abc")}, "[97 98 99]|abc|616263|[3]uint8|[3]uint8{0x61, 0x62, 0x63}"sv, ""sv},
      {'f', "%v|%d|%x|%5v|%#v|%T|%s|%q|%c|%03d|%+v"sv, {f.ints({1, 2, 3}), f.ints({1, 2, 3}), f.ints({10, 255}), f.ints({1, 2, 3}), f.ints({1, 2, 3}), f.ints({1, 2, 3}), f.ints({1, 2, 3}), f.ints({1, 2, 3}), f.ints({65, 66}), f.ints({1, 2, 3}), f.ints({1, 2, 3})}, "[1 2 3]|[1 2 3]|[a ff]|[    1     2     3]|[]int{1, 2, 3}|[]int|[%!s(int=1) %!s(int=2) %!s(int=3)]|['\\x01' '\\x02' '\\x03']|[A B]|[001 002 003]|[1 2 3]"sv, ""sv},
      {'f', "%v|%#v|%T|%d|%v|%#v"sv, {f.nil_ints(), f.nil_ints(), f.nil_ints(), f.nil_ints(), f.ints({}), f.ints({})}, "[]|[]int(nil)|[]int|[]|[]|[]int{}"sv, ""sv},
      {'f', "%v|%#v|%T|%x"sv, {f.int_array({1, 2, 3}), f.int_array({1, 2, 3}), f.int_array({1, 2, 3}), f.int_array({1, 2, 3})}, "[1 2 3]|[3]int{1, 2, 3}|[3]int|[1 2 3]"sv, ""sv},
      {'f', "%v|%q|%#v|%x|%s|%d"sv, {f.strs({"a", "b c"}), f.strs({"a", "b c"}), f.strs({"a", "b c"}), f.strs({"a", "b c"}), f.strs({"a", "b c"}), f.strs({"a", "b c"})}, "[a b c]|[\"a\" \"b c\"]|[]string{\"a\", \"b c\"}|[61 622063]|[a b c]|[%!d(string=a) %!d(string=b c)]"sv, ""sv},
      {'f', "%v|%+v|%s"sv, {f.anys({f.i(1), f.s("a"), f.nil(), f.Pt(1, 2), f.pMyErr("x"), f.f64(0x4004000000000000ULL)}), f.anys({f.i(1), f.s("a"), f.nil(), f.Pt(1, 2), f.pMyErr("x"), f.f64(0x4004000000000000ULL)}), f.anys({f.i(1), f.s("a"), f.nil(), f.Pt(1, 2), f.pMyErr("x"), f.f64(0x4004000000000000ULL)})}, "[1 a <nil> (1,2) myerr: x 2.5]|[1 a <nil> (1,2) myerr: x 2.5]|[%!s(int=1) a <nil> (1,2) myerr: x %!s(float64=2.5)]"sv, ""sv},
      {'f', "%v|%s"sv, {f.celsius_slice({1.5, 2}), f.celsius_slice({1.5, 2})}, "[1.5\302\260C 2.0\302\260C]|[1.5\302\260C 2.0\302\260C]"sv, ""sv},
      {'f', "%v|%+v|%#v|%T|%d|%s|%x|%q"sv, {f.T(1, "x"), f.T(1, "x"), f.T(1, "x"), f.T(1, "x"), f.T(1, "x"), f.T(1, "x"), f.T(1, "x"), f.T(1, "x")}, "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}|main.T|{1 %!d(string=x)}|{%!s(int=1) x}|{1 78}|{'\\x01' \"x\"}"sv, ""sv},
      {'f', "%v|%+v|%#v|%T|%s|%d"sv, {f.pT(1, "x"), f.pT(1, "x"), f.pT(1, "x"), f.pT(1, "x"), f.pT(1, "x"), f.pT(1, "x")}, "&{1 x}|&{A:1 B:x}|&main.T{A:1, B:\"x\"}|*main.T|&{%!s(int=1) x}|&{1 %!d(string=x)}"sv, ""sv},
      {'f', "%v|%+v|%#v|%T|%d"sv, {f.nil_pT(), f.nil_pT(), f.nil_pT(), f.nil_pT(), f.nil_pT()}, "<nil>|<nil>|(*main.T)(nil)|*main.T|0"sv, ""sv},
      {'f', "%v|%v"sv, {f.p_ints({1, 2}), f.p_map_si({{"a", 1}})}, "&[1 2]|&map[a:1]"sv, ""sv},
      {'f', "%v|%s|%d|%+v|%#v|%q|%x|%10v|%-8s|%T"sv, {f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2), f.Pt(1, 2)}, "(1,2)|(1,2)|{1 2}|(1,2)|main.Pt{X:1, Y:2}|\"(1,2)\"|28312c3229|     (1,2)|(1,2)   |main.Pt"sv, ""sv},
      {'f', "%v|%s|%d|%T"sv, {f.pPt(1, 2), f.pPt(1, 2), f.pPt(1, 2), f.pPt(1, 2)}, "(1,2)|(1,2)|&{1 2}|*main.Pt"sv, ""sv},
      {'f', "%v|%v|%s|%+v"sv, {f.PP(3), f.pPP(3), f.PP(3), f.PP(3)}, "{3}|PP!|{%!s(int=3)}|{N:3}"sv, ""sv},
      {'f', "%v|%s|%q|%x|%d|%#v|%+v"sv, {f.pMyErr("bad"), f.pMyErr("bad"), f.pMyErr("bad"), f.pMyErr("bad"), f.pMyErr("bad"), f.pMyErr("bad"), f.pMyErr("bad")}, "myerr: bad|myerr: bad|\"myerr: bad\"|6d796572723a20626164|&{%!d(string=bad)}|&main.MyErr{msg:\"bad\"}|myerr: bad"sv, ""sv},
      {'f', "%v|%+v"sv, {f.MyErr("bad"), f.MyErr("bad")}, "{bad}|{msg:bad}"sv, ""sv},
      {'f', "%v|%s|%d|%+v|%v"sv, {f.Panicky(), f.Panicky(), f.Panicky(), f.Panicky(), f.nil_pPanicky()}, "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{}|%!v(PANIC=String method: boom)|<nil>"sv, ""sv},
      {'f', "%v|%.2f|%s|%d|%T|%5.1f|%x"sv, {f.Celsius(21.5), f.Celsius(21.5), f.Celsius(21.5), f.Celsius(21.5), f.Celsius(21.5), f.Celsius(21.5), f.Celsius(21.5)}, "21.5\302\260C|21.50|21.5\302\260C|%!d(main.Celsius=21.5)|main.Celsius| 21.5|32312e35c2b043"sv, ""sv},
      {'f', "%v|%+v|%#v|%s"sv, {f.Wrapper(1, 2, 3, 4), f.Wrapper(1, 2, 3, 4), f.Wrapper(1, 2, 3, 4), f.Wrapper(1, 2, 3, 4)}, "{(1,2) {3 4}}|{Pub:(1,2) priv:{X:3 Y:4}}|main.Wrapper{Pub:main.Pt{X:1, Y:2}, priv:main.Pt{X:3, Y:4}}|{(1,2) {%!s(int=3) %!s(int=4)}}"sv, ""sv},
      {'f', "%v|%+v"sv, {f.Outer(), f.Outer()}, "{<nil> {1 2.5} [1 2] map[a:2 k:1] (3,4) myerr: bad {5 6}}|{P:<nil> In:{x:1 Y:2.5} S:[1 2] M:map[a:2 k:1] I:(3,4) E:myerr: bad p:{X:5 Y:6}}"sv, ""sv},
      {'f', "%v|%+v|%#v|%d"sv, {f.ES(), f.ES(), f.ES(), f.ES()}, "{<nil>}|{Err:<nil>}|main.ES{Err:error(nil)}|{<nil>}"sv, ""sv},
      {'f', "%v|%+v|%#v|%d|%x|%T|%s"sv, {f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}})}, "map[a:1 b:2 c:3]|map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2, \"c\":3}|map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]|map[61:1 62:2 63:3]|map[string]int|map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]"sv, ""sv},
      {'f', "%v|%#v|%d"sv, {f.nil_map_si(), f.nil_map_si(), f.nil_map_si()}, "map[]|map[string]int(nil)|map[]"sv, ""sv},
      {'f', "%v|%#v|%q"sv, {f.map_is({{3, "c"}, {-1, "z"}, {2, "b"}}), f.map_is({{3, "c"}, {-1, "z"}, {2, "b"}}), f.map_is({{3, "c"}, {-1, "z"}, {2, "b"}})}, "map[-1:z 2:b 3:c]|map[int]string{-1:\"z\", 2:\"b\", 3:\"c\"}|map['\357\277\275':\"z\" '\\x02':\"b\" '\\x03':\"c\"]"sv, ""sv},
      {'f', "%v"sv, {f.map_fi({{NAN, 1}, {2.5, 2}, {-INFINITY, 3}, {-0.5, 4}})}, "map[NaN:1 -Inf:3 -0.5:4 2.5:2]"sv, ""sv},
      {'f', "%v"sv, {f.map_bi({{true, 1}, {false, 0}})}, "map[false:0 true:1]"sv, ""sv},
      {'f', "%v|%#v"sv, {f.map_pts({{2, 1, "a"}, {1, 2, "b"}, {1, 1, "c"}}), f.map_pts({{2, 1, "a"}})}, "map[(1,1):c (1,2):b (2,1):a]|map[main.Pt]string{main.Pt{X:2, Y:1}:\"a\"}"sv, ""sv},
      {'f', "%v"sv, {f.map_ai({{f.i(3), 1}, {f.nil(), 0}, {f.i(1), 2}})}, "map[<nil>:0 1:2 3:1]"sv, ""sv},
      {'f', "%d"sv, {f.s("hi"sv)}, "%!d(string=hi)"sv, ""sv},
      {'f', "%!|%z"sv, {f.i(1), f.i(2)}, "%!!(int=1)|%!z(int=2)"sv, ""sv},
      {'f', "%d %d"sv, {f.i(1)}, "1 %!d(MISSING)"sv, ""sv},
      {'f', "%d"sv, {f.i(1), f.i(2), f.s("x"sv)}, "1%!(EXTRA int=2, string=x)"sv, ""sv},
      {'f', "hi"sv, {f.i(3), f.nil()}, "hi%!(EXTRA int=3, <nil>)"sv, ""sv},
      {'f', "%"sv, {}, "%!(NOVERB)"sv, ""sv},
      {'f', "%-"sv, {}, "%!(NOVERB)"sv, ""sv},
      {'f', "%*d|%-*d|%.*f|%*.*f"sv, {f.i(5), f.i(1), f.i(5), f.i(2), f.i(2), f.f64(0x400921f9f01b866eULL), f.i(8), f.i(3), f.f64(0x4004000000000000ULL)}, "    1|2    |3.14|   2.500"sv, ""sv},
      {'f', "%*d"sv, {f.s("x"sv), f.i(1)}, "%!(BADWIDTH)1"sv, ""sv},
      {'f', "%.*d"sv, {f.s("x"sv), f.i(1)}, "%!(BADPREC)1"sv, ""sv},
      {'f', "%*d"sv, {f.i(-4), f.i(7)}, "7   "sv, ""sv},
      {'f', "%.*d"sv, {f.i(-1), f.i(7)}, "%!(BADPREC)7"sv, ""sv},
      {'f', "%*d"sv, {f.i(10000000), f.i(1)}, "%!(BADWIDTH)1"sv, ""sv},
      {'f', "%[2]d %[1]d"sv, {f.i(1), f.i(2)}, "2 1"sv, ""sv},
      {'f', "%[3]d"sv, {f.i(1), f.i(2)}, "%!d(BADINDEX)"sv, ""sv},
      {'f', "%[0]d|%[x]d"sv, {f.i(1)}, "%!d(BADINDEX)|%!d(BADINDEX)"sv, ""sv},
      {'f', "%[2]*[1]d"sv, {f.i(12), f.i(5)}, "   12"sv, ""sv},
      {'f', "%d %d %[1]d %d"sv, {f.i(1), f.i(2)}, "1 2 1 2"sv, ""sv},
      {'f', "%.[2]d"sv, {f.i(1), f.i(2)}, "2"sv, ""sv},
      {'f', "%[1]2d"sv, {f.i(1)}, "%!d(BADINDEX)"sv, ""sv},
      {'f', "%[1]d"sv, {f.i(1), f.i(2)}, "1"sv, ""sv},
      {'f', "%w"sv, {f.i(1)}, "%!w(int=1)"sv, ""sv},
      {'f', "%s|%v|%d"sv, {f.nil_func(), f.nil_func(), f.nil_func()}, "%!s(func()=<nil>)|<nil>|0"sv, ""sv},
      {'f', "%T|%T|%T|%T|%T|%T"sv, {f.nil_func(), f.map_si({{"b", 2}, {"a", 1}, {"c", 3}}), f.anys({}), f.f32(0x3f800000U), f.c64(0x3f800000U, 0x3f800000U), f.map_ai({})}, "func()|map[string]int|[]interface {}|float32|complex64|map[interface {}]int"sv, ""sv},
      {'f', "%v %s"sv, {f.nil_pT_slice(), f.nil_err_slice()}, "[<nil>] [<nil>]"sv, ""sv},
      {'f', "%\303\251|%\342\230\272"sv, {f.i(1), f.i(2)}, "%!\303\251(int=1)|%!\342\230\272(int=2)"sv, ""sv},
      {'f', "%!d(BADINDEX)|%5%|%-5%|%05%"sv, {f.i(1)}, "%!!(int=1)d(BADINDEX)|%|%|%"sv, ""sv},
      {'f', "%v|%s"sv, {f.pMyErr("plain"), f.err_slice({"e1"})}, "myerr: plain|[myerr: e1]"sv, ""sv},
      {'f', "%x|%X|% x"sv, {f.pMyErr("ab"), f.Pt(1, 2), f.Pt(1, 2)}, "6d796572723a206162|28312C3229|28 31 2c 32 29"sv, ""sv},
      {'f', "%6.2v|%-6v|%06v"sv, {f.Pt(1, 2), f.ints({1, 2}), f.ints({1, -2})}, "    (1|[1      2     ]|[000001 -00002]"sv, ""sv},
      {'f', "%v|%+v|%#v|%T"sv, {f.Emb(7, "n"), f.Emb(7, "n"), f.Emb(7, "n"), f.Emb(7, "n")}, "{{7} n}|{Base:{ID:7} Name:n}|main.Emb{Base:main.Base{ID:7}, Name:\"n\"}|main.Emb"sv, ""sv},
      {'p', ""sv, {f.Name("bob"), f.i(1), f.Name("bob"), f.Name("bob"), f.i(2), f.i(3)}, "bob1bobbob2 3"sv, ""sv},
      {'f', "%v|%q|%x|%d|%#v|%T"sv, {f.Name("bob"), f.Name("bob"), f.Name("bob"), f.Name("bob"), f.Name("bob"), f.Name("bob")}, "bob|\"bob\"|626f62|%!d(main.Name=bob)|\"bob\"|main.Name"sv, ""sv},
      {'f', "%v|%+v|%s"sv, {f.pt_ptrs(), f.pt_ptrs(), f.pt_ptrs()}, "[(1,2) <nil>]|[(1,2) <nil>]|[(1,2) <nil>]"sv, ""sv},
      {'f', "%v|%s"sv, {f.map_s_ppt(), f.map_s_ppt()}, "map[a:(1,2) b:(3,4)]|map[a:(1,2) b:(3,4)]"sv, ""sv},
      {'f', "%v|%#v|%+v"sv, {f.map_s_ints(), f.map_s_ints(), f.map_s_ints()}, "map[a:[] x:[1 2]]|map[string][]int{\"a\":[]int(nil), \"x\":[]int{1, 2}}|map[a:[] x:[1 2]]"sv, ""sv},
      {'f', "%v|%#v"sv, {f.map_s_map_si(), f.map_s_map_si()}, "map[o:map[b:2 z:1]]|map[string]map[string]int{\"o\":map[string]int{\"b\":2, \"z\":1}}"sv, ""sv},
      {'f', "%v|%s|%x|%q|%+v|%#v"sv, {f.BytesBox("hi"), f.BytesBox("hi"), f.BytesBox("hi"), f.BytesBox("hi"), f.BytesBox("hi"), f.BytesBox("hi")}, "{[104 105]}|{hi}|{6869}|{\"hi\"}|{Data:[104 105]}|main.BytesBox{Data:[]uint8{0x68, 0x69}}"sv, ""sv},
      {'f', "%v|%s|%d"sv, {f.ErrPanics(), f.ErrPanics(), f.ErrPanics()}, "%!v(PANIC=Error method: kaboom)|%!s(PANIC=Error method: kaboom)|{}"sv, ""sv},
      {'f', "%v|%+5v|%s"sv, {f.anys({f.Panicky(), f.nil_pPt(), f.ErrPanics()}), f.anys({f.Panicky(), f.nil_pPt(), f.ErrPanics()}), f.anys({f.Panicky(), f.nil_pPt(), f.ErrPanics()})}, "[%!v(PANIC=String method: boom) <nil> %!v(PANIC=Error method: kaboom)]|[%!v(PANIC=String method: boom) <nil> %!v(PANIC=Error method: kaboom)]|[%!s(PANIC=String method: boom) <nil> %!s(PANIC=Error method: kaboom)]"sv, ""sv},
      {'f', "%v|%x|%X|%o|%q|%s"sv, {f.anon(10, "xy"), f.T(255, "xy"), f.T(255, "xy"), f.T(8, "x"), f.T(65, "x"), f.T(1, "x")}, "{10 xy}|{ff 7879}|{FF 7879}|{10 %!o(string=x)}|{'A' \"x\"}|{%!s(int=1) x}"sv, ""sv},
      {'f', "%T|%v|%#v"sv, {f.anon(10, "xy"), f.anon(10, "xy"), f.anon(10, "xy")}, "struct { A int; B string }|{10 xy}|struct { A int; B string }{A:10, B:\"xy\"}"sv, ""sv},
      {'l', ""sv, {f.bytes("hi"sv), f.bytes("\001"sv), f.Name("n")}, "[104 105] [1] n\012"sv, ""sv},
      {'f', "%v"sv, {f.map_ai({{f.s("s"sv), 1}, {f.i(2), 2}, {f.f64(0x3ff8000000000000ULL), 3}, {f.b(false), 4}, {f.i8(1), 5}, {f.u(3), 6}, {f.i64(4), 7}, {f.f32(0x3f800000U), 8}, {f.u8(9), 9}, {f.i32(7), 10}, {f.u64(1), 11}, {f.i16(2), 12}, {f.u16(3), 13}, {f.u32(4), 14}, {f.uptr(5), 15}, {f.c128(0x3ff0000000000000ULL, 0x3ff0000000000000ULL), 16}, {f.c64(0x3f800000U, 0), 17}, {f.nil(), 0}})}, "map[<nil>:0 s:1 1:5 9:9 2:12 3:13 7:10 4:14 4:7 1:11 2:2 3:6 5:15 (1+0i):17 (1+1i):16 1:8 1.5:3 false:4]"sv, ""sv},
      {'p', ""sv, {f.i(1), f.i(2), f.s("a"sv), f.s("b"sv), f.i(3), f.f64(0x3ff8000000000000ULL), f.nil(), f.b(true), f.s("c"sv), f.ints({1}), f.Pt(1, 2)}, "1 2ab3 1.5 <nil> truec[1] (1,2)"sv, ""sv},
      {'p', ""sv, {f.s("a"sv), f.i(1), f.s("b"sv)}, "a1b"sv, ""sv},
      {'p', ""sv, {f.Celsius(1), f.Celsius(2)}, "1.0\302\260C 2.0\302\260C"sv, ""sv},
      {'l', ""sv, {f.i(1), f.i(2), f.s("a"sv), f.s("b"sv), f.nil(), f.f64(0x444b1ae4d6e2ef50ULL), f.f64(0x4415af1d78b58c40ULL), f.f32(0x3dcccccdU), f.Pt(1, 2), f.pT(1, "x")}, "1 2 a b <nil> 1e+21 1e+20 0.1 (1,2) &{1 x}\012"sv, ""sv},
      {'l', ""sv, {}, "\012"sv, ""sv},
      {'p', ""sv, {}, ""sv, ""sv},
      {'e', "wrap: %w"sv, {f.pMyErr("inner")}, "wrap: myerr: inner"sv, "one:true"sv},
      {'e', "wrap: %w and %w"sv, {f.pMyErr("inner"), f.pMyErr("inner")}, "wrap: myerr: inner and myerr: inner"sv, "many:2"sv},
      {'e', "%w|%v|%w"sv, {f.i(1), f.pMyErr("inner"), f.nil()}, "%!w(int=1)|myerr: inner|%!w(<nil>)"sv, "many:0"sv},
      {'e', "%[2]w %[1]w %[2]w"sv, {f.pMyErr("inner"), f.pMyErr("inner")}, "myerr: inner myerr: inner myerr: inner"sv, "many:2"sv},
      {'e', "%d %s"sv, {f.i(1), f.s("x"sv)}, "1 x"sv, "none"sv},
      {'e', "%#w|%+w|%x"sv, {f.pMyErr("inner"), f.pMyErr("inner"), f.pMyErr("inner")}, "&%!w(main.MyErr=main.MyErr{msg:\"inner\"})|myerr: inner|6d796572723a20696e6e6572"sv, "many:2"sv},
  };
}

}  // namespace

TEST_CASE("fmt: Sprintf/Sprint/Sprintln/Errorf match Go 1.23 byte for byte") {
  Fx f;
  std::vector<Case> cases = recorded_cases(f);
  for (const Case& c : cases) {
    std::string got;
    std::span<const GoEface> args(c.args);
    switch (c.kind) {
      case 'f': got = gs::lib::fmt::sprintf(c.format, args, f.host); break;
      case 'p': got = gs::lib::fmt::sprint(args, f.host); break;
      case 'l': got = gs::lib::fmt::sprintln(args, f.host); break;
      case 'e': {
        auto r = gs::lib::fmt::errorf(c.format, args, f.host);
        got = r.text;
        CHECK(summarize_wrapping(f, r, c.args) == c.wrapped);
        break;
      }
    }
    INFO("format: " << c.format);
    CHECK(got == c.want);
  }
}

TEST_CASE("fmt: pointers below the top level print their address") {
  Fx f;
  GoEface p = f.pT(1, "x");
  Word addr = p.data;
  char hex[32];
  std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(addr));
  std::vector<GoEface> one{f.anys({p})};
  CHECK(gs::lib::fmt::sprintf("%v", one, f.host) == "[" + std::string(hex) + "]");
  std::vector<GoEface> top{p};
  CHECK(gs::lib::fmt::sprintf("%p", top, f.host) == hex);
  CHECK(gs::lib::fmt::sprintf("%#p", top, f.host) == std::string(hex + 2));
  CHECK(gs::lib::fmt::sprintf("%#v", one, f.host) == "[]interface {}{(*main.T)(" + std::string(hex) + ")}");
  std::vector<GoEface> nilp{f.nil_pT()};
  CHECK(gs::lib::fmt::sprintf("%p|%#v", std::vector<GoEface>{nilp[0], nilp[0]}, f.host) == "0x0|(*main.T)(nil)");
}

TEST_CASE("fmt: methods reached through unexported fields are not called") {
  Fx f;
  std::vector<GoEface> w{f.Wrapper(1, 2, 3, 4)};
  f.host.calls = 0;
  CHECK(gs::lib::fmt::sprint(w, f.host) == "{(1,2) {3 4}}");
  CHECK(f.host.calls == 1);
}

TEST_CASE("fmt: map entries are printed in fmtsort order whatever the map's order") {
  Fx f;
  std::vector<GoEface> a{f.map_is({{3, "c"}, {1, "a"}, {2, "b"}})};
  std::vector<GoEface> b{f.map_is({{2, "b"}, {3, "c"}, {1, "a"}})};
  CHECK(gs::lib::fmt::sprint(a, f.host) == "map[1:a 2:b 3:c]");
  CHECK(gs::lib::fmt::sprint(b, f.host) == "map[1:a 2:b 3:c]");
}

namespace {
const gs::lib::Native& fmt_native(std::string_view name) {
  for (const auto& n : gs::lib::fmt_natives())
    if (n.name == name) return n;
  FAIL("no fmt native " << name);
  static gs::lib::Native none{};
  return none;
}

// Installs a host on this thread for the scope (as the VM does around Go code).
struct WithHost {
  gs::lib::Host* previous;
  explicit WithHost(gs::lib::Host* h) : previous(gs::lib::current_host()) { gs::lib::current_host() = h; }
  ~WithHost() { gs::lib::current_host() = previous; }
};
}  // namespace

TEST_CASE("fmt: natives follow the frame ABI") {
  Fx f;
  WithHost with(&f.host);
  std::vector<GoEface> args{f.i(42), f.s("go"), f.pMyErr("e")};
  GoSlice a;
  a.ptr = W(args.data());
  a.len = a.cap = static_cast<int64_t>(args.size());

  SUBCASE("sprintf(format string, a []any) string") {
    alignas(8) uint8_t frame[56] = {};
    gs::lib::put(frame, 0, f.gs("%05d %q %v"));
    gs::lib::put(frame, 16, a);
    fmt_native("sprintf").fn(frame);
    CHECK(gs::lib::arg<GoString>(frame, 40).view() == "00042 \"go\" myerr: e");
  }
  SUBCASE("sprint(a []any) string; sprintln(a []any) string") {
    alignas(8) uint8_t frame[40] = {};
    gs::lib::put(frame, 0, a);
    fmt_native("sprint").fn(frame);
    CHECK(gs::lib::arg<GoString>(frame, 24).view() == "42gomyerr: e");
    fmt_native("sprintln").fn(frame);
    CHECK(gs::lib::arg<GoString>(frame, 24).view() == "42 go myerr: e\n");
  }
  SUBCASE("errorf(format string, a []any) (msg string, wrapped []int, reordered bool)") {
    alignas(8) uint8_t frame[88] = {};
    gs::lib::put(frame, 0, f.gs("%[3]w: %[1]d"));
    gs::lib::put(frame, 16, a);
    fmt_native("errorf").fn(frame);
    CHECK(gs::lib::arg<GoString>(frame, 40).view() == "myerr: e: 42");
    GoSlice wrapped = gs::lib::arg<GoSlice>(frame, 56);
    REQUIRE(wrapped.len == 1);
    CHECK(static_cast<const int64_t*>(wrapped.data())[0] == 2);
    CHECK(gs::lib::arg<uint8_t>(frame, 80) == 1);
  }
  SUBCASE("writeFd(fd int, s string) int") {
    alignas(8) uint8_t frame[32] = {};
    gs::lib::put(frame, 0, int64_t{1});
    gs::lib::put(frame, 8, f.gs("hello\n"));
    fmt_native("writeFd").fn(frame);
    CHECK(gs::lib::arg<int64_t>(frame, 24) == 6);
    CHECK(f.host.fd_out[1] == "hello\n");
  }
}
