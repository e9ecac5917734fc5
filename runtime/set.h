// runtime/set.h — set and frozenset: open-addressed hash tables of keys.
#ifndef ADDER_RUNTIME_SET_H
#define ADDER_RUNTIME_SET_H

#include "runtime/object.h"

extern TypeObject SetType, FrozenSetType, SetIterType;

// One slot of the table: `key` NULL (never used), the dummy (deleted: `hash` -1), or
// a live key with its hash.
typedef struct SetEntry {
    Object *key;
    hash_t hash;
} SetEntry;

#define SET_MINSIZE 8

// A set or frozenset: an open-addressed table of `mask + 1` slots (a power of two),
// probed linearly a few slots, then by CPython's perturbation; small sets use the
// table inside the object. Invariant: used <= fill < mask + 1, fill * 5 < mask * 3
// after every insertion.
typedef struct SetObject {
    Object ob;
    ssize_t fill;           // live + dummy slots
    ssize_t used;           // live slots
    ssize_t mask;           // slots - 1
    SetEntry *table;        // `smalltable` or a heap block
    hash_t hash;            // frozenset: -1 until computed
    ssize_t finger;         // where pop() looks first
    SetEntry smalltable[SET_MINSIZE];
} SetObject;

static inline bool set_check(Object *o) {
    return TYPE(o) == &SetType;
}
static inline bool anyset_check(Object *o) {
    return TYPE(o) == &SetType || TYPE(o) == &FrozenSetType;
}
// A new set (or frozenset when `frozen`) of the items of `iterable` (may be NULL).
// Ref: new.
Object *set_new(Object *iterable, bool frozen);
// Add `key`. Ref: none; the set takes its own reference. 0, or -1 (TypeError
// "unhashable type: 'list'").
int set_add(Object *s, Object *key);
// `key in s`. Ref: none. 1, 0, or -1.
int set_contains(Object *s, Object *key);
// len(s). Ref: none.
ssize_t set_len(Object *s);
// s.update(iterable) for a set being built or a set. Ref: none. 0, or -1.
int set_update(Object *s, Object *iterable);
// s.difference_update(other). Ref: none. 0, or -1.
int set_difference_update(Object *s, Object *other);
// s.symmetric_difference_update(other). Ref: none. 0, or -1.
int set_symmetric_difference_update(Object *s, Object *other);
// s.intersection(other): a new set of the type of `s`. Ref: new.
Object *set_intersection(Object *s, Object *other);

#endif
