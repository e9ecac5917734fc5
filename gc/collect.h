// gc/collect.h — the collector's view of container objects.
//
// Every container (a type with TP_GC) is allocated with a `GcHead` in front of its
// `Object`; tracked containers sit on the list of their generation. The cycle
// collector itself is a later issue; today the lists are kept so that tracking is
// right from the start.
#ifndef ADDER_GC_COLLECT_H
#define ADDER_GC_COLLECT_H

#include <stdint.h>

#include "runtime/object.h"

typedef struct GcHead {
    struct GcHead *next, *prev;     // the generation list; both NULL when untracked
} GcHead;

typedef struct GcState {
    GcHead gen[3];                  // list heads of the three generations
    int count[3];                   // allocations minus frees (gen 0), collections
    int threshold[3];               // 700, 10, 10
    int enabled;
} GcState;

#define GC_HEAD(o) ((GcHead *)(o) - 1)
#define GC_OBJECT(g) ((Object *)((GcHead *)(g) + 1))

// Ref: none.
void gc_init(GcState *gc);
// Ref: none.
void gc_fini(GcState *gc);
// Put container `o` on generation 0's list. Ref: none.
void gc_track(Object *o);
// Take `o` off its list (no-op when untracked). Ref: none.
void gc_untrack(Object *o);
static inline int gc_is_tracked(Object *o) {
    return GC_HEAD(o)->next != NULL;
}
// Whether `o`'s `__del__` has run (PEP 442: never twice), and marking it so. The
// collector of issue 7 keeps this bit in the header; until then nothing is marked.
// Ref: none.
static inline int gc_is_finalized(Object *o) {
    (void)o;
    return 0;
}
static inline void gc_set_finalized(Object *o) {
    (void)o;
}
// At exit: call `clear` on every tracked container until none is left, so that the
// objects in reference cycles are freed too. Ref: none.
void gc_clear_all(void);
// Count a container allocation / free in generation 0's counter. Ref: none.
void gc_count_alloc(void);
// Ref: none.
void gc_count_free(void);

#endif
