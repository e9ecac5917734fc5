// vm/code.h — code objects: what the compiler makes and the eval loop runs, one per
// module, function, lambda, comprehension and (later) class body.
//
// Fast locals ("localsplus", as CPython 3.11): slot i is named `localnames[i]`, with
// `slotkinds[i]` saying what it holds. Parameters come first, in order: positional,
// keyword-only, then *args and **kwargs when the flags say so; then the other locals;
// then cell variables that are not parameters; then the free variables, last
// (`nfrees` of them), which COPY_FREE_VARS fills from the function's closure. A
// parameter that inner functions capture keeps its slot, and MAKE_CELL at the start
// of the body turns its value into a cell.
#ifndef ADDER_VM_CODE_H
#define ADDER_VM_CODE_H

#include <stdint.h>

#include "runtime/object.h"

// Code flags, CPython's values.
#define CO_OPTIMIZED 0x1        // fast locals (a function body)
#define CO_NEWLOCALS 0x2
#define CO_VARARGS 0x4          // has *args
#define CO_VARKEYWORDS 0x8      // has **kwargs
#define CO_NESTED 0x10
#define CO_GENERATOR 0x20       // calling it makes a generator

// Slot kinds.
#define SLOT_LOCAL 1
#define SLOT_CELL 2             // holds a cell made by MAKE_CELL
#define SLOT_FREE 4             // holds a cell from the closure

// One row of the exception table: an exception raised by an instruction in
// [start, end) unwinds the value stack to `depth` items, pushes the exception and
// jumps to `target`.
typedef struct ExcEntry {
    int32_t start, end, target, depth;
} ExcEntry;

// The line table: instructions from `start` on (up to the next row's start) come from
// line `line`. Rows are in order of `start`; line 0 means "no line" (artificial code).
typedef struct LineEntry {
    int32_t start, line;
} LineEntry;

typedef struct CodeObject {
    Object ob;
    Object *name;               // str: "f", "<module>", "<lambda>", "<listcomp>"
    Object *qualname;           // str: "f.<locals>.g"
    Object *filename;           // str
    int firstlineno;
    int argcount;               // positional parameters, positional-only included
    int posonlyargcount;
    int kwonlyargcount;
    int flags;                  // CO_*
    int nlocalsplus;            // slots in all: locals, cells, frees
    int nfrees;                 // the last `nfrees` slots are free variables
    int stacksize;              // deepest the value stack gets
    Object *consts;             // tuple
    Object *names;              // tuple of interned str: globals, attributes, imports
    Object *localnames;         // tuple of interned str, one per slot
    uint8_t *slotkinds;         // one SLOT_* per slot
    uint16_t *code;             // `ncode` instruction words
    int ncode;
    LineEntry *lines;           // `nlines` rows
    int nlines;
    ExcEntry *exctable;         // `nexc` rows in order of `start`; ranges never overlap
    int nexc;
    // The eval loop's cache of LOAD_GLOBAL results, one entry per name (vm/vm.c owns
    // its layout); NULL until first used, heap_free'd with the code.
    void *globals_cache;
} CodeObject;

extern TypeObject CodeType;

static inline bool code_check(Object *o) {
    return TYPE(o) == &CodeType;
}

// A code object owning the arrays passed in (each heap_alloc'd, or NULL when its
// count is 0): `slotkinds`, `code`, `lines`, `exctable`. Takes its own references
// to the objects. Ref: new; on failure the arrays are freed and NULL returned.
Object *code_new(Object *name, Object *qualname, Object *filename, int firstlineno,
                 int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                 int nfrees, int stacksize, Object *consts, Object *names,
                 Object *localnames, uint8_t *slotkinds, uint16_t *code, int ncode,
                 LineEntry *lines, int nlines, ExcEntry *exctable, int nexc);

// The source line of instruction `i` (0 when it has none). Ref: none.
int code_line_of(CodeObject *co, int i);

#endif
