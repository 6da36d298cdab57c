// Type descriptors: amd64 sizes/alignments/offsets and type strings equal real Go
// 1.23's (tests/go/layout/sizes.want); pointer bitmaps, canonical identity, kinds,
// hashes and Go's equality rules.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <sstream>

#include "go_testdata.h"
#include "types/type.h"

using namespace gs::types;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

const Type* I(Universe& u, Kind k) { return u.basic(k); }

// The types of tests/go/layout/sizes.go, built with our Universe, by the name the Go
// program prints.
std::map<std::string, const Type*> build_sizes_types(Universe& u) {
  std::map<std::string, const Type*> m;
  const Kind basics[] = {Kind::Bool,    Kind::Int,     Kind::Int8,    Kind::Int16,     Kind::Int32,
                         Kind::Int64,   Kind::Uint,    Kind::Uint8,   Kind::Uint16,    Kind::Uint32,
                         Kind::Uint64,  Kind::Uintptr, Kind::Float32, Kind::Float64,   Kind::Complex64,
                         Kind::Complex128, Kind::String, Kind::UnsafePointer};
  for (Kind k : basics) m[kind_name(k)] = u.basic(k);
  const Type* i = I(u, Kind::Int);
  const Type* str = I(u, Kind::String);
  const Type* b = I(u, Kind::Bool);
  m["*int"] = u.ptr_to(i);
  m["[]int"] = u.slice_of(i);
  m["[3]int"] = u.array_of(i, 3);
  m["[0]int"] = u.array_of(i, 0);
  m["[5]byte"] = u.array_of(u.byte_type(), 5);
  m["[3]string"] = u.array_of(str, 3);
  m["map[string]int"] = u.map_of(str, i);
  m["chan int"] = u.chan_of(i, ChanDir::Both);
  m["<-chan int"] = u.chan_of(i, ChanDir::Recv);
  m["chan<- string"] = u.chan_of(str, ChanDir::Send);
  m["chan (<-chan int)"] = u.chan_of(u.chan_of(i, ChanDir::Recv), ChanDir::Both);
  m["func(int) string"] = u.func_of({i}, {str}, false);
  m["func(...int)"] = u.func_of({u.slice_of(i)}, {}, true);
  m["func(int, int, string) (int, error)"] = u.func_of({i, i, str}, {i, u.error_type()}, false);
  m["interface {}"] = u.any_type();
  m["interface { M() }"] = u.interface_of({{"M", u.func_of({}, {}, false)}});
  m["interface { A(); Z(int) bool }"] =
      u.interface_of({{"Z", u.func_of({i}, {b}, false)}, {"A", u.func_of({}, {}, false)}});
  m["error"] = u.error_type();
  auto named = [&](const char* name, std::vector<FieldSpec> fields) {
    const Type* t = u.named("main", name, u.struct_of(fields));
    m[std::string("main.") + name] = t;
    return t;
  };
  const Type* empty = u.struct_of({});
  const Type* s1 = named("S1", {{"a", b}, {"b", I(u, Kind::Int64)}, {"c", b}});
  named("S2", {{"a", b}, {"b", b}, {"c", I(u, Kind::Int32)}, {"d", str}});
  named("S3", {{"a", I(u, Kind::Int64)}, {"z", empty}});
  named("S4", {});
  named("S5", {{"a", u.byte_type()}, {"z", u.array_of(I(u, Kind::Int64), 0)}});
  named("S6", {{"a", I(u, Kind::Int32)}, {"b", I(u, Kind::Complex64)}, {"c", I(u, Kind::Int16)}});
  named("S7", {{"x", u.array_of(u.byte_type(), 3)}, {"y", I(u, Kind::Uint16)}});
  const Type* inner = u.struct_of({{"c", I(u, Kind::Int8)}, {"d", I(u, Kind::Int32)}});
  named("S8", {{"a", u.ptr_to(i)}, {"b", u.array_of(inner, 2)}});
  named("S9", {{"s", u.slice_of(i)},
               {"m", u.map_of(i, i)},
               {"e", u.error_type()},
               {"f", u.func_of({}, {}, false)}});
  named("S10", {{"z", empty}, {"a", I(u, Kind::Int32)}});
  named("S11", {{"a", I(u, Kind::Int8)}, {"z", u.array_of(u.byte_type(), 0)}});
  named("S12", {{"S1", s1, true}, {"x", I(u, Kind::Int8)}});
  named("S13", {{"c", I(u, Kind::Complex128)},
                {"b", b},
                {"i", u.any_type()},
                {"u", I(u, Kind::Uintptr)},
                {"p", I(u, Kind::UnsafePointer)},
                {"f", I(u, Kind::Float32)}});
  m["anon"] = u.struct_of({{"A", i, false, "json:\"a\""}, {"B", u.slice_of(str)}});
  m["[2]main.S1"] = u.array_of(s1, 2);
  m["*main.S1"] = u.ptr_to(s1);
  m["[][]uint8"] = u.slice_of(u.slice_of(u.byte_type()));
  m["map[int][]string"] = u.map_of(i, u.slice_of(str));
  return m;
}

template <class T>
void put(void* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

}  // namespace

TEST_CASE("sizes, alignments, offsets and type strings equal real Go 1.23 on amd64") {
  auto lines = gs::testdata::read_go_lines("layout/sizes.want");
  REQUIRE(lines.size() > 80);
  Universe u;
  auto types = build_sizes_types(u);
  size_t type_lines = 0, field_lines = 0;
  for (const std::string& line : lines) {
    auto f = split(line, '|');
    REQUIRE(f.size() >= 4);
    INFO(line);
    auto it = types.find(f[1]);
    REQUIRE_MESSAGE(it != types.end(), "no C++ type built for " << f[1]);
    const Type* t = it->second;
    REQUIRE(t != nullptr);
    if (f[0] == "type") {
      REQUIRE(f.size() == 5);
      type_lines++;
      CHECK(unsafe_sizeof(t) == std::stoull(f[2]));
      CHECK(unsafe_alignof(t) == std::stoull(f[3]));
      // The Go program prints interfaces through a pointer (*interface {}).
      const std::string& want = f[4];
      if (want[0] == '*' && t->kind == Kind::Interface) {
        CHECK(u.ptr_to(t)->str == want);
      } else {
        CHECK(t->str == want);
      }
    } else {
      REQUIRE(f[0] == "field");
      field_lines++;
      const StructType* st = t->struct_type();
      REQUIRE(st != nullptr);
      size_t index = st->fields.size();
      for (size_t k = 0; k < st->fields.size(); k++)
        if (st->fields[k].name == f[2]) index = k;
      REQUIRE(index < st->fields.size());
      CHECK(unsafe_offsetof(t, index) == std::stoull(f[3]));
    }
  }
  CHECK(type_lines == types.size());
  CHECK(field_lines > 30);
}

TEST_CASE("kinds use Go's numbering and names") {
  CHECK(static_cast<int>(Kind::Bool) == 1);
  CHECK(static_cast<int>(Kind::Array) == 17);
  CHECK(static_cast<int>(Kind::Pointer) == 22);
  CHECK(static_cast<int>(Kind::UnsafePointer) == 26);
  CHECK(std::string(kind_name(Kind::Pointer)) == "ptr");
  CHECK(std::string(kind_name(Kind::UnsafePointer)) == "unsafe.Pointer");
  CHECK(std::string(kind_name(static_cast<Kind>(99))) == "invalid");
  Universe u;
  CHECK(u.basic(Kind::Int)->kind == Kind::Int);
  CHECK(u.basic(Kind::Int)->named());
  CHECK(u.byte_type() == u.basic(Kind::Uint8));
  CHECK(u.rune_type() == u.basic(Kind::Int32));
  CHECK(u.error_type()->kind == Kind::Interface);
  CHECK(u.error_type()->str == "error");
  CHECK(u.ptr_to(u.basic(Kind::Int))->elem() == u.basic(Kind::Int));
  CHECK(u.map_of(u.basic(Kind::String), u.basic(Kind::Bool))->map_type()->key == u.basic(Kind::String));
  CHECK(u.array_of(u.basic(Kind::Int), 4)->array_type()->slice == u.slice_of(u.basic(Kind::Int)));
}

TEST_CASE("pointer bitmaps mark exactly the words that hold pointers") {
  Universe u;
  const Type* i = u.basic(Kind::Int);
  const Type* str = u.basic(Kind::String);
  CHECK(i->ptrdata == 0);
  CHECK(i->gcdata.empty());
  CHECK(str->ptrdata == 8);
  CHECK(str->gcdata == std::vector<uint8_t>{0x01});
  CHECK(u.slice_of(i)->ptrdata == 8);
  CHECK(u.any_type()->ptrdata == 16);
  CHECK(u.any_type()->gcdata == std::vector<uint8_t>{0x03});
  CHECK(u.map_of(i, i)->ptrdata == 8);
  CHECK(u.basic(Kind::UnsafePointer)->ptrdata == 8);
  // [3]string: words 0, 2, 4; ptrdata stops after the last pointer.
  const Type* a = u.array_of(str, 3);
  CHECK(a->ptrdata == 40);
  CHECK(a->gcdata == std::vector<uint8_t>{0x15});
  // struct{ s []int; m map; e error; f func() }: words 0, 3, 4, 5, 6.
  const Type* s9 = u.struct_of({{"s", u.slice_of(i)},
                                {"m", u.map_of(i, i)},
                                {"e", u.error_type()},
                                {"f", u.func_of({}, {}, false)}});
  CHECK(s9->ptrdata == 56);
  CHECK(s9->gcdata == std::vector<uint8_t>{0x79});
  // struct{ a int64; p *int; b [4]int64 }: only word 1; the scalar tail isn't covered.
  const Type* mid = u.struct_of({{"a", i}, {"p", u.ptr_to(i)}, {"b", u.array_of(i, 4)}});
  CHECK(mid->size == 48);
  CHECK(mid->ptrdata == 16);
  CHECK(mid->gcdata == std::vector<uint8_t>{0x02});
  CHECK(mid->word_is_pointer(1));
  CHECK_FALSE(mid->word_is_pointer(0));
  CHECK_FALSE(mid->word_is_pointer(5));
  // Arrays of structs repeat the element's bits: [10]struct{p *int; x int} -> every other word.
  const Type* big = u.array_of(u.struct_of({{"p", u.ptr_to(i)}, {"x", i}}), 10);
  CHECK(big->ptrdata == 9 * 16 + 8);
  CHECK(big->gcdata == std::vector<uint8_t>{0x55, 0x55, 0x05});
  CHECK(u.array_of(str, 0)->ptrdata == 0);
  CHECK(u.array_of(i, 1000)->ptrdata == 0);
}

TEST_CASE("unnamed types are canonical; named types are distinct") {
  Universe u;
  const Type* i = u.basic(Kind::Int);
  CHECK(u.ptr_to(i) == u.ptr_to(i));
  CHECK(u.slice_of(i) == u.slice_of(i));
  CHECK(u.array_of(i, 3) == u.array_of(i, 3));
  CHECK(u.array_of(i, 3) != u.array_of(i, 4));
  CHECK(u.map_of(i, i) == u.map_of(i, i));
  CHECK(u.chan_of(i, ChanDir::Recv) != u.chan_of(i, ChanDir::Both));
  CHECK(u.func_of({i}, {i}, false) == u.func_of({i}, {i}, false));
  CHECK(u.func_of({u.slice_of(i)}, {}, true) != u.func_of({u.slice_of(i)}, {}, false));
  CHECK(u.struct_of({{"a", i}}) == u.struct_of({{"a", i}}));
  CHECK(u.struct_of({{"a", i}}) != u.struct_of({{"b", i}}));
  CHECK(u.struct_of({{"a", i, false, "x"}}) != u.struct_of({{"a", i}}));
  CHECK(u.struct_of({{"a", i}}, "main") != u.struct_of({{"a", i}}, "other"));
  CHECK(u.interface_of({}) == u.any_type());
  const Type* m = u.func_of({}, {}, false);
  CHECK(u.interface_of({{"B", m}, {"A", m}}) == u.interface_of({{"A", m}, {"B", m}}));
  const Type* t1 = u.named("main", "T", i);
  const Type* t2 = u.named("main", "T", i);
  CHECK(t1 != t2);
  CHECK(t1->str == "main.T");
  CHECK(t1->hash == t2->hash);
  CHECK(u.ptr_to(t1) != u.ptr_to(t2));
  CHECK(u.ptr_to(t1) != u.ptr_to(i));
  size_t before = u.count();
  u.ptr_to(i);
  CHECK(u.count() == before);
}

TEST_CASE("type hash is FNV-1a of the type string") {
  CHECK(type_hash("") == 0x811c9dc5u);
  CHECK(type_hash("a") == 0xe40c292cu);
  Universe u;
  const Type* s = u.slice_of(u.basic(Kind::Int));
  CHECK(s->hash == type_hash("[]int"));
  CHECK(u.basic(Kind::Int)->hash == type_hash("int"));
}

TEST_CASE("a recursive named type is declared before its underlying type") {
  Universe u;
  Type* node = u.declare_named("main", "Node");
  CHECK(node->kind == Kind::Invalid);
  const Type* next = u.ptr_to(node);
  CHECK(next->str == "*main.Node");
  CHECK(u.array_of(node, 2) == nullptr);          // size unknown yet
  CHECK(u.struct_of({{"n", node}}) == nullptr);  // likewise
  const Type* body = u.struct_of({{"next", next}, {"val", u.basic(Kind::Int)}, {"kids", u.slice_of(node)}});
  REQUIRE(body != nullptr);
  CHECK(u.set_underlying(node, body));
  CHECK_FALSE(u.set_underlying(node, body));  // only once
  CHECK(node->kind == Kind::Struct);
  CHECK(node->size == 40);
  CHECK(node->ptrdata == 24);
  CHECK(node->gcdata == std::vector<uint8_t>{0x05});
  CHECK(node->struct_type()->fields[0].typ->elem() == node);
  CHECK_FALSE(node->comparable());  // holds a slice
  CHECK(node->str == "main.Node");
}

TEST_CASE("method tables are sorted exported-first as Go does") {
  Universe u;
  Type* t = u.declare_named("main", "T");
  u.set_underlying(t, u.basic(Kind::Int));
  const Type* sig = u.func_of({}, {u.basic(Kind::String)}, false);
  u.set_methods(t, {{"zeta", sig}, {"String", sig}, {"alpha", sig}, {"Area", sig}});
  REQUIRE(t->uncommon != nullptr);
  CHECK((t->tflag & kTFlagUncommon) != 0);
  const auto& ms = t->uncommon->methods;
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].name == "Area");
  CHECK(ms[1].name == "String");
  CHECK(ms[2].name == "alpha");
  CHECK(ms[3].name == "zeta");
  CHECK(t->uncommon->xcount == 2);
  CHECK(t->uncommon->pkg_path == "main");
}

TEST_CASE("direct interface types are the pointer-shaped ones") {
  Universe u;
  const Type* i = u.basic(Kind::Int);
  const Type* p = u.ptr_to(i);
  CHECK(p->direct_iface);
  CHECK(u.map_of(i, i)->direct_iface);
  CHECK(u.chan_of(i, ChanDir::Both)->direct_iface);
  CHECK(u.func_of({}, {}, false)->direct_iface);
  CHECK(u.struct_of({{"p", p}})->direct_iface);
  CHECK(u.array_of(p, 1)->direct_iface);
  CHECK_FALSE(u.array_of(p, 2)->direct_iface);
  CHECK_FALSE(u.struct_of({{"p", p}, {"q", p}})->direct_iface);
  CHECK_FALSE(i->direct_iface);
  CHECK_FALSE(u.basic(Kind::String)->direct_iface);
}

TEST_CASE("equality: floats, strings, padding, blank fields, no equality for slices/maps/funcs") {
  Universe u;
  const Type* f64 = u.basic(Kind::Float64);
  const Type* f32 = u.basic(Kind::Float32);
  double nan = std::nan(""), pz = 0.0, nz = -0.0, one = 1.0;
  CHECK_FALSE(f64->equal(f64, &nan, &nan, nullptr));
  CHECK(f64->equal(f64, &pz, &nz, nullptr));
  CHECK_FALSE(f64->equal(f64, &pz, &one, nullptr));
  float fn = std::nanf(""), fp = 0.0f, fm = -0.0f;
  CHECK_FALSE(f32->equal(f32, &fn, &fn, nullptr));
  CHECK(f32->equal(f32, &fp, &fm, nullptr));
  const Type* c128 = u.basic(Kind::Complex128);
  double ca[2] = {1.0, nan}, cb[2] = {1.0, nan}, cc[2] = {-0.0, 2.0}, cd[2] = {0.0, 2.0};
  CHECK_FALSE(c128->equal(c128, ca, cb, nullptr));
  CHECK(c128->equal(c128, cc, cd, nullptr));
  CHECK((f64->tflag & kTFlagRegularMemory) == 0);

  // Strings compare bytes, not data pointers.
  const Type* str = u.basic(Kind::String);
  char d1[] = "hello", d2[] = "hello", d3[] = "help!";
  unsigned char s1[16], s2[16], s3[16], s4[16];
  put(s1, word_from_ptr(d1)), put(s1 + 8, int64_t{5});
  put(s2, word_from_ptr(d2)), put(s2 + 8, int64_t{5});
  put(s3, word_from_ptr(d3)), put(s3 + 8, int64_t{5});
  put(s4, word_from_ptr(d2)), put(s4 + 8, int64_t{4});
  CHECK(str->equal(str, s1, s2, nullptr));
  CHECK_FALSE(str->equal(str, s1, s3, nullptr));
  CHECK_FALSE(str->equal(str, s1, s4, nullptr));

  // struct{a bool; b int64}: padding bytes 1..7 don't matter.
  const Type* padded = u.struct_of({{"a", u.basic(Kind::Bool)}, {"b", u.basic(Kind::Int64)}});
  CHECK((padded->tflag & kTFlagRegularMemory) == 0);
  unsigned char x[16] = {}, y[16] = {};
  x[0] = y[0] = 1;
  std::memset(x + 1, 0xAA, 7);
  CHECK(padded->equal(padded, x, y, nullptr));
  y[8] = 2;
  CHECK_FALSE(padded->equal(padded, x, y, nullptr));
  // Blank fields are skipped.
  const Type* blank = u.struct_of({{"_", u.basic(Kind::Int64)}, {"v", u.basic(Kind::Int64)}});
  int64_t b1[2] = {1, 7}, b2[2] = {2, 7};
  CHECK(blank->equal(blank, b1, b2, nullptr));
  CHECK((blank->tflag & kTFlagRegularMemory) == 0);
  const Type* plain = u.struct_of({{"a", u.basic(Kind::Int64)}, {"b", u.basic(Kind::Int32)}, {"c", u.basic(Kind::Int32)}});
  CHECK((plain->tflag & kTFlagRegularMemory) != 0);
  CHECK_FALSE(plain->equal(plain, b1, b2, nullptr));
  // Arrays of floats compare element-wise by IEEE rules.
  const Type* fa = u.array_of(f64, 2);
  double a1[2] = {0.0, 1.0}, a2[2] = {-0.0, 1.0};
  CHECK(fa->equal(fa, a1, a2, nullptr));

  const Type* i = u.basic(Kind::Int);
  CHECK(u.slice_of(i)->comparable() == false);
  CHECK(u.map_of(i, i)->comparable() == false);
  CHECK(u.func_of({}, {}, false)->comparable() == false);
  CHECK(u.struct_of({{"s", u.slice_of(i)}})->comparable() == false);
  CHECK(u.array_of(u.map_of(i, i), 2)->comparable() == false);
  CHECK(u.array_of(u.slice_of(i), 0)->comparable() == false);
  CHECK(u.map_of(u.slice_of(i), i) == nullptr);  // invalid map key
  CHECK(u.ptr_to(i)->comparable());
  CHECK(u.chan_of(i, ChanDir::Both)->comparable());
  CHECK(u.any_type()->comparable());
}

TEST_CASE("interface equality: dynamic types, direct values, uncomparable dynamic types") {
  Universe u;
  const Type* any = u.any_type();
  const Type* i = u.basic(Kind::Int);
  const Type* p = u.ptr_to(i);
  const Type* sl = u.slice_of(i);
  int64_t v1 = 42, v2 = 42, v3 = 43;
  auto eface = [](unsigned char* e, const Type* t, const void* data) {
    put(e, word_from_ptr(t));
    put(e + 8, word_from_ptr(data));
  };
  unsigned char e1[16], e2[16], e3[16], e4[16], nil1[16] = {}, nil2[16] = {};
  eface(e1, i, &v1);
  eface(e2, i, &v2);
  eface(e3, i, &v3);
  CHECK(any->equal(any, e1, e2, nullptr));  // int boxed indirectly: compares values
  CHECK_FALSE(any->equal(any, e1, e3, nullptr));
  CHECK(any->equal(any, nil1, nil2, nullptr));
  CHECK_FALSE(any->equal(any, e1, nil1, nullptr));
  // A pointer is stored directly in the data word: compare the words.
  eface(e4, p, &v1);
  unsigned char e5[16];
  eface(e5, p, &v2);
  CHECK_FALSE(any->equal(any, e4, e5, nullptr));
  CHECK(any->equal(any, e4, e4, nullptr));
  // Same dynamic type without equality: Go panics "comparing uncomparable type []int".
  int64_t sd[3] = {};
  unsigned char s1[16], s2[16];
  eface(s1, sl, sd);
  eface(s2, sl, sd);
  const Type* bad = nullptr;
  CHECK_FALSE(any->equal(any, s1, s2, &bad));
  CHECK(bad == sl);
  // Different dynamic types are unequal before comparability is asked.
  bad = nullptr;
  CHECK_FALSE(any->equal(any, e1, s1, &bad));
  CHECK(bad == nullptr);
  // A struct holding interfaces reports the uncomparable type found inside.
  const Type* holder = u.struct_of({{"x", any}});
  bad = nullptr;
  CHECK_FALSE(holder->equal(holder, s1, s2, &bad));
  CHECK(bad == sl);

  // Non-empty interfaces find the dynamic type through the itab.
  const Type* stringer = u.interface_of({{"String", u.func_of({}, {u.basic(Kind::String)}, false)}});
  ItabHeader tab{word_from_ptr(stringer), word_from_ptr(i)};
  unsigned char n1[16], n2[16], n3[16];
  put(n1, word_from_ptr(&tab)), put(n1 + 8, word_from_ptr(&v1));
  put(n2, word_from_ptr(&tab)), put(n2 + 8, word_from_ptr(&v2));
  put(n3, word_from_ptr(&tab)), put(n3 + 8, word_from_ptr(&v3));
  CHECK(stringer->equal(stringer, n1, n2, nullptr));
  CHECK_FALSE(stringer->equal(stringer, n1, n3, nullptr));
  CHECK(stringer->str == "interface { String() string }");
}
