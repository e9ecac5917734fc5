// vm/compile.c — the bytecode compiler: a syntax tree in, code objects out, after
// CPython 3.11's Python/compile.c and Python/ast_opt.c.
//
// The pipeline, for one module:
//   1. Constant folding (`fold_*`): a walk over the whole tree that gives every
//      constant expression its value, where CPython 3.11's AST optimizer folds (unary
//      and binary operators on constants within its size limits, tuples of constants,
//      subscripts of constants, `__debug__`), and rewrites the tree where it does
//      (`for x in [a, b]` iterates a tuple, `x in [1, 2]` tests a tuple constant,
//      `not a is b` becomes `a is not b`). Values live in `c->folded`, a map from
//      node to object; an expression with an entry there compiles to LOAD_CONST.
//   2. Scope analysis (vm/symtable.c): which names are local, global, free or cell.
//   3. Code generation (`compile_*`), one Unit per code object, into a graph of basic
//      blocks of `Instr`s whose jumps point at blocks. Try/with/except handlers are
//      marked with pseudo instructions (SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH push
//      a handler, POP_BLOCK pops it) as in 3.11; a stack of `FBlock`s tells `break`,
//      `continue` and `return` what to undo on their way out (finally bodies are
//      compiled inline, `with` blocks call `__exit__(None, None, None)`).
//   4. Assembly (`assemble`): a peephole pass over the blocks, the stack depth, the
//      exception handler of every instruction (`label_handlers`, then ranges of equal
//      handlers become ExcEntry rows), then EXTENDED_ARG sizes, jump targets, the
//      line table, and the code object.
//
// The CALL convention (vm/opcodes.h): [method-or-NULL, callable, args...]. When the
// first slot is not NULL it is called with the second prepended. Decorators,
// `__exit__`, comprehensions and assertion messages use this to call something with
// one argument already on the stack without a PUSH_NULL: with [f, x] on the stack,
// CALL 0 calls f(x); with [exit, None, None, None], CALL 2 calls exit(None, None,
// None). This is CPython 3.11's own trick.
//
// Fast local slots (vm/code.h): parameters, then other locals in the order the code
// first names them, then cells that are not parameters, then free variables. Cell
// and free variables are numbered provisionally while generating code (cells sorted
// by name, then frees sorted by name, as CPython numbers them) and mapped to their
// slots in `assemble`, once the number of locals is known.
//
// Errors: every compile_* function returns false on failure, with either the first
// SyntaxError recorded in `*c->err` or a Python exception set (`c->failed`).
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/opcodes.h"
#include "vm/symtable.h"

// Above this many items a call or display is built piecewise (CPython's
// STACK_USE_GUIDELINE), so that the value stack stays small.
#define STACK_USE_GUIDELINE 30
// Statically nested blocks per code object (CPython's CO_MAXBLOCKS).
#define MAX_FBLOCKS 20
// Nested exception handlers active at one instruction: at most two per FBlock.
#define MAX_HANDLER_DEPTH (2 * MAX_FBLOCKS + 4)

// CPython's limits on what folding may make.
#define MAX_INT_SIZE 128            // bits
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

// Pseudo instructions, numbered after the real ones; `assemble` removes them.
enum {
    PS_SETUP_FINALLY = OP_COUNT,    // push handler `target`: the exception on top
    PS_SETUP_CLEANUP,               // the same, for the cleanup of a handler
    PS_SETUP_WITH,                  // the same, with __enter__'s result dropped
    PS_POP_BLOCK,                   // pop the innermost handler
};

typedef struct Block Block;

typedef struct Instr {
    int op;
    int arg;
    int line;               // source line; -1 for artificial code, filled in later
    Block *target;          // jumps and SETUP_*: where they go
    Block *handler;         // the exception handler covering it (assembly)
    bool deref;             // arg is a provisional cell/free number (see the top)
} Instr;

struct Block {
    Instr *instrs;
    int n, cap;
    Block *next;            // the block laid out after this one
    Block *link;            // every block of the unit, for freeing
    int startdepth;         // stack depth on entry (INT_MIN: not reached yet)
    int offset;             // index of its first code word
    int preds;              // predecessors: jumps to it and fall-through into it
    bool visited;
    Block **exc;            // handler stack on entry, while labelling handlers
    int nexc;
};

typedef enum UnitKind { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMPREHENSION } UnitKind;

// What `break`, `continue` and `return` must undo on their way out (CPython's fblock).
typedef enum FBlockKind {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Block *block;           // loops: the start, where `continue` goes
    Block *exit;            // loops: where `break` goes
    NodeList *finalbody;    // FINALLY_TRY: the finally body to run inline
    Node *node;             // WITH: the statement (for the line of __exit__)
    const char *name;       // HANDLER_CLEANUP: the `as` name to unbind, or NULL
} FBlock;

// One code object being generated.
typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    UnitKind kind;
    const char *name;       // "<module>", "f", "<lambda>", "<listcomp>"
    Object *qualname;       // str
    Block *blocks;          // every block (through `link`)
    Block *entry, *cur;
    Object **consts;        // owned references
    int nconsts, capconsts;
    int *const_slots;       // open addressing over `consts`: -1 empty, else an index
    int nconst_slots;
    NameMap names;          // co_names
    NameMap varnames;       // fast locals: parameters first
    NameMap cellvars;       // cell variables, sorted by name
    NameMap freevars;       // free variables, sorted by name
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    int line;               // where the instructions being emitted come from
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
} Unit;

typedef struct FoldEntry {
    const Node *node;
    Object *value;          // owned
} FoldEntry;

typedef struct Compiler {
    SymTable st;
    Unit *u;                // the unit being generated
    Object *filename;       // str
    CompileMode mode;
    SyntaxErr *err;
    bool failed;            // a Python exception is set
    FoldEntry *folded;      // open addressing: node -> its constant value
    int nfolded, capfolded;
    int future_line;        // line of the last `from __future__` import at the top
    Object **cache;         // one object per distinct constant of the compilation (owned)
    int ncache, capcache;
    int *cache_slots;       // open addressing over `cache`: -1 empty, else an index
    int ncache_slots;
    Arena strings;          // names the compiler makes up ("b" of "a.b")
} Compiler;

#define TRY(x)                                           \
    do {                                                 \
        if (!(x)) {                                      \
            return false;                                \
        }                                                \
    } while (0)

static int list_len(const NodeList *l) {
    return l == NULL ? 0 : l->n;
}

// ---- errors ------------------------------------------------------------------------------

static bool compile_error(Compiler *c, const Node *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool compile_error(Compiler *c, const Node *at, const char *fmt, ...) {
    if (c->err->kind == ERR_NONE && !c->failed) {
        char msg[sizeof c->err->msg];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        lex_error(c->err, ERR_SYNTAX, at->line, at->col, -1, "%s", msg);
    }
    return false;
}

// ---- warnings ----------------------------------------------------------------------------
//
// CPython's compiler warns (SyntaxWarning) about code that is sure to fail or surely does
// not mean what it says: `x is 1`, `(1, 2)(3)`, `assert (x, "msg")`. Its default warning
// filter prints each one to stderr as "file:line: SyntaxWarning: message" followed by the
// source line, stripped, which Python's linecache reads back from the file.

static bool is_blank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f' ||
           (ch >= '\x1c' && ch <= '\x1f');
}

// Print line `line` of the file at `path`, stripped, after two spaces; nothing when the
// file cannot be read (code given with -c or on stdin) or is shorter.
static void print_source_line(const char *path, int line) {
    FILE *f = path[0] != '<' ? fopen(path, "rb") : NULL;
    if (f == NULL) {
        return;
    }
    size_t cap = 128, n = 0;
    char *buf = heap_alloc(cap);
    int ch, at = 1;
    while (buf != NULL && (ch = fgetc(f)) != EOF) {
        if (ch == '\n' || ch == '\r') {
            if (ch == '\r') {
                int next = fgetc(f);
                if (next != '\n' && next != EOF) {
                    ungetc(next, f);
                }
            }
            if (at++ == line) {
                break;
            }
            continue;
        }
        if (at != line) {
            continue;
        }
        if (n + 1 >= cap) {
            char *grown = heap_realloc(buf, cap * 2);
            if (grown == NULL) {
                break;
            }
            buf = grown;
            cap *= 2;
        }
        buf[n++] = (char)ch;
    }
    fclose(f);
    if (buf != NULL && at >= line) {
        size_t lo = 0;
        while (lo < n && is_blank(buf[lo])) {
            lo++;
        }
        while (n > lo && is_blank(buf[n - 1])) {
            n--;
        }
        fprintf(stderr, "  %.*s\n", (int)(n - lo), buf + lo);
    }
    heap_free(buf);
}

static void compile_warn(Compiler *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

// Warn at the line being compiled, as CPython does.
static void compile_warn(Compiler *c, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", str_data(c->filename), c->u->line, msg);
    print_source_line(str_data(c->filename), c->u->line);
}

// A Python exception is set (or must be: out of memory).
static bool py_failed(Compiler *c) {
    if (err_occurred() == NULL) {
        err_no_memory();
    }
    c->failed = true;
    return false;
}

// ---- the map of folded constants ---------------------------------------------------------

static uint32_t hash_node(const void *p) {
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B1u;
    return (uint32_t)(v ^ (v >> 15));
}

// The constant value of expression `e`, or NULL when it is not a constant.
// Ref: borrowed (the map keeps it alive until the end of compilation).
static Object *const_of(const Compiler *c, const Node *e) {
    if (c->capfolded == 0 || e == NULL) {
        return NULL;
    }
    uint32_t mask = (uint32_t)c->capfolded - 1;
    for (uint32_t i = hash_node(e) & mask; c->folded[i].node != NULL; i = (i + 1) & mask) {
        if (c->folded[i].node == e) {
            return c->folded[i].value;
        }
    }
    return NULL;
}

static void fold_put_slot(FoldEntry *t, int cap, const Node *e, Object *v) {
    uint32_t mask = (uint32_t)cap - 1;
    uint32_t i = hash_node(e) & mask;
    while (t[i].node != NULL && t[i].node != e) {
        i = (i + 1) & mask;
    }
    if (t[i].node == e) {
        SETREF(t[i].value, v);
        return;
    }
    t[i].node = e;
    t[i].value = v;
}

// Record that `e` has the constant value `v`. Ref: steals `v`.
static bool set_const(Compiler *c, const Node *e, Object *v) {
    if ((c->nfolded + 1) * 2 > c->capfolded) {
        int cap = c->capfolded == 0 ? 256 : c->capfolded * 2;
        FoldEntry *t = heap_calloc((size_t)cap * sizeof *t);
        if (t == NULL) {
            DECREF(v);
            return py_failed(c);
        }
        for (int i = 0; i < c->capfolded; i++) {
            if (c->folded[i].node != NULL) {
                fold_put_slot(t, cap, c->folded[i].node, c->folded[i].value);
            }
        }
        heap_free(c->folded);
        c->folded = t;
        c->capfolded = cap;
    }
    c->nfolded++;
    fold_put_slot(c->folded, c->capfolded, e, v);
    return true;
}

static bool is_const(const Compiler *c, const Node *e) {
    return const_of(c, e) != NULL;
}

// ---- constants of a unit ----------------------------------------------------------------

// Constants are equal for deduplication when they have the same type and value:
// 1, 1.0, True and '1' stay apart, and so do 0.0 and -0.0 (CPython's
// _PyCode_ConstantKey).
static bool const_same(Object *a, Object *b) {
    if (a == b) {
        return true;
    }
    if (TYPE(a) != TYPE(b)) {
        return false;
    }
    if (TYPE(a) == &IntType) {
        return int_as_i64(a) == int_as_i64(b);
    }
    if (float_check(a)) {
        double x = float_as_double(a), y = float_as_double(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (str_check_exact(a)) {
        return str_eq(a, b);
    }
    if (TYPE(a) == &TupleType) {
        if (tuple_size(a) != tuple_size(b)) {
            return false;
        }
        for (ssize_t i = 0; i < tuple_size(a); i++) {
            if (!const_same(tuple_item_borrow(a, i), tuple_item_borrow(b, i))) {
                return false;
            }
        }
        return true;
    }
    if (TYPE(a) == &FrozenSetType) {
        // Same size and every key of `a` has a same-typed equal key in `b`.
        SetObject *sa = (SetObject *)a, *sb = (SetObject *)b;
        if (sa->used != sb->used) {
            return false;
        }
        for (ssize_t i = 0; i <= sa->mask; i++) {
            Object *k = sa->table[i].key;
            if (k == NULL || sa->table[i].hash == -1) {
                continue;
            }
            bool found = false;
            for (ssize_t j = 0; j <= sb->mask && !found; j++) {
                Object *m = sb->table[j].key;
                found = m != NULL && sb->table[j].hash != -1 && const_same(k, m);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static uint32_t const_hash(Object *o) {
    if (TYPE(o) == &IntType) {
        uint64_t v = (uint64_t)int_as_i64(o);
        return (uint32_t)(v ^ (v >> 32)) * 2654435761u;
    }
    if (float_check(o)) {
        double d = float_as_double(o);
        uint64_t v;
        memcpy(&v, &d, sizeof v);
        return (uint32_t)(v ^ (v >> 32)) * 2246822519u;
    }
    if (str_check_exact(o)) {
        uint32_t h = 2166136261u;
        const char *s = str_data(o);
        for (ssize_t i = 0; i < str_size(o); i++) {
            h = (h ^ (uint8_t)s[i]) * 16777619u;
        }
        return h;
    }
    if (TYPE(o) == &TupleType) {
        uint32_t h = 0x345678u + (uint32_t)tuple_size(o);
        for (ssize_t i = 0; i < tuple_size(o); i++) {
            h = (h ^ const_hash(tuple_item_borrow(o, i))) * 1000003u;
        }
        return h;
    }
    if (TYPE(o) == &FrozenSetType) {
        // Independent of the order of the keys in the table.
        SetObject *so = (SetObject *)o;
        uint32_t h = 0x9e3779b9u + (uint32_t)so->used;
        for (ssize_t i = 0; i <= so->mask; i++) {
            if (so->table[i].key != NULL && so->table[i].hash != -1) {
                h += const_hash(so->table[i].key) * 69069u;
            }
        }
        return h;
    }
    return hash_node(o);
}

static void const_slot_insert(Unit *u, int k) {
    uint32_t mask = (uint32_t)u->nconst_slots - 1;
    uint32_t i = const_hash(u->consts[k]) & mask;
    while (u->const_slots[i] >= 0) {
        i = (i + 1) & mask;
    }
    u->const_slots[i] = k;
}

// Whether the compilation-wide cache merges constants of `o`'s type.
static bool mergeable(Object *o) {
    return TYPE(o) == &IntType || float_check(o) || str_check_exact(o) ||
           TYPE(o) == &TupleType || TYPE(o) == &FrozenSetType;
}

static void cache_slot_insert(Compiler *c, int k) {
    uint32_t mask = (uint32_t)c->ncache_slots - 1;
    uint32_t i = const_hash(c->cache[k]) & mask;
    while (c->cache_slots[i] >= 0) {
        i = (i + 1) & mask;
    }
    c->cache_slots[i] = k;
}

// The one object of the whole compilation equal (by const_same) to constant `o`,
// making `o` that object when it is the first; the items of a tuple are merged the
// same way, so equal constants in any code object of one compilation are one object,
// as CPython's per-compilation constant cache makes them. Ref: borrowed; NULL with
// the compiler failed on failure.
static Object *merge_const(Compiler *c, Object *o) {
    if (!mergeable(o)) {
        return o;
    }
    if (c->ncache_slots > 0) {
        uint32_t mask = (uint32_t)c->ncache_slots - 1;
        for (uint32_t i = const_hash(o) & mask; c->cache_slots[i] >= 0; i = (i + 1) & mask) {
            if (const_same(c->cache[c->cache_slots[i]], o)) {
                return c->cache[c->cache_slots[i]];
            }
        }
    }
    Object *keep = NEWREF(o);
    if (TYPE(o) == &TupleType) {
        ssize_t n = tuple_size(o), i = 0;
        Object *m = NULL;
        for (; i < n; i++) {
            m = merge_const(c, tuple_item_borrow(o, i));
            if (m == NULL) {
                DECREF(keep);
                return NULL;
            }
            if (m != tuple_item_borrow(o, i)) {
                break;
            }
        }
        if (i < n) {
            // An item has an earlier equal object: build the tuple of merged items.
            Object *t = tuple_new(n);
            if (t == NULL) {
                DECREF(keep);
                py_failed(c);
                return NULL;
            }
            for (ssize_t j = 0; j < i; j++) {
                tuple_items(t)[j] = NEWREF(tuple_item_borrow(o, j));
            }
            tuple_items(t)[i] = NEWREF(m);
            for (ssize_t j = i + 1; j < n; j++) {
                m = merge_const(c, tuple_item_borrow(o, j));
                if (m == NULL) {
                    // The unset items are NULL, which the tuple's dealloc skips.
                    DECREF(t);
                    DECREF(keep);
                    return NULL;
                }
                tuple_items(t)[j] = NEWREF(m);
            }
            SETREF(keep, tuple_done(t));
        }
    }
    if (c->ncache == c->capcache) {
        int cap = c->capcache == 0 ? 32 : c->capcache * 2;
        Object **cache = heap_realloc(c->cache, (size_t)cap * sizeof *cache);
        if (cache == NULL) {
            DECREF(keep);
            py_failed(c);
            return NULL;
        }
        c->cache = cache;
        c->capcache = cap;
    }
    if ((c->ncache + 1) * 2 > c->ncache_slots) {
        int nslots = c->ncache_slots == 0 ? 64 : c->ncache_slots * 2;
        int *slots = heap_alloc((size_t)nslots * sizeof *slots);
        if (slots == NULL) {
            DECREF(keep);
            py_failed(c);
            return NULL;
        }
        heap_free(c->cache_slots);
        c->cache_slots = slots;
        c->ncache_slots = nslots;
        memset(slots, 0xff, (size_t)nslots * sizeof *slots);
        for (int k = 0; k < c->ncache; k++) {
            cache_slot_insert(c, k);
        }
    }
    int k = c->ncache++;
    c->cache[k] = keep;
    cache_slot_insert(c, k);
    return keep;
}

// The index of constant `o` in the unit's table, adding it when new; -1 on failure.
// Ref: none (the table takes its own reference).
static int add_const(Compiler *c, Object *o) {
    Unit *u = c->u;
    o = merge_const(c, o);
    if (o == NULL) {
        return -1;
    }
    if (u->nconst_slots > 0) {
        uint32_t mask = (uint32_t)u->nconst_slots - 1;
        for (uint32_t i = const_hash(o) & mask; u->const_slots[i] >= 0; i = (i + 1) & mask) {
            if (const_same(u->consts[u->const_slots[i]], o)) {
                return u->const_slots[i];
            }
        }
    }
    if (u->nconsts == u->capconsts) {
        int cap = u->capconsts == 0 ? 8 : u->capconsts * 2;
        Object **consts = heap_realloc(u->consts, (size_t)cap * sizeof *consts);
        if (consts == NULL) {
            py_failed(c);
            return -1;
        }
        u->consts = consts;
        u->capconsts = cap;
    }
    if ((u->nconsts + 1) * 2 > u->nconst_slots) {
        int nslots = u->nconst_slots == 0 ? 16 : u->nconst_slots * 2;
        int *slots = heap_alloc((size_t)nslots * sizeof *slots);
        if (slots == NULL) {
            py_failed(c);
            return -1;
        }
        heap_free(u->const_slots);
        u->const_slots = slots;
        u->nconst_slots = nslots;
        memset(slots, 0xff, (size_t)nslots * sizeof *slots);
        for (int k = 0; k < u->nconsts; k++) {
            const_slot_insert(u, k);
        }
    }
    int k = u->nconsts++;
    u->consts[k] = NEWREF(o);
    const_slot_insert(u, k);
    return k;
}

// A C string that outlives the unit: a copy of `s[0..n)` in the compiler's arena.
static const char *keep_string(Compiler *c, const char *s, size_t n) {
    char *p = ast_strdup(&c->strings, s, n);
    if (p == NULL) {
        py_failed(c);
    }
    return p;
}

// The index of `name` in `m`, adding it when new; -1 on failure.
static int add_name(Compiler *c, NameMap *m, const char *name) {
    int k = symtable_map_add(m, name, 0);
    if (k < 0) {
        py_failed(c);
    }
    return k;
}

// ---- blocks and the emitter -------------------------------------------------------------

static Block *new_block(Compiler *c) {
    Block *b = heap_calloc(sizeof *b);
    if (b == NULL) {
        py_failed(c);
        return NULL;
    }
    b->link = c->u->blocks;
    c->u->blocks = b;
    return b;
}

// Continue emitting into `b`, laid out right after the current block.
static void use_block(Compiler *c, Block *b) {
    c->u->cur->next = b;
    c->u->cur = b;
}

static bool is_jump_op(int op) {
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND:
        return true;
    default:
        return false;
    }
}

static bool is_setup_op(int op) {
    return op == PS_SETUP_FINALLY || op == PS_SETUP_CLEANUP || op == PS_SETUP_WITH;
}

// Instructions after which control never falls through.
static bool is_terminator(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

static bool block_falls_through(const Block *b) {
    return b->n == 0 || !is_terminator(b->instrs[b->n - 1].op);
}

static bool block_append(Compiler *c, Block *b, const Instr *in) {
    if (b->n == b->cap) {
        int cap = b->cap == 0 ? 8 : b->cap * 2;
        Instr *instrs = heap_realloc(b->instrs, (size_t)cap * sizeof *instrs);
        if (instrs == NULL) {
            return py_failed(c);
        }
        b->instrs = instrs;
        b->cap = cap;
    }
    b->instrs[b->n++] = *in;
    return true;
}

// Append an instruction to the current block. A jump or terminator ends its block:
// the next instruction goes into a new one, so that jumps are always last.
static bool emit_instr(Compiler *c, int op, int arg, Block *target, bool deref) {
    Unit *u = c->u;
    Block *b = u->cur;
    if (b->n > 0) {
        int last = b->instrs[b->n - 1].op;
        if (is_jump_op(last) || is_terminator(last)) {
            b = new_block(c);
            if (b == NULL) {
                return false;
            }
            use_block(c, b);
        }
    }
    Instr in = {op, arg, u->line, target, NULL, deref};
    return block_append(c, b, &in);
}

static bool emit(Compiler *c, int op, int arg) {
    return emit_instr(c, op, arg, NULL, false);
}

static bool emit_jump(Compiler *c, int op, Block *target) {
    return emit_instr(c, op, 0, target, false);
}

// LOAD_CONST of `o`. Ref: none.
static bool emit_const(Compiler *c, Object *o) {
    int k = add_const(c, o);
    return k >= 0 && emit(c, OP_LOAD_CONST, k);
}

// LOAD_CONST of a new object. Ref: steals `o` (NULL: an exception is set).
static bool emit_const_new(Compiler *c, Object *o) {
    if (o == NULL) {
        return py_failed(c);
    }
    bool ok = emit_const(c, o);
    DECREF(o);
    return ok;
}

// An instruction whose argument indexes co_names.
static bool emit_name(Compiler *c, int op, const char *name) {
    int k = add_name(c, &c->u->names, name);
    return k >= 0 && emit(c, op, k);
}

// Emit the next instructions as artificial code (no line of their own).
static void unset_loc(Compiler *c) {
    c->u->line = -1;
}

static void set_loc(Compiler *c, const Node *n) {
    c->u->line = n->line;
}

// ---- constant folding (CPython 3.11's ast_opt.c) -----------------------------------------

static const int nb_of_binop[] = {
    [OP_ADD] = NB_ADD, [OP_SUB] = NB_SUB, [OP_MULT] = NB_MUL, [OP_MATMULT] = NB_MATMUL,
    [OP_DIV] = NB_TRUEDIV, [OP_MOD] = NB_MOD, [OP_POW] = NB_POW, [OP_LSHIFT] = NB_LSHIFT,
    [OP_RSHIFT] = NB_RSHIFT, [OP_BITOR] = NB_OR, [OP_BITXOR] = NB_XOR,
    [OP_BITAND] = NB_AND, [OP_FLOORDIV] = NB_FLOORDIV,
};

// Intern a str made only of [A-Za-z0-9_], as CPython interns identifier-like constants.
static void intern_if_name(Object **p) {
    if (!str_check_exact(*p)) {
        return;
    }
    const char *s = str_data(*p);
    for (ssize_t i = 0; i < str_size(*p); i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return;
        }
    }
    str_intern(p);
}

// Record the result of a fold: `v` is the value (Ref: stolen), or NULL when the
// operation raised, in which case the expression is left to fail at run time.
static bool fold_result(Compiler *c, const Node *e, Object *v) {
    if (v == NULL) {
        err_clear();
        return true;
    }
    intern_if_name(&v);
    return set_const(c, e, v);
}

static bool fold_literal(Compiler *c, Node *e) {
    Object *v = NULL;
    switch (e->op) {
    case CONST_NONE:
        v = NEWREF(None);
        break;
    case CONST_TRUE:
        v = NEWREF(True);
        break;
    case CONST_FALSE:
        v = NEWREF(False);
        break;
    case CONST_ELLIPSIS:
        v = NEWREF(Ellipsis);
        break;
    case CONST_INT:
        v = int_from_string(e->s, e->len, 0);
        break;
    case CONST_FLOAT:
        v = float_from_string(e->s, e->len);
        break;
    case CONST_STR:
        v = str_from_utf8(e->s, e->len);
        if (v != NULL) {
            intern_if_name(&v);
        }
        break;
    case CONST_IMAG:
        return compile_error(c, e, "complex numbers are not supported yet");
    default:
        return compile_error(c, e, "bytes are not supported yet");
    }
    if (v == NULL) {
        return py_failed(c);
    }
    return set_const(c, e, v);
}

// Bits in the magnitude of an int.
static int int_bits(Object *o) {
    int64_t v = int_as_i64(o);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

// The size of a tuple, frozenset or str that `n *` would repeat, or -1.
static ssize_t repeat_size(Object *o) {
    if (tuple_check(o)) {
        return tuple_size(o);
    }
    if (TYPE(o) == &FrozenSetType) {
        return set_len(o);
    }
    if (str_check(o)) {
        return str_length(o);
    }
    return -1;
}

// Whether folding `v op w` stays within CPython's limits (safe_multiply, safe_power,
// safe_lshift, safe_mod); when not, the operation is left for run time.
static bool fold_allowed(int op, Object *v, Object *w) {
    switch (op) {
    case OP_MULT:
        if (int_check(v) && int_check(w)) {
            return int_as_i64(v) == 0 || int_as_i64(w) == 0 ||
                   int_bits(v) + int_bits(w) <= MAX_INT_SIZE;
        }
        if (int_check(w) && repeat_size(v) >= 0) {
            Object *t = v;
            v = w;
            w = t;
        }
        if (int_check(v) && repeat_size(w) > 0) {
            int64_t n = int_as_i64(v);
            int64_t limit = str_check(w) ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
            return n >= 0 && n <= limit / repeat_size(w);
        }
        return true;
    case OP_POW:
        if (int_check(v) && int_check(w) && int_as_i64(v) != 0 && int_as_i64(w) > 0) {
            return int_bits(v) <= MAX_INT_SIZE / int_as_i64(w);
        }
        return true;
    case OP_LSHIFT:
        if (int_check(v) && int_check(w) && int_as_i64(v) != 0 && int_as_i64(w) != 0) {
            int64_t n = int_as_i64(w);
            return n > 0 && n <= MAX_INT_SIZE && int_bits(v) <= MAX_INT_SIZE - n;
        }
        return true;
    case OP_MOD:
        return !str_check(v);       // '%' formatting is left to run time
    case OP_MATMULT:
        return false;
    default:
        return true;
    }
}

static bool fold_binop(Compiler *c, Node *e) {
    Object *v = const_of(c, e->k[0]), *w = const_of(c, e->k[1]);
    if (v == NULL || w == NULL || !fold_allowed(e->op, v, w)) {
        return true;
    }
    return fold_result(c, e, obj_binary_op(v, w, nb_of_binop[e->op]));
}

static bool fold_unaryop(Compiler *c, Node *e) {
    Node *arg = e->k[0];
    Object *v = const_of(c, arg);
    if (v == NULL) {
        // `not a is b` is `a is not b`, and `not a in b` is `a not in b`.
        if (e->op == UOP_NOT && arg->kind == N_Compare && arg->l[0]->n == 1) {
            int flipped = -1;
            switch (arg->ops[0]) {
            case CMP_IS: flipped = CMP_ISNOT; break;
            case CMP_ISNOT: flipped = CMP_IS; break;
            case CMP_IN: flipped = CMP_NOTIN; break;
            case CMP_NOTIN: flipped = CMP_IN; break;
            default: break;
            }
            if (flipped >= 0) {
                arg->ops[0] = (uint8_t)flipped;
                *e = *arg;
            }
        }
        return true;
    }
    Object *r = NULL;
    switch (e->op) {
    case UOP_NOT: {
        int t = obj_is_true(v);
        r = t < 0 ? NULL : bool_from(!t);
        break;
    }
    case UOP_USUB: r = obj_negative(v); break;
    case UOP_UADD: r = obj_positive(v); break;
    default: r = obj_invert(v); break;
    }
    return fold_result(c, e, r);
}

// A tuple of the constant values of `elts`, or NULL (no exception) when one is not
// constant. Ref: new.
static Object *const_tuple(Compiler *c, NodeList *elts) {
    for (int i = 0; i < list_len(elts); i++) {
        if (!is_const(c, elts->items[i])) {
            return NULL;
        }
    }
    Object *t = tuple_new(list_len(elts));
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < list_len(elts); i++) {
        tuple_items(t)[i] = NEWREF(const_of(c, elts->items[i]));
    }
    return tuple_done(t);
}

static bool fold_tuple(Compiler *c, Node *e) {
    if (e->op != CTX_LOAD) {
        return true;
    }
    Object *t = const_tuple(c, e->l[0]);
    return t == NULL ? (err_occurred() == NULL || py_failed(c)) : set_const(c, e, t);
}

static bool has_starred(const NodeList *elts) {
    for (int i = 0; i < list_len(elts); i++) {
        if (elts->items[i]->kind == N_Starred) {
            return true;
        }
    }
    return false;
}

// What a `for` loop or an `in` test iterates: a list display becomes a tuple, a
// constant one a tuple constant; a constant set display becomes a frozenset.
static bool fold_iter(Compiler *c, Node *e) {
    if (e->kind == N_List) {
        if (has_starred(e->l[0])) {
            return true;
        }
        e->kind = N_Tuple;
        return fold_tuple(c, e);
    }
    if (e->kind == N_Set) {
        Object *t = const_tuple(c, e->l[0]);
        if (t == NULL) {
            return err_occurred() == NULL || py_failed(c);
        }
        Object *fs = set_new(t, true);
        DECREF(t);
        return fold_result(c, e, fs);
    }
    return true;
}

static bool fold_node(Compiler *c, Node *e) {
    for (int i = 0; i < 3; i++) {
        if (e->k[i] != NULL) {
            TRY(fold_node(c, e->k[i]));
        }
    }
    for (int i = 0; i < 4; i++) {
        for (int j = 0; j < list_len(e->l[i]); j++) {
            if (e->l[i]->items[j] != NULL) {
                TRY(fold_node(c, e->l[i]->items[j]));
            }
        }
    }
    switch (e->kind) {
    case N_Constant:
        return fold_literal(c, e);
    case N_Name:
        if (e->op == CTX_LOAD && strcmp(e->s, "__debug__") == 0) {
            return set_const(c, e, NEWREF(True));
        }
        return true;
    case N_UnaryOp:
        return fold_unaryop(c, e);
    case N_BinOp:
        return fold_binop(c, e);
    case N_Tuple:
        return fold_tuple(c, e);
    case N_Subscript: {
        Object *v = const_of(c, e->k[0]), *k = const_of(c, e->k[1]);
        if (e->op != CTX_LOAD || v == NULL || k == NULL) {
            return true;
        }
        return fold_result(c, e, obj_getitem(v, k));
    }
    case N_Compare: {
        int last = e->l[0]->n - 1;
        if (e->ops[last] == CMP_IN || e->ops[last] == CMP_NOTIN) {
            return fold_iter(c, e->l[0]->items[last]);
        }
        return true;
    }
    case N_For:
    case N_comprehension:
        return fold_iter(c, e->k[1]);
    default:
        return true;
    }
}

// ---- private names ------------------------------------------------------------------------

// `name` as it is stored inside class `private` (the class name without its leading
// underscores): `__x` becomes `_A__x`; dunder names, dotted names and names without
// two leading underscores stay as they are (CPython's _Py_Mangle). NULL when out of
// memory.
static const char *mangled(Compiler *c, const char *private, const char *name) {
    if (private == NULL || name == NULL || name[0] != '_' || name[1] != '_') {
        return name;
    }
    size_t n = strlen(name), p = strlen(private);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    char *buf = heap_alloc(1 + p + n + 1);
    if (buf == NULL) {
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, private, p);
    memcpy(buf + 1 + p, name, n + 1);
    const char *kept = keep_string(c, buf, 1 + p + n);
    heap_free(buf);
    return kept;
}

// Rename the private names (`__x`) used inside each class of the tree, before the
// symbol table sees them, as CPython's compiler and symtable both mangle them.
static bool mangle_node(Compiler *c, Node *e, const char *private) {
    const char *inner = private;
    switch (e->kind) {
    case N_Name:
    case N_Attribute:
    case N_FunctionDef:
    case N_arg:
    case N_ExceptHandler:
    case N_ClassDef:
        if (e->s != NULL) {
            const char *m = mangled(c, private, e->s);
            if (m == NULL) {
                return py_failed(c);
            }
            if (e->kind == N_ClassDef) {
                // The body's names are private to this class, named by its own name.
                inner = e->s;
                while (*inner == '_') {
                    inner++;
                }
                inner = *inner != '\0' ? inner : NULL;
            }
            if (m != e->s && (e->kind == N_ClassDef || e->kind == N_FunctionDef)) {
                // The function or class keeps its name; the variable it binds is private.
                e->s2 = m;
            } else if (m != e->s) {
                e->s = m;
                e->len = strlen(m);
            }
        }
        break;
    default:
        break;
    }
    for (int i = 0; i < 3; i++) {
        if (e->k[i] != NULL) {
            TRY(mangle_node(c, e->k[i], private));
        }
    }
    for (int i = 0; i < 4; i++) {
        // A class's body (l2) is the only part inside its own private scope.
        const char *p = e->kind == N_ClassDef && i == 2 ? inner : private;
        for (int j = 0; j < list_len(e->l[i]); j++) {
            if (e->l[i]->items[j] != NULL) {
                TRY(mangle_node(c, e->l[i]->items[j], p));
            }
        }
    }
    return true;
}

// ---- units ------------------------------------------------------------------------------

static int compare_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Fill `out` with the names that scope `s` resolves to `sc`, sorted (the order CPython
// gives cell and free variables).
static bool sorted_names(Compiler *c, const Scope *s, int sc, NameMap *out) {
    int n = 0;
    for (int i = 0; i < s->symbols.n; i++) {
        n += symtable_name_scope(s, s->symbols.keys[i]) == sc;
    }
    if (n == 0) {
        return true;
    }
    const char **names = heap_alloc((size_t)n * sizeof *names);
    if (names == NULL) {
        return py_failed(c);
    }
    int k = 0;
    for (int i = 0; i < s->symbols.n; i++) {
        if (symtable_name_scope(s, s->symbols.keys[i]) == sc) {
            names[k++] = s->symbols.keys[i];
        }
    }
    qsort(names, (size_t)n, sizeof *names, compare_names);
    bool ok = true;
    for (int i = 0; ok && i < n; i++) {
        ok = add_name(c, out, names[i]) >= 0;
    }
    heap_free(names);
    return ok;
}

// The qualified name of the unit just entered (CPython's compiler_set_qualname):
// "f.<locals>.g" inside a function, "<listcomp>.<lambda>" inside a comprehension,
// plain "f" at module level or when declared global.
static Object *make_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    if (parent == NULL || parent->parent == NULL) {
        return str_from_cstr(u->name);
    }
    if ((u->kind == U_FUNCTION || u->kind == U_CLASS) &&
        symtable_name_scope(parent->scope, u->name) == SC_GLOBAL_EXPLICIT) {
        return str_from_cstr(u->name);
    }
    const char *locals = parent->kind == U_FUNCTION || parent->kind == U_LAMBDA ?
                         ".<locals>" : "";
    return str_from_format("%s%s.%s", str_data(parent->qualname), locals, u->name);
}

static void free_unit(Unit *u) {
    Block *b = u->blocks;
    while (b != NULL) {
        Block *next = b->link;
        heap_free(b->instrs);
        heap_free(b->exc);
        heap_free(b);
        b = next;
    }
    for (int i = 0; i < u->nconsts; i++) {
        DECREF(u->consts[i]);
    }
    heap_free(u->consts);
    heap_free(u->const_slots);
    symtable_map_fini(&u->names);
    symtable_map_fini(&u->varnames);
    symtable_map_fini(&u->cellvars);
    symtable_map_fini(&u->freevars);
    XDECREF(u->qualname);
    heap_free(u);
}

static void exit_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
}

// Fill in a unit just pushed; false (the caller pops it) on failure.
static bool init_unit(Compiler *c, Unit *u, Node *node) {
    u->scope = symtable_scope_of(&c->st, node);
    if (u->scope == NULL) {
        err_set_str(&SystemErrorType, "compiler: no scope for a definition");
        return py_failed(c);
    }
    for (int i = 0; i < u->scope->params.n; i++) {
        if (add_name(c, &u->varnames, u->scope->params.keys[i]) < 0) {
            return false;
        }
    }
    // A class body whose methods use `__class__` (or super()) makes that cell first.
    if (u->scope->needs_class_closure && add_name(c, &u->cellvars, "__class__") < 0) {
        return false;
    }
    if (!sorted_names(c, u->scope, SC_CELL, &u->cellvars) ||
        !sorted_names(c, u->scope, SC_FREE, &u->freevars)) {
        return false;
    }
    u->qualname = make_qualname(c, u);
    if (u->qualname == NULL) {
        return py_failed(c);
    }
    u->entry = new_block(c);
    u->cur = u->entry;
    return u->entry != NULL;
}

// Start generating the code object of `node` (whose scope the symbol table made).
// On failure nothing is left pushed.
static bool enter_unit(Compiler *c, UnitKind kind, const char *name, Node *node,
                       int firstlineno) {
    Unit *u = heap_calloc(sizeof *u);
    if (u == NULL) {
        return py_failed(c);
    }
    u->parent = c->u;
    c->u = u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->line = firstlineno;
    if (!init_unit(c, u, node)) {
        exit_unit(c);
        return false;
    }
    return true;
}

static bool push_fblock(Compiler *c, const Node *at, FBlockKind kind, Block *block,
                        Block *exit) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        return compile_error(c, at, "too many statically nested blocks");
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    return true;
}

static void pop_fblock(Compiler *c) {
    c->u->nfblocks--;
}

// ---- names ------------------------------------------------------------------------------

static bool in_function(const Compiler *c) {
    return c->u->scope->kind == SCOPE_FUNCTION;
}

// The provisional cell/free number of `name` (see the top of the file), or -1.
static int deref_index(const Unit *u, const char *name, int sc) {
    if (sc == SC_CELL) {
        return symtable_map_find(&u->cellvars, name);
    }
    int k = symtable_map_find(&u->freevars, name);
    return k < 0 ? -1 : u->cellvars.n + k;
}

// Load, store or delete (`ctx`) the variable `name`, with the instruction its scope
// calls for (CPython's compiler_nameop).
static bool compile_nameop(Compiler *c, const char *name, int ctx) {
    static const int ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    enum { K_NAME, K_FAST, K_GLOBAL, K_DEREF } kind = K_NAME;
    Unit *u = c->u;
    int sc = symtable_name_scope(u->scope, name);
    switch (sc) {
    case SC_FREE:
    case SC_CELL:
        kind = K_DEREF;
        break;
    case SC_LOCAL:
        kind = in_function(c) ? K_FAST : K_NAME;
        break;
    case SC_GLOBAL_IMPLICIT:
        kind = in_function(c) ? K_GLOBAL : K_NAME;
        break;
    case SC_GLOBAL_EXPLICIT:
        kind = K_GLOBAL;
        break;
    default:
        break;
    }
    int op = ops[kind][ctx];
    if (kind == K_FAST) {
        int k = add_name(c, &u->varnames, name);
        return k >= 0 && emit(c, op, k);
    }
    if (kind == K_DEREF) {
        int k = deref_index(u, name, sc);
        if (k < 0) {
            err_format(&SystemErrorType, "compiler: no cell for '%s'", name);
            return py_failed(c);
        }
        return emit_instr(c, op, k, NULL, true);
    }
    return emit_name(c, op, name);
}

// ---- statements -------------------------------------------------------------------------

static bool compile_expr(Compiler *c, Node *e);
static bool compile_stmt(Compiler *c, Node *s);
static Object *assemble(Compiler *c);

static bool compile_stmts(Compiler *c, NodeList *l) {
    for (int i = 0; i < list_len(l); i++) {
        TRY(compile_stmt(c, l->items[i]));
    }
    return true;
}

static bool compile_exprs(Compiler *c, NodeList *l) {
    for (int i = 0; i < list_len(l); i++) {
        TRY(compile_expr(c, l->items[i]));
    }
    return true;
}

// The docstring expression of a body: a first statement that is a str constant.
static Node *docstring_of(const Compiler *c, NodeList *body) {
    if (list_len(body) == 0 || body->items[0]->kind != N_Expr) {
        return NULL;
    }
    Node *v = body->items[0]->k[0];
    Object *k = const_of(c, v);
    return k != NULL && str_check_exact(k) ? v : NULL;
}

// Defaults of a def or lambda: a tuple of the positional ones, a dict of the
// keyword-only ones. `*flags` gets MAKE_FUNCTION's bits for what was pushed.
static bool compile_defaults(Compiler *c, Node *args, int *flags) {
    *flags = 0;
    int n = 0;
    for (int li = 0; li < 2; li++) {
        for (int i = 0; i < list_len(args->l[li]); i++) {
            Node *a = args->l[li]->items[i];
            if (a->k[1] != NULL) {
                TRY(compile_expr(c, a->k[1]));
                n++;
            }
        }
    }
    if (n > 0) {
        TRY(emit(c, OP_BUILD_TUPLE, n));
        *flags |= 1;
    }
    n = 0;
    for (int i = 0; i < list_len(args->l[2]); i++) {
        Node *a = args->l[2]->items[i];
        if (a->k[1] != NULL) {
            TRY(emit_const_new(c, str_intern_cstr(a->s)));
            TRY(compile_expr(c, a->k[1]));
            n++;
        }
    }
    if (n > 0) {
        TRY(emit(c, OP_BUILD_MAP, n));
        *flags |= 2;
    }
    return true;
}

// Push a function made from `co`: its closure tuple first when it has free variables,
// each cell loaded from this unit (CPython's compiler_make_closure).
static bool make_closure(Compiler *c, Object *co, int flags) {
    CodeObject *code = (CodeObject *)co;
    if (code->nfrees > 0) {
        for (int j = 0; j < code->nfrees; j++) {
            Object *name = tuple_item_borrow(code->localnames,
                                             code->nlocalsplus - code->nfrees + j);
            const char *s = str_data(name);
            int sc = symtable_name_scope(c->u->scope, s);
            if (c->u->scope->needs_class_closure && strcmp(s, "__class__") == 0) {
                sc = SC_CELL;
            }
            int k = deref_index(c->u, s, sc == SC_CELL ? SC_CELL : SC_FREE);
            if (k < 0) {
                err_format(&SystemErrorType, "compiler: no closure cell for '%s'", s);
                return py_failed(c);
            }
            TRY(emit_instr(c, OP_LOAD_CLOSURE, k, NULL, true));
        }
        TRY(emit(c, OP_BUILD_TUPLE, code->nfrees));
        flags |= 8;
    }
    TRY(emit_const(c, co));
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static void set_arg_counts(Unit *u, Node *args) {
    u->posonlyargcount = list_len(args->l[0]);
    u->argcount = u->posonlyargcount + list_len(args->l[1]);
    u->kwonlyargcount = list_len(args->l[2]);
}

static bool compile_function(Compiler *c, Node *s) {
    Node *args = s->k[0];
    NodeList *decos = s->l[1];
    TRY(compile_exprs(c, decos));
    int firstlineno = list_len(decos) > 0 ? decos->items[0]->line : s->line;
    int flags;
    TRY(compile_defaults(c, args, &flags));
    // Annotations are not evaluated (MAKE_FUNCTION has no annotations operand yet).
    TRY(enter_unit(c, U_FUNCTION, s->s, s, firstlineno));
    // consts[0] is the docstring, or None: what the function's __doc__ becomes.
    Node *doc = docstring_of(c, s->l[0]);
    bool ok = add_const(c, doc != NULL ? const_of(c, doc) : None) >= 0;
    set_arg_counts(c->u, args);
    for (int i = doc != NULL ? 1 : 0; ok && i < list_len(s->l[0]); i++) {
        ok = compile_stmt(c, s->l[0]->items[i]);
    }
    Object *co = ok ? assemble(c) : NULL;
    exit_unit(c);
    if (co == NULL) {
        return false;
    }
    ok = make_closure(c, co, flags);
    DECREF(co);
    TRY(ok);
    // The innermost decorator applies first; each call has the decorator's line.
    for (int i = list_len(decos) - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]);
        TRY(emit(c, OP_CALL, 0));
    }
    return compile_nameop(c, s->s2 != NULL ? s->s2 : s->s, CTX_STORE);
}

static bool compile_call_helper(Compiler *c, NodeList *args, NodeList *kws, int pushed);

// The body of class `s` as a code object: __module__ and __qualname__ set first, the
// docstring as __doc__, and at the end the __class__ cell its methods share (or None)
// returned to __build_class__ (CPython's compiler_class). Ref: new, or NULL.
static Object *compile_class_body(Compiler *c, Node *s, int firstlineno) {
    if (!enter_unit(c, U_CLASS, s->s, s, firstlineno)) {
        return NULL;
    }
    Unit *u = c->u;
    bool ok = compile_nameop(c, "__name__", CTX_LOAD) &&
              compile_nameop(c, "__module__", CTX_STORE) &&
              emit_const(c, u->qualname) && compile_nameop(c, "__qualname__", CTX_STORE);
    NodeList *body = s->l[2];
    int i = 0;
    Node *doc = docstring_of(c, body);
    if (ok && doc != NULL) {
        set_loc(c, body->items[0]);
        ok = compile_expr(c, doc) && compile_nameop(c, "__doc__", CTX_STORE);
        i = 1;
    }
    for (; ok && i < list_len(body); i++) {
        ok = compile_stmt(c, body->items[i]);
    }
    if (ok) {
        unset_loc(c);
        if (u->scope->needs_class_closure) {
            int k = deref_index(u, "__class__", SC_CELL);
            ok = k >= 0 && emit_instr(c, OP_LOAD_CLOSURE, k, NULL, true) &&
                 emit(c, OP_COPY, 1) && compile_nameop(c, "__classcell__", CTX_STORE);
        } else {
            ok = emit_const(c, None);
        }
        ok = ok && emit(c, OP_RETURN_VALUE, 0);
    }
    Object *co = ok ? assemble(c) : NULL;
    exit_unit(c);
    return co;
}

static bool compile_class(Compiler *c, Node *s) {
    NodeList *decos = s->l[3];
    TRY(compile_exprs(c, decos));
    int firstlineno = list_len(decos) > 0 ? decos->items[0]->line : s->line;
    Object *co = compile_class_body(c, s, firstlineno);
    if (co == NULL) {
        return false;
    }
    set_loc(c, s);
    bool ok = emit(c, OP_PUSH_NULL, 0) && emit(c, OP_LOAD_BUILD_CLASS, 0) &&
              make_closure(c, co, 0);
    DECREF(co);
    TRY(ok);
    TRY(emit_const_new(c, str_intern_cstr(s->s)));
    TRY(compile_call_helper(c, s->l[0], s->l[1], 2));
    for (int i = list_len(decos) - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]);
        TRY(emit(c, OP_CALL, 0));
    }
    return compile_nameop(c, s->s2 != NULL ? s->s2 : s->s, CTX_STORE);
}

static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);

// Call the `__exit__` on the stack (under nothing else) with three Nones.
static bool call_exit_with_nones(Compiler *c) {
    for (int i = 0; i < 3; i++) {
        TRY(emit_const(c, None));
    }
    return emit(c, OP_CALL, 2);
}

// Undo what `info` set up, on the way out of it by break, continue or return
// (CPython's compiler_unwind_fblock). `preserve_tos`: a return value is on top.
static bool unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos) {
    switch (info->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return true;
    case FB_FOR_LOOP:
        // Pop the iterator.
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        return emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, PS_POP_BLOCK, 0);
    case FB_FINALLY_TRY:
        TRY(emit(c, PS_POP_BLOCK, 0));
        if (preserve_tos) {
            TRY(push_fblock(c, info->finalbody->items[0], FB_POP_VALUE, NULL, NULL));
        }
        TRY(compile_stmts(c, info->finalbody));
        if (preserve_tos) {
            pop_fblock(c);
        }
        // The unwinding instruction that follows seems to run after the finally body.
        unset_loc(c);
        return true;
    case FB_FINALLY_END:
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        TRY(emit(c, OP_POP_TOP, 0));    // the exception
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        TRY(emit(c, PS_POP_BLOCK, 0));
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
        set_loc(c, info->node);
        TRY(emit(c, PS_POP_BLOCK, 0));
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        TRY(call_exit_with_nones(c));
        TRY(emit(c, OP_POP_TOP, 0));
        unset_loc(c);
        return true;
    case FB_HANDLER_CLEANUP:
        if (info->name != NULL) {
            TRY(emit(c, PS_POP_BLOCK, 0));
        }
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        TRY(emit(c, PS_POP_BLOCK, 0));
        TRY(emit(c, OP_POP_EXCEPT, 0));
        if (info->name != NULL) {
            TRY(emit_const(c, None));
            TRY(compile_nameop(c, info->name, CTX_STORE));
            TRY(compile_nameop(c, info->name, CTX_DEL));
        }
        return true;
    case FB_POP_VALUE:
        if (preserve_tos) {
            TRY(emit(c, OP_SWAP, 2));
        }
        return emit(c, OP_POP_TOP, 0);
    }
    return true;
}

// Unwind the blocks from the innermost out; with `loop`, stop at the innermost loop
// and return it in `*loop` (NULL when there is none).
static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) {
        return true;
    }
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop != NULL && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    // Unwinding may compile a finally body, which pushes blocks of its own in the
    // slot `top` occupied: take it out meanwhile.
    FBlock saved = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &saved, preserve_tos) &&
              unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = saved;
    return ok;
}

static bool compile_return(Compiler *c, Node *s) {
    if (!in_function(c)) {
        return compile_error(c, s, "'return' outside function");
    }
    Node *value = s->k[0];
    bool preserve_tos = value != NULL && !is_const(c, value);
    if (preserve_tos) {
        TRY(compile_expr(c, value));
    }
    TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (value == NULL) {
        TRY(emit_const(c, None));
    } else if (!preserve_tos) {
        TRY(emit_const(c, const_of(c, value)));
    }
    return emit(c, OP_RETURN_VALUE, 0);
}

static bool compile_break_continue(Compiler *c, Node *s) {
    bool is_break = s->kind == N_Break;
    FBlock *loop = NULL;
    TRY(unwind_fblock_stack(c, false, &loop));
    if (loop == NULL) {
        return compile_error(c, s, is_break ? "'break' outside loop" :
                                              "'continue' not properly in loop");
    }
    if (is_break) {
        TRY(unwind_fblock(c, loop, false));
        return emit_jump(c, OP_JUMP, loop->exit);
    }
    return emit_jump(c, OP_JUMP, loop->block);
}

static bool compile_jump_if(Compiler *c, Node *e, Block *next, bool cond);

static bool compile_if(Compiler *c, Node *s) {
    Block *end = new_block(c);
    TRY(end != NULL);
    Block *next = end;
    if (list_len(s->l[1]) > 0) {
        next = new_block(c);
        TRY(next != NULL);
    }
    TRY(compile_jump_if(c, s->k[0], next, false));
    TRY(compile_stmts(c, s->l[0]));
    if (list_len(s->l[1]) > 0) {
        unset_loc(c);
        TRY(emit_jump(c, OP_JUMP, end));
        use_block(c, next);
        TRY(compile_stmts(c, s->l[1]));
    }
    use_block(c, end);
    return true;
}

// `while test: body else: orelse`, with the test repeated at the bottom so that each
// iteration takes one jump (CPython 3.11's layout).
static bool compile_while(Compiler *c, Node *s) {
    Block *loop = new_block(c), *body = new_block(c), *anchor = new_block(c);
    Block *end = new_block(c);
    TRY(loop != NULL && body != NULL && anchor != NULL && end != NULL);
    use_block(c, loop);
    TRY(push_fblock(c, s, FB_WHILE_LOOP, loop, end));
    TRY(compile_jump_if(c, s->k[0], anchor, false));
    use_block(c, body);
    TRY(compile_stmts(c, s->l[0]));
    set_loc(c, s);
    TRY(compile_jump_if(c, s->k[0], body, true));
    pop_fblock(c);
    use_block(c, anchor);
    TRY(compile_stmts(c, s->l[1]));
    use_block(c, end);
    return true;
}

static bool compile_for(Compiler *c, Node *s) {
    Block *start = new_block(c), *body = new_block(c), *cleanup = new_block(c);
    Block *end = new_block(c);
    TRY(start != NULL && body != NULL && cleanup != NULL && end != NULL);
    TRY(push_fblock(c, s, FB_FOR_LOOP, start, end));
    TRY(compile_expr(c, s->k[1]));
    TRY(emit(c, OP_GET_ITER, 0));
    use_block(c, start);
    TRY(emit_jump(c, OP_FOR_ITER, cleanup));
    use_block(c, body);
    TRY(compile_expr(c, s->k[0]));
    TRY(compile_stmts(c, s->l[0]));
    unset_loc(c);
    TRY(emit_jump(c, OP_JUMP, start));
    use_block(c, cleanup);
    pop_fblock(c);
    TRY(compile_stmts(c, s->l[1]));
    use_block(c, end);
    return true;
}

// The end of a handler: pop the previously handled exception back, then re-raise.
// Stack: [prev, exc].
static bool pop_except_and_reraise(Compiler *c) {
    TRY(emit(c, OP_COPY, 2));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    return emit(c, OP_RERAISE, 0);
}

// try/except[/else]: the body under SETUP_FINALLY; the handlers, entered with the
// exception on the stack, under a SETUP_CLEANUP that restores the previously handled
// exception when a handler raises. `except E as e` unbinds `e` on every way out.
static bool compile_try_except(Compiler *c, Node *s) {
    Block *body = new_block(c), *except = new_block(c), *end = new_block(c);
    Block *cleanup = new_block(c);
    TRY(body != NULL && except != NULL && end != NULL && cleanup != NULL);
    TRY(emit_jump(c, PS_SETUP_FINALLY, except));
    use_block(c, body);
    TRY(push_fblock(c, s, FB_TRY_EXCEPT, body, NULL));
    TRY(compile_stmts(c, s->l[0]));
    pop_fblock(c);
    unset_loc(c);
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(compile_stmts(c, s->l[2]));
    unset_loc(c);
    TRY(emit_jump(c, OP_JUMP, end));
    use_block(c, except);

    // Stack: [exc].
    unset_loc(c);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    // Stack: [prev, exc].
    TRY(push_fblock(c, s, FB_EXCEPTION_HANDLER, NULL, NULL));
    int n = list_len(s->l[1]);
    for (int i = 0; i < n; i++) {
        Node *h = s->l[1]->items[i];
        set_loc(c, h);
        if (h->k[0] == NULL && i < n - 1) {
            return compile_error(c, h, "default 'except:' must be last");
        }
        Block *next = new_block(c);
        TRY(next != NULL);
        if (h->k[0] != NULL) {
            TRY(compile_expr(c, h->k[0]));
            TRY(emit(c, OP_CHECK_EXC_MATCH, 0));
            TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, next));
        }
        if (h->s != NULL) {
            Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            TRY(cleanup_end != NULL && cleanup_body != NULL);
            TRY(compile_nameop(c, h->s, CTX_STORE));
            // Stack: [prev]. The body runs as `try: body finally: name = None; del name`.
            TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup_end));
            use_block(c, cleanup_body);
            TRY(push_fblock(c, h, FB_HANDLER_CLEANUP, cleanup_body, NULL));
            c->u->fblocks[c->u->nfblocks - 1].name = h->s;
            TRY(compile_stmts(c, h->l[0]));
            pop_fblock(c);
            unset_loc(c);
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(emit_const(c, None));
            TRY(compile_nameop(c, h->s, CTX_STORE));
            TRY(compile_nameop(c, h->s, CTX_DEL));
            TRY(emit_jump(c, OP_JUMP, end));

            // The body raised. Stack: [prev, exc2].
            use_block(c, cleanup_end);
            unset_loc(c);
            TRY(emit_const(c, None));
            TRY(compile_nameop(c, h->s, CTX_STORE));
            TRY(compile_nameop(c, h->s, CTX_DEL));
            TRY(emit(c, OP_RERAISE, 1));
        } else {
            Block *cleanup_body = new_block(c);
            TRY(cleanup_body != NULL);
            TRY(emit(c, OP_POP_TOP, 0));
            use_block(c, cleanup_body);
            TRY(push_fblock(c, h, FB_HANDLER_CLEANUP, cleanup_body, NULL));
            TRY(compile_stmts(c, h->l[0]));
            pop_fblock(c);
            unset_loc(c);
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(emit_jump(c, OP_JUMP, end));
        }
        use_block(c, next);
    }
    // No handler matched. Stack: [prev, exc].
    unset_loc(c);
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, end);
    return true;
}

// try/finally: the finally body is compiled twice, once inline for the normal way
// out and once as the handler, which re-raises the exception after it.
static bool compile_try_finally(Compiler *c, Node *s) {
    Block *body = new_block(c), *end = new_block(c), *exit = new_block(c);
    Block *cleanup = new_block(c);
    TRY(body != NULL && end != NULL && exit != NULL && cleanup != NULL);
    TRY(emit_jump(c, PS_SETUP_FINALLY, end));
    use_block(c, body);
    TRY(push_fblock(c, s, FB_FINALLY_TRY, body, end));
    c->u->fblocks[c->u->nfblocks - 1].finalbody = s->l[3];
    if (list_len(s->l[1]) > 0) {
        TRY(compile_try_except(c, s));
    } else {
        TRY(compile_stmts(c, s->l[0]));
    }
    unset_loc(c);
    TRY(emit(c, PS_POP_BLOCK, 0));
    pop_fblock(c);
    TRY(compile_stmts(c, s->l[3]));
    unset_loc(c);
    TRY(emit_jump(c, OP_JUMP, exit));

    // The exception handler. Stack: [exc].
    use_block(c, end);
    unset_loc(c);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, s, FB_FINALLY_END, end, NULL));
    TRY(compile_stmts(c, s->l[3]));
    pop_fblock(c);
    unset_loc(c);
    TRY(emit(c, OP_RERAISE, 0));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, exit);
    return true;
}

static bool compile_try(Compiler *c, Node *s) {
    if (list_len(s->l[3]) > 0) {
        return compile_try_finally(c, s);
    }
    return compile_try_except(c, s);
}

// with item[, more items]: body. BEFORE_WITH leaves [exit, enter()]; the normal way
// out calls exit(None, None, None); the handler (SETUP_WITH, entered with
// [exit, exc]) calls exit(type, exc, tb) through WITH_EXCEPT_START and re-raises
// unless it returned true.
static bool compile_with(Compiler *c, Node *s, int pos) {
    Node *item = s->l[0]->items[pos];
    Block *block = new_block(c), *final = new_block(c), *exit = new_block(c);
    Block *cleanup = new_block(c), *suppress = new_block(c);
    TRY(block != NULL && final != NULL && exit != NULL && cleanup != NULL && suppress != NULL);
    TRY(compile_expr(c, item->k[0]));
    TRY(emit(c, OP_BEFORE_WITH, 0));
    TRY(emit_jump(c, PS_SETUP_WITH, final));
    use_block(c, block);
    TRY(push_fblock(c, s, FB_WITH, block, final));
    c->u->fblocks[c->u->nfblocks - 1].node = s;
    if (item->k[1] != NULL) {
        TRY(compile_expr(c, item->k[1]));
    } else {
        TRY(emit(c, OP_POP_TOP, 0));    // the result of __enter__
    }
    if (pos + 1 == s->l[0]->n) {
        TRY(compile_stmts(c, s->l[1]));
    } else {
        TRY(compile_with(c, s, pos + 1));
    }
    unset_loc(c);
    TRY(emit(c, PS_POP_BLOCK, 0));
    pop_fblock(c);
    set_loc(c, s);
    TRY(call_exit_with_nones(c));
    TRY(emit(c, OP_POP_TOP, 0));
    TRY(emit_jump(c, OP_JUMP, exit));

    // The exception handler. Stack: [exit, exc].
    use_block(c, final);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    // Stack: [exit, prev, exc].
    TRY(emit(c, OP_WITH_EXCEPT_START, 0));
    unset_loc(c);
    TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    TRY(emit(c, OP_RERAISE, 2));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    // __exit__ returned true: the exception is swallowed.
    use_block(c, suppress);
    TRY(emit(c, OP_POP_TOP, 0));        // exc
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_POP_TOP, 0));        // exit
    use_block(c, exit);
    return true;
}

static bool compile_raise(Compiler *c, Node *s) {
    int n = 0;
    if (s->k[0] != NULL) {
        TRY(compile_expr(c, s->k[0]));
        n++;
        if (s->k[1] != NULL) {
            TRY(compile_expr(c, s->k[1]));
            n++;
        }
    }
    return emit(c, OP_RAISE_VARARGS, n);
}

static bool compile_assert(Compiler *c, Node *s) {
    if (s->k[0]->kind == N_Tuple && list_len(s->k[0]->l[0]) > 0) {
        compile_warn(c, "assertion is always true, perhaps remove parentheses?");
    }
    Block *end = new_block(c);
    TRY(end != NULL);
    TRY(compile_jump_if(c, s->k[0], end, true));
    TRY(emit(c, OP_LOAD_ASSERTION_ERROR, 0));
    if (s->k[1] != NULL) {
        // [AssertionError, msg]: CALL 0 calls AssertionError(msg).
        TRY(compile_expr(c, s->k[1]));
        TRY(emit(c, OP_CALL, 0));
    }
    TRY(emit(c, OP_RAISE_VARARGS, 1));
    use_block(c, end);
    return true;
}

// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule through
// IMPORT_FROM of each part after the first.
static bool compile_import(Compiler *c, Node *s) {
    for (int i = 0; i < s->l[0]->n; i++) {
        Node *a = s->l[0]->items[i];
        TRY(emit_const_new(c, int_from_i64(0)));
        TRY(emit_const(c, None));
        TRY(emit_name(c, OP_IMPORT_NAME, a->s));
        const char *dot = strchr(a->s, '.');
        if (a->s2 == NULL) {
            const char *first = dot == NULL ? a->s : keep_string(c, a->s, (size_t)(dot - a->s));
            TRY(first != NULL && compile_nameop(c, first, CTX_STORE));
            continue;
        }
        if (dot != NULL) {
            for (;;) {
                const char *part = dot + 1;
                dot = strchr(part, '.');
                size_t len = dot != NULL ? (size_t)(dot - part) : strlen(part);
                const char *attr = keep_string(c, part, len);
                TRY(attr != NULL && emit_name(c, OP_IMPORT_FROM, attr));
                if (dot == NULL) {
                    break;
                }
                TRY(emit(c, OP_SWAP, 2));
                TRY(emit(c, OP_POP_TOP, 0));
            }
            TRY(compile_nameop(c, a->s2, CTX_STORE));
            TRY(emit(c, OP_POP_TOP, 0));
            continue;
        }
        TRY(compile_nameop(c, a->s2, CTX_STORE));
    }
    return true;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

// `from __future__ import x` compiles to nothing: every feature adder knows is always
// on. `check_future` validated the ones at the top of the module; any other is late.
static bool compile_future(Compiler *c, Node *s) {
    if (s->line > c->future_line) {
        return compile_error(c, s, "from __future__ imports must occur at the beginning of "
                                   "the file");
    }
    return emit(c, OP_NOP, 0);
}

static bool compile_from_import(Compiler *c, Node *s) {
    if (s->op == 0 && s->s != NULL && strcmp(s->s, "__future__") == 0) {
        return compile_future(c, s);
    }
    int n = s->l[0]->n;
    if (n == 1 && strcmp(s->l[0]->items[0]->s, "*") == 0) {
        return compile_error(c, s, "import * is not supported");
    }
    TRY(emit_const_new(c, int_from_i64(s->op)));
    Object *names = tuple_new(n);
    if (names == NULL) {
        return py_failed(c);
    }
    for (int i = 0; i < n; i++) {
        Object *name = str_intern_cstr(s->l[0]->items[i]->s);
        if (name == NULL) {
            DECREF(tuple_done(names));
            return py_failed(c);
        }
        tuple_items(names)[i] = name;
    }
    TRY(emit_const_new(c, tuple_done(names)));
    TRY(emit_name(c, OP_IMPORT_NAME, s->s != NULL ? s->s : ""));
    for (int i = 0; i < n; i++) {
        Node *a = s->l[0]->items[i];
        TRY(emit_name(c, OP_IMPORT_FROM, a->s));
        TRY(compile_nameop(c, a->s2 != NULL ? a->s2 : a->s, CTX_STORE));
    }
    return emit(c, OP_POP_TOP, 0);      // the module
}

// `target op= value`: the target's container and key are evaluated once.
static bool compile_augassign(Compiler *c, Node *s) {
    Node *t = s->k[0];
    switch (t->kind) {
    case N_Attribute:
        TRY(compile_expr(c, t->k[0]));
        TRY(emit(c, OP_COPY, 1));
        TRY(emit_name(c, OP_LOAD_ATTR, t->s));
        break;
    case N_Subscript:
        TRY(compile_expr(c, t->k[0]));
        TRY(compile_expr(c, t->k[1]));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_BINARY_SUBSCR, 0));
        break;
    default:
        set_loc(c, t);
        TRY(compile_nameop(c, t->s, CTX_LOAD));
        break;
    }
    TRY(compile_expr(c, s->k[1]));
    set_loc(c, s);
    TRY(emit(c, OP_BINARY_OP, NB_COUNT + nb_of_binop[s->op]));
    set_loc(c, t);
    switch (t->kind) {
    case N_Attribute:
        // [obj, result] -> [result, obj]
        TRY(emit(c, OP_SWAP, 2));
        return emit_name(c, OP_STORE_ATTR, t->s);
    case N_Subscript:
        // [obj, key, result] -> [result, obj, key]
        TRY(emit(c, OP_SWAP, 3));
        TRY(emit(c, OP_SWAP, 2));
        return emit(c, OP_STORE_SUBSCR, 0);
    default:
        return compile_nameop(c, t->s, CTX_STORE);
    }
}

// Evaluate a subscript's parts for an annotation without a value (`a[i]: int`).
static bool check_ann_subscr(Compiler *c, Node *e) {
    if (e->kind == N_Slice) {
        for (int i = 0; i < 3; i++) {
            if (e->k[i] != NULL) {
                TRY(compile_expr(c, e->k[i]));
                TRY(emit(c, OP_POP_TOP, 0));
            }
        }
        return true;
    }
    if (e->kind == N_Tuple && !is_const(c, e)) {
        for (int i = 0; i < e->l[0]->n; i++) {
            TRY(check_ann_subscr(c, e->l[0]->items[i]));
        }
        return true;
    }
    TRY(compile_expr(c, e));
    return emit(c, OP_POP_TOP, 0);
}

// `target: annotation [= value]`. The annotation is not evaluated and not stored in
// __annotations__ (a simplification: adder has no SETUP_ANNOTATIONS yet).
static bool compile_annassign(Compiler *c, Node *s) {
    Node *t = s->k[0];
    if (s->k[2] != NULL) {
        TRY(compile_expr(c, s->k[2]));
        return compile_expr(c, t);
    }
    if (t->kind == N_Attribute) {
        TRY(compile_expr(c, t->k[0]));
        return emit(c, OP_POP_TOP, 0);
    }
    if (t->kind == N_Subscript) {
        TRY(compile_expr(c, t->k[0]));
        TRY(emit(c, OP_POP_TOP, 0));
        return check_ann_subscr(c, t->k[1]);
    }
    return true;
}

static bool compile_expr_stmt(Compiler *c, Node *s) {
    Node *v = s->k[0];
    if (c->mode == COMPILE_SINGLE && c->u->parent == NULL) {
        TRY(compile_expr(c, v));
        return emit(c, OP_PRINT_EXPR, 0);
    }
    if (is_const(c, v)) {
        return emit(c, OP_NOP, 0);     // a constant statement does nothing
    }
    TRY(compile_expr(c, v));
    return emit(c, OP_POP_TOP, 0);
}

static bool compile_stmt(Compiler *c, Node *s) {
    set_loc(c, s);
    switch (s->kind) {
    case N_FunctionDef:
        return compile_function(c, s);
    case N_ClassDef:
        return compile_class(c, s);
    case N_Return:
        return compile_return(c, s);
    case N_Delete:
        return compile_exprs(c, s->l[0]);
    case N_Assign: {
        TRY(compile_expr(c, s->k[0]));
        int n = s->l[0]->n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                TRY(emit(c, OP_COPY, 1));
            }
            TRY(compile_expr(c, s->l[0]->items[i]));
        }
        return true;
    }
    case N_AugAssign:
        return compile_augassign(c, s);
    case N_AnnAssign:
        return compile_annassign(c, s);
    case N_For:
        return compile_for(c, s);
    case N_While:
        return compile_while(c, s);
    case N_If:
        return compile_if(c, s);
    case N_With:
        return compile_with(c, s, 0);
    case N_Raise:
        return compile_raise(c, s);
    case N_Try:
        return compile_try(c, s);
    case N_Assert:
        return compile_assert(c, s);
    case N_Import:
        return compile_import(c, s);
    case N_ImportFrom:
        return compile_from_import(c, s);
    case N_Global:
    case N_Nonlocal:
        return true;
    case N_Expr:
        return compile_expr_stmt(c, s);
    case N_Pass:
        return emit(c, OP_NOP, 0);
    case N_Break:
    case N_Continue:
        return compile_break_continue(c, s);
    default:
        err_format(&SystemErrorType, "compiler: unexpected statement %s",
                   ast_kind_name(s->kind));
        return py_failed(c);
    }
}

// ---- expressions ------------------------------------------------------------------------

static bool emit_jump_noline(Compiler *c, int op, Block *target) {
    int line = c->u->line;
    unset_loc(c);
    bool ok = emit_jump(c, op, target);
    c->u->line = line;
    return ok;
}

static bool emit_compare(Compiler *c, int cmp) {
    switch (cmp) {
    case CMP_EQ: return emit(c, OP_COMPARE_OP, OBJ_EQ);
    case CMP_NOTEQ: return emit(c, OP_COMPARE_OP, OBJ_NE);
    case CMP_LT: return emit(c, OP_COMPARE_OP, OBJ_LT);
    case CMP_LTE: return emit(c, OP_COMPARE_OP, OBJ_LE);
    case CMP_GT: return emit(c, OP_COMPARE_OP, OBJ_GT);
    case CMP_GTE: return emit(c, OP_COMPARE_OP, OBJ_GE);
    case CMP_IS: return emit(c, OP_IS_OP, 0);
    case CMP_ISNOT: return emit(c, OP_IS_OP, 1);
    case CMP_IN: return emit(c, OP_CONTAINS_OP, 0);
    default: return emit(c, OP_CONTAINS_OP, 1);
    }
}

// `a < b < c`: each middle operand is kept (SWAP, COPY) for the next comparison; a
// false result jumps to a cleanup that drops it.
// The type of `e` as CPython's compiler infers it for its warnings: a constant's, or the
// type a display, comprehension, lambda or f-string makes; NULL when unknown.
static const char *inferred_type(const Compiler *c, const Node *e) {
    Object *k = const_of(c, e);
    if (k != NULL) {
        return type_name(k);
    }
    switch (e->kind) {
    case N_Tuple: return "tuple";
    case N_List: case N_ListComp: return "list";
    case N_Dict: case N_DictComp: return "dict";
    case N_Set: case N_SetComp: return "set";
    case N_GeneratorExp: return "generator";
    case N_Lambda: return "function";
    case N_JoinedStr: case N_FormattedValue: return "str";
    default: return NULL;
    }
}

// A constant other than None, True, False and Ellipsis: what `is` should not compare.
static bool is_literal(const Compiler *c, const Node *e) {
    Object *k = const_of(c, e);
    return k != NULL && k != None && k != True && k != False && k != Ellipsis;
}

// `x is 1`: the first `is` or `is not` of the chain with a literal operand warns.
static void check_compare(Compiler *c, const Node *e) {
    const Node *left = e->k[0];
    for (int i = 0; i < e->l[0]->n; i++) {
        const Node *right = e->l[0]->items[i];
        int op = e->ops[i];
        if ((op == CMP_IS || op == CMP_ISNOT) && (is_literal(c, left) || is_literal(c, right))) {
            compile_warn(c, op == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?" :
                                           "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

// `(1, 2)(3)`: a call of a display, comprehension or constant.
static void check_caller(Compiler *c, const Node *func) {
    switch (func->kind) {
    case N_Constant: case N_Tuple: case N_List: case N_ListComp: case N_Dict:
    case N_DictComp: case N_Set: case N_SetComp: case N_GeneratorExp: case N_JoinedStr:
    case N_FormattedValue:
        break;
    default:
        if (const_of(c, func) == NULL) {
            return;
        }
    }
    compile_warn(c, "'%s' object is not callable; perhaps you missed a comma?",
                 inferred_type(c, func));
}

// `{1}[0]`, `[1, 2]['a']`: loading an item from what cannot have it, or with an index of
// the wrong type, as CPython's check_subscripter and check_index see it.
static void check_subscript(Compiler *c, const Node *value, const Node *index) {
    Object *k = const_of(c, value);
    bool unsubscriptable = false;
    if (k != NULL) {
        unsubscriptable = k == None || k == Ellipsis || int_check(k) || float_check(k) ||
                          set_check(k);
    } else {
        unsubscriptable = value->kind == N_Set || value->kind == N_SetComp ||
                          value->kind == N_GeneratorExp || value->kind == N_Lambda;
    }
    if (unsubscriptable) {
        compile_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?",
                     inferred_type(c, value));
        return;
    }
    const char *index_type = inferred_type(c, index);
    Object *ik = const_of(c, index);
    if (index_type == NULL || (ik != NULL && int_check(ik))) {
        return;
    }
    bool sequence = k != NULL ? str_check(k) || tuple_check(k) :
                    value->kind == N_Tuple || value->kind == N_List ||
                    value->kind == N_ListComp || value->kind == N_JoinedStr ||
                    value->kind == N_FormattedValue;
    if (sequence) {
        compile_warn(c, "%s indices must be integers or slices, not %s; "
                     "perhaps you missed a comma?", inferred_type(c, value), index_type);
    }
}

static bool compile_compare(Compiler *c, Node *e) {
    int n = e->l[0]->n - 1;
    check_compare(c, e);
    TRY(compile_expr(c, e->k[0]));
    if (n == 0) {
        TRY(compile_expr(c, e->l[0]->items[0]));
        return emit_compare(c, e->ops[0]);
    }
    Block *cleanup = new_block(c), *end = new_block(c);
    TRY(cleanup != NULL && end != NULL);
    for (int i = 0; i < n; i++) {
        TRY(compile_expr(c, e->l[0]->items[i]));
        TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit_compare(c, e->ops[i]));
        TRY(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(compile_expr(c, e->l[0]->items[n]));
    TRY(emit_compare(c, e->ops[n]));
    TRY(emit_jump_noline(c, OP_JUMP, end));
    use_block(c, cleanup);
    TRY(emit(c, OP_SWAP, 2));
    TRY(emit(c, OP_POP_TOP, 0));
    use_block(c, end);
    return true;
}

// Jump to `next` when `e` is true (`cond`) or false, without building the boolean
// value of `not`, `and`, `or`, conditional expressions and comparison chains.
static bool compile_jump_if(Compiler *c, Node *e, Block *next, bool cond) {
    if (!is_const(c, e)) {
        switch (e->kind) {
        case N_UnaryOp:
            if (e->op == UOP_NOT) {
                return compile_jump_if(c, e->k[0], next, !cond);
            }
            break;
        case N_BoolOp: {
            int n = e->l[0]->n - 1;
            bool cond2 = e->op == BOOL_OR;
            Block *next2 = next;
            if (cond2 != cond) {
                next2 = new_block(c);
                TRY(next2 != NULL);
            }
            for (int i = 0; i < n; i++) {
                TRY(compile_jump_if(c, e->l[0]->items[i], next2, cond2));
            }
            TRY(compile_jump_if(c, e->l[0]->items[n], next, cond));
            if (next2 != next) {
                use_block(c, next2);
            }
            return true;
        }
        case N_IfExp: {
            Block *end = new_block(c), *next2 = new_block(c);
            TRY(end != NULL && next2 != NULL);
            TRY(compile_jump_if(c, e->k[0], next2, false));
            TRY(compile_jump_if(c, e->k[1], next, cond));
            TRY(emit_jump_noline(c, OP_JUMP, end));
            use_block(c, next2);
            TRY(compile_jump_if(c, e->k[2], next, cond));
            use_block(c, end);
            return true;
        }
        case N_Compare: {
            int n = e->l[0]->n - 1;
            if (n == 0) {
                break;
            }
            check_compare(c, e);
            Block *cleanup = new_block(c), *end = new_block(c);
            TRY(cleanup != NULL && end != NULL);
            TRY(compile_expr(c, e->k[0]));
            for (int i = 0; i < n; i++) {
                TRY(compile_expr(c, e->l[0]->items[i]));
                TRY(emit(c, OP_SWAP, 2));
                TRY(emit(c, OP_COPY, 2));
                TRY(emit_compare(c, e->ops[i]));
                TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup));
            }
            TRY(compile_expr(c, e->l[0]->items[n]));
            TRY(emit_compare(c, e->ops[n]));
            TRY(emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next));
            TRY(emit_jump_noline(c, OP_JUMP, end));
            use_block(c, cleanup);
            TRY(emit(c, OP_POP_TOP, 0));
            if (!cond) {
                TRY(emit_jump_noline(c, OP_JUMP, next));
            }
            use_block(c, end);
            return true;
        }
        default:
            break;
        }
    }
    TRY(compile_expr(c, e));
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
}

static bool compile_boolop(Compiler *c, Node *e) {
    int op = e->op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    Block *end = new_block(c);
    TRY(end != NULL);
    int n = e->l[0]->n - 1;
    for (int i = 0; i < n; i++) {
        TRY(compile_expr(c, e->l[0]->items[i]));
        TRY(emit_jump(c, op, end));
    }
    TRY(compile_expr(c, e->l[0]->items[n]));
    use_block(c, end);
    return true;
}

static bool compile_ifexp(Compiler *c, Node *e) {
    Block *end = new_block(c), *next = new_block(c);
    TRY(end != NULL && next != NULL);
    TRY(compile_jump_if(c, e->k[0], next, false));
    TRY(compile_expr(c, e->k[1]));
    TRY(emit_jump_noline(c, OP_JUMP, end));
    use_block(c, next);
    TRY(compile_expr(c, e->k[2]));
    use_block(c, end);
    return true;
}

static bool all_const(const Compiler *c, NodeList *elts) {
    for (int i = 0; i < list_len(elts); i++) {
        if (!is_const(c, elts->items[i])) {
            return false;
        }
    }
    return true;
}

// Build a list, set or tuple (`tuple`: a list made into a tuple at the end) from
// `elts`, which may hold *starred items, on top of `pushed` items already on the
// stack (CPython's starunpack_helper).
static bool compile_starunpack(Compiler *c, NodeList *elts, int pushed, int build, int add,
                               int extend, bool tuple) {
    int n = list_len(elts);
    if (n > 2 && all_const(c, elts)) {
        Object *folded = const_tuple(c, elts);
        if (folded == NULL) {
            return py_failed(c);
        }
        if (tuple && pushed == 0) {
            return emit_const_new(c, folded);
        }
        if (add == OP_SET_ADD) {
            Object *fs = set_new(folded, true);
            DECREF(folded);
            folded = fs;
        }
        TRY(emit(c, build, pushed));
        TRY(emit_const_new(c, folded));
        TRY(emit(c, extend, 1));
        return !tuple || emit(c, OP_LIST_TO_TUPLE, 0);
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!has_starred(elts) && !big) {
        TRY(compile_exprs(c, elts));
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        TRY(emit(c, build, pushed));
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        if (elt->kind == N_Starred) {
            if (!built) {
                TRY(emit(c, build, i + pushed));
                built = true;
            }
            TRY(compile_expr(c, elt->k[0]));
            TRY(emit(c, extend, 1));
        } else {
            TRY(compile_expr(c, elt));
            if (built) {
                TRY(emit(c, add, 1));
            }
        }
    }
    return !tuple || emit(c, OP_LIST_TO_TUPLE, 0);
}

// Unpack into the targets of the tuple or list `target` (one may be starred).
static bool compile_unpack_targets(Compiler *c, Node *target) {
    NodeList *elts = target->l[0];
    int n = list_len(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        if (elt->kind == N_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8)) {
                return compile_error(c, target, "too many expressions in star-unpacking "
                                                "assignment");
            }
            TRY(emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = true;
        } else if (elt->kind == N_Starred) {
            return compile_error(c, target, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) {
        TRY(emit(c, OP_UNPACK_SEQUENCE, n));
    }
    for (int i = 0; i < n; i++) {
        Node *elt = elts->items[i];
        TRY(compile_expr(c, elt->kind == N_Starred ? elt->k[0] : elt));
    }
    return true;
}

// A list or tuple display, target or deletion.
static bool compile_sequence(Compiler *c, Node *e) {
    switch (e->op) {
    case CTX_STORE:
        return compile_unpack_targets(c, e);
    case CTX_DEL:
        return compile_exprs(c, e->l[0]);
    default:
        return compile_starunpack(c, e->l[0], 0, OP_BUILD_LIST, OP_LIST_APPEND,
                                  OP_LIST_EXTEND, e->kind == N_Tuple);
    }
}

// Entries `begin`..`end` of a dict display, none of them `**`, as one new dict.
static bool compile_subdict(Compiler *c, Node *e, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big) {
        TRY(emit(c, OP_BUILD_MAP, 0));
    }
    for (int i = begin; i < end; i++) {
        TRY(compile_expr(c, e->l[0]->items[i]));
        TRY(compile_expr(c, e->l[1]->items[i]));
        if (big) {
            TRY(emit(c, OP_MAP_ADD, 1));
        }
    }
    return big || emit(c, OP_BUILD_MAP, n);
}

static bool compile_dict(Compiler *c, Node *e) {
    int n = list_len(e->l[1]), elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (e->l[0]->items[i] == NULL) {
            // `**mapping`
            if (elements > 0) {
                TRY(compile_subdict(c, e, i - elements, i));
                if (have_dict) {
                    TRY(emit(c, OP_DICT_UPDATE, 1));
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(compile_expr(c, e->l[1]->items[i]));
            TRY(emit(c, OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict) {
                TRY(emit(c, OP_DICT_UPDATE, 1));
            }
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements > 0) {
        TRY(compile_subdict(c, e, n - elements, n));
        if (have_dict) {
            TRY(emit(c, OP_DICT_UPDATE, 1));
        }
        have_dict = true;
    }
    return have_dict || emit(c, OP_BUILD_MAP, 0);
}

// "keyword argument repeated: a", at the second one.
static bool validate_keywords(Compiler *c, NodeList *kws) {
    for (int i = 0; i < list_len(kws); i++) {
        const char *name = kws->items[i]->s;
        if (name == NULL) {
            continue;
        }
        for (int j = i + 1; j < kws->n; j++) {
            Node *other = kws->items[j];
            if (other->s != NULL && strcmp(other->s, name) == 0) {
                return compile_error(c, other, "keyword argument repeated: %s", name);
            }
        }
    }
    return true;
}

// LOAD_CONST of the tuple of the keyword names in `kws[begin..end)`.
static bool emit_kwnames(Compiler *c, NodeList *kws, int begin, int end) {
    Object *names = tuple_new(end - begin);
    if (names == NULL) {
        return py_failed(c);
    }
    for (int i = begin; i < end; i++) {
        Object *name = str_intern_cstr(kws->items[i]->s);
        if (name == NULL) {
            DECREF(tuple_done(names));
            return py_failed(c);
        }
        tuple_items(names)[i - begin] = name;
    }
    return emit_const_new(c, tuple_done(names));
}

// Keyword arguments `kws[begin..end)` (none of them `**`) as one new dict.
static bool compile_subkwargs(Compiler *c, NodeList *kws, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big) {
        TRY(emit(c, OP_BUILD_MAP, 0));
    }
    for (int i = begin; i < end; i++) {
        TRY(emit_const_new(c, str_intern_cstr(kws->items[i]->s)));
        TRY(compile_expr(c, kws->items[i]->k[0]));
        if (big) {
            TRY(emit(c, OP_MAP_ADD, 1));
        }
    }
    return big || emit(c, OP_BUILD_MAP, n);
}

static bool has_dstar(const NodeList *kws) {
    for (int i = 0; i < list_len(kws); i++) {
        if (kws->items[i]->s == NULL) {
            return true;
        }
    }
    return false;
}

// The arguments of a call whose callable (and NULL or self) is on the stack, then the
// call: CALL or CALL_KW, or CALL_FUNCTION_EX with a tuple (and a dict) when there are
// *args or **kwargs, or too many arguments for the stack.
// The arguments and the call, after the callable and `pushed` positional arguments.
static bool compile_call_helper(Compiler *c, NodeList *args, NodeList *kws, int pushed) {
    TRY(validate_keywords(c, kws));
    int nargs = list_len(args) + pushed, nkw = list_len(kws);
    if (nargs + nkw * 2 <= STACK_USE_GUIDELINE && !has_starred(args) && !has_dstar(kws)) {
        TRY(compile_exprs(c, args));
        if (nkw == 0) {
            return emit(c, OP_CALL, nargs);
        }
        for (int i = 0; i < nkw; i++) {
            TRY(compile_expr(c, kws->items[i]->k[0]));
        }
        TRY(emit_kwnames(c, kws, 0, nkw));
        return emit(c, OP_CALL_KW, nargs + nkw);
    }
    if (nargs == 1 && pushed == 0 && args->items[0]->kind == N_Starred) {
        TRY(compile_expr(c, args->items[0]->k[0]));
    } else {
        TRY(compile_starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                               true));
    }
    if (nkw > 0) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Node *kw = kws->items[i];
            if (kw->s != NULL) {
                nseen++;
                continue;
            }
            if (nseen > 0) {
                TRY(compile_subkwargs(c, kws, i - nseen, i));
                if (have_dict) {
                    TRY(emit(c, OP_DICT_MERGE, 1));
                }
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(compile_expr(c, kw->k[0]));
            TRY(emit(c, OP_DICT_MERGE, 1));
        }
        if (nseen > 0) {
            TRY(compile_subkwargs(c, kws, nkw - nseen, nkw));
            if (have_dict) {
                TRY(emit(c, OP_DICT_MERGE, 1));
            }
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static bool compile_call(Compiler *c, Node *e) {
    Node *func = e->k[0];
    check_caller(c, func);
    NodeList *args = e->l[0], *kws = e->l[1];
    int nargs = list_len(args), nkw = list_len(kws);
    // `obj.meth(...)` with plain arguments: LOAD_METHOD avoids a bound method object.
    if (func->kind == N_Attribute && func->op == CTX_LOAD && !has_starred(args) &&
        !has_dstar(kws) && nargs + nkw < STACK_USE_GUIDELINE) {
        TRY(validate_keywords(c, kws));
        TRY(compile_expr(c, func->k[0]));
        TRY(emit_name(c, OP_LOAD_METHOD, func->s));
        TRY(compile_exprs(c, args));
        if (nkw == 0) {
            return emit(c, OP_CALL, nargs);
        }
        for (int i = 0; i < nkw; i++) {
            TRY(compile_expr(c, kws->items[i]->k[0]));
        }
        TRY(emit_kwnames(c, kws, 0, nkw));
        return emit(c, OP_CALL_KW, nargs + nkw);
    }
    TRY(emit(c, OP_PUSH_NULL, 0));
    TRY(compile_expr(c, func));
    return compile_call_helper(c, args, kws, 0);
}

static bool compile_lambda(Compiler *c, Node *e) {
    Node *args = e->k[0];
    int flags;
    TRY(compile_defaults(c, args, &flags));
    TRY(enter_unit(c, U_LAMBDA, "<lambda>", e, e->line));
    // None first, so that a lambda never has a docstring.
    bool ok = add_const(c, None) >= 0;
    set_arg_counts(c->u, args);
    ok = ok && compile_expr(c, e->k[1]) && emit(c, OP_RETURN_VALUE, 0);
    Object *co = ok ? assemble(c) : NULL;
    exit_unit(c);
    if (co == NULL) {
        return false;
    }
    ok = make_closure(c, co, flags);
    DECREF(co);
    return ok;
}

// One `for` clause of a comprehension (and, recursively, the ones after it); the
// innermost adds the element to the result `depth` items down, or yields it.
static bool compile_comp_generator(Compiler *c, Node *e, int index, int depth) {
    NodeList *gens = e->l[0];
    Node *gen = gens->items[index];
    Block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    TRY(start != NULL && if_cleanup != NULL && anchor != NULL);
    if (index == 0) {
        // The outermost iterator arrives as the argument `.0`.
        c->u->argcount = 1;
        TRY(compile_nameop(c, ".0", CTX_LOAD));
    } else {
        // `for y in [f(x)]` binds y without iterating.
        Node *it = gen->k[1];
        NodeList *elts = (it->kind == N_List || it->kind == N_Tuple) && !is_const(c, it) ?
                         it->l[0] : NULL;
        if (list_len(elts) == 1 && elts->items[0]->kind != N_Starred) {
            TRY(compile_expr(c, elts->items[0]));
            start = NULL;
        } else {
            TRY(compile_expr(c, it));
            TRY(emit(c, OP_GET_ITER, 0));
        }
    }
    if (start != NULL) {
        depth++;
        use_block(c, start);
        TRY(emit_jump(c, OP_FOR_ITER, anchor));
    }
    TRY(compile_expr(c, gen->k[0]));
    for (int i = 0; i < list_len(gen->l[0]); i++) {
        TRY(compile_jump_if(c, gen->l[0]->items[i], if_cleanup, false));
    }
    if (index + 1 < gens->n) {
        TRY(compile_comp_generator(c, e, index + 1, depth));
    } else {
        switch (e->kind) {
        case N_GeneratorExp:
            TRY(compile_expr(c, e->k[0]));
            TRY(emit(c, OP_YIELD_VALUE, 0));
            TRY(emit(c, OP_POP_TOP, 0));
            break;
        case N_ListComp:
            TRY(compile_expr(c, e->k[0]));
            TRY(emit(c, OP_LIST_APPEND, depth + 1));
            break;
        case N_SetComp:
            TRY(compile_expr(c, e->k[0]));
            TRY(emit(c, OP_SET_ADD, depth + 1));
            break;
        default:
            TRY(compile_expr(c, e->k[0]));
            TRY(compile_expr(c, e->k[1]));
            TRY(emit(c, OP_MAP_ADD, depth + 1));
            break;
        }
    }
    use_block(c, if_cleanup);
    if (start != NULL) {
        TRY(emit_jump(c, OP_JUMP, start));
        use_block(c, anchor);
    }
    return true;
}

// A comprehension or generator expression: a function of its own, called at once
// with the iterator of its outermost iterable.
static bool compile_comprehension(Compiler *c, Node *e) {
    const char *name = "<genexpr>";
    int build = -1;
    switch (e->kind) {
    case N_ListComp: name = "<listcomp>"; build = OP_BUILD_LIST; break;
    case N_SetComp: name = "<setcomp>"; build = OP_BUILD_SET; break;
    case N_DictComp: name = "<dictcomp>"; build = OP_BUILD_MAP; break;
    default: break;
    }
    TRY(enter_unit(c, U_COMPREHENSION, name, e, e->line));
    set_loc(c, e);
    bool ok = build < 0 || emit(c, build, 0);
    ok = ok && compile_comp_generator(c, e, 0, 0);
    ok = ok && (build < 0 || emit(c, OP_RETURN_VALUE, 0));
    Object *co = ok ? assemble(c) : NULL;
    exit_unit(c);
    if (co == NULL) {
        return false;
    }
    ok = make_closure(c, co, 0);
    DECREF(co);
    TRY(ok);
    TRY(compile_expr(c, e->l[0]->items[0]->k[1]));
    TRY(emit(c, OP_GET_ITER, 0));
    // [function, iterator]: CALL 0 calls function(iterator).
    return emit(c, OP_CALL, 0);
}

// `yield from it`: SEND values into the sub-iterator, yielding what it yields, until
// it returns; its return value is the expression's value. The YIELD_VALUE directly
// follows SEND, which is how the VM recognises a frame delegating to a sub-iterator.
static bool compile_yield_from(Compiler *c, Node *e) {
    TRY(compile_expr(c, e->k[0]));
    TRY(emit(c, OP_GET_YIELD_FROM_ITER, 0));
    TRY(emit_const(c, None));
    Block *start = new_block(c), *exit = new_block(c);
    TRY(start != NULL && exit != NULL);
    use_block(c, start);
    TRY(emit_jump(c, OP_SEND, exit));
    TRY(emit(c, OP_YIELD_VALUE, 1));
    TRY(emit_jump(c, OP_JUMP, start));
    use_block(c, exit);
    return true;
}

static bool compile_joined_str(Compiler *c, Node *e) {
    int n = list_len(e->l[0]);
    if (n > STACK_USE_GUIDELINE) {
        // ''.join([...])
        TRY(emit_const_new(c, str_from_utf8("", 0)));
        TRY(emit_name(c, OP_LOAD_METHOD, "join"));
        TRY(emit(c, OP_BUILD_LIST, 0));
        for (int i = 0; i < n; i++) {
            TRY(compile_expr(c, e->l[0]->items[i]));
            TRY(emit(c, OP_LIST_APPEND, 1));
        }
        return emit(c, OP_CALL, 1);
    }
    TRY(compile_exprs(c, e->l[0]));
    return n == 1 || emit(c, OP_BUILD_STRING, n);
}

static bool compile_formatted_value(Compiler *c, Node *e) {
    TRY(compile_expr(c, e->k[0]));
    int arg = 0;
    switch (e->op) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (e->k[1] != NULL) {
        TRY(compile_expr(c, e->k[1]));
        arg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, arg);
}

static bool compile_slice(Compiler *c, Node *e) {
    for (int i = 0; i < 2; i++) {
        if (e->k[i] != NULL) {
            TRY(compile_expr(c, e->k[i]));
        } else {
            TRY(emit_const(c, None));
        }
    }
    if (e->k[2] != NULL) {
        TRY(compile_expr(c, e->k[2]));
        return emit(c, OP_BUILD_SLICE, 3);
    }
    return emit(c, OP_BUILD_SLICE, 2);
}

static bool compile_expr1(Compiler *c, Node *e) {
    Object *k = const_of(c, e);
    if (k != NULL) {
        return emit_const(c, k);
    }
    switch (e->kind) {
    case N_NamedExpr:
        TRY(compile_expr(c, e->k[1]));
        TRY(emit(c, OP_COPY, 1));
        return compile_expr(c, e->k[0]);
    case N_BoolOp:
        return compile_boolop(c, e);
    case N_BinOp:
        TRY(compile_expr(c, e->k[0]));
        TRY(compile_expr(c, e->k[1]));
        return emit(c, OP_BINARY_OP, nb_of_binop[e->op]);
    case N_UnaryOp: {
        static const int ops[] = {
            [UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
            [UOP_UADD] = OP_UNARY_POSITIVE, [UOP_USUB] = OP_UNARY_NEGATIVE,
        };
        TRY(compile_expr(c, e->k[0]));
        return emit(c, ops[e->op], 0);
    }
    case N_Lambda:
        return compile_lambda(c, e);
    case N_IfExp:
        return compile_ifexp(c, e);
    case N_Dict:
        return compile_dict(c, e);
    case N_Set:
        return compile_starunpack(c, e->l[0], 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE,
                                  false);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp:
        return compile_comprehension(c, e);
    case N_Yield:
        if (!in_function(c)) {
            return compile_error(c, e, "'yield' outside function");
        }
        if (e->k[0] != NULL) {
            TRY(compile_expr(c, e->k[0]));
        } else {
            TRY(emit_const(c, None));
        }
        return emit(c, OP_YIELD_VALUE, 0);
    case N_YieldFrom:
        if (!in_function(c)) {
            return compile_error(c, e, "'yield' outside function");
        }
        return compile_yield_from(c, e);
    case N_Compare:
        return compile_compare(c, e);
    case N_Call:
        return compile_call(c, e);
    case N_FormattedValue:
        return compile_formatted_value(c, e);
    case N_JoinedStr:
        return compile_joined_str(c, e);
    case N_Attribute:
        TRY(compile_expr(c, e->k[0]));
        switch (e->op) {
        case CTX_STORE: return emit_name(c, OP_STORE_ATTR, e->s);
        case CTX_DEL: return emit_name(c, OP_DELETE_ATTR, e->s);
        default: return emit_name(c, OP_LOAD_ATTR, e->s);
        }
    case N_Subscript:
        if (e->op == CTX_LOAD) {
            check_subscript(c, e->k[0], e->k[1]);
        }
        TRY(compile_expr(c, e->k[0]));
        if (e->k[1]->kind == N_Starred) {
            // `a[*b]` indexes with the tuple (*b,).
            Node *only[1] = {e->k[1]};
            NodeList one = {1, 1, only};
            TRY(compile_starunpack(c, &one, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                   true));
        } else {
            TRY(compile_expr(c, e->k[1]));
        }
        switch (e->op) {
        case CTX_STORE: return emit(c, OP_STORE_SUBSCR, 0);
        case CTX_DEL: return emit(c, OP_DELETE_SUBSCR, 0);
        default: return emit(c, OP_BINARY_SUBSCR, 0);
        }
    case N_Starred:
        if (e->op == CTX_STORE) {
            return compile_error(c, e, "starred assignment target must be in a list or "
                                       "tuple");
        }
        return compile_error(c, e, "can't use starred expression here");
    case N_Name:
        return compile_nameop(c, e->s, e->op);
    case N_List:
    case N_Tuple:
        return compile_sequence(c, e);
    case N_Slice:
        return compile_slice(c, e);
    default:
        err_format(&SystemErrorType, "compiler: unexpected expression %s",
                   ast_kind_name(e->kind));
        return py_failed(c);
    }
}

// Compile `e` with its own line; the caller's line is back afterwards.
static bool compile_expr(Compiler *c, Node *e) {
    int line = c->u->line;
    set_loc(c, e);
    bool ok = compile_expr1(c, e);
    c->u->line = line;
    return ok;
}

// ---- assembly: optimizing the block graph -------------------------------------------------

static bool has_target(const Instr *in) {
    return is_jump_op(in->op) || is_setup_op(in->op);
}

// Count the predecessors of every block reachable from the entry (0 for the rest).
static bool mark_reachable(Compiler *c, Unit *u) {
    int nblocks = 0;
    for (Block *b = u->blocks; b != NULL; b = b->link) {
        b->preds = 0;
        nblocks++;
    }
    Block **stack = heap_alloc((size_t)nblocks * sizeof *stack);
    if (stack == NULL) {
        return py_failed(c);
    }
    int sp = 0;
    u->entry->preds = 1;
    stack[sp++] = u->entry;
    while (sp > 0) {
        Block *b = stack[--sp];
        if (b->next != NULL && block_falls_through(b)) {
            if (b->next->preds++ == 0) {
                stack[sp++] = b->next;
            }
        }
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (has_target(in) && in->target->preds++ == 0) {
                stack[sp++] = in->target;
            }
        }
    }
    heap_free(stack);
    return true;
}

static void drop_unreachable(Unit *u) {
    for (Block *b = u->entry->next; b != NULL; b = b->next) {
        if (b->preds == 0) {
            b->n = 0;
        }
    }
}

// Take empty blocks out of the layout; jumps to them go to the next non-empty block.
static void eliminate_empty_blocks(Unit *u) {
    for (Block *b = u->entry; b != NULL; b = b->next) {
        while (b->next != NULL && b->next->n == 0 && b->next->next != NULL) {
            b->next = b->next->next;
        }
    }
    for (Block *b = u->entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (has_target(in)) {
                while (in->target->n == 0 && in->target->next != NULL) {
                    in->target = in->target->next;
                }
            }
        }
    }
}

static void strip_ops(Unit *u, bool pseudo) {
    for (Block *b = u->entry; b != NULL; b = b->next) {
        int k = 0;
        for (int i = 0; i < b->n; i++) {
            int op = b->instrs[i].op;
            if (op == OP_NOP || (pseudo && (is_setup_op(op) || op == PS_POP_BLOCK))) {
                continue;
            }
            b->instrs[k++] = b->instrs[i];
        }
        b->n = k;
    }
}

// LOAD_CONST x n, BUILD_TUPLE n -> LOAD_CONST (x...): the instruction `i` of `b`.
static bool fold_tuple_of_consts(Compiler *c, Block *b, int i) {
    Instr *in = &b->instrs[i];
    int n = in->arg;
    for (int j = i - n; j < i; j++) {
        if (b->instrs[j].op != OP_LOAD_CONST) {
            return true;
        }
    }
    Object *t = tuple_new(n);
    if (t == NULL) {
        return py_failed(c);
    }
    for (int j = 0; j < n; j++) {
        tuple_items(t)[j] = NEWREF(c->u->consts[b->instrs[i - n + j].arg]);
    }
    t = tuple_done(t);
    int k = add_const(c, t);
    DECREF(t);
    if (k < 0) {
        return false;
    }
    for (int j = i - n; j < i; j++) {
        b->instrs[j].op = OP_NOP;
    }
    in->op = OP_LOAD_CONST;
    in->arg = k;
    return true;
}

// The next STORE_FAST or POP_TOP after `i` (on line `line` when >= 0), or -1.
static int next_swappable(const Block *b, int i, int line) {
    while (++i < b->n) {
        const Instr *in = &b->instrs[i];
        if (line >= 0 && in->line != line) {
            return -1;
        }
        if (in->op == OP_NOP) {
            continue;
        }
        return in->op == OP_STORE_FAST || in->op == OP_POP_TOP ? i : -1;
    }
    return -1;
}

// SWAP n followed by n stores swaps the stores instead (CPython's apply_static_swaps):
// `a, b = b, a` becomes two loads and two stores. Stores to one variable keep their
// order (CPython 3.12's fix of the `a, a = x, y` case).
static void apply_static_swaps(Block *b, int i) {
    for (; i >= 0; i--) {
        Instr *swap = &b->instrs[i];
        if (swap->op != OP_SWAP) {
            if (swap->op == OP_NOP || swap->op == OP_STORE_FAST || swap->op == OP_POP_TOP) {
                continue;
            }
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0) {
            return;
        }
        int k = j, line = b->instrs[j].line;
        for (int count = swap->arg - 1; count > 0; count--) {
            k = next_swappable(b, k, line);
            if (k < 0) {
                return;
            }
        }
        for (int p = j; p <= k; p++) {
            for (int q = p + 1; q <= k; q++) {
                if (b->instrs[p].op == OP_STORE_FAST && b->instrs[q].op == OP_STORE_FAST &&
                    b->instrs[p].arg == b->instrs[q].arg) {
                    return;
                }
            }
        }
        swap->op = OP_NOP;
        Instr t = b->instrs[j];
        b->instrs[j] = b->instrs[k];
        b->instrs[k] = t;
    }
}

// Retarget `in` to where the jump `target` goes; true when that changed anything.
static bool jump_thread(Instr *in, const Instr *target, int op) {
    if (in->target != target->target) {
        in->target = target->target;
        in->op = op;
        return true;
    }
    return false;
}

// The first instruction of the block `in` jumps to, skipping empty blocks.
static Instr *jump_target_instr(Instr *in) {
    while (in->target->n == 0 && in->target->next != NULL) {
        in->target = in->target->next;
    }
    return in->target->n > 0 ? &in->target->instrs[0] : NULL;
}

// Peephole rewrites inside one block (CPython's optimize_basic_block, in part).
static bool optimize_block(Compiler *c, Block *b) {
    for (int i = 0; i < b->n; i++) {
        Instr *in = &b->instrs[i];
        Instr *next = i + 1 < b->n ? &b->instrs[i + 1] : NULL;
        int nextop = next != NULL ? next->op : -1;
        Instr *target = is_jump_op(in->op) ? jump_target_instr(in) : NULL;
        switch (in->op) {
        case OP_LOAD_CONST: {
            // A constant condition: the jump is always or never taken.
            if (nextop != OP_POP_JUMP_IF_FALSE && nextop != OP_POP_JUMP_IF_TRUE &&
                nextop != OP_JUMP_IF_FALSE_OR_POP && nextop != OP_JUMP_IF_TRUE_OR_POP) {
                break;
            }
            int truth = obj_is_true(c->u->consts[in->arg]);
            if (truth < 0) {
                err_clear();
                break;
            }
            bool jumps_if_true = nextop == OP_POP_JUMP_IF_TRUE ||
                                 nextop == OP_JUMP_IF_TRUE_OR_POP;
            bool pops = nextop == OP_POP_JUMP_IF_FALSE || nextop == OP_POP_JUMP_IF_TRUE;
            if (truth == jumps_if_true) {
                if (pops) {
                    in->op = OP_NOP;
                }
                next->op = OP_JUMP;
            } else {
                in->op = OP_NOP;
                next->op = OP_NOP;
            }
            break;
        }
        case OP_BUILD_TUPLE:
            if (nextop == OP_UNPACK_SEQUENCE && next->arg == in->arg && in->arg <= 3) {
                // `a, b = x, y` needs no tuple.
                if (in->arg == 1) {
                    next->op = OP_NOP;
                } else {
                    next->op = OP_SWAP;
                }
                in->op = OP_NOP;
                break;
            }
            if (i >= in->arg) {
                TRY(fold_tuple_of_consts(c, b, i));
            }
            break;
        case OP_SWAP:
            if (in->arg == 1) {
                in->op = OP_NOP;
            } else {
                apply_static_swaps(b, i);
            }
            break;
        case OP_JUMP:
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
            if (target != NULL && target->op == OP_JUMP && jump_thread(in, target, in->op)) {
                i--;
            }
            break;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
            if (target == NULL) {
                break;
            }
            bool on_false = in->op == OP_JUMP_IF_FALSE_OR_POP;
            int same_pop = on_false ? OP_POP_JUMP_IF_FALSE : OP_POP_JUMP_IF_TRUE;
            int same_keep = in->op;
            int other_pop = on_false ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE;
            int other_keep = on_false ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP;
            if (target->op == same_pop) {
                // The value is known to be false (true) there, so it jumps on.
                if (jump_thread(in, target, same_pop)) {
                    i--;
                }
            } else if (target->op == OP_JUMP || target->op == same_keep) {
                if (jump_thread(in, target, same_keep)) {
                    i--;
                }
            } else if ((target->op == other_pop || target->op == other_keep) &&
                       in->line == target->line && in->target->next != NULL) {
                // It would not jump there: go past that test, popping the value.
                in->op = same_pop;
                in->target = in->target->next;
                i--;
            }
            break;
        }
        default:
            break;
        }
    }
    return true;
}

static bool is_exit_block(const Block *b) {
    if (b->n == 0) {
        return false;
    }
    int op = b->instrs[b->n - 1].op;
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// A jump to a short block that leaves the function (`return None`) is replaced by a
// copy of that block (CPython's extend_block).
static bool extend_block(Compiler *c, Block *b) {
    if (b->n == 0 || b->instrs[b->n - 1].op != OP_JUMP) {
        return true;
    }
    Block *t = b->instrs[b->n - 1].target;
    if (t == b || !is_exit_block(t) || t->n > 4) {
        return true;
    }
    b->instrs[b->n - 1].op = OP_NOP;
    b->instrs[b->n - 1].target = NULL;
    for (int i = 0; i < t->n; i++) {
        Instr copy = t->instrs[i];
        TRY(block_append(c, b, &copy));
    }
    return true;
}

// Give artificial instructions the line of the code they belong to: the instruction
// before them, or the only block that leads to them (CPython's
// propagate_line_numbers).
static void propagate_lines(Unit *u) {
    for (Block *b = u->entry; b != NULL; b = b->next) {
        if (b->n == 0) {
            continue;
        }
        int prev = -1;
        for (int i = 0; i < b->n; i++) {
            if (b->instrs[i].line < 0) {
                b->instrs[i].line = prev;
            } else {
                prev = b->instrs[i].line;
            }
        }
        Block *next = b->next;
        if (block_falls_through(b) && next != NULL && next->preds == 1 && next->n > 0 &&
            next->instrs[0].line < 0) {
            next->instrs[0].line = prev;
        }
        Instr *last = &b->instrs[b->n - 1];
        if (is_jump_op(last->op) && last->target->preds == 1 && last->target->n > 0 &&
            last->target->instrs[0].line < 0) {
            last->target->instrs[0].line = prev;
        }
    }
}

// A jump to the block that follows anyway is dropped.
static void remove_redundant_jumps(Unit *u) {
    for (Block *b = u->entry; b != NULL; b = b->next) {
        if (b->n == 0) {
            continue;
        }
        Instr *last = &b->instrs[b->n - 1];
        if (last->op == OP_JUMP && last->target == b->next) {
            last->op = OP_NOP;
            last->target = NULL;
        }
    }
}

// ---- assembly: stack depth and exception handlers -----------------------------------------

// The stack effect of `op`: on the path that does not jump, or (`jump`) on the jump.
static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case PS_SETUP_FINALLY:
    case PS_SETUP_CLEANUP:
        return jump ? 1 : 0;        // the handler starts with the exception pushed
    case PS_SETUP_WITH:
        return 0;                   // ... in place of __enter__'s result
    case PS_POP_BLOCK:
        return 0;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    default:
        break;
    }
    switch (op) {
#define X(name, effect, doc) case OP_##name: return (effect);
        OPCODES(X)
#undef X
    default:
        return 0;
    }
}

static bool inconsistent(Compiler *c, const char *what) {
    err_format(&SystemErrorType, "compiler: %s", what);
    return py_failed(c);
}

// The deepest the value stack gets, following every path (jumps and handlers too).
// Each block's `startdepth` is set; a generator starts with the sent value pushed.
static bool stackdepth(Compiler *c, Unit *u, int *maxdepth) {
    int nblocks = 0;
    for (Block *b = u->blocks; b != NULL; b = b->link) {
        b->startdepth = INT_MIN;
        nblocks++;
    }
    Block **stack = heap_alloc((size_t)nblocks * sizeof *stack);
    if (stack == NULL) {
        return py_failed(c);
    }
    int sp = 0, max = 0;
    bool ok = true;
    int start = u->scope->generator ? 1 : 0;
    u->entry->startdepth = start;
    max = start;
    stack[sp++] = u->entry;
#define PUSH_BLOCK(blk, d)                                               \
    do {                                                                 \
        if ((blk)->startdepth == INT_MIN) {                              \
            (blk)->startdepth = (d);                                     \
            stack[sp++] = (blk);                                         \
        } else if ((blk)->startdepth != (d)) {                           \
            ok = inconsistent(c, "inconsistent stack depth");            \
        }                                                                \
    } while (0)
    while (ok && sp > 0) {
        Block *b = stack[--sp];
        int depth = b->startdepth;
        bool falls = true;
        for (int i = 0; ok && i < b->n; i++) {
            Instr *in = &b->instrs[i];
            int after = depth + stack_effect(in->op, in->arg, false);
            if (has_target(in)) {
                int there = depth + stack_effect(in->op, in->arg, true);
                max = there > max ? there : max;
                if (there < 0) {
                    ok = inconsistent(c, "negative stack depth");
                    break;
                }
                PUSH_BLOCK(in->target, there);
            }
            if (after < 0) {
                ok = inconsistent(c, "negative stack depth");
                break;
            }
            max = after > max ? after : max;
            depth = after;
            if (is_terminator(in->op)) {
                falls = false;
                break;
            }
        }
        if (ok && falls && b->next != NULL) {
            PUSH_BLOCK(b->next, depth);
        }
    }
#undef PUSH_BLOCK
    heap_free(stack);
    *maxdepth = max;
    return ok;
}

// Give each instruction the handler that covers it, walking the graph with a stack
// of the handlers that SETUP_* pushed and POP_BLOCK popped on the way there
// (CPython's label_exception_targets).
static bool label_handlers(Compiler *c, Unit *u) {
    int nblocks = 0;
    for (Block *b = u->blocks; b != NULL; b = b->link) {
        b->visited = false;
        nblocks++;
    }
    Block **todo = heap_alloc((size_t)nblocks * sizeof *todo);
    if (todo == NULL) {
        return py_failed(c);
    }
    int sp = 0;
    bool ok = true;
    size_t stack_bytes = MAX_HANDLER_DEPTH * sizeof(Block *);
    u->entry->exc = heap_alloc(stack_bytes);
    if (u->entry->exc == NULL) {
        heap_free(todo);
        return py_failed(c);
    }
    u->entry->nexc = 0;
    u->entry->visited = true;
    todo[sp++] = u->entry;
    while (ok && sp > 0) {
        Block *b = todo[--sp];
        Block **stack = b->exc;
        int depth = b->nexc;
        b->exc = NULL;
        for (int i = 0; ok && i < b->n; i++) {
            Instr *in = &b->instrs[i];
            Block *handler = depth > 0 ? stack[depth - 1] : NULL;
            if (is_setup_op(in->op)) {
                if (!in->target->visited) {
                    in->target->exc = heap_alloc(stack_bytes);
                    if (in->target->exc == NULL) {
                        ok = py_failed(c);
                        break;
                    }
                    memcpy(in->target->exc, stack, (size_t)depth * sizeof *stack);
                    in->target->nexc = depth;
                    in->target->visited = true;
                    todo[sp++] = in->target;
                }
                if (depth == MAX_HANDLER_DEPTH) {
                    ok = inconsistent(c, "too many nested handlers");
                    break;
                }
                stack[depth++] = in->target;
            } else if (in->op == PS_POP_BLOCK) {
                if (depth == 0) {
                    ok = inconsistent(c, "POP_BLOCK without a handler");
                    break;
                }
                depth--;
            } else {
                in->handler = handler;
                if (is_jump_op(in->op) && !in->target->visited) {
                    Block **copy = heap_alloc(stack_bytes);
                    if (copy == NULL) {
                        ok = py_failed(c);
                        break;
                    }
                    memcpy(copy, stack, (size_t)depth * sizeof *stack);
                    in->target->exc = copy;
                    in->target->nexc = depth;
                    in->target->visited = true;
                    todo[sp++] = in->target;
                }
            }
        }
        if (ok && block_falls_through(b) && b->next != NULL && !b->next->visited) {
            b->next->exc = stack;
            b->next->nexc = depth;
            b->next->visited = true;
            todo[sp++] = b->next;
        } else {
            heap_free(stack);
        }
    }
    heap_free(todo);
    return ok;
}

// ---- assembly: layout and the code object -------------------------------------------------

static int instr_size(int arg) {
    return arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffff ? 3 : 4;
}

// The slot of each provisional cell/free number: cells that are parameters keep the
// parameter's slot, the other cells follow the locals, the frees come last.
// `*nlocalsplus` gets the number of slots. NULL on failure.
static int *deref_slots(Compiler *c, Unit *u, int *nlocalsplus) {
    int nlocals = u->varnames.n, ncells = u->cellvars.n, nfrees = u->freevars.n;
    int *slots = heap_alloc((size_t)(ncells + nfrees + 1) * sizeof *slots);
    if (slots == NULL) {
        py_failed(c);
        return NULL;
    }
    int plain = 0;
    for (int i = 0; i < ncells; i++) {
        int k = symtable_map_find(&u->varnames, u->cellvars.keys[i]);
        slots[i] = k >= 0 ? k : nlocals + plain++;
    }
    for (int j = 0; j < nfrees; j++) {
        slots[ncells + j] = nlocals + plain + j;
    }
    *nlocalsplus = nlocals + plain + nfrees;
    return slots;
}

// The instructions every body starts with: COPY_FREE_VARS, a MAKE_CELL per cell (in
// slot order), and for a generator the POP_TOP of the value its first resume sends.
static bool insert_prefix(Compiler *c, Unit *u, const int *slots) {
    int ncells = u->cellvars.n, nfrees = u->freevars.n;
    int n = (nfrees > 0) + ncells + (u->scope->generator ? 1 : 0);
    if (n == 0) {
        return true;
    }
    Instr *prefix = heap_calloc((size_t)n * sizeof *prefix);
    if (prefix == NULL) {
        return py_failed(c);
    }
    int k = 0;
    if (nfrees > 0) {
        prefix[k++] = (Instr){OP_COPY_FREE_VARS, nfrees, -1, NULL, NULL, false};
    }
    for (int i = 0; i < ncells; i++) {
        // Insertion sort by slot: there are few cells.
        int j = k;
        while (j > (nfrees > 0) && slots[prefix[j - 1].arg] > slots[i]) {
            prefix[j] = prefix[j - 1];
            j--;
        }
        prefix[j] = (Instr){OP_MAKE_CELL, i, -1, NULL, NULL, true};
        k++;
    }
    if (u->scope->generator) {
        prefix[k++] = (Instr){OP_POP_TOP, 0, -1, NULL, NULL, false};
    }
    Block *b = u->entry;
    bool ok = true;
    for (int i = 0; ok && i < n; i++) {
        ok = block_append(c, b, &prefix[i]);
    }
    if (ok) {
        memmove(b->instrs + n, b->instrs, (size_t)(b->n - n) * sizeof *b->instrs);
        memcpy(b->instrs, prefix, (size_t)n * sizeof *prefix);
    }
    heap_free(prefix);
    return ok;
}

// Give every block its offset and every jump its target's offset, growing
// EXTENDED_ARG prefixes until the layout no longer changes. The number of words.
static int layout(Unit *u) {
    for (;;) {
        int offset = 0;
        for (Block *b = u->entry; b != NULL; b = b->next) {
            b->offset = offset;
            for (int i = 0; i < b->n; i++) {
                offset += instr_size(b->instrs[i].arg);
            }
        }
        bool changed = false;
        for (Block *b = u->entry; b != NULL; b = b->next) {
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->instrs[i];
                if (is_jump_op(in->op)) {
                    changed |= instr_size(in->target->offset) != instr_size(in->arg);
                    in->arg = in->target->offset;
                }
            }
        }
        if (!changed) {
            return offset;
        }
    }
}

// A tuple of interned strs: `names[0..n)`, then `more[0..nmore)`. Ref: new.
static Object *names_tuple(const char *const *names, int n, const char *const *more,
                           int nmore) {
    Object *t = tuple_new(n + nmore);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < n + nmore; i++) {
        Object *s = str_intern_cstr(i < n ? names[i] : more[i - n]);
        if (s == NULL) {
            DECREF(tuple_done(t));
            return NULL;
        }
        tuple_items(t)[i] = s;
    }
    return tuple_done(t);
}

// The words, line table and exception table of the laid-out unit, then the code
// object. Ref: new.
static Object *make_code(Compiler *c, Unit *u, int ncode, int nlocalsplus, int stacksize) {
    uint16_t *code = heap_alloc((size_t)(ncode > 0 ? ncode : 1) * sizeof *code);
    LineEntry *lines = heap_alloc((size_t)(ncode > 0 ? ncode : 1) * sizeof *lines);
    ExcEntry *exc = heap_alloc((size_t)(ncode > 0 ? ncode : 1) * sizeof *exc);
    uint8_t *kinds = heap_alloc((size_t)(nlocalsplus > 0 ? nlocalsplus : 1));
    const char **extra = heap_alloc((size_t)(nlocalsplus + 1) * sizeof *extra);
    Object *consts = NULL, *names = NULL, *localnames = NULL, *co = NULL;
    if (code == NULL || lines == NULL || exc == NULL || kinds == NULL || extra == NULL) {
        py_failed(c);
        goto done;
    }
    int pc = 0, nlines = 0, nexc = 0, maxconst = 0;
    Block *handler = NULL;
    int hstart = 0;
    for (Block *b = u->entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (in->handler != handler) {
                if (handler != NULL) {
                    exc[nexc++] = (ExcEntry){hstart, pc, handler->offset, handler->startdepth - 1};
                }
                handler = in->handler;
                hstart = pc;
            }
            int line = in->line > 0 ? in->line : 0;
            if (nlines == 0 || lines[nlines - 1].line != line) {
                lines[nlines++] = (LineEntry){pc, line};
            }
            if (in->op == OP_LOAD_CONST && in->arg > maxconst) {
                maxconst = in->arg;
            }
            int size = instr_size(in->arg);
            for (int k = size - 1; k > 0; k--) {
                code[pc++] = (uint16_t)(OP_EXTENDED_ARG | (((in->arg >> (8 * k)) & 0xff) << 8));
            }
            code[pc++] = (uint16_t)(in->op | ((in->arg & 0xff) << 8));
        }
    }
    if (handler != NULL) {
        exc[nexc++] = (ExcEntry){hstart, pc, handler->offset, handler->startdepth - 1};
    }
    // Constants past the last one used are dropped (CPython's trim_unused_consts).
    int nconsts = u->nconsts < maxconst + 1 ? u->nconsts : maxconst + 1;
    consts = tuple_from_array(u->consts, nconsts);
    names = names_tuple(u->names.keys, u->names.n, NULL, 0);
    // Slots: the locals, the cells that are not parameters, the frees.
    int nextra = 0;
    for (int i = 0; i < u->varnames.n; i++) {
        kinds[i] = SLOT_LOCAL;
        if (symtable_map_find(&u->cellvars, u->varnames.keys[i]) >= 0) {
            kinds[i] |= SLOT_CELL;
        }
    }
    for (int i = 0; i < u->cellvars.n; i++) {
        if (symtable_map_find(&u->varnames, u->cellvars.keys[i]) < 0) {
            kinds[u->varnames.n + nextra] = SLOT_CELL;
            extra[nextra++] = u->cellvars.keys[i];
        }
    }
    for (int j = 0; j < u->freevars.n; j++) {
        kinds[u->varnames.n + nextra] = SLOT_FREE;
        extra[nextra++] = u->freevars.keys[j];
    }
    localnames = names_tuple(u->varnames.keys, u->varnames.n, extra, nextra);
    if (consts == NULL || names == NULL || localnames == NULL) {
        py_failed(c);
        goto done;
    }
    int flags = 0;
    if (u->scope->kind == SCOPE_FUNCTION) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        flags |= u->scope->nested ? CO_NESTED : 0;
        flags |= u->scope->generator ? CO_GENERATOR : 0;
        flags |= u->scope->varargs ? CO_VARARGS : 0;
        flags |= u->scope->varkeywords ? CO_VARKEYWORDS : 0;
    }
    Object *name = str_intern_cstr(u->name);
    if (name == NULL) {
        py_failed(c);
        goto done;
    }
    co = code_new(name, u->qualname, c->filename, u->firstlineno, u->argcount,
                  u->posonlyargcount, u->kwonlyargcount, flags, u->freevars.n, stacksize,
                  consts, names, localnames, nlocalsplus > 0 ? kinds : NULL, code, pc,
                  nlines > 0 ? lines : NULL, nlines, nexc > 0 ? exc : NULL, nexc);
    DECREF(name);
    if (nlocalsplus == 0) {
        heap_free(kinds);
    }
    if (nlines == 0) {
        heap_free(lines);
    }
    if (nexc == 0) {
        heap_free(exc);
    }
    code = NULL, lines = NULL, exc = NULL, kinds = NULL;     // code_new owns them now
    if (co == NULL) {
        py_failed(c);
    }
done:
    heap_free(code);
    heap_free(lines);
    heap_free(exc);
    heap_free(kinds);
    heap_free(extra);
    XDECREF(consts);
    XDECREF(names);
    XDECREF(localnames);
    return co;
}

// Turn the current unit's blocks into a code object. Ref: new.
static Object *assemble(Compiler *c) {
    Unit *u = c->u;
    // Falling off the end returns None.
    Block *last = u->cur;
    if (last->n == 0 || last->instrs[last->n - 1].op != OP_RETURN_VALUE) {
        unset_loc(c);
        if (!emit_const(c, None) || !emit(c, OP_RETURN_VALUE, 0)) {
            return NULL;
        }
    }
    int nlocalsplus, maxdepth;
    int *slots = deref_slots(c, u, &nlocalsplus);
    if (slots == NULL) {
        return NULL;
    }
    bool ok = insert_prefix(c, u, slots) && mark_reachable(c, u);
    if (ok) {
        drop_unreachable(u);
        for (Block *b = u->entry; ok && b != NULL; b = b->next) {
            ok = optimize_block(c, b);
        }
        for (Block *b = u->entry; ok && b != NULL; b = b->next) {
            ok = extend_block(c, b);
        }
    }
    ok = ok && mark_reachable(c, u);
    if (ok) {
        drop_unreachable(u);
        eliminate_empty_blocks(u);
    }
    ok = ok && mark_reachable(c, u);
    if (ok) {
        propagate_lines(u);
        strip_ops(u, false);
        eliminate_empty_blocks(u);
        remove_redundant_jumps(u);
        strip_ops(u, false);
        eliminate_empty_blocks(u);
    }
    ok = ok && stackdepth(c, u, &maxdepth) && label_handlers(c, u);
    Object *co = NULL;
    if (ok) {
        strip_ops(u, true);
        for (Block *b = u->entry; b != NULL; b = b->next) {
            for (int i = 0; i < b->n; i++) {
                if (b->instrs[i].deref) {
                    b->instrs[i].arg = slots[b->instrs[i].arg];
                    b->instrs[i].deref = false;
                }
            }
        }
        int ncode = layout(u);
        co = make_code(c, u, ncode, nlocalsplus, maxdepth);
    }
    heap_free(slots);
    return co;
}

// ---- the module ----------------------------------------------------------------------------

// Check the `from __future__` imports at the top of the module (CPython's future.c):
// their features must exist, and they must come first (after the docstring).
static bool check_future(Compiler *c, Node *mod) {
    NodeList *body = mod->l[0];
    int i = 0, prev_line = 0;
    bool done = false;
    if (list_len(body) > 0 && body->items[0]->kind == N_Expr &&
        body->items[0]->k[0]->kind == N_Constant && body->items[0]->k[0]->op == CONST_STR) {
        i = 1;
    }
    for (; i < list_len(body); i++) {
        Node *s = body->items[i];
        if (done && s->line > prev_line) {
            break;
        }
        prev_line = s->line;
        if (s->kind != N_ImportFrom || s->s == NULL || strcmp(s->s, "__future__") != 0) {
            done = true;
            continue;
        }
        if (done) {
            // CPython puts this caret one column early.
            Node at = *s;
            at.col = s->col > 0 ? s->col - 1 : 0;
            return compile_error(c, &at, "from __future__ imports must occur at the "
                                         "beginning of the file");
        }
        for (int j = 0; j < s->l[0]->n; j++) {
            const char *name = s->l[0]->items[j]->s;
            bool known = false;
            for (size_t k = 0; k < sizeof future_features / sizeof *future_features; k++) {
                known |= strcmp(name, future_features[k]) == 0;
            }
            if (strcmp(name, "braces") == 0) {
                return compile_error(c, s, "not a chance");
            }
            if (!known) {
                return compile_error(c, s, "future feature %s is not defined", name);
            }
        }
        c->future_line = s->line;
    }
    return true;
}

static bool compile_module(Compiler *c, Node *mod) {
    NodeList *body = mod->l[0];
    int i = 0;
    if (list_len(body) > 0) {
        set_loc(c, body->items[0]);
    }
    Node *doc = c->mode == COMPILE_FILE ? docstring_of(c, body) : NULL;
    if (doc != NULL) {
        TRY(compile_expr(c, doc));
        unset_loc(c);
        TRY(compile_nameop(c, "__doc__", CTX_STORE));
        i = 1;
    }
    for (; i < list_len(body); i++) {
        TRY(compile_stmt(c, body->items[i]));
    }
    return true;
}

Object *comp_compile(Node *mod, const char *filename, CompileMode mode, SyntaxErr *err,
                     Object **literals) {
    Compiler c;
    memset(&c, 0, sizeof c);
    c.err = err;
    c.mode = mode;
    ast_arena_init(&c.strings);
    Object *result = NULL;
    c.filename = str_from_cstr(filename);
    if (c.filename == NULL) {
        goto done;
    }
    if (!check_future(&c, mod) || !mangle_node(&c, mod, NULL) || !fold_node(&c, mod)) {
        goto done;
    }
    if (symtable_build(&c.st, mod, err) < 0) {
        goto done;
    }
    if (!enter_unit(&c, U_MODULE, "<module>", mod, 1)) {
        goto done;
    }
    if (compile_module(&c, mod)) {
        result = assemble(&c);
    }
    if (result != NULL && literals != NULL) {
        *literals = tuple_new(c.ncache);
        if (*literals == NULL) {
            SETREF(result, NULL);
            goto done;
        }
        for (int i = 0; i < c.ncache; i++) {
            tuple_items(*literals)[i] = NEWREF(c.cache[i]);
        }
        *literals = tuple_done(*literals);
    }
done:
    while (c.u != NULL) {
        exit_unit(&c);
    }
    symtable_fini(&c.st);
    for (int i = 0; i < c.capfolded; i++) {
        XDECREF(c.folded[i].value);
    }
    heap_free(c.folded);
    for (int i = 0; i < c.ncache; i++) {
        DECREF(c.cache[i]);
    }
    heap_free(c.cache);
    heap_free(c.cache_slots);
    ast_arena_fini(&c.strings);
    XDECREF(c.filename);
    if (result == NULL && err->kind == ERR_NONE && err_occurred() == NULL) {
        err_no_memory();
    }
    return result;
}
