// vm/dis.c — the disassembler behind `adder --dis`: a readable listing of a code
// object and of every code object among its constants, recursively.
//
// The layout follows CPython's `dis` module: the source line where it changes (with
// a blank line before it), `>>` on jump and handler targets, the instruction index,
// the opcode name, the argument and, in parentheses, what it means. Indexes count
// 16-bit instruction words, EXTENDED_ARG prefixes included, where CPython counts
// bytes. Headers name code objects without their address so that the output is
// stable: `Disassembly of <code f, file "x.py", line 3>:`.
#include <stdio.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/opcodes.h"

static const char *const nb_symbols[NB_COUNT] = {
#define X(name, sym, dunder) [name] = sym,
    NB_OPS(X)
#undef X
};

static const char *const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static void print_code_name(FILE *f, CodeObject *co) {
    fprintf(f, "<code %s, file \"%s\", line %d>", str_data(co->name), str_data(co->filename),
            co->firstlineno);
}

static bool is_jump(int op) {
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

// Instructions whose argument means nothing: no argument is printed for them.
static bool takes_no_arg(int op) {
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_BINARY_SUBSCR:
    case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_GET_ITER:
    case OP_RETURN_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_LIST_TO_TUPLE:
    case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_PRINT_EXPR: case OP_LOAD_BUILD_CLASS:
        return true;
    default:
        return false;
    }
}

static bool uses_name(int op) {
    switch (op) {
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return true;
    default:
        return false;
    }
}

static bool uses_slot(int op) {
    switch (op) {
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL:
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        return true;
    default:
        return false;
    }
}

// What argument `arg` of `op` means, printed in parentheses.
static void print_meaning(FILE *f, CodeObject *co, int op, int arg) {
    if (op == OP_LOAD_CONST && arg < tuple_size(co->consts)) {
        Object *k = tuple_item_borrow(co->consts, arg);
        if (code_check(k)) {
            fputs(" (", f);
            print_code_name(f, (CodeObject *)k);
            fputc(')', f);
            return;
        }
        Object *r = obj_repr(k);
        if (r == NULL) {
            err_clear();
            fputs(" (?)", f);
            return;
        }
        fprintf(f, " (%s)", str_data(r));
        DECREF(r);
    } else if (uses_name(op) && arg < tuple_size(co->names)) {
        fprintf(f, " (%s)", str_data(tuple_item_borrow(co->names, arg)));
    } else if (uses_slot(op) && arg < co->nlocalsplus) {
        fprintf(f, " (%s)", str_data(tuple_item_borrow(co->localnames, arg)));
    } else if (is_jump(op)) {
        fprintf(f, " (to %d)", arg);
    } else if (op == OP_COMPARE_OP && arg >= 0 && arg < 6) {
        fprintf(f, " (%s)", compare_symbols[arg]);
    } else if (op == OP_BINARY_OP && arg >= 0 && arg < 2 * NB_COUNT) {
        fprintf(f, " (%s%s)", nb_symbols[arg % NB_COUNT], arg >= NB_COUNT ? "=" : "");
    } else if (op == OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        const char *c = conv[arg & 3];
        if (arg & 4) {
            fprintf(f, " (%s%swith format)", c, *c ? ", " : "");
        } else if (*c) {
            fprintf(f, " (%s)", c);
        }
    }
}

static int digits(int v) {
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void dis_code(FILE *f, CodeObject *co) {
    // Jump and handler targets get `>>`.
    uint8_t *target = heap_calloc((size_t)co->ncode + 1);
    if (target == NULL) {
        return;
    }
    int maxline = 0;
    for (int i = 0; i < co->nlines; i++) {
        maxline = co->lines[i].line > maxline ? co->lines[i].line : maxline;
    }
    int line_width = maxline >= 1000 ? digits(maxline) : 3;
    int offset_width = co->ncode >= 10000 ? digits(co->ncode) : 4;
    int ext = 0;
    for (int i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xff, arg = (co->code[i] >> 8) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (is_jump(op) && arg <= co->ncode) {
            target[arg] = 1;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        if (co->exctable[i].target <= co->ncode) {
            target[co->exctable[i].target] = 1;
        }
    }
    int lastline = -1;
    ext = 0;
    for (int i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xff, arg = (co->code[i] >> 8) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        int line = code_line_of(co, i);
        bool starts_line = line > 0 && line != lastline;
        if (starts_line && i > 0) {
            fputc('\n', f);
        }
        if (starts_line) {
            fprintf(f, "%*d", line_width, line);
            lastline = line;
        } else {
            fprintf(f, "%*s", line_width, "");
        }
        fprintf(f, "     %s %*d %s", target[i] ? ">>" : "  ", offset_width, i,
                op < OP_COUNT ? opcode_names[op] : "<unknown>");
        if (op < OP_COUNT && !takes_no_arg(op)) {
            int pad = 20 - (int)strlen(opcode_names[op]);
            fprintf(f, "%*s %5d", pad > 0 ? pad : 0, "", arg);
            print_meaning(f, co, op, arg);
        }
        fputc('\n', f);
    }
    if (co->nexc > 0) {
        fputs("ExceptionTable:\n", f);
        for (int i = 0; i < co->nexc; i++) {
            const ExcEntry *e = &co->exctable[i];
            fprintf(f, "  %d to %d -> %d [%d]\n", e->start, e->end - 1, e->target, e->depth);
        }
    }
    heap_free(target);
}

static void dis_recursive(FILE *f, CodeObject *co) {
    fputs("Disassembly of ", f);
    print_code_name(f, co);
    fputs(":\n", f);
    dis_code(f, co);
    for (ssize_t i = 0; i < tuple_size(co->consts); i++) {
        Object *k = tuple_item_borrow(co->consts, i);
        if (code_check(k)) {
            fputc('\n', f);
            dis_recursive(f, (CodeObject *)k);
        }
    }
}

void dis_print(FILE *f, Object *code) {
    if (code_check(code)) {
        dis_recursive(f, (CodeObject *)code);
    }
}
