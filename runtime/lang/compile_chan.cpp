// compile_chan.cpp — goroutines and channels: receive expressions, send statements,
// select, and go/defer statements (types2's stmt.go/expr.go checks and wording),
// lowered to the Go, ChanSend, ChanRecv and Select instructions of vm/bytecode.h.
// Invariants:
//  * Every operand (channel, value to send) is evaluated in the current goroutine, in
//    source order, before the instruction that communicates or starts the goroutine.
//  * A slot the VM writes a received value into holds it at the element's Go size;
//    small scalars are extended right after (extend_slot) so frame slots stay extended.
//  * A select's case records are frame words the function's pointer bitmap marks: the
//    channel word and the element-address word are pointers, the direction is not.
#include <algorithm>

#include "lang/compile_internal.h"

namespace gs::lang {

using VOp = VOp;

void Compiler::extend_slot(int32_t slot, const Type* t) {
  switch (underlying(t)->kind) {
    case TK::Bool: case TK::Uint8: emit(VOp::Ext1U, slot, slot); break;
    case TK::Int8: emit(VOp::Ext1S, slot, slot); break;
    case TK::Int16: emit(VOp::Ext2S, slot, slot); break;
    case TK::Uint16: emit(VOp::Ext2U, slot, slot); break;
    case TK::Int32: emit(VOp::Ext4S, slot, slot); break;
    case TK::Uint32: case TK::Float32: emit(VOp::Ext4U, slot, slot); break;
    default: break;
  }
}

// The element type of a channel operand that may be received from, or nullptr after
// reporting types2's error (at the channel operand).
static const Type* recv_elem(Compiler& c, Operation* e, Operand& ch) {
  const Type* u = ch.type ? c.underlying(ch.type) : nullptr;
  if (!u || u->kind != TK::Chan) {
    c.error_at(e->x, "invalid operation: cannot receive from non-channel " + c.operand_string(ch));
    return nullptr;
  }
  if (u->chan_type()->dir == types::ChanDir::Send) {
    c.error_at(e->x, "invalid operation: cannot receive from send-only channel " + c.operand_string(ch));
    return nullptr;
  }
  return u->elem();
}

// The element type of a channel operand that may be sent to, or nullptr after
// reporting types2's error (at the send statement).
static const Type* send_elem(Compiler& c, SendStmt* s, Operand& ch) {
  const Type* u = ch.type ? c.underlying(ch.type) : nullptr;
  if (!u || u->kind != TK::Chan) {
    c.error_at(s, "invalid operation: cannot send to non-channel " + c.operand_string(ch));
    return nullptr;
  }
  if (u->chan_type()->dir == types::ChanDir::Recv) {
    c.error_at(s, "invalid operation: cannot send to receive-only channel " + c.operand_string(ch));
    return nullptr;
  }
  return u->elem();
}

Operand Compiler::recv_expr(Operation* e, bool comma_ok, std::vector<Operand>* tuple, bool discard) {
  Operand r;
  r.expr = e;
  Operand ch = expr(e->x);
  if (!ch.ok()) return r;
  const Type* et = recv_elem(*this, e, ch);
  if (!et) return r;
  int32_t cv = value(ch);
  if (cv < 0) return r;
  int32_t d = discard ? -1 : alloc_temp(et);
  int32_t ok = comma_ok && !discard ? alloc_temp(U->basic(TK::Bool)) : -1;
  set_line(e->pos);
  emit(VOp::ChanRecv, d, cv, ok);
  if (discard) {
    r.mode = Mode::NoValue;
    return r;
  }
  extend_slot(d, et);
  Operand v = make_value(et, d);
  v.expr = e;
  if (comma_ok && tuple) {
    tuple->push_back(v);
    Operand okv = make_value(nullptr, ok);
    okv.ukind = BasicKind::UntypedBool;
    okv.expr = e;
    tuple->push_back(okv);
  }
  return v;
}

void Compiler::send_stmt(SendStmt* s) {
  // Go evaluates the channel, then the value, then checks the send.
  Operand ch = expr(s->chan);
  const Type* cu = ch.ok() && ch.type ? underlying(ch.type) : nullptr;
  int32_t cv = cu && cu->kind == TK::Chan ? value(ch) : -1;
  Operand v = expr(s->value, cu && cu->kind == TK::Chan ? cu->elem() : nullptr);
  if (!ch.ok() || !v.ok()) return;
  const Type* et = send_elem(*this, s, ch);
  if (!et) return;
  int32_t vv = value_as(v, et, "send");
  if (vv < 0 || cv < 0) return;
  set_line(s->pos);
  emit(VOp::ChanSend, cv, vv);
}

// ---- select ------------------------------------------------------------------------

void Compiler::select_stmt(SelectStmt* s, const std::string& label) {
  const size_t n = s->body.size();
  // Classify the clauses (types2: send, receive possibly with assignment, default).
  enum ClauseKind { Invalid, Default, Send, Recv };
  std::vector<ClauseKind> kinds(n, Invalid);
  std::vector<Operation*> recv_ops(n, nullptr);
  CommClause* first_default = nullptr;
  int32_t ncases = 0;
  for (size_t i = 0; i < n; i++) {
    CommClause* c = s->body[i];
    if (!c->comm) {
      kinds[i] = Default;
      if (first_default) {
        error(c->pos, "multiple defaults (first at " + options_.filename + ":" + std::to_string(first_default->pos.line) +
                          ":" + std::to_string(first_default->pos.col) + ")");
      } else {
        first_default = c;
      }
      continue;
    }
    Expr* rhs = nullptr;
    bool op_assign = false;
    if (as<SendStmt>(c->comm)) {
      kinds[i] = Send;
    } else if (auto* a = as<AssignStmt>(c->comm)) {
      if (a->rhs && !as<ListExpr>(a->rhs)) rhs = a->rhs;
      op_assign = a->op != Op::None && a->op != Op::Def;
    } else if (auto* es = as<ExprStmt>(c->comm)) {
      rhs = es->x;
    }
    if (rhs) {
      while (auto* p = as<ParenExpr>(rhs)) rhs = p->x;
      if (auto* op = as<Operation>(rhs); op && op->op == Op::Recv && !op->y) {
        kinds[i] = Recv;
        recv_ops[i] = op;
      }
    }
    if (kinds[i] == Recv && op_assign) {
      // types2 accepts `x op= <-c`; Go's later check rejects it
      error(c->comm->pos, "select case must be receive, send or assign recv");
      kinds[i] = Invalid;
      continue;
    }
    if (kinds[i] == Invalid) {
      error_at(c->comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    ncases++;
  }
  // The case records: {chan, elem address, dir} per send/receive clause, in source order.
  int32_t records = -1;
  if (ncases > 0) {
    std::vector<bool> ptrs;
    for (int32_t k = 0; k < ncases; k++) ptrs.insert(ptrs.end(), {true, true, false});
    records = alloc_raw(24 * ncases, ptrs);
  }
  int32_t chosen = alloc_local(U->basic(TK::Int));
  int32_t recv_ok = alloc_local(U->basic(TK::Bool));
  std::vector<int32_t> case_of(n, -1);
  std::vector<int32_t> recv_dst(n, -1);
  std::vector<const Type*> recv_type(n, nullptr);
  std::vector<Operand> recv_chan(n);
  // Evaluate every channel operand and value to send, in source order.
  int32_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (kinds[i] != Send && kinds[i] != Recv) continue;
    CommClause* c = s->body[i];
    int32_t rec = records + 24 * k;
    case_of[i] = k++;
    set_line(c->comm->pos);
    if (kinds[i] == Send) {
      auto* ss = as<SendStmt>(c->comm);
      Operand ch = expr(ss->chan);
      const Type* cu = ch.ok() && ch.type ? underlying(ch.type) : nullptr;
      int32_t cv = cu && cu->kind == TK::Chan ? value(ch) : -1;
      if (cv >= 0) emit(VOp::Mov8, rec, cv);
      Operand v = expr(ss->value, cu && cu->kind == TK::Chan ? cu->elem() : nullptr);
      if (ch.ok() && v.ok()) {
        if (const Type* et = send_elem(*this, ss, ch)) {
          int32_t vv = value_as(v, et, "send");
          if (vv >= 0) {
            // the value is kept in its own slot until the select completes
            int32_t slot = alloc_local(et);
            emit(et->size <= 8 ? VOp::Mov8 : VOp::MovN, slot, vv, 0, static_cast<int32_t>(et->size));
            emit(VOp::FrameAddr, rec + 8, slot);
          }
        }
      }
      emit(VOp::Const64, rec + 16, 1, 0);
    } else {
      Operation* op = recv_ops[i];
      Operand ch = expr(op->x);
      const Type* et = ch.ok() ? recv_elem(*this, op, ch) : nullptr;
      recv_chan[i] = ch;
      int32_t cv = et ? value(ch) : -1;
      if (cv >= 0) emit(VOp::Mov8, rec, cv);
      bool wanted = as<AssignStmt>(c->comm) != nullptr;
      if (et && wanted) {
        recv_dst[i] = alloc_local(et);
        recv_type[i] = et;
        emit(VOp::FrameAddr, rec + 8, recv_dst[i]);
      } else {
        emit(VOp::Const64, rec + 8, 0, 0);
      }
      emit(VOp::Const64, rec + 16, 2, 0);
    }
    release_temps();
  }
  set_line(s->pos);
  if (ncases > 0 || !first_default)
    emit(VOp::Select, records < 0 ? 0 : records, ncases, chosen, recv_ok, first_default ? 1 : 0);
  // Dispatch on the chosen case; -1 (default) falls through to the default's body.
  std::vector<size_t> to_body(n, 0);
  for (size_t i = 0; i < n; i++)
    if (case_of[i] >= 0) to_body[i] = emit(VOp::JEqI, chosen, case_of[i], 0);
  size_t jdefault = 0;
  bool have_jdefault = ncases > 0 || !first_default;
  if (have_jdefault) jdefault = emit(VOp::Jmp, 0);
  LoopCtx ctx;
  ctx.label = label;
  ctx.is_loop = false;
  fs_->loops.push_back(ctx);
  std::vector<size_t> end_jumps;
  for (size_t i = 0; i < n; i++) {
    if (kinds[i] == Invalid) continue;  // types2 skips the clause
    CommClause* c = s->body[i];
    size_t start = this->label();
    if (kinds[i] == Default) {
      if (have_jdefault) patch(jdefault, start);
      have_jdefault = false;
    } else {
      patch(to_body[i], start);
    }
    push_scope();
    if (kinds[i] == Recv && as<AssignStmt>(c->comm)) {
      // v := <-c, v, ok := <-c, v = <-c ...: the assignment statement itself, with the
      // receive standing for the value the select delivered
      std::vector<Operand> delivered;
      if (recv_dst[i] >= 0) {
        extend_slot(recv_dst[i], recv_type[i]);
        Operand v = make_value(recv_type[i], recv_dst[i]);
        v.expr = recv_ops[i];
        Operand okv = make_value(nullptr, recv_ok);
        okv.ukind = BasicKind::UntypedBool;
        okv.expr = recv_ops[i];
        delivered = {v, okv};
      } else {
        Operand bad;  // the receive did not check: an invalid operand, no follow-on errors
        bad.expr = recv_ops[i];
        delivered = {bad, bad};
      }
      bound_exprs_[recv_ops[i]] = delivered;
      stmt(c->comm);
      bound_exprs_.erase(recv_ops[i]);
      release_temps();
    }
    stmt_list(c->body);
    pop_scope();
    end_jumps.push_back(emit(VOp::Jmp, 0));
  }
  size_t end = this->label();
  if (have_jdefault) patch(jdefault, end);
  for (size_t j : end_jumps) patch(j, end);
  close_loop(end, end);
}

// ---- go and defer ------------------------------------------------------------------

static bool statement_builtin(Builtin b) {
  switch (b) {
    case Builtin::Clear: case Builtin::Close: case Builtin::Copy: case Builtin::Delete: case Builtin::Panic:
    case Builtin::Print: case Builtin::Println: case Builtin::Recover: return true;
    default: return false;
  }
}

int32_t Compiler::builtin_wrapper(CallExpr* e, Builtin b, bool is_go) {
  // The arguments, evaluated now. Constants, nil and operands that are not values stay
  // as they are (the builtin checks them in the wrapper); values are captured.
  std::vector<Operand> bound;
  std::vector<int> capture_of(e->args.size(), -1);  // argument → captured value index
  std::vector<const Type*> types;
  std::vector<int32_t> srcs;
  for (size_t i = 0; i < e->args.size(); i++) {
    Expr* a = e->args[i];
    Operand x = expr(a, b == Builtin::Panic ? U->any_type() : nullptr);
    bool is_value = x.ok() && !x.is_nil &&
                    (x.mode == Mode::Value || x.mode == Mode::Var || x.mode == Mode::MapIndex || x.mode == Mode::FuncRef);
    if (is_value) {
      const Type* t = x.type ? x.type : default_type(x.ukind);
      if (!x.type) x.type = t;
      int32_t v = value(x);
      if (v < 0) {
        x.mode = Mode::Invalid;
      } else {
        capture_of[i] = static_cast<int>(types.size());
        srcs.push_back(v);
        types.push_back(t);
        x.mode = x.mode == Mode::Var && x.obj ? Mode::Var : Mode::Value;
      }
    }
    x.expr = a;
    bound.push_back(x);
  }
  // The closure object: {fn, captured values...} (Go's gowrapN/deferwrapN closure).
  std::vector<types::FieldSpec> fields;
  fields.emplace_back("F", U->basic(TK::Uintptr));
  for (size_t j = 0; j < types.size(); j++) fields.emplace_back("A" + std::to_string(j), types[j]);
  const Type* ct = U->struct_of(fields, "main");
  std::vector<int32_t> field_offs;
  for (size_t j = 0; j < types.size(); j++) field_offs.push_back(static_cast<int32_t>(field_offset(ct, "A" + std::to_string(j))));
  const Type* sig_t = U->func_of({}, {}, false);
  // The wrapper: func() { builtin(captured...) }.
  FuncState* parent = fs_;
  int wrap_n = ++parent->go_defer_count;
  int32_t idx;
  vm::Func* f = new_func(parent->f->name + (is_go ? ".gowrap" : ".deferwrap") + std::to_string(wrap_n), e->pos.line, &idx);
  f->type = sig_t;
  {
    FuncState wfs;
    wfs.f = f;
    wfs.func_index = idx;
    fs_ = &wfs;
    begin_frame(wfs, sig_t->func_type());
    wfs.last_line = -1;
    set_line(e->pos);
    int32_t ctx = -1;
    if (!types.empty()) {
      ctx = alloc_local(U->basic(TK::UnsafePointer));
      emit(VOp::Mov8, ctx, vm::kClosureCtx);
    }
    for (size_t i = 0; i < e->args.size(); i++) {
      Operand x = bound[i];
      if (capture_of[i] >= 0) {
        if (x.mode != Mode::Var) x.mode = Mode::Var, x.obj = nullptr;
        x.loc = {Loc::Ind, ctx, field_offs[capture_of[i]], false};
      }
      bound_exprs_[e->args[i]] = {x};
    }
    // A recover() that the defer machinery or a new goroutine calls directly never
    // stops a panic (Go: recover only works called by the deferred function itself).
    if (b != Builtin::Recover) call_builtin(e, b, nullptr);
    for (Expr* a : e->args) bound_exprs_.erase(a);
    release_temps();
    f->ret_pc = static_cast<int32_t>(emit(VOp::Ret));
    finish_frame(wfs);
    fs_ = parent;
  }
  int32_t clo = alloc_temp(sig_t);
  if (types.empty()) {
    emit(VOp::FuncVal, clo, idx);
    return clo;
  }
  emit(VOp::MakeClosure, clo, idx, type_index(ct), static_cast<int32_t>(types.size()));
  for (size_t j = 0; j < types.size(); j++) {
    Operand cell;
    cell.mode = Mode::Var;
    cell.type = types[j];
    cell.loc = {Loc::Ind, clo, field_offs[j], false};
    store(cell, srcs[j], types[j]);
  }
  return clo;
}

void Compiler::go_defer_stmt(CallStmt* s) {
  bool is_go = s->tok == Tok::Go;
  std::string kw = is_go ? "go" : "defer";
  auto* ce = as<CallExpr>(s->call);
  if (!ce) {
    error_at(s->call, "expression in " + kw + " must be function call");
    expr(s->call);  // types2 still checks the expression
    return;
  }
  Expr* fe = ce->fun;
  while (auto* p = as<ParenExpr>(fe)) fe = p->x;
  // Conversions and builtins (types2's suspendedCall: the kind of the call).
  if (const Type* t = try_type_expr(fe)) {
    Operand x = conversion(ce, t);
    if (x.ok()) error_at(ce, kw + " requires function call, not conversion " + operand_string(x));
    return;
  }
  if (auto* n = as<Name>(fe)) {
    Object* o = lookup(std::string(n->value));
    if (o && o->kind == ObjKind::Builtin) {
      o->used = true;
      if (!statement_builtin(o->builtin)) {
        Operand x = call_builtin(ce, o->builtin, nullptr);
        if (!x.expr) x.expr = ce;
        if (x.ok() && x.mode != Mode::NoValue) error_at(ce, kw + " discards result of " + operand_string(x));
        return;
      }
      int errors_before = diags_.count();
      int32_t clo = builtin_wrapper(ce, o->builtin, is_go);
      if (diags_.count() != errors_before) return;
      int32_t block = alloc_temp_shape(8, {false});  // func(): an empty argument block
      set_line(ce->pos);
      if (is_go) {
        emit(VOp::Go, block, -1, clo);
      } else {
        emit(VOp::Defer, block, clo, 0, 0, 1);
        fs_->f->has_defer = true;
      }
      return;
    }
  }
  // A function, method or func-value call: call() type-checks it and builds the
  // argument block exactly as for a call; its call instruction becomes Go or Defer.
  int errors_before = diags_.count();
  size_t before = pc();
  std::vector<Operand> results;
  call(ce, &results);
  if (diags_.count() != errors_before) return;
  auto& code = fs_->f->code;
  size_t at = code.size();
  for (size_t i = code.size(); i-- > before;) {
    VOp op = code[i].op;
    if (op == VOp::Call || op == VOp::CallClosure || op == VOp::CallNative || op == VOp::CallIface) {
      at = i;
      break;
    }
  }
  if (at == code.size()) return;
  vm::Instr in = code[at];
  // Go wraps every go/defer call but one of a function without parameters and results
  // (its gowrapN/deferwrapN numbering counts them).
  if (in.op == VOp::CallIface || !last_call_sig_ || !last_call_sig_->in.empty() || !last_call_sig_->out.empty())
    fs_->go_defer_count++;
  if (!is_go) {
    // Defer: a = block, b = target (func index / closure slot / iface slot), c = method,
    // d = block size, x = kind (0 call, 1 closure, 2 native, 3 iface[+4 non-empty])
    uint16_t kind = in.op == VOp::Call ? 0 : in.op == VOp::CallClosure ? 1 : in.op == VOp::CallNative ? 2 : static_cast<uint16_t>(3 | (in.x << 2));
    vm::Instr d;
    d.op = VOp::Defer;
    d.a = in.a;
    d.b = in.b;
    d.c = in.c;
    d.d = last_call_block_size_;
    d.x = kind;
    code[at] = d;
    fs_->f->has_defer = true;
    return;
  }
  vm::Instr g;
  g.op = VOp::Go;
  g.a = in.a;
  switch (in.op) {
    case VOp::Call: g.b = in.b; break;
    case VOp::CallNative: g.b = native_value_wrapper(in.b); break;
    case VOp::CallClosure: g.b = -1; g.c = in.b; break;
    default: {
      // An interface method: the method value i.M (a closure over the interface, as
      // for x.M used as a value) started with the arguments that follow the receiver
      // word. A nil interface panics here, in the goroutine running the go statement.
      code[at].op = VOp::Nop;
      const Type* iface = last_call_fn_.recv_type;
      const Type* msig = last_call_fn_.type;
      int32_t wrapper = method_value_wrapper(-1, iface, in.c, msig);
      emit(VOp::NilCheck, in.b);
      const Type* ct = U->struct_of({types::FieldSpec("F", U->basic(TK::Uintptr)), types::FieldSpec("R", iface)}, "main");
      int32_t clo = alloc_temp(msig);
      emit(VOp::MakeClosure, clo, wrapper, type_index(ct), 1);
      Operand cell;
      cell.mode = Mode::Var;
      cell.type = iface;
      cell.loc = {Loc::Ind, clo, 8, false};
      store(cell, in.b, iface);
      set_line(s->pos);
      emit(VOp::Go, in.a + 8, -1, clo);
      return;
    }
  }
  if (at + 1 == code.size()) {
    // The Go instruction carries the go statement's line, as Go's "created by" shows
    // it (not the line where a func literal's call ends).
    code.pop_back();
    set_line(s->pos);
    code.push_back(g);
  } else {
    code[at] = g;
  }
}

}  // namespace gs::lang
