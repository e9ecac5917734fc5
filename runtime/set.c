// runtime/set.c — set, frozenset and their iterator.
//
// The table is CPython 3.11's (setobject.c) so that iteration order, and so every
// printed set, matches: `mask + 1` slots (a power of two, at least 8; small sets use
// `smalltable` inside the object), each unused (key NULL), live, or a dummy left by
// a deletion (key DUMMY, hash -1). A probe looks at LINEAR_PROBES neighbouring slots,
// then jumps by CPython's perturbation; an insertion of a new key takes the last
// dummy its probe passed, if any. After an insertion fills 3/5 of the table it
// is rebuilt for 4 * used (2 * used past 50,000), dropping dummies. Bulk operations
// (update from a set, copy, intersection, difference) follow CPython's choices of
// which side to iterate and when to presize, since those choices decide the order.
//
// A comparison run by a lookup may change the set; the probe then starts over, as
// CPython's does. A frozenset caches its hash (CPython's order-independent one).
#include <stdio.h>
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/iter.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define S(o) ((SetObject *)(o))
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// The key of a deleted slot: never referenced, never compared.
static Object dummy_struct = {1, &NoneType};
#define DUMMY (&dummy_struct)

// ---- argument checks with CPython's messages -------------------------------------------

static bool has_kw(Object *kwnames) {
    return kwnames != NULL && tuple_size(kwnames) > 0;
}

// "set.union" or "frozenset.union" for the messages.
static const char *qual(Object *self, const char *name, char *buf, size_t size) {
    snprintf(buf, size, "%s.%s", TYPE(self) == &FrozenSetType ? "frozenset" : "set", name);
    return buf;
}

static int no_kw(Object *self, const char *name, Object *kwnames) {
    if (has_kw(kwnames)) {
        char buf[64];
        err_format(&TypeErrorType, "%s() takes no keyword arguments",
                   qual(self, name, buf, sizeof buf));
        return -1;
    }
    return 0;
}

// "set.pop() takes no arguments (1 given)".
static int no_args(Object *self, const char *name, size_t nargs, Object *kwnames) {
    if (no_kw(self, name, kwnames) < 0) {
        return -1;
    }
    if (nargs != 0) {
        char buf[64];
        err_format(&TypeErrorType, "%s() takes no arguments (%zu given)",
                   qual(self, name, buf, sizeof buf), nargs);
        return -1;
    }
    return 0;
}

// "set.add() takes exactly one argument (0 given)".
static int one_arg(Object *self, const char *name, size_t nargs, Object *kwnames) {
    if (no_kw(self, name, kwnames) < 0) {
        return -1;
    }
    if (nargs != 1) {
        char buf[64];
        err_format(&TypeErrorType, "%s() takes exactly one argument (%zu given)",
                   qual(self, name, buf, sizeof buf), nargs);
        return -1;
    }
    return 0;
}

static inline hash_t key_hash(Object *key) {
    if (str_check_exact(key)) {
        hash_t h = ((StrObject *)key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return obj_hash(key);
}

static inline bool live(const SetEntry *e) {
    return e->key != NULL && e->key != DUMMY;
}

// ---- the table --------------------------------------------------------------------------

// Place `key` in a table known to hold no dummies and not `key` (rebuilds).
static void insert_clean(SetEntry *table, size_t mask, Object *key, hash_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

// Rebuild the table with the smallest power of two above `minused` slots. 0, or -1.
static int table_resize(SetObject *so, ssize_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    SetEntry *oldtable = so->table;
    bool old_on_heap = oldtable != so->smalltable;
    size_t oldmask = (size_t)so->mask;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;   // already the small table, and no dummies to drop
            }
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = heap_alloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++) {
        if (live(&oldtable[i])) {
            insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
        }
    }
    if (old_on_heap) {
        heap_free(oldtable);
    }
    return 0;
}

// Add `key` with its hash. Ref: none (the set takes its own reference). 0, or -1.
static int add_entry(SetObject *so, Object *key, hash_t hash) {
    SetEntry *entry = NULL, *freeslot;
    size_t mask, i, perturb;
    INCREF(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    perturb = (size_t)hash;
    freeslot = NULL;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (str_check_exact(startkey) && str_check_exact(key) &&
                    str_eq(startkey, key)) {
                    goto found_active;
                }
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_richcompare_bool(startkey, key, OBJ_EQ);
                DECREF(startkey);
                if (cmp > 0) {
                    goto found_active;
                }
                if (cmp < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) {
                    goto restart;
                }
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;   // a dummy: the last one seen is reused if absent
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

// The slot of `key`: a live one when present, an unused one (key NULL) when absent;
// NULL with an exception set when a comparison failed.
static SetEntry *lookkey(SetObject *so, Object *key, hash_t hash) {
    SetEntry *entry;
    size_t mask, i, perturb;
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                return entry;
            }
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                if (str_check_exact(startkey) && str_check_exact(key) &&
                    str_eq(startkey, key)) {
                    return entry;
                }
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_richcompare_bool(startkey, key, OBJ_EQ);
                DECREF(startkey);
                if (cmp < 0) {
                    return NULL;
                }
                if (table != so->table || entry->key != startkey) {
                    goto restart;
                }
                if (cmp > 0) {
                    return entry;
                }
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// 1 present, 0 absent, -1 error.
static int contains_entry(SetObject *so, Object *key, hash_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    return e == NULL ? -1 : e->key != NULL;
}

// Remove `key`: 1 removed, 0 absent, -1 error.
static int discard_entry(SetObject *so, Object *key, hash_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (e == NULL) {
        return -1;
    }
    if (e->key == NULL) {
        return 0;
    }
    Object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int add_key(SetObject *so, Object *key) {
    hash_t hash = key_hash(key);
    return hash == -1 ? -1 : add_entry(so, key, hash);
}

static int contains_key(SetObject *so, Object *key) {
    hash_t hash = key_hash(key);
    return hash == -1 ? -1 : contains_entry(so, key, hash);
}

static int discard_key(SetObject *so, Object *key) {
    hash_t hash = key_hash(key);
    return hash == -1 ? -1 : discard_entry(so, key, hash);
}

// The next live slot at or after `*pos`: 1 with `*entry`, 0 at the end.
static int set_next(SetObject *so, ssize_t *pos, SetEntry **entry) {
    ssize_t i = *pos;
    while (i <= so->mask && !live(&so->table[i])) {
        i++;
    }
    *pos = i + 1;
    if (i > so->mask) {
        return 0;
    }
    *entry = &so->table[i];
    return 1;
}

// Empty the set; the keys are dropped after it is whole again.
static void clear_table(SetObject *so) {
    SetEntry *table = so->table;
    bool on_heap = table != so->smalltable;
    ssize_t fill = so->fill;
    size_t mask = (size_t)so->mask;
    SetEntry small_copy[SET_MINSIZE];
    if (fill == 0) {
        return;
    }
    if (!on_heap) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    for (size_t i = 0; i <= mask; i++) {
        if (live(&table[i])) {
            DECREF(table[i].key);
        }
    }
    if (on_heap) {
        heap_free(table);
    }
}

// ---- building ---------------------------------------------------------------------------

// An empty set of `type`, tracked. Ref: new.
static Object *make_set(TypeObject *type) {
    SetObject *so = (SetObject *)obj_alloc(type, 0);
    if (so == NULL) {
        return NULL;
    }
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    memset(so->smalltable, 0, sizeof so->smalltable);
    gc_track(OB(so));
    return OB(so);
}

// so |= other for another set (CPython's set_merge). 0, or -1.
static int merge(SetObject *so, SetObject *other) {
    if (so == other || other->used == 0) {
        return 0;
    }
    // One resize up front: expect few keys in common.
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(so, (so->used + other->used) * 2) < 0) {
        return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Same size, no dummies: copy slot for slot.
        for (ssize_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (e->key != NULL) {
                so->table[i].key = NEWREF(e->key);
                so->table[i].hash = e->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (live(e)) {
                insert_clean(so->table, (size_t)so->mask, NEWREF(e->key), e->hash);
            }
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (live(e) && add_entry(so, e->key, e->hash) < 0) {
            return -1;
        }
    }
    return 0;
}

int set_update(Object *s, Object *other) {
    SetObject *so = S(s);
    if (anyset_check(other)) {
        return merge(so, S(other));
    }
    if (TYPE(other) == &DictType) {
        DictObject *d = (DictObject *)other;
        if ((so->fill + d->used) * 5 >= so->mask * 3 &&
            table_resize(so, (so->used + d->used) * 2) < 0) {
            return -1;
        }
        for (ssize_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key != NULL && add_entry(so, e->key, e->hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        return -1;
    }
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        int rc = add_key(so, key);
        DECREF(key);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

// set or frozenset: the built-in base of `type`.
static TypeObject *base_type(TypeObject *type) {
    if (type == &SetType || type == &FrozenSetType) {
        return type;
    }
    return type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
}

// A new set of the built-in base of `type` holding the items of `iterable` (NULL:
// empty). Ref: new.
static Object *new_like(TypeObject *type, Object *iterable) {
    Object *s = make_set(base_type(type));
    if (s != NULL && iterable != NULL && set_update(s, iterable) < 0) {
        CLEAR(s);
    }
    return s;
}

static Object *set_copy_of(Object *so) {
    return new_like(TYPE(so), so);
}

Object *set_new(Object *iterable, bool frozen) {
    Object *s = make_set(frozen ? &FrozenSetType : &SetType);
    if (s != NULL && iterable != NULL && set_update(s, iterable) < 0) {
        CLEAR(s);
    }
    return s;
}

int set_add(Object *s, Object *key) {
    return add_key(S(s), key);
}

int set_contains(Object *s, Object *key) {
    return contains_key(S(s), key);
}

ssize_t set_len(Object *s) {
    return S(s)->used;
}

// ---- the algebra --------------------------------------------------------------------------

Object *set_intersection(Object *s, Object *other) {
    SetObject *so = S(s);
    if (s == other) {
        return set_copy_of(s);
    }
    Object *result = new_like(TYPE(s), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (anyset_check(other)) {
        // Walk the smaller set, look up in the larger.
        SetObject *a = so, *b = S(other);
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next(b, &pos, &e)) {
            Object *key = NEWREF(e->key);
            hash_t hash = e->hash;
            int rv = contains_entry(a, key, hash);
            if (rv > 0) {
                rv = add_entry(S(result), key, hash);
            }
            DECREF(key);
            if (rv < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        DECREF(result);
        return NULL;
    }
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        hash_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
        if (rv > 0) {
            rv = add_entry(S(result), key, hash);
            if (rv == 0 && S(result)->used >= so->used) {
                DECREF(key);
                break;
            }
        }
        DECREF(key);
        if (rv < 0) {
            break;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        CLEAR(result);
    }
    return result;
}

// Replace the contents of `a` with those of `b` and back (CPython's
// set_swap_bodies), for the in-place intersection.
static void swap_bodies(SetObject *a, SetObject *b) {
    ssize_t t;
    t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (TYPE(a) == &FrozenSetType && TYPE(b) == &FrozenSetType) {
        hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int intersection_update(Object *s, Object *other) {
    Object *tmp = set_intersection(s, other);
    if (tmp == NULL) {
        return -1;
    }
    swap_bodies(S(s), S(tmp));
    DECREF(tmp);
    return 0;
}

int set_difference_update(Object *s, Object *other) {
    SetObject *so = S(s);
    if (s == other) {
        clear_table(so);
        return 0;
    }
    if (anyset_check(other)) {
        // Against a much larger set, remove only what the two have in common.
        Object *o = (S(other)->used >> 3) > so->used ? set_intersection(s, other)
                                                      : NEWREF(other);
        if (o == NULL) {
            return -1;
        }
        ssize_t pos = 0;
        SetEntry *e;
        int rc = 0;
        while (set_next(S(o), &pos, &e)) {
            Object *key = NEWREF(e->key);
            rc = discard_entry(so, key, e->hash);
            DECREF(key);
            if (rc < 0) {
                break;
            }
        }
        DECREF(o);
        if (rc < 0) {
            return -1;
        }
    } else {
        Object *it = obj_get_iter(other);
        if (it == NULL) {
            return -1;
        }
        Object *key;
        while ((key = obj_iter_next(it)) != NULL) {
            int rc = discard_key(so, key);
            DECREF(key);
            if (rc < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred()) {
            return -1;
        }
    }
    // Drop the dummies when more than a quarter of the slots hold them.
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Object *set_difference(Object *s, Object *other) {
    SetObject *so = S(s);
    ssize_t other_size;
    if (anyset_check(other)) {
        other_size = S(other)->used;
    } else if (TYPE(other) == &DictType) {
        other_size = dict_len(other);
    } else {
        other_size = -1;
    }
    if (other_size < 0 || (so->used >> 2) > other_size) {
        // Copy, then remove what `other` holds.
        Object *result = set_copy_of(s);
        if (result != NULL && set_difference_update(result, other) < 0) {
            CLEAR(result);
        }
        return result;
    }
    Object *result = new_like(TYPE(s), NULL);
    if (result == NULL) {
        return NULL;
    }
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        hash_t hash = e->hash;
        int rv;
        if (TYPE(other) == &DictType) {
            rv = dict_get_borrow(other, key) != NULL ? 1 : err_occurred() ? -1 : 0;
        } else {
            rv = contains_entry(S(other), key, hash);
        }
        if (rv == 0) {
            rv = add_entry(S(result), key, hash);
        }
        DECREF(key);
        if (rv < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

int set_symmetric_difference_update(Object *s, Object *other) {
    SetObject *so = S(s);
    if (s == other) {
        clear_table(so);
        return 0;
    }
    if (TYPE(other) == &DictType) {
        DictObject *d = (DictObject *)other;
        for (ssize_t i = 0; i < d->nentries; i++) {
            DictEntry *de = &d->entries[i];
            if (de->key == NULL) {
                continue;
            }
            Object *key = NEWREF(de->key);
            hash_t hash = de->hash;     // `de` may move while `==` runs
            int rv = discard_entry(so, key, hash);
            if (rv == 0) {
                rv = add_entry(so, key, hash);
            }
            DECREF(key);
            if (rv < 0) {
                return -1;
            }
        }
        return 0;
    }
    Object *o = anyset_check(other) ? NEWREF(other) : new_like(TYPE(s), other);
    if (o == NULL) {
        return -1;
    }
    ssize_t pos = 0;
    SetEntry *e;
    int rv = 0;
    while (set_next(S(o), &pos, &e)) {
        Object *key = NEWREF(e->key);
        hash_t hash = e->hash;
        rv = discard_entry(so, key, hash);
        if (rv == 0) {
            rv = add_entry(so, key, hash);
        }
        DECREF(key);
        if (rv < 0) {
            break;
        }
    }
    DECREF(o);
    return rv < 0 ? -1 : 0;
}

static Object *set_symmetric_difference(Object *s, Object *other) {
    Object *result = new_like(TYPE(s), other);
    if (result != NULL && set_symmetric_difference_update(result, s) < 0) {
        CLEAR(result);
    }
    return result;
}

// s <= other: 1, 0, or -1.
static int is_subset(Object *s, Object *other) {
    if (!anyset_check(other)) {
        Object *tmp = set_new(other, false);
        if (tmp == NULL) {
            return -1;
        }
        int r = is_subset(s, tmp);
        DECREF(tmp);
        return r;
    }
    if (S(s)->used > S(other)->used) {
        return 0;
    }
    ssize_t pos = 0;
    SetEntry *e;
    while (set_next(S(s), &pos, &e)) {
        Object *key = NEWREF(e->key);
        int rv = contains_entry(S(other), key, e->hash);
        DECREF(key);
        if (rv <= 0) {
            return rv;
        }
    }
    return 1;
}

// s >= other: 1, 0, or -1.
static int is_superset(Object *s, Object *other) {
    if (anyset_check(other)) {
        return is_subset(other, s);
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        return -1;
    }
    Object *key;
    int rv = 1;
    while ((key = obj_iter_next(it)) != NULL) {
        rv = contains_key(S(s), key);
        DECREF(key);
        if (rv <= 0) {
            break;
        }
    }
    DECREF(it);
    if (rv > 0 && err_occurred()) {
        rv = -1;
    }
    return rv;
}

// ---- slots ----------------------------------------------------------------------------

static void set_dealloc(Object *o) {
    gc_untrack(o);
    if (list_trash_begin(o)) {
        return;
    }
    SetObject *so = S(o);
    for (ssize_t i = 0; i <= so->mask; i++) {
        if (live(&so->table[i])) {
            DECREF(so->table[i].key);
        }
    }
    if (so->table != so->smalltable) {
        heap_free(so->table);
    }
    obj_free(o);
    list_trash_end();
}

static int set_traverse(Object *o, visitproc visit, void *arg) {
    SetObject *so = S(o);
    for (ssize_t i = 0; i <= so->mask; i++) {
        if (live(&so->table[i])) {
            int rc = visit(so->table[i].key, arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static int set_gc_clear(Object *o) {
    clear_table(S(o));
    return 0;
}

// "{1, 2}", "frozenset({1, 2})", "set()".
static Object *set_repr(Object *o) {
    SetObject *so = S(o);
    const char *name = TYPE(o)->name;
    if (so->used == 0) {
        return str_from_format("%s()", name);
    }
    int r = list_repr_enter(o);
    if (r != 0) {
        return r > 0 ? str_from_format("%s(...)", name) : NULL;
    }
    Object *res = NULL, *lr = NULL;
    Object *keys = list_new(0);
    ssize_t pos = 0;
    SetEntry *e;
    while (keys != NULL && set_next(so, &pos, &e)) {
        if (list_append(keys, e->key) < 0) {
            CLEAR(keys);
        }
    }
    if (keys != NULL && (lr = obj_repr(keys)) != NULL) {
        // The list's repr without its brackets.
        const char *inner = str_data(lr) + 1;
        int n = (int)str_size(lr) - 2;
        if (TYPE(o) == &SetType) {
            res = str_from_format("{%.*s}", n, inner);
        } else {
            res = str_from_format("%s({%.*s})", name, n, inner);
        }
    }
    XDECREF(keys);
    XDECREF(lr);
    list_repr_leave(o);
    return res;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

// CPython's frozenset hash: independent of order and of the table's layout.
static hash_t frozenset_hash(Object *o) {
    SetObject *so = S(o);
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    for (ssize_t i = 0; i <= so->mask; i++) {
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    }
    // Take out the unused slots and dummies counted above.
    if ((so->mask + 1 - so->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((so->fill - so->used) & 1) {
        hash ^= shuffle_bits((uint64_t)-1);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (hash_t)hash;
    return so->hash;
}

static Object *set_richcompare(Object *v, Object *w, int op) {
    if (!anyset_check(v) || !anyset_check(w)) {
        return NEWREF(NotImplemented);
    }
    SetObject *a = S(v), *b = S(w);
    int r;
    switch (op) {
    case OBJ_EQ:
    case OBJ_NE:
        if (a->used != b->used) {
            r = 0;
        } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            r = 0;
        } else {
            r = is_subset(v, w);
        }
        if (r >= 0 && op == OBJ_NE) {
            r = !r;
        }
        break;
    case OBJ_LE:
        r = is_subset(v, w);
        break;
    case OBJ_GE:
        r = is_superset(v, w);
        break;
    case OBJ_LT:
        r = a->used < b->used ? is_subset(v, w) : 0;
        break;
    default:    // OBJ_GT
        r = a->used > b->used ? is_superset(v, w) : 0;
        break;
    }
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_or(Object *a, Object *b) {
    if (!anyset_check(a) || !anyset_check(b)) {
        return NEWREF(NotImplemented);
    }
    Object *result = set_copy_of(a);
    if (result != NULL && a != b && set_update(result, b) < 0) {
        CLEAR(result);
    }
    return result;
}

static Object *set_and(Object *a, Object *b) {
    if (!anyset_check(a) || !anyset_check(b)) {
        return NEWREF(NotImplemented);
    }
    return set_intersection(a, b);
}

static Object *set_sub(Object *a, Object *b) {
    if (!anyset_check(a) || !anyset_check(b)) {
        return NEWREF(NotImplemented);
    }
    return set_difference(a, b);
}

static Object *set_xor(Object *a, Object *b) {
    if (!anyset_check(a) || !anyset_check(b)) {
        return NEWREF(NotImplemented);
    }
    return set_symmetric_difference(a, b);
}

// a |= b and the like: `update` changes `a` in place when `b` is a set too.
static Object *inplace(Object *a, Object *b, int (*update)(Object *, Object *)) {
    if (!anyset_check(b)) {
        return NEWREF(NotImplemented);
    }
    if (update(a, b) < 0) {
        return NULL;
    }
    return NEWREF(a);
}

static Object *set_ior(Object *a, Object *b) {
    return inplace(a, b, set_update);
}

static Object *set_iand(Object *a, Object *b) {
    return inplace(a, b, intersection_update);
}

static Object *set_isub(Object *a, Object *b) {
    return inplace(a, b, set_difference_update);
}

static Object *set_ixor(Object *a, Object *b) {
    return inplace(a, b, set_symmetric_difference_update);
}

static ssize_t set_len_slot(Object *o) {
    return S(o)->used;
}

// Run `fn(so, key)`; when `key` is an (unhashable) set, retry with frozenset(key),
// as CPython's __contains__, remove and discard do.
static int with_frozen_key(SetObject *so, Object *key, int (*fn)(SetObject *, Object *)) {
    int rv = fn(so, key);
    if (rv < 0 && TYPE(key) == &SetType && err_matches(&TypeErrorType)) {
        err_clear();
        Object *tmp = set_new(key, true);
        if (tmp == NULL) {
            return -1;
        }
        rv = fn(so, tmp);
        DECREF(tmp);
    }
    return rv;
}

static int set_contains_slot(Object *o, Object *key) {
    return with_frozen_key(S(o), key, contains_key);
}

static Object *set_iter(Object *o);

// set(), set(iterable).
static Object *set_clear_m(Object *self, Object *const *args, size_t nargs, Object *kwnames);

// set.__init__: empty the set, then add the iterable's items. 0, or -1.
static int set_init(Object *s, Object *const *args, size_t nargs, Object *kwnames) {
    if (has_kw(kwnames)) {
        err_set_str(&TypeErrorType, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        err_format(&TypeErrorType, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    Object *r = set_clear_m(s, NULL, 0, NULL);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return nargs == 1 ? set_update(s, args[0]) : 0;
}

// set(...): a subclass's instance comes empty, for its __init__ to fill.
static Object *set_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *s = make_set((TypeObject *)type);
    if (s != NULL && type == OB(&SetType) && set_init(s, args, nargs, kwnames) < 0) {
        CLEAR(s);
    }
    return s;
}

// frozenset(), frozenset(iterable): an exact frozenset argument is returned as is.
static Object *frozenset_new_(Object *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (has_kw(kwnames)) {
        err_set_str(&TypeErrorType, "frozenset() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        err_format(&TypeErrorType, "frozenset expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 1 && type == OB(&FrozenSetType) && TYPE(args[0]) == &FrozenSetType) {
        return NEWREF(args[0]);
    }
    Object *s = make_set((TypeObject *)type);
    if (s != NULL && nargs == 1 && set_update(s, args[0]) < 0) {
        CLEAR(s);
    }
    return s;
}

// ---- methods --------------------------------------------------------------------------

static Object *set_add_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg(self, "add", nargs, kwnames) < 0 || add_key(S(self), args[0]) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_remove_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (one_arg(self, "remove", nargs, kwnames) < 0) {
        return NULL;
    }
    int rv = with_frozen_key(S(self), args[0], discard_key);
    if (rv < 0) {
        return NULL;
    }
    if (rv == 0) {
        err_set_object(&KeyErrorType, args[0]);
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_discard_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (one_arg(self, "discard", nargs, kwnames) < 0 ||
        with_frozen_key(S(self), args[0], discard_key) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_pop_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (no_args(self, "pop", nargs, kwnames) < 0) {
        return NULL;
    }
    SetObject *so = S(self);
    if (so->used == 0) {
        err_set_str(&KeyErrorType, "pop from an empty set");
        return NULL;
    }
    // Start where the last pop stopped, so repeated pops stay linear.
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!live(entry)) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    Object *key = entry->key;   // the set's reference passes to the caller
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Object *set_clear_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (no_args(self, "clear", nargs, kwnames) < 0) {
        return NULL;
    }
    clear_table(S(self));
    RETURN_NONE;
}

static Object *set_copy_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (no_args(self, "copy", nargs, kwnames) < 0) {
        return NULL;
    }
    if (TYPE(self) == &FrozenSetType) {
        return NEWREF(self);
    }
    return set_copy_of(self);
}

static Object *set_update_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (no_kw(self, "update", kwnames) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (set_update(self, args[i]) < 0) {
            return NULL;
        }
    }
    RETURN_NONE;
}

static Object *set_union_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (no_kw(self, "union", kwnames) < 0) {
        return NULL;
    }
    Object *result = set_copy_of(self);
    for (size_t i = 0; result != NULL && i < nargs; i++) {
        if (args[i] != self && set_update(result, args[i]) < 0) {
            CLEAR(result);
        }
    }
    return result;
}

static Object *set_intersection_m(Object *self, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    if (no_kw(self, "intersection", kwnames) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return set_copy_of(self);
    }
    Object *result = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Object *next = set_intersection(result, args[i]);
        DECREF(result);
        if (next == NULL) {
            return NULL;
        }
        result = next;
    }
    return result;
}

static Object *set_intersection_update_m(Object *self, Object *const *args, size_t nargs,
                                         Object *kwnames) {
    if (no_kw(self, "intersection_update", kwnames) < 0) {
        return NULL;
    }
    Object *tmp = set_intersection_m(self, args, nargs, NULL);
    if (tmp == NULL) {
        return NULL;
    }
    if (tmp != self) {
        swap_bodies(S(self), S(tmp));
    }
    DECREF(tmp);
    RETURN_NONE;
}

static Object *set_difference_m(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (no_kw(self, "difference", kwnames) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return set_copy_of(self);
    }
    Object *result = set_difference(self, args[0]);
    for (size_t i = 1; result != NULL && i < nargs; i++) {
        if (set_difference_update(result, args[i]) < 0) {
            CLEAR(result);
        }
    }
    return result;
}

static Object *set_difference_update_m(Object *self, Object *const *args, size_t nargs,
                                       Object *kwnames) {
    if (no_kw(self, "difference_update", kwnames) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (set_difference_update(self, args[i]) < 0) {
            return NULL;
        }
    }
    RETURN_NONE;
}

static Object *set_symmetric_difference_m(Object *self, Object *const *args, size_t nargs,
                                          Object *kwnames) {
    if (one_arg(self, "symmetric_difference", nargs, kwnames) < 0) {
        return NULL;
    }
    return set_symmetric_difference(self, args[0]);
}

static Object *set_symmetric_difference_update_m(Object *self, Object *const *args,
                                                 size_t nargs, Object *kwnames) {
    if (one_arg(self, "symmetric_difference_update", nargs, kwnames) < 0 ||
        set_symmetric_difference_update(self, args[0]) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_issubset_m(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (one_arg(self, "issubset", nargs, kwnames) < 0) {
        return NULL;
    }
    int r = is_subset(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_issuperset_m(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (one_arg(self, "issuperset", nargs, kwnames) < 0) {
        return NULL;
    }
    int r = is_superset(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_isdisjoint_m(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (one_arg(self, "isdisjoint", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *other = args[0];
    SetObject *so = S(self);
    if (self == other) {
        return bool_from(so->used == 0);
    }
    if (anyset_check(other)) {
        SetObject *a = so, *b = S(other);
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (set_next(b, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int rv = contains_entry(a, key, e->hash);
            DECREF(key);
            if (rv != 0) {
                return rv < 0 ? NULL : bool_from(false);
            }
        }
        return bool_from(true);
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    Object *key;
    int rv = 0;
    while ((key = obj_iter_next(it)) != NULL) {
        rv = contains_key(so, key);
        DECREF(key);
        if (rv != 0) {
            break;
        }
    }
    DECREF(it);
    if (rv < 0 || err_occurred()) {
        return NULL;
    }
    return bool_from(rv == 0);
}

// CPython's set.__sizeof__ (its object is 200 bytes, small table included);
// sys.getsizeof adds the collector header.
static Object *set_sizeof_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (no_args(self, "__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    SetObject *so = S(self);
    int64_t size = 200;
    if (so->table != so->smalltable) {
        size += (int64_t)(so->mask + 1) * 16;
    }
    return int_from_i64(size);
}

static const MethodDef set_methods[] = {
    {"add", set_add_m, 0},
    {"remove", set_remove_m, 0},
    {"discard", set_discard_m, 0},
    {"pop", set_pop_m, 0},
    {"clear", set_clear_m, 0},
    {"copy", set_copy_m, 0},
    {"update", set_update_m, 0},
    {"union", set_union_m, 0},
    {"intersection", set_intersection_m, 0},
    {"intersection_update", set_intersection_update_m, 0},
    {"difference", set_difference_m, 0},
    {"difference_update", set_difference_update_m, 0},
    {"symmetric_difference", set_symmetric_difference_m, 0},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 0},
    {"issubset", set_issubset_m, 0},
    {"issuperset", set_issuperset_m, 0},
    {"isdisjoint", set_isdisjoint_m, 0},
    {"__sizeof__", set_sizeof_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m, 0},
    {"union", set_union_m, 0},
    {"intersection", set_intersection_m, 0},
    {"difference", set_difference_m, 0},
    {"symmetric_difference", set_symmetric_difference_m, 0},
    {"issubset", set_issubset_m, 0},
    {"issuperset", set_issuperset_m, 0},
    {"isdisjoint", set_isdisjoint_m, 0},
    {"__sizeof__", set_sizeof_m, 0},
    {NULL, NULL, 0},
};

TypeObject SetType = {
    .ob = {1, &TypeType},
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = TP_GC | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub,
                   [NB_XOR] = set_ixor},
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = set_new_,
    .init = set_init,
    .methods = set_methods,
};

TypeObject FrozenSetType = {
    .ob = {1, &TypeType},
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = TP_GC | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = frozenset_new_,
    .methods = frozenset_methods,
};

// ---- the iterator ---------------------------------------------------------------------

typedef struct SetIterObject {
    Object ob;
    Object *set;            // NULL once exhausted (the SourceIterObject head)
    ssize_t used;           // the set's size when iteration began (-1: it changed)
    ssize_t pos;            // the next slot to look at
    ssize_t len;            // items left to yield
} SetIterObject;

static Object *set_iter(Object *o) {
    SetIterObject *it = (SetIterObject *)obj_alloc(&SetIterType, 0);
    if (it == NULL) {
        return NULL;
    }
    it->set = NEWREF(o);
    it->used = S(o)->used;
    it->pos = 0;
    it->len = S(o)->used;
    gc_track(OB(it));
    return OB(it);
}

static Object *setiter_next(Object *o) {
    SetIterObject *it = (SetIterObject *)o;
    Object *s = it->set;
    if (s == NULL) {
        return NULL;
    }
    SetObject *so = S(s);
    if (it->used != so->used) {
        err_set_str(&RuntimeErrorType, "Set changed size during iteration");
        it->used = -1;  // stay broken
        return NULL;
    }
    SetEntry *e;
    if (!set_next(so, &it->pos, &e)) {
        it->set = NULL;
        DECREF(s);
        return NULL;
    }
    it->len--;
    return NEWREF(e->key);
}

static Object *setiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                   Object *kwnames) {
    SetIterObject *it = (SetIterObject *)self;
    if (has_kw(kwnames) || nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    ssize_t n = 0;
    if (it->set != NULL && it->used == S(it->set)->used) {
        n = it->len;
    }
    return int_from_i64(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObject SetIterType = {
    .ob = {1, &TypeType},
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = source_iter_dealloc,
    .iter = obj_iter_self,
    .iternext = setiter_next,
    .traverse = source_iter_traverse,
    .clear = source_iter_clear,
    .methods = setiter_methods,
};
