// vm/function.h — Python functions and generators.
#ifndef ADDER_VM_FUNCTION_H
#define ADDER_VM_FUNCTION_H

#include "runtime/object.h"
#include "vm/frame.h"

typedef struct FunctionObject {
    Object ob;
    Object *code;               // CodeObject
    Object *globals;            // dict
    Object *name, *qualname;    // str
    Object *defaults;           // tuple, or NULL
    Object *kwdefaults;         // dict, or NULL
    Object *closure;            // tuple of cells, or NULL
    Object *module;             // the __name__ of its globals, or NULL
    Object *doc;                // the first string constant, or NULL
    Object *dict;               // __dict__, made on first use, or NULL
} FunctionObject;

typedef struct GenObject {
    Object ob;
    Frame *frame;               // heap_alloc'd; NULL once the generator has finished
    Object *name, *qualname;    // str
    Object *exc_state;          // the exception its own `except` block was handling
    uint8_t running;            // inside send/throw/close now
    uint8_t started;            // has run at least once
} GenObject;

extern TypeObject FunctionType, GeneratorType;

static inline bool func_check(Object *o) {
    return TYPE(o) == &FunctionType;
}
static inline bool gen_check(Object *o) {
    return TYPE(o) == &GeneratorType;
}

// A function of `code` (a CodeObject) with `globals`. Ref: new.
Object *func_new(Object *code, Object *globals);
// A generator running `frame` (heap memory it now owns, arguments bound). Ref: new.
Object *gen_new(Frame *frame, FunctionObject *func);

// The outcome of resuming a generator.
typedef enum GenResult { GEN_YIELDED, GEN_RETURNED, GEN_ERROR } GenResult;
// Resume `gen` with `value` (or raising `exc` in it when not NULL; Ref: steals `exc`).
// `*out` is the yielded or returned value (Ref: new), or NULL on GEN_ERROR.
GenResult gen_send_ex(Object *gen, Object *value, Object *exc, Object **out);

// The `call` slot of functions: run `callable` with borrowed arguments (vm/vm.c).
// Ref: new.
Object *vm_call_function_slot(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames);
// Release the frame of a generator that will never run again (vm/vm.c). Ref: none.
void gen_frame_free(Frame *f);
// The sub-iterator a suspended generator frame delegates to with `yield from`, or
// NULL. Ref: borrowed.
Object *gen_yield_from_borrow(Frame *f);

#endif
