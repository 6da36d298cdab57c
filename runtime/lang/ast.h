// ast.h — the syntax tree of one Go source file (the role of Go's
// cmd/compile/internal/syntax/nodes.go), plus printing in Go's short form.
// Invariant: every node is created by, and owned by, the Arena of its File; nodes refer to
// each other with plain non-owning pointers that stay valid as long as the File lives.
// Each node's pos follows Go's convention: for a binary Operation, AssignStmt, SendStmt,
// SelectorExpr, IndexExpr, SliceExpr, AssertExpr and CallExpr it is the operator's (or
// opening bracket's) position; start_pos() gives the leftmost position instead.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "source.h"
#include "token.h"

namespace gs::lang {

enum class Kind : uint8_t {
  // expressions
  BadExpr, Name, BasicLit, CompositeLit, KeyValueExpr, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, AssertExpr, TypeSwitchGuard, Operation, CallExpr, ListExpr,
  // types
  ArrayType, SliceType, DotsType, StructType, Field, InterfaceType, FuncType, MapType, ChanType,
  // statements
  EmptyStmt, LabeledStmt, BlockStmt, ExprStmt, SendStmt, DeclStmt, AssignStmt, BranchStmt,
  CallStmt, ReturnStmt, IfStmt, ForStmt, SwitchStmt, SelectStmt, RangeClause, CaseClause,
  CommClause,
  // declarations
  ImportDecl, ConstDecl, TypeDecl, VarDecl, FuncDecl,
  File,
};

std::string_view kind_name(Kind k);

struct Node {
  Kind kind;
  Pos pos;
  explicit Node(Kind k) : kind(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
};

// Expressions, types and statements are all Nodes; these aliases document intent.
using Expr = Node;
using Stmt = Node;
using Decl = Node;

template <Kind K>
struct NodeOf : Node {
  static constexpr Kind kKind = K;
  NodeOf() : Node(K) {}
};

// Checked downcast: the node as T if its kind matches, else nullptr.
template <typename T>
T* as(Node* n) { return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr; }
template <typename T>
const T* as(const Node* n) { return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr; }

// ---- expressions ----
struct BadExpr : NodeOf<Kind::BadExpr> {};
struct Name : NodeOf<Kind::Name> { std::string_view value; };
struct BasicLit : NodeOf<Kind::BasicLit> {
  std::string_view value;
  LitKind lit_kind = LitKind::Int;
  bool bad = false;
};
struct CompositeLit : NodeOf<Kind::CompositeLit> {
  Expr* type = nullptr;  // nil for elided types in nested literals
  std::vector<Expr*> elems;
  int nkeys = 0;         // how many elems are KeyValueExprs
  Pos rbrace;
};
struct KeyValueExpr : NodeOf<Kind::KeyValueExpr> { Expr* key = nullptr; Expr* value = nullptr; };
struct FuncType;
struct BlockStmt;
struct FuncLit : NodeOf<Kind::FuncLit> { FuncType* type = nullptr; BlockStmt* body = nullptr; };
struct ParenExpr : NodeOf<Kind::ParenExpr> { Expr* x = nullptr; };
struct SelectorExpr : NodeOf<Kind::SelectorExpr> { Expr* x = nullptr; Name* sel = nullptr; };
struct IndexExpr : NodeOf<Kind::IndexExpr> { Expr* x = nullptr; Expr* index = nullptr; };  // index may be a ListExpr (type args)
struct SliceExpr : NodeOf<Kind::SliceExpr> { Expr* x = nullptr; Expr* index[3] = {}; bool full = false; };
struct AssertExpr : NodeOf<Kind::AssertExpr> { Expr* x = nullptr; Expr* type = nullptr; };
struct TypeSwitchGuard : NodeOf<Kind::TypeSwitchGuard> { Name* lhs = nullptr; Expr* x = nullptr; };
struct Operation : NodeOf<Kind::Operation> { Op op = Op::None; Expr* x = nullptr; Expr* y = nullptr; };  // y == nullptr: unary
struct CallExpr : NodeOf<Kind::CallExpr> { Expr* fun = nullptr; std::vector<Expr*> args; bool has_dots = false; };
struct ListExpr : NodeOf<Kind::ListExpr> { std::vector<Expr*> elems; };

// ---- types ----
struct ArrayType : NodeOf<Kind::ArrayType> { Expr* len = nullptr; Expr* elem = nullptr; };  // len nil: [...]T
struct SliceType : NodeOf<Kind::SliceType> { Expr* elem = nullptr; };
struct DotsType : NodeOf<Kind::DotsType> { Expr* elem = nullptr; };
struct Field : NodeOf<Kind::Field> { Name* name = nullptr; Expr* type = nullptr; };  // name nil: anonymous/embedded
struct StructType : NodeOf<Kind::StructType> {
  std::vector<Field*> fields;
  std::vector<BasicLit*> tags;  // empty, or one per field (nil where untagged)
};
struct InterfaceType : NodeOf<Kind::InterfaceType> { std::vector<Field*> methods; };  // name nil: embedded element
struct FuncType : NodeOf<Kind::FuncType> { std::vector<Field*> params, results; };
struct MapType : NodeOf<Kind::MapType> { Expr* key = nullptr; Expr* value = nullptr; };
enum class ChanDir : uint8_t { Both, SendOnly, RecvOnly };
struct ChanType : NodeOf<Kind::ChanType> { ChanDir dir = ChanDir::Both; Expr* elem = nullptr; };

// ---- statements ----
struct EmptyStmt : NodeOf<Kind::EmptyStmt> {};
struct LabeledStmt : NodeOf<Kind::LabeledStmt> { Name* label = nullptr; Stmt* stmt = nullptr; };
struct BlockStmt : NodeOf<Kind::BlockStmt> { std::vector<Stmt*> list; Pos rbrace; };
struct ExprStmt : NodeOf<Kind::ExprStmt> { Expr* x = nullptr; };
struct SendStmt : NodeOf<Kind::SendStmt> { Expr* chan = nullptr; Expr* value = nullptr; };
struct DeclStmt : NodeOf<Kind::DeclStmt> { std::vector<Decl*> decls; };
// op None: plain '='; Op::Def: ':='; other: 'op=' or, with rhs nil, '++'/'--'.
struct AssignStmt : NodeOf<Kind::AssignStmt> { Op op = Op::None; Expr* lhs = nullptr; Expr* rhs = nullptr; };
struct BranchStmt : NodeOf<Kind::BranchStmt> {
  Tok tok = Tok::Break;  // Break, Continue, Fallthrough or Goto
  Name* label = nullptr;
  Stmt* target = nullptr;  // reserved for the branch checker / later passes
};
struct CallStmt : NodeOf<Kind::CallStmt> { Tok tok = Tok::Go; Expr* call = nullptr; };  // Go or Defer
struct ReturnStmt : NodeOf<Kind::ReturnStmt> { Expr* results = nullptr; };
struct IfStmt : NodeOf<Kind::IfStmt> {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* else_ = nullptr;  // nil, IfStmt or BlockStmt
};
struct ForStmt : NodeOf<Kind::ForStmt> {
  Stmt* init = nullptr;  // a RangeClause for range loops
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};
struct CaseClause : NodeOf<Kind::CaseClause> { Expr* cases = nullptr; std::vector<Stmt*> body; Pos colon; };  // cases nil: default
struct SwitchStmt : NodeOf<Kind::SwitchStmt> {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // may be a TypeSwitchGuard
  std::vector<CaseClause*> body;
  Pos rbrace;
};
struct CommClause : NodeOf<Kind::CommClause> { Stmt* comm = nullptr; std::vector<Stmt*> body; Pos colon; };  // comm nil: default
struct SelectStmt : NodeOf<Kind::SelectStmt> { std::vector<CommClause*> body; Pos rbrace; };
struct RangeClause : NodeOf<Kind::RangeClause> { Expr* lhs = nullptr; bool def = false; Expr* x = nullptr; };

// ---- declarations ----
// group: 0 when not in a parenthesised group, else an id shared by the group's members.
struct ImportDecl : NodeOf<Kind::ImportDecl> { int group = 0; Name* local_name = nullptr; BasicLit* path = nullptr; };
struct ConstDecl : NodeOf<Kind::ConstDecl> {
  int group = 0;
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;
};
struct TypeDecl : NodeOf<Kind::TypeDecl> {
  int group = 0;
  Name* name = nullptr;
  std::vector<Field*> tparams;
  bool alias = false;
  Expr* type = nullptr;
};
struct VarDecl : NodeOf<Kind::VarDecl> {
  int group = 0;
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;
};
struct FuncDecl : NodeOf<Kind::FuncDecl> {
  Field* recv = nullptr;
  Name* name = nullptr;
  std::vector<Field*> tparams;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;  // nil: no body
};

// Owns every node of one file.
class Arena {
 public:
  template <typename T>
  T* make(Pos pos) {
    auto node = std::make_unique<T>();
    node->pos = pos;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

struct File : NodeOf<Kind::File> {
  std::string source;  // the text parsed; names and literals are views into it
  Arena arena;
  Name* pkg_name = nullptr;
  std::vector<Decl*> decls;
  Pos eof;
};

// The leftmost source position of n (e.g. of x in "x + y").
Pos start_pos(const Node* n);
// Go's "short form" rendering used in error messages: function and composite literal
// bodies print as {…}, binary operators with single spaces.
std::string to_string(const Node* n);
// A multi-line, indented dump of the tree (kinds, names, positions) for tests and debugging.
std::string dump(const Node* n);

}  // namespace gs::lang
