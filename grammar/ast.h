// grammar/ast.h — the syntax tree: one node struct for every kind, in one arena.
//
// Each kind uses the generic slots of `Node` as its row in `NODES` says: `s`/`s2` are
// strings (identifiers, literal text or decoded bytes with `len`), `k0`..`k2` child
// nodes, `l0`..`l3` child lists, `op` a small enum (operator, context, constant kind,
// conversion). The same table drives `ast_dump`, so a field is named once. Field names
// follow CPython's `ast` module; a function parameter (`arg`) carries its own default.
//
// Memory: every node, list and string lives in the `Arena` passed to the builders and
// is freed with it, at once; nothing in the tree is freed alone. Nodes know nothing of
// objects: literals stay text until the compiler makes constants of them.
#ifndef ADDER_GRAMMAR_AST_H
#define ADDER_GRAMMAR_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// Deeper trees are refused (CPython: "maximum recursion depth exceeded during
// compilation"), so that every later recursive walk has a bounded C stack. CPython
// allows statements and expressions nested 3000 deep (its recursion limit times 3); the
// module node makes one more here.
#define AST_MAX_DEPTH 3001

// X(kind, "printed fields"): each field is slot:name; slots s s2 k0 k1 k2 l0 l1 l2 l3
// and op (printed with the kind's operator table).
#define NODES(X)                                                                   \
    X(Module, "l0:body")                                                           \
    X(FunctionDef, "s:name k0:args l0:body l1:decorator_list k1:returns")          \
    X(ClassDef, "s:name l0:bases l1:keywords l2:body l3:decorator_list")           \
    X(Return, "k0:value")                                                          \
    X(Delete, "l0:targets")                                                        \
    X(Assign, "l0:targets k0:value")                                               \
    X(AugAssign, "k0:target op:op k1:value")                                       \
    X(AnnAssign, "k0:target k1:annotation k2:value op:simple")                     \
    X(For, "k0:target k1:iter l0:body l1:orelse")                                  \
    X(While, "k0:test l0:body l1:orelse")                                          \
    X(If, "k0:test l0:body l1:orelse")                                             \
    X(With, "l0:items l1:body")                                                    \
    X(Raise, "k0:exc k1:cause")                                                    \
    X(Try, "l0:body l1:handlers l2:orelse l3:finalbody")                           \
    X(Assert, "k0:test k1:msg")                                                    \
    X(Import, "l0:names")                                                          \
    X(ImportFrom, "s:module l0:names op:level")                                    \
    X(Global, "l0:names")                                                          \
    X(Nonlocal, "l0:names")                                                        \
    X(Expr, "k0:value")                                                            \
    X(Pass, "")                                                                    \
    X(Break, "")                                                                   \
    X(Continue, "")                                                                \
    X(BoolOp, "op:op l0:values")                                                   \
    X(NamedExpr, "k0:target k1:value")                                             \
    X(BinOp, "k0:left op:op k1:right")                                             \
    X(UnaryOp, "op:op k0:operand")                                                 \
    X(Lambda, "k0:args k1:body")                                                   \
    X(IfExp, "k0:test k1:body k2:orelse")                                          \
    X(Dict, "l0:keys l1:values")                                                   \
    X(Set, "l0:elts")                                                              \
    X(ListComp, "k0:elt l0:generators")                                            \
    X(SetComp, "k0:elt l0:generators")                                             \
    X(DictComp, "k0:key k1:value l0:generators")                                   \
    X(GeneratorExp, "k0:elt l0:generators")                                        \
    X(Yield, "k0:value")                                                           \
    X(YieldFrom, "k0:value")                                                       \
    X(Compare, "k0:left op:ops l0:comparators")                                    \
    X(Call, "k0:func l0:args l1:keywords")                                         \
    X(FormattedValue, "k0:value op:conversion k1:format_spec")                     \
    X(JoinedStr, "l0:values")                                                      \
    X(Constant, "op:kind s:value")                                                 \
    X(Attribute, "k0:value s:attr op:ctx")                                         \
    X(Subscript, "k0:value k1:slice op:ctx")                                       \
    X(Starred, "k0:value op:ctx")                                                  \
    X(Name, "s:id op:ctx")                                                         \
    X(List, "l0:elts op:ctx")                                                      \
    X(Tuple, "l0:elts op:ctx")                                                     \
    X(Slice, "k0:lower k1:upper k2:step")                                          \
    X(comprehension, "k0:target k1:iter l0:ifs")                                   \
    X(ExceptHandler, "k0:type s:name l0:body")                                     \
    X(arguments, "l0:posonlyargs l1:args k0:vararg l2:kwonlyargs k1:kwarg")        \
    X(arg, "s:arg k0:annotation k1:default")                                       \
    X(keyword, "s:arg k0:value")                                                   \
    X(alias, "s:name s2:asname")                                                   \
    X(withitem, "k0:context_expr k1:optional_vars")

typedef enum NodeKind {
#define X(kind, fields) N_##kind,
    NODES(X)
#undef X
    N_COUNT
} NodeKind;

// `op` of Name, Attribute, Subscript, Starred, List, Tuple.
typedef enum ExprContext { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

// `op` of Constant: `s` holds the source text of numbers, the decoded bytes of strings.
typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_IMAG, CONST_STR, CONST_BYTES
} ConstKind;

// `op` of BinOp and AugAssign.
typedef enum BinaryOp {
    OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW, OP_LSHIFT,
    OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV
} BinaryOp;

typedef enum UnaryOpKind { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;
typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;
typedef enum CmpOp {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE, CMP_IS, CMP_ISNOT,
    CMP_IN, CMP_NOTIN
} CmpOp;

#define AST_PARENS 1
#define AST_BARE_GENEXP 2      // a generator expression without its own parentheses
#define AST_TAKEN 4            // a parenthesised `x as y` that a `with` statement took

typedef struct Node Node;

// A growable list of nodes; items may be NULL where CPython's lists hold None
// (the keys of `**` entries in a Dict).
typedef struct NodeList {
    int n, cap;
    Node **items;
} NodeList;

struct Node {
    uint8_t kind;           // a NodeKind
    uint8_t op;             // per kind: see the enums above
    uint8_t flags;          // AST_PARENS: written in parentheses (`(a or b) or c`)
    int line, col;          // 1-based line, 0-based byte column of the node's start
    int depth;              // height of this subtree (1 for a leaf)
    const char *s, *s2;     // strings, NUL-terminated; `len` is the length of `s`
    size_t len;
    Node *k[3];
    NodeList *l[4];
    uint8_t *ops;           // Compare: one CmpOp per comparator
};

// ---- the arena ---------------------------------------------------------------------

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *chunks;
    char *next, *end;       // free space in the newest chunk
    size_t total;           // bytes taken from the system
} Arena;

void ast_arena_init(Arena *a);
// Free every chunk: the whole tree at once.
void ast_arena_fini(Arena *a);
// `n` zeroed bytes, aligned for any node; NULL when memory runs out.
void *ast_alloc(Arena *a, size_t n);
// A NUL-terminated copy of `s[0..n)` in the arena; NULL when memory runs out.
char *ast_strdup(Arena *a, const char *s, size_t n);

// ---- builders ----------------------------------------------------------------------

// A new node of `kind` at (`line`, `col`), children filled in by the caller, who then
// calls `ast_fix_depth`. NULL when memory runs out.
Node *ast_node(Arena *a, NodeKind kind, int line, int col);
// Recompute `n->depth` from its children; false when it passes AST_MAX_DEPTH.
bool ast_fix_depth(Node *n);
// A new, empty list; NULL when memory runs out.
NodeList *ast_list(Arena *a);
// Append `n` (may be NULL) to `l`; false when memory runs out.
bool ast_list_append(Arena *a, NodeList *l, Node *n);

// Name of a node kind ("FunctionDef"), for error messages and the dump.
const char *ast_kind_name(int kind);

// Print the tree under `n` in the stable, indented form of `--ast`.
void ast_dump(FILE *f, const Node *n);

#endif
