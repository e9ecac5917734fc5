// gc/collect.h — the cycle collector: container headers, the three generations, and
// the collection of unreachable cycles (gc/collect.c has the whole design).
//
// Every container (a type with TP_GC) is allocated with a `GcHead` in front of its
// `Object`; tracked containers sit on the list of their generation. Reference counting
// frees everything else; the collector finds groups of containers that only refer to
// each other, runs their finalizers once (PEP 442) and `clear`s them.
#ifndef ADDER_GC_COLLECT_H
#define ADDER_GC_COLLECT_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"

// Two words, as CPython's PyGC_Head, so that containers have CPython's sizes.
// `next`: the next header of the list, NULL when untracked; during a collection its
// low bit marks the objects found unreachable. `prev`: the previous header, with two
// flags in its low bits (GC_FINALIZED, GC_COLLECTING); during a collection it holds
// the collector's copy of the reference count instead (shifted past the flags).
// Headers are 16-byte aligned, so the low bits of a header's address are free.
typedef struct GcHead {
    uintptr_t next;
    uintptr_t prev;
} GcHead;

#define GC_FINALIZED ((uintptr_t)1)     // the finalizer ran (never again: PEP 442)
#define GC_COLLECTING ((uintptr_t)2)    // in the generations being collected now
#define GC_PREV_FLAGS ((uintptr_t)3)
#define GC_NGENERATIONS 3

// gc.set_debug flags, with CPython's values.
#define GC_DEBUG_STATS 1            // "gc: collecting generation N..." lines on stderr
#define GC_DEBUG_COLLECTABLE 2      // "gc: collectable <list 0x...>" for each object found
#define GC_DEBUG_UNCOLLECTABLE 4    // the same for objects that cannot be freed
#define GC_DEBUG_SAVEALL 32         // keep unreachable objects in gc.garbage
#define GC_DEBUG_LEAK (GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL)

// Per-generation totals, what gc.get_stats() shows.
typedef struct GcStats {
    ssize_t collections;
    ssize_t collected;
    ssize_t uncollectable;
} GcStats;

// What the collector asks of the `gc` module (stdlib/gcmodule.c), which owns the
// Python-level lists; NULL until the module is imported. Neither may leave an
// exception set.
typedef struct GcHooks {
    // Run gc.callbacks with `phase` ("start" or "stop") and the info dict.
    void (*callback)(const char *phase, int generation, ssize_t collected,
                     ssize_t uncollectable);
    // DEBUG_SAVEALL: append `o` to gc.garbage instead of freeing it.
    void (*save)(Object *o);
} GcHooks;

typedef struct GcState {
    GcHead gen[GC_NGENERATIONS];    // list heads; a new container joins gen[0]
    GcHead permanent;               // gc.freeze(): never collected
    // count[0]: container allocations minus frees since the last collection (never
    // below 0); count[1]: collections of generation 0 since the last of generation 1;
    // count[2]: of generation 1 since the last of generation 2. As CPython keeps them.
    int count[GC_NGENERATIONS];
    int threshold[GC_NGENERATIONS]; // 700, 10, 10
    int enabled;                    // automatic collection (gc.enable/disable)
    int debug;                      // GC_DEBUG_* flags
    int collecting;                 // a collection is running: start no other
    ssize_t long_lived_total;       // survivors of the last full collection
    ssize_t long_lived_pending;     // objects moved into generation 2 since then
    GcStats stats[GC_NGENERATIONS];
    TypeObject *tuple_type;         // the built-in types the collector treats apart
    TypeObject *dict_type;          // (gc_set_builtin_types)
    TypeObject *list_type;
    TypeObject *slice_type;
    // CPython 3.11 keeps freed lists and dicts (80 each), tuples of 1 to 20 items (2000
    // of each size) and one slice on free lists, and takes new ones from there: such an
    // allocation or free moves no count, and a full collection empties the lists. adder
    // has no free lists; it keeps these numbers so that gc.get_count() moves as CPython's.
    int pool_lists, pool_dicts, pool_slices, pool_tuples[20];
    GcHooks hooks;
    Object *garbage;                // gc.garbage and gc.callbacks (lists), owned; made by
    Object *callbacks;              // the gc module, dropped by gc_clear_all
} GcState;

#define GC_HEAD(o) ((GcHead *)(o) - 1)
#define GC_OBJECT(g) ((Object *)((GcHead *)(g) + 1))

// Start with empty generations and CPython's thresholds. Ref: none.
void gc_init(GcState *gc);
// Forget the state (after gc_clear_all). Ref: none.
void gc_fini(GcState *gc);
// The state gc_init was given. Ref: none.
GcState *gc_state(void);
// Name the built-in types the collector treats apart: a collection untracks a tuple whose
// items are all untracked, and a full collection such a dict (CPython's
// _PyTuple_MaybeUntrack, _PyDict_MaybeUntrack); exact tuples, dicts, lists and slices
// follow CPython's free lists in the counts. Ref: none.
void gc_set_builtin_types(TypeObject *tuple, TypeObject *dict, TypeObject *list,
                          TypeObject *slice);

// Whether a container has a GcHead in front: obj_is_gc (runtime/object.h).
// Put container `o` at the end of generation 0's list; it must be untracked, and every
// field its `traverse` reads must be set. Ref: none.
void gc_track(Object *o);
// Take `o` off its list (no-op when untracked); its GC_FINALIZED flag stays. Ref: none.
void gc_untrack(Object *o);
// Ref: none.
static inline bool gc_is_tracked(Object *o) {
    return GC_HEAD(o)->next != 0;
}
// Has the finalizer of container `o` run (by the collector or its dealloc)? Ref: none.
static inline bool gc_is_finalized(Object *o) {
    return (GC_HEAD(o)->prev & GC_FINALIZED) != 0;
}
// Record that the finalizer of container `o` ran, so that it never runs again. Ref: none.
static inline void gc_set_finalized(Object *o) {
    GC_HEAD(o)->prev |= GC_FINALIZED;
}
// From the dealloc of a container whose type has a `finalize` slot, right after its
// `gc_untrack` and with its count at 0: run the finalizer unless it already ran (CPython's
// PyObject_CallFinalizerFromDealloc). The object is tracked and holds one reference
// while the finalizer runs. Returns 0 when the dealloc should go on (`o` untracked, count
// 0 again), -1 when the finalizer resurrected `o` (it keeps the references it gained and
// stays tracked; the dealloc must return at once). A `finalize` slot saves and restores
// the current exception and reports its own errors with err_write_unraisable, as
// CPython's do; it must return with no exception set. Ref: none.
int gc_finalize_from_dealloc(Object *o);

// The trashcan (runtime/list.c) chains dying, untracked containers through their `prev`
// word; these keep the flag bits. Ref: none.
static inline void gc_trash_set_link(Object *o, Object *next) {
    GcHead *g = GC_HEAD(o);
    g->prev = (g->prev & GC_PREV_FLAGS) | (uintptr_t)(next != NULL ? GC_HEAD(next) : NULL);
}
// The container chained after `o` by gc_trash_set_link, or NULL. Ref: borrowed.
static inline Object *gc_trash_link(Object *o) {
    GcHead *g = (GcHead *)(GC_HEAD(o)->prev & ~GC_PREV_FLAGS);
    return g != NULL ? GC_OBJECT(g) : NULL;
}

// Count the allocation of a container of `type` with `nitems` items in count[0] (unless
// CPython would have served it from a free list: `pooled` is false for its tp_alloc
// paths); true when an automatic collection is due (count[0] above threshold[0],
// collection enabled and threshold[0] not 0, none running). obj_alloc then calls
// gc_collect_auto unless an exception is set. Ref: none.
bool gc_count_alloc(TypeObject *type, size_t nitems, bool pooled);
// Count the free of container `o` (count[0] never goes below 0; a free CPython would
// keep on a free list counts nothing). Ref: none.
void gc_count_free(Object *o);
// The automatic collection: the oldest generation whose count passed its threshold
// (generation 2 only when the long-lived ratio allows), with the callbacks. Ref: none.
void gc_collect_auto(void);
// gc.collect(generation): collect `generation` (0..2) and the younger ones, with the
// callbacks; 0 at once when a collection is running. The number of unreachable objects
// found. Call with no exception set. Ref: none.
ssize_t gc_collect(int generation);
// At exit, before the main module's globals go, as CPython's Py_FinalizeEx: a full
// collection with the callbacks when automatic collection is enabled. Call with no
// exception set. Ref: none.
void gc_collect_if_enabled(void);
// A full collection without the callbacks (CPython's _PyGC_CollectNoFail, for exit);
// 0 when a collection is running. Ref: none.
ssize_t gc_collect_nofail(void);
// Full collections until one frees nothing (at most a few hundred), for exit while
// Python code can still run. Ref: none.
void gc_collect_until_done(void);
// At exit: drop gc.garbage and gc.callbacks, collect until nothing more is freed, then
// `clear` whatever is still tracked so that every object is freed. Ref: none.
void gc_clear_all(void);

// Call `fn(o, arg)` for each object tracked in `generation` (0..2; -1: all three, in
// order) until it returns non-zero, which is returned; 0 after the last. `fn` may
// allocate but not free or untrack tracked objects. Ref: none (`o` is borrowed).
int gc_each_object(int generation, int (*fn)(Object *o, void *arg), void *arg);
// The number of objects in generation `generation` (3: the permanent one). Ref: none.
ssize_t gc_generation_size(int generation);
// gc.freeze(): move everything tracked to the permanent generation, counts to 0.
// Ref: none.
void gc_freeze(void);
// gc.unfreeze(): the permanent generation joins generation 2. Ref: none.
void gc_unfreeze(void);

#endif
