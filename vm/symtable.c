// vm/symtable.c — scope analysis, after CPython 3.11's Python/symtable.c.
//
// Two passes. The first walks the tree and records, per scope, how each name is used
// (SYM_* flags: assigned, read, a parameter, declared global or nonlocal, ...), in the
// order CPython's walk meets them. The second (`analyze_block`) resolves each name,
// from the module down: a name bound in a function is LOCAL; a name only read is FREE
// when an enclosing function binds it, else GLOBAL_IMPLICIT; `global` makes it
// GLOBAL_EXPLICIT; and a LOCAL that a nested scope reads turns into a CELL. A class
// body's names are not visible in the functions nested in it. Each comprehension and
// generator expression is a function scope of its own, whose parameter ".0" is the
// outermost iterable; an assignment expression inside one binds in the nearest
// enclosing function (or module). Private names (`__x` in a class) arrive already
// mangled by the compiler (`_A__x`).
//
// Invariants: `st->cur` is the scope being filled while building; every scope is
// reachable from `st->top` through `children` and registered in `st->by_node`; the
// first SyntaxError wins (`st->err`), and every visitor returns false once one is set.
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/error.h"
#include "vm/symtable.h"

// ---- NameMap -----------------------------------------------------------------------

static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u;       // FNV-1a
    for (; *s != '\0'; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

int symtable_map_find(const NameMap *m, const char *name) {
    if (m->nslots == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)m->nslots - 1;
    for (uint32_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
        int k = m->slots[i];
        if (k < 0) {
            return -1;
        }
        if (strcmp(m->keys[k], name) == 0) {
            return k;
        }
    }
}

static void map_insert_slot(NameMap *m, int k) {
    uint32_t mask = (uint32_t)m->nslots - 1;
    uint32_t i = hash_name(m->keys[k]) & mask;
    while (m->slots[i] >= 0) {
        i = (i + 1) & mask;
    }
    m->slots[i] = k;
}

// Room for one more name: the arrays and a slot table at most half full.
static bool map_reserve(NameMap *m) {
    if (m->n == m->cap) {
        int cap = m->cap == 0 ? 8 : m->cap * 2;
        const char **keys = heap_realloc(m->keys, (size_t)cap * sizeof *keys);
        if (keys == NULL) {
            return false;
        }
        m->keys = keys;
        int *values = heap_realloc(m->values, (size_t)cap * sizeof *values);
        if (values == NULL) {
            return false;
        }
        m->values = values;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > m->nslots) {
        int nslots = m->nslots == 0 ? 16 : m->nslots * 2;
        int *slots = heap_alloc((size_t)nslots * sizeof *slots);
        if (slots == NULL) {
            return false;
        }
        heap_free(m->slots);
        m->slots = slots;
        m->nslots = nslots;
        memset(slots, 0xff, (size_t)nslots * sizeof *slots);
        for (int k = 0; k < m->n; k++) {
            map_insert_slot(m, k);
        }
    }
    return true;
}

int symtable_map_add(NameMap *m, const char *name, int value) {
    int k = symtable_map_find(m, name);
    if (k >= 0) {
        return k;
    }
    if (!map_reserve(m)) {
        return -1;
    }
    k = m->n++;
    m->keys[k] = name;
    m->values[k] = value;
    map_insert_slot(m, k);
    return k;
}

int symtable_map_get(const NameMap *m, const char *name, int dflt) {
    int k = symtable_map_find(m, name);
    return k >= 0 ? m->values[k] : dflt;
}

void symtable_map_fini(NameMap *m) {
    heap_free(m->keys);
    heap_free(m->values);
    heap_free(m->slots);
    memset(m, 0, sizeof *m);
}

// Sets of names are NameMaps whose value says whether the name is in (1) or was
// taken out (0).
static bool set_add(NameMap *s, const char *name) {
    int k = symtable_map_add(s, name, 1);
    if (k < 0) {
        return false;
    }
    s->values[k] = 1;
    return true;
}

static bool set_has(const NameMap *s, const char *name) {
    return s != NULL && symtable_map_get(s, name, 0) != 0;
}

// Take `name` out of `s`; true when it was in.
static bool set_discard(NameMap *s, const char *name) {
    int k = symtable_map_find(s, name);
    if (k < 0 || s->values[k] == 0) {
        return false;
    }
    s->values[k] = 0;
    return true;
}

static bool set_union(NameMap *dst, const NameMap *src) {
    for (int i = 0; i < src->n; i++) {
        if (src->values[i] != 0 && !set_add(dst, src->keys[i])) {
            return false;
        }
    }
    return true;
}

// ---- errors, scopes, the node map -----------------------------------------------------

struct PtrEntry {
    const Node *node;
    Scope *scope;
};

static bool fail(SymTable *st, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool fail(SymTable *st, int line, int col, const char *fmt, ...) {
    if (st->err->kind == ERR_NONE && !st->failed) {
        char msg[sizeof st->err->msg];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        lex_error(st->err, ERR_SYNTAX, line, col, -1, "%s", msg);
    }
    return false;
}

static bool no_memory(SymTable *st) {
    if (!st->failed) {
        st->failed = true;
        err_no_memory();
    }
    return false;
}

static uint32_t hash_ptr(const void *p) {
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B1u;
    return (uint32_t)(v ^ (v >> 15));
}

static bool register_node(SymTable *st, const Node *node, Scope *s) {
    if ((st->nby_node + 1) * 2 > st->cap_by_node) {
        int cap = st->cap_by_node == 0 ? 64 : st->cap_by_node * 2;
        PtrEntry *t = heap_calloc((size_t)cap * sizeof *t);
        if (t == NULL) {
            return false;
        }
        for (int i = 0; i < st->cap_by_node; i++) {
            const PtrEntry *e = &st->by_node[i];
            if (e->node != NULL) {
                uint32_t j = hash_ptr(e->node) & (uint32_t)(cap - 1);
                while (t[j].node != NULL) {
                    j = (j + 1) & (uint32_t)(cap - 1);
                }
                t[j] = *e;
            }
        }
        heap_free(st->by_node);
        st->by_node = t;
        st->cap_by_node = cap;
    }
    uint32_t mask = (uint32_t)st->cap_by_node - 1;
    uint32_t j = hash_ptr(node) & mask;
    while (st->by_node[j].node != NULL) {
        j = (j + 1) & mask;
    }
    st->by_node[j].node = node;
    st->by_node[j].scope = s;
    st->nby_node++;
    return true;
}

Scope *symtable_scope_of(const SymTable *st, const Node *node) {
    if (st->cap_by_node == 0) {
        return NULL;
    }
    uint32_t mask = (uint32_t)st->cap_by_node - 1;
    for (uint32_t j = hash_ptr(node) & mask; st->by_node[j].node != NULL; j = (j + 1) & mask) {
        if (st->by_node[j].node == node) {
            return st->by_node[j].scope;
        }
    }
    return NULL;
}

static void scope_free(Scope *s) {
    for (int i = 0; i < s->nchildren; i++) {
        scope_free(s->children[i]);
    }
    heap_free(s->children);
    symtable_map_fini(&s->symbols);
    symtable_map_fini(&s->params);
    symtable_map_fini(&s->directives);
    heap_free(s->dir_pos);
    heap_free(s);
}

// Open a new scope for `node` inside the current one and make it current.
static bool enter_scope(SymTable *st, ScopeKind kind, const char *name, Node *node) {
    Scope *s = heap_calloc(sizeof *s);
    if (s == NULL) {
        return no_memory(st);
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = st->cur;
    Scope *p = st->cur;
    if (p != NULL) {
        s->nested = p->nested || p->kind == SCOPE_FUNCTION;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren == 0 ? 4 : p->capchildren * 2;
            Scope **children = heap_realloc(p->children, (size_t)cap * sizeof *children);
            if (children == NULL) {
                scope_free(s);
                return no_memory(st);
            }
            p->children = children;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
    } else {
        st->top = s;
    }
    st->cur = s;
    if (!register_node(st, node, s)) {
        return no_memory(st);
    }
    return true;
}

static void exit_scope(SymTable *st) {
    st->cur = st->cur->parent;
}

int symtable_name_flags(const Scope *s, const char *name) {
    return symtable_map_get(&s->symbols, name, 0) & ((1 << SYM_SCOPE_SHIFT) - 1);
}

int symtable_name_scope(const Scope *s, const char *name) {
    return (symtable_map_get(&s->symbols, name, 0) >> SYM_SCOPE_SHIFT) & 7;
}

// ---- recording uses -------------------------------------------------------------------

// Record that `name` is used as `flag` in scope `s` (CPython's symtable_add_def_helper).
static bool add_def_in(SymTable *st, Scope *s, const char *name, int flag, int line, int col) {
    int k = symtable_map_find(&s->symbols, name);
    int val = flag;
    if (k >= 0) {
        int old = s->symbols.values[k];
        if ((flag & SYM_PARAM) && (old & SYM_PARAM)) {
            return fail(st, line, col, "duplicate argument '%s' in function definition", name);
        }
        val |= old;
    }
    if (s->comp_iter_target) {
        if (val & (SYM_GLOBAL | SYM_NONLOCAL)) {
            return fail(st, line, col, "comprehension inner loop cannot rebind assignment "
                                       "expression target '%s'", name);
        }
        val |= SYM_COMP_ITER;
    }
    if (k < 0) {
        k = symtable_map_add(&s->symbols, name, val);
        if (k < 0) {
            return no_memory(st);
        }
    }
    s->symbols.values[k] = val;
    if (flag & SYM_PARAM) {
        if (symtable_map_add(&s->params, name, 0) < 0) {
            return no_memory(st);
        }
    } else if (flag & SYM_GLOBAL) {
        // The module's table learns of every `global` name (CPython's st_global).
        Scope *top = st->top;
        int g = symtable_map_find(&top->symbols, name);
        if (g < 0) {
            g = symtable_map_add(&top->symbols, name, 0);
            if (g < 0) {
                return no_memory(st);
            }
        }
        top->symbols.values[g] |= flag;
    }
    return true;
}

// The name a def or class statement binds: its private form (`_A__f` for `__f` in
// class A, which the compiler keeps in `s2`) or its name.
static const char *bound_name(const Node *s) {
    return s->s2 != NULL ? s->s2 : s->s;
}

static bool add_def(SymTable *st, const char *name, int flag, const Node *at) {
    return add_def_in(st, st->cur, name, flag, at->line, at->col);
}

// Remember where `name` was first declared global or nonlocal, for later errors.
static bool record_directive(SymTable *st, const char *name, const Node *at) {
    Scope *s = st->cur;
    if (symtable_map_find(&s->directives, name) >= 0) {
        return true;
    }
    int k = symtable_map_add(&s->directives, name, 0);
    if (k < 0) {
        return no_memory(st);
    }
    int *pos = heap_realloc(s->dir_pos, (size_t)(k + 1) * 2 * sizeof *pos);
    if (pos == NULL) {
        return no_memory(st);
    }
    s->dir_pos = pos;
    pos[2 * k] = at->line;
    pos[2 * k + 1] = at->col;
    return true;
}

static bool visit_expr(SymTable *st, Node *e);
static bool visit_stmt(SymTable *st, Node *s);

static bool visit_stmts(SymTable *st, NodeList *l) {
    for (int i = 0; l != NULL && i < l->n; i++) {
        if (!visit_stmt(st, l->items[i])) {
            return false;
        }
    }
    return true;
}

// Visit a list of expressions; NULL items (the keys of `**` in a dict) are skipped.
static bool visit_exprs(SymTable *st, NodeList *l) {
    for (int i = 0; l != NULL && i < l->n; i++) {
        if (l->items[i] != NULL && !visit_expr(st, l->items[i])) {
            return false;
        }
    }
    return true;
}

static bool visit_opt(SymTable *st, Node *e) {
    return e == NULL || visit_expr(st, e);
}

// The default values of `args` (an `arguments` node), evaluated where the function is
// defined: positional ones, then keyword-only ones.
static bool visit_defaults(SymTable *st, Node *args) {
    for (int li = 0; li < 3; li++) {
        NodeList *l = args->l[li];
        for (int i = 0; l != NULL && i < l->n; i++) {
            if (!visit_opt(st, l->items[i]->k[1])) {
                return false;
            }
        }
    }
    return true;
}

static bool visit_params(SymTable *st, NodeList *l) {
    for (int i = 0; l != NULL && i < l->n; i++) {
        if (!add_def(st, l->items[i]->s, SYM_PARAM, l->items[i])) {
            return false;
        }
    }
    return true;
}

// Parameters, in slot order: positional-only, positional, keyword-only, *args, **kwargs.
static bool visit_arguments(SymTable *st, Node *a) {
    if (!visit_params(st, a->l[0]) || !visit_params(st, a->l[1]) ||
        !visit_params(st, a->l[2])) {
        return false;
    }
    if (a->k[0] != NULL) {
        if (!add_def(st, a->k[0]->s, SYM_PARAM, a->k[0])) {
            return false;
        }
        st->cur->varargs = true;
    }
    if (a->k[1] != NULL) {
        if (!add_def(st, a->k[1]->s, SYM_PARAM, a->k[1])) {
            return false;
        }
        st->cur->varkeywords = true;
    }
    return true;
}

// The name an import binds: the asname, else the first part of a dotted name.
static bool visit_alias(SymTable *st, Node *a) {
    const char *name = a->s2 != NULL ? a->s2 : a->s;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE) {
            return fail(st, a->line, a->col, "import * only allowed at module level");
        }
        return true;
    }
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        name = ast_strdup(&st->arena, name, (size_t)(dot - name));
        if (name == NULL) {
            return no_memory(st);
        }
    }
    return add_def(st, name, SYM_IMPORT, a);
}

static bool visit_global(SymTable *st, Node *s) {
    bool global = s->kind == N_Global;
    for (int i = 0; i < s->l[0]->n; i++) {
        const char *name = s->l[0]->items[i]->s;
        int cur = symtable_name_flags(st->cur, name);
        if (cur & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
            const char *what = global ? "global" : "nonlocal";
            if (cur & SYM_PARAM) {
                return fail(st, s->line, s->col, "name '%s' is parameter and %s", name, what);
            }
            if (cur & SYM_USE) {
                return fail(st, s->line, s->col, "name '%s' is used prior to %s declaration",
                            name, what);
            }
            if (cur & SYM_ANNOT) {
                return fail(st, s->line, s->col, "annotated name '%s' can't be %s", name, what);
            }
            return fail(st, s->line, s->col, "name '%s' is assigned to before %s declaration",
                        name, what);
        }
        if (!add_def(st, name, global ? SYM_GLOBAL : SYM_NONLOCAL, s) ||
            !record_directive(st, name, s)) {
            return false;
        }
    }
    return true;
}

static bool visit_annassign(SymTable *st, Node *s) {
    Node *target = s->k[0];
    if (target->kind == N_Name) {
        int cur = symtable_name_flags(st->cur, target->s);
        if ((cur & (SYM_GLOBAL | SYM_NONLOCAL)) && st->cur != st->top && s->op) {
            return fail(st, s->line, s->col, "annotated name '%s' can't be %s", target->s,
                        (cur & SYM_GLOBAL) ? "global" : "nonlocal");
        }
        if (s->op) {
            if (!add_def(st, target->s, SYM_ANNOT | SYM_LOCAL, target)) {
                return false;
            }
        } else if (s->k[2] != NULL && !add_def(st, target->s, SYM_LOCAL, target)) {
            return false;
        }
    } else if (!visit_expr(st, target)) {
        return false;
    }
    // The annotation itself is not compiled (see compile.c), so it binds nothing.
    return visit_opt(st, s->k[2]);
}

static bool visit_stmt(SymTable *st, Node *s) {
    switch (s->kind) {
    case N_FunctionDef:
        if (!add_def(st, bound_name(s), SYM_LOCAL, s) || !visit_defaults(st, s->k[0]) ||
            !visit_exprs(st, s->l[1])) {
            return false;
        }
        if (!enter_scope(st, SCOPE_FUNCTION, s->s, s) || !visit_arguments(st, s->k[0]) ||
            !visit_stmts(st, s->l[0])) {
            return false;
        }
        exit_scope(st);
        return true;
    case N_ClassDef:
        if (!add_def(st, bound_name(s), SYM_LOCAL, s) || !visit_exprs(st, s->l[0])) {
            return false;
        }
        for (int i = 0; s->l[1] != NULL && i < s->l[1]->n; i++) {
            if (!visit_expr(st, s->l[1]->items[i]->k[0])) {
                return false;
            }
        }
        if (!visit_exprs(st, s->l[3]) || !enter_scope(st, SCOPE_CLASS, s->s, s) ||
            !visit_stmts(st, s->l[2])) {
            return false;
        }
        exit_scope(st);
        return true;
    case N_Return:
        return visit_opt(st, s->k[0]);
    case N_Delete:
        return visit_exprs(st, s->l[0]);
    case N_Assign:
        return visit_exprs(st, s->l[0]) && visit_expr(st, s->k[0]);
    case N_AugAssign:
        return visit_expr(st, s->k[0]) && visit_expr(st, s->k[1]);
    case N_AnnAssign:
        return visit_annassign(st, s);
    case N_For:
        return visit_expr(st, s->k[0]) && visit_expr(st, s->k[1]) &&
               visit_stmts(st, s->l[0]) && visit_stmts(st, s->l[1]);
    case N_While:
    case N_If:
        return visit_expr(st, s->k[0]) && visit_stmts(st, s->l[0]) &&
               visit_stmts(st, s->l[1]);
    case N_With:
        for (int i = 0; i < s->l[0]->n; i++) {
            Node *item = s->l[0]->items[i];
            if (!visit_expr(st, item->k[0]) || !visit_opt(st, item->k[1])) {
                return false;
            }
        }
        return visit_stmts(st, s->l[1]);
    case N_Raise:
        return visit_opt(st, s->k[0]) && visit_opt(st, s->k[1]);
    case N_Try:
        if (!visit_stmts(st, s->l[0]) || !visit_stmts(st, s->l[2])) {
            return false;
        }
        for (int i = 0; s->l[1] != NULL && i < s->l[1]->n; i++) {
            Node *h = s->l[1]->items[i];
            if (!visit_opt(st, h->k[0])) {
                return false;
            }
            if (h->s != NULL && !add_def(st, h->s, SYM_LOCAL, h)) {
                return false;
            }
            if (!visit_stmts(st, h->l[0])) {
                return false;
            }
        }
        return visit_stmts(st, s->l[3]);
    case N_Assert:
        return visit_expr(st, s->k[0]) && visit_opt(st, s->k[1]);
    case N_Import:
    case N_ImportFrom:
        for (int i = 0; i < s->l[0]->n; i++) {
            if (!visit_alias(st, s->l[0]->items[i])) {
                return false;
            }
        }
        return true;
    case N_Global:
    case N_Nonlocal:
        return visit_global(st, s);
    case N_Expr:
        return visit_expr(st, s->k[0]);
    default:    // Pass, Break, Continue
        return true;
    }
}

// An assignment expression in a comprehension binds in the nearest enclosing function
// or module scope (PEP 572): there it is local (or global), in the comprehensions
// between it is nonlocal.
static bool extend_namedexpr_scope(SymTable *st, Node *target) {
    const char *name = target->s;
    for (Scope *s = st->cur; s != NULL; s = s->parent) {
        if (s->comprehension) {
            if (symtable_name_flags(s, name) & SYM_COMP_ITER) {
                return fail(st, target->line, target->col, "assignment expression cannot "
                            "rebind comprehension iteration variable '%s'", name);
            }
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            int flag = (symtable_name_flags(s, name) & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL;
            return add_def(st, name, flag, target) && record_directive(st, name, target) &&
                   add_def_in(st, s, name, SYM_LOCAL, target->line, target->col);
        }
        if (s->kind == SCOPE_MODULE) {
            return add_def(st, name, SYM_GLOBAL, target) &&
                   record_directive(st, name, target) &&
                   add_def_in(st, s, name, SYM_GLOBAL, target->line, target->col);
        }
        return fail(st, target->line, target->col, "assignment expression within a "
                    "comprehension cannot be used in a class body");
    }
    return true;
}

static bool visit_namedexpr(SymTable *st, Node *e) {
    if (st->cur->comp_iter_expr > 0) {
        return fail(st, e->line, e->col, "assignment expression cannot be used in a "
                    "comprehension iterable expression");
    }
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->k[0])) {
        return false;
    }
    return visit_expr(st, e->k[1]) && visit_expr(st, e->k[0]);
}

// One `for ... in ... if ...` clause after the first.
static bool visit_comprehension(SymTable *st, Node *gen) {
    st->cur->comp_iter_target = true;
    bool ok = visit_expr(st, gen->k[0]);
    st->cur->comp_iter_target = false;
    if (!ok) {
        return false;
    }
    st->cur->comp_iter_expr++;
    ok = visit_expr(st, gen->k[1]);
    st->cur->comp_iter_expr--;
    return ok && visit_exprs(st, gen->l[0]);
}

static const char *comp_scope_name(int kind) {
    switch (kind) {
    case N_ListComp: return "listcomp";
    case N_SetComp: return "setcomp";
    case N_DictComp: return "dictcomp";
    default: return "genexpr";
    }
}

// A comprehension: its outermost iterable belongs to the enclosing scope, the rest
// to a new function scope whose parameter ".0" receives that iterable's iterator.
static bool visit_comp(SymTable *st, Node *e) {
    Node *first = e->l[0]->items[0];
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, first->k[1]);
    st->cur->comp_iter_expr--;
    if (!ok || !enter_scope(st, SCOPE_FUNCTION, comp_scope_name(e->kind), e)) {
        return false;
    }
    st->cur->comprehension = e->kind;
    if (!add_def(st, ".0", SYM_PARAM, e)) {
        return false;
    }
    st->cur->comp_iter_target = true;
    ok = visit_expr(st, first->k[0]);
    st->cur->comp_iter_target = false;
    if (!ok || !visit_exprs(st, first->l[0])) {
        return false;
    }
    for (int i = 1; i < e->l[0]->n; i++) {
        if (!visit_comprehension(st, e->l[0]->items[i])) {
            return false;
        }
    }
    if (e->kind == N_DictComp && !visit_expr(st, e->k[1])) {
        return false;
    }
    if (!visit_expr(st, e->k[0])) {
        return false;
    }
    st->cur->generator = e->kind == N_GeneratorExp;
    exit_scope(st);
    return true;
}

static bool visit_yield(SymTable *st, Node *e) {
    if (!visit_opt(st, e->k[0])) {
        return false;
    }
    st->cur->generator = true;
    switch (st->cur->comprehension) {
    case N_ListComp:
        return fail(st, e->line, e->col, "'yield' inside list comprehension");
    case N_SetComp:
        return fail(st, e->line, e->col, "'yield' inside set comprehension");
    case N_DictComp:
        return fail(st, e->line, e->col, "'yield' inside dict comprehension");
    case N_GeneratorExp:
        return fail(st, e->line, e->col, "'yield' inside generator expression");
    default:
        return true;
    }
}

static bool visit_expr(SymTable *st, Node *e) {
    switch (e->kind) {
    case N_NamedExpr:
        return visit_namedexpr(st, e);
    case N_BoolOp:
    case N_Set:
    case N_JoinedStr:
    case N_List:
    case N_Tuple:
        return visit_exprs(st, e->l[0]);
    case N_BinOp:
        return visit_expr(st, e->k[0]) && visit_expr(st, e->k[1]);
    case N_UnaryOp:
    case N_Attribute:
    case N_Starred:
        return visit_expr(st, e->k[0]);
    case N_Lambda:
        if (!visit_defaults(st, e->k[0]) || !enter_scope(st, SCOPE_FUNCTION, "lambda", e) ||
            !visit_arguments(st, e->k[0]) || !visit_expr(st, e->k[1])) {
            return false;
        }
        exit_scope(st);
        return true;
    case N_IfExp:
    case N_Slice:
        return visit_opt(st, e->k[0]) && visit_opt(st, e->k[1]) && visit_opt(st, e->k[2]);
    case N_Dict:
        return visit_exprs(st, e->l[0]) && visit_exprs(st, e->l[1]);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp:
        return visit_comp(st, e);
    case N_Yield:
    case N_YieldFrom:
        return visit_yield(st, e);
    case N_Compare:
        return visit_expr(st, e->k[0]) && visit_exprs(st, e->l[0]);
    case N_Call:
        if (!visit_expr(st, e->k[0]) || !visit_exprs(st, e->l[0])) {
            return false;
        }
        for (int i = 0; e->l[1] != NULL && i < e->l[1]->n; i++) {
            if (!visit_expr(st, e->l[1]->items[i]->k[0])) {
                return false;
            }
        }
        return true;
    case N_FormattedValue:
    case N_Subscript:
        return visit_expr(st, e->k[0]) && visit_opt(st, e->k[1]);
    case N_Name:
        if (!add_def(st, e->s, e->op == CTX_LOAD ? SYM_USE : SYM_LOCAL, e)) {
            return false;
        }
        // `super` counts as a use of `__class__` (zero-argument super()).
        if (e->op == CTX_LOAD && st->cur->kind == SCOPE_FUNCTION &&
            strcmp(e->s, "super") == 0) {
            return add_def(st, "__class__", SYM_USE, e);
        }
        return true;
    default:    // Constant
        return true;
    }
}

// ---- resolution -----------------------------------------------------------------------

// The SyntaxError `msg` at the first global/nonlocal declaration of `name` in `s`.
static bool fail_at_directive(SymTable *st, Scope *s, const char *name, const char *msg) {
    int k = symtable_map_find(&s->directives, name);
    int line = k >= 0 ? s->dir_pos[2 * k] : 0, col = k >= 0 ? s->dir_pos[2 * k + 1] : 0;
    return fail(st, line, col, "%s", msg);
}

static bool analyze_name(SymTable *st, Scope *s, NameMap *scopes, const char *name, int flags,
                         NameMap *bound, NameMap *local, NameMap *free, NameMap *global) {
    int sc;
    char msg[sizeof st->err->msg];
    if (flags & SYM_GLOBAL) {
        if (flags & SYM_NONLOCAL) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", name);
            return fail_at_directive(st, s, name, msg);
        }
        sc = SC_GLOBAL_EXPLICIT;
        if (!set_add(global, name)) {
            return no_memory(st);
        }
        if (bound != NULL) {
            set_discard(bound, name);
        }
    } else if (flags & SYM_NONLOCAL) {
        if (bound == NULL) {
            return fail_at_directive(st, s, name,
                                     "nonlocal declaration not allowed at module level");
        }
        if (!set_has(bound, name)) {
            snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", name);
            return fail_at_directive(st, s, name, msg);
        }
        sc = SC_FREE;
        s->free = true;
        if (!set_add(free, name)) {
            return no_memory(st);
        }
    } else if (flags & SYM_BOUND) {
        sc = SC_LOCAL;
        if (!set_add(local, name)) {
            return no_memory(st);
        }
        set_discard(global, name);
    } else if (set_has(bound, name)) {
        sc = SC_FREE;
        s->free = true;
        if (!set_add(free, name)) {
            return no_memory(st);
        }
    } else {
        if (!set_has(global, name) && s->nested) {
            s->free = true;
        }
        sc = SC_GLOBAL_IMPLICIT;
    }
    if (symtable_map_add(scopes, name, sc) < 0) {
        return no_memory(st);
    }
    return true;
}

// Locals that a nested scope uses become cells; they are no longer free above.
static void analyze_cells(NameMap *scopes, NameMap *free) {
    for (int i = 0; i < scopes->n; i++) {
        if (scopes->values[i] == SC_LOCAL && set_discard(free, scopes->keys[i])) {
            scopes->values[i] = SC_CELL;
        }
    }
}

// Store the resolved scopes into the symbols, and add the names that are free in
// nested scopes and pass through this one.
static bool update_symbols(SymTable *st, Scope *s, NameMap *scopes, NameMap *bound,
                           NameMap *free) {
    for (int i = 0; i < s->symbols.n; i++) {
        int sc = symtable_map_get(scopes, s->symbols.keys[i], SC_NONE);
        s->symbols.values[i] |= sc << SYM_SCOPE_SHIFT;
    }
    for (int i = 0; i < free->n; i++) {
        if (free->values[i] == 0) {
            continue;
        }
        const char *name = free->keys[i];
        int k = symtable_map_find(&s->symbols, name);
        if (k >= 0) {
            // A method's free variable that the class body binds as well.
            if (s->kind == SCOPE_CLASS && (s->symbols.values[k] & (SYM_BOUND | SYM_GLOBAL))) {
                s->symbols.values[k] |= SYM_FREE_CLASS;
            }
            continue;
        }
        if (bound != NULL && !set_has(bound, name)) {
            continue;   // a global
        }
        if (symtable_map_add(&s->symbols, name, SC_FREE << SYM_SCOPE_SHIFT) < 0) {
            return no_memory(st);
        }
    }
    return true;
}

static bool analyze_block(SymTable *st, Scope *s, NameMap *bound, NameMap *free,
                          NameMap *global);

// Analyze a nested scope with copies of the sets, so that its findings do not leak
// into its siblings; collect its free names into `child_free`.
static bool analyze_child(SymTable *st, Scope *c, NameMap *bound, NameMap *free,
                          NameMap *global, NameMap *child_free) {
    NameMap tbound = {0}, tfree = {0}, tglobal = {0};
    bool ok = (set_union(&tbound, bound) && set_union(&tfree, free) &&
               set_union(&tglobal, global)) || no_memory(st);
    ok = ok && analyze_block(st, c, &tbound, &tfree, &tglobal);
    ok = ok && (set_union(child_free, &tfree) || no_memory(st));
    symtable_map_fini(&tbound);
    symtable_map_fini(&tfree);
    symtable_map_fini(&tglobal);
    return ok;
}

// Resolve the names of `s`: `bound` holds the names bound in enclosing functions (NULL
// at module level), `global` the names known global; `free` receives the names that
// stay free in `s`.
static bool analyze_block(SymTable *st, Scope *s, NameMap *bound, NameMap *free,
                          NameMap *global) {
    NameMap local = {0}, scopes = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    NameMap allfree = {0};
    bool ok = true;
    if (s->kind == SCOPE_CLASS) {
        // A class body's names are not visible in its methods.
        ok = (set_union(&newglobal, global) && (bound == NULL || set_union(&newbound, bound)))
             || no_memory(st);
    }
    for (int i = 0; ok && i < s->symbols.n; i++) {
        ok = analyze_name(st, s, &scopes, s->symbols.keys[i], s->symbols.values[i], bound,
                          &local, free, global);
    }
    if (ok && s->kind != SCOPE_CLASS) {
        ok = ((s->kind != SCOPE_FUNCTION || set_union(&newbound, &local)) &&
              (bound == NULL || set_union(&newbound, bound)) &&
              set_union(&newglobal, global)) || no_memory(st);
    } else if (ok) {
        ok = set_add(&newbound, "__class__") || no_memory(st);
    }
    for (int i = 0; ok && i < s->nchildren; i++) {
        Scope *c = s->children[i];
        ok = analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree);
        s->child_free |= c->free || c->child_free;
    }
    ok = ok && (set_union(&newfree, &allfree) || no_memory(st));
    if (ok && s->kind == SCOPE_FUNCTION) {
        analyze_cells(&scopes, &newfree);
    } else if (ok && s->kind == SCOPE_CLASS) {
        s->needs_class_closure = set_discard(&newfree, "__class__");
    }
    ok = ok && update_symbols(st, s, &scopes, bound, &newfree);
    ok = ok && (set_union(free, &newfree) || no_memory(st));
    symtable_map_fini(&local);
    symtable_map_fini(&scopes);
    symtable_map_fini(&newglobal);
    symtable_map_fini(&newfree);
    symtable_map_fini(&newbound);
    symtable_map_fini(&allfree);
    return ok;
}

// ---- entry points ---------------------------------------------------------------------

int symtable_build(SymTable *st, Node *mod, SyntaxErr *err) {
    memset(st, 0, sizeof *st);
    ast_arena_init(&st->arena);
    st->err = err;
    if (!enter_scope(st, SCOPE_MODULE, "top", mod) || !visit_stmts(st, mod->l[0])) {
        return -1;
    }
    NameMap free = {0}, global = {0};
    bool ok = analyze_block(st, st->top, NULL, &free, &global);
    symtable_map_fini(&free);
    symtable_map_fini(&global);
    return ok ? 0 : -1;
}

void symtable_fini(SymTable *st) {
    if (st->top != NULL) {
        scope_free(st->top);
    }
    heap_free(st->by_node);
    ast_arena_fini(&st->arena);
    memset(st, 0, sizeof *st);
}
