// compile.cpp — packages, declarations and frames: loads the program and the
// preludes it imports, collects each package's declarations (so use may precede
// declaration), resolves them lazily with cycle detection, and compiles function
// bodies (then the instances of generics they use, compile_generic.cpp). See
// compile_internal.h for the invariants.
#include <algorithm>
#include <cstring>

#include "lang/escape.h"
#include "lang/compile_internal.h"
#include "vm/builtins.h"
#include "lang/parser.h"
#include "lib/native.h"

namespace gs::lang {

void Compiler::error(Pos pos, std::string msg) { diags_.report(pos, std::move(msg)); }

Object* Compiler::new_object(ObjKind k, const std::string& name, Pos pos) {
  objects_.push_back(std::make_unique<Object>());
  Object* o = objects_.back().get();
  o->kind = k;
  o->name = name;
  o->pos = pos;
  o->pkg = pkg_;
  return o;
}

vm::Func* Compiler::new_func(const std::string& name, int line, int32_t* index) {
  module_->funcs.push_back(std::make_unique<vm::Func>());
  vm::Func* f = module_->funcs.back().get();
  f->name = name;
  f->decl_line = line;
  f->funcval[0] = types::word_from_ptr(f);  // a func value of a top-level function points here
  f->file = pkg_ && !pkg_->is_main ? "$GOROOT/src/" + pkg_->path + "/" + pkg_->name + ".go" : "/tmp/prog.go";
  *index = static_cast<int32_t>(module_->funcs.size() - 1);
  return f;
}

// ---- frames ------------------------------------------------------------------------

bool Compiler::is_live_temp(int32_t off) const {
  for (auto& [key, o] : fs_->live_temps)
    if (o == off) return true;
  return false;
}

// Peephole: `op t, ...; Mov8 dst, t` with t a temporary that dies here becomes
// `op dst, ...`. Only for instructions that write exactly their first operand.
bool Compiler::retarget_last(int32_t src, int32_t dst) {
  auto& code = fs_->f->code;
  if (code.empty() || fs_->last_label >= pc() || !is_live_temp(src)) return false;
  vm::Instr& last = code.back();
  if (last.a != src) return false;
  switch (last.op) {
    case VOp::Const64: case VOp::Add: case VOp::Sub: case VOp::Mul: case VOp::AddImm: case VOp::And:
    case VOp::Or: case VOp::Xor: case VOp::AndNot: case VOp::Neg: case VOp::Com: case VOp::Not:
    case VOp::Eq: case VOp::Ne: case VOp::LtS: case VOp::LeS: case VOp::LtU: case VOp::LeU:
    case VOp::FAdd64: case VOp::FSub64: case VOp::FMul64: case VOp::FDiv64: case VOp::Load8:
    case VOp::LoadG8: case VOp::FrameAddr: case VOp::GlobalAddr: case VOp::FuncVal:
      if (last.b == src || last.c == src) return false;  // reads its own destination
      last.a = dst;
      return true;
    default: return false;
  }
}

size_t Compiler::emit(VOp op, int32_t a, int32_t b, int32_t c, int32_t d, uint16_t x) {
  // Peepholes at the end of the code (never across a jump target):
  //   cmp t, x, y; JmpIf(Not) t, L     →  fused compare-and-branch
  //   Const64 k, v; cmp t, x, k; JmpIf(Not) t, L  →  compare-with-immediate branch
  auto& code = fs_->f->code;
  if ((op == VOp::JmpIf || op == VOp::JmpIfNot) && !code.empty() && fs_->last_label < pc() && is_live_temp(a)) {
    vm::Instr cmp = code.back();
    bool neg = op == VOp::JmpIfNot;
    if (cmp.a == a && (cmp.op == VOp::LtS || cmp.op == VOp::LeS || cmp.op == VOp::Eq || cmp.op == VOp::Ne)) {
      // normalise to: jump if (x REL y)
      int32_t x1 = cmp.b, y1 = cmp.c;
      enum Rel { LT, GE, EQ, NE } rel;
      switch (cmp.op) {
        case VOp::LtS: rel = neg ? GE : LT; break;
        case VOp::LeS: rel = neg ? LT : GE, std::swap(x1, y1); break;  // x<=y ⇔ !(y<x)
        case VOp::Eq: rel = neg ? NE : EQ; break;
        default: rel = neg ? EQ : NE; break;
      }
      // with an immediate: the constant was loaded by the instruction just before
      bool imm_done = false;
      if (code.size() >= 2 && fs_->last_label < pc() - 1) {
        vm::Instr k = code[code.size() - 2];
        int64_t v = static_cast<int64_t>(static_cast<uint32_t>(k.b) | (static_cast<uint64_t>(static_cast<uint32_t>(k.c)) << 32));
        bool fits = v >= INT32_MIN + 1 && v <= INT32_MAX - 1;
        if (k.op == VOp::Const64 && is_live_temp(k.a) && fits && (k.a == y1 || k.a == x1) && x1 != y1) {
          int32_t var = k.a == y1 ? x1 : y1;
          bool const_left = k.a == x1;
          VOp fused = VOp::Nop;
          int32_t iv = static_cast<int32_t>(v);
          switch (rel) {
            case LT: fused = const_left ? VOp::JGeSI : VOp::JLtSI; if (const_left) iv += 1; break;  // v<var ⇔ var>=v+1
            case GE: fused = const_left ? VOp::JLtSI : VOp::JGeSI; if (const_left) iv += 1; break;  // v>=var ⇔ var<v+1
            case EQ: fused = VOp::JEqI; break;
            case NE: fused = VOp::JNeI; break;
          }
          code.pop_back();
          code.pop_back();
          vm::Instr f;
          f.op = fused;
          f.a = var;
          f.b = iv;
          f.c = b;
          code.push_back(f);
          imm_done = true;
        }
      }
      if (!imm_done) {
        code.pop_back();
        vm::Instr f;
        f.op = rel == LT ? VOp::JLtS : rel == GE ? VOp::JGeS : rel == EQ ? VOp::JEq : VOp::JNe;
        f.a = x1;
        f.b = y1;
        f.c = b;
        code.push_back(f);
      }
      return code.size() - 1;
    }
  }
  vm::Instr in;
  in.op = op;
  in.a = a;
  in.b = b;
  in.c = c;
  in.d = d;
  in.x = x;
  fs_->f->code.push_back(in);
  return fs_->f->code.size() - 1;
}

void Compiler::patch(size_t at, size_t target) {
  fs_->last_label = std::max(fs_->last_label, target);
  vm::Instr& in = fs_->f->code[at];
  int32_t t = static_cast<int32_t>(target);
  switch (in.op) {
    case VOp::Jmp: in.a = t; break;
    case VOp::JmpIf:
    case VOp::JmpIfNot: in.b = t; break;
    default: in.c = t; break;  // compare-and-branch, MapIterNext, StrRange, TypeSwitchCase
  }
}

void Compiler::set_line(Pos p) {
  if (!p.known() || !fs_) return;
  if (p.line == fs_->last_line) return;
  fs_->last_line = p.line;
  auto& lines = fs_->f->lines;
  uint32_t at = static_cast<uint32_t>(pc());
  if (!lines.empty() && lines.back().pc == at) {
    lines.back().line = p.line;
  } else {
    lines.push_back({at, p.line});
  }
}

static std::string shape_key(int32_t size, const std::vector<bool>& ptrs) {
  std::string k = std::to_string(size) + ":";
  for (bool b : ptrs) k += b ? '1' : '0';
  return k;
}

static std::vector<bool> pointer_words(const Type* t) {
  size_t words = (t->size + 7) / 8;
  std::vector<bool> v(words, false);
  for (size_t i = 0; i < words; i++) v[i] = t->word_is_pointer(i);
  return v;
}

int32_t Compiler::alloc_raw(int32_t size, const std::vector<bool>& ptrs) {
  vm::Func* f = fs_->f;
  int32_t off = (f->frame_size + 7) & ~7;
  int32_t words = (size + 7) / 8;
  if (words == 0) words = 1;
  f->frame_size = off + words * 8;
  fs_->ptr_words.resize(f->frame_size / 8, false);
  for (int32_t i = 0; i < words && i < static_cast<int32_t>(ptrs.size()); i++)
    if (ptrs[i]) fs_->ptr_words[off / 8 + i] = true;
  return off;
}

std::vector<int32_t> Compiler::begin_frame(FuncState& fs, const types::FuncType* sig) {
  vm::Func* f = fs.f;
  int32_t results_off, total;
  std::vector<int32_t> offs = param_offsets(sig, &results_off, &total, false, nullptr);
  f->params_size = results_off;
  f->args_size = total;
  f->results_off = results_off;
  f->frame_size = vm::kFrameHeader + total;
  fs.ptr_words.assign(f->frame_size / 8, false);
  fs.ptr_words[vm::kSavedFp / 8] = true;
  fs.ptr_words[vm::kClosureCtx / 8] = true;
  std::vector<bool> area = block_shape(sig, offs, total);
  for (size_t w = 0; w < area.size() && vm::kFrameHeader / 8 + w < fs.ptr_words.size(); w++)
    if (area[w]) fs.ptr_words[vm::kFrameHeader / 8 + w] = true;
  return offs;
}

void Compiler::finish_frame(FuncState& fs) {
  vm::Func* f = fs.f;
  f->frame_size = (f->frame_size + 15) & ~15;
  for (auto& t : f->temp_live) t.end = std::min<uint32_t>(t.end, static_cast<uint32_t>(f->code.size()) + 1);
  fs.ptr_words.resize(f->frame_size / 8, false);
  f->ptrbits.assign((fs.ptr_words.size() + 7) / 8, 0);
  for (size_t i = 0; i < fs.ptr_words.size(); i++)
    if (fs.ptr_words[i]) f->ptrbits[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
}

int32_t Compiler::alloc_local(const Type* t) {
  return alloc_raw(static_cast<int32_t>(t->size), pointer_words(t));
}

int32_t Compiler::alloc_temp(const Type* t) {
  return alloc_temp_shape(static_cast<int32_t>(std::max<uint64_t>(8, (t->size + 7) & ~uint64_t{7})), pointer_words(t));
}

int32_t Compiler::alloc_temp_shape(int32_t size, const std::vector<bool>& ptrs) {
  size = std::max<int32_t>(8, (size + 7) & ~7);
  std::string key = shape_key(size, ptrs);
  auto& fl = fs_->free_temps[key];
  int32_t off;
  if (!fl.empty()) {
    off = fl.back();
    fl.pop_back();
  } else {
    off = alloc_raw(size, ptrs);
  }
  fs_->live_temps.push_back({key, off});
  if (std::find(ptrs.begin(), ptrs.end(), true) != ptrs.end()) {
    fs_->open_temp_live.push_back(fs_->f->temp_live.size());
    fs_->f->temp_live.push_back({off / 8, size / 8, static_cast<uint32_t>(pc()), UINT32_MAX});
  }
  return off;
}

void Compiler::release_temps() {
  if (!fs_) return;
  for (auto& [key, off] : fs_->live_temps) fs_->free_temps[key].push_back(off);
  fs_->live_temps.clear();
  for (size_t i : fs_->open_temp_live) fs_->f->temp_live[i].end = static_cast<uint32_t>(pc());
  fs_->open_temp_live.clear();
}

void Compiler::push_scope() {
  auto s = std::make_unique<Scope>();
  s->parent = scope_;
  scope_ = s.get();
  fs_->scopes.push_back(std::move(s));
}

void Compiler::pop_scope() {
  check_unused(scope_);
  scope_ = scope_->parent;
}

void Compiler::check_unused(Scope* s) {
  std::vector<Object*> unused;
  for (auto& [n, o] : s->names)
    if (o->kind == ObjKind::Var && !o->used && !o->is_param && n != "_" && o->owner) unused.push_back(o);
  for (Object* o : unused) error(o->pos, "declared and not used: " + o->name);
}

Object* Compiler::declare_var(Name* name, const Type* t, bool report_unused) {
  std::string n(name->value);
  Object* o = new_object(ObjKind::Var, n, name->pos);
  o->type = t;
  o->owner = fs_;
  o->used = !report_unused;
  if (recording() && !compiling_instance_) info_.defs[name].push_back(o);
  if (n == "_") {
    o->off = alloc_local(t);
    return o;
  }
  if (Object* prev = scope_->lookup_local(n)) {
    error(name->pos, n + " redeclared in this block\n\t" + options_.filename + ":" + std::to_string(prev->pos.line) +
                         ":" + std::to_string(prev->pos.col) + ": other declaration of " + n);
  }
  if (fs_->heap_names.count(n) && captures_by_value(name, t)) {
    o->byval = true;  // stays a frame variable; each closure keeps a copy
    o->off = alloc_local(t);
  } else if (fs_->heap_names.count(n)) {
    o->storage = Storage::HeapCell;
    o->off = alloc_local(U->ptr_to(t));
    o->frame_cell = keeps_in_frame(name, StackDecisions::kVar);
    emit_new(o->off, t, o->frame_cell ? name : nullptr);
  } else {
    o->off = alloc_local(t);
  }
  scope_->names[n] = o;
  return o;
}

bool Compiler::captures_by_value(const Name* name, const Type* t) const {
  if (!t || !keeps_in_frame(name, StackDecisions::kByVal)) return false;
  const FuncState& fs = *fs_;
  const std::string n(name->value);
  if (fs.addr_names.count(n) || fs.assigned_names.count(n)) return false;
  auto it = fs.def_counts.find(n);
  if (it == fs.def_counts.end() || it->second != 1) return false;  // declared once, here
  if (fs.assigned_through.count(n)) {
    // x.f = v or x[i] = v writes x itself unless x is a pointer, slice or map.
    TK k = underlying(t)->kind;
    if (k != TK::Pointer && k != TK::Slice && k != TK::Map) return false;
  }
  return true;
}

bool Compiler::keeps_in_frame(const Node* n, StackDecisions::What w) const {
  const StackDecisions* d = options_.stack_decisions;
  if (!d || !n || !pkg_ || !pkg_->is_main || !fs_ || fs_ == &init_fs_ || compiling_instance_) return false;
  return d->has(n->pos.line, n->pos.col, static_cast<int>(n->kind), w);
}

void Compiler::emit_new(int32_t dst, const Type* t, const Node* site) {
  const StackDecisions::What w = as<Name>(site) ? StackDecisions::kVar : StackDecisions::kAlloc;
  if (site && keeps_in_frame(site, w)) {
    // A frame region, zeroed here (the site may run once per loop iteration; escape
    // analysis has checked nothing from an earlier iteration still points at it).
    int32_t region = alloc_local(t);
    emit(VOp::Zero, region, 0, 0, static_cast<int32_t>(std::max<uint64_t>(8, (t->size + 7) & ~uint64_t{7})));
    emit(VOp::FrameAddr, dst, region);
    return;
  }
  emit(VOp::New, dst, type_index(t));
}

Object* Compiler::lookup(const std::string& name) {
  for (Scope* s = scope_; s; s = s->parent)
    if (Object* o = s->lookup_local(name)) return o;
  if (Object* o = universe_scope_.lookup_local(name)) return o;
  return nullptr;
}

// ---- packages ----------------------------------------------------------------------

static std::string last_elem(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Package* Compiler::load_package(const std::string& path, Pos import_pos, Package* importer) {
  if (auto it = by_path_.find(path); it != by_path_.end()) return it->second;
  const char* src = prelude_source(path);
  if (!src) {
    error(import_pos, "package " + path + " is not in std");
    return nullptr;
  }
  auto pkg = std::make_unique<Package>();
  pkg->path = path;
  pkg->name = last_elem(path);
  pkg->filename = pkg->name + ".go";
  ParseResult parsed = parse_file(pkg->filename, src);
  if (!parsed.ok()) {
    for (auto& d : parsed.errors)
      error(import_pos, "internal error: prelude " + path + ":" + std::to_string(d.line) + ":" +
                            std::to_string(d.col) + ": " + d.msg);
    return nullptr;
  }
  pkg->file = std::move(parsed.file);
  Package* p = pkg.get();
  packages_.push_back(std::move(pkg));
  by_path_[path] = p;
  (void)importer;
  Package* saved = pkg_;
  pkg_ = p;
  collect(p);
  pkg_ = saved;
  return p;
}

void Compiler::collect(Package* pkg) {
  Scope* file_scope = &pkg->scope;
  file_scope->parent = nullptr;
  // imports first: file-scope names
  for (Decl* d : pkg->file->decls) {
    auto* imp = as<ImportDecl>(d);
    if (!imp || !imp->path) continue;
    std::string path;
    auto c = Constant::from_literal(imp->path->value, LitKind::String);
    if (c) path = c->string_val();
    Package* dep = load_package(path, imp->path->pos, pkg);
    pkg_ = pkg;
    if (!dep) continue;
    std::string local = imp->local_name ? std::string(imp->local_name->value) : dep->name;
    if (local == "_") continue;
    Object* o = new_object(ObjKind::Package, local, imp->path->pos);
    o->imported = dep;
    o->decl = imp;
    file_scope->names[local] = o;
  }
  auto declare = [&](Object* o) {
    if (o->name == "_") return;
    if (o->name == "init" && o->kind == ObjKind::Func) return;
    if (Object* prev = file_scope->lookup_local(o->name)) {
      if (prev->kind == ObjKind::Package) {
        error(o->pos, o->name + " already declared through import of package " + prev->imported->name);
        return;
      }
      error(o->pos, o->name + " redeclared in this block\n\t" + options_.filename + ":" +
                        std::to_string(prev->pos.line) + ":" + std::to_string(prev->pos.col) +
                        ": other declaration of " + o->name);
      return;
    }
    file_scope->names[o->name] = o;
  };
  int last_group = 0, index = 0;
  Expr* group_type = nullptr;
  Expr* group_values = nullptr;
  for (Decl* d : pkg->file->decls) {
    if (auto* cd = as<ConstDecl>(d)) {
      if (cd->group == 0 || cd->group != last_group) {
        index = 0;
        group_type = nullptr;
        group_values = nullptr;
      }
      last_group = cd->group;
      if (cd->values) {
        group_type = cd->type;
        group_values = cd->values;
      }
      for (size_t i = 0; i < cd->names.size(); i++) {
        Object* o = new_object(ObjKind::Const, std::string(cd->names[i]->value), cd->names[i]->pos);
        o->decl = cd;
        o->spec_index = index;
        o->const_type = cd->values ? cd->type : group_type;
        Expr* values = cd->values ? cd->values : group_values;
        o->const_value = nullptr;
        if (values) {
          if (auto* l = as<ListExpr>(values)) {
            if (i < l->elems.size()) o->const_value = l->elems[i];
          } else if (i == 0) {
            o->const_value = values;
          }
        }
        if (!o->const_value) {
          error(cd->names[i]->pos, values ? "missing init expr for const declaration"
                                           : "missing init expr for const declaration");
          o->state = 2;
          o->type = U->basic(TK::Int);
        }
        declare(o);
      }
      index++;
    } else if (auto* td = as<TypeDecl>(d)) {
      Object* o = new_object(ObjKind::TypeName, std::string(td->name->value), td->name->pos);
      o->decl = td;
      o->generic = !td->tparams.empty();
      declare(o);
    } else if (auto* vd = as<VarDecl>(d)) {
      for (Name* n : vd->names) {
        Object* o = new_object(ObjKind::Var, std::string(n->value), n->pos);
        o->decl = vd;
        o->storage = Storage::Global;
        o->used = true;
        declare(o);
        pkg->vars_in_order.push_back(o);
      }
    } else if (auto* fd = as<FuncDecl>(d)) {
      pkg->funcs.push_back(fd);
      if (!fd->recv) {
        Object* o = new_object(ObjKind::Func, std::string(fd->name->value), fd->name->pos);
        o->decl = fd;
        o->generic = !fd->tparams.empty();
        declare(o);
      }
    }
  }
}

// Resolves a package-level object on first use (Go's types2 does the same "objDecl"
// with a colour per object to find cycles).
void Compiler::resolve(Object* o) {
  if (o->state == 2 || !o->decl) return;
  if (o->generic) {
    // Generic functions and types have no descriptor or code of their own: each
    // instantiation gets its own (compile_generic.cpp).
    o->state = 2;
    return;
  }
  if (o->state == 1) {
    if (o->kind == ObjKind::TypeName) return;  // recursive types through pointers are fine
    error(o->pos, "initialization cycle or invalid recursive reference to " + o->name);
    o->state = 2;
    o->type = U->basic(TK::Int);
    return;
  }
  o->state = 1;
  Package* saved_pkg = pkg_;
  Scope* saved_scope = scope_;
  FuncState* saved_fs = fs_;
  int saved_iota = iota_;
  pkg_ = o->pkg;
  scope_ = &o->pkg->scope;
  switch (o->kind) {
    case ObjKind::Const: {
      iota_ = o->spec_index;
      const Type* t = o->const_type ? type_expr(o->const_type) : nullptr;
      Operand x = expr(o->const_value);
      if (x.ok() && x.mode != Mode::Const) {
        error_at(o->const_value, operand_string(x) + " is not constant");
      } else if (x.ok()) {
        if (t) {
          fs_ = nullptr;
          convert_untyped(x, t, "constant declaration");
        }
        o->val = x.val;
        o->type = x.type;
        o->ukind = x.ukind;
      }
      if (!x.ok()) o->type = U->basic(TK::Int);
      break;
    }
    case ObjKind::TypeName: {
      auto* td = as<TypeDecl>(o->decl);
      if (td->alias) {
        o->type = type_expr(td->type);
      } else {
        types::Type* named = U->declare_named(o->pkg->path, o->name);
        o->type = named;
        type_pkg_[named] = o->pkg;
        const Type* u = type_expr(td->type);
        if (u) {
          const Type* uu = underlying(u);
          if (uu->kind == TK::Invalid) {
            error(o->pos, "invalid recursive type " + o->name);
            uu = U->basic(TK::Int);
          }
          U->set_underlying(named, uu);
          underlying_[named] = uu;
        }
      }
      break;
    }
    case ObjKind::Var: {
      auto* vd = as<VarDecl>(o->decl);
      if (vd->type) {
        o->type = type_expr(vd->type);
      } else if (vd->values) {
        // The type comes from the initializer: check it in a throwaway function state.
        FuncState probe;
        probe.f = new vm::Func();
        fs_ = &probe;
        size_t idx = 0;
        for (; idx < vd->names.size(); idx++)
          if (vd->names[idx]->value == o->name) break;
        std::vector<Expr*> vals;
        if (auto* l = as<ListExpr>(vd->values)) vals = l->elems; else vals.push_back(vd->values);
        if (vals.size() == vd->names.size()) {
          Operand x = expr(vals[idx]);
          if (x.ok()) {
            if (x.type == nullptr && !x.is_nil) x.type = default_type(x.ukind);
            if (x.is_nil) {
              error_at(vals[idx], "use of untyped nil in variable declaration");
              x.type = U->basic(TK::Int);
            }
            o->type = x.type;
          }
        } else if (vals.size() == 1) {
          std::vector<Operand> tuple;
          multi_call(vals[0], &tuple);
          if (idx < tuple.size()) o->type = tuple[idx].type;
        }
        delete probe.f;
        if (!o->type) o->type = U->basic(TK::Int);
      }
      if (o->type) {
        uint64_t al = std::max<uint64_t>(8, o->type->align);
        size_t off = (module_->globals.size() + al - 1) / al * al;
        module_->globals.resize(off + std::max<uint64_t>(8, (o->type->size + 7) & ~uint64_t{7}));
        module_->globals_ptrbits.resize((module_->globals.size() / 8 + 7) / 8 + 1, 0);
        for (uint64_t w = 0; w * 8 < o->type->size; w++)
          if (o->type->word_is_pointer(w)) {
            size_t bit = off / 8 + w;
            module_->globals_ptrbits[bit / 8] |= static_cast<uint8_t>(1u << (bit % 8));
          }
        o->off = static_cast<int32_t>(off);
        if (pkg_ && pkg_->path == "runtime" && o->name == "MemProfileRate")
          module_->mem_profile_rate_global = static_cast<int64_t>(off);
      }
      break;
    }
    case ObjKind::Func: {
      auto* fd = as<FuncDecl>(o->decl);
      bool variadic = false;
      o->type = func_type(fd->type, nullptr, &variadic);
      int32_t idx;
      vm::Func* f = new_func((o->pkg->path == "main" ? "main." : o->pkg->path + ".") + o->name,
                             fd->pos.line, &idx);
      f->type = o->type;
      o->func = idx;
      if (!fd->body && o->type) {
        int32_t results_off, total;
        param_offsets(o->type->func_type(), &results_off, &total, false, nullptr);
        f->params_size = results_off;
        f->results_off = results_off;
        f->args_size = total;
      }
      if (!fd->body) {
        f->bodyless = true;
        f->native = lib::find_native(o->pkg->path, o->name);
        if (!f->native && !vm::is_vm_builtin(o->pkg->path + "." + o->name))
          error(fd->name->pos, "missing function body");
      }
      break;
    }
    default: break;
  }
  o->state = 2;
  pkg_ = saved_pkg;
  scope_ = saved_scope;
  fs_ = saved_fs;
  iota_ = saved_iota;
}

CompileResult compile_program(std::string_view source, const CompileOptions& options) {
  if (!options.stack_allocation || options.stack_decisions) {
    Compiler c(options);
    return c.run(source);
  }
  // First compile: the type information escape analysis reads, and its answers.
  StackDecisions decisions;
  CompileOptions first = options;
  first.escape_messages = true;
  first.stack_decisions_out = &decisions;
  CompileResult analysed = Compiler(first).run(source);
  if (!analysed.errors.empty() || !analysed.module) return analysed;
  // Second compile: the same source, with frame regions where the answers allow.
  CompileOptions second = options;
  second.escape_messages = false;
  second.stack_decisions = &decisions;
  CompileResult result = Compiler(second).run(source);
  if (options.escape_messages) result.escape_messages = std::move(analysed.escape_messages);
  return result;
}

CompileResult Compiler::run(std::string_view source) {
  CompileResult result;
  result.error_file = options_.filename;
  module_ = std::make_unique<vm::Module>();
  U = &module_->universe;
  // Universe scope (Go: types2/universe.go).
  auto add = [&](ObjKind k, const char* name, const Type* t) {
    Object* o = new_object(k, name, Pos{});
    o->type = t;
    o->state = 2;
    universe_scope_.names[name] = o;
    return o;
  };
  const std::pair<const char*, TK> basics[] = {
      {"bool", TK::Bool},       {"int", TK::Int},         {"int8", TK::Int8},
      {"int16", TK::Int16},     {"int32", TK::Int32},     {"int64", TK::Int64},
      {"uint", TK::Uint},       {"uint8", TK::Uint8},     {"uint16", TK::Uint16},
      {"uint32", TK::Uint32},   {"uint64", TK::Uint64},   {"uintptr", TK::Uintptr},
      {"float32", TK::Float32}, {"float64", TK::Float64}, {"complex64", TK::Complex64},
      {"complex128", TK::Complex128}, {"string", TK::String}, {"byte", TK::Uint8},
      {"rune", TK::Int32},
  };
  for (auto& [n, k] : basics) add(ObjKind::TypeName, n, U->basic(k));
  add(ObjKind::TypeName, "error", U->error_type());
  add(ObjKind::TypeName, "any", U->any_type());
  {
    // comparable: an interface usable only as a constraint; a distinct named type so
    // constraints can recognise it.
    types::Type* cmp = U->declare_named("", "comparable");
    U->set_underlying(cmp, U->any_type());
    comparable_type_ = cmp;
    add(ObjKind::TypeName, "comparable", cmp);
  }
  Object* t = add(ObjKind::Const, "true", nullptr);
  t->val = Constant::make_bool(true);
  t->ukind = BasicKind::UntypedBool;
  Object* f = add(ObjKind::Const, "false", nullptr);
  f->val = Constant::make_bool(false);
  f->ukind = BasicKind::UntypedBool;
  add(ObjKind::Const, "iota", nullptr)->ukind = BasicKind::UntypedInt;
  add(ObjKind::Nil, "nil", nullptr);
  const std::pair<const char*, Builtin> builtins[] = {
      {"append", Builtin::Append}, {"cap", Builtin::Cap},         {"clear", Builtin::Clear},
      {"close", Builtin::Close},   {"complex", Builtin::Complex}, {"copy", Builtin::Copy},
      {"delete", Builtin::Delete}, {"imag", Builtin::Imag},       {"len", Builtin::Len},
      {"make", Builtin::Make},     {"max", Builtin::Max},         {"min", Builtin::Min},
      {"new", Builtin::New},       {"panic", Builtin::Panic},     {"print", Builtin::Print},
      {"println", Builtin::Println}, {"real", Builtin::Real},     {"recover", Builtin::Recover},
  };
  for (auto& [n, b] : builtins) add(ObjKind::Builtin, n, nullptr)->builtin = b;

  ParseResult parsed = parse_file(options_.filename, source);
  if (!parsed.ok()) {
    result.errors = std::move(parsed.errors);
    result.syntax = true;
    return result;
  }
  auto main_pkg = std::make_unique<Package>();
  main_pkg->path = "main";
  main_pkg->name = "main";
  main_pkg->is_main = true;
  main_pkg->filename = options_.filename;
  main_pkg->file = std::move(parsed.file);
  Package* mp = main_pkg.get();
  packages_.push_back(std::move(main_pkg));
  by_path_["main"] = mp;
  pkg_ = mp;
  collect(mp);
  Package* rt = load_package("runtime", Pos{}, mp);
  pkg_ = mp;
  if (mp->file->pkg_name && mp->file->pkg_name->value != "main") {
    error(mp->file->pkg_name->pos, "package " + std::string(mp->file->pkg_name->value) +
                                       " is not a main package");  // go run's wording differs; rare
  }
  // Methods: declare them on their receiver base types (methods of generic types wait
  // for their instantiations).
  collect_generic_methods();
  for (auto& p : packages_) {
    pkg_ = p.get();
    scope_ = &p->scope;
    for (FuncDecl* fd : p->funcs) {
      if (!fd->recv || generic_method_fds_.count(fd)) continue;
      Expr* rt = fd->recv->type;
      if (auto* op = as<Operation>(rt); op && op->op == Op::Mul && !op->y) rt = op->x;
      if (auto* pe = as<ParenExpr>(rt)) rt = pe->x;
      const Type* base = type_expr(rt);
      if (!base) continue;
      method_decls_[base].push_back({fd, p.get()});
    }
  }
  finish_methods();
  // Resolve every package-level object, then compile bodies, dependencies first.
  for (auto& p : packages_) {
    pkg_ = p.get();
    for (auto& [n, o] : p->scope.names) resolve(o);
  }
  // The runtime's error types (the VM builds runtime-error panic values from them).
  if (rt) {
    for (auto [name, slot] : {std::pair<const char*, const Type**>{"errorString", &module_->runtime_error_type},
                              {"plainError", &module_->plain_error_type}}) {
      Object* o = rt->scope.lookup_local(name);
      if (o) {
        resolve(o);
        *slot = o->type;
        ensure_method_set(o->type, "");
      }
    }
  }
  if (rt) {
    if (Object* o = rt->scope.lookup_local("PanicNilError")) {
      resolve(o);
      module_->panic_nil_type = U->ptr_to(o->type);
      ensure_method_set(module_->panic_nil_type, "");
    }
  }
  module_->string_type = U->basic(TK::String);
  module_->static_uint64s.resize(256);
  for (uint64_t i = 0; i < 256; i++) module_->static_uint64s[i] = i;
  // Package initialisation: globals in dependency-agnostic source order (packages in
  // import order, dependencies first), then init functions, then main.main.
  {
    int32_t idx;
    pkg_ = mp;
    vm::Func* initf = new_func("main.init", 0, &idx);
    initf->type = U->func_of({}, {}, false);
    module_->init_func = idx;
    init_fs_.f = initf;
    init_fs_.func_index = idx;
    fs_ = &init_fs_;
    std::vector<Package*> order;
    std::set<Package*> seen;
    std::function<void(Package*)> visit = [&](Package* p) {
      if (seen.count(p)) return;
      seen.insert(p);
      for (Decl* d : p->file->decls)
        if (auto* imp = as<ImportDecl>(d); imp && imp->path) {
          auto c = Constant::from_literal(imp->path->value, LitKind::String);
          if (c && by_path_.count(c->string_val())) visit(by_path_[c->string_val()]);
        }
      order.push_back(p);
    };
    visit(mp);
    for (Package* p : order) {
      pkg_ = p;
      scope_ = &p->scope;
      std::set<VarDecl*> done;
      for (Decl* d : p->file->decls) {
        auto* vd = as<VarDecl>(d);
        if (!vd || !vd->values || done.count(vd)) continue;
        done.insert(vd);
        set_line(vd->pos);
        std::vector<Object*> objs;
        for (Name* n : vd->names) objs.push_back(n->value == "_" ? nullptr : p->scope.lookup_local(std::string(n->value)));
        std::vector<Expr*> vals;
        if (auto* l = as<ListExpr>(vd->values)) vals = l->elems; else vals.push_back(vd->values);
        if (vals.size() == objs.size()) {
          for (size_t i = 0; i < vals.size(); i++) {
            Operand x = expr(vals[i], objs[i] ? objs[i]->type : nullptr);
            if (!x.ok()) continue;
            if (!objs[i]) {
              value(x);
              continue;
            }
            int32_t v = value_as(x, objs[i]->type, "variable declaration");
            if (v >= 0) store(var_operand(objs[i]), v, objs[i]->type);
          }
        } else if (vals.size() == 1) {
          std::vector<Operand> tuple;
          multi_call(vals[0], &tuple);
          if (tuple.size() != objs.size()) {
            error_at(vd->names[0], "assignment mismatch: " + std::to_string(objs.size()) + " variables but " +
                                       expr_string(vals[0]) + " returns " + std::to_string(tuple.size()) + " value" +
                                       (tuple.size() == 1 ? "" : "s"));
          } else {
            for (size_t i = 0; i < objs.size(); i++)
              if (objs[i]) {
                int32_t v = value_as(tuple[i], objs[i]->type, "assignment");
                if (v >= 0) store(var_operand(objs[i]), v, objs[i]->type);
              }
          }
        }
        release_temps();
      }
    }
    // init functions
    for (Package* p : order) {
      for (FuncDecl* fd : p->funcs) {
        if (fd->recv || fd->name->value != "init") continue;
        int32_t fi;
        pkg_ = p;
        vm::Func* f = new_func((p->path == "main" ? "main" : p->path) + ".init." + std::to_string(fi = 0), fd->pos.line, &fi);
        f->type = U->func_of({}, {}, false);
        FuncState fs;
        fs.f = f;
        fs.func_index = fi;
        FuncState* saved = fs_;
        Scope* saved_scope = scope_;
        scope_ = &p->scope;
        compile_func_body(fs, fd->type, nullptr, fd->body, fd->pos);
        fs_ = saved;
        scope_ = saved_scope;
        int32_t block = alloc_temp(U->basic(TK::Int));
        emit(VOp::Call, block, fi);
      }
    }
    fs_ = &init_fs_;
    emit(VOp::Ret);
    initf->ret_pc = static_cast<int32_t>(initf->code.size() - 1);
    finish_frame(init_fs_);
    fs_ = nullptr;
  }
  for (auto& p : packages_) {
    pkg_ = p.get();
    scope_ = &p->scope;
    compile_functions(p.get());
  }
  compile_instances();
  check_uninstantiated();
  // main.main
  if (Object* m = mp->scope.lookup_local("main"); m && m->kind == ObjKind::Func) {
    module_->main_func = m->func;
    if (m->generic) error(m->pos, "func main must have no type parameters");
    auto* ft = m->type ? m->type->func_type() : nullptr;
    if (ft && (!ft->in.empty() || !ft->out.empty()))
      error(m->pos, "func main must have no arguments and no return values");
  } else if (diags_.count() == 0) {
    error(Pos{}, "function main is undeclared in the main package");
  }
  // Unused imports (Go reports them per file).
  for (Decl* d : mp->file->decls) {
    auto* imp = as<ImportDecl>(d);
    if (!imp || !imp->path) continue;
    auto c = Constant::from_literal(imp->path->value, LitKind::String);
    if (!c) continue;
    std::string local = imp->local_name ? std::string(imp->local_name->value) : last_elem(c->string_val());
    if (local == "_") continue;
    Object* o = mp->scope.lookup_local(local);
    if (o && o->kind == ObjKind::Package && !o->used) {
      if (imp->local_name)  // Go names the alias, at the spec's start
        error(imp->local_name->pos, "\"" + c->string_val() + "\" imported as " + local + " and not used");
      else
        error(imp->path->pos, "\"" + c->string_val() + "\" imported and not used");
    }
  }
  result.errors = diags_.finish();
  if (result.errors.empty() && options_.escape_messages)  // escape.h: package main's decisions
    for (auto& p : packages_)
      if (p->is_main) result.escape_messages = analyze_escapes(info_, p->funcs, options_.stack_decisions_out);
  if (result.errors.empty()) result.module = std::move(module_);
  return result;
}

void Compiler::compile_functions(Package* pkg) {
  for (FuncDecl* fd : pkg->funcs) {
    if (!fd->body) continue;
    if (!fd->recv && fd->name->value == "init") continue;
    if (!fd->tparams.empty() || generic_method_fds_.count(fd)) continue;  // compiled per instance
    FuncState fs;
    if (fd->recv) {
      auto it = method_funcs_.find(fd);
      int32_t idx = it == method_funcs_.end() ? -1 : it->second;
      if (idx < 0) continue;
      fs.f = module_->funcs[idx].get();
      fs.func_index = idx;
    } else {
      Object* o = pkg->scope.lookup_local(std::string(fd->name->value));
      if (!o || o->decl != fd) continue;
      fs.f = module_->funcs[o->func].get();
      fs.func_index = o->func;
    }
    if (!fs.f->type) continue;  // its signature had errors (already reported)
    fs_ = nullptr;
    scope_ = &pkg->scope;
    compile_func_body(fs, fd->type, fd->recv, fd->body, fd->pos);
    if (diags_.full()) return;
  }
}

}  // namespace gs::lang
