// typeinfo.h — what the compile walk learns about package main's syntax tree, kept for the
// passes that run after it (escape analysis), in the manner of types2's Info: the type and
// operand mode of each expression, the Object each identifier use resolves to, the Objects
// each declaration introduces, the callee of each call, the implicit conversions to
// interface types, and each function body's parameters and results.
// Invariant: it is filled only while CompileOptions::escape_messages is set and only for
// package main's function bodies compiled once (generic bodies, compiled per instance, are
// marked instead), and it refers to nodes and Objects owned by the Compiler: it is valid
// only while that Compiler lives.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.h"
#include "types/type.h"

namespace gs::lang {

struct Object;

struct TypeInfo {
  // Expression → its type (nullptr for untyped constants and nil) and the compiler's
  // operand mode (compile_internal.h's Mode, as an int to keep this header light).
  struct ExprInfo {
    const types::Type* type = nullptr;
    int mode = 0;
    Object* obj = nullptr;   // the variable, function, type or package named, if any
    int32_t func = -1;       // FuncRef: Module::funcs index of the function or method
    bool bound_method = false;   // FuncRef with its receiver (x.M)
    int iface_method = -1;       // method of an interface value
    const types::Type* recv_type = nullptr;  // bound method: the receiver's type as passed
    // A constant (bool, integer or string): its value as Go's compiler prints it, and
    // for an untyped one its untyped kind (constant.h's BasicKind), else -1.
    std::string const_text;
    int const_untyped_kind = -1;
  };
  std::unordered_map<const Node*, ExprInfo> exprs;
  // Identifier declarations: a Name may declare one Object per type-switch clause.
  std::unordered_map<const Name*, std::vector<Object*>> defs;
  // Expressions converted implicitly to an interface type (assignment, argument, return...).
  std::unordered_map<const Node*, const types::Type*> iface_convs;
  // Each function body compiled: FuncDecl or FuncLit → its Module::funcs index, the
  // parameter Objects (receiver first; nullptr for unnamed/blank) and result Objects.
  struct FuncInfo {
    int32_t func = -1;
    std::vector<Object*> params;
    std::vector<Object*> results;
    std::vector<const types::Type*> param_types;
    std::vector<const types::Type*> result_types;
    bool generic = false;
  };
  std::unordered_map<const Node*, FuncInfo> funcs;
  std::unordered_map<int32_t, const Node*> func_nodes;  // Module::funcs index → FuncDecl/FuncLit
  std::unordered_set<const Node*> generic_bodies;       // bodies compiled per instance
  // Module function names (for library calls): index → "fmt.Println", "strings.(*Builder).String".
  std::unordered_map<int32_t, std::string> func_names;

  const ExprInfo* at(const Node* n) const {
    auto it = exprs.find(n);
    return it == exprs.end() ? nullptr : &it->second;
  }
};

}  // namespace gs::lang
