// runtime/iter.c — the built-in iterator types: enumerate, zip, map, filter,
// reversed, the sequence iterator and the callable iterator (CPython's
// Objects/enumobject.c, Objects/iterobject.c and the iterators of bltinmodule.c).
//
// Each is a container (TP_GC) holding the objects it walks; `iter` returns the
// iterator itself and `iternext` returns NULL with no exception set at the end. The
// `new_` slot of the first five is what the builtins of the same name call, since in
// Python those builtins are the types. An exhausted iterator drops what it held
// (the sequence, the callable) so that it stays exhausted, as CPython's do; an
// iterator whose fields the collector cleared behaves as exhausted. The types are
// made ready by runtime_init.
#include <limits.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- shared helpers -------------------------------------------------------------------

// The count check CPython words as "reversed expected 1 argument, got 2" (args_count
// words the one-argument case "takes exactly one argument"). 0, or -1.
static int expect_nargs(const char *name, size_t nargs, size_t want) {
    if (nargs == want) {
        return 0;
    }
    err_format(&TypeErrorType, "%s expected %zu argument%s, got %zu", name, want,
               want == 1 ? "" : "s", nargs);
    return -1;
}

// True when the current exception ends a walk over a sequence: IndexError or
// StopIteration, which the caller then clears.
static bool err_ends_sequence(void) {
    return err_matches(&IndexErrorType) || err_matches(&StopIterationType);
}

// next(it) from inside another iterator's `iternext`, counted as a recursion: a chain
// of nested iterators (map(f, map(f, ...))) would otherwise recurse without bound on
// the C stack. Ref: new; NULL at the end (no exception) or with an exception set.
static Object *inner_next(Object *it) {
    if (obj_enter_recursive("") < 0) {
        return NULL;
    }
    Object *item = obj_iter_next(it);
    obj_leave_recursive();
    return item;
}

// A tuple of `iter(args[i])` for each of the `n` arguments. Ref: new.
static Object *iters_tuple(Object *const *args, size_t n) {
    Object *t = tuple_new((ssize_t)n);
    if (t == NULL || n == 0) {
        return t;
    }
    Object **items = tuple_items(t);
    for (size_t i = 0; i < n; i++) {
        items[i] = obj_get_iter(args[i]);
        if (items[i] == NULL) {
            // Fill the rest so that the tuple is whole when it is freed.
            for (size_t j = i; j < n; j++) {
                items[j] = NEWREF(None);
            }
            DECREF(tuple_done(t));
            return NULL;
        }
    }
    return tuple_done(t);
}

// The next item of each iterator in `iters` into `out` (new references). Returns the
// number of iterators; or, the items taken so far released, the index of the first
// one that ended (no exception set) or -1 with an exception set.
static ssize_t next_each(Object *iters, Object **out) {
    ssize_t n = tuple_size(iters);
    for (ssize_t i = 0; i < n; i++) {
        out[i] = inner_next(tuple_item_borrow(iters, i));
        if (out[i] == NULL) {
            for (ssize_t j = 0; j < i; j++) {
                DECREF(out[j]);
            }
            return err_occurred() != NULL ? -1 : i;
        }
    }
    return n;
}

// A tuple of the `n` references in `items`, which it takes over (all released on
// failure). Ref: new.
static Object *tuple_of_steal(Object **items, ssize_t n) {
    Object *t = tuple_new(n);
    if (t == NULL) {
        for (ssize_t i = 0; i < n; i++) {
            DECREF(items[i]);
        }
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        tuple_items(t)[i] = items[i];
    }
    return tuple_done(t);
}

#define VISIT(o)                                         \
    do {                                                 \
        if ((o) != NULL) {                               \
            int vret_ = visit(OB(o), arg);               \
            if (vret_ != 0) {                            \
                return vret_;                            \
            }                                            \
        }                                                \
    } while (0)

// Items gathered on the C stack for zip and map up to this many iterables.
#define SMALL_ARRAY 8

// ---- enumerate ------------------------------------------------------------------------

typedef struct EnumerateObject {
    Object ob;
    Object *it;             // the underlying iterator
    ssize_t index;          // the next count, while `big` is NULL
    Object *big;            // the next count as an int once it no longer fits, else NULL
} EnumerateObject;

static Object *enumerate_new(Object *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    Object *argv[2] = {NULL, NULL};
    if (nargs == 0 && (kwnames == NULL || tuple_size(kwnames) == 0)) {
        err_set_str(&TypeErrorType, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    if (args_parse("enumerate", args, nargs, kwnames, names, 0, 1, argv) < 0) {
        return NULL;
    }
    ssize_t index = 0;
    Object *big = NULL;
    if (argv[1] != NULL) {
        Object *start = obj_index(argv[1]);
        if (start == NULL) {
            return NULL;
        }
        index = obj_as_ssize(start);
        if (index == -1 && err_occurred() != NULL) {
            if (!err_matches(&OverflowErrorType)) {
                DECREF(start);
                return NULL;
            }
            err_clear();
            big = NEWREF(start);
        }
        DECREF(start);
    }
    Object *it = obj_get_iter(argv[0]);
    if (it == NULL) {
        XDECREF(big);
        return NULL;
    }
    EnumerateObject *e = (EnumerateObject *)obj_alloc((TypeObject *)type, 0);
    if (e == NULL) {
        DECREF(it);
        XDECREF(big);
        return NULL;
    }
    e->it = it;
    e->index = index;
    e->big = big;
    gc_track(OB(e));
    return OB(e);
}

static Object *enumerate_next(Object *self) {
    EnumerateObject *e = (EnumerateObject *)self;
    if (e->it == NULL) {
        return NULL;
    }
    Object *item = inner_next(e->it);
    if (item == NULL) {
        return NULL;
    }
    Object *count;
    if (e->big == NULL && e->index < SSIZE_MAX) {
        count = int_from_i64(e->index++);
    } else {
        if (e->big == NULL && (e->big = int_from_i64(e->index)) == NULL) {
            DECREF(item);
            return NULL;
        }
        count = NEWREF(e->big);
        Object *one = int_from_i64(1);
        Object *next = one != NULL ? obj_binary_op(e->big, one, NB_ADD) : NULL;
        XDECREF(one);
        if (next == NULL) {
            DECREF(count);
            DECREF(item);
            return NULL;
        }
        SETREF(e->big, next);
    }
    if (count == NULL) {
        DECREF(item);
        return NULL;
    }
    Object *pair[2] = {count, item};
    return tuple_of_steal(pair, 2);
}

static void enumerate_dealloc(Object *self) {
    EnumerateObject *e = (EnumerateObject *)self;
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(e->it);
    XDECREF(e->big);
    obj_free(self);
    list_trash_end();
}

static int enumerate_traverse(Object *self, visitproc visit, void *arg) {
    EnumerateObject *e = (EnumerateObject *)self;
    VISIT(e->it);
    VISIT(e->big);
    return 0;
}

static int enumerate_clear(Object *self) {
    EnumerateObject *e = (EnumerateObject *)self;
    CLEAR(e->it);
    CLEAR(e->big);
    return 0;
}

TypeObject EnumerateType = {
    .ob = TYPE_HEAD,
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = enumerate_dealloc,
    .iter = obj_iter_self,
    .iternext = enumerate_next,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .new_ = enumerate_new,
};

// ---- zip ------------------------------------------------------------------------------

typedef struct ZipObject {
    Object ob;
    Object *iters;          // tuple of iterators
    bool strict;            // zip(..., strict=True): unequal lengths raise ValueError
} ZipObject;

static Object *zip_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    bool strict = false;
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    if (nkw > 1) {
        err_format(&TypeErrorType, "zip() takes at most 1 keyword argument (%zd given)", nkw);
        return NULL;
    }
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = tuple_item_borrow(kwnames, i);
        if (!str_eq_cstr(name, "strict")) {
            err_format(&TypeErrorType, "'%U' is an invalid keyword argument for zip()", name);
            return NULL;
        }
        int truth = obj_is_true(args[nargs + (size_t)i]);
        if (truth < 0) {
            return NULL;
        }
        strict = truth != 0;
    }
    Object *iters = iters_tuple(args, nargs);
    if (iters == NULL) {
        return NULL;
    }
    ZipObject *z = (ZipObject *)obj_alloc((TypeObject *)type, 0);
    if (z == NULL) {
        DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    gc_track(OB(z));
    return OB(z);
}

// zip(strict=True) found that iterator `i` ended first: raise unless every other one
// ended too. Returns NULL, with an exception set when the lengths differ.
static Object *zip_check_strict(ZipObject *z, ssize_t i) {
    if (i > 0) {
        err_format(&ValueErrorType, "zip() argument %zd is shorter than argument%s%zd",
                   i + 1, i == 1 ? " " : "s 1-", i);
        return NULL;
    }
    ssize_t n = tuple_size(z->iters);
    for (ssize_t j = 1; j < n; j++) {
        Object *item = inner_next(tuple_item_borrow(z->iters, j));
        if (item != NULL) {
            DECREF(item);
            err_format(&ValueErrorType, "zip() argument %zd is longer than argument%s%zd",
                       j + 1, j == 1 ? " " : "s 1-", j);
            return NULL;
        }
        if (err_occurred() != NULL) {
            return NULL;
        }
    }
    return NULL;
}

static Object *zip_next(Object *self) {
    ZipObject *z = (ZipObject *)self;
    if (z->iters == NULL) {
        return NULL;
    }
    ssize_t n = tuple_size(z->iters);
    if (n == 0) {
        return NULL;
    }
    Object *small[SMALL_ARRAY];
    Object **items = small;
    if (n > SMALL_ARRAY && (items = heap_alloc(sizeof(Object *) * (size_t)n)) == NULL) {
        return err_no_memory();
    }
    Object *res = NULL;
    ssize_t got = next_each(z->iters, items);
    if (got == n) {
        res = tuple_of_steal(items, n);
    } else if (got >= 0 && z->strict) {
        zip_check_strict(z, got);
    }
    if (items != small) {
        heap_free(items);
    }
    return res;
}

static void zip_dealloc(Object *self) {
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(((ZipObject *)self)->iters);
    obj_free(self);
    list_trash_end();
}

static int zip_traverse(Object *self, visitproc visit, void *arg) {
    VISIT(((ZipObject *)self)->iters);
    return 0;
}

static int zip_clear(Object *self) {
    CLEAR(((ZipObject *)self)->iters);
    return 0;
}

TypeObject ZipType = {
    .ob = TYPE_HEAD,
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = zip_dealloc,
    .iter = obj_iter_self,
    .iternext = zip_next,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .new_ = zip_new,
};

// ---- map ------------------------------------------------------------------------------

typedef struct MapObject {
    Object ob;
    Object *func;
    Object *iters;          // tuple of iterators, at least one
} MapObject;

static Object *map_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("map", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 2) {
        err_set_str(&TypeErrorType, "map() must have at least two arguments.");
        return NULL;
    }
    Object *iters = iters_tuple(args + 1, nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    MapObject *m = (MapObject *)obj_alloc((TypeObject *)type, 0);
    if (m == NULL) {
        DECREF(iters);
        return NULL;
    }
    m->func = NEWREF(args[0]);
    m->iters = iters;
    gc_track(OB(m));
    return OB(m);
}

static Object *map_next(Object *self) {
    MapObject *m = (MapObject *)self;
    if (m->func == NULL || m->iters == NULL) {
        return NULL;
    }
    ssize_t n = tuple_size(m->iters);
    Object *small[SMALL_ARRAY];
    Object **items = small;
    if (n > SMALL_ARRAY && (items = heap_alloc(sizeof(Object *) * (size_t)n)) == NULL) {
        return err_no_memory();
    }
    Object *res = NULL;
    if (next_each(m->iters, items) == n) {
        res = obj_call(m->func, items, (size_t)n, NULL);
        for (ssize_t i = 0; i < n; i++) {
            DECREF(items[i]);
        }
    }
    if (items != small) {
        heap_free(items);
    }
    return res;
}

static void map_dealloc(Object *self) {
    MapObject *m = (MapObject *)self;
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(m->func);
    XDECREF(m->iters);
    obj_free(self);
    list_trash_end();
}

static int map_traverse(Object *self, visitproc visit, void *arg) {
    MapObject *m = (MapObject *)self;
    VISIT(m->func);
    VISIT(m->iters);
    return 0;
}

static int map_clear(Object *self) {
    MapObject *m = (MapObject *)self;
    CLEAR(m->func);
    CLEAR(m->iters);
    return 0;
}

TypeObject MapType = {
    .ob = TYPE_HEAD,
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = map_dealloc,
    .iter = obj_iter_self,
    .iternext = map_next,
    .traverse = map_traverse,
    .clear = map_clear,
    .new_ = map_new,
};

// ---- filter ---------------------------------------------------------------------------

typedef struct FilterObject {
    Object ob;
    Object *func;           // None (or bool): keep the true items
    Object *it;
} FilterObject;

static Object *filter_new(Object *type, Object *const *args, size_t nargs,
                          Object *kwnames) {
    if (args_no_kw("filter", kwnames) < 0 || args_count("filter", nargs, 2, 2) < 0) {
        return NULL;
    }
    Object *it = obj_get_iter(args[1]);
    if (it == NULL) {
        return NULL;
    }
    FilterObject *f = (FilterObject *)obj_alloc((TypeObject *)type, 0);
    if (f == NULL) {
        DECREF(it);
        return NULL;
    }
    f->func = NEWREF(args[0]);
    f->it = it;
    gc_track(OB(f));
    return OB(f);
}

static Object *filter_next(Object *self) {
    FilterObject *f = (FilterObject *)self;
    if (f->func == NULL || f->it == NULL) {
        return NULL;
    }
    bool plain = f->func == None || f->func == OB(&BoolType);
    for (;;) {
        Object *item = inner_next(f->it);
        if (item == NULL) {
            return NULL;
        }
        int keep;
        if (plain) {
            keep = obj_is_true(item);
        } else {
            Object *verdict = obj_call1(f->func, item);
            if (verdict == NULL) {
                DECREF(item);
                return NULL;
            }
            keep = obj_is_true(verdict);
            DECREF(verdict);
        }
        if (keep > 0) {
            return item;
        }
        DECREF(item);
        if (keep < 0) {
            return NULL;
        }
    }
}

static void filter_dealloc(Object *self) {
    FilterObject *f = (FilterObject *)self;
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(f->func);
    XDECREF(f->it);
    obj_free(self);
    list_trash_end();
}

static int filter_traverse(Object *self, visitproc visit, void *arg) {
    FilterObject *f = (FilterObject *)self;
    VISIT(f->func);
    VISIT(f->it);
    return 0;
}

static int filter_clear(Object *self) {
    FilterObject *f = (FilterObject *)self;
    CLEAR(f->func);
    CLEAR(f->it);
    return 0;
}

TypeObject FilterType = {
    .ob = TYPE_HEAD,
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = filter_dealloc,
    .iter = obj_iter_self,
    .iternext = filter_next,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .new_ = filter_new,
};

// ---- reversed and the sequence iterator -------------------------------------------------

// Both walk a sequence by index through `obj_getitem`: reversed from len-1 down to 0,
// the sequence iterator from 0 up until IndexError. `seq` is NULL once exhausted.
typedef struct SeqWalkObject {
    Object ob;
    Object *seq;            // first: the SourceIterObject head
    ssize_t index;          // the next index to fetch
} SeqWalkObject;

// seq[index] for a C index. Ref: new.
static Object *getitem_index(Object *seq, ssize_t index) {
    Object *key = int_from_i64(index);
    if (key == NULL) {
        return NULL;
    }
    Object *item = obj_getitem(seq, key);
    DECREF(key);
    return item;
}

// A sequence that reversed() and the sequence iterator may walk by index: it has
// a length and item access, and is not a mapping.
static bool is_sequence(Object *o) {
    return TYPE(o)->getitem != NULL && TYPE(o)->len != NULL && !dict_check(o);
}

static Object *reversed_new(Object *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kw("reversed", kwnames) < 0 || expect_nargs("reversed", nargs, 1) < 0) {
        return NULL;
    }
    Object *seq = args[0];
    if (TYPE(seq) == &ListType) {
        return list_reversed_iter(seq);
    }
    if (range_check(seq)) {
        return range_reversed_iter(seq);
    }
    Object *name = str_intern_cstr("__reversed__");
    if (name == NULL) {
        return NULL;
    }
    Object *method = type_lookup_borrow(TYPE(seq), name);
    DECREF(name);
    if (method != NULL && method != None) {
        return obj_call_method(seq, "__reversed__", NULL, 0);
    }
    if (method == None || !is_sequence(seq)) {
        return err_type_what(seq, "is not reversible");
    }
    ssize_t n = obj_len(seq);
    if (n < 0) {
        return NULL;
    }
    SeqWalkObject *r = (SeqWalkObject *)obj_alloc((TypeObject *)type, 0);
    if (r == NULL) {
        return NULL;
    }
    r->seq = NEWREF(seq);
    r->index = n - 1;
    gc_track(OB(r));
    return OB(r);
}

static Object *reversed_next(Object *self) {
    SeqWalkObject *r = (SeqWalkObject *)self;
    if (r->seq != NULL && r->index >= 0) {
        Object *item = getitem_index(r->seq, r->index);
        if (item != NULL) {
            r->index--;
            return item;
        }
        if (!err_ends_sequence()) {
            return NULL;
        }
        err_clear();
    }
    r->index = -1;
    CLEAR(r->seq);
    return NULL;
}

Object *seqiter_new(Object *seq) {
    SeqWalkObject *s = (SeqWalkObject *)obj_alloc(&SeqIterType, 0);
    if (s == NULL) {
        return NULL;
    }
    s->seq = NEWREF(seq);
    s->index = 0;
    gc_track(OB(s));
    return OB(s);
}

static Object *seqiter_next(Object *self) {
    SeqWalkObject *s = (SeqWalkObject *)self;
    if (s->seq == NULL) {
        return NULL;
    }
    if (s->index == SSIZE_MAX) {
        err_set_str(&OverflowErrorType, "iter index too large");
        return NULL;
    }
    Object *item = getitem_index(s->seq, s->index);
    if (item != NULL) {
        s->index++;
        return item;
    }
    if (err_ends_sequence()) {
        err_clear();
        CLEAR(s->seq);
    }
    return NULL;
}

void source_iter_dealloc(Object *self) {
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(((SourceIterObject *)self)->source);
    obj_free(self);
    list_trash_end();
}

int source_iter_traverse(Object *self, visitproc visit, void *arg) {
    VISIT(((SourceIterObject *)self)->source);
    return 0;
}

int source_iter_clear(Object *self) {
    CLEAR(((SourceIterObject *)self)->source);
    return 0;
}

TypeObject ReversedType = {
    .ob = TYPE_HEAD,
    .name = "reversed",
    .basicsize = sizeof(SeqWalkObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = reversed_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
    .new_ = reversed_new,
};

TypeObject SeqIterType = {
    .ob = TYPE_HEAD,
    .name = "iterator",
    .basicsize = sizeof(SeqWalkObject),
    .flags = TP_GC,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = seqiter_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
};

// ---- the callable iterator ----------------------------------------------------------------

typedef struct CallIterObject {
    Object ob;
    Object *func;           // NULL once exhausted
    Object *sentinel;
} CallIterObject;

Object *calliter_new(Object *callable, Object *sentinel) {
    CallIterObject *c = (CallIterObject *)obj_alloc(&CallIterType, 0);
    if (c == NULL) {
        return NULL;
    }
    c->func = NEWREF(callable);
    c->sentinel = NEWREF(sentinel);
    gc_track(OB(c));
    return OB(c);
}

static Object *calliter_next(Object *self) {
    CallIterObject *c = (CallIterObject *)self;
    if (c->func == NULL || c->sentinel == NULL) {
        return NULL;
    }
    Object *res = obj_call0(c->func);
    if (res == NULL) {
        if (err_matches(&StopIterationType)) {
            err_clear();
            CLEAR(c->func);
            CLEAR(c->sentinel);
        }
        return NULL;
    }
    int done = obj_richcompare_bool(c->sentinel, res, OBJ_EQ);
    if (done == 0) {
        return res;
    }
    DECREF(res);
    if (done > 0) {
        CLEAR(c->func);
        CLEAR(c->sentinel);
    }
    return NULL;
}

static void calliter_dealloc(Object *self) {
    CallIterObject *c = (CallIterObject *)self;
    gc_untrack(self);
    if (list_trash_begin(self)) {
        return;
    }
    XDECREF(c->func);
    XDECREF(c->sentinel);
    obj_free(self);
    list_trash_end();
}

static int calliter_traverse(Object *self, visitproc visit, void *arg) {
    CallIterObject *c = (CallIterObject *)self;
    VISIT(c->func);
    VISIT(c->sentinel);
    return 0;
}

static int calliter_clear(Object *self) {
    CallIterObject *c = (CallIterObject *)self;
    CLEAR(c->func);
    CLEAR(c->sentinel);
    return 0;
}

TypeObject CallIterType = {
    .ob = TYPE_HEAD,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .flags = TP_GC,
    .dealloc = calliter_dealloc,
    .iter = obj_iter_self,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
};
