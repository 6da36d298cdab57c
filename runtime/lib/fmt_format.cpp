// fmt_format.cpp — Go 1.23's fmt printing engine over type descriptors (see
// fmt_format.h for the API). The Printer mirrors the state Go's pp keeps between verbs
// (flags, the operand being printed, whether an error form is being written), because
// Go's error texts depend on it: a bad verb met on a top-level operand reprints that
// operand with its methods, one met inside printValue reprints the reflect value.
// Invariant: values are only read, never written; every read is inside the value's
// descriptor-given size.
#include "lib/fmt_format.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

#include "lib/strconv_format.h"

namespace gs::lib::fmt {

namespace {

using types::Kind;
using types::Type;

constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
constexpr uint32_t kMaxRune = 0x10FFFF;
constexpr uint32_t kRuneError = 0xFFFD;

// A Go value in memory: its type, its address, and whether it was reached through an
// unexported struct field (then its methods may not be called: Go's CanInterface).
struct Value {
  const Type* type = nullptr;
  const void* ptr = nullptr;
  bool read_only = false;
  bool valid() const { return type != nullptr; }
  Kind kind() const { return type ? type->kind : Kind::Invalid; }
};

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

int64_t load_int(const Value& v) {
  switch (v.kind()) {
    case Kind::Int8: return load<int8_t>(v.ptr);
    case Kind::Int16: return load<int16_t>(v.ptr);
    case Kind::Int32: return load<int32_t>(v.ptr);
    default: return load<int64_t>(v.ptr);
  }
}

uint64_t load_uint(const Value& v) {
  switch (v.kind()) {
    case Kind::Uint8: return load<uint8_t>(v.ptr);
    case Kind::Uint16: return load<uint16_t>(v.ptr);
    case Kind::Uint32: return load<uint32_t>(v.ptr);
    default: return load<uint64_t>(v.ptr);
  }
}

bool is_signed_int(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool is_unsigned_int(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }

// The value inside an interface value at v (invalid for a nil interface).
Value interface_elem(const Value& v) {
  const types::InterfaceType* it = v.type->interface_type();
  Word first = load<Word>(v.ptr);
  if (!first) return {};
  const Type* dyn;
  if (it && !it->methods.empty()) {
    auto* tab = static_cast<const types::ItabHeader*>(types::ptr_from_word(first));
    dyn = static_cast<const Type*>(types::ptr_from_word(tab->type));
  } else {
    dyn = static_cast<const Type*>(types::ptr_from_word(first));
  }
  const char* data_slot = static_cast<const char*>(v.ptr) + 8;
  const void* p = dyn->direct_iface ? static_cast<const void*>(data_slot)
                                    : types::ptr_from_word(load<Word>(data_slot));
  return Value{dyn, p, v.read_only};
}

// The pointer word of a pointer-shaped value (pointer, map, chan, func,
// unsafe.Pointer) or a slice's data pointer.
Word pointer_word(const Value& v) { return load<Word>(v.ptr); }

bool exported_name(const std::string& name) {
  if (name.empty()) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: Go uses unicode.IsUpper. Cover the common Latin-1/Greek/Cyrillic
  // capitals by their UTF-8 lead bytes; anything else counts as unexported.
  int width;
  uint32_t r = strconv::decode_rune(name, &width);
  return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) || (r >= 0x410 && r <= 0x42F);
}

// ---------------------------------------------------------------- fmtsort

int compare_ints(auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); }

// cmp.Compare on floats: NaN is below everything and equal to NaN.
int compare_floats(double a, double b) {
  bool an = std::isnan(a), bn = std::isnan(b);
  if (an || bn) return an && bn ? 0 : (an ? -1 : 1);
  return a < b ? -1 : (a > b ? 1 : 0);
}

double load_float(const Value& v) {
  return v.kind() == Kind::Float32 ? static_cast<double>(load<float>(v.ptr)) : load<double>(v.ptr);
}

// Where Go's linker puts a type's descriptor, as far as it is predictable: fmtsort
// orders interface keys of different dynamic types by descriptor address. Go's linker
// sorts descriptors by size, then by symbol order; the result, observed on Go 1.23
// linux/amd64 binaries, is: pointer-like types, then other named types, then the
// predeclared types in the fixed order below, then arrays, then structs. Within a group
// (other than the predeclared types) we fall back to our own descriptor addresses.
int type_order(const Type* t) {
  static constexpr Kind kPredeclaredOrder[] = {
      Kind::String, Kind::Int8,   Kind::Uint8,   Kind::Int16,     Kind::Uint16,     Kind::Int32,
      Kind::Uint32, Kind::Int64,  Kind::Uint64,  Kind::Int,       Kind::Uint,       Kind::Uintptr,
      Kind::Complex64, Kind::Complex128, Kind::Float32, Kind::Float64, Kind::Bool};
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
    case Kind::Map:
    case Kind::Slice:
      return 0;
    case Kind::Array:
      return 100;
    case Kind::Struct:
      return 200;
    case Kind::Interface:
      return 300;
    default:
      break;
  }
  if (!t->pkg_path.empty() || !t->named()) return 1;  // a named type of a basic kind
  for (int i = 0; i < static_cast<int>(std::size(kPredeclaredOrder)); ++i)
    if (kPredeclaredOrder[i] == t->kind) return 10 + i;
  return 1;
}

// internal/fmtsort's compare of two map keys of the same type.
int compare_keys(const Value& a, const Value& b) {
  if (a.type != b.type) return -1;
  Kind k = a.kind();
  if (is_signed_int(k)) return compare_ints(load_int(a), load_int(b));
  if (is_unsigned_int(k)) return compare_ints(load_uint(a), load_uint(b));
  switch (k) {
    case Kind::String: {
      int c = load<GoString>(a.ptr).view().compare(load<GoString>(b.ptr).view());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Kind::Float32:
    case Kind::Float64:
      return compare_floats(load_float(a), load_float(b));
    case Kind::Complex64: {
      int c = compare_floats(load<float>(a.ptr), load<float>(b.ptr));
      if (c) return c;
      return compare_floats(load<float>(static_cast<const char*>(a.ptr) + 4),
                            load<float>(static_cast<const char*>(b.ptr) + 4));
    }
    case Kind::Complex128: {
      int c = compare_floats(load<double>(a.ptr), load<double>(b.ptr));
      if (c) return c;
      return compare_floats(load<double>(static_cast<const char*>(a.ptr) + 8),
                            load<double>(static_cast<const char*>(b.ptr) + 8));
    }
    case Kind::Bool: {
      bool x = load<uint8_t>(a.ptr) != 0, y = load<uint8_t>(b.ptr) != 0;
      return x == y ? 0 : (x ? 1 : -1);
    }
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan:
      return compare_ints(pointer_word(a), pointer_word(b));
    case Kind::Struct: {
      for (const types::StructField& f : a.type->struct_type()->fields) {
        Value fa{f.typ, static_cast<const char*>(a.ptr) + f.offset, false};
        Value fb{f.typ, static_cast<const char*>(b.ptr) + f.offset, false};
        if (int c = compare_keys(fa, fb)) return c;
      }
      return 0;
    }
    case Kind::Array: {
      const types::ArrayType* at = a.type->array_type();
      for (uint64_t i = 0; i < at->len; ++i) {
        uint64_t off = i * at->elem->size;
        Value ea{at->elem, static_cast<const char*>(a.ptr) + off, false};
        Value eb{at->elem, static_cast<const char*>(b.ptr) + off, false};
        if (int c = compare_keys(ea, eb)) return c;
      }
      return 0;
    }
    case Kind::Interface: {
      Value ea = interface_elem(a), eb = interface_elem(b);
      if (!ea.valid() || !eb.valid()) return !ea.valid() ? (!eb.valid() ? 0 : -1) : 1;
      // Go orders by the dynamic types' descriptor addresses first.
      if (int c = compare_ints(type_order(ea.type), type_order(eb.type))) return c;
      if (int c = compare_ints(types::word_from_ptr(ea.type), types::word_from_ptr(eb.type))) return c;
      return compare_keys(ea, eb);
    }
    default:
      return -1;
  }
}

// ---------------------------------------------------------------- the printer

struct Flags {
  bool wid_present = false;
  bool prec_present = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plus_v = false;   // %+v
  bool sharp_v = false;  // %#v
  int wid = 0;
  int prec = 0;
};

bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

class Printer {
 public:
  Printer(Host& host, bool wrap_errs) : host_(host), wrap_errs_(wrap_errs) {}

  std::string buf;
  std::vector<int64_t> wrapped;
  bool reordered = false;

  void do_print(std::span<const GoEface> args);
  void do_println(std::span<const GoEface> args);
  void do_printf(std::string_view format, std::span<const GoEface> args);

 private:
  // ---- low-level formatting (Go's fmt type) ----
  void write_padding(int n) {
    if (n <= 0) return;
    buf.append(static_cast<size_t>(n), f_.zero && !f_.minus ? '0' : ' ');
  }
  void pad(std::string_view s) {
    if (!f_.wid_present || f_.wid == 0) {
      buf.append(s);
      return;
    }
    int width = f_.wid - static_cast<int>(strconv::rune_count(s));
    if (!f_.minus) {
      write_padding(width);
      buf.append(s);
    } else {
      buf.append(s);
      write_padding(width);
    }
  }
  void fmt_boolean(bool v) { pad(v ? "true" : "false"); }
  void fmt_unicode(uint64_t u);
  void fmt_integer(uint64_t u, int base, bool is_signed, uint32_t verb, const char* digits);
  std::string_view truncate(std::string_view s) {
    if (f_.prec_present) {
      int n = f_.prec;
      size_t i = 0;
      while (i < s.size()) {
        if (--n < 0) return s.substr(0, i);
        int width = 1;
        if (static_cast<unsigned char>(s[i]) >= 0x80) strconv::decode_rune(s.substr(i), &width);
        i += static_cast<size_t>(width);
      }
    }
    return s;
  }
  void fmt_s(std::string_view s) { pad(truncate(s)); }
  void fmt_sbx(std::string_view s, const char* digits);
  void fmt_q(std::string_view s) {
    s = truncate(s);
    if (f_.sharp && strconv::can_backquote(s)) {
      std::string q = "`";
      q.append(s);
      q.push_back('`');
      pad(q);
      return;
    }
    pad(strconv::quote(s, f_.plus));
  }
  void fmt_c(uint64_t c) {
    uint32_t r = c > kMaxRune ? kRuneError : static_cast<uint32_t>(c);
    std::string s;
    strconv::append_rune(s, r);
    pad(s);
  }
  void fmt_qc(uint64_t c) {
    int32_t r = c > kMaxRune ? static_cast<int32_t>(kRuneError) : static_cast<int32_t>(c);
    pad(strconv::quote_rune(r, f_.plus));
  }
  void fmt_float_num(double v, int size, uint32_t verb, int prec);

  // ---- Go's pp methods ----
  void bad_verb(uint32_t verb);
  void fmt_bool(bool v, uint32_t verb) {
    if (verb == 't' || verb == 'v')
      fmt_boolean(v);
    else
      bad_verb(verb);
  }
  void fmt_0x64(uint64_t v, bool leading0x) {
    bool sharp = f_.sharp;
    f_.sharp = leading0x;
    fmt_integer(v, 16, false, 'v', kLowerDigits);
    f_.sharp = sharp;
  }
  void print_integer(uint64_t v, bool is_signed, uint32_t verb);
  void print_float(double v, int size, uint32_t verb);
  void print_complex(double re, double im, int size, uint32_t verb);
  void print_string(std::string_view v, uint32_t verb);
  void print_bytes(std::string_view v, bool is_nil, uint32_t verb, const std::string& type_string,
                   const Value& as_value);
  void print_pointer(const Value& v, uint32_t verb);
  void print_method_panic(const Value& arg, uint32_t verb, std::string_view method, const std::string& text);
  bool handle_methods(uint32_t verb);
  bool call_method(std::string_view name, uint32_t verb, uint32_t print_verb);
  void print_arg(const GoEface& arg, uint32_t verb);
  void print_arg_value(Value arg, uint32_t verb);
  void print_value(Value v, uint32_t verb, int depth);
  void write_rune(uint32_t r) { strconv::append_rune(buf, r); }

  int64_t int_from_arg(std::span<const GoEface> a, size_t& arg_num, bool& is_int);
  bool arg_number(size_t& arg_num, std::string_view format, size_t& i, size_t num_args);

  Host& host_;
  bool wrap_errs_;
  Flags f_;
  Value arg_;    // Go's p.arg: the operand as an interface value (invalid: nil / none)
  Value value_;  // Go's p.value: the reflect value being printed
  bool erroring_ = false;
  bool good_arg_num_ = true;
};

void Printer::fmt_unicode(uint64_t u) {
  int prec = 4;
  if (f_.prec_present && f_.prec > 4) prec = f_.prec;
  std::string digits;
  uint64_t x = u;
  do {
    digits.push_back(kUpperDigits[x & 0xF]);
    x >>= 4;
  } while (x);
  std::string out = "U+";
  for (int n = static_cast<int>(digits.size()); n < prec; ++n) out.push_back('0');
  out.append(digits.rbegin(), digits.rend());
  if (f_.sharp && u <= kMaxRune && strconv::is_print(static_cast<uint32_t>(u))) {
    out += " '";
    strconv::append_rune(out, static_cast<uint32_t>(u));
    out.push_back('\'');
  }
  bool old_zero = f_.zero;
  f_.zero = false;
  pad(out);
  f_.zero = old_zero;
}

void Printer::fmt_integer(uint64_t u, int base, bool is_signed, uint32_t verb, const char* digits) {
  bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  int prec = 0;
  if (f_.prec_present) {
    prec = f_.prec;
    if (prec == 0 && u == 0) {
      bool old_zero = f_.zero;
      f_.zero = false;
      write_padding(f_.wid);
      f_.zero = old_zero;
      return;
    }
  } else if (f_.zero && !f_.minus && f_.wid_present) {
    prec = f_.wid;
    if (negative || f_.plus || f_.space) prec--;  // room for the sign
  }
  std::string rev;  // digits, least significant first, then prefixes
  do {
    rev.push_back(digits[u % static_cast<uint64_t>(base)]);
    u /= static_cast<uint64_t>(base);
  } while (u);
  while (static_cast<int>(rev.size()) < prec) rev.push_back('0');
  if (f_.sharp) {
    switch (base) {
      case 2:
        rev += "b0";
        break;
      case 8:
        if (rev.back() != '0') rev.push_back('0');
        break;
      case 16:
        rev.push_back(digits[16]);
        rev.push_back('0');
        break;
    }
  }
  if (verb == 'O') rev += "o0";
  if (negative)
    rev.push_back('-');
  else if (f_.plus)
    rev.push_back('+');
  else if (f_.space)
    rev.push_back(' ');
  bool old_zero = f_.zero;
  f_.zero = false;
  pad(std::string(rev.rbegin(), rev.rend()));
  f_.zero = old_zero;
}

void Printer::fmt_sbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f_.prec_present && f_.prec < length) length = f_.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f_.space) {
      if (f_.sharp) width *= 2;
      width += length - 1;
    } else if (f_.sharp) {
      width += 2;
    }
  } else {
    if (f_.wid_present) write_padding(f_.wid);
    return;
  }
  if (f_.wid_present && f_.wid > width && !f_.minus) write_padding(f_.wid - width);
  if (f_.sharp) {
    buf.push_back('0');
    buf.push_back(digits[16]);
  }
  for (int i = 0; i < length; ++i) {
    if (f_.space && i > 0) {
      buf.push_back(' ');
      if (f_.sharp) {
        buf.push_back('0');
        buf.push_back(digits[16]);
      }
    }
    unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    buf.push_back(digits[c >> 4]);
    buf.push_back(digits[c & 0xF]);
  }
  if (f_.wid_present && f_.wid > width && f_.minus) write_padding(f_.wid - width);
}

void Printer::fmt_float_num(double v, int size, uint32_t verb, int prec) {
  if (f_.prec_present) prec = f_.prec;
  std::string num = strconv::format_float(v, static_cast<char>(verb), prec, size);
  if (num[0] != '-' && num[0] != '+') num.insert(num.begin(), '+');
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool old_zero = f_.zero;
    f_.zero = false;
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad(num);
    f_.zero = old_zero;
    return;
  }
  if (f_.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = prec;
      if (digits == -1) digits = 6;
    }
    std::string tail;
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') {
        has_point = true;
      } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      } else {
        if (c != '0') saw_nonzero = true;
        if (saw_nonzero) digits--;
      }
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num.push_back('.');
    }
    while (digits > 0) {
      num.push_back('0');
      digits--;
    }
    num += tail;
  }
  if (f_.plus || num[0] != '+') {
    if (f_.zero && !f_.minus && f_.wid_present && f_.wid > static_cast<int>(num.size())) {
      buf.push_back(num[0]);
      write_padding(f_.wid - static_cast<int>(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

void Printer::bad_verb(uint32_t verb) {
  erroring_ = true;
  buf += "%!";
  write_rune(verb);
  buf.push_back('(');
  if (arg_.valid()) {
    buf += arg_.type->str;
    buf.push_back('=');
    print_arg_value(arg_, 'v');
  } else if (value_.valid()) {
    buf += value_.type->str;
    buf.push_back('=');
    print_value(value_, 'v', 0);
  } else {
    buf += "<nil>";
  }
  buf.push_back(')');
  erroring_ = false;
}

void Printer::print_integer(uint64_t v, bool is_signed, uint32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v && !is_signed)
        fmt_0x64(v, true);
      else
        fmt_integer(v, 10, is_signed, verb, kLowerDigits);
      break;
    case 'd': fmt_integer(v, 10, is_signed, verb, kLowerDigits); break;
    case 'b': fmt_integer(v, 2, is_signed, verb, kLowerDigits); break;
    case 'o':
    case 'O': fmt_integer(v, 8, is_signed, verb, kLowerDigits); break;
    case 'x': fmt_integer(v, 16, is_signed, verb, kLowerDigits); break;
    case 'X': fmt_integer(v, 16, is_signed, verb, kUpperDigits); break;
    case 'c': fmt_c(v); break;
    case 'q': fmt_qc(v); break;
    case 'U': fmt_unicode(v); break;
    default: bad_verb(verb);
  }
}

void Printer::print_float(double v, int size, uint32_t verb) {
  switch (verb) {
    case 'v': fmt_float_num(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float_num(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_float_num(v, size, verb, 6); break;
    case 'F': fmt_float_num(v, size, 'f', 6); break;
    default: bad_verb(verb);
  }
}

void Printer::print_complex(double re, double im, int size, uint32_t verb) {
  switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool old_plus = f_.plus;
      buf.push_back('(');
      print_float(re, size / 2, verb);
      f_.plus = true;  // the imaginary part always has a sign
      print_float(im, size / 2, verb);
      buf += "i)";
      f_.plus = old_plus;
      break;
    }
    default: bad_verb(verb);
  }
}

void Printer::print_string(std::string_view v, uint32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v)
        fmt_q(v);
      else
        fmt_s(v);
      break;
    case 's': fmt_s(v); break;
    case 'x': fmt_sbx(v, kLowerDigits); break;
    case 'X': fmt_sbx(v, kUpperDigits); break;
    case 'q': fmt_q(v); break;
    default: bad_verb(verb);
  }
}

// Go's fmtBytes: v's bytes; as_value is the slice/array itself for the verbs that
// print it element by element.
void Printer::print_bytes(std::string_view v, bool is_nil, uint32_t verb, const std::string& type_string,
                          const Value& as_value) {
  switch (verb) {
    case 'v':
    case 'd':
      if (f_.sharp_v) {
        buf += type_string;
        if (is_nil) {
          buf += "(nil)";
          return;
        }
        buf.push_back('{');
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf += ", ";
          fmt_0x64(static_cast<unsigned char>(v[i]), true);
        }
        buf.push_back('}');
      } else {
        buf.push_back('[');
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf.push_back(' ');
          fmt_integer(static_cast<unsigned char>(v[i]), 10, false, verb, kLowerDigits);
        }
        buf.push_back(']');
      }
      break;
    case 's': pad(truncate(v)); break;
    case 'x': fmt_sbx(v, kLowerDigits); break;
    case 'X': fmt_sbx(v, kUpperDigits); break;
    case 'q': fmt_q(v); break;
    default: print_value(as_value, verb, 0);
  }
}

void Printer::print_pointer(const Value& v, uint32_t verb) {
  Word u;
  switch (v.kind()) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::UnsafePointer:
      u = pointer_word(v);
      break;
    default:
      bad_verb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (f_.sharp_v) {
        buf.push_back('(');
        buf += v.type->str;
        buf += ")(";
        if (u == 0)
          buf += "nil";
        else
          fmt_0x64(u, true);
        buf.push_back(')');
      } else if (u == 0) {
        pad("<nil>");
      } else {
        fmt_0x64(u, !f_.sharp);
      }
      break;
    case 'p': fmt_0x64(u, !f_.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': print_integer(u, false, verb); break;
    default: bad_verb(verb);
  }
}

// Go's catchPanic: what fmt prints when a String/Error/GoString method panicked.
void Printer::print_method_panic(const Value& arg, uint32_t verb, std::string_view method, const std::string& text) {
  if (arg.kind() == Kind::Pointer && pointer_word(arg) == 0) {
    buf += "<nil>";
    return;
  }
  Flags old = f_;
  f_ = Flags{};
  buf += "%!";
  write_rune(verb);
  buf += "(PANIC=";
  buf += method;
  buf += " method: ";
  buf += text;
  buf.push_back(')');
  f_ = old;
}

// Calls method `name` on arg_ if its type has it; prints the result with print_verb.
bool Printer::call_method(std::string_view name, uint32_t verb, uint32_t print_verb) {
  std::string out;
  bool panicked = false;
  Value arg = arg_;
  if (!host_.call_string_method(arg.type, arg.ptr, name, out, &panicked)) return false;
  if (panicked) {
    print_method_panic(arg, verb, name, out);
  } else if (name == "GoString") {
    fmt_s(out);
  } else {
    print_string(out, print_verb);
  }
  return true;
}

bool Printer::handle_methods(uint32_t verb) {
  if (erroring_ || !arg_.valid()) return false;
  if (verb == 'w') {
    // %w is only for Errorf, and only with an error operand.
    if (!wrap_errs_) {
      bad_verb(verb);
      return true;
    }
    if (!f_.sharp_v) {
      if (call_method("Error", 'v', 'v')) return true;
      bad_verb(verb);
      return true;
    }
    // %#w: Go only checks that the operand is an error, then goes on as %#v. The Host
    // cannot answer "has method" without calling, so Error() is called and dropped.
    std::string ignored;
    bool panicked = false;
    if (!host_.call_string_method(arg_.type, arg_.ptr, "Error", ignored, &panicked)) {
      bad_verb(verb);
      return true;
    }
    verb = 'v';
  }
  if (f_.sharp_v) return call_method("GoString", verb, verb);
  switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      return call_method("Error", verb, verb) || call_method("String", verb, verb);
  }
  return false;
}

bool is_predeclared(const Type* t) { return t->pkg_path.empty() && t->named(); }

void Printer::print_arg(const GoEface& arg, uint32_t verb) {
  const Type* t = arg.dynamic_type();
  print_arg_value(t ? Value{t, arg.value_ptr(), false} : Value{}, verb);
}

void Printer::print_arg_value(Value arg, uint32_t verb) {
  arg_ = arg;
  value_ = Value{};
  if (!arg.valid()) {
    if (verb == 'T' || verb == 'v')
      pad("<nil>");
    else
      bad_verb(verb);
    return;
  }
  if (verb == 'T') {
    fmt_s(arg.type->str);
    return;
  }
  if (verb == 'p') {
    print_pointer(arg, 'p');
    return;
  }
  if (arg.type->kind == Kind::Struct && arg.type->name == "Value" && arg.type->pkg_path == "reflect") {
    // Go's printArg: a reflect.Value prints the value it holds (lib/go/reflect.go's
    // Value is {typ, ptr, flag}; flag bits 5 and 6 mark a value read through an
    // unexported field, whose methods fmt may not call).
    auto* w = static_cast<const Word*>(arg.ptr);
    Value inner{static_cast<const Type*>(types::ptr_from_word(w[0])), types::ptr_from_word(w[1]), (w[2] & 96) != 0};
    if (inner.valid() && !inner.read_only) {
      arg_ = inner.kind() == Kind::Interface ? interface_elem(inner) : inner;
      if (handle_methods(verb)) return;
    }
    print_value(inner, verb, 0);
    return;
  }
  const Type* t = arg.type;
  Kind k = t->kind;
  if (is_predeclared(t)) {
    if (is_signed_int(k)) return print_integer(static_cast<uint64_t>(load_int(arg)), true, verb);
    if (is_unsigned_int(k)) return print_integer(load_uint(arg), false, verb);
    switch (k) {
      case Kind::Bool: return fmt_bool(load<uint8_t>(arg.ptr) != 0, verb);
      case Kind::Float32: return print_float(load<float>(arg.ptr), 32, verb);
      case Kind::Float64: return print_float(load<double>(arg.ptr), 64, verb);
      case Kind::Complex64:
        return print_complex(load<float>(arg.ptr), load<float>(static_cast<const char*>(arg.ptr) + 4), 64, verb);
      case Kind::Complex128:
        return print_complex(load<double>(arg.ptr), load<double>(static_cast<const char*>(arg.ptr) + 8), 128,
                             verb);
      case Kind::String: return print_string(load<GoString>(arg.ptr).view(), verb);
      default: break;
    }
  }
  if (k == Kind::Slice && !t->named() && t->elem() && t->elem()->kind == Kind::Uint8 && is_predeclared(t->elem())) {
    GoSlice s = load<GoSlice>(arg.ptr);
    std::string_view bytes(static_cast<const char*>(s.data()), static_cast<size_t>(s.len));
    return print_bytes(bytes, s.ptr == 0, verb, "[]byte", arg);
  }
  if (!handle_methods(verb)) print_value(arg, verb, 0);
}

void Printer::print_value(Value v, uint32_t verb, int depth) {
  if (depth > 0 && v.valid() && !v.read_only) {
    // Go: p.arg = value.Interface(); an interface value yields its contents.
    arg_ = v.kind() == Kind::Interface ? interface_elem(v) : v;
    if (handle_methods(verb)) return;
  }
  arg_ = Value{};
  value_ = v;
  const Type* t = v.type;
  const char* base = static_cast<const char*>(v.ptr);
  Kind k = v.kind();
  if (is_signed_int(k)) return print_integer(static_cast<uint64_t>(load_int(v)), true, verb);
  if (is_unsigned_int(k)) return print_integer(load_uint(v), false, verb);
  switch (k) {
    case Kind::Invalid:
      if (depth == 0) {
        buf += "<invalid reflect.Value>";
      } else if (verb == 'v') {
        buf += "<nil>";
      } else {
        bad_verb(verb);
      }
      return;
    case Kind::Bool: return fmt_bool(load<uint8_t>(v.ptr) != 0, verb);
    case Kind::Float32: return print_float(load<float>(v.ptr), 32, verb);
    case Kind::Float64: return print_float(load<double>(v.ptr), 64, verb);
    case Kind::Complex64: return print_complex(load<float>(base), load<float>(base + 4), 64, verb);
    case Kind::Complex128: return print_complex(load<double>(base), load<double>(base + 8), 128, verb);
    case Kind::String: return print_string(load<GoString>(v.ptr).view(), verb);
    case Kind::Map: {
      Word m = pointer_word(v);
      if (f_.sharp_v) {
        buf += t->str;
        if (m == 0) {
          buf += "(nil)";
          return;
        }
        buf.push_back('{');
      } else {
        buf += "map[";
      }
      const types::MapType* mt = t->map_type();
      std::vector<std::pair<const void*, const void*>> entries;
      if (m != 0) host_.map_entries(t, m, entries);
      std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
        return compare_keys(Value{mt->key, a.first, false}, Value{mt->key, b.first, false}) < 0;
      });
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) {
          if (f_.sharp_v)
            buf += ", ";
          else
            buf.push_back(' ');
        }
        print_value(Value{mt->key, entries[i].first, v.read_only}, verb, depth + 1);
        buf.push_back(':');
        print_value(Value{mt->elem, entries[i].second, v.read_only}, verb, depth + 1);
      }
      buf.push_back(f_.sharp_v ? '}' : ']');
      return;
    }
    case Kind::Struct: {
      if (f_.sharp_v) buf += t->str;
      buf.push_back('{');
      const auto& fields = t->struct_type()->fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        const types::StructField& field = fields[i];
        if (i > 0) {
          if (f_.sharp_v)
            buf += ", ";
          else
            buf.push_back(' ');
        }
        if ((f_.plus_v || f_.sharp_v) && !field.name.empty()) {
          buf += field.name;
          buf.push_back(':');
        }
        Value fv{field.typ, base + field.offset, v.read_only || !exported_name(field.name)};
        if (fv.kind() == Kind::Interface) {
          Value inner = interface_elem(fv);
          if (inner.valid()) fv = inner;
        }
        print_value(fv, verb, depth + 1);
      }
      buf.push_back('}');
      return;
    }
    case Kind::Interface: {
      Value inner = interface_elem(v);
      if (!inner.valid()) {
        if (f_.sharp_v) {
          buf += t->str;
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
      } else {
        print_value(inner, verb, depth + 1);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const Type* elem = t->elem();
      const char* data;
      uint64_t len;
      bool nil_slice = false;
      if (k == Kind::Slice) {
        GoSlice s = load<GoSlice>(v.ptr);
        data = static_cast<const char*>(s.data());
        len = static_cast<uint64_t>(s.len);
        nil_slice = s.ptr == 0;
      } else {
        data = base;
        len = t->array_type()->len;
      }
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == Kind::Uint8) {
        print_bytes(std::string_view(data, static_cast<size_t>(len)), nil_slice, verb, t->str, v);
        return;
      }
      if (f_.sharp_v) {
        buf += t->str;
        if (nil_slice) {
          buf += "(nil)";
          return;
        }
        buf.push_back('{');
        for (uint64_t i = 0; i < len; ++i) {
          if (i > 0) buf += ", ";
          print_value(Value{elem, data + i * elem->size, v.read_only}, verb, depth + 1);
        }
        buf.push_back('}');
      } else {
        buf.push_back('[');
        for (uint64_t i = 0; i < len; ++i) {
          if (i > 0) buf.push_back(' ');
          print_value(Value{elem, data + i * elem->size, v.read_only}, verb, depth + 1);
        }
        buf.push_back(']');
      }
      return;
    }
    case Kind::Pointer:
      if (depth == 0 && pointer_word(v) != 0) {
        const Type* elem = t->elem();
        switch (elem->kind) {
          case Kind::Array:
          case Kind::Slice:
          case Kind::Struct:
          case Kind::Map:
            buf.push_back('&');
            print_value(Value{elem, types::ptr_from_word(pointer_word(v)), v.read_only}, verb, depth + 1);
            return;
          default:
            break;
        }
      }
      [[fallthrough]];
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return print_pointer(v, verb);
    default:
      buf.push_back('?');
      buf += t->str;
      buf.push_back('?');
      return;
  }
}

// Go's intFromArg: the operand for a '*' width or precision.
int64_t Printer::int_from_arg(std::span<const GoEface> a, size_t& arg_num, bool& is_int) {
  int64_t num = 0;
  is_int = false;
  if (arg_num < a.size()) {
    const Type* t = a[arg_num].dynamic_type();
    if (t) {
      Value v{t, a[arg_num].value_ptr(), false};
      if (is_signed_int(t->kind)) {
        num = load_int(v);
        is_int = true;
      } else if (is_unsigned_int(t->kind)) {
        uint64_t u = load_uint(v);
        if (static_cast<int64_t>(u) >= 0) {
          num = static_cast<int64_t>(u);
          is_int = true;
        }
      }
    }
    arg_num++;
    if (too_large(num)) {
      num = 0;
      is_int = false;
    }
  }
  return num;
}

// Go's parsenum: a decimal number in s[start, end); sets is_num, advances i.
int parse_num(std::string_view s, size_t& i, bool& is_num) {
  is_num = false;
  int num = 0;
  size_t end = s.size();
  while (i < end && s[i] >= '0' && s[i] <= '9') {
    if (too_large(num)) {
      is_num = false;
      i = end;
      return 0;
    }
    num = num * 10 + (s[i] - '0');
    is_num = true;
    ++i;
  }
  return num;
}

// Go's argNumber: reads "[n]" at format[i]. Returns whether the index was found
// (even a bad one), updating arg_num and i.
bool Printer::arg_number(size_t& arg_num, std::string_view format, size_t& i, size_t num_args) {
  if (i >= format.size() || format[i] != '[') return false;
  reordered = true;
  std::string_view rest = format.substr(i);
  // Go's parseArgNumber.
  int index = 0;
  size_t width = 1;
  bool ok = false;
  if (rest.size() >= 3) {
    for (size_t j = 1; j < rest.size(); ++j) {
      if (rest[j] == ']') {
        std::string_view inner = rest.substr(0, j);
        size_t p = 1;
        bool is_num;
        int n = parse_num(inner, p, is_num);
        if (!is_num || p != j) {
          width = j + 1;
          ok = false;
        } else {
          index = n - 1;
          width = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && index >= 0 && static_cast<size_t>(index) < num_args) {
    arg_num = static_cast<size_t>(index);
    i += width;
    return true;
  }
  good_arg_num_ = false;
  i += width;
  return ok;
}

void Printer::do_printf(std::string_view format, std::span<const GoEface> a) {
  size_t end = format.size();
  size_t arg_num = 0;
  bool after_index = false;
  reordered = false;
  size_t i = 0;
  while (i < end) {
    good_arg_num_ = true;
    size_t last = i;
    while (i < end && format[i] != '%') ++i;
    if (i > last) buf.append(format.substr(last, i - last));
    if (i >= end) break;
    ++i;  // skip '%'
    f_ = Flags{};
    bool handled_fast = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') {
        f_.sharp = true;
      } else if (c == '0') {
        f_.zero = true;
      } else if (c == '+') {
        f_.plus = true;
      } else if (c == '-') {
        f_.minus = true;
      } else if (c == ' ') {
        f_.space = true;
      } else {
        // Fast path: a lower-case verb right after the flags.
        if (c >= 'a' && c <= 'z' && arg_num < a.size()) {
          if (c == 'w') wrapped.push_back(static_cast<int64_t>(arg_num));
          if (c == 'w' || c == 'v') {
            f_.sharp_v = f_.sharp;
            f_.sharp = false;
            f_.plus_v = f_.plus;
            f_.plus = false;
          }
          print_arg(a[arg_num], static_cast<uint32_t>(c));
          arg_num++;
          ++i;
          handled_fast = true;
        }
        break;
      }
    }
    if (handled_fast) continue;

    after_index = arg_number(arg_num, format, i, a.size());

    if (i < end && format[i] == '*') {
      ++i;
      bool ok;
      int64_t w = int_from_arg(a, arg_num, ok);
      f_.wid = static_cast<int>(w);
      f_.wid_present = ok;
      if (!ok) buf += "%!(BADWIDTH)";
      if (f_.wid < 0) {
        f_.wid = -f_.wid;
        f_.minus = true;
        f_.zero = false;
      }
      after_index = false;
    } else {
      bool is_num;
      f_.wid = parse_num(format, i, is_num);
      f_.wid_present = is_num;
      if (after_index && f_.wid_present) good_arg_num_ = false;
    }

    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (after_index) good_arg_num_ = false;
      after_index = arg_number(arg_num, format, i, a.size());
      if (i < end && format[i] == '*') {
        ++i;
        bool ok;
        int64_t p = int_from_arg(a, arg_num, ok);
        f_.prec = static_cast<int>(p);
        f_.prec_present = ok;
        if (f_.prec < 0) {
          f_.prec = 0;
          f_.prec_present = false;
        }
        if (!f_.prec_present) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        bool is_num;
        f_.prec = parse_num(format, i, is_num);
        f_.prec_present = true;  // "%.d" means precision 0
        if (!is_num) f_.prec = 0;
      }
    }

    if (!after_index) after_index = arg_number(arg_num, format, i, a.size());

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    uint32_t verb = static_cast<unsigned char>(format[i]);
    int size = 1;
    if (verb >= 0x80) verb = strconv::decode_rune(format.substr(i), &size);
    i += static_cast<size_t>(size);

    if (verb == '%') {
      buf.push_back('%');
    } else if (!good_arg_num_) {
      buf += "%!";
      write_rune(verb);
      buf += "(BADINDEX)";
    } else if (arg_num >= a.size()) {
      buf += "%!";
      write_rune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'w') wrapped.push_back(static_cast<int64_t>(arg_num));
      if (verb == 'w' || verb == 'v') {
        f_.sharp_v = f_.sharp;
        f_.sharp = false;
        f_.plus_v = f_.plus;
        f_.plus = false;
      }
      print_arg(a[arg_num], verb);
      arg_num++;
    }
  }

  if (!reordered && arg_num < a.size()) {
    f_ = Flags{};
    buf += "%!(EXTRA ";
    for (size_t k = arg_num; k < a.size(); ++k) {
      if (k > arg_num) buf += ", ";
      const Type* t = a[k].dynamic_type();
      if (!t) {
        buf += "<nil>";
      } else {
        buf += t->str;
        buf.push_back('=');
        print_arg(a[k], 'v');
      }
    }
    buf.push_back(')');
  }
}

void Printer::do_print(std::span<const GoEface> args) {
  bool prev_string = false;
  for (size_t n = 0; n < args.size(); ++n) {
    const Type* t = args[n].dynamic_type();
    bool is_string = t && t->kind == Kind::String;
    if (n > 0 && !is_string && !prev_string) buf.push_back(' ');
    f_ = Flags{};
    print_arg(args[n], 'v');
    prev_string = is_string;
  }
}

void Printer::do_println(std::span<const GoEface> args) {
  for (size_t n = 0; n < args.size(); ++n) {
    if (n > 0) buf.push_back(' ');
    f_ = Flags{};
    print_arg(args[n], 'v');
  }
  buf.push_back('\n');
}

}  // namespace

std::string sprint(std::span<const GoEface> args, Host& host) {
  Printer p(host, false);
  p.do_print(args);
  return std::move(p.buf);
}

std::string sprintln(std::span<const GoEface> args, Host& host) {
  Printer p(host, false);
  p.do_println(args);
  return std::move(p.buf);
}

std::string sprintf(std::string_view format, std::span<const GoEface> args, Host& host) {
  Printer p(host, false);
  p.do_printf(format, args);
  return std::move(p.buf);
}

ErrorfText errorf(std::string_view format, std::span<const GoEface> args, Host& host) {
  Printer p(host, true);
  p.do_printf(format, args);
  ErrorfText out;
  out.text = std::move(p.buf);
  out.wrapped = std::move(p.wrapped);
  out.reordered = p.reordered;
  return out;
}

}  // namespace gs::lib::fmt
