// bytecode.h — the compiled form of a Go program: functions of register-style
// instructions whose operands are byte offsets into the function's frame, plus the
// module that owns functions, type descriptors, constant strings and globals.
//
// Frame layout (the frame lives on the goroutine's Go stack, DESIGN.md seam 4; the
// stack grows down, a callee's frame sits just below its caller's):
//
//   fp + 0   saved caller fp        (pointer into this stack: adjusted when it moves)
//   fp + 8   saved caller Func*     (VM code, not Go memory)
//   fp + 16  saved caller pc | flags<<32
//   fp + 24  closure context        (the funcval the function was called through)
//   fp + 32  parameters, then results (each aligned as Go aligns them)
//   ...      locals and temporaries
//   fp + frame_size
//
// A call copies the arguments from the caller's argument block (a temporary in the
// caller's frame laid out like the callee's parameter area) into the callee's frame
// and copies results back on return; every operand offset is therefore known when
// the instruction is emitted.
//
// Invariants:
//  * Every 8-byte word of a frame that may hold a pointer has its bit set in the
//    function's ptrbits, and no other word does: temporaries are reused only for
//    values of the same pointer shape, so the bitmap is exact for the whole function.
//  * Scalar integers and bools in frame slots are kept sign/zero-extended to 64 bits;
//    memory (heap objects, struct fields, array elements) holds Go's exact layout.
//  * The whole frame past the parameters is zeroed on entry.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "types/type.h"

namespace gs::lib {
struct Native;
}

namespace gs::vm {

inline constexpr int32_t kFrameHeader = 32;
inline constexpr int32_t kSavedFp = 0, kSavedFunc = 8, kSavedPc = 16, kClosureCtx = 24;

// Header flags (upper 32 bits of the saved-pc word).
enum FrameFlag : uint32_t {
  kFrameDeferCall = 1,   // called by the defer machinery at a normal return
  kFramePanicDefer = 2,  // called by the panic machinery (recover() may succeed here)
  kFrameHostCall = 4,    // called from C++ (fmt calling String()): return to the host
};

// X(name) — the opcode list. Operand conventions are documented per group in interp.cpp.
#define GS_OPCODES(X)                                                                         \
  X(Nop) X(Mov8) X(MovN) X(Zero) X(Const64) X(FrameAddr) X(GlobalAddr) X(FuncVal)             \
  X(Load8) X(Load1S) X(Load1U) X(Load2S) X(Load2U) X(Load4S) X(Load4U) X(LoadN)               \
  X(Store8) X(Store1) X(Store2) X(Store4) X(StoreN) X(StoreTyped)                             \
  X(LoadG8) X(LoadGN) X(StoreG8) X(StoreGN) X(StoreGTyped)                                   \
  X(Add) X(Sub) X(Mul) X(DivS) X(DivU) X(RemS) X(RemU) X(And) X(Or) X(Xor) X(AndNot)           \
  X(Shl) X(ShrS) X(ShrU) X(Neg) X(Com) X(Not) X(AddImm)                                        \
  X(Ext1S) X(Ext1U) X(Ext2S) X(Ext2U) X(Ext4S) X(Ext4U)                                        \
  X(Eq) X(Ne) X(LtS) X(LeS) X(LtU) X(LeU)                                                      \
  X(FAdd64) X(FSub64) X(FMul64) X(FDiv64) X(FNeg64) X(FEq64) X(FNe64) X(FLt64) X(FLe64)         \
  X(FAdd32) X(FSub32) X(FMul32) X(FDiv32) X(FNeg32) X(FEq32) X(FNe32) X(FLt32) X(FLe32)         \
  X(CvtS64F64) X(CvtU64F64) X(CvtF64S64) X(CvtF64U64) X(CvtS64F32) X(CvtU64F32) X(CvtF32S64)    \
  X(CvtF32U64) X(CvtF32F64) X(CvtF64F32)                                                       \
  X(CAdd) X(CSub) X(CMul) X(CDiv) X(CNeg) X(CEq) X(CNe) X(CMake) X(CPart) X(CCvt)              \
  X(Jmp) X(JmpIf) X(JmpIfNot) X(JLtS) X(JGeS) X(JEq) X(JNe) X(JLtSI) X(JGeSI) X(JEqI) X(JNeI) X(Poll)                           \
  X(Call) X(CallClosure) X(CallNative) X(CallIface) X(DeferReturn) X(Ret) X(MakeClosure)                      \
  X(StrConcat) X(StrEq) X(StrCmp) X(StrIndex) X(StrSlice) X(StrFromBytes) X(BytesFromStr)      \
  X(StrFromRunes) X(RunesFromStr) X(StrFromRune) X(StrRange)                                   \
  X(Index) X(IndexArr) X(SliceSlice) X(SliceArr) X(SliceStr) X(MakeSlice) X(Append)            \
  X(AppendSlice) X(Copy) X(Len) X(ClearSlice)                                                  \
  X(New) X(NilCheck) X(EqType) X(Panic) X(PanicIndex) X(Recover) X(Defer) X(DeferNative)       \
  X(ConvIface) X(ConvIfaceItab) X(IfaceToEface) X(Assert) X(AssertIface) X(AssertE2I)          \
  X(TypeSwitchCase) X(IfaceEq) X(EfaceType) X(SliceToArray)                                                    \
  X(MakeMap) X(MapIndex) X(MapIndexOk) X(MapAssign) X(MapDelete) X(MapLen) X(MapClear)         \
  X(MapIterInit) X(MapIterNext) X(Print) X(PrintNl) X(PrintSp) X(Unreachable)                 \
  X(Go) X(MakeChan) X(ChanSend) X(ChanRecv) X(ChanClose) X(ChanLen) X(Select)

// Complex numbers (frame slots hold Go's layout: complex64 = two float32 in 8 bytes,
// complex128 = two float64 in 16 bytes; x=1 selects complex64, else complex128):
//   CAdd CSub CMul CDiv  a=dst, b, c operands. Mul and Div compute in float64 and
//             narrow, as Go does (Div is runtime.complex128div, Smith's algorithm
//             with C99's inf/NaN corrections); Add/Sub work in the parts' own width.
//   CNeg      a=dst, b.        CEq / CNe  a=dst (bool), b, c: both parts compared.
//   CMake     a=dst, b=real part slot, c=imaginary part slot (float32/float64 slots).
//   CPart     a=dst (a float32/float64 slot), b=complex slot, c=0 real / 1 imag.
//   CCvt      a=dst, b=src: x=0 complex64 → complex128, x=1 complex128 → complex64.
//
// Goroutines and channels (operands are frame offsets unless said otherwise):
//   Go        a=argument block (laid out as the callee's parameters), b=func index, or
//             b=-1 and c=slot holding a funcval (a closure); starts a goroutine
//             running the call (Go: newproc). Results are discarded.
//   MakeChan  a=dst, b=type index of the chan type, c=slot of the int64 buffer size
//             when x=1 (x=0: unbuffered). Panics "makechan: size out of range".
//   ChanSend  a=chan slot, b=slot holding the value (the element's size is the chan's).
//   ChanRecv  a=dst slot or -1 (value discarded), b=chan slot, c=ok slot (a bool kept
//             as a 64-bit scalar) or -1.
//   ChanClose a=chan slot.
//   ChanLen   a=dst, b=chan slot; x=0 len, x=1 cap.
//   Select    a=case array: b cases of 24 bytes each {chan word, elem address word
//             (send: the value's slot; recv: the destination slot, or 0 to discard),
//             dir int64 (1 send, 2 recv)}, laid out in the frame in source order;
//             c=slot receiving the chosen case's index (int64; -1 = default);
//             d=slot receiving the received-ok bool; x=1 when there is a default.
//             A nil chan's case never fires; with no cases and no default the
//             goroutine blocks forever (Go: select {}).
enum class Op : uint16_t {
#define GS_OP_ENUM(n) n,
  GS_OPCODES(GS_OP_ENUM)
#undef GS_OP_ENUM
      kCount
};
const char* op_name(Op op);

struct Instr {
  Op op = Op::Nop;
  uint16_t x = 0;  // small extra operand (a size class, a print kind, a flag)
  int32_t a = 0, b = 0, c = 0, d = 0;
};

struct LineEntry {
  uint32_t pc;  // first instruction of this line's run
  int32_t line;
};

struct Func {
  std::string name;               // Go's symbol name: main.main, main.(*T).String, main.main.func1
  std::string file = "prog.go";
  int decl_line = 0;
  const types::Type* type = nullptr;  // the signature (with the receiver first for methods)
  std::vector<Instr> code;
  std::vector<LineEntry> lines;
  int32_t frame_size = kFrameHeader;  // bytes, multiple of 8
  int32_t params_size = 0;            // bytes of parameters (at kFrameHeader)
  int32_t args_size = 0;              // parameters + results
  int32_t results_off = 0;            // offset of the first result within the arg block
  std::vector<uint8_t> ptrbits;       // one bit per frame word (see the invariant above)
  // Liveness of pointer-holding temporaries (Go: the stack maps' per-safe-point
  // liveness, for temporaries only): a temporary holds a value only between the pc
  // where the compiler allocated it and the pc where it released it, and a slot may be
  // reused for several such ranges. At any other pc its words are dead: the collector
  // does not treat what they still hold as a root. (Stack copying still adjusts every
  // word ptrbits marks; a dead word is never read.)
  struct TempLive {
    int32_t word = 0;      // first frame word of the temporary
    int32_t nwords = 0;
    uint32_t start = 0;    // [start, end): pcs of the instructions that may use it
    uint32_t end = 0;
  };
  std::vector<TempLive> temp_live;
  const lib::Native* native = nullptr;  // a body-less declaration bound to C++
  bool bodyless = false;              // declared without a body: a native or a VM builtin (os.exit)
  int32_t ret_pc = 0;                 // a bare Ret: where a recovered panic resumes
  bool has_defer = false;
  types::Word funcval[1] = {0};       // the static funcval {fn} for func values of this function

  int line_at(uint32_t pc) const;
};

}  // namespace gs::vm
