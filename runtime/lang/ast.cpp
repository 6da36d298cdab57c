// ast.cpp — kind names, leftmost positions, and the short-form printer for the syntax tree.
// Invariant: to_string renders exactly what Go's syntax.String prints for the expression and
// simple-statement forms that appear in syntax error messages.
#include "ast.h"

namespace gs::lang {

std::string_view kind_name(Kind k) {
  static constexpr std::string_view kNames[] = {
      "BadExpr", "Name", "BasicLit", "CompositeLit", "KeyValueExpr", "FuncLit", "ParenExpr",
      "SelectorExpr", "IndexExpr", "SliceExpr", "AssertExpr", "TypeSwitchGuard", "Operation",
      "CallExpr", "ListExpr", "ArrayType", "SliceType", "DotsType", "StructType", "Field",
      "InterfaceType", "FuncType", "MapType", "ChanType", "EmptyStmt", "LabeledStmt", "BlockStmt",
      "ExprStmt", "SendStmt", "DeclStmt", "AssignStmt", "BranchStmt", "CallStmt", "ReturnStmt",
      "IfStmt", "ForStmt", "SwitchStmt", "SelectStmt", "RangeClause", "CaseClause", "CommClause",
      "ImportDecl", "ConstDecl", "TypeDecl", "VarDecl", "FuncDecl", "File"};
  static_assert(sizeof(kNames) / sizeof(kNames[0]) == static_cast<size_t>(Kind::File) + 1);
  return kNames[static_cast<size_t>(k)];
}

Pos start_pos(const Node* n) {
  while (n) {
    switch (n->kind) {
      case Kind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        if (!c->type) return n->pos;
        n = c->type;
        break;
      }
      case Kind::KeyValueExpr: n = static_cast<const KeyValueExpr*>(n)->key; break;
      case Kind::SelectorExpr: n = static_cast<const SelectorExpr*>(n)->x; break;
      case Kind::IndexExpr: n = static_cast<const IndexExpr*>(n)->x; break;
      case Kind::SliceExpr: n = static_cast<const SliceExpr*>(n)->x; break;
      case Kind::AssertExpr: n = static_cast<const AssertExpr*>(n)->x; break;
      case Kind::TypeSwitchGuard: {
        auto* g = static_cast<const TypeSwitchGuard*>(n);
        n = g->lhs ? static_cast<const Node*>(g->lhs) : g->x;
        break;
      }
      case Kind::Operation: {
        auto* o = static_cast<const Operation*>(n);
        if (!o->y) return n->pos;
        n = o->x;
        break;
      }
      case Kind::CallExpr: n = static_cast<const CallExpr*>(n)->fun; break;
      case Kind::ListExpr: {
        auto* l = static_cast<const ListExpr*>(n);
        if (l->elems.empty()) return n->pos;
        n = l->elems[0];
        break;
      }
      case Kind::ExprStmt: n = static_cast<const ExprStmt*>(n)->x; break;
      case Kind::SendStmt: n = static_cast<const SendStmt*>(n)->chan; break;
      case Kind::AssignStmt: n = static_cast<const AssignStmt*>(n)->lhs; break;
      case Kind::RangeClause: {
        auto* r = static_cast<const RangeClause*>(n);
        if (!r->lhs) return n->pos;
        n = r->lhs;
        break;
      }
      default: return n->pos;
    }
  }
  return Pos{};
}

namespace {

class Printer {
 public:
  std::string out;

  void list(const std::vector<Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i) out += ", ";
      node(xs[i]);
    }
  }

  void fields(const std::vector<Field*>& fs, const char* sep) {
    // Consecutive named fields sharing one type node print as "a, b T".
    for (size_t i = 0; i < fs.size(); ++i) {
      const Field* f = fs[i];
      if (i) out += sep;
      if (f->name) {
        node(f->name);
        bool shared = i + 1 < fs.size() && fs[i + 1]->name && fs[i + 1]->type == f->type;
        if (shared) continue;
        out += ' ';
      }
      node(f->type);
    }
  }

  void signature(const FuncType* t) {
    out += '(';
    fields(t->params, ", ");
    out += ')';
    if (t->results.empty()) return;
    out += ' ';
    if (t->results.size() == 1 && !t->results[0]->name) {
      node(t->results[0]->type);
    } else {
      out += '(';
      fields(t->results, ", ");
      out += ')';
    }
  }

  void node(const Node* n) {
    if (!n) return;
    switch (n->kind) {
      case Kind::BadExpr: out += "<bad expr>"; break;
      case Kind::Name: out += static_cast<const Name*>(n)->value; break;
      case Kind::BasicLit: out += static_cast<const BasicLit*>(n)->value; break;
      case Kind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        node(f->type);
        out += ' ';
        if (f->body) out += f->body->list.empty() ? "{}" : "{…}";
        break;
      }
      case Kind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        node(c->type);
        out += c->elems.empty() ? "{}" : "{…}";
        break;
      }
      case Kind::ParenExpr: out += '('; node(static_cast<const ParenExpr*>(n)->x); out += ')'; break;
      case Kind::SelectorExpr: {
        auto* s = static_cast<const SelectorExpr*>(n);
        node(s->x);
        out += '.';
        node(s->sel);
        break;
      }
      case Kind::IndexExpr: {
        auto* s = static_cast<const IndexExpr*>(n);
        node(s->x);
        out += '[';
        node(s->index);
        out += ']';
        break;
      }
      case Kind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        node(s->x);
        out += '[';
        node(s->index[0]);
        out += ':';
        node(s->index[1]);
        if (s->index[2]) {
          out += ':';
          node(s->index[2]);
        }
        out += ']';
        break;
      }
      case Kind::AssertExpr: {
        auto* a = static_cast<const AssertExpr*>(n);
        node(a->x);
        out += ".(";
        node(a->type);
        out += ')';
        break;
      }
      case Kind::TypeSwitchGuard: {
        auto* g = static_cast<const TypeSwitchGuard*>(n);
        if (g->lhs) {
          node(g->lhs);
          out += " := ";
        }
        node(g->x);
        out += ".(type)";
        break;
      }
      case Kind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        node(c->fun);
        out += '(';
        list(c->args);
        if (c->has_dots) out += "...";
        out += ')';
        break;
      }
      case Kind::Operation: {
        auto* o = static_cast<const Operation*>(n);
        if (!o->y) {
          out += op_name(o->op);
          node(o->x);
        } else {
          node(o->x);
          out += ' ';
          out += op_name(o->op);
          out += ' ';
          node(o->y);
        }
        break;
      }
      case Kind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(n);
        node(kv->key);
        out += ": ";
        node(kv->value);
        break;
      }
      case Kind::ListExpr: list(static_cast<const ListExpr*>(n)->elems); break;
      case Kind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(n);
        out += '[';
        if (a->len) node(a->len); else out += "...";
        out += ']';
        node(a->elem);
        break;
      }
      case Kind::SliceType: out += "[]"; node(static_cast<const SliceType*>(n)->elem); break;
      case Kind::DotsType: out += "..."; node(static_cast<const DotsType*>(n)->elem); break;
      case Kind::StructType: {
        auto* s = static_cast<const StructType*>(n);
        out += "struct{";
        fields(s->fields, "; ");
        out += '}';
        break;
      }
      case Kind::FuncType: out += "func"; signature(static_cast<const FuncType*>(n)); break;
      case Kind::InterfaceType: {
        auto* t = static_cast<const InterfaceType*>(n);
        out += "interface{";
        for (size_t i = 0; i < t->methods.size(); ++i) {
          if (i) out += "; ";
          const Field* m = t->methods[i];
          if (m->name) {
            node(m->name);
            if (auto* ft = as<FuncType>(m->type)) signature(ft); else node(m->type);
          } else {
            node(m->type);
          }
        }
        out += '}';
        break;
      }
      case Kind::MapType: {
        auto* m = static_cast<const MapType*>(n);
        out += "map[";
        node(m->key);
        out += ']';
        node(m->value);
        break;
      }
      case Kind::ChanType: {
        auto* c = static_cast<const ChanType*>(n);
        if (c->dir == ChanDir::RecvOnly) out += "<-";
        out += "chan";
        if (c->dir == ChanDir::SendOnly) out += "<-";
        out += ' ';
        auto* e = as<ChanType>(c->elem);
        if (c->dir == ChanDir::Both && e && e->dir == ChanDir::RecvOnly) {
          out += '(';
          node(c->elem);
          out += ')';
        } else {
          node(c->elem);
        }
        break;
      }
      case Kind::Field: {
        auto* f = static_cast<const Field*>(n);
        if (f->name) {
          node(f->name);
          out += ' ';
        }
        node(f->type);
        break;
      }
      case Kind::ExprStmt: node(static_cast<const ExprStmt*>(n)->x); break;
      case Kind::SendStmt: {
        auto* s = static_cast<const SendStmt*>(n);
        node(s->chan);
        out += " <- ";
        node(s->value);
        break;
      }
      case Kind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(n);
        node(a->lhs);
        if (!a->rhs) {
          out += op_name(a->op);
          out += op_name(a->op);
        } else {
          out += ' ';
          out += op_name(a->op);
          out += "= ";
          node(a->rhs);
        }
        break;
      }
      case Kind::RangeClause: {
        auto* r = static_cast<const RangeClause*>(n);
        if (r->lhs) {
          node(r->lhs);
          out += r->def ? " := " : " = ";
        }
        out += "range ";
        node(r->x);
        break;
      }
      case Kind::CallStmt: {
        auto* c = static_cast<const CallStmt*>(n);
        out += token_name(c->tok);
        out += ' ';
        node(c->call);
        break;
      }
      default: out += kind_name(n->kind); break;
    }
  }
};

void dump_into(std::string& out, const Node* n, int depth);

void dump_child(std::string& out, const char* label, const Node* n, int depth) {
  if (!n) return;
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += label;
  out += ":\n";
  dump_into(out, n, depth + 1);
}

template <typename T>
void dump_children(std::string& out, const char* label, const std::vector<T*>& xs, int depth) {
  for (const T* x : xs) dump_child(out, label, x, depth);
}

void dump_into(std::string& out, const Node* n, int depth) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += kind_name(n->kind);
  out += ' ' + std::to_string(n->pos.line) + ':' + std::to_string(n->pos.col);
  switch (n->kind) {
    case Kind::Name: out += " "; out += static_cast<const Name*>(n)->value; break;
    case Kind::BasicLit: out += " "; out += static_cast<const BasicLit*>(n)->value; break;
    case Kind::Operation: out += " "; out += op_name(static_cast<const Operation*>(n)->op); break;
    case Kind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(n);
      out += " ";
      out += a->op == Op::Def ? ":=" : std::string(op_name(a->op)) + (a->rhs ? "=" : "");
      break;
    }
    case Kind::BranchStmt: out += " "; out += token_name(static_cast<const BranchStmt*>(n)->tok); break;
    case Kind::CallStmt: out += " "; out += token_name(static_cast<const CallStmt*>(n)->tok); break;
    case Kind::ChanType: {
      auto d = static_cast<const ChanType*>(n)->dir;
      out += d == ChanDir::SendOnly ? " send" : d == ChanDir::RecvOnly ? " recv" : "";
      break;
    }
    case Kind::RangeClause: if (static_cast<const RangeClause*>(n)->def) out += " :="; break;
    case Kind::TypeDecl: if (static_cast<const TypeDecl*>(n)->alias) out += " alias"; break;
    default: break;
  }
  out += '\n';
  ++depth;
  switch (n->kind) {
    case Kind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(n);
      dump_child(out, "Type", c->type, depth);
      dump_children(out, "Elem", c->elems, depth);
      break;
    }
    case Kind::KeyValueExpr: {
      auto* c = static_cast<const KeyValueExpr*>(n);
      dump_child(out, "Key", c->key, depth);
      dump_child(out, "Value", c->value, depth);
      break;
    }
    case Kind::FuncLit: {
      auto* c = static_cast<const FuncLit*>(n);
      dump_child(out, "Type", c->type, depth);
      dump_child(out, "Body", c->body, depth);
      break;
    }
    case Kind::ParenExpr: dump_child(out, "X", static_cast<const ParenExpr*>(n)->x, depth); break;
    case Kind::SelectorExpr: {
      auto* c = static_cast<const SelectorExpr*>(n);
      dump_child(out, "X", c->x, depth);
      dump_child(out, "Sel", c->sel, depth);
      break;
    }
    case Kind::IndexExpr: {
      auto* c = static_cast<const IndexExpr*>(n);
      dump_child(out, "X", c->x, depth);
      dump_child(out, "Index", c->index, depth);
      break;
    }
    case Kind::SliceExpr: {
      auto* c = static_cast<const SliceExpr*>(n);
      dump_child(out, "X", c->x, depth);
      for (auto* i : c->index) dump_child(out, "Index", i, depth);
      break;
    }
    case Kind::AssertExpr: {
      auto* c = static_cast<const AssertExpr*>(n);
      dump_child(out, "X", c->x, depth);
      dump_child(out, "Type", c->type, depth);
      break;
    }
    case Kind::TypeSwitchGuard: {
      auto* c = static_cast<const TypeSwitchGuard*>(n);
      dump_child(out, "Lhs", c->lhs, depth);
      dump_child(out, "X", c->x, depth);
      break;
    }
    case Kind::Operation: {
      auto* c = static_cast<const Operation*>(n);
      dump_child(out, "X", c->x, depth);
      dump_child(out, "Y", c->y, depth);
      break;
    }
    case Kind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(n);
      dump_child(out, "Fun", c->fun, depth);
      dump_children(out, "Arg", c->args, depth);
      break;
    }
    case Kind::ListExpr: dump_children(out, "Elem", static_cast<const ListExpr*>(n)->elems, depth); break;
    case Kind::ArrayType: {
      auto* c = static_cast<const ArrayType*>(n);
      dump_child(out, "Len", c->len, depth);
      dump_child(out, "Elem", c->elem, depth);
      break;
    }
    case Kind::SliceType: dump_child(out, "Elem", static_cast<const SliceType*>(n)->elem, depth); break;
    case Kind::DotsType: dump_child(out, "Elem", static_cast<const DotsType*>(n)->elem, depth); break;
    case Kind::Field: {
      auto* c = static_cast<const Field*>(n);
      dump_child(out, "Name", c->name, depth);
      dump_child(out, "Type", c->type, depth);
      break;
    }
    case Kind::StructType: {
      auto* c = static_cast<const StructType*>(n);
      dump_children(out, "Field", c->fields, depth);
      dump_children(out, "Tag", c->tags, depth);
      break;
    }
    case Kind::InterfaceType: dump_children(out, "Method", static_cast<const InterfaceType*>(n)->methods, depth); break;
    case Kind::FuncType: {
      auto* c = static_cast<const FuncType*>(n);
      dump_children(out, "Param", c->params, depth);
      dump_children(out, "Result", c->results, depth);
      break;
    }
    case Kind::MapType: {
      auto* c = static_cast<const MapType*>(n);
      dump_child(out, "Key", c->key, depth);
      dump_child(out, "Value", c->value, depth);
      break;
    }
    case Kind::ChanType: dump_child(out, "Elem", static_cast<const ChanType*>(n)->elem, depth); break;
    case Kind::LabeledStmt: {
      auto* c = static_cast<const LabeledStmt*>(n);
      dump_child(out, "Label", c->label, depth);
      dump_child(out, "Stmt", c->stmt, depth);
      break;
    }
    case Kind::BlockStmt: dump_children(out, "Stmt", static_cast<const BlockStmt*>(n)->list, depth); break;
    case Kind::ExprStmt: dump_child(out, "X", static_cast<const ExprStmt*>(n)->x, depth); break;
    case Kind::SendStmt: {
      auto* c = static_cast<const SendStmt*>(n);
      dump_child(out, "Chan", c->chan, depth);
      dump_child(out, "Value", c->value, depth);
      break;
    }
    case Kind::DeclStmt: dump_children(out, "Decl", static_cast<const DeclStmt*>(n)->decls, depth); break;
    case Kind::AssignStmt: {
      auto* c = static_cast<const AssignStmt*>(n);
      dump_child(out, "Lhs", c->lhs, depth);
      dump_child(out, "Rhs", c->rhs, depth);
      break;
    }
    case Kind::BranchStmt: dump_child(out, "Label", static_cast<const BranchStmt*>(n)->label, depth); break;
    case Kind::CallStmt: dump_child(out, "Call", static_cast<const CallStmt*>(n)->call, depth); break;
    case Kind::ReturnStmt: dump_child(out, "Results", static_cast<const ReturnStmt*>(n)->results, depth); break;
    case Kind::IfStmt: {
      auto* c = static_cast<const IfStmt*>(n);
      dump_child(out, "Init", c->init, depth);
      dump_child(out, "Cond", c->cond, depth);
      dump_child(out, "Then", c->then, depth);
      dump_child(out, "Else", c->else_, depth);
      break;
    }
    case Kind::ForStmt: {
      auto* c = static_cast<const ForStmt*>(n);
      dump_child(out, "Init", c->init, depth);
      dump_child(out, "Cond", c->cond, depth);
      dump_child(out, "Post", c->post, depth);
      dump_child(out, "Body", c->body, depth);
      break;
    }
    case Kind::SwitchStmt: {
      auto* c = static_cast<const SwitchStmt*>(n);
      dump_child(out, "Init", c->init, depth);
      dump_child(out, "Tag", c->tag, depth);
      dump_children(out, "Clause", c->body, depth);
      break;
    }
    case Kind::SelectStmt: dump_children(out, "Clause", static_cast<const SelectStmt*>(n)->body, depth); break;
    case Kind::RangeClause: {
      auto* c = static_cast<const RangeClause*>(n);
      dump_child(out, "Lhs", c->lhs, depth);
      dump_child(out, "X", c->x, depth);
      break;
    }
    case Kind::CaseClause: {
      auto* c = static_cast<const CaseClause*>(n);
      dump_child(out, "Cases", c->cases, depth);
      dump_children(out, "Stmt", c->body, depth);
      break;
    }
    case Kind::CommClause: {
      auto* c = static_cast<const CommClause*>(n);
      dump_child(out, "Comm", c->comm, depth);
      dump_children(out, "Stmt", c->body, depth);
      break;
    }
    case Kind::ImportDecl: {
      auto* c = static_cast<const ImportDecl*>(n);
      dump_child(out, "LocalName", c->local_name, depth);
      dump_child(out, "Path", c->path, depth);
      break;
    }
    case Kind::ConstDecl: {
      auto* c = static_cast<const ConstDecl*>(n);
      dump_children(out, "Name", c->names, depth);
      dump_child(out, "Type", c->type, depth);
      dump_child(out, "Values", c->values, depth);
      break;
    }
    case Kind::VarDecl: {
      auto* c = static_cast<const VarDecl*>(n);
      dump_children(out, "Name", c->names, depth);
      dump_child(out, "Type", c->type, depth);
      dump_child(out, "Values", c->values, depth);
      break;
    }
    case Kind::TypeDecl: {
      auto* c = static_cast<const TypeDecl*>(n);
      dump_child(out, "Name", c->name, depth);
      dump_children(out, "TParam", c->tparams, depth);
      dump_child(out, "Type", c->type, depth);
      break;
    }
    case Kind::FuncDecl: {
      auto* c = static_cast<const FuncDecl*>(n);
      dump_child(out, "Recv", c->recv, depth);
      dump_child(out, "Name", c->name, depth);
      dump_children(out, "TParam", c->tparams, depth);
      dump_child(out, "Type", c->type, depth);
      dump_child(out, "Body", c->body, depth);
      break;
    }
    case Kind::File: {
      auto* c = static_cast<const File*>(n);
      dump_child(out, "Package", c->pkg_name, depth);
      dump_children(out, "Decl", c->decls, depth);
      break;
    }
    default: break;
  }
}

}  // namespace

std::string to_string(const Node* n) {
  Printer p;
  p.node(n);
  return std::move(p.out);
}

std::string dump(const Node* n) {
  std::string out;
  if (n) dump_into(out, n, 0);
  return out;
}

}  // namespace gs::lang
