// grammar/build.c — the builders behind grammar.y's actions.
//
// Owns the checks that an LALR grammar cannot make by itself, with CPython 3.11's
// messages: assignment, deletion and annotation targets; the order of parameters and
// call arguments; walrus targets; mixing bytes with str. It also splits f-strings into
// their literal parts and replacement fields, parsing each field's expression with
// `parse_fexpr`, as CPython 3.11's `Parser/string_parser.c` does.
//
// Every builder returns NULL at once when an error is already recorded, so the first
// error wins and later actions do nothing; NULL children are then never dereferenced.
#include <stdarg.h>
#include <string.h>

#include "grammar/build.h"

// ---- errors and plumbing -----------------------------------------------------------

static Node *verror(Parser *P, int line, int col, int end_col, const char *fmt, va_list ap) {
    if (P->err.kind == ERR_NONE) {
        char msg[sizeof P->err.msg];
        vsnprintf(msg, sizeof msg, fmt, ap);
        lex_error(&P->err, ERR_SYNTAX, line, col, end_col, "%s", msg);
    }
    return NULL;
}

Node *build_error_at_token(Parser *P, const Token *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(P, t->line, t->col, t->end_line == t->line ? t->end_col : -1, fmt, ap);
    va_end(ap);
    return NULL;
}

Node *build_error_at(Parser *P, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(P, n->line, n->col, -1, fmt, ap);
    va_end(ap);
    return NULL;
}

static Node *out_of_memory(Parser *P) {
    lex_error(&P->err, ERR_MEMORY, 0, 0, 0, "%s", "out of memory while parsing");
    return NULL;
}

#define CHECK(P) do { if ((P)->err.kind != ERR_NONE) return NULL; } while (0)

Node *build_done(Parser *P, Node *n) {
    if (n == NULL) {
        return NULL;
    }
    if (!ast_fix_depth(n)) {
        lex_error(&P->err, ERR_RECURSION, n->line, n->col, -1, "%s",
                  "maximum recursion depth exceeded during compilation");
        return NULL;
    }
    return n;
}

// `n` just gained the child `kid` (a flattened BoolOp or Compare): update its depth
// without rescanning its other children, which would make long chains quadratic.
static Node *grown(Parser *P, Node *n, const Node *kid) {
    if (kid->depth + 1 > n->depth) {
        n->depth = kid->depth + 1;
        if (n->depth > AST_MAX_DEPTH) {
            return build_done(P, n);
        }
    }
    return n;
}

Node *build_node_tok(Parser *P, NodeKind kind, const Token *t) {
    CHECK(P);
    Node *n = ast_node(P->arena, kind, t->line, t->col);
    return n != NULL ? n : out_of_memory(P);
}

Node *build_node_at(Parser *P, NodeKind kind, const Node *at) {
    CHECK(P);
    Node *n = ast_node(P->arena, kind, at->line, at->col);
    return n != NULL ? n : out_of_memory(P);
}

NodeList *build_list(Parser *P, Node *first) {
    CHECK(P);
    NodeList *l = ast_list(P->arena);
    if (l == NULL) {
        out_of_memory(P);
        return NULL;
    }
    return first == NULL ? l : build_append(P, l, first);
}

NodeList *build_append(Parser *P, NodeList *l, Node *n) {
    CHECK(P);
    if (!ast_list_append(P->arena, l, n)) {
        out_of_memory(P);
        return NULL;
    }
    return l;
}

NodeList *build_extend(Parser *P, NodeList *l, NodeList *more) {
    CHECK(P);
    for (int i = 0; i < more->n; i++) {
        if (build_append(P, l, more->items[i]) == NULL) {
            return NULL;
        }
    }
    return l;
}

static const char *token_text(Parser *P, const Token *t) {
    char *s = ast_strdup(P->arena, t->start, t->len);
    if (s == NULL) {
        out_of_memory(P);
    }
    return s;
}

// ---- targets -----------------------------------------------------------------------

// What CPython calls an expression in its "cannot assign to ..." messages.
static const char *expr_name(const Node *e) {
    switch (e->kind) {
    case N_Attribute: return "attribute";
    case N_Subscript: return "subscript";
    case N_Starred: return "starred";
    case N_Name: return "name";
    case N_List: return "list";
    case N_Tuple: return "tuple";
    case N_Lambda: return "lambda";
    case N_Call: return "function call";
    case N_BoolOp: case N_BinOp: case N_UnaryOp: return "expression";
    case N_GeneratorExp: return "generator expression";
    case N_Yield: case N_YieldFrom: return "yield expression";
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    case N_Dict: return "dict literal";
    case N_Set: return "set display";
    case N_JoinedStr: case N_FormattedValue: return "f-string expression";
    case N_Compare: return "comparison";
    case N_IfExp: return "conditional expression";
    case N_NamedExpr: return "named expression";
    case N_Constant:
        switch (e->op) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

// Make `e` a target of `ctx` (Store or Del), recursively through tuples, lists and
// starred items; false with an error set when it cannot be one.
static bool set_context(Parser *P, Node *e, ExprContext ctx) {
    switch (e->kind) {
    case N_Name:
        if (strcmp(e->s, "__debug__") == 0) {
            build_error_at(P, e, "cannot %s __debug__", ctx == CTX_DEL ? "delete" : "assign to");
            return false;
        }
        e->op = (uint8_t)ctx;
        return true;
    case N_Attribute: case N_Subscript:
        e->op = (uint8_t)ctx;
        return true;
    case N_Starred:
        if (ctx == CTX_DEL) {
            break;
        }
        e->op = (uint8_t)ctx;
        return set_context(P, e->k[0], ctx);
    case N_Tuple: case N_List:
        e->op = (uint8_t)ctx;
        for (int i = 0; i < e->l[0]->n; i++) {
            if (!set_context(P, e->l[0]->items[i], ctx)) {
                return false;
            }
        }
        return true;
    default:
        break;
    }
    build_error_at(P, e, "cannot %s %s", ctx == CTX_DEL ? "delete" : "assign to", expr_name(e));
    return false;
}

// ---- expressions -------------------------------------------------------------------

Node *build_name(Parser *P, const Token *t) {
    Node *n = build_node_tok(P, N_Name, t);
    if (n != NULL) {
        n->s = token_text(P, t);
    }
    return n;
}

Node *build_number(Parser *P, const Token *t, ConstKind kind) {
    Node *n = build_node_tok(P, N_Constant, t);
    if (n != NULL) {
        n->op = (uint8_t)kind;
        n->s = token_text(P, t);
        n->len = t->len;
    }
    return n;
}

Node *build_const(Parser *P, const Token *t, ConstKind kind) {
    Node *n = build_node_tok(P, N_Constant, t);
    if (n != NULL) {
        n->op = (uint8_t)kind;
    }
    return n;
}

Node *build_binop(Parser *P, Node *l, BinaryOp op, Node *r) {
    Node *n = build_node_at(P, N_BinOp, l);
    if (n == NULL) {
        return NULL;
    }
    n->op = (uint8_t)op;
    n->k[0] = l;
    n->k[1] = r;
    return build_done(P, n);
}

Node *build_unary(Parser *P, const Token *t, UnaryOpKind op, Node *operand) {
    Node *n = build_node_tok(P, N_UnaryOp, t);
    if (n == NULL) {
        return NULL;
    }
    n->op = (uint8_t)op;
    n->k[0] = operand;
    return build_done(P, n);
}

Node *build_boolop(Parser *P, BoolOpKind op, Node *l, Node *r) {
    CHECK(P);
    // `a or b or c` is one BoolOp of three values; `(a or b) or c` is two.
    if (l->kind == N_BoolOp && l->op == op && !(l->flags & AST_PARENS)) {
        return build_append(P, l->l[0], r) ? grown(P, l, r) : NULL;
    }
    Node *n = build_node_at(P, N_BoolOp, l);
    if (n == NULL) {
        return NULL;
    }
    n->op = (uint8_t)op;
    n->l[0] = build_append(P, build_list(P, l), r);
    return build_done(P, n);
}

Node *build_compare(Parser *P, Node *l, CmpOp op, Node *r) {
    CHECK(P);
    Node *n = l;
    if (l->kind != N_Compare || (l->flags & AST_PARENS)) {
        n = build_node_at(P, N_Compare, l);
        if (n == NULL) {
            return NULL;
        }
        n->k[0] = l;
        n->l[0] = build_list(P, NULL);
    }
    int cap = n->l[0]->cap;
    if (build_append(P, n->l[0], r) == NULL) {
        return NULL;
    }
    if (n->ops == NULL || n->l[0]->cap != cap) {
        // The operators grow with the comparators' list, by doubling.
        uint8_t *ops = ast_alloc(P->arena, (size_t)n->l[0]->cap);
        if (ops == NULL) {
            return out_of_memory(P);
        }
        if (n->ops != NULL) {
            memcpy(ops, n->ops, (size_t)n->l[0]->n - 1);
        }
        n->ops = ops;
    }
    n->ops[n->l[0]->n - 1] = (uint8_t)op;
    return n == l ? grown(P, n, r) : build_done(P, n);
}

Node *build_ifexp(Parser *P, Node *body, Node *test, Node *orelse) {
    Node *n = build_node_at(P, N_IfExp, body);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = test;
    n->k[1] = body;
    n->k[2] = orelse;
    return build_done(P, n);
}

Node *build_namedexpr(Parser *P, Node *target, Node *value) {
    CHECK(P);
    if (target->kind != N_Name) {
        return build_error_at(P, target, "cannot use assignment expressions with %s",
                              expr_name(target));
    }
    target->op = CTX_STORE;
    Node *n = build_node_at(P, N_NamedExpr, target);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = target;
    n->k[1] = value;
    return build_done(P, n);
}

Node *build_starred(Parser *P, const Token *t, Node *value) {
    Node *n = build_node_tok(P, N_Starred, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = value;
    return build_done(P, n);
}

Node *build_attribute(Parser *P, Node *value, const Token *name) {
    Node *n = build_node_at(P, N_Attribute, value);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = value;
    n->s = token_text(P, name);
    return build_done(P, n);
}

// Sort call (or class) arguments into positional ones and keywords, checking their
// order as CPython does.
static bool split_args(Parser *P, NodeList *args, const Token *close, NodeList **pos,
                       NodeList **kws) {
    *pos = build_list(P, NULL);
    *kws = build_list(P, NULL);
    if (args == NULL || *pos == NULL || *kws == NULL) {
        return *pos != NULL && *kws != NULL;
    }
    bool seen_kw = false, seen_dstar = false;
    for (int i = 0; i < args->n; i++) {
        Node *a = args->items[i];
        if ((a->flags & AST_BARE_GENEXP) && args->n > 1) {
            build_error_at(P, a, "Generator expression must be parenthesized");
            return false;
        }
        if (a->kind == N_keyword) {
            seen_kw |= a->s != NULL;
            seen_dstar |= a->s == NULL;
            if (build_append(P, *kws, a) == NULL) {
                return false;
            }
            continue;
        }
        if (a->kind == N_Starred) {
            if (seen_dstar) {
                build_error_at(P, a, "iterable argument unpacking follows keyword argument "
                                     "unpacking");
                return false;
            }
        } else if (seen_dstar) {
            build_error_at_token(P, close, "positional argument follows keyword argument "
                                           "unpacking");
            return false;
        } else if (seen_kw) {
            build_error_at_token(P, close, "positional argument follows keyword argument");
            return false;
        }
        if (build_append(P, *pos, a) == NULL) {
            return false;
        }
    }
    return true;
}

Node *build_call(Parser *P, Node *func, NodeList *args, const Token *close) {
    Node *n = build_node_at(P, N_Call, func);
    if (n == NULL || !split_args(P, args, close, &n->l[0], &n->l[1])) {
        return NULL;
    }
    n->k[0] = func;
    return build_done(P, n);
}

Node *build_kwarg(Parser *P, Node *name, Node *value) {
    CHECK(P);
    if (name->kind != N_Name || (name->flags & AST_PARENS)) {
        if (name->kind == N_Constant && name->op <= CONST_FALSE) {
            return build_error_at(P, name, "cannot assign to %s", expr_name(name));
        }
        return build_error_at(P, name, "expression cannot contain assignment, perhaps you "
                                       "meant \"==\"?");
    }
    Node *n = build_node_at(P, N_keyword, name);
    if (n == NULL) {
        return NULL;
    }
    n->s = name->s;
    n->k[0] = value;
    return build_done(P, n);
}

Node *build_dstar_arg(Parser *P, const Token *t, Node *value) {
    Node *n = build_node_tok(P, N_keyword, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = value;
    return build_done(P, n);
}

static Node *comp_node(Parser *P, NodeKind kind, const Token *t, const Node *at, Node *elt,
                       Node *value, NodeList *gens) {
    Node *n = t != NULL ? build_node_tok(P, kind, t) : build_node_at(P, kind, at);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = elt;
    n->k[1] = value;
    n->l[0] = gens;
    return build_done(P, n);
}

Node *build_genexp_arg(Parser *P, Node *elt, NodeList *gens) {
    CHECK(P);
    Node *n = comp_node(P, N_GeneratorExp, NULL, elt, elt, NULL, gens);
    if (n != NULL) {
        n->flags |= AST_BARE_GENEXP;
    }
    return n;
}

Node *build_comprehension(Parser *P, Node *target, Node *iter) {
    CHECK(P);
    if (!set_context(P, target, CTX_STORE)) {
        return NULL;
    }
    Node *n = build_node_at(P, N_comprehension, target);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = target;
    n->k[1] = iter;
    n->l[0] = build_list(P, NULL);
    return build_done(P, n);
}

Node *build_comp_if(Parser *P, Node *comp, Node *cond) {
    CHECK(P);
    return build_append(P, comp->l[0], cond) ? grown(P, comp, cond) : NULL;
}

Node *build_subscript(Parser *P, Node *value, Seq slices) {
    Node *slice = build_seq_expr(P, slices);
    Node *n = slice != NULL ? build_node_at(P, N_Subscript, value) : NULL;
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = value;
    n->k[1] = slice;
    return build_done(P, n);
}

Node *build_slice(Parser *P, const Token *t, Node *lower, Node *upper, Node *step) {
    CHECK(P);
    Node *n = lower != NULL ? build_node_at(P, N_Slice, lower) : build_node_tok(P, N_Slice, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = lower;
    n->k[1] = upper;
    n->k[2] = step;
    return build_done(P, n);
}

Node *build_yield(Parser *P, const Token *t, Node *value, bool from) {
    Node *n = build_node_tok(P, from ? N_YieldFrom : N_Yield, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = value;
    return build_done(P, n);
}

// ---- sequences ---------------------------------------------------------------------

Seq build_seq_item(Parser *P, Seq s, Node *item) {
    Seq none = {SEQ_ONE, NULL, NULL};
    if (P->err.kind != ERR_NONE) {
        return none;
    }
    if (s.node == NULL) {
        s.shape = SEQ_ONE;
        s.node = item;
        return s;
    }
    if (s.shape == SEQ_ONE) {
        s = build_seq_comma(P, s);
        if (s.node == NULL) {
            return none;
        }
    }
    if (build_append(P, s.node->l[0], item) == NULL) {
        return none;
    }
    return s;
}

Seq build_seq_comma(Parser *P, Seq s) {
    if (P->err.kind != ERR_NONE || s.shape != SEQ_ONE || s.node == NULL) {
        return s;
    }
    Node *t = build_node_at(P, N_Tuple, s.node);
    if (t != NULL) {
        t->l[0] = build_list(P, s.node);
    }
    s.shape = SEQ_TUPLE;
    s.node = t;
    return s;
}

Seq build_seq_comp(Parser *P, Node *elt, NodeList *gens) {
    (void)P;
    Seq s = {SEQ_COMP, elt, gens};
    return s;
}

Node *build_seq_expr(Parser *P, Seq s) {
    CHECK(P);
    return s.shape == SEQ_TUPLE ? build_done(P, s.node) : s.node;
}

Node *build_paren(Parser *P, const Token *t, Seq s) {
    CHECK(P);
    Node *n;
    if (s.shape == SEQ_COMP) {
        n = comp_node(P, N_GeneratorExp, t, NULL, s.node, NULL, s.gens);
    } else if (s.shape == SEQ_TUPLE) {
        n = s.node;
        n->line = t->line;
        n->col = t->col;
        n = build_done(P, n);
    } else {
        n = s.node;
    }
    if (n != NULL) {
        n->flags |= AST_PARENS;
    }
    return n;
}

Node *build_list_display(Parser *P, const Token *t, Seq s) {
    CHECK(P);
    if (s.shape == SEQ_COMP) {
        return comp_node(P, N_ListComp, t, NULL, s.node, NULL, s.gens);
    }
    Node *n = build_node_tok(P, N_List, t);
    if (n == NULL) {
        return NULL;
    }
    n->l[0] = s.shape == SEQ_TUPLE ? s.node->l[0] : build_list(P, s.node);
    return build_done(P, n);
}

Node *build_empty(Parser *P, const Token *t, NodeKind kind) {
    Node *n = build_node_tok(P, kind, t);
    if (n != NULL) {
        n->l[0] = build_list(P, NULL);
        n->l[1] = kind == N_Dict ? build_list(P, NULL) : NULL;
        n->flags |= kind == N_Tuple ? AST_PARENS : 0;
    }
    return n;
}

Node *build_dict_item(Parser *P, Node *dict, Node *key, Node *value, const Token *t) {
    CHECK(P);
    if (dict == NULL) {
        dict = build_node_tok(P, N_Dict, t);
        if (dict == NULL) {
            return NULL;
        }
        dict->l[0] = build_list(P, NULL);
        dict->l[1] = build_list(P, NULL);
    }
    if (!build_append(P, dict->l[0], key) || !build_append(P, dict->l[1], value)) {
        return NULL;
    }
    return dict;
}

Node *build_dict_display(Parser *P, const Token *t, Node *dict) {
    CHECK(P);
    dict->line = t->line;
    dict->col = t->col;
    return build_done(P, dict);
}

Node *build_set_display(Parser *P, const Token *t, NodeList *items) {
    Node *n = build_node_tok(P, N_Set, t);
    if (n == NULL) {
        return NULL;
    }
    n->l[0] = items;
    return build_done(P, n);
}

Node *build_setcomp(Parser *P, const Token *t, Node *elt, NodeList *gens) {
    CHECK(P);
    return comp_node(P, N_SetComp, t, NULL, elt, NULL, gens);
}

Node *build_dictcomp(Parser *P, const Token *t, Node *key, Node *value, NodeList *gens) {
    CHECK(P);
    return comp_node(P, N_DictComp, t, NULL, key, value, gens);
}

// ---- strings -----------------------------------------------------------------------

// A str Constant holding `data[0..len)` (copied), at (`line`, `col`).
static Node *str_const(Parser *P, const char *data, size_t len, int line, int col) {
    CHECK(P);
    Node *n = ast_node(P->arena, N_Constant, line, col);
    if (n == NULL) {
        return out_of_memory(P);
    }
    n->op = CONST_STR;
    n->s = ast_strdup(P->arena, data, len);
    n->len = len;
    return n->s != NULL ? n : out_of_memory(P);
}

// Error at the end of the f-string token `t`, where CPython 3.11 puts its caret.
static Node *fstring_error(Parser *P, const Token *t, const char *msg) {
    if (P->err.kind == ERR_NONE) {
        lex_error(&P->err, ERR_SYNTAX, t->end_line, t->end_col, -1, "f-string: %s", msg);
    }
    return NULL;
}

static Node *fstring_body(Parser *P, const Token *t, const StrLit *lit, const char **pp,
                          const char *end, int nesting, bool in_spec);

// The position in the source of `p`, a byte of the literal's body.
static void body_pos(const StrLit *lit, const char *p, int *line, int *col) {
    *line = lit->body_line;
    *col = lit->body_col;
    for (const char *q = lit->body; q < p; q++) {
        if (*q == '\n') {
            (*line)++;
            *col = 0;
        } else {
            (*col)++;
        }
    }
}

// One replacement field `{expr!c:spec}` starting after its `{` at `*pp`: a
// FormattedValue appended to `values`, plus the text of `expr=` for self-documenting
// fields. Advances `*pp` past the closing `}`.
// The first byte from `p` on that is not a blank, or `end`.
static const char *skip_blanks(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t')) {
        p++;
    }
    return p;
}

static bool fstring_field(Parser *P, const Token *t, const StrLit *lit, const char **pp,
                          const char *end, int nesting, NodeList *values) {
    if (nesting >= 2) {
        fstring_error(P, t, "expressions nested too deeply");
        return false;
    }
    const char *start = *pp, *p = start;
    // The expression ends at a '}', ':', '!' or '=' outside brackets and strings, as
    // CPython 3.11 scans it ("!=", "==", "<=" and ">=" are operators); brackets must pair.
    char opened[200];
    int depth = 0;
    char quote = 0;
    char msg[100];
    for (; p < end; p++) {
        char c = *p;
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '\\') {
            fstring_error(P, t, "expression part cannot include a backslash");
            return false;
        }
        if (c == '#') {
            fstring_error(P, t, "expression part cannot include '#'");
            return false;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            if (depth >= (int)sizeof opened) {
                fstring_error(P, t, "too many nested parenthesis");
                return false;
            }
            opened[depth++] = c;
        } else if (depth == 0 && strchr("!:}=<>", c) != NULL) {
            if (c != ':' && c != '}' && p + 1 < end && p[1] == '=') {
                p++;
            } else if (c != '<' && c != '>') {
                break;
            }
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                snprintf(msg, sizeof msg, "unmatched '%c'", c);
                fstring_error(P, t, msg);
                return false;
            }
            char open = opened[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
                (open == '{' && c != '}')) {
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", c, open);
                fstring_error(P, t, msg);
                return false;
            }
        }
    }
    if (quote) {
        fstring_error(P, t, "unterminated string");
        return false;
    }
    if (depth > 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", opened[depth - 1]);
        fstring_error(P, t, msg);
        return false;
    }
    if (p >= end) {
        fstring_error(P, t, "expecting '}'");
        return false;
    }
    const char *expr_end = p;
    bool blank = true;
    for (const char *q = start; q < expr_end; q++) {
        blank &= *q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f';
    }
    if (blank) {
        fstring_error(P, t, "empty expression not allowed");
        return false;
    }
    int line, col;
    body_pos(lit, start, &line, &col);
    Node *value = parse_fexpr(P, start, (size_t)(expr_end - start), line, col);
    if (value == NULL) {
        return false;
    }
    Node *fv = ast_node(P->arena, N_FormattedValue, value->line, value->col);
    if (fv == NULL) {
        out_of_memory(P);
        return false;
    }
    fv->k[0] = value;
    if (*p == '=') {
        // `f"{x=}"`: the text "x=" (with any blanks around the `=`) then the value,
        // repr'd unless a format is given.
        p = skip_blanks(p + 1, end);
        Node *text = str_const(P, start, (size_t)(p - start), line, col);
        if (text == NULL || !build_append(P, values, text)) {
            return false;
        }
        fv->op = (*p == ':' || *p == '!') ? 0 : 'r';
    }
    if (*p == '!') {
        p++;
        if (p >= end) {
            fstring_error(P, t, "expecting '}'");
            return false;
        }
        if (*p != 's' && *p != 'r' && *p != 'a') {
            fstring_error(P, t, "invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        fv->op = (uint8_t)*p++;
    }
    if (p < end && *p == ':') {
        p++;
        fv->k[1] = fstring_body(P, t, lit, &p, end, nesting + 1, true);
        if (fv->k[1] == NULL) {
            return false;
        }
    }
    if (p >= end || *p != '}') {
        fstring_error(P, t, "expecting '}'");
        return false;
    }
    *pp = p + 1;
    return build_done(P, fv) != NULL && build_append(P, values, fv) != NULL;
}

// The literal parts and fields of an f-string body from `*pp`: the whole literal, or
// a format spec (`in_spec`), which ends at its field's `}`. Returns a JoinedStr.
static Node *fstring_body(Parser *P, const Token *t, const StrLit *lit, const char **pp,
                          const char *end, int nesting, bool in_spec) {
    NodeList *values = build_list(P, NULL);
    Node *js = build_node_tok(P, N_JoinedStr, t);
    if (values == NULL || js == NULL) {
        return NULL;
    }
    js->l[0] = values;
    const char *p = *pp;
    while (p < end) {
        // A run of literal text, with `{{` and `}}` as single braces.
        const char *run = p;
        while (p < end && *p != '{' && *p != '}') {
            if (*p == '\\' && !lit->is_raw && p + 1 < end && p[1] != '{' && p[1] != '}') {
                p++;
            }
            p++;
        }
        bool doubled = p + 1 < end && p[0] == p[1] && !in_spec;
        const char *run_end = doubled ? p + 1 : p;
        if (run_end > run) {
            char *buf = ast_alloc(P->arena, (size_t)(run_end - run) + 1);
            size_t n;
            int line, col;
            body_pos(lit, run, &line, &col);
            if (buf == NULL) {
                return out_of_memory(P);
            }
            if (lex_decode_escapes(run, (size_t)(run_end - run), lit->is_raw, false, buf, &n,
                                   t->line, t->col, &P->err) < 0) {
                P->escape_error = true;
                return NULL;
            }
            Node *c = str_const(P, buf, n, line, col);
            if (c == NULL || !build_append(P, values, c)) {
                return NULL;
            }
        }
        if (p >= end) {
            break;
        }
        if (doubled) {
            p += 2;
            continue;
        }
        if (*p == '}') {
            if (in_spec) {
                break;
            }
            return fstring_error(P, t, "single '}' is not allowed");
        }
        p++;
        if (!fstring_field(P, t, lit, &p, end, nesting, values)) {
            return NULL;
        }
    }
    *pp = p;
    return build_done(P, js);
}

Node *build_string(Parser *P, const Token *t) {
    CHECK(P);
    char *buf = ast_alloc(P->arena, t->len + 1);
    if (buf == NULL) {
        return out_of_memory(P);
    }
    StrLit lit;
    if (lex_decode_string(t, buf, &lit, &P->err) < 0) {
        // A bad escape is found when CPython's parser takes the whole run of strings:
        // parse.c moves the error to the token after the run.
        P->escape_error = strncmp(P->err.msg, "bytes can only", 14) != 0;
        return NULL;
    }
    if (lit.is_fstring) {
        const char *p = lit.body;
        return fstring_body(P, t, &lit, &p, lit.body + lit.body_len, 0, false);
    }
    Node *n = build_node_tok(P, N_Constant, t);
    if (n != NULL) {
        n->op = lit.is_bytes ? CONST_BYTES : CONST_STR;
        n->s = lit.data;
        n->len = lit.len;
    }
    return n;
}

Node *build_strings(Parser *P, NodeList *parts) {
    CHECK(P);
    Node *first = parts->items[0];
    bool fstring = false, bytes = false, text = false;
    for (int i = 0; i < parts->n; i++) {
        Node *s = parts->items[i];
        fstring |= s->kind == N_JoinedStr;
        bytes |= s->kind == N_Constant && s->op == CONST_BYTES;
        text |= s->kind == N_JoinedStr || s->op == CONST_STR;
    }
    if (bytes && text) {
        return build_error_at(P, first, "cannot mix bytes and nonbytes literals");
    }
    // Join the adjacent literal text; with f-strings, keep the fields between runs.
    size_t total = 0;
    for (int i = 0; i < parts->n; i++) {
        Node *s = parts->items[i];
        if (s->kind == N_Constant) {
            total += s->len;
        } else {
            for (int j = 0; j < s->l[0]->n; j++) {
                Node *v = s->l[0]->items[j];
                total += v->kind == N_Constant ? v->len : 0;
            }
        }
    }
    char *buf = ast_alloc(P->arena, total + 1);
    if (buf == NULL) {
        return out_of_memory(P);
    }
    if (!fstring) {
        size_t n = 0;
        for (int i = 0; i < parts->n; i++) {
            memcpy(buf + n, parts->items[i]->s, parts->items[i]->len);
            n += parts->items[i]->len;
        }
        first->s = buf;
        first->len = n;
        return first;
    }
    Node *js = build_node_at(P, N_JoinedStr, first);
    NodeList *values = build_list(P, NULL);
    if (js == NULL || values == NULL) {
        return NULL;
    }
    js->l[0] = values;
    size_t run = 0;     // bytes of literal text in `buf` not yet flushed
    char *run_start = buf;
    int run_line = first->line, run_col = first->col;
    for (int i = 0; i < parts->n; i++) {
        Node *s = parts->items[i];
        int count = s->kind == N_Constant ? 1 : s->l[0]->n;
        for (int j = 0; j < count; j++) {
            Node *v = s->kind == N_Constant ? s : s->l[0]->items[j];
            if (v->kind == N_Constant) {
                if (run == 0) {
                    run_line = v->line, run_col = v->col;
                }
                memcpy(run_start + run, v->s, v->len);
                run += v->len;
                continue;
            }
            if (run > 0) {
                Node *c = str_const(P, run_start, run, run_line, run_col);
                if (c == NULL || !build_append(P, values, c)) {
                    return NULL;
                }
                run_start += run;
                run = 0;
            }
            if (!build_append(P, values, v)) {
                return NULL;
            }
        }
    }
    if (run > 0) {
        Node *c = str_const(P, run_start, run, run_line, run_col);
        if (c == NULL || !build_append(P, values, c)) {
            return NULL;
        }
    }
    return build_done(P, js);
}

// ---- statements --------------------------------------------------------------------

Node *build_expr_stmt(Parser *P, Node *e) {
    Node *n = e != NULL ? build_node_at(P, N_Expr, e) : NULL;
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = e;
    return build_done(P, n);
}

// CPython's `invalid_named_expression`: `x + 1 = 2` reads like a mistyped `==`.
static bool looks_like_comparison(const Node *target, const Node *value) {
    switch (target->kind) {
    case N_List: case N_Tuple: case N_GeneratorExp: case N_Compare: case N_BoolOp:
    case N_IfExp: case N_Lambda: case N_NamedExpr: case N_Starred: case N_Yield:
    case N_YieldFrom:
        return false;
    case N_Constant:
        if (target->op <= CONST_FALSE) {
            return false;
        }
        break;
    case N_UnaryOp:
        if (target->op == UOP_NOT) {
            return false;
        }
        break;
    default:
        break;
    }
    switch (value->kind) {
    case N_Tuple:
        return (value->flags & AST_PARENS) != 0;
    case N_Compare: case N_BoolOp: case N_IfExp: case N_Lambda: case N_NamedExpr:
    case N_Starred: case N_Yield: case N_YieldFrom:
        return (value->flags & AST_PARENS) != 0;
    case N_UnaryOp:
        return value->op != UOP_NOT || (value->flags & AST_PARENS);
    default:
        return true;
    }
}

Node *build_assign(Parser *P, NodeList *chain) {
    CHECK(P);
    int ntargets = chain->n - 1;
    Node *value = chain->items[ntargets];
    for (int i = 0; i < ntargets; i++) {
        Node *t = chain->items[i];
        if (t->kind == N_Yield || t->kind == N_YieldFrom) {
            return build_error_at(P, t, "assignment to yield expression not possible");
        }
        bool assignable = t->kind == N_Name || t->kind == N_Attribute ||
                          t->kind == N_Subscript || t->kind == N_Tuple ||
                          t->kind == N_List || t->kind == N_Starred;
        if (!assignable && ntargets == 1 && looks_like_comparison(t, value)) {
            return build_error_at(P, t, "cannot assign to %s here. Maybe you meant '==' "
                                        "instead of '='?", expr_name(t));
        }
        if (!set_context(P, t, CTX_STORE)) {
            return NULL;
        }
    }
    Node *n = build_node_at(P, N_Assign, chain->items[0]);
    if (n == NULL) {
        return NULL;
    }
    n->l[0] = chain;
    chain->n--;
    n->k[0] = value;
    return build_done(P, n);
}

Node *build_augassign(Parser *P, Node *target, BinaryOp op, Node *value) {
    CHECK(P);
    if (target->kind != N_Name && target->kind != N_Attribute && target->kind != N_Subscript) {
        return build_error_at(P, target, "'%s' is an illegal expression for augmented "
                                         "assignment", expr_name(target));
    }
    target->op = CTX_STORE;
    Node *n = build_node_at(P, N_AugAssign, target);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = target;
    n->op = (uint8_t)op;
    n->k[1] = value;
    return build_done(P, n);
}

Node *build_annassign(Parser *P, Node *target, Node *annotation, Node *value) {
    CHECK(P);
    if (target->kind == N_Tuple || target->kind == N_List) {
        return build_error_at(P, target, "only single target (not %s) can be annotated",
                              target->kind == N_Tuple ? "tuple" : "list");
    }
    if (target->kind != N_Name && target->kind != N_Attribute && target->kind != N_Subscript) {
        return build_error_at(P, target, "illegal target for annotation");
    }
    target->op = CTX_STORE;
    Node *n = build_node_at(P, N_AnnAssign, target);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = target;
    n->k[1] = annotation;
    n->k[2] = value;
    n->op = target->kind == N_Name && !(target->flags & AST_PARENS);
    return build_done(P, n);
}

Node *build_del(Parser *P, const Token *t, Node *targets) {
    CHECK(P);
    Node *n = build_node_tok(P, N_Delete, t);
    if (n == NULL) {
        return NULL;
    }
    // `del a, b` deletes two names; `del (a, b)` the same, through a tuple.
    bool flat = targets->kind == N_Tuple && !(targets->flags & AST_PARENS);
    n->l[0] = flat ? targets->l[0] : build_list(P, targets);
    for (int i = 0; n->l[0] != NULL && i < n->l[0]->n; i++) {
        if (!set_context(P, n->l[0]->items[i], CTX_DEL)) {
            return NULL;
        }
    }
    return build_done(P, n);
}

Node *build_simple(Parser *P, const Token *t, NodeKind kind, Node *k0, Node *k1) {
    Node *n = build_node_tok(P, kind, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = k0;
    n->k[1] = k1;
    return build_done(P, n);
}

Node *build_names_stmt(Parser *P, const Token *t, NodeKind kind, NodeList *names) {
    Node *n = build_node_tok(P, kind, t);
    if (n != NULL) {
        n->l[0] = names;
    }
    return build_done(P, n);
}

Node *build_dotted(Parser *P, Node *prefix, const Token *name) {
    CHECK(P);
    if (prefix == NULL) {
        Node *n = build_node_tok(P, N_alias, name);
        if (n != NULL) {
            n->s = token_text(P, name);
        }
        return n;
    }
    size_t a = strlen(prefix->s);
    char *s = ast_alloc(P->arena, a + 1 + name->len + 1);
    if (s == NULL) {
        return out_of_memory(P);
    }
    memcpy(s, prefix->s, a);
    s[a] = '.';
    memcpy(s + a + 1, name->start, name->len);
    prefix->s = s;
    return prefix;
}

Node *build_alias(Parser *P, Node *dotted, const Token *asname) {
    CHECK(P);
    if (asname != NULL) {
        dotted->s2 = token_text(P, asname);
    }
    return dotted;
}

Node *build_import(Parser *P, const Token *t, NodeList *names) {
    Node *n = build_node_tok(P, N_Import, t);
    if (n != NULL) {
        n->l[0] = names;
    }
    return build_done(P, n);
}

Node *build_import_from(Parser *P, const Token *t, FromTarget from, NodeList *names) {
    CHECK(P);
    if (from.name == NULL && from.level == 0) {
        return build_error_at_token(P, t, "invalid syntax");
    }
    Node *n = build_node_tok(P, N_ImportFrom, t);
    if (n == NULL) {
        return NULL;
    }
    n->s = from.name != NULL ? from.name->s : NULL;
    n->op = (uint8_t)(from.level > 255 ? 255 : from.level);
    n->l[0] = names;
    return build_done(P, n);
}

Node *build_if(Parser *P, const Token *t, Node *test, NodeList *body, NodeList *orelse) {
    Node *n = build_node_tok(P, N_If, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = test;
    n->l[0] = body;
    n->l[1] = orelse;
    return build_done(P, n);
}

Node *build_while(Parser *P, const Token *t, Node *test, NodeList *body, NodeList *orelse) {
    Node *n = build_if(P, t, test, body, orelse);
    if (n != NULL) {
        n->kind = N_While;
    }
    return n;
}

Node *build_for(Parser *P, const Token *t, Node *target, Node *iter, NodeList *body,
                NodeList *orelse) {
    CHECK(P);
    if (!set_context(P, target, CTX_STORE)) {
        return NULL;
    }
    Node *n = build_node_tok(P, N_For, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = target;
    n->k[1] = iter;
    n->l[0] = body;
    n->l[1] = orelse;
    return build_done(P, n);
}

Node *build_handler(Parser *P, const Token *t, Node *type, const Token *name,
                    NodeList *body) {
    Node *n = build_node_tok(P, N_ExceptHandler, t);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = type;
    n->s = name != NULL ? token_text(P, name) : NULL;
    n->l[0] = body;
    return build_done(P, n);
}

Node *build_try(Parser *P, const Token *t, NodeList *body, NodeList *handlers,
                NodeList *orelse, NodeList *finalbody) {
    Node *n = build_node_tok(P, N_Try, t);
    if (n == NULL) {
        return NULL;
    }
    n->l[0] = body;
    n->l[1] = handlers;
    n->l[2] = orelse;
    n->l[3] = finalbody;
    return build_done(P, n);
}

Node *build_withitem(Parser *P, Node *expr, Node *vars) {
    CHECK(P);
    if (vars != NULL && !set_context(P, vars, CTX_STORE)) {
        return NULL;
    }
    Node *n = build_node_at(P, N_withitem, expr);
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = expr;
    n->k[1] = vars;
    return build_done(P, n);
}

Node *build_as_item(Parser *P, Node *expr, Node *vars) {
    Node *n = build_withitem(P, expr, vars);
    if (n == NULL) {
        return NULL;
    }
    if (P->as_items == NULL) {
        P->as_items = build_list(P, NULL);
    }
    return build_append(P, P->as_items, n) != NULL ? n : NULL;
}

Node *build_with(Parser *P, const Token *t, NodeList *items, NodeList *body) {
    CHECK(P);
    // `with (a as b, c):` and `with (a, b):` hold several items in parentheses.
    Node *only = items->n == 1 && items->items[0]->k[1] == NULL ? items->items[0]->k[0] : NULL;
    if (only != NULL && (only->flags & AST_PARENS) &&
        (only->kind == N_withitem || only->kind == N_Tuple)) {
        NodeList *inner = only->kind == N_Tuple ? only->l[0] : build_list(P, only);
        items = build_list(P, NULL);
        for (int i = 0; inner != NULL && items != NULL && i < inner->n; i++) {
            Node *e = inner->items[i];
            items = build_append(P, items, e->kind == N_withitem ? e : build_withitem(P, e, NULL));
        }
        if (items == NULL) {
            return NULL;
        }
    }
    for (int i = 0; i < items->n; i++) {
        items->items[i]->flags |= AST_TAKEN;
    }
    Node *n = build_node_tok(P, N_With, t);
    if (n == NULL) {
        return NULL;
    }
    n->l[0] = items;
    n->l[1] = body;
    return build_done(P, n);
}

// ---- definitions -------------------------------------------------------------------

// Parameter kinds, in `arg.op` until `arguments_node` sorts them out.
enum { PARAM_PLAIN, PARAM_STAR, PARAM_DSTAR, PARAM_SLASH };

Node *build_param(Parser *P, const Token *t, int kind, Node *annotation, Node *dflt) {
    Node *n = build_node_tok(P, N_arg, t);
    if (n == NULL) {
        return NULL;
    }
    n->op = (uint8_t)kind;
    if (t->kind == T_NAME) {
        n->s = token_text(P, t);
    }
    n->k[0] = annotation;
    n->k[1] = dflt;
    return build_done(P, n);
}

// Sort a flat parameter list into an `arguments` node, with CPython's checks.
static Node *arguments_node(Parser *P, NodeList *params, const Token *at) {
    CHECK(P);
    Node *a = build_node_tok(P, N_arguments, at);
    if (a == NULL) {
        return NULL;
    }
    NodeList *pos = build_list(P, NULL), *kwonly = build_list(P, NULL);
    if (pos == NULL || kwonly == NULL) {
        return NULL;
    }
    bool seen_star = false, seen_slash = false, seen_default = false, bare_star = false;
    Node *star = NULL;         // the `*` parameter, once seen
    for (int i = 0; i < params->n; i++) {
        Node *p = params->items[i];
        if (a->k[1] != NULL) {
            return build_error_at(P, p, "arguments cannot follow var-keyword argument");
        }
        switch (p->op) {
        case PARAM_SLASH:
            if (seen_slash) {
                return build_error_at(P, p, "/ may appear only once");
            }
            if (seen_star) {
                return build_error_at(P, p, "/ must be ahead of *");
            }
            if (pos->n == 0) {
                return build_error_at(P, p, "at least one argument must precede /");
            }
            seen_slash = true;
            a->l[0] = pos;
            pos = build_list(P, NULL);
            if (pos == NULL) {
                return NULL;
            }
            break;
        case PARAM_STAR:
            if (seen_star) {
                return build_error_at(P, p, "* argument may appear only once");
            }
            seen_star = true;
            star = p;
            bare_star = p->s == NULL;
            if (!bare_star) {
                a->k[0] = p;
            }
            break;
        case PARAM_DSTAR:
            if (bare_star && kwonly->n == 0) {
                return build_error_at(P, star, "named arguments must follow bare *");
            }
            a->k[1] = p;
            break;
        default:
            if (seen_star) {
                if (!build_append(P, kwonly, p)) {
                    return NULL;
                }
                break;
            }
            if (p->k[1] != NULL) {
                seen_default = true;
            } else if (seen_default) {
                return build_error_at(P, p, "non-default argument follows default argument");
            }
            if (!build_append(P, pos, p)) {
                return NULL;
            }
        }
        p->op = 0;
    }
    if (bare_star && kwonly->n == 0) {
        return build_error_at(P, star, "named arguments must follow bare *");
    }
    a->l[1] = pos;
    a->l[2] = kwonly;
    return build_done(P, a);
}

Node *build_lambda(Parser *P, const Token *t, NodeList *params, Node *body) {
    Node *args = arguments_node(P, params, t);
    Node *n = args != NULL ? build_node_tok(P, N_Lambda, t) : NULL;
    if (n == NULL) {
        return NULL;
    }
    n->k[0] = args;
    n->k[1] = body;
    return build_done(P, n);
}

Node *build_funcdef(Parser *P, const Token *t, const Token *name, NodeList *params,
                    Node *returns, NodeList *body) {
    Node *args = arguments_node(P, params, t);
    Node *n = args != NULL ? build_node_tok(P, N_FunctionDef, t) : NULL;
    if (n == NULL) {
        return NULL;
    }
    n->s = token_text(P, name);
    n->k[0] = args;
    n->k[1] = returns;
    n->l[0] = body;
    return build_done(P, n);
}

Node *build_classdef(Parser *P, const Token *t, const Token *name, NodeList *args,
                     const Token *close, NodeList *body) {
    Node *n = build_node_tok(P, N_ClassDef, t);
    if (n == NULL || !split_args(P, args, close, &n->l[0], &n->l[1])) {
        return NULL;
    }
    n->s = token_text(P, name);
    n->l[2] = body;
    return build_done(P, n);
}

Node *build_decorated(Parser *P, NodeList *decorators, Node *def) {
    CHECK(P);
    def->l[def->kind == N_FunctionDef ? 1 : 3] = decorators;
    return build_done(P, def);
}

// An `x as y` in parentheses that no `with` statement took is misplaced.
static bool check_as_items(Parser *P) {
    for (int i = 0; P->as_items != NULL && i < P->as_items->n; i++) {
        Node *n = P->as_items->items[i];
        if (!(n->flags & AST_TAKEN)) {
            build_error_at(P, n, "invalid syntax");
            return false;
        }
    }
    return true;
}

Node *build_module(Parser *P, NodeList *body) {
    CHECK(P);
    if (!check_as_items(P)) {
        return NULL;
    }
    Node *n = ast_node(P->arena, N_Module, 1, 0);
    if (n == NULL) {
        return out_of_memory(P);
    }
    n->l[0] = body;
    return build_done(P, n);
}
