// grammar/build.h — the parse context and the builders that grammar.y's actions call.
//
// Internal to grammar/: `grammar.y` includes it, `build.c` implements the builders and
// `parse.c` drives lemon. Every builder takes the context `P`, allocates from its arena
// and returns NULL after recording the first error in `P->err` (or on out-of-memory);
// builders given a NULL child return NULL at once, so one error flows up the tree
// without further checks in the actions.
#ifndef ADDER_GRAMMAR_BUILD_H
#define ADDER_GRAMMAR_BUILD_H

#include "grammar/ast.h"
#include "lexer/lexer.h"

typedef struct Parser {
    Arena *arena;
    SyntaxErr err;
    Node *result;               // the Module (or the f-string field's expression)
    Lexer *lx;
    // What the error reporter needs to know of the tokens seen so far.
    Token prev;                 // the last token fed to lemon
    Token prev2;                // the one before it
    Token lookahead;            // the token being fed to lemon now
    bool escape_error;          // a string's escape failed: report it where its run ends
    Token line_first;           // first token of the current logical line
    Token header_first;         // first token of the last line that ended in ':'
    bool header_open;           // the last logical line ended with ':' NEWLINE
    bool line_colon;            // the current logical line has a ':' outside brackets
    int line_lambdas;           // ... and that many `lambda`s there still await theirs
    Token expr_start[32];       // per bracket depth: where the latest expression began
    Token cond_start;           // where the expression before the latest `x if c` began
    // Set by %syntax_error from the parser's state: which tokens it could have taken.
    bool expect_else;           // `else` (an `x if c` lacks its else)
    bool expect_except;         // `except` and `finally` (a try block lacks its handlers)
    Token operand_start;        // first token of the latest name/literal/attribute chain
    int fexpr_depth;            // f-strings nested inside f-string fields
    NodeList *as_items;         // `x as y` items in parentheses, for `with (...)`
} Parser;

// A sequence inside brackets or at statement level, before it is known whether it is
// one parenthesised expression, a tuple, or a comprehension.
typedef enum SeqShape { SEQ_ONE, SEQ_TUPLE, SEQ_COMP } SeqShape;
typedef struct Seq {
    SeqShape shape;
    Node *node;                 // SEQ_ONE: the item; SEQ_TUPLE: a Tuple; SEQ_COMP: elt
    NodeList *gens;             // SEQ_COMP: the comprehension clauses
} Seq;

// The module being imported from: dotted name (may be NULL) and relative level.
typedef struct FromTarget {
    Node *name;
    int level;
} FromTarget;

// ---- generic -----------------------------------------------------------------------
// Record a syntax error at `t` (or `n`) unless one is set; returns NULL.
Node *build_error_at_token(Parser *P, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Node *build_error_at(Parser *P, const Node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Finish a node: compute its depth; NULL (RecursionError) when it is too deep.
Node *build_done(Parser *P, Node *n);
// Node `kind` at the position of `t` or `at`; NULL on out-of-memory.
Node *build_node_tok(Parser *P, NodeKind kind, const Token *t);
Node *build_node_at(Parser *P, NodeKind kind, const Node *at);
// A new list holding `first` (if not NULL); `build_append` adds to it. NULL on error.
NodeList *build_list(Parser *P, Node *first);
NodeList *build_append(Parser *P, NodeList *l, Node *n);
// Append every item of `more` to `l`.
NodeList *build_extend(Parser *P, NodeList *l, NodeList *more);

// ---- expressions -------------------------------------------------------------------
Node *build_name(Parser *P, const Token *t);
Node *build_number(Parser *P, const Token *t, ConstKind kind);
Node *build_const(Parser *P, const Token *t, ConstKind kind);
// A STRING token as a Constant (str/bytes) or JoinedStr (f-string).
Node *build_string(Parser *P, const Token *t);
// Adjacent literals, concatenated: a Constant or a JoinedStr.
Node *build_strings(Parser *P, NodeList *parts);
Node *build_binop(Parser *P, Node *l, BinaryOp op, Node *r);
Node *build_unary(Parser *P, const Token *t, UnaryOpKind op, Node *operand);
Node *build_boolop(Parser *P, BoolOpKind op, Node *l, Node *r);
Node *build_compare(Parser *P, Node *l, CmpOp op, Node *r);
Node *build_ifexp(Parser *P, Node *body, Node *test, Node *orelse);
Node *build_lambda(Parser *P, const Token *t, NodeList *params, Node *body);
Node *build_namedexpr(Parser *P, Node *target, Node *value);
Node *build_starred(Parser *P, const Token *t, Node *value);
Node *build_attribute(Parser *P, Node *value, const Token *name);
// `close` is the call's `)`, where CPython reports misordered arguments.
Node *build_call(Parser *P, Node *func, NodeList *args, const Token *close);
Node *build_subscript(Parser *P, Node *value, Seq slices);
Node *build_slice(Parser *P, const Token *t, Node *lower, Node *upper, Node *step);
Node *build_yield(Parser *P, const Token *t, Node *value, bool from);
// `(...)`, `[...]` from a Seq; `t` is the opening bracket.
Node *build_paren(Parser *P, const Token *t, Seq s);
Node *build_list_display(Parser *P, const Token *t, Seq s);
Node *build_empty(Parser *P, const Token *t, NodeKind kind);
// `{...}`: a Dict being built (keys NULL for `**`), a Set, or comprehensions.
Node *build_dict_item(Parser *P, Node *dict, Node *key, Node *value, const Token *t);
Node *build_set_display(Parser *P, const Token *t, NodeList *items);
Node *build_dict_display(Parser *P, const Token *t, Node *dict);
Node *build_setcomp(Parser *P, const Token *t, Node *elt, NodeList *gens);
Node *build_dictcomp(Parser *P, const Token *t, Node *key, Node *value, NodeList *gens);
Node *build_comprehension(Parser *P, Node *target, Node *iter);
Node *build_comp_if(Parser *P, Node *comp, Node *cond);
// Sequences: `build_seq_item` starts or extends one; `build_seq_end` finishes it.
Seq build_seq_item(Parser *P, Seq s, Node *item);
Seq build_seq_comma(Parser *P, Seq s);
Seq build_seq_comp(Parser *P, Node *elt, NodeList *gens);
// A finished testlist: the one item, or a Tuple.
Node *build_seq_expr(Parser *P, Seq s);
// Call arguments: positional, `*x`, `**x`, `k=v`, or a bare generator expression.
Node *build_kwarg(Parser *P, Node *name, Node *value);
Node *build_dstar_arg(Parser *P, const Token *t, Node *value);
Node *build_genexp_arg(Parser *P, Node *elt, NodeList *gens);

// ---- statements --------------------------------------------------------------------
Node *build_expr_stmt(Parser *P, Node *e);
// `chain` holds the targets then the value, in order.
Node *build_assign(Parser *P, NodeList *chain);
Node *build_augassign(Parser *P, Node *target, BinaryOp op, Node *value);
Node *build_annassign(Parser *P, Node *target, Node *annotation, Node *value);
Node *build_del(Parser *P, const Token *t, Node *targets);
Node *build_simple(Parser *P, const Token *t, NodeKind kind, Node *k0, Node *k1);
Node *build_names_stmt(Parser *P, const Token *t, NodeKind kind, NodeList *names);
Node *build_alias(Parser *P, Node *dotted, const Token *asname);
Node *build_dotted(Parser *P, Node *prefix, const Token *name);
Node *build_import(Parser *P, const Token *t, NodeList *names);
Node *build_import_from(Parser *P, const Token *t, FromTarget from, NodeList *names);
Node *build_if(Parser *P, const Token *t, Node *test, NodeList *body, NodeList *orelse);
Node *build_while(Parser *P, const Token *t, Node *test, NodeList *body, NodeList *orelse);
Node *build_for(Parser *P, const Token *t, Node *target, Node *iter, NodeList *body,
                NodeList *orelse);
Node *build_handler(Parser *P, const Token *t, Node *type, const Token *name,
                    NodeList *body);
Node *build_try(Parser *P, const Token *t, NodeList *body, NodeList *handlers,
                NodeList *orelse, NodeList *finalbody);
Node *build_withitem(Parser *P, Node *expr, Node *vars);
// `expr as vars` inside parentheses: a withitem only a `with` statement may take.
Node *build_as_item(Parser *P, Node *expr, Node *vars);
Node *build_with(Parser *P, const Token *t, NodeList *items, NodeList *body);
// Parameters: each is an `arg` whose `op` says what it is (see build.c).
Node *build_param(Parser *P, const Token *t, int kind, Node *annotation, Node *dflt);
Node *build_funcdef(Parser *P, const Token *t, const Token *name, NodeList *params,
                    Node *returns, NodeList *body);
Node *build_classdef(Parser *P, const Token *t, const Token *name, NodeList *args,
                     const Token *close, NodeList *body);
Node *build_decorated(Parser *P, NodeList *decorators, Node *def);
Node *build_module(Parser *P, NodeList *body);

// ---- parse.c -----------------------------------------------------------------------
// Parse one f-string replacement field's expression text `src[0..len)` found at
// (`line`, `col`); returns its expression, or NULL with `P->err` set.
Node *parse_fexpr(Parser *P, const char *src, size_t len, int line, int col);
// Called by lemon on a syntax error at `t` / on stack overflow.
void parse_syntax_error(Parser *P, const Token *t);
void parse_stack_overflow(Parser *P);

#endif
