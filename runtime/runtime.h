// runtime/runtime.h — the runtime's part of the interpreter state: the current
// exception, the cached small ints and other shared objects. (The intern table is
// runtime/str.c's own.)
// vm/state.h embeds it in the one interpreter struct; `rt` points at it.
#ifndef ADDER_RUNTIME_RUNTIME_H
#define ADDER_RUNTIME_RUNTIME_H

#include "runtime/object.h"

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
#define SMALL_INT_COUNT (SMALL_INT_MAX - SMALL_INT_MIN + 1)

typedef struct RuntimeState {
    Object *exc;                // the exception being raised, or NULL
    Object *handled;            // the exception an `except` block is handling, or NULL
    Object *small_ints[SMALL_INT_COUNT];    // -5..256, made at start-up
    Object *empty_tuple;        // ()
    Object *empty_str;          // ''
    Object *latin1[256];        // one-character strings U+0000..U+00FF, made lazily
    Object *memory_error;       // raised when an allocation fails
    int recursion_depth;        // nested calls and C recursions now
    int recursion_limit;        // sys.getrecursionlimit()
    char *stack_base;           // an address near the bottom of the C stack
    size_t stack_max;           // how far below it C recursion may go
    Object *stdout_, *stderr_;  // sys.stdout / sys.stderr file objects (stdlib)
    void (*print_exception)(Object *exc);   // the vm's printer of one exception (its
                                            // traceback and "Type: message"), for
                                            // err_write_unraisable
    uint64_t dict_version;      // the last version given to a dict: every change of any
                                // dict takes the next one, so versions never repeat
    uint32_t type_version;      // the last version given to a type (0: none yet)
    bool finalizing;            // the interpreter is being torn down: no more __del__
    // What the vm lends the runtime, which cannot include it: the globals of the
    // running frame (borrowed, or NULL).
    Object *(*current_globals)(void);
} RuntimeState;

extern RuntimeState *rt;

// True when the C stack is nearly used up, whatever the recursion limit says: C code
// that recurses on user data checks it and raises RecursionError instead of crashing.
static inline bool stack_exhausted(void) {
    char here;
    return rt->stack_base != NULL && (size_t)(rt->stack_base - &here) > rt->stack_max;
}

// Make the built-in types and shared objects. Ref: none. 0, or -1.
int runtime_init(RuntimeState *state);
// Release everything runtime_init made. Ref: none.
void runtime_fini(void);

#endif
