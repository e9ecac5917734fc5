// runtime/set.h — set and frozenset: open-addressed hash tables of keys.
#ifndef ADDER_RUNTIME_SET_H
#define ADDER_RUNTIME_SET_H

#include "runtime/object.h"

extern TypeObject SetType, FrozenSetType, SetIterType;

static inline bool set_check(Object *o) {
    return TYPE(o) == &SetType;
}
static inline bool anyset_check(Object *o) {
    return TYPE(o) == &SetType || TYPE(o) == &FrozenSetType;
}
// A new set (or frozenset when `frozen`) of the items of `iterable` (may be NULL).
// Ref: new.
Object *set_new(Object *iterable, bool frozen);
// Add `key`. 0, or -1 (TypeError "unhashable type: 'list'").
int set_add(Object *s, Object *key);
// 1, 0, or -1.
int set_contains(Object *s, Object *key);
ssize_t set_len(Object *s);

#endif
