// vm/code.c — the code object type: what the compiler makes and the eval loop runs.
//
// A code object owns its arrays (instruction words, slot kinds, line table, exception
// table; each from heap_alloc) and references to its constants, names and slot
// names. It holds nothing mutable, and its constants are constants (numbers,
// strings, tuples and frozensets of them, other code objects), so it can never be
// part of a cycle: like CPython's, it is not a container for the collector.
//
// `opcode_names` lives here too: the one table of instruction names that the
// disassembler and the eval loop's trace print.
#include "gc/heap.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define X(name, effect, doc) [OP_##name] = #name,
    OPCODES(X)
#undef X
};

Object *code_new(Object *name, Object *qualname, Object *filename, int firstlineno,
                 int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                 int nfrees, int stacksize, Object *consts, Object *names,
                 Object *localnames, uint8_t *slotkinds, uint16_t *code, int ncode,
                 LineEntry *lines, int nlines, ExcEntry *exctable, int nexc) {
    CodeObject *co = (CodeObject *)obj_alloc(&CodeType, 0);
    if (co == NULL) {
        heap_free(slotkinds);
        heap_free(code);
        heap_free(lines);
        heap_free(exctable);
        return NULL;
    }
    co->name = NEWREF(name);
    co->qualname = NEWREF(qualname);
    co->filename = NEWREF(filename);
    co->firstlineno = firstlineno;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->flags = flags;
    co->nlocalsplus = (int)tuple_size(localnames);
    co->nfrees = nfrees;
    co->stacksize = stacksize;
    co->consts = NEWREF(consts);
    co->names = NEWREF(names);
    co->localnames = NEWREF(localnames);
    co->slotkinds = slotkinds;
    co->code = code;
    co->ncode = ncode;
    co->lines = lines;
    co->nlines = nlines;
    co->exctable = exctable;
    co->nexc = nexc;
    return OB(co);
}

int code_line_of(CodeObject *co, int i) {
    // The last row whose start is at or before `i`.
    int lo = 0, hi = co->nlines;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (co->lines[mid].start <= i) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo == 0 ? 0 : co->lines[lo - 1].line;
}

static void code_dealloc(Object *o) {
    CodeObject *co = (CodeObject *)o;
    XDECREF(co->name);
    XDECREF(co->qualname);
    XDECREF(co->filename);
    XDECREF(co->consts);
    XDECREF(co->names);
    XDECREF(co->localnames);
    heap_free(co->slotkinds);
    heap_free(co->code);
    heap_free(co->lines);
    heap_free(co->exctable);
    heap_free(co->globals_cache);
    obj_free(o);
}

static Object *code_repr(Object *o) {
    CodeObject *co = (CodeObject *)o;
    return str_from_format("<code object %s at %p, file \"%s\", line %d>",
                           str_data(co->name), (void *)o, str_data(co->filename),
                           co->firstlineno);
}

// ---- read-only attributes, as CPython names them ------------------------------------

#define CO(o) ((CodeObject *)(o))

static Object *get_name(Object *o) {
    return NEWREF(CO(o)->name);
}
static Object *get_qualname(Object *o) {
    return NEWREF(CO(o)->qualname);
}
static Object *get_filename(Object *o) {
    return NEWREF(CO(o)->filename);
}
static Object *get_firstlineno(Object *o) {
    return int_from_i64(CO(o)->firstlineno);
}
static Object *get_argcount(Object *o) {
    return int_from_i64(CO(o)->argcount);
}
static Object *get_posonlyargcount(Object *o) {
    return int_from_i64(CO(o)->posonlyargcount);
}
static Object *get_kwonlyargcount(Object *o) {
    return int_from_i64(CO(o)->kwonlyargcount);
}
static Object *get_flags(Object *o) {
    return int_from_i64(CO(o)->flags);
}
static Object *get_stacksize(Object *o) {
    return int_from_i64(CO(o)->stacksize);
}
static Object *get_consts(Object *o) {
    return NEWREF(CO(o)->consts);
}
static Object *get_names(Object *o) {
    return NEWREF(CO(o)->names);
}

// The names of the slots whose kind has any bit of `mask`, in slot order.
static Object *slot_names(CodeObject *co, int mask) {
    ssize_t n = 0;
    for (int i = 0; i < co->nlocalsplus; i++) {
        n += (co->slotkinds[i] & mask) != 0;
    }
    Object *t = tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    ssize_t k = 0;
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (co->slotkinds[i] & mask) {
            tuple_items(t)[k++] = NEWREF(tuple_item_borrow(co->localnames, i));
        }
    }
    return tuple_done(t);
}

static Object *get_varnames(Object *o) {
    return slot_names(CO(o), SLOT_LOCAL);
}
static Object *get_cellvars(Object *o) {
    return slot_names(CO(o), SLOT_CELL);
}
static Object *get_freevars(Object *o) {
    return slot_names(CO(o), SLOT_FREE);
}
static Object *get_nlocals(Object *o) {
    int n = 0;
    for (int i = 0; i < CO(o)->nlocalsplus; i++) {
        n += (CO(o)->slotkinds[i] & SLOT_LOCAL) != 0;
    }
    return int_from_i64(n);
}

static const GetSetDef code_getset[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL},
    {"co_flags", get_flags, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {"co_consts", get_consts, NULL},
    {"co_names", get_names, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {NULL, NULL, NULL},
};

TypeObject CodeType = {
    .ob = TYPE_HEAD,
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
};
