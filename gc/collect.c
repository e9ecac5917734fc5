// gc/collect.c — the generational cycle collector, after CPython 3.11's Modules/gcmodule.c
// (start at `collect_main`).
//
// Reference counting frees an object when its last reference goes; a group of containers
// that refer to each other keeps its counts above zero forever. The collector finds such
// groups among the tracked containers and breaks them.
//
// Lists. Every tracked container sits on exactly one doubly linked list through the
// `GcHead` in front of it: one of the three generations, or the permanent generation
// (gc.freeze), or, during a collection, one of the collector's local lists. A new
// container joins generation 0 when its constructor calls `gc_track` (after every field
// its `traverse` reads is set); its dealloc calls `gc_untrack` first. Survivors of a
// collection of generation n move to n + 1 (generation 2 keeps its own).
//
// Counts. count[0] rises with every container allocation (tracked or not: an empty dict
// counts) and falls with every free, except where CPython 3.11 would have used its free
// lists of lists, dicts, small tuples and slices (`pool_of`: adder has no free lists but
// keeps their sizes, so that gc.get_count() moves as CPython's); count[n + 1] counts
// collections of generation n.
// An allocation that takes count[0] past threshold[0] starts an automatic collection of
// the oldest generation whose count passed its threshold; generation 2 only when the
// objects moved into it since the last full collection exceed 25% of those that survived
// that one (the long-lived ratio), so that building a big structure stays linear.
//
// Header words (gc/collect.h). `next` is 0 for an untracked container. The low two bits
// of `prev` are flags: GC_FINALIZED (the finalizer ran, PEP 442) lives as long as the
// object; GC_COLLECTING marks the objects of the generations being collected. During a
// collection, from `update_refs` to the end of `move_unreachable`, the rest of `prev`
// holds `gc_refs` (a copy of the reference count) instead of the back pointer, so the
// list being examined is singly linked; `move_unreachable` restores the pointers. While
// it runs, the low bit of `next` (NEXT_UNREACHABLE) marks the objects moved to the
// `unreachable` list, which is not a well-formed list until `clear_unreachable_mask`.
//
// The algorithm (`collect_main`):
//   1. update_refs: gc_refs = reference count, for each object collected.
//   2. subtract_refs: each object's `traverse` takes one off gc_refs of every collected
//      object it refers to. What is left counts references from outside the set.
//   3. move_unreachable: objects with gc_refs > 0 are roots; everything reachable from a
//      root stays (is moved back if it was set aside); the rest goes to `unreachable`.
//   4. Survivors move to the next generation; tuples (and, in full collections, dicts)
//      that refer only to untracked objects are untracked.
//   5. finalize_garbage: each unreachable object's `finalize` runs, once in its life.
//   6. handle_resurrected: steps 1-3 again on the unreachable set alone; whatever a
//      finalizer made reachable again survives, with everything it reaches.
//   7. delete_garbage: `clear` each object still unreachable (DEBUG_SAVEALL: hand it to
//      gc.garbage instead); refcounting frees the broken cycles.
// A finalizer may allocate, raise (it reports that itself), start gc.collect() (which
// returns 0: no collection starts while one runs), or change any object: steps 5-7 take
// objects off the head of a list one at a time, so objects vanishing from the lists on
// the way are harmless. adder has no legacy (tp_del) finalizers, so nothing is ever
// uncollectable.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/collect.h"

static GcState *gcs;
// ADDER_GC_STRESS=1: a collection of generation 0 at every container allocation.
static bool stress;

#define NEXT_UNREACHABLE ((uintptr_t)1)
#define REFS_SHIFT 2

// ---- list helpers -----------------------------------------------------------------------

static inline GcHead *next_of(GcHead *g) {
    return (GcHead *)g->next;
}
static inline GcHead *prev_of(GcHead *g) {
    return (GcHead *)(g->prev & ~GC_PREV_FLAGS);
}
static inline void set_next(GcHead *g, GcHead *n) {
    g->next = (uintptr_t)n;
}
// Keeps the flags.
static inline void set_prev(GcHead *g, GcHead *p) {
    g->prev = (g->prev & GC_PREV_FLAGS) | (uintptr_t)p;
}

static void list_init(GcHead *h) {
    h->next = (uintptr_t)h;
    h->prev = (uintptr_t)h;
}

static inline bool list_empty(GcHead *h) {
    return next_of(h) == h;
}

// List heads carry no flags, so their `prev` is a plain pointer.
static inline void list_append(GcHead *g, GcHead *list) {
    GcHead *last = (GcHead *)list->prev;
    set_prev(g, last);
    set_next(last, g);
    set_next(g, list);
    list->prev = (uintptr_t)g;
}

static inline void list_move(GcHead *g, GcHead *list) {
    GcHead *p = prev_of(g), *n = next_of(g);
    set_next(p, n);
    set_prev(n, p);
    list_append(g, list);
}

// Append all of `from` to `to`; `from` is left empty.
static void list_merge(GcHead *from, GcHead *to) {
    if (!list_empty(from)) {
        GcHead *to_tail = (GcHead *)to->prev;
        GcHead *from_head = next_of(from), *from_tail = (GcHead *)from->prev;
        set_next(to_tail, from_head);
        set_prev(from_head, to_tail);
        set_next(from_tail, to);
        to->prev = (uintptr_t)from_tail;
    }
    list_init(from);
}

static ssize_t list_size(GcHead *list) {
    ssize_t n = 0;
    for (GcHead *g = next_of(list); g != list; g = next_of(g)) {
        n++;
    }
    return n;
}

// ---- gc_refs ---------------------------------------------------------------------------

static inline ssize_t get_refs(GcHead *g) {
    return (ssize_t)(g->prev >> REFS_SHIFT);
}
static inline void set_refs(GcHead *g, ssize_t refs) {
    g->prev = (g->prev & GC_PREV_FLAGS) | ((uintptr_t)refs << REFS_SHIFT);
}
static inline bool is_collecting(GcHead *g) {
    return (g->prev & GC_COLLECTING) != 0;
}
static inline void clear_collecting(GcHead *g) {
    g->prev &= ~GC_COLLECTING;
}

// ---- state, tracking, counting ----------------------------------------------------------

void gc_init(GcState *gc) {
    memset(gc, 0, sizeof *gc);
    for (int i = 0; i < GC_NGENERATIONS; i++) {
        list_init(&gc->gen[i]);
    }
    list_init(&gc->permanent);
    gc->threshold[0] = 700;
    gc->threshold[1] = 10;
    gc->threshold[2] = 10;
    gc->enabled = 1;
    // CPython's start-up leaves a slice in its one-slice cache.
    gc->pool_slices = 1;
    const char *env = getenv("ADDER_GC_STRESS");
    stress = env != NULL && env[0] != '\0' && strcmp(env, "0") != 0;
    gcs = gc;
}

void gc_fini(GcState *gc) {
    (void)gc;
    gcs = NULL;
}

GcState *gc_state(void) {
    return gcs;
}

void gc_set_builtin_types(TypeObject *tuple, TypeObject *dict, TypeObject *list,
                          TypeObject *slice) {
    gcs->tuple_type = tuple;
    gcs->dict_type = dict;
    gcs->list_type = list;
    gcs->slice_type = slice;
}

void gc_track(Object *o) {
    list_append(GC_HEAD(o), &gcs->gen[0]);
}

void gc_untrack(Object *o) {
    GcHead *g = GC_HEAD(o);
    if (g->next == 0) {
        return;
    }
    GcHead *p = prev_of(g), *n = next_of(g);
    set_next(p, n);
    set_prev(n, p);
    g->next = 0;
    g->prev &= GC_FINALIZED;
}

int gc_finalize_from_dealloc(Object *o) {
    destructor finalize = TYPE(o)->finalize;
    if (finalize == NULL || gc_is_finalized(o)) {
        return 0;
    }
    // Alive again while the finalizer runs: tracked, with the one reference held here.
    o->refcnt = 1;
    if (!gc_is_tracked(o)) {
        gc_track(o);
    }
    finalize(o);
    gc_set_finalized(o);
    if (--o->refcnt != 0) {
        return -1;
    }
    gc_untrack(o);
    return 0;
}

// The free-list slot count of CPython's that a container of `type` with `nitems` items
// would use, and its capacity; NULL when there is none.
static int *pool_of(TypeObject *type, size_t nitems, int *max) {
    GcState *gc = gcs;
    if (type == gc->list_type) {
        *max = 80;
        return &gc->pool_lists;
    }
    if (type == gc->dict_type) {
        *max = 80;
        return &gc->pool_dicts;
    }
    if (type == gc->tuple_type && nitems >= 1 && nitems <= 20) {
        *max = 2000;
        return &gc->pool_tuples[nitems - 1];
    }
    if (type == gc->slice_type) {
        *max = 1;
        return &gc->pool_slices;
    }
    return NULL;
}

bool gc_count_alloc(TypeObject *type, size_t nitems, bool pooled) {
    GcState *gc = gcs;
    int max;
    int *pool = pooled ? pool_of(type, nitems, &max) : NULL;
    bool can = gc->enabled && !gc->collecting && gc->threshold[0] != 0;
    if (pool != NULL && *pool > 0) {
        // CPython takes it from a free list: no count, no collection.
        (*pool)--;
        return can && stress;
    }
    gc->count[0]++;
    return can && (gc->count[0] > gc->threshold[0] || stress);
}

void gc_count_free(Object *o) {
    int max;
    TypeObject *type = TYPE(o);
    int *pool = pool_of(type, type->itemsize != 0 ? (size_t)((VarObject *)o)->size : 0, &max);
    if (pool != NULL && *pool < max) {
        (*pool)++;
        return;
    }
    if (gcs->count[0] > 0) {
        gcs->count[0]--;
    }
}

// A full collection empties CPython's free lists: each object on them is freed then.
static void clear_pools(void) {
    GcState *gc = gcs;
    int n = gc->pool_lists + gc->pool_dicts;
    for (int i = 0; i < 20; i++) {
        n += gc->pool_tuples[i];
        gc->pool_tuples[i] = 0;
    }
    gc->pool_lists = 0;
    gc->pool_dicts = 0;
    gc->count[0] = gc->count[0] > n ? gc->count[0] - n : 0;
}

// ---- finding the unreachable -------------------------------------------------------------

// gc_refs = reference count for each object of `containers`, which become COLLECTING.
static void update_refs(GcHead *containers) {
    for (GcHead *g = next_of(containers); g != containers; g = next_of(g)) {
        g->prev = (g->prev & GC_FINALIZED) | GC_COLLECTING |
                  ((uintptr_t)GC_OBJECT(g)->refcnt << REFS_SHIFT);
    }
}

static int visit_decref(Object *o, void *arg) {
    (void)arg;
    if (obj_is_gc(o)) {
        GcHead *g = GC_HEAD(o);
        // Only the objects being collected count; a reference to anything else is an
        // outside reference already counted in that object's own gc_refs, or none.
        if (is_collecting(g)) {
            g->prev -= (uintptr_t)1 << REFS_SHIFT;
        }
    }
    return 0;
}

static void subtract_refs(GcHead *containers) {
    for (GcHead *g = next_of(containers); g != containers; g = next_of(g)) {
        Object *o = GC_OBJECT(g);
        if (TYPE(o)->traverse != NULL) {
            TYPE(o)->traverse(o, visit_decref, NULL);
        }
    }
}

// `o` is reachable from an object move_unreachable is scanning: make sure the scan
// reaches it too.
static int visit_reachable(Object *o, void *arg) {
    GcHead *young = arg;
    if (!obj_is_gc(o)) {
        return 0;
    }
    GcHead *g = GC_HEAD(o);
    // Objects of other generations, and those already scanned (no longer COLLECTING),
    // need nothing.
    if (!is_collecting(g)) {
        return 0;
    }
    if (g->next & NEXT_UNREACHABLE) {
        // Set aside as unreachable, but reachable after all: unlink it by hand (the
        // unreachable list's `next` words carry the mark) and put it back at the end of
        // `young`, where the scan will come to it again.
        GcHead *p = prev_of(g);
        GcHead *n = (GcHead *)(g->next & ~NEXT_UNREACHABLE);
        p->next = g->next;
        set_prev(n, p);
        list_append(g, young);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        // Not scanned yet; it will be, as a root.
        set_refs(g, 1);
    }
    return 0;
}

// Scan `young` left to right: objects with gc_refs > 0 are reachable and have their
// referents marked reachable; the others are set aside on `unreachable` (marked), to come
// back if something scanned later reaches them. Restores the back pointers of `young`.
static void move_unreachable(GcHead *young, GcHead *unreachable) {
    GcHead *prev = young;
    GcHead *g = next_of(young);
    while (g != young) {
        if (get_refs(g) != 0) {
            Object *o = GC_OBJECT(g);
            // The traverse may append to `young` (and so change g->next): read the next
            // object only afterwards.
            if (TYPE(o)->traverse != NULL) {
                TYPE(o)->traverse(o, visit_reachable, young);
            }
            set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            // No need to fix g->next->prev: `young` is singly linked during the scan.
            prev->next = g->next;
            GcHead *last = prev_of(unreachable);
            // Every `next` in `unreachable` carries the mark, the head's included for a
            // while (undone below).
            last->next = NEXT_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = (GcHead *)prev->next;
    }
    young->prev = (uintptr_t)prev;
    unreachable->next &= ~NEXT_UNREACHABLE;
}

// Steps 1-3: leave in `base` what is reachable from outside it; the rest goes to
// `unreachable` (initialised here), still marked NEXT_UNREACHABLE and COLLECTING.
static void deduce_unreachable(GcHead *base, GcHead *unreachable) {
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    move_unreachable(base, unreachable);
}

// Make `unreachable` a well-formed list again.
static void clear_unreachable_mask(GcHead *unreachable) {
    for (GcHead *g = next_of(unreachable); g != unreachable;) {
        g->next &= ~NEXT_UNREACHABLE;
        g = next_of(g);
    }
}

// ---- untracking what cannot be in a cycle ------------------------------------------------

// Could `o` be part of a cycle? (CPython's _PyObject_GC_MAY_BE_TRACKED.) Non-zero stops
// the traverse that asks.
static int visit_may_be_tracked(Object *o, void *arg) {
    (void)arg;
    if (!obj_is_gc(o)) {
        return 0;
    }
    return TYPE(o) != gcs->tuple_type || gc_is_tracked(o);
}

// Untrack each object of `list` of exact type `type` whose referents are all untracked.
// The number of objects left on `list` (counted on the way: one walk fewer).
static ssize_t untrack_atomic(GcHead *list, TypeObject *type) {
    ssize_t left = 0;
    for (GcHead *g = next_of(list); g != list;) {
        GcHead *n = next_of(g);
        Object *o = GC_OBJECT(g);
        if (TYPE(o) == type && type->traverse(o, visit_may_be_tracked, NULL) == 0) {
            gc_untrack(o);
        } else {
            left++;
        }
        g = n;
    }
    return left;
}

// ---- finalizing and freeing ------------------------------------------------------------

// Step 5: run each finalizer that never ran. An object goes to `seen` before its
// finalizer runs; whatever the finalizers free leaves the lists by itself.
static void finalize_garbage(GcHead *collectable) {
    GcHead seen;
    list_init(&seen);
    while (!list_empty(collectable)) {
        GcHead *g = next_of(collectable);
        Object *o = GC_OBJECT(g);
        list_move(g, &seen);
        destructor finalize = TYPE(o)->finalize;
        if (finalize != NULL && !(g->prev & GC_FINALIZED)) {
            g->prev |= GC_FINALIZED;
            INCREF(o);
            finalize(o);
            DECREF(o);
        }
    }
    list_merge(&seen, collectable);
}

// Step 6: what the finalizers made reachable again joins `old`; `still` (initialised
// here) gets the rest.
static void handle_resurrected(GcHead *unreachable, GcHead *still, GcHead *old) {
    for (GcHead *g = next_of(unreachable); g != unreachable; g = next_of(g)) {
        clear_collecting(g);
    }
    deduce_unreachable(unreachable, still);
    clear_unreachable_mask(still);
    list_merge(unreachable, old);
}

// Step 7: clear each object (or save it in gc.garbage). An object that is still there
// afterwards survived its clear (something else keeps it) and joins `old`.
static void delete_garbage(GcHead *collectable, GcHead *old) {
    while (!list_empty(collectable)) {
        GcHead *g = next_of(collectable);
        Object *o = GC_OBJECT(g);
        if (gcs->debug & GC_DEBUG_SAVEALL) {
            if (gcs->hooks.save != NULL) {
                gcs->hooks.save(o);
            }
        } else if (TYPE(o)->clear != NULL) {
            INCREF(o);
            TYPE(o)->clear(o);
            DECREF(o);
        }
        if (next_of(collectable) == g) {
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

// ---- collecting ---------------------------------------------------------------------------

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void show_generations(void) {
    fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", list_size(&gcs->gen[0]),
            list_size(&gcs->gen[1]), list_size(&gcs->gen[2]));
    fprintf(stderr, "gc: objects in permanent generation: %zd\n", list_size(&gcs->permanent));
}

// Collect `generation` and the younger ones: the number of unreachable objects found,
// split into `*collected` and `*uncollectable` (always 0 here: no legacy finalizers).
static ssize_t collect_main(int generation, ssize_t *collected, ssize_t *uncollectable) {
    GcState *gc = gcs;
    double t0 = 0;
    if (gc->debug & GC_DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        show_generations();
        t0 = now();
    }
    if (generation + 1 < GC_NGENERATIONS) {
        gc->count[generation + 1]++;
    }
    for (int i = 0; i <= generation; i++) {
        gc->count[i] = 0;
    }
    for (int i = 0; i < generation; i++) {
        list_merge(&gc->gen[i], &gc->gen[generation]);
    }
    GcHead *young = &gc->gen[generation];
    GcHead *old = generation + 1 < GC_NGENERATIONS ? &gc->gen[generation + 1] : young;

    GcHead unreachable;
    deduce_unreachable(young, &unreachable);
    ssize_t survivors = untrack_atomic(young, gc->tuple_type);
    if (young != old) {
        if (generation == GC_NGENERATIONS - 2) {
            gc->long_lived_pending += survivors;
        }
        list_merge(young, old);
    } else {
        // Dicts only in full collections: untracking them at every collection makes
        // building a big dict quadratic (CPython issue #14775).
        gc->long_lived_pending = 0;
        gc->long_lived_total = untrack_atomic(young, gc->dict_type);
    }
    clear_unreachable_mask(&unreachable);
    if (gc->debug & GC_DEBUG_COLLECTABLE) {
        for (GcHead *g = next_of(&unreachable); g != &unreachable; g = next_of(g)) {
            Object *o = GC_OBJECT(g);
            fprintf(stderr, "gc: collectable <%s %p>\n", type_name(o), (void *)o);
        }
    }
    finalize_garbage(&unreachable);
    GcHead still;
    handle_resurrected(&unreachable, &still, old);
    ssize_t m = list_size(&still);
    delete_garbage(&still, old);
    ssize_t n = 0;
    if (gc->debug & GC_DEBUG_STATS) {
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", n + m,
                n, now() - t0);
    }
    if (generation == GC_NGENERATIONS - 1) {
        clear_pools();
    }
    gc->stats[generation].collections++;
    gc->stats[generation].collected += m;
    gc->stats[generation].uncollectable += n;
    *collected = m;
    *uncollectable = n;
    return n + m;
}

static ssize_t collect_with_callback(int generation) {
    GcState *gc = gcs;
    if (gc->hooks.callback != NULL) {
        gc->hooks.callback("start", generation, 0, 0);
    }
    ssize_t collected, uncollectable;
    ssize_t n = collect_main(generation, &collected, &uncollectable);
    if (gc->hooks.callback != NULL) {
        gc->hooks.callback("stop", generation, collected, uncollectable);
    }
    return n;
}

void gc_collect_auto(void) {
    GcState *gc = gcs;
    if (gc->collecting) {
        return;
    }
    gc->collecting = 1;
    if (stress && gc->count[0] <= gc->threshold[0]) {
        collect_with_callback(0);
    }
    for (int i = GC_NGENERATIONS - 1; i >= 0; i--) {
        if (gc->count[i] > gc->threshold[i]) {
            // A full collection costs time in proportion to every long-lived object:
            // wait until enough new ones arrived since the last.
            if (i == GC_NGENERATIONS - 1 && gc->long_lived_pending < gc->long_lived_total / 4) {
                continue;
            }
            collect_with_callback(i);
            break;
        }
    }
    gc->collecting = 0;
}

ssize_t gc_collect(int generation) {
    GcState *gc = gcs;
    if (gc->collecting) {
        return 0;
    }
    gc->collecting = 1;
    ssize_t n = collect_with_callback(generation);
    gc->collecting = 0;
    return n;
}

void gc_collect_if_enabled(void) {
    if (gcs->enabled) {
        gc_collect(GC_NGENERATIONS - 1);
    }
}

ssize_t gc_collect_nofail(void) {
    GcState *gc = gcs;
    if (gc->collecting) {
        return 0;
    }
    gc->collecting = 1;
    ssize_t collected, uncollectable;
    ssize_t n = collect_main(GC_NGENERATIONS - 1, &collected, &uncollectable);
    gc->collecting = 0;
    return n;
}

void gc_collect_until_done(void) {
    // Finalizers could make new garbage forever: give up after a while.
    for (int i = 0; i < 256 && gc_collect_nofail() > 0; i++) {
    }
}

// ---- inspection ---------------------------------------------------------------------------

int gc_each_object(int generation, int (*fn)(Object *o, void *arg), void *arg) {
    int lo = generation < 0 ? 0 : generation;
    int hi = generation < 0 ? GC_NGENERATIONS - 1 : generation;
    for (int i = lo; i <= hi; i++) {
        GcHead *list = &gcs->gen[i];
        for (GcHead *g = next_of(list); g != list; g = next_of(g)) {
            int r = fn(GC_OBJECT(g), arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

ssize_t gc_generation_size(int generation) {
    return list_size(generation < GC_NGENERATIONS ? &gcs->gen[generation] : &gcs->permanent);
}

void gc_freeze(void) {
    for (int i = 0; i < GC_NGENERATIONS; i++) {
        list_merge(&gcs->gen[i], &gcs->permanent);
        gcs->count[i] = 0;
    }
}

void gc_unfreeze(void) {
    list_merge(&gcs->permanent, &gcs->gen[GC_NGENERATIONS - 1]);
}

// ---- exit ----------------------------------------------------------------------------------

void gc_clear_all(void) {
    GcState *gc = gcs;
    gc->debug = 0;
    gc->hooks.callback = NULL;
    gc->hooks.save = NULL;
    CLEAR(gc->garbage);
    CLEAR(gc->callbacks);
    gc_unfreeze();
    gc_collect_until_done();
    // What is left is kept alive from outside the collector's view (a static object, a
    // C global): clear every tracked container. An object freed by a clear unlinks
    // itself; one that survives its own clear moves to `done`, so that a round ends. A
    // clear may run code that tracks new containers: rounds go on while they free some.
    ssize_t left = -1;
    for (int round = 0; round < 16; round++) {
        GcHead work, done;
        list_init(&work);
        list_init(&done);
        for (int i = 0; i < GC_NGENERATIONS; i++) {
            list_merge(&gc->gen[i], &work);
        }
        ssize_t n = list_size(&work);
        if (n == 0 || n == left) {
            list_merge(&work, &gc->gen[GC_NGENERATIONS - 1]);
            break;
        }
        left = n;
        while (!list_empty(&work)) {
            GcHead *g = next_of(&work);
            Object *o = GC_OBJECT(g);
            // Move it to `done` first: a clear may free anything, but not `o`, held here.
            list_move(g, &done);
            INCREF(o);
            if (TYPE(o)->clear != NULL) {
                TYPE(o)->clear(o);
            }
            DECREF(o);
        }
        // Survivors (objects nothing could clear) go back to generation 2.
        list_merge(&done, &gc->gen[GC_NGENERATIONS - 1]);
    }
}
