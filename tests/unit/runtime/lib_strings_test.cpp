// The natives behind the strings, unicode, os, errors and sort preludes
// (lib/strings.cpp, lib/sortswap.cpp), called through native.h's frame ABI with a
// bound heap and a fake Host. Expected values were recorded from real Go 1.23
// (strings.ToUpper/ToLower/Index/Count, Builder.Grow capacities, the unicode
// predicates and case mappings, the panic texts). The Go side of these packages
// was checked separately against Go's own packages (see the report).
#include <doctest/doctest.h>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/host.h"
#include "lib/native.h"
#include "mem/malloc.h"
#include "types/type.h"

namespace gs::lib {
// Defined in lib/strings.cpp and lib/sortswap.cpp (the integrator adds them to native.h).
std::span<const Native> unicode_natives();
std::span<const Native> os_natives();
std::span<const Native> errors_natives();
std::span<const Native> sort_natives();
}  // namespace gs::lib

using namespace gs;
using namespace gs::lib;
using types::Kind;

namespace {

NativeFn native(std::span<const Native> table, std::string_view pkg, std::string_view name) {
  for (const Native& n : table)
    if (n.pkg == pkg && n.name == name) return n.fn;
  FAIL("no native " << pkg << "." << name);
  return nullptr;
}

GoString go_string(const std::string& s) {
  return GoString{types::word_from_ptr(s.data()), static_cast<int64_t>(s.size())};
}

std::string str(const GoString& s) { return std::string(s.view()); }

// Clears and returns the pending panic's text ("" if none).
std::string take_panic() {
  PendingPanic& p = pending_panic();
  std::string m = p.pending ? (p.runtime_error ? "runtime error: " : "") + p.message : "";
  p = PendingPanic{};
  return m;
}

class FakeHost : public Host {
 public:
  std::string out, err;
  int64_t write(int fd, std::string_view bytes) override {
    (fd == 1 ? out : err) += bytes;
    return static_cast<int64_t>(bytes.size());
  }
  bool call_string_method(const types::Type*, const void*, std::string_view, std::string&, bool*) override {
    return false;
  }
  void map_entries(const types::Type*, types::Word, std::vector<std::pair<const void*, const void*>>&) override {}
};

struct HostScope {
  explicit HostScope(Host* h) : previous(current_host()) { current_host() = h; }
  ~HostScope() { current_host() = previous; }
  Host* previous;
};

}  // namespace

TEST_CASE("strings natives: IndexByte, Index and Count as Go") {
  mem::Heap heap;
  mem::BindHeap bind(&heap);
  struct C {
    std::string s, sub;
    int64_t index, count;
  };
  // Go: strings.Index(s, sub), strings.Count(s, sub)
  const C cases[] = {
      {"chicken", "ken", 4, 1}, {"chicken", "dmr", -1, 0}, {"aaaa", "aa", 0, 2},      {"", "a", -1, 0},
      {"abc", "abc", 0, 1},     {"xabcabc", "bc", 2, 2},   {"h\xc3\xa9llo", "llo", 3, 1}, {"cheese", "e", 2, 3},
  };
  auto strings_fn = [](const char* n) { return native(strings_natives(), "strings", n); };
  for (const C& c : cases) {
    uint8_t f[40] = {};
    put(f, 0, go_string(c.s));
    put(f, 16, go_string(c.sub));
    strings_fn("indexString")(f);  // func indexString(s, substr string) int: result@32
    CHECK(arg<int64_t>(f, 32) == c.index);
    strings_fn("countString")(f);  // func countString(s, substr string) int
    CHECK(arg<int64_t>(f, 32) == c.count);
  }
  uint8_t f[32] = {};
  std::string s = "gopher";
  put(f, 0, go_string(s));
  put<uint8_t>(f, 16, 'h');
  strings_fn("indexByteString")(f);  // func indexByteString(s string, c byte) int: c@16, result@24
  CHECK(arg<int64_t>(f, 24) == 3);
  put<uint8_t>(f, 16, 'z');
  strings_fn("indexByteString")(f);
  CHECK(arg<int64_t>(f, 24) == -1);
}

TEST_CASE("strings natives: Repeat, its panics, and Builder's buffer helpers") {
  mem::Heap heap;
  mem::BindHeap bind(&heap);
  auto repeat = native(strings_natives(), "strings", "repeatString");
  uint8_t f[40] = {};
  std::string ab = "ab";
  put(f, 0, go_string(ab));
  put<int64_t>(f, 16, 5);
  repeat(f);  // func repeatString(s string, count int) string: result@24
  CHECK(take_panic() == "");
  CHECK(str(arg<GoString>(f, 24)) == "ababababab");
  CHECK(heap.owns(types::ptr_from_word(arg<GoString>(f, 24).ptr)));
  put<int64_t>(f, 16, 7);
  repeat(f);
  CHECK(str(arg<GoString>(f, 24)) == "ababababababab");
  put<int64_t>(f, 16, -1);
  repeat(f);
  CHECK(take_panic() == "strings: negative Repeat count");
  put<int64_t>(f, 16, INT64_MAX / 2 + 1);
  repeat(f);
  CHECK(take_panic() == "strings: Repeat output length overflow");

  // makeNoZero(n) has Go's Builder.Grow(n) capacity: n rounded up to a size class.
  auto make_no_zero = native(strings_natives(), "strings", "makeNoZero");
  const int64_t caps[][2] = {{1, 8},      {5, 8},      {8, 8},       {9, 16},      {17, 24},
                             {100, 112}, {1000, 1024}, {5000, 5376}, {40000, 40960}};
  for (const auto& c : caps) {
    uint8_t g[32] = {};
    put(g, 0, c[0]);
    make_no_zero(g);  // func makeNoZero(n int) []byte: result@8
    GoSlice sl = arg<GoSlice>(g, 8);
    CHECK(sl.len == c[0]);
    CHECK(sl.cap == c[1]);
    CHECK(heap.owns(sl.data()));
  }
  // bytesAsString shares the bytes.
  std::string bytes = "shared";
  uint8_t g[40] = {};
  put(g, 0, GoSlice{types::word_from_ptr(bytes.data()), 6, 8});
  native(strings_natives(), "strings", "bytesAsString")(g);  // func bytesAsString(b []byte) string
  CHECK(arg<GoString>(g, 24).ptr == types::word_from_ptr(bytes.data()));
  CHECK(arg<GoString>(g, 24).len == 6);
}

TEST_CASE("strings natives: ToUpper and ToLower over Unicode and invalid UTF-8") {
  mem::Heap heap;
  mem::BindHeap bind(&heap);
  struct C {
    std::string s, upper, lower;
  };
  // Go: strings.ToUpper(s), strings.ToLower(s)
  const C cases[] = {
      {"", "", ""},
      {"hello", "HELLO", "hello"},
      {"Hello, World!", "HELLO, WORLD!", "hello, world!"},
      {"\xc3\x80\xc3\x89\xc3\x8e\xc3\xb5\xc3\xbc \xc3\x9f \xe1\xba\x9e", "\xc3\x80\xc3\x89\xc3\x8e\xc3\x95\xc3\x9c \xc3\x9f \xe1\xba\x9e", "\xc3\xa0\xc3\xa9\xc3\xae\xc3\xb5\xc3\xbc \xc3\x9f \xc3\x9f"},
      {"\xcf\x83\xcf\x82 \xce\xa3 \xce\x91\xce\x92\xce\x93 \xce\xb4\xce\xb5\xce\xb6", "\xce\xa3\xce\xa3 \xce\xa3 \xce\x91\xce\x92\xce\x93 \xce\x94\xce\x95\xce\x96", "\xcf\x83\xcf\x82 \xcf\x83 \xce\xb1\xce\xb2\xce\xb3 \xce\xb4\xce\xb5\xce\xb6"},
      {"\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb8\xd1\x80", "\xd0\x9f\xd0\xa0\xd0\x98\xd0\x92\xd0\x95\xd0\xa2 \xd0\x9c\xd0\x98\xd0\xa0", "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb8\xd1\x80"},
      {"\xc7\x85\xc7\x86\xc7\x84", "\xc7\x84\xc7\x84\xc7\x84", "\xc7\x86\xc7\x86\xc7\x86"},
      {"\xc4\xb0\xc4\xb1", "\xc4\xb0I", "i\xc4\xb1"},
      {"\xff" "abc\xe2\x82", "\xef\xbf\xbd" "ABC\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd" "abc\xef\xbf\xbd\xef\xbf\xbd"},
      {"\xef\xac\x80 \xc5\x89", "\xef\xac\x80 \xc5\x89", "\xef\xac\x80 \xc5\x89"},
      {"\xe2\x92\xb6\xe2\x93\x90 \xf0\x90\x90\x80\xf0\x90\x90\xa8", "\xe2\x92\xb6\xe2\x92\xb6 \xf0\x90\x90\x80\xf0\x90\x90\x80", "\xe2\x93\x90\xe2\x93\x90 \xf0\x90\x90\xa8\xf0\x90\x90\xa8"},
      {"mixed \xc3\x87" "aSe 123", "MIXED \xc3\x87" "ASE 123", "mixed \xc3\xa7" "ase 123"},
      {"\xef\xbf\xbd\xff", "\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd\xef\xbf\xbd"},
  };
  auto upper = native(strings_natives(), "strings", "toUpperString");
  auto lower = native(strings_natives(), "strings", "toLowerString");
  for (const C& c : cases) {
    uint8_t f[32] = {};
    put(f, 0, go_string(c.s));
    upper(f);  // func toUpperString(s string) string: result@16
    CHECK(str(arg<GoString>(f, 16)) == c.upper);
    lower(f);
    CHECK(str(arg<GoString>(f, 16)) == c.lower);
  }
  // An unchanged string comes back as itself (no allocation).
  std::string already = "ALREADY UPPER";
  uint8_t f[32] = {};
  put(f, 0, go_string(already));
  upper(f);
  CHECK(arg<GoString>(f, 16).ptr == types::word_from_ptr(already.data()));
}

TEST_CASE("unicode natives: classes and case mappings as Go") {
  // Bits: IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsTitle, IsPunct,
  // IsSymbol, IsMark, IsControl, IsPrint, IsGraphic. Go: the predicates, ToUpper,
  // ToLower, ToTitle, SimpleFold. (All 0x110000 code points were compared with Go
  // while the tables were generated.)
  const char* preds[] = {"isLetter", "isDigit",  "isNumber", "isSpace",   "isUpper", "isLower",  "isTitle",
                         "isPunct",  "isSymbol", "isMark",   "isControl", "isPrint", "isGraphic"};
  struct C {
    int32_t r;
    uint32_t classes;
    int32_t upper, lower, title, fold;
  };
  const C cases[] = {
      {97, 0x1821, 65, 97, 65, 65},
      {90, 0x1811, 90, 122, 90, 122},
      {53, 0x1806, 53, 53, 53, 53},
      {32, 0x1808, 32, 32, 32, 32},
      {133, 0x408, 133, 133, 133, 133},
      {160, 0x1008, 160, 160, 160, 160},
      {8195, 0x1008, 8195, 8195, 8195, 8195},
      {453, 0x1841, 452, 454, 453, 454},
      {1635, 0x1806, 1635, 1635, 1635, 1635},
      {8555, 0x1804, 8555, 8571, 8555, 8571},
      {33, 0x1880, 33, 33, 33, 33},
      {8364, 0x1900, 8364, 8364, 8364, 8364},
      {769, 0x1a00, 769, 769, 769, 769},
      {127, 0x400, 127, 127, 127, 127},
      {8203, 0x0, 8203, 8203, 8203, 8203},
      {223, 0x1821, 223, 223, 223, 7838},
      {255, 0x1821, 376, 255, 376, 376},
      {181, 0x1821, 924, 181, 924, 924},
      {931, 0x1811, 931, 963, 931, 962},
      {962, 0x1821, 931, 962, 931, 963},
      {75, 0x1811, 75, 107, 75, 107},
      {8490, 0x1811, 8490, 107, 8490, 75},
      {304, 0x1811, 304, 105, 304, 304},
      {305, 0x1821, 73, 305, 73, 305},
      {66560, 0x1811, 66560, 66600, 66560, 66600},
      {-1, 0x0, -1, -1, -1, -1},
      {1114112, 0x0, 1114112, 1114112, 1114112, 1114112},
      {65533, 0x1900, 65533, 65533, 65533, 65533},
  };
  auto call = [](const char* name, int32_t r) {
    std::array<uint8_t, 16> f{};
    put(f.data(), 0, r);
    native(unicode_natives(), "unicode", name)(f.data());  // rune@0, result@8
    return f;
  };
  for (const C& c : cases) {
    INFO("rune " << c.r);
    uint32_t got = 0;
    for (int i = 0; i < 13; i++) {
      if (arg<uint8_t>(call(preds[i], c.r).data(), 8)) got |= 1u << i;
    }
    CHECK(got == c.classes);
    CHECK(arg<int32_t>(call("toUpper", c.r).data(), 8) == c.upper);
    CHECK(arg<int32_t>(call("toLower", c.r).data(), 8) == c.lower);
    CHECK(arg<int32_t>(call("toTitle", c.r).data(), 8) == c.title);
    CHECK(arg<int32_t>(call("simpleFold", c.r).data(), 8) == c.fold);
  }
}

TEST_CASE("os natives: write goes to the program's host streams") {
  FakeHost host;
  HostScope scope(&host);
  auto write = native(os_natives(), "os", "write");
  std::string hello = "hello\n";
  uint8_t f[40] = {};
  put<int64_t>(f, 0, 1);
  put(f, 8, GoSlice{types::word_from_ptr(hello.data()), 6, 6});
  write(f);  // func write(fd int, p []byte) int: p@8, result@32
  CHECK(arg<int64_t>(f, 32) == 6);
  put<int64_t>(f, 0, 2);
  put(f, 8, GoSlice{types::word_from_ptr(hello.data()), 5, 6});
  write(f);
  CHECK(arg<int64_t>(f, 32) == 5);
  put<int64_t>(f, 0, 0);
  write(f);
  CHECK(arg<int64_t>(f, 32) == -1);
  CHECK(host.out == "hello\n");
  CHECK(host.err == "hello");
}

TEST_CASE("errors natives: comparable targets, As's panics and assignment") {
  mem::Heap heap;
  mem::BindHeap bind(&heap);
  types::Universe u;
  const types::Type* string_t = u.basic(Kind::String);
  const types::Type* error_sig = u.func_of({}, {string_t}, false);
  // type myErr struct{ s string }  with  func (myErr) Error() string
  types::Type* my_err = u.named("main", "myErr", u.struct_of({{"s", string_t}}));
  u.set_methods(my_err, {{"Error", error_sig}});
  // type ptrErr struct{ p *int } (pointer-shaped: stored in the interface word)
  types::Type* ptr_err = u.named("main", "ptrErr", u.struct_of({{"p", u.ptr_to(u.basic(Kind::Int))}}));
  u.set_methods(ptr_err, {{"Error", error_sig}});
  // type sliceErr []int (not comparable)
  types::Type* slice_err = u.named("main", "sliceErr", u.slice_of(u.basic(Kind::Int)));
  u.set_methods(slice_err, {{"Error", error_sig}});
  const types::Type* error_t = u.error_type();
  const types::Type* int_t = u.basic(Kind::Int);

  // Interface values: an itab whose header names (error, dynamic type).
  types::ItabHeader my_err_itab{types::word_from_ptr(error_t), types::word_from_ptr(my_err)};
  types::ItabHeader slice_itab{types::word_from_ptr(error_t), types::word_from_ptr(slice_err)};
  types::ItabHeader ptr_itab{types::word_from_ptr(error_t), types::word_from_ptr(ptr_err)};
  std::string boom = "boom";
  GoString my_err_value = go_string(boom);  // myErr{"boom"} laid out as its one field
  GoIface err{types::word_from_ptr(&my_err_itab), types::word_from_ptr(&my_err_value)};

  auto fn = [](const char* name) { return native(errors_natives(), "errors", name); };
  uint8_t f[40] = {};
  put(f, 0, err);
  fn("dynamicTypeComparable")(f);  // func dynamicTypeComparable(err error) bool: result@16
  CHECK(arg<uint8_t>(f, 16) == 1);
  put(f, 0, GoIface{types::word_from_ptr(&slice_itab), 0});
  fn("dynamicTypeComparable")(f);
  CHECK(arg<uint8_t>(f, 16) == 0);

  // checkAsTarget(target any): Go's three panics.
  auto check_target = [&](GoEface target) {
    uint8_t g[16] = {};
    put(g, 0, target);
    fn("checkAsTarget")(g);
    return take_panic();
  };
  GoString target_value{};
  int int_var = 0;
  GoIface error_var{};
  CHECK(check_target(GoEface{}) == "errors: target cannot be nil");
  CHECK(check_target(GoEface{types::word_from_ptr(my_err), types::word_from_ptr(&target_value)}) ==
        "errors: target must be a non-nil pointer");
  CHECK(check_target(GoEface{types::word_from_ptr(u.ptr_to(my_err)), 0}) == "errors: target must be a non-nil pointer");
  CHECK(check_target(GoEface{types::word_from_ptr(u.ptr_to(int_t)), types::word_from_ptr(&int_var)}) ==
        "errors: *target must be interface or implement error");
  CHECK(check_target(GoEface{types::word_from_ptr(u.ptr_to(my_err)), types::word_from_ptr(&target_value)}) == "");
  CHECK(check_target(GoEface{types::word_from_ptr(u.ptr_to(error_t)), types::word_from_ptr(&error_var)}) == "");
  // *T for a named T with an Error method: *T's method set includes it.
  const types::Type* my_err_ptr = u.ptr_to(my_err);
  Word ptr_var = 0;
  CHECK(check_target(GoEface{types::word_from_ptr(u.ptr_to(my_err_ptr)), types::word_from_ptr(&ptr_var)}) == "");

  // assignIfAs(err error, target any) bool: err@0, target@16, result@32.
  auto assign = [&](GoIface e, GoEface target) {
    uint8_t g[40] = {};
    put(g, 0, e);
    put(g, 16, target);
    fn("assignIfAs")(g);
    return arg<uint8_t>(g, 32) != 0;
  };
  // Same concrete type: the value is copied into *target.
  CHECK(assign(err, GoEface{types::word_from_ptr(u.ptr_to(my_err)), types::word_from_ptr(&target_value)}));
  CHECK(str(target_value) == "boom");
  // A different concrete type: no.
  CHECK_FALSE(assign(GoIface{types::word_from_ptr(&slice_itab), 0},
                     GoEface{types::word_from_ptr(u.ptr_to(my_err)), types::word_from_ptr(&target_value)}));
  // Pointer-shaped dynamic type: the data word is the value.
  int pointee = 0;
  Word ptr_err_var = 0;
  CHECK(assign(GoIface{types::word_from_ptr(&ptr_itab), types::word_from_ptr(&pointee)},
               GoEface{types::word_from_ptr(u.ptr_to(ptr_err)), types::word_from_ptr(&ptr_err_var)}));
  CHECK(ptr_err_var == types::word_from_ptr(&pointee));
  // *target of the same interface type (error): the interface value itself.
  CHECK(assign(err, GoEface{types::word_from_ptr(u.ptr_to(error_t)), types::word_from_ptr(&error_var)}));
  CHECK(error_var.tab == err.tab);
  CHECK(error_var.data == err.data);
  // *target of type any: (dynamic type, data).
  GoEface any_var{};
  CHECK(assign(err, GoEface{types::word_from_ptr(u.ptr_to(u.any_type())), types::word_from_ptr(&any_var)}));
  CHECK(any_var.type == types::word_from_ptr(my_err));
  CHECK(any_var.data == err.data);
}

TEST_CASE("sort natives: slice length and element swaps through an any") {
  types::Universe u;
  const types::Type* pair_t =
      u.struct_of({{"k", u.basic(Kind::Int)}, {"name", u.basic(Kind::String)}});  // 24 bytes
  const types::Type* slice_t = u.slice_of(pair_t);
  struct Pair {
    int64_t k;
    GoString name;
  };
  std::string a = "a", b = "b", c = "c";
  Pair data[3] = {{3, go_string(a)}, {1, go_string(b)}, {2, go_string(c)}};
  GoSlice header{types::word_from_ptr(data), 3, 3};
  GoEface x{types::word_from_ptr(slice_t), types::word_from_ptr(&header)};

  mem::Heap heap;
  mem::BindHeap bind(&heap);
  auto info = native(sort_natives(), "sort", "sliceInfo");
  auto slice_info = [&](GoEface v) {
    uint8_t f[40] = {};
    put(f, 0, v);
    info(f);  // func sliceInfo(x any) (n int, kind string): n@16, kind@24
    return std::make_pair(arg<int64_t>(f, 16), str(arg<GoString>(f, 24)));
  };
  CHECK(slice_info(x) == std::make_pair(int64_t{3}, std::string("slice")));

  auto swap = native(sort_natives(), "sort", "sliceSwap");
  uint8_t g[32] = {};
  put(g, 0, x);
  put<int64_t>(g, 16, 0);
  put<int64_t>(g, 24, 2);
  swap(g);  // func sliceSwap(x any, i, j int)
  CHECK(data[0].k == 2);
  CHECK(str(data[0].name) == "c");
  CHECK(data[2].k == 3);
  CHECK(str(data[2].name) == "a");

  // Other kinds: their name (Go's Kind.String()), and a length only where
  // reflect.Value.Len has one; the prelude turns these into reflect's panics.
  int64_t three = 3;
  CHECK(slice_info(GoEface{types::word_from_ptr(u.basic(Kind::Int)), types::word_from_ptr(&three)}) ==
        std::make_pair(int64_t{-1}, std::string("int")));
  std::string abc = "abc";
  GoString abc_value = go_string(abc);
  CHECK(slice_info(GoEface{types::word_from_ptr(u.basic(Kind::String)), types::word_from_ptr(&abc_value)}) ==
        std::make_pair(int64_t{3}, std::string("string")));
  int64_t arr[4] = {};
  CHECK(slice_info(GoEface{types::word_from_ptr(u.array_of(u.basic(Kind::Int), 4)), types::word_from_ptr(arr)}) ==
        std::make_pair(int64_t{4}, std::string("array")));
  CHECK(slice_info(GoEface{types::word_from_ptr(u.ptr_to(u.basic(Kind::Int))), types::word_from_ptr(&three)}) ==
        std::make_pair(int64_t{-1}, std::string("ptr")));
  CHECK(slice_info(GoEface{}) == std::make_pair(int64_t{-1}, std::string("")));
  CHECK(take_panic() == "");
}
