// runtime/abstract.c — the protocols on any object, dispatching through type slots:
// repr, hashing, comparison with reflected fallback, the number operators with
// NotImplemented, items, attributes, iteration, calls and argument checking. What
// CPython spreads over Objects/abstract.c and Objects/object.c, in the same order
// of attempts, so that errors and results come out as CPython's.
#include <stdio.h>
#include <string.h>

#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- repr, str, hash ------------------------------------------------------------------

Object *obj_repr(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->repr == NULL) {
        return str_from_format("<%s object at %p>", t->name, (void *)o);
    }
    if (obj_enter_recursive(" while getting the repr of an object") < 0) {
        return NULL;
    }
    Object *r = t->repr(o);
    obj_leave_recursive();
    if (r != NULL && !str_check(r)) {
        err_format(&TypeErrorType, "__repr__ returned non-string (type %s)", type_name(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_str(Object *o) {
    if (str_check_exact(o)) {
        return NEWREF(o);
    }
    TypeObject *t = TYPE(o);
    unaryfunc slot = t->str != NULL ? t->str : t->repr;
    if (slot == NULL) {
        return obj_repr(o);
    }
    if (obj_enter_recursive(" while getting the str of an object") < 0) {
        return NULL;
    }
    Object *r = slot(o);
    obj_leave_recursive();
    if (r != NULL && !str_check(r)) {
        err_format(&TypeErrorType, "__str__ returned non-string (type %s)", type_name(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_ascii(Object *o) {
    Object *r = obj_repr(o);
    if (r == NULL || ((StrObject *)r)->ascii) {
        return r;
    }
    // Escape every non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN.
    ssize_t n = str_length(r);
    Object *out = str_new_raw((size_t)n * 10);
    if (out == NULL) {
        DECREF(r);
        return NULL;
    }
    char *p = ((StrObject *)out)->data;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = str_codepoint_at(r, i);
        if (c < 0x80) {
            *p++ = (char)c;
        } else if (c < 0x100) {
            p += sprintf(p, "\\x%02x", c);
        } else if (c < 0x10000) {
            p += sprintf(p, "\\u%04x", c);
        } else {
            p += sprintf(p, "\\U%08x", c);
        }
    }
    DECREF(r);
    size_t used = (size_t)(p - ((StrObject *)out)->data);
    Object *res = str_from_utf8(((StrObject *)out)->data, used);
    DECREF(str_finish(out));
    return res;
}

hash_t obj_hash(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->hash == NULL) {
        err_format(&TypeErrorType, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(o);
}

// ---- comparison -----------------------------------------------------------------------

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {OBJ_GT, OBJ_GE, OBJ_EQ, OBJ_NE, OBJ_LT, OBJ_LE};

static Object *do_richcompare(Object *a, Object *b, int op) {
    TypeObject *ta = TYPE(a), *tb = TYPE(b);
    bool checked_reverse = false;
    Object *r;
    if (ta != tb && type_is_subtype(tb, ta) && tb->richcompare != NULL) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    if (!checked_reverse && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    if (op == OBJ_EQ) {
        return bool_from(a == b);
    }
    if (op == OBJ_NE) {
        return bool_from(a != b);
    }
    err_format(&TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
               cmp_symbols[op], ta->name, tb->name);
    return NULL;
}

Object *obj_richcompare(Object *a, Object *b, int op) {
    if (obj_enter_recursive(" in comparison") < 0) {
        return NULL;
    }
    Object *r = do_richcompare(a, b, op);
    obj_leave_recursive();
    return r;
}

int obj_richcompare_bool(Object *a, Object *b, int op) {
    if (a == b) {
        if (op == OBJ_EQ) {
            return 1;
        }
        if (op == OBJ_NE) {
            return 0;
        }
    }
    Object *r = obj_richcompare(a, b, op);
    if (r == NULL) {
        return -1;
    }
    int truth = r == True ? 1 : r == False ? 0 : obj_is_true(r);
    DECREF(r);
    return truth;
}

int obj_is_true(Object *o) {
    if (o == True) {
        return 1;
    }
    if (o == False || o == None) {
        return 0;
    }
    TypeObject *t = TYPE(o);
    if (t->nb_bool != NULL) {
        return t->nb_bool(o);
    }
    if (t->len != NULL) {
        ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- numbers --------------------------------------------------------------------------

static const char *const nb_symbols[] = {
#define X(name, sym, dunder) sym,
    NB_OPS(X)
#undef X
};

// CPython's binary_op1: the left operand's slot, then the right one's; a subclass of
// the left operand's type that overrides the slot goes first.
static Object *binary_op1(Object *a, Object *b, int op) {
    binaryfunc slota = TYPE(a)->nb[op];
    binaryfunc slotb = TYPE(b) != TYPE(a) ? TYPE(b)->nb[op] : NULL;
    if (slotb == slota) {
        slotb = NULL;
    }
    Object *r;
    if (slota != NULL) {
        if (slotb != NULL && type_is_subtype(TYPE(b), TYPE(a))) {
            r = slotb(a, b);
            if (r != NotImplemented) {
                return r;
            }
            DECREF(r);
            slotb = NULL;
        }
        r = slota(a, b);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    if (slotb != NULL) {
        return slotb(a, b);
    }
    return NEWREF(NotImplemented);
}

static bool is_sequence(Object *o) {
    return str_check(o) || list_check(o) || tuple_check(o);
}

static Object *binop_type_error(Object *a, Object *b, int op) {
    if (op == NB_ADD && is_sequence(a)) {
        err_format(&TypeErrorType, "can only concatenate %s (not \"%s\") to %s",
                   type_name(a), type_name(b), type_name(a));
        return NULL;
    }
    if (op == NB_MUL && (is_sequence(a) || is_sequence(b))) {
        Object *other = is_sequence(a) ? b : a;
        err_format(&TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   type_name(other));
        return NULL;
    }
    err_format(&TypeErrorType, "unsupported operand type(s) for %s%s: '%s' and '%s'",
               nb_symbols[op], op == NB_POW ? " or pow()" : "", type_name(a),
               type_name(b));
    return NULL;
}

Object *obj_binary_op(Object *a, Object *b, int op) {
    Object *r = binary_op1(a, b, op);
    if (r == NotImplemented) {
        DECREF(r);
        return binop_type_error(a, b, op);
    }
    return r;
}

Object *obj_inplace_op(Object *a, Object *b, int op) {
    binaryfunc slot = TYPE(a)->nb_inplace[op];
    if (slot != NULL) {
        Object *r = slot(a, b);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    Object *r = binary_op1(a, b, op);
    if (r == NotImplemented) {
        DECREF(r);
        if (op == NB_ADD && is_sequence(a)) {
            return binop_type_error(a, b, op);
        }
        if (op == NB_MUL && (is_sequence(a) || is_sequence(b))) {
            return binop_type_error(a, b, op);
        }
        err_format(&TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'",
                   nb_symbols[op], type_name(a), type_name(b));
        return NULL;
    }
    return r;
}

Object *obj_power(Object *a, Object *b, Object *m) {
    if (m == NULL || m == None) {
        return obj_binary_op(a, b, NB_POW);
    }
    // Each operand's slot in turn, as CPython's ternary_op.
    ternaryfunc slots[3] = {TYPE(a)->nb_pow3, TYPE(b)->nb_pow3, TYPE(m)->nb_pow3};
    for (int i = 0; i < 3; i++) {
        if (slots[i] == NULL || (i > 0 && slots[i] == slots[0]) ||
            (i > 1 && slots[i] == slots[1])) {
            continue;
        }
        Object *r = slots[i](a, b, m);
        if (r != NotImplemented) {
            return r;
        }
        DECREF(r);
    }
    err_format(&TypeErrorType,
               "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(a), type_name(b), type_name(m));
    return NULL;
}

static Object *unary(Object *o, unaryfunc slot, const char *what) {
    if (slot == NULL) {
        err_format(&TypeErrorType, "bad operand type for %s: '%s'", what, type_name(o));
        return NULL;
    }
    return slot(o);
}

Object *obj_negative(Object *o) {
    return unary(o, TYPE(o)->nb_neg, "unary -");
}
Object *obj_positive(Object *o) {
    return unary(o, TYPE(o)->nb_pos, "unary +");
}
Object *obj_absolute(Object *o) {
    return unary(o, TYPE(o)->nb_abs, "abs()");
}
Object *obj_invert(Object *o) {
    return unary(o, TYPE(o)->nb_invert, "unary ~");
}

Object *obj_to_int(Object *o) {
    if (int_check_exact(o)) {
        return NEWREF(o);
    }
    if (TYPE(o)->nb_int != NULL) {
        return TYPE(o)->nb_int(o);
    }
    if (TYPE(o)->nb_index != NULL) {
        return TYPE(o)->nb_index(o);
    }
    err_format(&TypeErrorType,
               "int() argument must be a string, a bytes-like object or a real number, "
               "not '%s'", type_name(o));
    return NULL;
}

Object *obj_to_float(Object *o) {
    if (float_check(o)) {
        return NEWREF(o);
    }
    if (TYPE(o)->nb_float != NULL) {
        return TYPE(o)->nb_float(o);
    }
    err_format(&TypeErrorType, "must be real number, not %s", type_name(o));
    return NULL;
}

bool obj_has_index(Object *o) {
    return int_check(o) || TYPE(o)->nb_index != NULL;
}

Object *obj_index(Object *o) {
    if (int_check(o)) {
        return NEWREF(o);
    }
    if (TYPE(o)->nb_index != NULL) {
        Object *r = TYPE(o)->nb_index(o);
        if (r != NULL && !int_check(r)) {
            err_format(&TypeErrorType, "__index__ returned non-int (type %s)", type_name(r));
            CLEAR(r);
        }
        return r;
    }
    err_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
               type_name(o));
    return NULL;
}

ssize_t obj_as_ssize(Object *o) {
    if (int_check(o)) {
        return (ssize_t)int_as_i64(o);
    }
    Object *i = obj_index(o);
    if (i == NULL) {
        return -1;
    }
    ssize_t v = (ssize_t)int_as_i64(i);
    DECREF(i);
    return v;
}

// ---- items ----------------------------------------------------------------------------

ssize_t obj_len(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->len == NULL) {
        err_format(&TypeErrorType, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(o);
}

Object *obj_getitem(Object *o, Object *key) {
    TypeObject *t = TYPE(o);
    if (t->getitem == NULL) {
        if (t == &TypeType) {
            err_format(&TypeErrorType, "type '%s' is not subscriptable",
                       ((TypeObject *)o)->name);
            return NULL;
        }
        return err_type_what(o, "is not subscriptable");
    }
    return t->getitem(o, key);
}

int obj_setitem(Object *o, Object *key, Object *v) {
    TypeObject *t = TYPE(o);
    if (t->setitem == NULL) {
        err_type_what(o, "does not support item assignment");
        return -1;
    }
    return t->setitem(o, key, v);
}

int obj_delitem(Object *o, Object *key) {
    TypeObject *t = TYPE(o);
    if (t->setitem == NULL) {
        // Types with the sequence protocol (every class has it) say "doesn't".
        err_type_what(o, t->getitem != NULL || (t->flags & TP_HEAPTYPE)
                             ? "doesn't support item deletion"
                             : "does not support item deletion");
        return -1;
    }
    return t->setitem(o, key, NULL);
}

int obj_contains(Object *o, Object *x) {
    TypeObject *t = TYPE(o);
    if (t->contains != NULL) {
        return t->contains(o, x);
    }
    if (t->iter == NULL && (t->getitem == NULL || !(t->flags & TP_HEAPTYPE))) {
        err_format(&TypeErrorType, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    return obj_iter_search(o, x);
}

int obj_iter_search(Object *o, Object *x) {
    Object *it = obj_get_iter(o);
    if (it == NULL) {
        return -1;
    }
    int found = 0;
    Object *item;
    while ((item = obj_iter_next(it)) != NULL) {
        found = obj_richcompare_bool(item, x, OBJ_EQ);
        DECREF(item);
        if (found != 0) {
            break;
        }
    }
    DECREF(it);
    if (found == 0 && err_occurred()) {
        return -1;
    }
    return found;
}

// ---- attributes -----------------------------------------------------------------------

Object *obj_getattr(Object *o, Object *name) {
    if (!str_check(name)) {
        err_format(&TypeErrorType, "attribute name must be string, not '%s'",
                   type_name(name));
        return NULL;
    }
    getattrofunc f = TYPE(o)->getattr;
    return f != NULL ? f(o, name) : obj_generic_getattr(o, name);
}

Object *obj_getattr_str(Object *o, const char *name) {
    Object *n = str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    Object *r = obj_getattr(o, n);
    DECREF(n);
    return r;
}

int obj_lookup_attr(Object *o, Object *name, Object **out) {
    *out = obj_getattr(o, name);
    if (*out != NULL) {
        return 1;
    }
    if (err_matches(&AttributeErrorType)) {
        err_clear();
        return 0;
    }
    return -1;
}

int obj_setattr(Object *o, Object *name, Object *v) {
    if (!str_check(name)) {
        err_format(&TypeErrorType, "attribute name must be string, not '%s'",
                   type_name(name));
        return -1;
    }
    setattrofunc f = TYPE(o)->setattr;
    return f != NULL ? f(o, name, v) : obj_generic_setattr(o, name, v);
}

// ---- iteration ------------------------------------------------------------------------

Object *obj_get_iter(Object *o) {
    TypeObject *t = TYPE(o);
    if (t->iter == NULL) {
        if (t->getitem != NULL && (t->len != NULL || (t->flags & TP_HEAPTYPE)) &&
            !dict_check(o)) {
            // The old sequence protocol: o[0], o[1], ... until IndexError.
            return seqiter_new(o);
        }
        return err_type_what(o, "is not iterable");
    }
    Object *it = t->iter(o);
    if (it != NULL && TYPE(it)->iternext == NULL) {
        err_format(&TypeErrorType, "iter() returned non-iterator of type '%s'",
                   type_name(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

Object *obj_iter_next(Object *it) {
    Object *r = TYPE(it)->iternext(it);
    if (r == NULL && err_matches(&StopIterationType)) {
        err_clear();
    }
    return r;
}

// ---- calls ----------------------------------------------------------------------------

Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames) {
    callfunc f = TYPE(callable)->call;
    if (f == NULL) {
        return err_type_what(callable, "is not callable");
    }
    if (kwnames != NULL && tuple_size(kwnames) == 0) {
        kwnames = NULL;
    }
    return f(callable, args, nargs, kwnames);
}

Object *obj_call0(Object *callable) {
    return obj_call(callable, NULL, 0, NULL);
}

Object *obj_call1(Object *callable, Object *a) {
    return obj_call(callable, &a, 1, NULL);
}

Object *obj_call2(Object *callable, Object *a, Object *b) {
    Object *args[2] = {a, b};
    return obj_call(callable, args, 2, NULL);
}

Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs) {
    Object *m = obj_getattr_str(o, name);
    if (m == NULL) {
        return NULL;
    }
    Object *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

bool obj_callable(Object *o) {
    return TYPE(o)->call != NULL;
}

int obj_isinstance(Object *o, Object *cls) {
    if (TYPE(cls) == &TypeType || (TYPE(cls)->flags & TP_TYPE_SUB)) {
        return type_is_subtype(TYPE(o), (TypeObject *)cls);
    }
    if (tuple_check(cls)) {
        for (ssize_t i = 0; i < tuple_size(cls); i++) {
            int r = obj_isinstance(o, tuple_item_borrow(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    err_set_str(&TypeErrorType,
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

// ---- conversions ----------------------------------------------------------------------

Object *obj_to_list(Object *iterable) {
    Object *l = list_new(0);
    if (l != NULL && list_extend(l, iterable) < 0) {
        CLEAR(l);
    }
    return l;
}

Object *obj_to_tuple(Object *iterable) {
    if (TYPE(iterable) == &TupleType) {
        return NEWREF(iterable);
    }
    if (list_check(iterable)) {
        return list_as_tuple(iterable);
    }
    Object *l = obj_to_list(iterable);
    if (l == NULL) {
        return NULL;
    }
    Object *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

// ---- recursion ------------------------------------------------------------------------

int obj_enter_recursive(const char *where) {
    if (++rt->recursion_depth > rt->recursion_limit || stack_exhausted()) {
        rt->recursion_depth--;
        err_format(&RecursionErrorType, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void obj_leave_recursive(void) {
    rt->recursion_depth--;
}

// ---- argument checking ----------------------------------------------------------------

bool args_has_kw(Object *kwnames) {
    return kwnames != NULL && tuple_size(kwnames) > 0;
}

int args_no_kw(const char *name, Object *kwnames) {
    if (args_has_kw(kwnames)) {
        err_format(&TypeErrorType, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

int args_none(const char *qual, size_t nargs, Object *kwnames) {
    if (args_no_kw(qual, kwnames) < 0) {
        return -1;
    }
    if (nargs != 0) {
        err_format(&TypeErrorType, "%s() takes no arguments (%zu given)", qual, nargs);
        return -1;
    }
    return 0;
}

int args_one(const char *qual, size_t nargs, Object *kwnames) {
    if (args_no_kw(qual, kwnames) < 0) {
        return -1;
    }
    if (nargs != 1) {
        err_format(&TypeErrorType, "%s() takes exactly one argument (%zu given)", qual, nargs);
        return -1;
    }
    return 0;
}

int args_range(const char *qual, const char *name, size_t nargs, Object *kwnames,
               size_t min, size_t max) {
    if (args_no_kw(qual, kwnames) < 0) {
        return -1;
    }
    if (nargs < min) {
        err_format(&TypeErrorType, "%s expected %s%zu argument%s, got %zu", name,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&TypeErrorType, "%s expected %s%zu argument%s, got %zu", name,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int args_count(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    if (min == max && min == 1) {
        err_format(&TypeErrorType, "%s() takes exactly one argument (%zu given)", name,
                   nargs);
    } else if (min == max && min == 0) {
        err_format(&TypeErrorType, "%s() takes no arguments (%zu given)", name, nargs);
    } else if (min == max) {
        err_format(&TypeErrorType, "%s expected %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    } else if (nargs < min) {
        err_format(&TypeErrorType, "%s expected at least %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    } else {
        err_format(&TypeErrorType, "%s expected at most %zu argument%s, got %zu", name, max,
                   max == 1 ? "" : "s", nargs);
    }
    return -1;
}

// Whether some required parameter gets no argument, positionally or by keyword
// (any keyword, checked by name): -1 with CPython's error set, else 0.
static int missing_required(const char *fname, const char *const *names, size_t nnames,
                            size_t npos_only, size_t min, size_t npositional, Object **out,
                            size_t nargs, Object *kwnames) {
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (size_t r = nargs; r < min && r < nnames; r++) {
        const char *n = names[r][0] == '*' ? names[r] + 1 : names[r];
        bool given = out[r] != NULL;
        for (ssize_t k = 0; !given && k < nkw; k++) {
            given = r >= npos_only && str_eq_cstr(tuple_item_borrow(kwnames, k), n);
        }
        if (!given) {
            if (r < npositional) {
                err_format(&TypeErrorType, "%s() missing required argument '%s' (pos %zu)",
                           fname, n, r + 1);
            } else {
                err_format(&TypeErrorType, "%s() missing required keyword-only argument "
                           "'%s'", fname, n);
            }
            return -1;
        }
    }
    return 0;
}

int args_parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
               const char *const *names, size_t npos_only, size_t min, Object **out) {
    size_t nnames = 0, npositional = 0;
    while (names[nnames] != NULL) {
        if (names[nnames][0] != '*') {
            npositional = nnames + 1;
        }
        nnames++;
    }
    for (size_t i = 0; i < nnames; i++) {
        out[i] = NULL;
    }
    size_t ntotal = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    if (ntotal > nnames) {
        err_format(&TypeErrorType, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                   nnames, nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", ntotal);
        return -1;
    }
    if (nargs > npositional) {
        if (npositional == 0) {
            err_format(&TypeErrorType, "%s() takes no positional arguments", fname);
        } else {
            err_format(&TypeErrorType, "%s() takes at most %zu argument%s (%zu given)", fname,
                       npositional, npositional == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        Object *kw = tuple_item_borrow(kwnames, k);
        size_t i = 0;
        for (; i < nnames; i++) {
            const char *n = names[i][0] == '*' ? names[i] + 1 : names[i];
            if (i >= npos_only && str_eq_cstr(kw, n)) {
                break;
            }
        }
        if (i == nnames) {
            // CPython names a missing required argument before an unknown keyword.
            if (missing_required(fname, names, nnames, npos_only, min, npositional, out, nargs,
                                 kwnames) < 0) {
                return -1;
            }
            err_format(&TypeErrorType, "'%U' is an invalid keyword argument for %s()", kw,
                       fname);
            return -1;
        }
        if (out[i] != NULL) {
            err_format(&TypeErrorType, "argument for %s() given by name ('%U') and position "
                       "(%zu)", fname, kw, i + 1);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    for (size_t i = 0; i < min && i < nnames; i++) {
        if (out[i] == NULL) {
            const char *n = names[i][0] == '*' ? names[i] + 1 : names[i];
            if (i < npositional) {
                err_format(&TypeErrorType, "%s() missing required argument '%s' (pos %zu)",
                           fname, n, i + 1);
            } else {
                err_format(&TypeErrorType, "%s() missing required keyword-only argument "
                           "'%s'", fname, n);
            }
            return -1;
        }
    }
    return 0;
}
