// runtime/tuple.h — tuple: an immutable array of references.
#ifndef ADDER_RUNTIME_TUPLE_H
#define ADDER_RUNTIME_TUPLE_H

#include "runtime/object.h"

typedef struct TupleObject {
    VarObject ob;           // ob.size items
    Object *items[];
} TupleObject;

extern TypeObject TupleType, TupleIterType;

// The tuple iterator; the eval loop may step it inline in FOR_ITER.
typedef struct TupleIterObject {
    Object ob;
    Object *seq;            // the tuple, NULL once exhausted (the SourceIterObject head)
    ssize_t index;          // the next item to yield
} TupleIterObject;

// Make the shared empty tuple `rt->empty_tuple`. Ref: none. 0, or -1 (MemoryError).
int tuple_init(void);
// Drop the shared empty tuple at exit. Ref: none.
void tuple_fini(void);

static inline bool tuple_check(Object *o) {
    return (TYPE(o)->flags & TP_TUPLE_SUB) != 0;
}
static inline ssize_t tuple_size(Object *o) {
    return ((TupleObject *)o)->ob.size;
}
// Item `i`, unchecked. Ref: borrowed, alive as long as the tuple.
static inline Object *tuple_item_borrow(Object *t, ssize_t i) {
    return ((TupleObject *)t)->items[i];
}
static inline Object **tuple_items(Object *t) {
    return ((TupleObject *)t)->items;
}
// A tuple of `n` NULL items for the caller to fill with `tuple_items` (each slot takes
// a reference); the empty tuple is shared. Not tracked by the collector until
// `tuple_done`. Ref: new.
Object *tuple_new(ssize_t n);
// Track a tuple filled after `tuple_new`. Ref: steals `t`, returns it.
Object *tuple_done(Object *t);
// A tuple of copies of `n` references. Ref: new (the items get their own references).
Object *tuple_from_array(Object *const *items, ssize_t n);
// (a,), (a, b). Ref: new.
Object *tuple_pack1(Object *a);
// Ref: new, or NULL with an exception set.
Object *tuple_pack2(Object *a, Object *b);
// Ref: new, or NULL with an exception set.
Object *tuple_pack3(Object *a, Object *b, Object *c);
// t[lo:hi]. Ref: new.
Object *tuple_slice(Object *t, ssize_t lo, ssize_t hi);

#endif
