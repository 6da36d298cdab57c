// module.cpp — Module's lookups: type indexes, pc→line, and the itab cache (Go:
// iface.go's getitab: one itab per (interface, type), built on first use, cached in
// the open-addressing itabTable of vm/iface.h and never freed while the program runs).
#include "vm/module.h"

#include <algorithm>

namespace gs::vm {

const char* op_name(Op op) {
  static const char* const names[] = {
#define GS_OP_NAME(n) #n,
      GS_OPCODES(GS_OP_NAME)
#undef GS_OP_NAME
  };
  auto i = static_cast<size_t>(op);
  return i < sizeof names / sizeof names[0] ? names[i] : "?";
}

int Func::line_at(uint32_t pc) const {
  int line = decl_line;
  for (const LineEntry& e : lines) {
    if (e.pc > pc) break;
    line = e.line;
  }
  return line;
}

int32_t Module::type_index(const types::Type* t) {
  for (size_t i = 0; i < types.size(); i++)
    if (types[i] == t) return static_cast<int32_t>(i);
  types.push_back(t);
  return static_cast<int32_t>(types.size() - 1);
}

const MethodEntry* Module::find_method(const types::Type* t, const std::string& name) const {
  auto it = iface_methods.find(t);
  if (it == iface_methods.end()) return nullptr;
  for (const MethodEntry& m : it->second)
    if (m.name == name) return &m;
  return nullptr;
}

Itab* Module::getitab(const types::Type* inter, const types::Type* type, std::string* missing) {
  // Go: the lock-free find first; only a miss takes the lock (and looks again, since
  // another thread may have added it meanwhile).
  Itab* m = itab_table.find(inter, type);
  if (!m) {
    std::lock_guard<std::mutex> lock(itab_mu);
    m = itab_table.find(inter, type);
    if (!m) {
      const types::InterfaceType* ity = inter->interface_type();
      if (!ity) return nullptr;
      std::vector<int32_t> fun;
      std::string lacks;
      for (const types::IMethod& im : ity->methods) {
        const MethodEntry* me = find_method(type, im.name);
        bool ok = false;
        if (me) {
          const types::FuncType* ft = funcs[me->func]->type->func_type();
          // the entry takes the receiver word first; compare the rest of the signature
          const types::FuncType* want = im.typ->func_type();
          ok = ft->in.size() == want->in.size() + 1 && ft->out == want->out && ft->variadic == want->variadic &&
               std::equal(want->in.begin(), want->in.end(), ft->in.begin() + 1);
        }
        if (!ok) {
          lacks = im.name;
          fun.clear();
          break;
        }
        fun.push_back(me->func);
      }
      m = &itabs.emplace_back();
      m->header.inter = types::word_from_ptr(inter);
      m->header.type = types::word_from_ptr(type);
      m->hash = type->hash;
      m->fun = std::move(fun);
      m->implements = lacks.empty();
      m->missing = std::move(lacks);
      itab_table.add(m);
    }
  }
  if (!m->implements) {
    if (missing) *missing = m->missing;
    return nullptr;
  }
  return m;
}

}  // namespace gs::vm
