// runtime/list.c — list, its two iterators, list.sort, and two helpers every
// container shares: the guard of self-containing reprs and the trashcan.
//
// A list holds `ob.size` references in `items`, a heap block of `allocated` slots.
// Invariants: 0 <= size <= allocated; items == NULL exactly when allocated == 0,
// except while list.sort runs, when the list looks empty (size 0, items NULL,
// allocated -1) so that code run by a comparison cannot see or change the items
// being sorted; sort then raises "list modified during sort" if allocated moved.
// Growth follows CPython 3.11's list_resize step for step, so `sys.getsizeof` shows
// the same numbers.
//
// list.sort is a stable natural merge sort after CPython's timsort: runs found by
// `count_run`, short runs extended by binary insertion to `minrun`, a run stack with
// timsort's balance rules, merges without galloping. For lists under 64 items it
// makes exactly CPython's comparisons, so errors and side effects match. When a
// comparison fails the array still holds every item once.
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/iter.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define SSIZE_MAX_ ((ssize_t)(SIZE_MAX >> 1))

#define LIST(o) ((ListObject *)(o))

// ---- argument checks with CPython's messages -------------------------------------------

// `o` as a C index for an argument: TypeError "'str' object cannot be interpreted as
// an integer" when it has no __index__. 0, or -1.
static int arg_index(Object *o, ssize_t *out) {
    if (int_check_exact(o) || bool_check(o)) {
        *out = (ssize_t)int_as_i64(o);
        return 0;
    }
    if (!obj_has_index(o)) {
        err_format(&TypeErrorType, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    ssize_t v = obj_as_ssize(o);
    if (v == -1 && err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

// ---- the repr guard ---------------------------------------------------------------------

// Objects whose repr is being computed, innermost last (identity only, no references).
// A small static array covers ordinary nesting; deeper nesting moves to the heap and
// comes back when the outermost repr ends.
static Object *repr_small[16];
static Object **repr_stack = repr_small;
static ssize_t repr_depth;
static ssize_t repr_cap = 16;

int list_repr_enter(Object *o) {
    for (ssize_t i = 0; i < repr_depth; i++) {
        if (repr_stack[i] == o) {
            return 1;
        }
    }
    if (repr_depth == repr_cap) {
        ssize_t cap = repr_cap * 2;
        Object **p = heap_alloc((size_t)cap * sizeof(Object *));
        if (p == NULL) {
            err_no_memory();
            return -1;
        }
        memcpy(p, repr_stack, (size_t)repr_depth * sizeof(Object *));
        if (repr_stack != repr_small) {
            heap_free(repr_stack);
        }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void list_repr_leave(Object *o) {
    for (ssize_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (size_t)(repr_depth - i - 1) * sizeof(Object *));
            repr_depth--;
            break;
        }
    }
    if (repr_depth == 0 && repr_stack != repr_small) {
        heap_free(repr_stack);
        repr_stack = repr_small;
        repr_cap = 16;
    }
}

// ---- the trashcan -----------------------------------------------------------------------

// Containers dying inside this many nested deallocations are put aside on
// `trash_chain`, linked through the `prev` word of their (untracked, so unused)
// collector header, and freed once the outermost deallocation returns.
#define TRASH_DEPTH_LIMIT 50

static int trash_depth;
static Object *trash_chain;
static bool trash_draining;

bool list_trash_begin(Object *o) {
    if (trash_depth >= TRASH_DEPTH_LIMIT) {
        gc_trash_set_link(o, trash_chain);
        trash_chain = o;
        return true;
    }
    trash_depth++;
    return false;
}

void list_trash_end(void) {
    trash_depth--;
    if (trash_depth > 0 || trash_chain == NULL || trash_draining) {
        return;
    }
    trash_draining = true;
    while (trash_chain != NULL) {
        Object *o = trash_chain;
        trash_chain = gc_trash_link(o);
        gc_trash_set_link(o, NULL);
        TYPE(o)->dealloc(o);
    }
    trash_draining = false;
}

// ---- storage ---------------------------------------------------------------------------

// CPython 3.11's list_resize: keep the block while `newsize` is between half and all
// of it, else reallocate with about 1/8 extra rounded to a multiple of 4. Shrinking
// never fails (the old block is kept if realloc refuses). 0, or -1 (MemoryError).
static int list_resize(ListObject *l, ssize_t newsize) {
    ssize_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->ob.size > (ssize_t)(new_allocated - (size_t)newsize)) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    if (new_allocated > SIZE_MAX / sizeof(Object *) / 2) {
        err_no_memory();
        return -1;
    }
    Object **items = NULL;
    if (new_allocated == 0) {
        heap_free(l->items);
    } else {
        items = heap_realloc(l->items, new_allocated * sizeof(Object *));
        if (items == NULL) {
            if (newsize <= allocated) {
                l->ob.size = newsize;
                return 0;
            }
            err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->ob.size = newsize;
    l->allocated = (ssize_t)new_allocated;
    return 0;
}

// An empty list of `type` (list or a subclass), tracked, for `list()`. Ref: new.
static Object *alloc_list(TypeObject *type) {
    Object *l = obj_alloc_fresh(type, 0);
    if (l == NULL) {
        return NULL;
    }
    LIST(l)->ob.size = 0;
    LIST(l)->items = NULL;
    LIST(l)->allocated = 0;
    gc_track(l);
    return l;
}

Object *list_new(ssize_t n) {
    if (n < 0) {
        err_set_str(&SystemErrorType, "negative list size");
        return NULL;
    }
    if ((size_t)n > SIZE_MAX / sizeof(Object *) / 2) {
        return err_no_memory();
    }
    Object *l = obj_alloc(&ListType, 0);
    if (l == NULL) {
        return NULL;
    }
    if (n > 0) {
        Object **items = heap_calloc((size_t)n * sizeof(Object *));
        if (items == NULL) {
            DECREF(l);
            return err_no_memory();
        }
        LIST(l)->items = items;
    }
    LIST(l)->ob.size = n;
    LIST(l)->allocated = n;
    gc_track(l);
    return l;
}

void list_set_steal(Object *l, ssize_t i, Object *v) {
    Object *old = LIST(l)->items[i];
    LIST(l)->items[i] = v;
    XDECREF(old);
}

// Append, taking over the caller's reference to `v` (dropped on failure).
static int append_steal(ListObject *l, Object *v) {
    ssize_t n = l->ob.size;
    if (n < l->allocated) {
        l->items[n] = v;
        l->ob.size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) {
        DECREF(v);
        return -1;
    }
    l->items[n] = v;
    return 0;
}

int list_append(Object *l, Object *v) {
    return append_steal(LIST(l), NEWREF(v));
}

Object *list_from_array(Object *const *items, ssize_t n) {
    Object *l = list_new(n);
    if (l == NULL) {
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        LIST(l)->items[i] = NEWREF(items[i]);
    }
    return l;
}

Object *list_as_tuple(Object *l) {
    return tuple_from_array(LIST(l)->items, LIST(l)->ob.size);
}

// l[lo:hi] with 0 <= lo <= hi <= size. Ref: new.
static Object *list_slice(ListObject *l, ssize_t lo, ssize_t hi) {
    return list_from_array(l->items + lo, hi - lo);
}

// Drop every item (CPython's _list_clear): the list is empty before any DECREF runs.
static void clear_items(ListObject *l) {
    Object **items = l->items;
    if (items == NULL) {
        return;
    }
    ssize_t i = l->ob.size;
    l->ob.size = 0;
    l->items = NULL;
    l->allocated = 0;
    while (--i >= 0) {
        XDECREF(items[i]);
    }
    heap_free(items);
}

// The __length_hint__ protocol (CPython's PyObject_LengthHint): len() when the type
// has one, the iterator's own hint, else `dflt`. -1 with an exception set on error.
static ssize_t length_hint(Object *o, ssize_t dflt) {
    TypeObject *t = TYPE(o);
    if (t->len != NULL) {
        ssize_t n = t->len(o);
        if (n >= 0) {
            return n;
        }
        if (!err_matches(&TypeErrorType)) {
            return -1;
        }
        err_clear();
    }
    if (t == &ListIterType) {
        ListIterObject *it = (ListIterObject *)o;
        ssize_t n = it->seq == NULL ? 0 : list_size(it->seq) - it->index;
        return n < 0 ? 0 : n;
    }
    if (t == &TupleIterType) {
        TupleIterObject *it = (TupleIterObject *)o;
        return it->seq == NULL ? 0 : tuple_size(it->seq) - it->index;
    }
    if (t == &RangeIterType) {
        return (ssize_t)((RangeIterObject *)o)->len;
    }
    Object *name = str_intern_cstr("__length_hint__");
    if (name == NULL) {
        return -1;
    }
    Object *meth = type_lookup_borrow(t, name);
    DECREF(name);
    if (meth == NULL) {
        return dflt;
    }
    Object *r = obj_call_method(o, "__length_hint__", NULL, 0);
    if (r == NULL) {
        if (err_matches(&TypeErrorType)) {
            err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == NotImplemented) {
        DECREF(r);
        return dflt;
    }
    if (!int_check(r)) {
        err_format(&TypeErrorType, "'%T' object cannot be interpreted as an integer", r);
        DECREF(r);
        return -1;
    }
    int64_t n = int_as_i64(r);
    DECREF(r);
    if (n < 0) {
        err_set_str(&ValueErrorType, "__length_hint__() should return >= 0");
        return -1;
    }
    return (ssize_t)n;
}

// The next item of `it`: Ref: new; NULL at the end (no exception) or on error.
static Object *next_item(Object *it) {
    iternextfunc next = TYPE(it)->iternext;
    Object *item = next != NULL ? next(it) : obj_iter_next(it);
    if (item == NULL && err_occurred() && err_matches(&StopIterationType)) {
        err_clear();
    }
    return item;
}

// Give a list without a block room for exactly `n` (> 0) items, rounded up to an
// even count as CPython's list_preallocate_exact does. 0, or -1.
static int preallocate_exact(ListObject *l, ssize_t n) {
    n = (n + 1) & ~(ssize_t)1;
    if ((size_t)n > SIZE_MAX / sizeof(Object *) / 2) {
        err_no_memory();
        return -1;
    }
    Object **items = heap_alloc((size_t)n * sizeof(Object *));
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    l->items = items;
    l->allocated = n;
    return 0;
}

// CPython's list_extend: lists and tuples are copied at once (into an exact block
// when the list has none); anything else is iterated after reserving room for its
// length hint. 0, or -1.
static int extend(ListObject *l, Object *iterable) {
    if (TYPE(iterable) == &ListType || TYPE(iterable) == &TupleType || OB(l) == iterable) {
        ssize_t n = TYPE(iterable) == &TupleType ? tuple_size(iterable) : list_size(iterable);
        if (n == 0) {
            return 0;
        }
        ssize_t m = l->ob.size;
        if (l->items == NULL) {
            if (preallocate_exact(l, n) < 0) {
                return -1;
            }
            l->ob.size = n;
        } else if (list_resize(l, m + n) < 0) {
            return -1;
        }
        // Read the source only now: when it is `l` itself, the block may have moved.
        Object **src = TYPE(iterable) == &TupleType ? tuple_items(iterable)
                                                     : LIST(iterable)->items;
        for (ssize_t i = 0; i < n; i++) {
            l->items[m + i] = NEWREF(src[i]);
        }
        return 0;
    }
    Object *it = obj_get_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    int rc = -1;
    ssize_t n = length_hint(iterable, 8);
    if (n < 0) {
        goto done;
    }
    ssize_t m = l->ob.size;
    if (m <= SSIZE_MAX_ - n) {
        if (list_resize(l, m + n) < 0) {
            goto done;
        }
        l->ob.size = m;
    }
    for (;;) {
        Object *item = next_item(it);
        if (item == NULL) {
            if (err_occurred()) {
                goto done;
            }
            break;
        }
        if (append_steal(l, item) < 0) {
            goto done;
        }
    }
    if (l->ob.size < l->allocated && list_resize(l, l->ob.size) < 0) {
        goto done;
    }
    rc = 0;
done:
    DECREF(it);
    return rc;
}

int list_extend(Object *l, Object *iterable) {
    return extend(LIST(l), iterable);
}

// CPython's PySequence_Fast: a list or tuple as it is, anything else as a new list;
// TypeError `msg` when it is not iterable. Ref: new.
static Object *sequence_fast(Object *v, const char *msg) {
    if (TYPE(v) == &ListType || TYPE(v) == &TupleType) {
        return NEWREF(v);
    }
    Object *it = obj_get_iter(v);
    if (it == NULL) {
        if (err_matches(&TypeErrorType)) {
            err_set_str(&TypeErrorType, msg);
        }
        return NULL;
    }
    Object *l = list_new(0);
    if (l != NULL && extend(LIST(l), it) < 0) {
        CLEAR(l);
    }
    DECREF(it);
    return l;
}

static Object **seq_items(Object *s) {
    return TYPE(s) == &TupleType ? tuple_items(s) : LIST(s)->items;
}

static ssize_t seq_size(Object *s) {
    return TYPE(s) == &TupleType ? tuple_size(s) : list_size(s);
}

// a[ilow:ihigh] = v (v NULL: delete), CPython's list_ass_slice: `v` may be any
// iterable, `a` itself included; the bounds are clamped once `v` is converted.
static int ass_slice(ListObject *a, ssize_t ilow, ssize_t ihigh, Object *v) {
    Object *seq = NULL;
    Object *small[8];
    Object **recycle = small;
    ssize_t n = 0;
    int rc = -1;
    if (v != NULL) {
        seq = OB(a) == v ? list_slice(a, 0, a->ob.size)
                         : sequence_fast(v, "can only assign an iterable");
        if (seq == NULL) {
            return -1;
        }
        n = seq_size(seq);
    }
    ssize_t size = a->ob.size;
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > size) {
        ilow = size;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > size) {
        ihigh = size;
    }
    ssize_t norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (size + d == 0) {
        XDECREF(seq);
        clear_items(a);
        return 0;
    }
    if (norig > 8) {
        recycle = heap_alloc((size_t)norig * sizeof(Object *));
        if (recycle == NULL) {
            err_no_memory();
            goto done;
        }
    }
    if (d > 0 && list_resize(a, size + d) < 0) {
        goto done;
    }
    Object **items = a->items;
    memcpy(recycle, &items[ilow], (size_t)norig * sizeof(Object *));
    if (d != 0) {
        memmove(&items[ihigh + d], &items[ihigh], (size_t)(size - ihigh) * sizeof(Object *));
    }
    if (d < 0) {
        list_resize(a, size + d);   // shrinking: cannot fail
        items = a->items;
    }
    if (n > 0) {
        Object **src = seq_items(seq);
        for (ssize_t k = 0; k < n; k++) {
            items[ilow + k] = NEWREF(src[k]);
        }
    }
    for (ssize_t k = norig - 1; k >= 0; k--) {
        XDECREF(recycle[k]);
    }
    rc = 0;
done:
    if (recycle != small) {
        heap_free(recycle);
    }
    XDECREF(seq);
    return rc;
}

// del a[start::step] for an extended slice of `count` items (step != 1).
static int del_extended(ListObject *a, ssize_t start, ssize_t step, ssize_t count) {
    if (count <= 0) {
        return 0;
    }
    if (step < 0) {
        // The same items, walked upwards.
        start = start + step * (count - 1);
        step = -step;
    }
    Object **garbage = heap_alloc((size_t)count * sizeof(Object *));
    if (garbage == NULL) {
        err_no_memory();
        return -1;
    }
    Object **items = a->items;
    ssize_t size = a->ob.size;
    ssize_t w = start, g = 0, next = start;
    for (ssize_t r = start; r < size; r++) {
        if (r == next && g < count) {
            garbage[g++] = items[r];
            next += step;
        } else {
            items[w++] = items[r];
        }
    }
    list_resize(a, size - count);   // shrinking: cannot fail
    for (ssize_t i = 0; i < count; i++) {
        DECREF(garbage[i]);
    }
    heap_free(garbage);
    return 0;
}

// a[start::step] = v for an extended slice (step != 1).
static int ass_extended(ListObject *a, ssize_t start, ssize_t stop, ssize_t step, Object *v) {
    Object *seq = OB(a) == v ? list_slice(a, 0, a->ob.size)
                             : sequence_fast(v, "must assign iterable to extended slice");
    if (seq == NULL) {
        return -1;
    }
    ssize_t count = slice_adjust(a->ob.size, &start, &stop, step);
    ssize_t n = seq_size(seq);
    if (n != count) {
        err_format(&ValueErrorType,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   n, count);
        DECREF(seq);
        return -1;
    }
    if (count == 0) {
        DECREF(seq);
        return 0;
    }
    Object **garbage = heap_alloc((size_t)count * sizeof(Object *));
    if (garbage == NULL) {
        DECREF(seq);
        err_no_memory();
        return -1;
    }
    Object **src = seq_items(seq);
    for (ssize_t i = 0, cur = start; i < count; i++, cur += step) {
        garbage[i] = a->items[cur];
        a->items[cur] = NEWREF(src[i]);
    }
    for (ssize_t i = 0; i < count; i++) {
        DECREF(garbage[i]);
    }
    heap_free(garbage);
    DECREF(seq);
    return 0;
}

// ---- slots ----------------------------------------------------------------------------

static void list_dealloc(Object *o) {
    gc_untrack(o);
    if (list_trash_begin(o)) {
        return;
    }
    ListObject *l = LIST(o);
    if (l->items != NULL) {
        for (ssize_t i = l->ob.size - 1; i >= 0; i--) {
            XDECREF(l->items[i]);
        }
        heap_free(l->items);
    }
    obj_free(o);
    list_trash_end();
}

static int list_traverse(Object *o, visitproc visit, void *arg) {
    ListObject *l = LIST(o);
    for (ssize_t i = l->ob.size - 1; i >= 0; i--) {
        if (l->items[i] != NULL) {
            int rc = visit(l->items[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static int list_gc_clear(Object *o) {
    clear_items(LIST(o));
    return 0;
}

static Object *list_repr(Object *o) {
    ListObject *l = LIST(o);
    if (l->ob.size == 0) {
        return str_from_cstr("[]");
    }
    int r = list_repr_enter(o);
    if (r != 0) {
        return r > 0 ? str_from_cstr("[...]") : NULL;
    }
    Object *res = NULL;
    StrBuilder b;
    str_builder_init(&b);
    if (str_builder_append_char(&b, '[') < 0) {
        goto done;
    }
    // The list may change while an item's repr runs: re-read the size each time.
    for (ssize_t i = 0; i < l->ob.size; i++) {
        if (i > 0 && str_builder_append(&b, ", ", 2) < 0) {
            goto done;
        }
        Object *item = NEWREF(l->items[i]);
        int rc = str_builder_append_repr(&b, item);
        DECREF(item);
        if (rc < 0) {
            goto done;
        }
    }
    if (str_builder_append_char(&b, ']') < 0) {
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

static Object *list_richcompare(Object *v, Object *w, int op) {
    if (!list_check(v) || !list_check(w)) {
        return NEWREF(NotImplemented);
    }
    ListObject *vl = LIST(v), *wl = LIST(w);
    if (vl->ob.size != wl->ob.size && (op == OBJ_EQ || op == OBJ_NE)) {
        return bool_from(op == OBJ_NE);
    }
    ssize_t i;
    for (i = 0; i < vl->ob.size && i < wl->ob.size; i++) {
        Object *a = vl->items[i], *b = wl->items[i];
        if (a == b) {
            continue;
        }
        INCREF(a);
        INCREF(b);
        int k = obj_richcompare_bool(a, b, OBJ_EQ);
        DECREF(a);
        DECREF(b);
        if (k < 0) {
            return NULL;
        }
        if (k == 0) {
            break;
        }
    }
    if (i >= vl->ob.size || i >= wl->ob.size) {
        return cmp_sizes(vl->ob.size, wl->ob.size, op);
    }
    if (op == OBJ_EQ) {
        RETURN_FALSE;
    }
    if (op == OBJ_NE) {
        RETURN_TRUE;
    }
    Object *a = NEWREF(vl->items[i]), *b = NEWREF(wl->items[i]);
    Object *res = obj_richcompare(a, b, op);
    DECREF(a);
    DECREF(b);
    return res;
}

static Object *list_add(Object *a, Object *b) {
    if (!list_check(a)) {
        return NEWREF(NotImplemented);
    }
    if (!list_check(b)) {
        if (TYPE(b)->flags & TP_HEAPTYPE) {
            return NEWREF(NotImplemented);
        }
        err_format(&TypeErrorType, "can only concatenate list (not \"%T\") to list", b);
        return NULL;
    }
    ssize_t an = list_size(a), bn = list_size(b);
    if (an > SSIZE_MAX_ - bn) {
        return err_no_memory();
    }
    Object *l = list_new(an + bn);
    if (l == NULL) {
        return NULL;
    }
    for (ssize_t i = 0; i < an; i++) {
        LIST(l)->items[i] = NEWREF(LIST(a)->items[i]);
    }
    for (ssize_t i = 0; i < bn; i++) {
        LIST(l)->items[an + i] = NEWREF(LIST(b)->items[i]);
    }
    return l;
}

// The repeat count of `l * n`: 0 with it in `*out`, 1 when `n` is a user type that
// may handle the operation (NotImplemented), -1 on error.
static int repeat_count(Object *n, ssize_t *out) {
    if (!obj_has_index(n)) {
        if (TYPE(n)->flags & TP_HEAPTYPE) {
            return 1;
        }
        err_format(&TypeErrorType, "can't multiply sequence by non-int of type '%T'", n);
        return -1;
    }
    ssize_t v = obj_as_ssize(n);
    if (v == -1 && err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

static Object *list_mul(Object *a, Object *b) {
    Object *seq = list_check(a) ? a : b;
    ssize_t n = 0;
    int r = repeat_count(seq == a ? b : a, &n);
    if (r != 0) {
        return r > 0 ? NEWREF(NotImplemented) : NULL;
    }
    ssize_t size = list_size(seq);
    if (n <= 0 || size == 0) {
        return list_new(0);
    }
    if (size > SSIZE_MAX_ / n) {
        return err_no_memory();
    }
    Object *l = list_new(size * n);
    if (l == NULL) {
        return NULL;
    }
    Object **dst = LIST(l)->items;
    Object **src = LIST(seq)->items;
    for (ssize_t k = 0; k < n; k++) {
        for (ssize_t i = 0; i < size; i++) {
            *dst++ = NEWREF(src[i]);
        }
    }
    return l;
}

static Object *list_iadd(Object *a, Object *b) {
    if (!list_check(a)) {
        return NEWREF(NotImplemented);
    }
    if (extend(LIST(a), b) < 0) {
        return NULL;
    }
    return NEWREF(a);
}

static Object *list_imul(Object *a, Object *b) {
    if (!list_check(a)) {
        return NEWREF(NotImplemented);
    }
    ssize_t n = 0;
    int r = repeat_count(b, &n);
    if (r != 0) {
        return r > 0 ? NEWREF(NotImplemented) : NULL;
    }
    ListObject *l = LIST(a);
    ssize_t size = l->ob.size;
    if (size == 0 || n == 1) {
        return NEWREF(a);
    }
    if (n < 1) {
        clear_items(l);
        return NEWREF(a);
    }
    if (size > SSIZE_MAX_ / n) {
        return err_no_memory();
    }
    if (list_resize(l, size * n) < 0) {
        return NULL;
    }
    for (ssize_t k = 1; k < n; k++) {
        for (ssize_t i = 0; i < size; i++) {
            l->items[k * size + i] = NEWREF(l->items[i]);
        }
    }
    return NEWREF(a);
}

static ssize_t list_len(Object *o) {
    return list_size(o);
}

// An index key as a C value: 1 when `key` is an index (value in `*out`), 0 when it
// is not, -1 on error.
static int key_index(Object *key, ssize_t *out) {
    if (int_check_exact(key) || bool_check(key)) {
        *out = (ssize_t)int_as_i64(key);
        return 1;
    }
    if (slice_check(key) || !obj_has_index(key)) {
        return 0;
    }
    ssize_t v = obj_as_ssize(key);
    if (v == -1 && err_occurred()) {
        return -1;
    }
    *out = v;
    return 1;
}

static Object *list_getitem(Object *o, Object *key) {
    ListObject *l = LIST(o);
    ssize_t i = 0;
    int r = key_index(key, &i);
    if (r < 0) {
        return NULL;
    }
    if (r > 0) {
        if (i < 0) {
            i += l->ob.size;
        }
        if (i < 0 || i >= l->ob.size) {
            err_set_str(&IndexErrorType, "list index out of range");
            return NULL;
        }
        return NEWREF(l->items[i]);
    }
    if (slice_check(key)) {
        ssize_t start, stop, step, count;
        if (slice_indices(key, l->ob.size, &start, &stop, &step, &count) < 0) {
            return NULL;
        }
        if (count <= 0) {
            return list_new(0);
        }
        if (step == 1) {
            return list_slice(l, start, stop);
        }
        Object *res = list_new(count);
        if (res == NULL) {
            return NULL;
        }
        for (ssize_t k = 0, cur = start; k < count; k++, cur += step) {
            LIST(res)->items[k] = NEWREF(l->items[cur]);
        }
        return res;
    }
    err_format(&TypeErrorType, "list indices must be integers or slices, not %T", key);
    return NULL;
}

static int list_setitem(Object *o, Object *key, Object *v) {
    ListObject *l = LIST(o);
    ssize_t i = 0;
    int r = key_index(key, &i);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        if (i < 0) {
            i += l->ob.size;
        }
        if (i < 0 || i >= l->ob.size) {
            err_set_str(&IndexErrorType, "list assignment index out of range");
            return -1;
        }
        if (v == NULL) {
            return ass_slice(l, i, i + 1, NULL);
        }
        Object *old = l->items[i];
        l->items[i] = NEWREF(v);
        DECREF(old);
        return 0;
    }
    if (slice_check(key)) {
        ssize_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) {
            return -1;
        }
        if (step == 1) {
            slice_adjust(l->ob.size, &start, &stop, step);
            return ass_slice(l, start, stop, v);
        }
        if (v == NULL) {
            ssize_t count = slice_adjust(l->ob.size, &start, &stop, step);
            return del_extended(l, start, step, count);
        }
        return ass_extended(l, start, stop, step, v);
    }
    err_format(&TypeErrorType, "list indices must be integers or slices, not %T", key);
    return -1;
}

static int list_contains(Object *o, Object *x) {
    ListObject *l = LIST(o);
    for (ssize_t i = 0; i < l->ob.size; i++) {
        Object *item = NEWREF(l->items[i]);
        int k = obj_richcompare_bool(item, x, OBJ_EQ);
        DECREF(item);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

static Object *make_iter(TypeObject *type, Object *l, ssize_t index) {
    ListIterObject *it = (ListIterObject *)obj_alloc(type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = index;
    it->seq = NEWREF(l);
    gc_track(OB(it));
    return OB(it);
}

static Object *list_iter(Object *o) {
    return make_iter(&ListIterType, o, 0);
}

Object *list_reversed_iter(Object *l) {
    return make_iter(&ListRevIterType, l, list_size(l) - 1);
}

// list(), list(iterable).
// Fill list `l` from list(...)'s arguments. 0, or -1.
static int list_fill(Object *l, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("list", kwnames) < 0) {
        return -1;
    }
    if (nargs > 1) {
        err_format(&TypeErrorType, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 0) {
        return 0;
    }
    Object *iterable = args[0];
    if (TYPE(iterable)->len != NULL) {
        // Reserve exactly len(iterable) slots, as CPython's list.__init__ does.
        ssize_t n = TYPE(iterable)->len(iterable);
        if (n < 0) {
            if (!err_matches(&TypeErrorType)) {
                return -1;
            }
            err_clear();
        } else if (n > 0 && preallocate_exact(LIST(l), n) < 0) {
            return -1;
        }
    }
    return extend(LIST(l), iterable);
}

// list.__init__: empty the list, then fill it again (a subclass's __init__ calls it).
static int list_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (LIST(self)->ob.size > 0 && ass_slice(LIST(self), 0, LIST(self)->ob.size, NULL) < 0) {
        return -1;
    }
    return list_fill(self, args, nargs, kwnames);
}

// list(...): a subclass's instance comes empty, for its __init__ to fill.
static Object *list_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *l = alloc_list((TypeObject *)type);
    if (l != NULL && type == OB(&ListType) && list_fill(l, args, nargs, kwnames) < 0) {
        CLEAR(l);
    }
    return l;
}

// ---- sorting ----------------------------------------------------------------------------

typedef struct SortState {
    // a < b: 1, 0, or -1 with an exception set.
    int (*lt)(Object *a, Object *b);
    Object **tmp_keys, **tmp_values;    // merge scratch space
    ssize_t tmp_cap;
} SortState;

static int lt_generic(Object *a, Object *b) {
    return obj_richcompare_bool(a, b, OBJ_LT);
}

static int lt_int(Object *a, Object *b) {
    return int_as_i64(a) < int_as_i64(b);
}

static int lt_float(Object *a, Object *b) {
    return float_as_double(a) < float_as_double(b);
}

// UTF-8 byte order is code point order.
static int lt_str(Object *a, Object *b) {
    ssize_t na = str_size(a), nb = str_size(b);
    int c = memcmp(str_data(a), str_data(b), (size_t)(na < nb ? na : nb));
    return c < 0 || (c == 0 && na < nb);
}

// Tuples, as tuple_richcompare orders them, with the item comparisons of ints and
// strs done in place (CPython's unsafe_tuple_compare has the same idea).
static int lt_tuple(Object *a, Object *b) {
    ssize_t na = tuple_size(a), nb = tuple_size(b);
    ssize_t n = na < nb ? na : nb;
    for (ssize_t i = 0; i < n; i++) {
        Object *x = tuple_item_borrow(a, i), *y = tuple_item_borrow(b, i);
        if (x == y) {
            continue;
        }
        if (TYPE(x) == &IntType && TYPE(y) == &IntType) {
            if (int_as_i64(x) == int_as_i64(y)) {
                continue;
            }
            return int_as_i64(x) < int_as_i64(y);
        }
        if (TYPE(x) == &StrType && TYPE(y) == &StrType) {
            if (str_eq(x, y)) {
                continue;
            }
            return lt_str(x, y);
        }
        int k = obj_richcompare_bool(x, y, OBJ_EQ);
        if (k < 0) {
            return -1;
        }
        if (k == 0) {
            return obj_richcompare_bool(x, y, OBJ_LT);
        }
    }
    return na < nb;
}

// The keys and their values: `values` is NULL when the keys are the items.
typedef struct Slices {
    Object **keys, **values;
} Slices;

static void reverse_range(Object **a, ssize_t lo, ssize_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        Object *t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

static void reverse_slices(Slices s, ssize_t lo, ssize_t hi) {
    reverse_range(s.keys, lo, hi);
    if (s.values != NULL) {
        reverse_range(s.values, lo, hi);
    }
}

// The length of the run starting at `lo` (before `hi`): ascending (non-descending),
// or strictly descending with `*descending` set. -1 on error.
static ssize_t count_run(SortState *st, Object **k, ssize_t lo, ssize_t hi, bool *descending) {
    *descending = false;
    if (lo + 1 == hi) {
        return 1;
    }
    ssize_t n = 2;
    int r = st->lt(k[lo + 1], k[lo]);
    if (r < 0) {
        return -1;
    }
    if (r) {
        *descending = true;
        for (ssize_t i = lo + 2; i < hi; i++, n++) {
            r = st->lt(k[i], k[i - 1]);
            if (r < 0) {
                return -1;
            }
            if (!r) {
                break;
            }
        }
    } else {
        for (ssize_t i = lo + 2; i < hi; i++, n++) {
            r = st->lt(k[i], k[i - 1]);
            if (r < 0) {
                return -1;
            }
            if (r) {
                break;
            }
        }
    }
    return n;
}

// Binary insertion sort of [lo, hi) where [lo, start) is already sorted. 0, or -1
// (the items are then still all present).
static int binary_sort(SortState *st, Slices s, ssize_t lo, ssize_t hi, ssize_t start) {
    if (lo == start) {
        start++;
    }
    for (; start < hi; start++) {
        Object *pivot = s.keys[start];
        ssize_t l = lo, r = start;
        // pivot >= everything in [lo, l), pivot < everything in [r, start).
        do {
            ssize_t p = l + ((r - l) >> 1);
            int c = st->lt(pivot, s.keys[p]);
            if (c < 0) {
                return -1;
            }
            if (c) {
                r = p;
            } else {
                l = p + 1;
            }
        } while (l < r);
        memmove(&s.keys[l + 1], &s.keys[l], (size_t)(start - l) * sizeof(Object *));
        s.keys[l] = pivot;
        if (s.values != NULL) {
            Object *pv = s.values[start];
            memmove(&s.values[l + 1], &s.values[l], (size_t)(start - l) * sizeof(Object *));
            s.values[l] = pv;
        }
    }
    return 0;
}

// Merge the sorted runs [a, a+na) and [a+na, a+na+nb), stably. On error the items
// are all still present.
static int merge_runs(SortState *st, Slices s, ssize_t a, ssize_t na, ssize_t nb) {
    if (na > st->tmp_cap) {
        heap_free(st->tmp_keys);
        heap_free(st->tmp_values);
        st->tmp_values = NULL;
        st->tmp_cap = 0;
        st->tmp_keys = heap_alloc((size_t)na * sizeof(Object *));
        if (st->tmp_keys == NULL) {
            err_no_memory();
            return -1;
        }
        if (s.values != NULL) {
            st->tmp_values = heap_alloc((size_t)na * sizeof(Object *));
            if (st->tmp_values == NULL) {
                err_no_memory();
                return -1;
            }
        }
        st->tmp_cap = na;
    }
    Object **tk = st->tmp_keys, **tv = st->tmp_values;
    memcpy(tk, &s.keys[a], (size_t)na * sizeof(Object *));
    if (s.values != NULL) {
        memcpy(tv, &s.values[a], (size_t)na * sizeof(Object *));
    }
    ssize_t i = 0, j = a + na, end = a + na + nb, dst = a;
    int rc = 0;
    while (i < na && j < end) {
        int c = st->lt(s.keys[j], tk[i]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            s.keys[dst] = s.keys[j];
            if (s.values != NULL) {
                s.values[dst] = s.values[j];
            }
            j++;
        } else {
            s.keys[dst] = tk[i];
            if (s.values != NULL) {
                s.values[dst] = tv[i];
            }
            i++;
        }
        dst++;
    }
    // What is left of the left run fills the gap before the rest of the right run.
    memcpy(&s.keys[dst], &tk[i], (size_t)(na - i) * sizeof(Object *));
    if (s.values != NULL) {
        memcpy(&s.values[dst], &tv[i], (size_t)(na - i) * sizeof(Object *));
    }
    return rc;
}

typedef struct Run {
    ssize_t base, len;
} Run;

static int merge_at(SortState *st, Slices s, Run *runs, int *nruns, int i) {
    Run *a = &runs[i], *b = &runs[i + 1];
    int rc = merge_runs(st, s, a->base, a->len, b->len);
    a->len += b->len;
    // Drop run i+1 (and slide i+2 down when i is third from the top).
    if (i == *nruns - 3) {
        runs[i + 1] = runs[i + 2];
    }
    (*nruns)--;
    return rc;
}

// Timsort's balance rules on the run stack (with the 2015 fix for the invariant).
static int merge_collapse(SortState *st, Slices s, Run *runs, int *nruns) {
    while (*nruns > 1) {
        int n = *nruns - 2;
        if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
            (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
            if (runs[n - 1].len < runs[n + 1].len) {
                n--;
            }
        } else if (runs[n].len > runs[n + 1].len) {
            break;
        }
        if (merge_at(st, s, runs, nruns, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static int merge_force_collapse(SortState *st, Slices s, Run *runs, int *nruns) {
    while (*nruns > 1) {
        int n = *nruns - 2;
        if (n > 0 && runs[n - 1].len < runs[n + 1].len) {
            n--;
        }
        if (merge_at(st, s, runs, nruns, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static ssize_t compute_minrun(ssize_t n) {
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Sort `n` (>= 2) keys, moving the values alongside. 0, or -1.
static int timsort(Slices s, ssize_t n) {
    SortState st = {lt_generic, NULL, NULL, 0};
    // Fast comparisons when every key has the same simple type (they cannot fail).
    TypeObject *t = TYPE(s.keys[0]);
    bool same = t == &IntType || t == &StrType || t == &FloatType || t == &TupleType;
    for (ssize_t i = 1; same && i < n; i++) {
        same = TYPE(s.keys[i]) == t;
    }
    if (same) {
        st.lt = t == &IntType ? lt_int : t == &StrType ? lt_str
              : t == &FloatType ? lt_float : lt_tuple;
    }
    Run runs[90];
    int nruns = 0;
    int rc = -1;
    ssize_t minrun = compute_minrun(n);
    ssize_t lo = 0, remaining = n;
    while (remaining > 0) {
        bool descending;
        ssize_t run = count_run(&st, s.keys, lo, lo + remaining, &descending);
        if (run < 0) {
            goto done;
        }
        if (descending) {
            reverse_slices(s, lo, lo + run);
        }
        if (run < minrun) {
            ssize_t force = remaining <= minrun ? remaining : minrun;
            if (binary_sort(&st, s, lo, lo + force, lo + run) < 0) {
                goto done;
            }
            run = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = run;
        nruns++;
        if (merge_collapse(&st, s, runs, &nruns) < 0) {
            goto done;
        }
        lo += run;
        remaining -= run;
    }
    if (merge_force_collapse(&st, s, runs, &nruns) < 0) {
        goto done;
    }
    rc = 0;
done:
    heap_free(st.tmp_keys);
    heap_free(st.tmp_values);
    return rc;
}

int list_sort(Object *self, Object *key, bool reverse) {
    ListObject *l = LIST(self);
    if (key == None) {
        key = NULL;
    }
    // Take the items out: the list looks empty while user code may run.
    ssize_t n = l->ob.size;
    Object **items = l->items;
    ssize_t allocated = l->allocated;
    l->ob.size = 0;
    l->items = NULL;
    l->allocated = -1;

    Object **keys = NULL;
    int rc = 0;
    if (key != NULL && n > 0) {
        keys = heap_alloc((size_t)n * sizeof(Object *));
        if (keys == NULL) {
            err_no_memory();
            rc = -1;
            goto restore;
        }
        for (ssize_t i = 0; i < n; i++) {
            keys[i] = obj_call1(key, items[i]);
            if (keys[i] == NULL) {
                while (--i >= 0) {
                    DECREF(keys[i]);
                }
                heap_free(keys);
                keys = NULL;
                rc = -1;
                goto restore;
            }
        }
    }
    if (n > 1) {
        Slices s = {keys != NULL ? keys : items, keys != NULL ? items : NULL};
        // Reverse, sort stably, reverse again: equal items keep their order.
        if (reverse) {
            reverse_slices(s, 0, n);
        }
        rc = timsort(s, n);
        if (reverse) {
            reverse_range(items, 0, n);
        }
    }
    if (keys != NULL) {
        for (ssize_t i = 0; i < n; i++) {
            DECREF(keys[i]);
        }
        heap_free(keys);
    }
restore:;
    bool modified = l->allocated != -1;
    Object **final = l->items;
    ssize_t final_n = l->ob.size;
    l->items = items;
    l->ob.size = n;
    l->allocated = allocated;
    if (modified && rc == 0) {
        err_set_str(&ValueErrorType, "list modified during sort");
        rc = -1;
    }
    if (final != NULL) {
        while (--final_n >= 0) {
            XDECREF(final[final_n]);
        }
        heap_free(final);
    }
    return rc;
}

// ---- methods --------------------------------------------------------------------------

static Object *list_append_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("list.append", nargs, kwnames) < 0 || list_append(self, args[0]) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *list_extend_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("list.extend", nargs, kwnames) < 0 || extend(LIST(self), args[0]) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *list_insert_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    ListObject *l = LIST(self);
    ssize_t where = 0;
    if (args_range("list.insert", "insert", nargs, kwnames, 2, 2) < 0 ||
        arg_index(args[0], &where) < 0) {
        return NULL;
    }
    ssize_t n = l->ob.size;
    if (list_resize(l, n + 1) < 0) {
        return NULL;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(Object *));
    l->items[where] = NEWREF(args[1]);
    RETURN_NONE;
}

static Object *list_pop_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ListObject *l = LIST(self);
    ssize_t i = -1;
    if (args_range("list.pop", "pop", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && arg_index(args[0], &i) < 0) {
        return NULL;
    }
    ssize_t n = l->ob.size;
    if (n == 0) {
        err_set_str(&IndexErrorType, "pop from empty list");
        return NULL;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        err_set_str(&IndexErrorType, "pop index out of range");
        return NULL;
    }
    Object *v = l->items[i];    // the list's reference passes to the caller
    memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(Object *));
    list_resize(l, n - 1);      // shrinking: cannot fail
    return v;
}

static Object *list_remove_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    ListObject *l = LIST(self);
    if (args_one("list.remove", nargs, kwnames) < 0) {
        return NULL;
    }
    for (ssize_t i = 0; i < l->ob.size; i++) {
        Object *item = NEWREF(l->items[i]);
        int k = obj_richcompare_bool(item, args[0], OBJ_EQ);
        DECREF(item);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            if (ass_slice(l, i, i + 1, NULL) < 0) {
                return NULL;
            }
            RETURN_NONE;
        }
    }
    err_set_str(&ValueErrorType, "list.remove(x): x not in list");
    return NULL;
}

// A start/stop bound of index(), CPython's _PyEval_SliceIndexNotNone.
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

static Object *list_index_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    ListObject *l = LIST(self);
    ssize_t start = 0, stop = SSIZE_MAX_;
    if (args_range("list.index", "index", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    if (nargs > 1 && index_bound(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs > 2 && index_bound(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += l->ob.size;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += l->ob.size;
        if (stop < 0) {
            stop = 0;
        }
    }
    for (ssize_t i = start; i < stop && i < l->ob.size; i++) {
        Object *item = NEWREF(l->items[i]);
        int k = obj_richcompare_bool(item, args[0], OBJ_EQ);
        DECREF(item);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            return int_from_i64(i);
        }
    }
    err_format(&ValueErrorType, "%R is not in list", args[0]);
    return NULL;
}

static Object *list_count_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    ListObject *l = LIST(self);
    if (args_one("list.count", nargs, kwnames) < 0) {
        return NULL;
    }
    int64_t count = 0;
    for (ssize_t i = 0; i < l->ob.size; i++) {
        Object *item = l->items[i];
        if (item == args[0]) {
            count++;
            continue;
        }
        INCREF(item);
        int k = obj_richcompare_bool(item, args[0], OBJ_EQ);
        DECREF(item);
        if (k < 0) {
            return NULL;
        }
        count += k;
    }
    return int_from_i64(count);
}

// sort(*, key=None, reverse=False).
static Object *list_sort_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    size_t ntotal = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    if (ntotal > 2) {
        err_format(&TypeErrorType, "sort() takes at most 2 %sarguments (%zu given)",
                   nargs == 0 ? "keyword " : "", ntotal);
        return NULL;
    }
    if (nargs > 0) {
        err_set_str(&TypeErrorType, "sort() takes no positional arguments");
        return NULL;
    }
    Object *key = NULL, *rev = NULL;
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = tuple_item_borrow(kwnames, i);
        if (str_eq_cstr(name, "key")) {
            key = args[i];
        } else if (str_eq_cstr(name, "reverse")) {
            rev = args[i];
        } else {
            err_format(&TypeErrorType, "'%U' is an invalid keyword argument for sort()", name);
            return NULL;
        }
    }
    ssize_t reverse = 0;
    if (rev != NULL && arg_index(rev, &reverse) < 0) {
        return NULL;
    }
    if (list_sort(self, key, reverse != 0) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *list_reverse_m(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_none("list.reverse", nargs, kwnames) < 0) {
        return NULL;
    }
    if (list_size(self) > 1) {
        reverse_range(LIST(self)->items, 0, list_size(self));
    }
    RETURN_NONE;
}

static Object *list_copy_m(Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    if (args_none("list.copy", nargs, kwnames) < 0) {
        return NULL;
    }
    return list_slice(LIST(self), 0, list_size(self));
}

static Object *list_clear_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("list.clear", nargs, kwnames) < 0) {
        return NULL;
    }
    clear_items(LIST(self));
    RETURN_NONE;
}

// CPython's list.__sizeof__; sys.getsizeof adds the collector header.
static Object *list_sizeof_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("list.__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    ssize_t allocated = LIST(self)->allocated < 0 ? 0 : LIST(self)->allocated;
    return int_from_i64(40 + (int64_t)allocated * (int64_t)sizeof(Object *));
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, 0},
    {"extend", list_extend_m, 0},
    {"insert", list_insert_m, 0},
    {"pop", list_pop_m, 0},
    {"remove", list_remove_m, 0},
    {"index", list_index_m, 0},
    {"count", list_count_m, 0},
    {"sort", list_sort_m, 0},
    {"reverse", list_reverse_m, 0},
    {"copy", list_copy_m, 0},
    {"clear", list_clear_m, 0},
    {"__sizeof__", list_sizeof_m, 0},
    {NULL, NULL, 0},
};

TypeObject ListType = {
    .ob = {1, &TypeType},
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TP_GC | TP_LIST_SUB | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .nb = {[NB_ADD] = list_add, [NB_MUL] = list_mul},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MUL] = list_imul},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .new_ = list_new_,
    .init = list_init,
    .methods = list_methods,
};

// ---- the iterators --------------------------------------------------------------------

static Object *listiter_next(Object *o) {
    ListIterObject *it = (ListIterObject *)o;
    Object *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < list_size(seq)) {
        return NEWREF(LIST(seq)->items[it->index++]);
    }
    it->seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *listreviter_next(Object *o) {
    ListIterObject *it = (ListIterObject *)o;
    Object *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    ssize_t i = it->index;
    if (i >= 0 && i < list_size(seq)) {
        it->index--;
        return NEWREF(LIST(seq)->items[i]);
    }
    it->index = -1;
    it->seq = NULL;
    DECREF(seq);
    return NULL;
}

static Object *listiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    if (args_has_kw(kwnames) || nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    return int_from_i64(length_hint(self, 0));
}

static Object *listreviter_length_hint(Object *self, Object *const *args, size_t nargs,
                                       Object *kwnames) {
    ListIterObject *it = (ListIterObject *)self;
    if (args_has_kw(kwnames) || nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    ssize_t n = it->index + 1;
    if (it->seq == NULL || list_size(it->seq) < n) {
        n = 0;
    }
    return int_from_i64(n);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0},
    {NULL, NULL, 0},
};

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObject ListIterType = {
    .ob = {1, &TypeType},
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = listiter_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
    .methods = listiter_methods,
};

TypeObject ListRevIterType = {
    .ob = {1, &TypeType},
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = listreviter_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
    .methods = listreviter_methods,
};
