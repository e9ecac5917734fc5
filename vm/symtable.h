// vm/symtable.h — scope analysis: which names are local, global, free or cell in each
// scope of a module, as CPython 3.11's Python/symtable.c decides it.
//
// `symtable_build` walks the (already constant-folded) tree once, making one `Scope`
// per module, function, lambda, comprehension and class body and recording how each
// name is used in it (the SYM_* flags); then it resolves every name to one of the
// SC_* scopes, bottom-up through the nested scopes, and reports the SyntaxErrors
// CPython's symtable reports. The compiler then asks `symtable_scope_of(node)` for
// the scope of a definition and `symtable_name_scope` for each name it emits.
//
// Names are C strings borrowed from the syntax tree (or from the table's own arena
// for the few it makes up, such as ".0"); the table must not outlive the tree.
#ifndef ADDER_VM_SYMTABLE_H
#define ADDER_VM_SYMTABLE_H

#include <stdbool.h>

#include "grammar/ast.h"
#include "lexer/lexer.h"

// ---- NameMap: C string -> int, in insertion order -----------------------------------

// A hash table from NUL-terminated strings (borrowed, compared by content) to ints
// that remembers the order of insertion: `keys[i]` is the i-th name added. Zeroed
// memory is an empty map. The compiler uses it for its name and local tables too.
typedef struct NameMap {
    const char **keys;      // insertion order; `n` of them
    int *values;
    int n, cap;
    int *slots;             // open addressing: -1 empty, else an index into `keys`
    int nslots;             // 0 or a power of two
} NameMap;

// The index of `name` in `m`, or -1 when absent. Ref: none.
int symtable_map_find(const NameMap *m, const char *name);
// Add `name` with `value` unless present. Its index, or -1 when memory runs out (no
// exception set: the caller raises). Ref: none.
int symtable_map_add(NameMap *m, const char *name, int value);
// The value of `name`, or `dflt` when absent. Ref: none.
int symtable_map_get(const NameMap *m, const char *name, int dflt);
// Free the map's memory, leaving it empty. Ref: none.
void symtable_map_fini(NameMap *m);

// ---- scopes ---------------------------------------------------------------------------

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;

// How a name is used in a scope (CPython's DEF_* flags).
#define SYM_GLOBAL 1            // named in a `global` statement
#define SYM_LOCAL 2             // bound: assigned, deleted, a `for` or `as` target, ...
#define SYM_PARAM 4             // a parameter
#define SYM_NONLOCAL 8          // named in a `nonlocal` statement
#define SYM_USE 16              // read
#define SYM_FREE 32             // free in a nested scope, passed through this one
#define SYM_FREE_CLASS 64       // free in a method, and bound in the class too
#define SYM_IMPORT 128          // bound by an import
#define SYM_ANNOT 256           // annotated (`x: int`)
#define SYM_COMP_ITER 512       // a comprehension's iteration variable
#define SYM_BOUND (SYM_LOCAL | SYM_PARAM | SYM_IMPORT)

// Where a name lives once resolved (CPython's LOCAL ... CELL).
#define SC_NONE 0               // not a name of this scope
#define SC_LOCAL 1
#define SC_GLOBAL_EXPLICIT 2    // declared `global`
#define SC_GLOBAL_IMPLICIT 3    // not bound here nor in any enclosing function
#define SC_FREE 4               // bound in an enclosing function
#define SC_CELL 5               // bound here and free in a nested scope

// The resolved scope sits above the flags in a symbol's value.
#define SYM_SCOPE_SHIFT 11

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;           // "top", the function or class name, "lambda", "listcomp"
    Node *node;                 // the Module, FunctionDef, Lambda, ClassDef or comprehension
    Scope *parent;
    Scope **children;           // nested scopes, in the order they appear
    int nchildren, capchildren;
    NameMap symbols;            // name -> SYM_* flags | SC_* << SYM_SCOPE_SHIFT
    NameMap params;             // parameter names, in slot order
    NameMap directives;         // name -> index into `dir_pos`: its first global/nonlocal
    int *dir_pos;               // line, col pairs
    int comprehension;          // N_ListComp ... N_GeneratorExp, or 0 when not one
    int comp_iter_expr;         // > 0 while inside a comprehension's iterable
    bool comp_iter_target;      // visiting a comprehension's `for` target
    bool nested;                // inside a function (CO_NESTED)
    bool generator;             // contains yield (CO_GENERATOR)
    bool varargs, varkeywords;
    bool free;                  // has free variables
    bool child_free;            // some nested scope has free variables
    bool needs_class_closure;   // a class body whose methods use `__class__`
};

typedef struct PtrEntry PtrEntry;

typedef struct SymTable {
    Scope *top;                 // the module's scope
    Scope *cur;                 // while building: the scope being filled
    PtrEntry *by_node;          // open addressing: node -> scope
    int nby_node, cap_by_node;
    Arena arena;                // names the table makes up (".0", "a" of "a.b")
    SyntaxErr *err;
    bool failed;                // out of memory (a Python exception is set)
} SymTable;

// Build the scopes of the Module `mod` into `st`. 0, or -1 with `*err` filled in (a
// SyntaxError CPython's symtable reports: "name 'x' is used prior to global
// declaration", "no binding for nonlocal 'x' found", ...) or with MemoryError set.
// `st` must be released with `symtable_fini` either way. Ref: none.
int symtable_build(SymTable *st, Node *mod, SyntaxErr *err);
// Release everything `symtable_build` made. Ref: none.
void symtable_fini(SymTable *st);
// The scope made for `node` (a Module, FunctionDef, Lambda, ClassDef or
// comprehension), or NULL. Ref: none.
Scope *symtable_scope_of(const SymTable *st, const Node *node);
// The SC_* scope of `name` in `s` (SC_NONE when the scope does not know it). Ref: none.
int symtable_name_scope(const Scope *s, const char *name);
// The SYM_* flags of `name` in `s` (0 when absent). Ref: none.
int symtable_name_flags(const Scope *s, const char *name);

#endif
