// grammar/ast.c — the arena, the node builders and `--ast`'s printer.
//
// The arena hands out memory in chunks of at least 64 KiB and frees them all together,
// so the parser never frees a node and no error path can leak one (SQLite's parse
// context does the same with its lookaside). The printer is driven by the field lists
// of `NODES` in ast.h.
#include <stdlib.h>
#include <string.h>

#include "grammar/ast.h"

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;
    _Alignas(16) char data[];
};

#define CHUNK_MIN (64 * 1024)

void ast_arena_init(Arena *a) {
    memset(a, 0, sizeof *a);
}

void ast_arena_fini(Arena *a) {
    ArenaChunk *c = a->chunks;
    while (c != NULL) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    memset(a, 0, sizeof *a);
}

void *ast_alloc(Arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->next) < n) {
        size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
        ArenaChunk *c = malloc(sizeof *c + size);
        if (c == NULL) {
            return NULL;
        }
        c->next = a->chunks;
        c->size = size;
        a->chunks = c;
        a->next = c->data;
        a->end = c->data + size;
        a->total += size;
    }
    void *p = a->next;
    a->next += n;
    memset(p, 0, n);
    return p;
}

char *ast_strdup(Arena *a, const char *s, size_t n) {
    char *p = ast_alloc(a, n + 1);
    if (p != NULL) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

Node *ast_node(Arena *a, NodeKind kind, int line, int col) {
    Node *n = ast_alloc(a, sizeof *n);
    if (n != NULL) {
        n->kind = (uint8_t)kind;
        n->line = line;
        n->col = col;
        n->depth = 1;
    }
    return n;
}

bool ast_fix_depth(Node *n) {
    int d = 0;
    for (int i = 0; i < 3; i++) {
        if (n->k[i] != NULL && n->k[i]->depth > d) {
            d = n->k[i]->depth;
        }
    }
    for (int i = 0; i < 4; i++) {
        NodeList *l = n->l[i];
        for (int j = 0; l != NULL && j < l->n; j++) {
            if (l->items[j] != NULL && l->items[j]->depth > d) {
                d = l->items[j]->depth;
            }
        }
    }
    n->depth = d + 1;
    return n->depth <= AST_MAX_DEPTH;
}

NodeList *ast_list(Arena *a) {
    return ast_alloc(a, sizeof(NodeList));
}

bool ast_list_append(Arena *a, NodeList *l, Node *n) {
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = ast_alloc(a, (size_t)cap * sizeof *items);
        if (items == NULL) {
            return false;
        }
        if (l->n > 0) {
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = n;
    return true;
}

static const char *const kind_names[N_COUNT] = {
#define X(kind, fields) #kind,
    NODES(X)
#undef X
};

static const char *const kind_fields[N_COUNT] = {
#define X(kind, fields) fields,
    NODES(X)
#undef X
};

const char *ast_kind_name(int kind) {
    return kind >= 0 && kind < N_COUNT ? kind_names[kind] : "?";
}

// ---- the printer -------------------------------------------------------------------

static const char *const ctx_names[] = {"Load", "Store", "Del"};
static const char *const const_names[] = {
    "None", "True", "False", "Ellipsis", "int", "float", "imag", "str", "bytes"};
static const char *const binop_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv"};
static const char *const unop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const boolop_names[] = {"And", "Or"};
static const char *const cmpop_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};

// The printed name of `n->op`, by `n`'s kind.
static void print_op(FILE *f, const Node *n) {
    switch (n->kind) {
    case N_Name: case N_Attribute: case N_Subscript: case N_Starred: case N_List:
    case N_Tuple:
        fputs(ctx_names[n->op], f);
        break;
    case N_Constant:
        fputs(const_names[n->op], f);
        break;
    case N_BinOp: case N_AugAssign:
        fputs(binop_names[n->op], f);
        break;
    case N_UnaryOp:
        fputs(unop_names[n->op], f);
        break;
    case N_BoolOp:
        fputs(boolop_names[n->op], f);
        break;
    case N_Compare:
        for (int i = 0; i < n->l[0]->n; i++) {
            fprintf(f, "%s%s", i ? "," : "", cmpop_names[n->ops[i]]);
        }
        break;
    case N_FormattedValue:
        if (n->op) {
            fprintf(f, "!%c", n->op);
        } else {
            fputs("none", f);
        }
        break;
    default:
        fprintf(f, "%d", n->op);
        break;
    }
}

// A string in Python's repr style, bytes shown as \xNN, so that the dump is one line.
static void print_str(FILE *f, const char *s, size_t len, bool bytes) {
    if (bytes) {
        fputc('b', f);
    }
    fputc('\'', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\'': fputs("\\'", f); break;
        default:
            if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
                fprintf(f, "\\x%02x", c);
            } else {
                fputc(c, f);
            }
        }
    }
    fputc('\'', f);
}

// One field spec "slot:name" from `*spec`, advancing it; false at the end.
static bool next_field(const char **spec, char *slot, char *name) {
    const char *p = *spec;
    while (*p == ' ') {
        p++;
    }
    if (*p == '\0') {
        return false;
    }
    size_t i = 0;
    while (*p != ':') {
        slot[i++] = *p++;
    }
    slot[i] = '\0';
    p++;
    i = 0;
    while (*p != ' ' && *p != '\0') {
        name[i++] = *p++;
    }
    name[i] = '\0';
    *spec = p;
    return true;
}

static void dump(FILE *f, const Node *n, int indent, const char *label);

// The scalar fields of `n` on its own line, then its children, indented.
static void dump(FILE *f, const Node *n, int indent, const char *label) {
    fprintf(f, "%*s", indent, "");
    if (label != NULL) {
        fprintf(f, "%s: ", label);
    }
    if (n == NULL) {
        fputs("None\n", f);
        return;
    }
    fputs(kind_names[n->kind], f);
    char slot[8], name[32];
    const char *spec = kind_fields[n->kind];
    while (next_field(&spec, slot, name)) {
        if (strcmp(slot, "op") == 0) {
            if (n->kind == N_AnnAssign || n->kind == N_ImportFrom) {
                fprintf(f, " %s=%d", name, n->op);
            } else {
                fprintf(f, " %s=", name);
                print_op(f, n);
            }
        } else if (slot[0] == 's') {
            const char *s = slot[1] == '2' ? n->s2 : n->s;
            if (s == NULL) {
                continue;
            }
            fprintf(f, " %s=", name);
            if (n->kind == N_Constant && (n->op == CONST_STR || n->op == CONST_BYTES)) {
                print_str(f, s, n->len, n->op == CONST_BYTES);
            } else if (n->kind == N_Constant) {
                fputs(s, f);
            } else {
                print_str(f, s, strlen(s), false);
            }
        }
    }
    if (n->kind != N_Module && n->kind != N_arguments && n->kind != N_comprehension) {
        fprintf(f, " @%d:%d", n->line, n->col);
    }
    fputc('\n', f);
    spec = kind_fields[n->kind];
    while (next_field(&spec, slot, name)) {
        if (slot[0] == 'k') {
            const Node *kid = n->k[slot[1] - '0'];
            if (kid != NULL) {
                dump(f, kid, indent + 2, name);
            }
        } else if (slot[0] == 'l') {
            const NodeList *l = n->l[slot[1] - '0'];
            if (l == NULL || l->n == 0) {
                continue;
            }
            fprintf(f, "%*s%s:\n", indent + 2, "", name);
            for (int i = 0; i < l->n; i++) {
                dump(f, l->items[i], indent + 4, NULL);
            }
        }
    }
}

void ast_dump(FILE *f, const Node *n) {
    dump(f, n, 0, NULL);
}
