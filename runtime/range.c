// runtime/range.c — range, its iterators, and slice.
//
// A range keeps start, stop, step and its length as int objects (what the
// attributes and the hash need) and reads them as C int64 values for everything
// else; its length is computed once, in unsigned arithmetic so that no step
// overflows, and must fit 64 bits (OverflowError otherwise, while ints are 64-bit).
// The iterator counts with C integers only: it is the hot loop of `for i in range(n)`.
//
// A slice holds three arbitrary objects. `slice_unpack` and `slice_adjust` are
// CPython's PySlice_Unpack and PySlice_AdjustIndices rule for rule; every sequence
// type resolves its slices through them. Slices compare like tuples and are
// unhashable, as in 3.11.
#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define SSIZE_MAX_ ((ssize_t)(SIZE_MAX >> 1))
#define SSIZE_MIN_ (-SSIZE_MAX_ - 1)

#define RANGE(o) ((RangeObject *)(o))
#define SLICE(o) ((SliceObject *)(o))

// ---- slice ----------------------------------------------------------------------------

Object *slice_new(Object *start, Object *stop, Object *step) {
    SliceObject *s = (SliceObject *)obj_alloc(&SliceType, 0);
    if (s == NULL) {
        return NULL;
    }
    s->start = NEWREF(start != NULL ? start : None);
    s->stop = NEWREF(stop != NULL ? stop : None);
    s->step = NEWREF(step != NULL ? step : None);
    gc_track(OB(s));
    return OB(s);
}

// A slice bound as a C index (CPython's _PyEval_SliceIndex). 0, or -1.
static int slice_index(Object *v, ssize_t *out) {
    if (int_check_exact(v) || bool_check(v)) {
        *out = (ssize_t)int_as_i64(v);
        return 0;
    }
    if (!obj_has_index(v)) {
        err_set_str(&TypeErrorType,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t x = obj_as_ssize(v);
    if (x == -1 && err_occurred()) {
        return -1;
    }
    *out = x;
    return 0;
}

int slice_unpack(Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step) {
    SliceObject *s = SLICE(slice);
    if (s->step == None) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            err_set_str(&ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        // So that -step never overflows.
        if (*step < -SSIZE_MAX_) {
            *step = -SSIZE_MAX_;
        }
    }
    if (s->start == None) {
        *start = *step < 0 ? SSIZE_MAX_ : 0;
    } else if (slice_index(s->start, start) < 0) {
        return -1;
    }
    if (s->stop == None) {
        *stop = *step < 0 ? SSIZE_MIN_ : SSIZE_MAX_;
    } else if (slice_index(s->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

ssize_t slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *count) {
    if (slice_unpack(slice, start, stop, step) < 0) {
        return -1;
    }
    *count = slice_adjust(length, start, stop, *step);
    return 0;
}

static void slice_dealloc(Object *o) {
    gc_untrack(o);
    SliceObject *s = SLICE(o);
    XDECREF(s->start);
    XDECREF(s->stop);
    XDECREF(s->step);
    obj_free(o);
}

static int slice_traverse(Object *o, visitproc visit, void *arg) {
    SliceObject *s = SLICE(o);
    Object *parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (parts[i] != NULL) {
            int rc = visit(parts[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static Object *slice_repr(Object *o) {
    SliceObject *s = SLICE(o);
    Object *parts[3] = {s->start, s->stop, s->step};
    Object *reprs[3] = {NULL, NULL, NULL};
    Object *res = NULL;
    for (int i = 0; i < 3; i++) {
        if ((reprs[i] = obj_repr(parts[i])) == NULL) {
            goto done;
        }
    }
    res = str_from_format("slice(%s, %s, %s)", str_data(reprs[0]), str_data(reprs[1]),
                          str_data(reprs[2]));
done:
    for (int i = 0; i < 3; i++) {
        XDECREF(reprs[i]);
    }
    return res;
}

static Object *slice_richcompare(Object *v, Object *w, int op) {
    if (!slice_check(v) || !slice_check(w)) {
        return NEWREF(NotImplemented);
    }
    if (v == w && (op == OBJ_EQ || op == OBJ_NE)) {
        return bool_from(op == OBJ_EQ);
    }
    Object *a = tuple_pack3(SLICE(v)->start, SLICE(v)->stop, SLICE(v)->step);
    if (a == NULL) {
        return NULL;
    }
    Object *b = tuple_pack3(SLICE(w)->start, SLICE(w)->stop, SLICE(w)->step);
    Object *res = b != NULL ? obj_richcompare(a, b, op) : NULL;
    DECREF(a);
    XDECREF(b);
    return res;
}

// slice(stop), slice(start, stop[, step]).
static Object *slice_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_range("slice", "slice", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return slice_new(None, args[0], None);
    }
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : None);
}

// slice.indices(length): (start, stop, step) resolved against `length`.
static Object *slice_indices_m(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_one("slice.indices", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *len = args[0];
    if (!obj_has_index(len)) {
        err_format(&TypeErrorType, "'%T' object cannot be interpreted as an integer", len);
        return NULL;
    }
    ssize_t length = obj_as_ssize(len);
    if (length == -1 && err_occurred()) {
        return NULL;
    }
    if (length < 0) {
        err_set_str(&ValueErrorType, "length should not be negative");
        return NULL;
    }
    ssize_t start, stop, step, count;
    if (slice_indices(self, length, &start, &stop, &step, &count) < 0) {
        return NULL;
    }
    Object *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Object *res = NULL;
    if (a != NULL && b != NULL && c != NULL) {
        res = tuple_pack3(a, b, c);
    }
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return res;
}

static Object *slice_get_start(Object *o) {
    return NEWREF(SLICE(o)->start);
}

static Object *slice_get_stop(Object *o) {
    return NEWREF(SLICE(o)->stop);
}

static Object *slice_get_step(Object *o) {
    return NEWREF(SLICE(o)->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0},
    {NULL, NULL, 0},
};

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObject SliceType = {
    .ob = {1, &TypeType},
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .traverse = slice_traverse,
    .new_ = slice_new_,
    .methods = slice_methods,
    .getset = slice_getset,
};

// ---- range ----------------------------------------------------------------------------

static inline int64_t r_start(Object *r) {
    return int_as_i64(RANGE(r)->start);
}

static inline int64_t r_stop(Object *r) {
    return int_as_i64(RANGE(r)->stop);
}

static inline int64_t r_step(Object *r) {
    return int_as_i64(RANGE(r)->step);
}

static inline int64_t r_len(Object *r) {
    return int_as_i64(RANGE(r)->length);
}

// The number of values of range(lo, hi, step), computed without overflow.
static uint64_t range_length(int64_t lo, int64_t hi, int64_t step) {
    if (step > 0) {
        if (lo >= hi) {
            return 0;
        }
        return ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
    }
    if (lo <= hi) {
        return 0;
    }
    return ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
}

// start + i * step in 64-bit two's complement: exact whenever the true value fits.
static inline int64_t range_at(int64_t start, int64_t step, int64_t i) {
    return (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);
}

// A range of `type` from int objects; `step` is not zero. Ref: new.
static Object *make_range(Object *start, Object *stop, Object *step) {
    uint64_t n = range_length(int_as_i64(start), int_as_i64(stop), int_as_i64(step));
    if (n > (uint64_t)INT64_MAX) {
        err_set_str(&OverflowErrorType, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    Object *length = int_from_i64((int64_t)n);
    if (length == NULL) {
        return NULL;
    }
    RangeObject *r = (RangeObject *)obj_alloc(&RangeType, 0);
    if (r == NULL) {
        DECREF(length);
        return NULL;
    }
    r->start = NEWREF(start);
    r->stop = NEWREF(stop);
    r->step = NEWREF(step);
    r->length = length;
    return OB(r);
}

Object *range_new(int64_t start, int64_t stop, int64_t step) {
    Object *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Object *res = NULL;
    if (a != NULL && b != NULL && c != NULL) {
        res = make_range(a, b, c);
    }
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return res;
}

// An argument of range() as an exact int. Ref: new.
static Object *range_arg(Object *o) {
    if (int_check_exact(o)) {
        return NEWREF(o);
    }
    if (!obj_has_index(o)) {
        err_format(&TypeErrorType, "'%T' object cannot be interpreted as an integer", o);
        return NULL;
    }
    Object *v = obj_index(o);
    if (v == NULL || int_check_exact(v)) {
        return v;
    }
    Object *exact = int_from_i64(int_as_i64(v));
    DECREF(v);
    return exact;
}

// range(stop), range(start, stop[, step]).
static Object *range_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_range("range", "range", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    Object *vals[3] = {NULL, NULL, NULL};
    Object *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if ((vals[i] = range_arg(args[i])) == NULL) {
            goto done;
        }
    }
    if (nargs == 1) {
        vals[1] = vals[0];
        vals[0] = int_from_i64(0);
        vals[2] = int_from_i64(1);
    } else if (nargs == 2) {
        vals[2] = int_from_i64(1);
    } else if (int_as_i64(vals[2]) == 0) {
        err_set_str(&ValueErrorType, "range() arg 3 must not be zero");
        goto done;
    }
    if (vals[0] == NULL || vals[2] == NULL) {
        goto done;
    }
    res = make_range(vals[0], vals[1], vals[2]);
done:
    for (int i = 0; i < 3; i++) {
        XDECREF(vals[i]);
    }
    return res;
}

static void range_dealloc(Object *o) {
    RangeObject *r = RANGE(o);
    XDECREF(r->start);
    XDECREF(r->stop);
    XDECREF(r->step);
    XDECREF(r->length);
    obj_free(o);
}

static Object *range_repr(Object *o) {
    if (r_step(o) == 1) {
        return str_from_format("range(%lld, %lld)", (long long)r_start(o),
                               (long long)r_stop(o));
    }
    return str_from_format("range(%lld, %lld, %lld)", (long long)r_start(o),
                           (long long)r_stop(o), (long long)r_step(o));
}

// CPython's: the hash of (len, start, step), with None for what does not matter.
static hash_t range_hash(Object *o) {
    RangeObject *r = RANGE(o);
    int64_t n = r_len(o);
    Object *t = tuple_pack3(r->length, n == 0 ? None : r->start,
                            n <= 1 ? None : r->step);
    if (t == NULL) {
        return -1;
    }
    hash_t h = obj_hash(t);
    DECREF(t);
    return h;
}

static Object *range_richcompare(Object *v, Object *w, int op) {
    if (!range_check(v) || !range_check(w) || (op != OBJ_EQ && op != OBJ_NE)) {
        return NEWREF(NotImplemented);
    }
    bool eq;
    if (v == w) {
        eq = true;
    } else if (r_len(v) != r_len(w)) {
        eq = false;
    } else if (r_len(v) == 0) {
        eq = true;
    } else if (r_start(v) != r_start(w)) {
        eq = false;
    } else {
        eq = r_len(v) == 1 || r_step(v) == r_step(w);
    }
    return bool_from(op == OBJ_EQ ? eq : !eq);
}

static ssize_t range_len(Object *o) {
    return (ssize_t)r_len(o);
}

// 1 when the int value `v` is in range `o`.
static bool range_has(Object *o, int64_t v) {
    int64_t start = r_start(o), stop = r_stop(o), step = r_step(o);
    if (step > 0) {
        if (v < start || v >= stop) {
            return false;
        }
        return ((uint64_t)v - (uint64_t)start) % (uint64_t)step == 0;
    }
    if (v > start || v <= stop) {
        return false;
    }
    return ((uint64_t)start - (uint64_t)v) % (0 - (uint64_t)step) == 0;
}

static int range_contains(Object *o, Object *x) {
    if (int_check_exact(x) || bool_check(x)) {
        return range_has(o, int_as_i64(x));
    }
    // Anything else compares with each value in turn, as CPython's iteration search.
    int64_t n = r_len(o), start = r_start(o), step = r_step(o);
    for (int64_t i = 0; i < n; i++) {
        Object *v = int_from_i64(range_at(start, step, i));
        if (v == NULL) {
            return -1;
        }
        int k = obj_richcompare_bool(v, x, OBJ_EQ);
        DECREF(v);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

static Object *range_getitem(Object *o, Object *key) {
    int64_t n = r_len(o);
    if (slice_check(key)) {
        ssize_t start, stop, step, count;
        if (slice_indices(key, (ssize_t)n, &start, &stop, &step, &count) < 0) {
            return NULL;
        }
        int64_t rstart = r_start(o), rstep = r_step(o);
        int64_t a, b, c, sa, sb;
        if (__builtin_mul_overflow((int64_t)start, rstep, &sa) ||
            __builtin_add_overflow(rstart, sa, &a) ||
            __builtin_mul_overflow((int64_t)stop, rstep, &sb) ||
            __builtin_add_overflow(rstart, sb, &b) ||
            __builtin_mul_overflow(rstep, (int64_t)step, &c)) {
            err_set_str(&OverflowErrorType, "Python int too large to convert to C ssize_t");
            return NULL;
        }
        return range_new(a, b, c);
    }
    int64_t i;
    if (int_check_exact(key) || bool_check(key)) {
        i = int_as_i64(key);
    } else if (obj_has_index(key)) {
        i = obj_as_ssize(key);
        if (i == -1 && err_occurred()) {
            return NULL;
        }
    } else {
        err_format(&TypeErrorType, "range indices must be integers or slices, not %T", key);
        return NULL;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        err_set_str(&IndexErrorType, "range object index out of range");
        return NULL;
    }
    return int_from_i64(range_at(r_start(o), r_step(o), i));
}

static Object *make_range_iter(int64_t next, int64_t step, int64_t len) {
    RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType, 0);
    if (it == NULL) {
        return NULL;
    }
    it->next = next;
    it->step = step;
    it->len = len;
    return OB(it);
}

static Object *range_iter(Object *o) {
    return make_range_iter(r_start(o), r_step(o), r_len(o));
}

Object *range_reversed_iter(Object *r) {
    int64_t n = r_len(r), step = r_step(r);
    int64_t last = n == 0 ? r_start(r) : range_at(r_start(r), step, n - 1);
    return make_range_iter(last, (int64_t)(0 - (uint64_t)step), n);
}

static Object *range_count_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("range.count", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *x = args[0];
    if (int_check_exact(x) || bool_check(x)) {
        return int_from_i64(range_has(self, int_as_i64(x)));
    }
    int64_t n = r_len(self), start = r_start(self), step = r_step(self), count = 0;
    for (int64_t i = 0; i < n; i++) {
        Object *v = int_from_i64(range_at(start, step, i));
        if (v == NULL) {
            return NULL;
        }
        int k = obj_richcompare_bool(v, x, OBJ_EQ);
        DECREF(v);
        if (k < 0) {
            return NULL;
        }
        count += k;
    }
    return int_from_i64(count);
}

static Object *range_index_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("range.index", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *x = args[0];
    int64_t start = r_start(self), step = r_step(self);
    if (int_check_exact(x) || bool_check(x)) {
        int64_t v = int_as_i64(x);
        if (!range_has(self, v)) {
            err_format(&ValueErrorType, "%R is not in range", x);
            return NULL;
        }
        uint64_t dist = step > 0 ? (uint64_t)v - (uint64_t)start : (uint64_t)start - (uint64_t)v;
        uint64_t ustep = step > 0 ? (uint64_t)step : 0 - (uint64_t)step;
        return int_from_i64((int64_t)(dist / ustep));
    }
    int64_t n = r_len(self);
    for (int64_t i = 0; i < n; i++) {
        Object *v = int_from_i64(range_at(start, step, i));
        if (v == NULL) {
            return NULL;
        }
        int k = obj_richcompare_bool(v, x, OBJ_EQ);
        DECREF(v);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            return int_from_i64(i);
        }
    }
    err_set_str(&ValueErrorType, "sequence.index(x): x not in sequence");
    return NULL;
}

static Object *range_get_start(Object *o) {
    return NEWREF(RANGE(o)->start);
}

static Object *range_get_stop(Object *o) {
    return NEWREF(RANGE(o)->stop);
}

static Object *range_get_step(Object *o) {
    return NEWREF(RANGE(o)->step);
}

static const MethodDef range_methods[] = {
    {"count", range_count_m, 0},
    {"index", range_index_m, 0},
    {NULL, NULL, 0},
};

static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObject RangeType = {
    .ob = {1, &TypeType},
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .base = &BaseObjectType,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .new_ = range_new_,
    .methods = range_methods,
    .getset = range_getset,
};

// ---- the iterator ---------------------------------------------------------------------

static void rangeiter_dealloc(Object *o) {
    obj_free(o);
}

static Object *rangeiter_next(Object *o) {
    RangeIterObject *it = (RangeIterObject *)o;
    if (it->len <= 0) {
        return NULL;
    }
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return int_from_i64(v);
}

static Object *rangeiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    if (args_has_kw(kwnames) || nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    return int_from_i64(((RangeIterObject *)self)->len);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObject RangeIterType = {
    .ob = {1, &TypeType},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .base = &BaseObjectType,
    .dealloc = rangeiter_dealloc,
    .iter = obj_iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
