// vm/frame.h — frames: the activation of a code object.
//
// Frames live in one contiguous frame stack (chunks of slots taken from the heap and
// reused), not a malloc per call; a generator's frame lives inside the generator
// object instead. A frame's `slots` hold the fast locals (`code->nlocalsplus` of
// them) followed by the value stack (`code->stacksize`). Every slot owns its
// reference (NULL: unbound or empty).
#ifndef ADDER_VM_FRAME_H
#define ADDER_VM_FRAME_H

#include <stdint.h>

#include "vm/code.h"

typedef struct Frame {
    CodeObject *code;           // borrowed from `func` (or owned, for module frames)
    Object *func;               // the FunctionObject running, owned; NULL for a module
    Object *globals;            // borrowed from `func` or the module
    Object *locals;             // owned dict for module code (LOAD_NAME), else NULL
    struct Frame *prev;         // the caller, while this frame runs
    uint16_t *ip;               // the next instruction, saved while calling out
    Object **sp;                // the stack top, saved while calling out
    uint8_t is_entry;           // returning from it returns from `vm_eval`
    uint8_t in_generator;       // its memory belongs to a generator object
    uint8_t on_stack;           // its memory belongs to the frame stack
    uint8_t suspended;          // a generator frame stopped at a yield
    Object *slots[];            // fast locals, then the value stack
} Frame;

#endif
