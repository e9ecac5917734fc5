// stdlib/gcmodule.c — the `gc` module: the cycle collector (gc/collect.c) as Python sees
// it, with CPython 3.11's functions, constants, messages and argument rules.
//
// The collector's state (generations, counts, thresholds, debug flags, statistics) is
// gc/collect.h's GcState; this module reads and sets it. It also owns what the collector
// cannot know about, being below the runtime: the gc.garbage and gc.callbacks lists
// (kept in the GcState, made on first import as CPython does) and the two hooks that use
// them: running the callbacks around each collection and appending to gc.garbage under
// DEBUG_SAVEALL.
#include <limits.h>
#include <string.h>

#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"

// ---- the hooks ---------------------------------------------------------------------------

// Call each of gc.callbacks with `phase` and {"generation", "collected", "uncollectable"};
// an error in one is reported ("Exception ignored in: <callback>") and the others run.
static void run_callbacks(const char *phase, int generation, ssize_t collected,
                          ssize_t uncollectable) {
    GcState *gc = gc_state();
    Object *cbs = gc->callbacks;
    if (cbs == NULL || list_size(cbs) == 0) {
        return;
    }
    // Errors raised by the collector's caller are not ours to report.
    Object *saved = err_fetch();
    INCREF(cbs);
    Object *info = dict_new();
    Object *ph = str_from_cstr(phase);
    Object *g = int_from_i64(generation);
    Object *c = int_from_i64(collected);
    Object *u = int_from_i64(uncollectable);
    if (info == NULL || ph == NULL || g == NULL || c == NULL || u == NULL ||
        dict_set_cstr(info, "generation", g) < 0 || dict_set_cstr(info, "collected", c) < 0 ||
        dict_set_cstr(info, "uncollectable", u) < 0) {
        err_write_unraisable(NULL);
    } else {
        // The list may change while the callbacks run: re-read its size each time.
        for (ssize_t i = 0; i < list_size(cbs); i++) {
            Object *cb = NEWREF(list_item_borrow(cbs, i));
            Object *r = obj_call2(cb, ph, info);
            if (r == NULL) {
                err_write_unraisable(cb);
            } else {
                DECREF(r);
            }
            DECREF(cb);
        }
    }
    XDECREF(info);
    XDECREF(ph);
    XDECREF(g);
    XDECREF(c);
    XDECREF(u);
    DECREF(cbs);
    if (saved != NULL) {
        err_restore(saved);
    }
}

// DEBUG_SAVEALL: keep `o` in gc.garbage (growing a list allocates no object, so no
// collection can start here).
static void save_garbage(Object *o) {
    GcState *gc = gc_state();
    if (gc->garbage != NULL && list_append(gc->garbage, o) < 0) {
        err_clear();
    }
}

// ---- argument helpers ----------------------------------------------------------------------

// An argument-clinic `int` parameter: 0 with `*out` set, or -1 with TypeError or
// "Python int too large to convert to C int".
static int as_c_int(Object *o, int *out) {
    Object *i = obj_index(o);
    if (i == NULL) {
        return -1;
    }
    int64_t v = int_as_i64(i);
    DECREF(i);
    if (v < INT_MIN || v > INT_MAX) {
        err_set_str(&OverflowErrorType, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

// CPython passes set_threshold, get_referrers and get_referents (METH_VARARGS functions)
// their arguments as a tuple, made for the call: so do we, so that the allocation counts
// move alike. Ref: new, or NULL with an exception set.
static Object *args_tuple(Object *const *args, size_t nargs) {
    return tuple_from_array(args, (ssize_t)nargs);
}

// ---- the functions ------------------------------------------------------------------------

static Object *gc_enable_(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("gc.enable", nargs, kwnames) < 0) {
        return NULL;
    }
    gc_state()->enabled = 1;
    RETURN_NONE;
}

static Object *gc_disable_(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("gc.disable", nargs, kwnames) < 0) {
        return NULL;
    }
    gc_state()->enabled = 0;
    RETURN_NONE;
}

static Object *gc_isenabled_(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("gc.isenabled", nargs, kwnames) < 0) {
        return NULL;
    }
    return bool_from(gc_state()->enabled != 0);
}

// collect(generation=2)
static Object *gc_collect_(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"generation", NULL};
    Object *argv[1];
    if (args_parse("collect", args, nargs, kwnames, names, 0, 0, argv) < 0) {
        return NULL;
    }
    int generation = GC_NGENERATIONS - 1;
    if (argv[0] != NULL && as_c_int(argv[0], &generation) < 0) {
        return NULL;
    }
    if (generation < 0 || generation >= GC_NGENERATIONS) {
        err_set_str(&ValueErrorType, "invalid generation");
        return NULL;
    }
    return int_from_i64(gc_collect(generation));
}

static Object *gc_set_debug_(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_one("gc.set_debug", nargs, kwnames) < 0) {
        return NULL;
    }
    int flags;
    if (as_c_int(args[0], &flags) < 0) {
        return NULL;
    }
    gc_state()->debug = flags;
    RETURN_NONE;
}

static Object *gc_get_debug_(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("gc.get_debug", nargs, kwnames) < 0) {
        return NULL;
    }
    return int_from_i64(gc_state()->debug);
}

// set_threshold(threshold0[, threshold1[, threshold2]]), parsed as CPython's "i|ii":
// each value is stored as soon as it converts.
static Object *gc_set_threshold_(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    Object *tuple = args_tuple(args, nargs);
    if (tuple == NULL) {
        return NULL;
    }
    Object *res = NULL;
    if (args_no_kw("set_threshold", kwnames) < 0) {
        goto done;
    }
    if (nargs < 1) {
        err_format(&TypeErrorType, "set_threshold() takes at least 1 argument (0 given)");
        goto done;
    }
    if (nargs > 3) {
        err_format(&TypeErrorType, "set_threshold() takes at most 3 arguments (%zu given)",
                   nargs);
        goto done;
    }
    GcState *gc = gc_state();
    for (size_t i = 0; i < nargs; i++) {
        Object *v = obj_index(args[i]);
        if (v == NULL) {
            goto done;
        }
        int64_t t = int_as_i64(v);
        DECREF(v);
        if (t > INT_MAX || t < INT_MIN) {
            err_set_str(&OverflowErrorType, t > INT_MAX ? "signed integer is greater than maximum"
                                                        : "signed integer is less than minimum");
            goto done;
        }
        gc->threshold[i] = (int)t;
    }
    res = NEWREF(None);
done:
    DECREF(tuple);
    return res;
}

// A tuple of three C ints.
static Object *int_triple(const int v[3]) {
    Object *t = tuple_new(3);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        Object *n = int_from_i64(v[i]);
        if (n == NULL) {
            DECREF(t);
            return NULL;
        }
        tuple_items(t)[i] = n;
    }
    return tuple_done(t);
}

static Object *gc_get_threshold_(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_none("gc.get_threshold", nargs, kwnames) < 0) {
        return NULL;
    }
    int v[3];
    memcpy(v, gc_state()->threshold, sizeof v);
    return int_triple(v);
}

static Object *gc_get_count_(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("gc.get_count", nargs, kwnames) < 0) {
        return NULL;
    }
    // The values before the tuple that shows them is allocated, as CPython's.
    int v[3];
    memcpy(v, gc_state()->count, sizeof v);
    return int_triple(v);
}

typedef struct Referrers {
    Object *objs;               // the tuple of arguments
    Object *result;
} Referrers;

static int is_one_of(Object *o, void *arg) {
    Referrers *r = arg;
    for (ssize_t i = 0; i < tuple_size(r->objs); i++) {
        if (tuple_item_borrow(r->objs, i) == o) {
            return 1;
        }
    }
    return 0;
}

static int add_if_referrer(Object *o, void *arg) {
    Referrers *r = arg;
    if (o == r->result || o == r->objs || TYPE(o)->traverse == NULL) {
        return 0;
    }
    if (TYPE(o)->traverse(o, is_one_of, r) != 0 && list_append(r->result, o) < 0) {
        return -1;
    }
    return 0;
}

// get_referrers(*objs): every tracked object that refers to one of `objs`.
static Object *gc_get_referrers_(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_no_kw("get_referrers", kwnames) < 0) {
        return NULL;
    }
    Object *objs = args_tuple(args, nargs);
    if (objs == NULL) {
        return NULL;
    }
    Object *result = list_new(0);
    if (result != NULL) {
        Referrers r = {objs, result};
        if (gc_each_object(-1, add_if_referrer, &r) != 0) {
            CLEAR(result);
        }
    }
    DECREF(objs);
    return result;
}

static int add_referent(Object *o, void *arg) {
    return list_append(arg, o) < 0 ? -1 : 0;
}

// get_referents(*objs): what the containers among `objs` refer to, in traverse order.
static Object *gc_get_referents_(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_no_kw("get_referents", kwnames) < 0) {
        return NULL;
    }
    Object *objs = args_tuple(args, nargs);
    if (objs == NULL) {
        return NULL;
    }
    Object *result = list_new(0);
    for (size_t i = 0; i < nargs && result != NULL; i++) {
        Object *o = args[i];
        if (obj_is_gc(o) && TYPE(o)->traverse != NULL &&
            TYPE(o)->traverse(o, add_referent, result) != 0) {
            CLEAR(result);
        }
    }
    DECREF(objs);
    return result;
}

typedef struct Collected {
    Object *result;
} Collected;

static int add_object(Object *o, void *arg) {
    Collected *c = arg;
    if (o == c->result) {
        return 0;
    }
    return list_append(c->result, o) < 0 ? -1 : 0;
}

// get_objects(generation=None)
static Object *gc_get_objects_(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    static const char *const names[] = {"generation", NULL};
    Object *argv[1];
    if (args_parse("get_objects", args, nargs, kwnames, names, 0, 0, argv) < 0) {
        return NULL;
    }
    ssize_t generation = -1;
    if (argv[0] != NULL && argv[0] != None) {
        if (!int_check(argv[0])) {
            err_format(&TypeErrorType, "argument should be integer or None, not '%s'",
                       type_name(argv[0]));
            return NULL;
        }
        generation = (ssize_t)int_as_i64(argv[0]);
    }
    if (generation >= GC_NGENERATIONS) {
        err_format(&ValueErrorType, "generation parameter must be less than the number of "
                   "available generations (%d)", GC_NGENERATIONS);
        return NULL;
    }
    if (generation < -1) {
        err_set_str(&ValueErrorType, "generation parameter cannot be negative");
        return NULL;
    }
    Collected c = {list_new(0)};
    if (c.result == NULL) {
        return NULL;
    }
    if (gc_each_object((int)generation, add_object, &c) != 0) {
        DECREF(c.result);
        return NULL;
    }
    return c.result;
}

// get_stats(): one dict per generation.
static Object *gc_get_stats_(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("gc.get_stats", nargs, kwnames) < 0) {
        return NULL;
    }
    // A snapshot: building the result may start a collection.
    GcStats stats[GC_NGENERATIONS];
    memcpy(stats, gc_state()->stats, sizeof stats);
    Object *result = list_new(0);
    if (result == NULL) {
        return NULL;
    }
    for (int i = 0; i < GC_NGENERATIONS; i++) {
        const char *keys[3] = {"collections", "collected", "uncollectable"};
        ssize_t vals[3] = {stats[i].collections, stats[i].collected, stats[i].uncollectable};
        Object *d = dict_new();
        int rc = d == NULL || list_append(result, d) < 0 ? -1 : 0;
        for (int k = 0; k < 3 && rc == 0; k++) {
            Object *v = int_from_i64(vals[k]);
            rc = v == NULL || dict_set_cstr(d, keys[k], v) < 0 ? -1 : 0;
            XDECREF(v);
        }
        XDECREF(d);
        if (rc < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *gc_is_tracked_(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_one("gc.is_tracked", nargs, kwnames) < 0) {
        return NULL;
    }
    return bool_from(obj_is_gc(args[0]) && gc_is_tracked(args[0]));
}

static Object *gc_is_finalized_(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (args_one("gc.is_finalized", nargs, kwnames) < 0) {
        return NULL;
    }
    return bool_from(obj_is_gc(args[0]) && gc_is_finalized(args[0]));
}

static Object *gc_freeze_(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("gc.freeze", nargs, kwnames) < 0) {
        return NULL;
    }
    gc_freeze();
    RETURN_NONE;
}

static Object *gc_unfreeze_(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("gc.unfreeze", nargs, kwnames) < 0) {
        return NULL;
    }
    gc_unfreeze();
    RETURN_NONE;
}

static Object *gc_get_freeze_count_(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    if (args_none("gc.get_freeze_count", nargs, kwnames) < 0) {
        return NULL;
    }
    return int_from_i64(gc_generation_size(GC_NGENERATIONS));
}

static const MethodDef gc_functions[] = {
    {"enable", gc_enable_, 0},
    {"disable", gc_disable_, 0},
    {"isenabled", gc_isenabled_, 0},
    {"set_debug", gc_set_debug_, 0},
    {"get_debug", gc_get_debug_, 0},
    {"get_count", gc_get_count_, 0},
    {"set_threshold", gc_set_threshold_, 0},
    {"get_threshold", gc_get_threshold_, 0},
    {"collect", gc_collect_, 0},
    {"get_objects", gc_get_objects_, 0},
    {"get_stats", gc_get_stats_, 0},
    {"is_tracked", gc_is_tracked_, 0},
    {"is_finalized", gc_is_finalized_, 0},
    {"get_referrers", gc_get_referrers_, 0},
    {"get_referents", gc_get_referents_, 0},
    {"freeze", gc_freeze_, 0},
    {"unfreeze", gc_unfreeze_, 0},
    {"get_freeze_count", gc_get_freeze_count_, 0},
    {NULL, NULL, 0},
};

// ---- the module ---------------------------------------------------------------------------

// Store the int `v` as `name` in `d`. 0, or -1.
static int add_int(Object *d, const char *name, int64_t v) {
    Object *o = int_from_i64(v);
    if (o == NULL) {
        return -1;
    }
    int r = dict_set_cstr(d, name, o);
    DECREF(o);
    return r;
}

Object *gcmod_module_new(void) {
    GcState *gc = gc_state();
    if (gc->garbage == NULL && (gc->garbage = list_new(0)) == NULL) {
        return NULL;
    }
    if (gc->callbacks == NULL && (gc->callbacks = list_new(0)) == NULL) {
        return NULL;
    }
    gc->hooks.callback = run_callbacks;
    gc->hooks.save = save_garbage;
    Object *m = module_new("gc");
    if (m == NULL) {
        return NULL;
    }
    Object *d = module_dict_borrow(m);
    if (module_add_functions(m, gc_functions) < 0 ||
        dict_set_cstr(d, "garbage", gc->garbage) < 0 ||
        dict_set_cstr(d, "callbacks", gc->callbacks) < 0 ||
        add_int(d, "DEBUG_STATS", GC_DEBUG_STATS) < 0 ||
        add_int(d, "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE) < 0 ||
        add_int(d, "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE) < 0 ||
        add_int(d, "DEBUG_SAVEALL", GC_DEBUG_SAVEALL) < 0 ||
        add_int(d, "DEBUG_LEAK", GC_DEBUG_LEAK) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
