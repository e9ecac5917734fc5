// runtime/tuple.c — tuple and its iterator.
//
// A tuple is a VarObject whose `size` item references follow the header. It never
// changes once made, except while being filled between `tuple_new` and `tuple_done`
// (untracked then, so the collector never sees a half-filled tuple). The empty tuple
// is one shared object, `rt->empty_tuple`, made by `tuple_init`. The hash is CPython
// 3.11's xxHash-based one, so `hash((1, 2))` prints what CPython prints. Like
// CPython, tuples have no `clear` slot: a cycle through a tuple also runs through a
// mutable container, whose `clear` breaks it.
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/iter.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define SSIZE_MAX_ ((ssize_t)(SIZE_MAX >> 1))

// ---- construction ---------------------------------------------------------------------

int tuple_init(void) {
    Object *t = obj_alloc(&TupleType, 0);
    if (t == NULL) {
        return -1;
    }
    ((TupleObject *)t)->ob.size = 0;
    rt->empty_tuple = t;
    return 0;
}

void tuple_fini(void) {
    CLEAR(rt->empty_tuple);
}

Object *tuple_new(ssize_t n) {
    if (n <= 0) {
        return NEWREF(rt->empty_tuple);
    }
    if ((size_t)n > SIZE_MAX / sizeof(Object *) / 2) {
        return err_no_memory();
    }
    Object *t = obj_alloc(&TupleType, (size_t)n);
    if (t != NULL) {
        ((TupleObject *)t)->ob.size = n;
    }
    return t;
}

Object *tuple_done(Object *t) {
    if (tuple_size(t) > 0 && !gc_is_tracked(t)) {
        gc_track(t);
    }
    return t;
}

Object *tuple_from_array(Object *const *items, ssize_t n) {
    Object *t = tuple_new(n);
    if (t == NULL || n == 0) {
        return t;
    }
    Object **dst = tuple_items(t);
    for (ssize_t i = 0; i < n; i++) {
        dst[i] = NEWREF(items[i]);
    }
    return tuple_done(t);
}

Object *tuple_pack1(Object *a) {
    return tuple_from_array(&a, 1);
}

Object *tuple_pack2(Object *a, Object *b) {
    Object *items[2] = {a, b};
    return tuple_from_array(items, 2);
}

Object *tuple_pack3(Object *a, Object *b, Object *c) {
    Object *items[3] = {a, b, c};
    return tuple_from_array(items, 3);
}

Object *tuple_slice(Object *t, ssize_t lo, ssize_t hi) {
    ssize_t n = tuple_size(t);
    if (lo < 0) {
        lo = 0;
    }
    if (hi > n) {
        hi = n;
    }
    if (hi < lo) {
        hi = lo;
    }
    if (lo == 0 && hi == n && TYPE(t) == &TupleType) {
        return NEWREF(t);
    }
    return tuple_from_array(tuple_items(t) + lo, hi - lo);
}

// A tuple of the items of any iterable (the iterable itself when it is an exact tuple).
static Object *tuple_from_iterable(Object *iterable) {
    if (TYPE(iterable) == &TupleType) {
        return NEWREF(iterable);
    }
    if (list_check(iterable)) {
        return list_as_tuple(iterable);
    }
    Object *l = list_new(0);
    if (l == NULL) {
        return NULL;
    }
    Object *res = NULL;
    if (list_extend(l, iterable) == 0) {
        res = list_as_tuple(l);
    }
    DECREF(l);
    return res;
}

// ---- slots ----------------------------------------------------------------------------

static void tuple_dealloc(Object *o) {
    gc_untrack(o);
    if (list_trash_begin(o)) {
        return;
    }
    TupleObject *t = (TupleObject *)o;
    for (ssize_t i = t->ob.size - 1; i >= 0; i--) {
        XDECREF(t->items[i]);
    }
    obj_free(o);
    list_trash_end();
}

// Last item first, as CPython: the order shows in gc.get_referents and decides where
// the collector's scan puts what it rescues.
static int tuple_traverse(Object *o, visitproc visit, void *arg) {
    TupleObject *t = (TupleObject *)o;
    for (ssize_t i = t->ob.size - 1; i >= 0; i--) {
        if (t->items[i] != NULL) {
            int rc = visit(t->items[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static Object *tuple_repr(Object *o) {
    ssize_t n = tuple_size(o);
    if (n == 0) {
        return str_from_cstr("()");
    }
    // A tuple can hold itself through a mutable item: `t = ([],); t[0].append(t)`.
    int r = list_repr_enter(o);
    if (r != 0) {
        return r > 0 ? str_from_cstr("(...)") : NULL;
    }
    StrBuilder b;
    str_builder_init(&b);
    Object *res = NULL;
    if (str_builder_append_char(&b, '(') < 0) {
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && str_builder_append(&b, ", ", 2) < 0) {
            goto done;
        }
        if (str_builder_append_repr(&b, tuple_item_borrow(o, i)) < 0) {
            goto done;
        }
    }
    if (str_builder_append_cstr(&b, n == 1 ? ",)" : ")") < 0) {
        goto done;
    }
    res = str_builder_finish(&b);
done:
    if (res == NULL) {
        str_builder_discard(&b);
    }
    list_repr_leave(o);
    return res;
}

// CPython 3.11's tuple hash: xxHash's round over the items' hashes, then the length.
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

// Tuples nested deeper than the recursion limit hash fine in CPython (its tuple hash
// does not count depth), so only the C stack bounds the recursion here.
static hash_t tuple_hash(Object *o) {
    ssize_t n = tuple_size(o);
    uint64_t acc = XXPRIME_5;
    if (stack_exhausted()) {
        err_set_str(&RecursionErrorType,
                    "maximum recursion depth exceeded while getting the hash of an object");
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        hash_t h = obj_hash(tuple_item_borrow(o, i));
        if (h == -1) {
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (hash_t)acc;
}

static Object *cmp_sizes(ssize_t a, ssize_t b, int op) {
    bool r = false;
    switch (op) {
    case OBJ_LT: r = a < b; break;
    case OBJ_LE: r = a <= b; break;
    case OBJ_EQ: r = a == b; break;
    case OBJ_NE: r = a != b; break;
    case OBJ_GT: r = a > b; break;
    case OBJ_GE: r = a >= b; break;
    }
    return bool_from(r);
}

static Object *tuple_richcompare(Object *v, Object *w, int op) {
    if (!tuple_check(v) || !tuple_check(w)) {
        return NEWREF(NotImplemented);
    }
    ssize_t vn = tuple_size(v), wn = tuple_size(w);
    ssize_t i;
    for (i = 0; i < vn && i < wn; i++) {
        Object *a = tuple_item_borrow(v, i), *b = tuple_item_borrow(w, i);
        if (a == b) {
            continue;
        }
        int k = obj_richcompare_bool(a, b, OBJ_EQ);
        if (k < 0) {
            return NULL;
        }
        if (k == 0) {
            break;
        }
    }
    if (i >= vn || i >= wn) {
        return cmp_sizes(vn, wn, op);
    }
    if (op == OBJ_EQ) {
        RETURN_FALSE;
    }
    if (op == OBJ_NE) {
        RETURN_TRUE;
    }
    return obj_richcompare(tuple_item_borrow(v, i), tuple_item_borrow(w, i), op);
}

static Object *tuple_add(Object *a, Object *b) {
    if (!tuple_check(a)) {
        return NEWREF(NotImplemented);
    }
    if (!tuple_check(b)) {
        if (TYPE(b)->flags & TP_HEAPTYPE) {
            return NEWREF(NotImplemented);
        }
        err_format(&TypeErrorType, "can only concatenate tuple (not \"%T\") to tuple", b);
        return NULL;
    }
    ssize_t an = tuple_size(a), bn = tuple_size(b);
    if (bn == 0 && TYPE(a) == &TupleType) {
        return NEWREF(a);
    }
    if (an == 0 && TYPE(b) == &TupleType) {
        return NEWREF(b);
    }
    if (an > SSIZE_MAX_ - bn) {
        return err_no_memory();
    }
    Object *t = tuple_new(an + bn);
    if (t == NULL) {
        return NULL;
    }
    Object **dst = tuple_items(t);
    for (ssize_t i = 0; i < an; i++) {
        dst[i] = NEWREF(tuple_item_borrow(a, i));
    }
    for (ssize_t i = 0; i < bn; i++) {
        dst[an + i] = NEWREF(tuple_item_borrow(b, i));
    }
    return tuple_done(t);
}

static Object *tuple_mul(Object *a, Object *b) {
    Object *seq = tuple_check(a) ? a : b;
    Object *count = seq == a ? b : a;
    if (!obj_has_index(count)) {
        if (TYPE(count)->flags & TP_HEAPTYPE) {
            return NEWREF(NotImplemented);
        }
        err_format(&TypeErrorType, "can't multiply sequence by non-int of type '%T'", count);
        return NULL;
    }
    ssize_t n = obj_as_ssize(count);
    if (n == -1 && err_occurred()) {
        return NULL;
    }
    ssize_t size = tuple_size(seq);
    if (n <= 0 || size == 0) {
        return tuple_new(0);
    }
    if (n == 1 && TYPE(seq) == &TupleType) {
        return NEWREF(seq);
    }
    if (size > SSIZE_MAX_ / n) {
        return err_no_memory();
    }
    Object *t = tuple_new(size * n);
    if (t == NULL) {
        return NULL;
    }
    Object **dst = tuple_items(t);
    Object **src = tuple_items(seq);
    for (ssize_t k = 0; k < n; k++) {
        for (ssize_t i = 0; i < size; i++) {
            *dst++ = NEWREF(src[i]);
        }
    }
    return tuple_done(t);
}

static ssize_t tuple_len(Object *o) {
    return tuple_size(o);
}

static Object *tuple_getitem(Object *o, Object *key) {
    ssize_t n = tuple_size(o);
    ssize_t i;
    if (int_check_exact(key) || bool_check(key)) {
        i = (ssize_t)int_as_i64(key);
    } else if (slice_check(key)) {
        ssize_t start, stop, step, count;
        if (slice_indices(key, n, &start, &stop, &step, &count) < 0) {
            return NULL;
        }
        if (step == 1) {
            return tuple_slice(o, start, stop);
        }
        Object *t = tuple_new(count);
        if (t == NULL || count == 0) {
            return t;
        }
        Object **dst = tuple_items(t);
        for (ssize_t k = 0, cur = start; k < count; k++, cur += step) {
            dst[k] = NEWREF(tuple_item_borrow(o, cur));
        }
        return tuple_done(t);
    } else if (obj_has_index(key)) {
        i = obj_as_ssize(key);
        if (i == -1 && err_occurred()) {
            return NULL;
        }
    } else {
        err_format(&TypeErrorType, "tuple indices must be integers or slices, not %T", key);
        return NULL;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        err_set_str(&IndexErrorType, "tuple index out of range");
        return NULL;
    }
    return NEWREF(tuple_item_borrow(o, i));
}

static int tuple_contains(Object *o, Object *x) {
    ssize_t n = tuple_size(o);
    for (ssize_t i = 0; i < n; i++) {
        int k = obj_richcompare_bool(tuple_item_borrow(o, i), x, OBJ_EQ);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

static Object *tuple_iter(Object *o) {
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIterType, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = NEWREF(o);
    gc_track(OB(it));
    return OB(it);
}

// tuple(), tuple(iterable).
static Object *tuple_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("tuple", kwnames) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        err_format(&TypeErrorType, "tuple expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    Object *t = nargs == 0 ? tuple_new(0) : tuple_from_iterable(args[0]);
    if (t == NULL || type == OB(&TupleType)) {
        return t;
    }
    // A subclass: copy into an instance of it.
    ssize_t n = tuple_size(t);
    Object *sub = obj_alloc((TypeObject *)type, (size_t)n);
    if (sub != NULL) {
        ((TupleObject *)sub)->ob.size = n;
        for (ssize_t i = 0; i < n; i++) {
            tuple_items(sub)[i] = NEWREF(tuple_item_borrow(t, i));
        }
        gc_track(sub);
    }
    DECREF(t);
    return sub;
}

// ---- methods --------------------------------------------------------------------------

static Object *tuple_count_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("tuple.count", nargs, kwnames) < 0) {
        return NULL;
    }
    int64_t count = 0;
    for (ssize_t i = 0; i < tuple_size(self); i++) {
        int k = obj_richcompare_bool(tuple_item_borrow(self, i), args[0], OBJ_EQ);
        if (k < 0) {
            return NULL;
        }
        count += k;
    }
    return int_from_i64(count);
}

// A start/stop bound of index(): an int, clamped as CPython's slice indices are.
static int index_bound(Object *o, ssize_t *out) {
    if (!obj_has_index(o)) {
        err_set_str(&TypeErrorType,
                    "slice indices must be integers or have an __index__ method");
        return -1;
    }
    ssize_t v = obj_as_ssize(o);
    if (v == -1 && err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

static Object *tuple_index_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_range("tuple.index", "index", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    ssize_t n = tuple_size(self);
    ssize_t start = 0, stop = SSIZE_MAX_;
    if (nargs > 1 && index_bound(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs > 2 && index_bound(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    }
    if (stop > n) {
        stop = n;
    }
    for (ssize_t i = start; i < stop; i++) {
        int k = obj_richcompare_bool(tuple_item_borrow(self, i), args[0], OBJ_EQ);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            return int_from_i64(i);
        }
    }
    err_set_str(&ValueErrorType, "tuple.index(x): x not in tuple");
    return NULL;
}

// CPython's tuple.__sizeof__; sys.getsizeof adds the collector header.
static Object *tuple_sizeof_m(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kw("tuple.__sizeof__", kwnames) < 0) {
        return NULL;
    }
    if (nargs != 0) {
        err_format(&TypeErrorType, "tuple.__sizeof__() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return int_from_i64(24 + (int64_t)tuple_size(self) * (int64_t)sizeof(Object *));
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count_m, 0},
    {"index", tuple_index_m, 0},
    {"__sizeof__", tuple_sizeof_m, 0},
    {NULL, NULL, 0},
};

TypeObject TupleType = {
    .ob = {1, &TypeType},
    .name = "tuple",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TP_GC | TP_TUPLE_SUB | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .nb = {[NB_ADD] = tuple_add, [NB_MUL] = tuple_mul},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .traverse = tuple_traverse,
    .new_ = tuple_new_,
    .methods = tuple_methods,
};

// ---- the iterator ---------------------------------------------------------------------

static Object *tupleiter_next(Object *o) {
    TupleIterObject *it = (TupleIterObject *)o;
    Object *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < tuple_size(seq)) {
        return NEWREF(tuple_item_borrow(seq, it->index++));
    }
    it->seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *tupleiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    TupleIterObject *it = (TupleIterObject *)self;
    if (args_no_kw("tuple_iterator.__length_hint__", kwnames) < 0) {
        return NULL;
    }
    if (nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    return int_from_i64(it->seq == NULL ? 0 : tuple_size(it->seq) - it->index);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObject TupleIterType = {
    .ob = {1, &TypeType},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = tupleiter_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
    .methods = tupleiter_methods,
};
