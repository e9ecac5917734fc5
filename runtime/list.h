// runtime/list.h — list: a growable array of references, over-allocated with
// CPython's growth pattern (so `sys.getsizeof` steps the same way).
#ifndef ADDER_RUNTIME_LIST_H
#define ADDER_RUNTIME_LIST_H

#include "runtime/object.h"

typedef struct ListObject {
    VarObject ob;           // ob.size items in use
    Object **items;         // heap_alloc'd array of `allocated` slots
    ssize_t allocated;
} ListObject;

extern TypeObject ListType, ListIterType, ListRevIterType;

// The list iterators (forward and reversed); the eval loop may step them inline.
typedef struct ListIterObject {
    Object ob;
    Object *seq;            // the list, NULL once exhausted (the SourceIterObject head)
    ssize_t index;          // the next item to yield (counts down when reversed)
} ListIterObject;

static inline bool list_check(Object *o) {
    return (TYPE(o)->flags & TP_LIST_SUB) != 0;
}
static inline ssize_t list_size(Object *o) {
    return ((ListObject *)o)->ob.size;
}
// Item `i`, unchecked. Ref: borrowed (a list can change: use before calling out).
static inline Object *list_item_borrow(Object *l, ssize_t i) {
    return ((ListObject *)l)->items[i];
}
// A list of `n` NULL slots for the caller to fill with `list_set_steal` before anything
// else sees it; `n` may be 0. Ref: new.
Object *list_new(ssize_t n);
// Store `v` at `i` (0 <= i < size), dropping the old item. Ref: steals `v`.
void list_set_steal(Object *l, ssize_t i, Object *v);
// Append `v`. Ref: none; the list takes its own reference. 0, or -1.
int list_append(Object *l, Object *v);
// Extend with the items of any iterable (list += iterable). Ref: none. 0, or -1.
int list_extend(Object *l, Object *iterable);
// A list of copies of `n` references. Ref: new.
Object *list_from_array(Object *const *items, ssize_t n);
// Sort in place: key may be NULL; stable. Ref: none. 0, or -1 (the items are then
// all still there, in some order).
int list_sort(Object *l, Object *key, bool reverse);
// A tuple of the items. Ref: new.
Object *list_as_tuple(Object *l);
// reversed(l): an iterator from the last item to the first. Ref: new.
Object *list_reversed_iter(Object *l);

// The guard of self-containing reprs (CPython's Py_ReprEnter), shared by list, dict,
// set and the dict views: 1 when `o` is already being repr'd further up (print
// "[...]" and do not call `list_repr_leave`), 0 after recording it, -1 with
// MemoryError set. Ref: none (identity only).
int list_repr_enter(Object *o);
// Forget `o` after a `list_repr_enter` that returned 0. Ref: none.
void list_repr_leave(Object *o);

// The trashcan (CPython's Py_TRASHCAN_BEGIN/END): deallocators of containers call
// `list_trash_begin(o)` right after `gc_untrack(o)`; when it returns true, `o` was put
// aside to be freed later, at a shallower depth, and the deallocator must return at
// once. Otherwise it frees `o` and then calls `list_trash_end()`. This keeps the C
// stack bounded when a long chain of nested containers dies. Ref: none.
bool list_trash_begin(Object *o);
// Close a `list_trash_begin` that returned false. Ref: none.
void list_trash_end(void);

#endif
