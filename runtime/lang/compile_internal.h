// compile_internal.h — the compiler's shared state (not a public header): objects and
// scopes (Go: types2's Object and Scope), operands (types2's operand, plus where the
// value lives in the frame), and the per-function emission state.
//
// Invariants:
//  * An Operand in mode Value has its value in the current frame at loc.off; in mode
//    Var it is addressable at loc; in mode Const it has no code yet (it is
//    materialised where a typed value is needed).
//  * Temporaries are released at the end of each statement and reused only for
//    values of the same size and pointer shape (bytecode.h's ptrbits invariant).
//  * A variable whose address may be taken (&x, a pointer-method call on x) or that
//    a closure captures lives in a cell; its frame slot holds the cell pointer. The
//    cell is on the heap unless escape analysis (CompileOptions::stack_decisions) says
//    the variable does not escape: then the cell is a region of the frame itself
//    (Object::frame_cell). Likewise new, &T{...}, slice literals, make with constant
//    sizes and func literals get frame regions (zeroed at the site) when the analysis
//    keeps them local. Without an answer — generic bodies, package initialisers,
//    library preludes — everything stays on the heap.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/compile.h"
#include "lang/constant.h"
#include "lang/diag.h"
#include "lang/typeinfo.h"
#include "types/type.h"
#include "vm/module.h"

namespace gs::lang {

using TK = types::Kind;
using VOp = vm::Op;
using types::Type;

enum class Builtin {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover, Sizeof, Alignof, Offsetof,
};

struct Package;
struct FuncState;

enum class ObjKind { Const, TypeName, Var, Func, Package, Builtin, Nil };
enum class Storage { Frame, HeapCell, Global, Captured };

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  Pos pos;
  Package* pkg = nullptr;
  const Type* type = nullptr;
  // Const: value, and for untyped constants the untyped kind (type == nullptr).
  Constant val;
  BasicKind ukind = BasicKind::UntypedInt;
  // Var
  Storage storage = Storage::Frame;
  int32_t off = 0;            // frame offset (value or cell pointer) / global offset / capture index
  FuncState* owner = nullptr; // function whose frame holds it (nullptr: global)
  bool used = false;
  bool is_param = false;
  bool frame_cell = false;    // HeapCell whose cell is a region of the frame (escape analysis)
  bool byval = false;         // Frame variable that closures capture by value (a copy each)
  // Func: index into Module::funcs.
  int32_t func = -1;
  // Package-level lazy resolution.
  Node* decl = nullptr;
  int spec_index = 0;       // const: position in its group (iota)
  Expr* const_type = nullptr;
  Expr* const_value = nullptr;
  int state = 0;            // 0 unresolved, 1 resolving, 2 done
  Builtin builtin = Builtin::Len;
  Package* imported = nullptr;
  bool generic = false;     // a function or type declared with type parameters (compile_generic.cpp)
};

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Object*> names;
  bool func_boundary = false;  // the outermost scope of a function body
  Object* lookup_local(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
};

struct Package {
  std::string path;   // "main", "fmt", "unicode/utf8"
  std::string name;   // "main", "fmt", "utf8"
  std::unique_ptr<File> file;
  std::string filename;
  Scope scope;
  std::vector<Object*> vars_in_order;
  std::vector<FuncDecl*> funcs;
  bool is_main = false;
};

struct Loc {
  enum Kind : uint8_t { None, Frame, Ind, Glob } k = None;
  int32_t off = 0;   // Frame: value offset; Ind: frame slot holding the pointer; Glob: global offset
  int32_t disp = 0;  // Ind: byte offset added to the pointer
  bool mem = false;  // Frame: Go memory layout (a field or element), not an extended scalar slot
};

enum class Mode { Invalid, NoValue, Const, Value, Var, MapIndex, TypeExpr, BuiltinFn, PackageName, FuncRef };

struct Operand {
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;  // nullptr with mode Const/Value: untyped (see ukind), or nil
  BasicKind ukind = BasicKind::UntypedInt;
  bool is_nil = false;
  Constant val;
  Loc loc;
  const Expr* expr = nullptr;
  Object* obj = nullptr;  // the variable/function/type named, if any
  // MapIndex: the map value's frame offset and the key's frame offset.
  int32_t map_off = 0, key_off = 0;
  // FuncRef: a function, possibly a method with its receiver already in recv_off.
  int32_t func = -1;
  int32_t recv = -1;          // FuncRef of a bound method: frame offset of the receiver value
  const Type* recv_type = nullptr;
  int iface_method = -1;      // FuncRef through an interface: method index; recv is the interface
  bool ok() const { return mode != Mode::Invalid; }
  bool untyped() const { return type == nullptr && !is_nil && (mode == Mode::Const || mode == Mode::Value); }
};

struct LoopCtx {
  std::string label;
  bool is_loop = true;            // false: switch/select (break only)
  std::vector<size_t> breaks;     // Jmp instructions to patch to the end
  std::vector<size_t> continues;  // to patch to the continue target
  Object* per_iter_vars[4] = {};  // loop vars moved to the heap: fresh cell per iteration
};

struct FuncState {
  vm::Func* f = nullptr;
  int32_t func_index = -1;
  FuncState* parent = nullptr;
  const types::FuncType* sig = nullptr;
  std::vector<Object*> results;  // named or synthetic result slots
  bool named_results = false;
  std::vector<bool> ptr_words;   // per frame word
  std::map<std::string, std::vector<int32_t>> free_temps;  // by shape key
  std::vector<std::pair<std::string, int32_t>> live_temps;
  std::vector<size_t> open_temp_live;  // f->temp_live entries of the live pointer temps
  // Outer variables this closure captures, in order, and where each sits in the
  // closure object (after the code pointer): a cell pointer, or the value itself for
  // a capture by value (Object::byval).
  std::vector<Object*> captures;
  std::vector<int32_t> capture_offs;
  int32_t capture_end = 8;
  std::vector<std::unique_ptr<Scope>> scopes;
  std::vector<LoopCtx> loops;
  std::set<std::string> heap_names;  // names that must live in heap cells (see invariant)
  // What pre_scan saw of each name in the body and its closures, by spelling (so
  // conservative across shadowing): how often it is declared, and whether it is
  // assigned after its declaration (directly, or through a selector, an index or a
  // dereference) or has its address taken. A capture by value needs none of these
  // (captures_by_value); a 3-clause loop's post statement does not count for the
  // names its init declares (it updates the next iteration's copy).
  std::map<std::string, int> def_counts;
  std::set<std::string> assigned_names, assigned_through, addr_names;
  int closure_count = 0;
  int go_defer_count = 0;  // Go's gowrapN/deferwrapN numbering (one counter for both)
  int last_line = -1;
  size_t last_label = 0;  // highest pc any jump targets (peepholes never merge across it)
  // goto: the pc of each label compiled so far, and forward gotos waiting for their label
  // (labels are per function body; the parser has checked every goto's target).
  std::map<std::string, size_t> label_pcs;
  std::vector<std::pair<std::string, size_t>> pending_gotos;
};

class Compiler {
 public:
  Compiler(const CompileOptions& options) : options_(options) {}
  CompileResult run(std::string_view source);

  // ---- diagnostics ----
  void error(Pos pos, std::string msg);
  void error_at(const Node* n, std::string msg) { error(n ? start_pos(n) : Pos{}, std::move(msg)); }

  // ---- packages and declarations (compile.cpp) ----
  Package* load_package(const std::string& path, Pos import_pos, Package* importer);
  void collect(Package* pkg);
  void resolve(Object* obj);
  void finish_methods();
  void compile_functions(Package* pkg);
  void compile_func_body(FuncState& fs, FuncType* type, Field* recv, BlockStmt* body, Pos pos);
  Object* lookup(const std::string& name);
  Object* new_object(ObjKind k, const std::string& name, Pos pos);
  vm::Func* new_func(const std::string& name, int line, int32_t* index);

  // ---- types (compile_types.cpp) ----
  const Type* type_expr(Expr* e);        // reports "x is not a type"
  const Type* try_type_expr(Expr* e);    // nullptr without an error when e is not a type
  const Type* func_type(FuncType* ft, Field* recv, bool* variadic);
  const Type* underlying(const Type* t) const;
  std::string type_string(const Type* t) const;
  std::string tuple_string(const std::vector<const Type*>& ts) const;  // "(int, error)"
  bool identical(const Type* a, const Type* b) const { return a == b; }
  bool implements(const Type* t, const Type* iface, std::string* missing, bool* pointer_recv);
  bool assignable(const Operand& x, const Type* t, std::string* why);
  bool convertible(const Operand& x, const Type* t);
  BasicKind basic_kind(const Type* t) const;  // of a basic (or named basic) type
  bool is_basic(const Type* t) const;
  const Type* default_type(BasicKind k);
  struct Selection {
    enum K { None, Field, Method } k = None;
    std::vector<std::pair<int64_t, bool>> path;  // (field offset, deref before) steps
    const Type* type = nullptr;                  // field type or method signature
    const vm::MethodEntry* method = nullptr;
    const Type* recv_base = nullptr;             // the type declaring the method
    int iface_index = -1;                        // method of an interface type
    bool ambiguous = false;
  };
  Selection select(const Type* t, const std::string& name);
  int64_t field_offset(const Type* st, const std::string& name);

  // ---- function state / frame ----
  FuncState* fs_ = nullptr;
  size_t emit(VOp op, int32_t a = 0, int32_t b = 0, int32_t c = 0, int32_t d = 0, uint16_t x = 0);
  size_t pc() const { return fs_->f->code.size(); }
  void patch(size_t at, size_t target);
  size_t label() { fs_->last_label = std::max(fs_->last_label, pc()); return pc(); }
  bool is_live_temp(int32_t off) const;
  bool retarget_last(int32_t src, int32_t dst);  // make the last instruction write dst instead of temp src
  void set_line(Pos p);
  int32_t alloc_local(const Type* t);
  int32_t alloc_temp(const Type* t);
  int32_t alloc_temp_shape(int32_t size, const std::vector<bool>& ptrs);
  int32_t iface_wrapper(const Type* t, const std::string& method);
  int32_t native_value_wrapper(int32_t func);
  int32_t method_value_wrapper(int32_t method_func, const Type* recv_type, int iface_method, const Type* sig);  // a bytecode function calling a native, for func values
  std::map<int32_t, int32_t> native_wrappers_;
  const vm::MethodEntry* ensure_method_set(const Type* t, const std::string& name);
  int32_t itab_for(const Type* concrete, const Type* iface);
  int32_t alloc_raw(int32_t size, const std::vector<bool>& ptrs);
  // A function's frame: lays out the header and the parameter/result area of sig
  // (returns each parameter's and result's offset in that area) / rounds the frame
  // and builds its pointer bitmap from the words marked so far.
  std::vector<int32_t> begin_frame(FuncState& fs, const types::FuncType* sig);
  void finish_frame(FuncState& fs);
  // Pointer words of an argument block laid out by param_offsets.
  static std::vector<bool> block_shape(const types::FuncType* ft, const std::vector<int32_t>& offs, int32_t total);
  void release_temps();
  void push_scope();
  void pop_scope();
  Object* declare_var(Name* name, const Type* t, bool report_unused = true);
  void check_unused(Scope* s);
  int32_t type_index(const Type* t) { return module_->type_index(t); }

  // ---- expressions (compile_expr.cpp) ----
  Operand expr(Expr* e, const Type* hint = nullptr);  // expr_dispatch, recorded in info_
  Operand expr_dispatch(Expr* e, const Type* hint);
  // typeinfo.h hooks (only with CompileOptions::escape_messages, only for package main)
  bool recording() const { return options_.escape_messages && pkg_ && pkg_->is_main && fs_; }
  // Escape analysis's answer for site n of package main: may it live in the frame?
  bool keeps_in_frame(const Node* n, StackDecisions::What w) const;
  // dst = a pointer to a new zeroed T: a frame region when escape analysis keeps the
  // allocation at `site` local, else mallocgc (VOp::New).
  void emit_new(int32_t dst, const Type* t, const Node* site);
  void record_expr(const Expr* e, const Operand& x);
  Operand expr_or_type(Expr* e, const Type* hint = nullptr);
  Operand multi_call(Expr* e, std::vector<Operand>* results);  // calls returning tuples
  void use_value(Operand& x);                // report "x (…) is not used" etc. callers decide
  int32_t value(Operand& x);                 // the frame offset holding x's (typed) value
  int32_t value_as(Operand& x, const Type* t, const char* context);  // assignability + conversion
  void load_into(Operand& x, int32_t dst, const Type* t);
  void store(const Operand& lhs, int32_t src, const Type* t);
  int32_t address_of(Operand& x);            // pointer to an addressable operand, in a temp
  void convert_untyped(Operand& x, const Type* target, const char* context);
  bool assign_check(Operand& x, const Type* t, const std::string& context);
  std::string operand_string(const Operand& x) const;
  std::string expr_string(const Expr* e) const { return to_string(e); }
  Operand binary(Operation* e, const Type* hint);
  [[gnu::noinline]] Operand binary_rest(Operation* e, const Type* hint, Operand& x, Operand* y);
  Operand unary(Operation* e, const Type* hint);
  Operand call(CallExpr* e, std::vector<Operand>* tuple);
  Operand call_builtin(CallExpr* e, Builtin b, std::vector<Operand>* tuple);
  Operand conversion(CallExpr* e, const Type* t);
  Operand selector(SelectorExpr* e);
  [[gnu::noinline]] Operand selector_rest(SelectorExpr* e, Operand* x);
  Operand index(IndexExpr* e);
  Operand slice_expr(SliceExpr* e);
  Operand composite(CompositeLit* e, const Type* hint);
  Operand func_lit(FuncLit* e);
  Operand type_assert(AssertExpr* e, bool comma_ok, std::vector<Operand>* tuple);
  int32_t to_iface(Operand& x, const Type* iface);
  // &T{...}: a new heap object (mallocgc) holding the value of v; the pointer's frame slot.
  int32_t new_heap_copy(Operand& v, const Node* site = nullptr);
  // Evaluates a condition; emits "jump if false" and returns its index, or -1 after an
  // error (what names the statement in "non-boolean condition in ... statement").
  long cond_jump(Expr* cond, const char* what);
  void open_scope_with(Stmt* init);
  void close_loop(size_t end, size_t cont);
  int32_t const_value(const Constant& c, const Type* t);
  int32_t string_const(const std::string& s);
  void compare(Op op, Operand& x, Operand& y, int32_t dst, const Expr* e);
  Operand make_value(const Type* t, int32_t off) {
    Operand o;
    o.mode = Mode::Value;
    o.type = t;
    o.loc = {Loc::Frame, off, 0};
    return o;
  }
  Operand var_operand(Object* obj);
  // Adds o to the captures of f and of every closure between f and o's owner; returns
  // o's offset in f's closure object.
  int32_t capture(FuncState* f, Object* o);
  // Whether the variable declared by `name` (in the function being compiled) is
  // captured by value: escape analysis says so (Go's rule: never reassigned after
  // its first capture, address never taken, at most 128 bytes) and pre_scan agrees.
  bool captures_by_value(const Name* name, const Type* t) const;
  void emit_call_args(const types::FuncType* ft, CallExpr* e, int32_t block, int32_t first_param_off,
                      const std::vector<int32_t>& param_offs, const std::string& fname);
  std::vector<int32_t> param_offsets(const types::FuncType* ft, int32_t* results_off, int32_t* total,
                                     bool with_recv, const Type* recv);
  void emit_panic_if(size_t);

  // ---- generics (compile_generic.cpp) ----
  struct TParam {
    std::string name;
    Name* name_node = nullptr;
    Expr* constraint = nullptr;
  };
  struct Constraint {
    bool comparable = false;
    bool has_terms = false;
    std::vector<std::pair<bool, const Type*>> terms;  // (tilde, type)
    std::vector<types::IMethod> methods;
  };
  struct InstanceInfo {
    Object* origin = nullptr;
    std::vector<const Type*> targs;
  };
  struct PendingInstance {
    FuncDecl* fd = nullptr;
    Package* pkg = nullptr;
    Scope* scope = nullptr;
    int32_t func = -1;
    Object* origin = nullptr;  // the generic function or type it instantiates
  };
  static std::vector<TParam> tparams_of(const std::vector<Field*>& fields);
  std::string tparams_string(const std::vector<Field*>& fields);
  Object* generic_obj(Expr* e, ObjKind kind);  // a generic func/type named by e (Name or pkg.Name)
  Scope* instance_scope(Package* pkg, const std::vector<std::string>& names, const std::vector<const Type*>& targs);
  int32_t instantiate_func(Object* g, const std::vector<const Type*>& targs, const std::vector<Expr*>& xlist, Pos pos);
  const Type* instantiate_type(Object* g, const std::vector<const Type*>& targs, const std::vector<Expr*>& xlist, Pos pos);
  const Type* generic_type_expr(IndexExpr* e);
  bool satisfies(const Type* targ, Expr* constraint, std::string* why);
  std::string method_failure(const Type* targ, const std::vector<types::IMethod>& methods);
  void gather_constraint(Expr* c, Constraint& out);
  void unify(Expr* p, const Type* a, const std::vector<TParam>& tps, std::vector<const Type*>& out, Package* pkg);
  Operand generic_call(CallExpr* e, Object* g, const std::vector<Expr*>& xlist, std::vector<Operand>* tuple);
  Operand generic_index(IndexExpr* e, Object* g);
  void collect_generic_methods();
  void finish_methods_for(const Type* base, const std::vector<std::pair<FuncDecl*, Package*>>& decls,
                          const std::vector<Scope*>* scopes, const std::string& display);
  int32_t method_func(const Type* base, FuncDecl* fd) const;
  void compile_instances();
  std::vector<const Type*> placeholder_targs(const std::vector<Field*>& fields, Package* pkg);
  void check_uninstantiated();
  int constraint_only(Object* o);
  std::map<const TypeDecl*, int> constraint_only_cache_;
  int constraint_ctx_ = 0;
  std::map<Object*, Scope*> local_generic_scopes_;
  std::vector<Object*> instantiating_;  // generics whose instance is being built or compiled
  Object* methods_origin_ = nullptr;    // the generic type finish_methods_for works for
  bool instantiation_cycle(Object* g, const std::vector<Field*>& tparams, const std::vector<Expr*>& xlist);  // generic types declared in a function body  // > 0 while type-set interfaces are allowed as types
  std::map<std::pair<Object*, std::vector<const Type*>>, int32_t> func_instances_;
  std::map<std::pair<Object*, std::vector<const Type*>>, const Type*> type_instances_;
  std::map<const Type*, InstanceInfo> instance_info_;
  std::map<Object*, std::vector<std::pair<FuncDecl*, Package*>>> generic_methods_;
  std::set<FuncDecl*> generic_method_fds_;
  std::map<std::pair<const Type*, FuncDecl*>, int32_t> inst_method_funcs_;
  std::set<const Type*> instance_types_;
  std::vector<std::unique_ptr<Scope>> generic_scopes_;
  std::vector<PendingInstance> pending_instances_;
  const Type* comparable_type_ = nullptr;
  std::map<Object*, int> instance_count_;  // instances per generic object (cycle guard)
  static constexpr int kMaxInstances = 500;

  // ---- statements (compile_stmt.cpp) ----
  void stmt(Stmt* s);
  void block(BlockStmt* b);
  void stmt_list(const std::vector<Stmt*>& list);
  void assign(AssignStmt* s);
  void define(AssignStmt* s);
  void var_decl(VarDecl* d);
  void assign_mismatch(size_t nvars, const std::vector<Expr*>& rhs, size_t nvals);
  void if_stmt(IfStmt* s);
  void for_stmt(ForStmt* s, const std::string& label);
  void range_stmt(ForStmt* s, RangeClause* r, const std::string& label);
  void switch_stmt(SwitchStmt* s, const std::string& label);
  void type_switch(SwitchStmt* s, TypeSwitchGuard* g, const std::string& label);
  void return_stmt(ReturnStmt* s);
  void branch(BranchStmt* s);

  // ---- goroutines and channels (compile_chan.cpp) ----
  // <-ch: the received value (commaok mode); with comma_ok, tuple gets {value, ok};
  // discard: the value is dropped (statement context), the result is NoValue.
  Operand recv_expr(Operation* e, bool comma_ok, std::vector<Operand>* tuple, bool discard = false);
  void send_stmt(SendStmt* s);
  void select_stmt(SelectStmt* s, const std::string& label);
  // go/defer: types2's suspendedCall checks, then the Go or Defer instruction.
  void go_defer_stmt(CallStmt* s);
  // go/defer of a builtin: evaluates the arguments now and returns the frame slot of a
  // func() closure (Go's gowrapN/deferwrapN) that performs the builtin on them.
  int32_t builtin_wrapper(CallExpr* e, Builtin b, bool is_go);
  // Small scalars received from a channel are written at their Go size: extend the slot.
  void extend_slot(int32_t slot, const Type* t);
  bool terminates(Stmt* s);
  void pre_scan(Node* body, FuncState& fs);

  // ---- state ----
  CompileOptions options_;
  DiagnosticList diags_;
  std::unique_ptr<vm::Module> module_;
  types::Universe* U = nullptr;
  Scope universe_scope_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::map<std::string, Package*> by_path_;
  Package* pkg_ = nullptr;   // package being compiled
  Scope* scope_ = nullptr;   // innermost scope
  std::map<const Type*, const Type*> underlying_;   // named → underlying
  std::map<const Type*, std::vector<std::pair<FuncDecl*, Package*>>> method_decls_;
  std::map<const Type*, Package*> type_pkg_;
  std::map<FuncDecl*, int32_t> method_funcs_;   // method declarations → Module::funcs
  FuncState init_fs_;
  int iota_ = -1;
  // Set by call() as it emits its call instruction, for go/defer statements: the
  // argument block's size, the callee operand and the signature the block follows.
  int32_t last_call_block_size_ = 0;
  Operand last_call_fn_;
  const types::FuncType* last_call_sig_ = nullptr;
  // Expressions whose operands were computed elsewhere (a select case's receive, the
  // arguments of a go/defer'd builtin inside its wrapper): expr() and multi_call()
  // return these instead of compiling the expression again.
  std::map<const Expr*, std::vector<Operand>> bound_exprs_;
  std::string current_func_name_;
  const Type* untyped_nil_ = nullptr;
  TypeInfo info_;  // what escape analysis needs (typeinfo.h)
  bool compiling_instance_ = false;  // a generic body compiled for one instance
  const Node* explicit_conv_site_ = nullptr;  // T(x) to an interface: the site to_iface boxes for
};

}  // namespace gs::lang
