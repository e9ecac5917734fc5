// vm/state.h — the one interpreter struct: every piece of state, reachable from here,
// so that start-up and tear-down are explicit and complete (Lua's lstate.h).
#ifndef ADDER_VM_STATE_H
#define ADDER_VM_STATE_H

#include <signal.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/runtime.h"
#include "vm/frame.h"
#include "vm/vm.h"

// A chunk of the frame stack.
typedef struct StackChunk {
    struct StackChunk *prev;
    Object **top, **limit;      // free space: [top, limit)
    Object *slots[];
} StackChunk;

typedef struct ModuleEntry {
    const char *name;
    ModuleInit init;
} ModuleEntry;

#define VM_MAX_MODULES 16
// Nested runs of the eval loop (a C function calling Python calling C ...) that the C
// stack can take, whatever the recursion limit says.
#define VM_MAX_C_DEPTH 6000

typedef struct VmState {
    Object *builtins;           // the builtins module
    Object *builtins_dict;      // its dict, borrowed
    Object *modules;            // sys.modules: dict name -> module
    ModuleEntry registry[VM_MAX_MODULES];
    int nregistry;
    Frame *frame;               // the innermost running frame, or NULL
    StackChunk *chunk;          // the frame stack's newest chunk
    StackChunk *spare;          // one emptied chunk kept for reuse
    int c_depth;                // nested vm_eval calls
    volatile sig_atomic_t interrupted;  // SIGINT arrived: raise KeyboardInterrupt
} VmState;

typedef struct Interp {
    Heap heap;
    GcState gc;
    RuntimeState rt;
    VmState vm;
} Interp;

extern Interp interp;

#endif
