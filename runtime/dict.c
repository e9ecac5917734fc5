// runtime/dict.c — dict, its three views and their iterators.
//
// Layout (CPython 3.11's combined table): one heap block holds the index table,
// `1 << log2_size` slots of 1, 2, 4 or 8 bytes (the narrowest that can index the
// entries), followed by the dense entry array of (hash, key, value) in insertion
// order. A slot holds an entry index, DKIX_EMPTY (never used) or DKIX_DUMMY (its
// entry was deleted). Probing is CPython's: slot = hash & mask, then
// slot = slot * 5 + (perturb >>= 5) + 1.
//
// Invariants: `used` live entries among the first `nentries`; a deleted entry has
// key and value NULL; nentries <= capacity <= 2/3 of the slots (the usable
// fraction), and an insertion that finds nentries == capacity first rebuilds the
// table for 3 * used entries, dropping deleted entries. An empty dict owns no table
// (indices NULL, capacity 0). Every mutation gives `version` the next value of the
// runtime-wide `rt->dict_version`, so no two states of any dicts share a version (the
// eval loop's global-name cache relies on it).
//
// Lookups compare the hash, then identity, then `==`; when `==` runs user code that
// changes the dict, the lookup starts over (CPython's restart). Iterators remember
// `used` and raise "dictionary changed size during iteration" when it moves.
//
// Table sizes follow CPython 3.11 step for step (its rounding of sizes, presizing,
// and its str-only table kind, which a first non-str key converts at once), so that
// `__sizeof__`, and sys.getsizeof through it, report CPython's numbers.
//
// As in CPython, a dict starts untracked by the collector and becomes tracked when
// it receives a key or value that could take part in a cycle.
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/runtime.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define D(o) ((DictObject *)(o))

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define LOG2_MINSIZE 3
#define PERTURB_SHIFT 5

// ---- the table --------------------------------------------------------------------------

static inline size_t ix_width(uint8_t log2) {
    return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
}

static inline ssize_t usable_of(uint8_t log2) {
    return (((ssize_t)1 << log2) << 1) / 3;
}

static inline ssize_t ix_get(const DictObject *d, size_t i) {
    uint8_t lg = d->log2_size;
    if (lg < 8) {
        return ((const int8_t *)d->indices)[i];
    }
    if (lg < 16) {
        return ((const int16_t *)d->indices)[i];
    }
    if (lg < 32) {
        return ((const int32_t *)d->indices)[i];
    }
    return (ssize_t)((const int64_t *)d->indices)[i];
}

static inline void ix_set(DictObject *d, size_t i, ssize_t ix) {
    uint8_t lg = d->log2_size;
    if (lg < 8) {
        ((int8_t *)d->indices)[i] = (int8_t)ix;
    } else if (lg < 16) {
        ((int16_t *)d->indices)[i] = (int16_t)ix;
    } else if (lg < 32) {
        ((int32_t *)d->indices)[i] = (int32_t)ix;
    } else {
        ((int64_t *)d->indices)[i] = (int64_t)ix;
    }
}

// The table size (log2) CPython 3.11 picks for `minsize` slots: a power of two of
// at least 8, computed with its bit trick, which rounds 1..7 and exact powers from 16
// up one step further than needed; sizes (and so sys.getsizeof) follow it.
static uint8_t log2_for(ssize_t minsize) {
    size_t m = (((size_t)minsize | 8) - 1) | 7;
    uint8_t lg = 0;
    while (m != 0) {
        lg++;
        m >>= 1;
    }
    return lg;
}

// A table that holds `n` entries without resizing (CPython's estimate_log2_keysize).
static uint8_t log2_estimate(ssize_t n) {
    return log2_for((n * 3 + 1) / 2);
}

static inline hash_t key_hash(Object *key) {
    if (str_check_exact(key)) {
        hash_t h = ((StrObject *)key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return obj_hash(key);
}

// Could `o` be part of a cycle? (CPython's _PyObject_GC_MAY_BE_TRACKED.)
static inline bool may_be_tracked(Object *o) {
    if (!obj_is_gc(o)) {
        return false;
    }
    return TYPE(o) != &TupleType || gc_is_tracked(o);
}

static inline void maintain_tracking(DictObject *d, Object *key, Object *value) {
    if (!d->inline_values && !gc_is_tracked(OB(d)) &&
        (may_be_tracked(key) || may_be_tracked(value))) {
        gc_track(OB(d));
    }
}

// Find `key`: its entry index, with the slot holding it in `*slot`; DKIX_EMPTY when
// absent; DKIX_ERROR with an exception set when `==` failed.
static ssize_t lookup(DictObject *d, Object *key, hash_t hash, size_t *slot) {
restart:
    if (d->indices == NULL) {
        return DKIX_EMPTY;
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            DictEntry *ep = &d->entries[ix];
            if (ep->key == key) {
                *slot = i;
                return ix;
            }
            if (ep->hash == hash) {
                Object *startkey = ep->key;
                if (str_check_exact(startkey) && str_check_exact(key)) {
                    if (str_eq(startkey, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    uint64_t version = d->version;
                    void *table = d->indices;
                    INCREF(startkey);
                    int cmp = obj_richcompare_bool(startkey, key, OBJ_EQ);
                    DECREF(startkey);
                    if (cmp < 0) {
                        return DKIX_ERROR;
                    }
                    if (d->version != version &&
                        (d->indices != table || ix >= d->nentries ||
                         d->entries[ix].key != startkey)) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// The first slot for `hash` that holds no live entry.
static size_t find_empty_slot(DictObject *d, hash_t hash) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// The slot that holds entry `ix` (whose hash is `hash`).
static size_t slot_of(DictObject *d, hash_t hash, ssize_t ix) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuild the table with 1 << log2 slots, keeping the live entries in order; the
// table stays a str-keys one only when it was one and `str_keys` asks for it.
// 0, or -1 with MemoryError set (the dict unchanged).
static int resize(DictObject *d, uint8_t log2, bool str_keys) {
    size_t size = (size_t)1 << log2;
    size_t ix_bytes = size * ix_width(log2);
    ssize_t usable = usable_of(log2);
    if (usable < d->used) {
        usable = d->used;   // cannot happen with the callers' sizes; be safe
    }
    char *block = heap_alloc(ix_bytes + (size_t)usable * sizeof(DictEntry));
    if (block == NULL) {
        err_no_memory();
        return -1;
    }
    memset(block, 0xff, ix_bytes);      // every slot DKIX_EMPTY, in any width
    DictEntry *entries = (DictEntry *)(block + ix_bytes);
    if (d->nentries == d->used) {
        if (d->used > 0) {
            memcpy(entries, d->entries, (size_t)d->used * sizeof(DictEntry));
        }
    } else {
        ssize_t n = 0;
        for (ssize_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key != NULL) {
                entries[n++] = d->entries[i];
            }
        }
    }
    d->str_keys = (d->indices == NULL || d->str_keys) && str_keys;
    heap_free(d->indices);
    d->indices = block;
    d->entries = entries;
    d->log2_size = log2;
    d->capacity = usable;
    d->nentries = d->used;
    d->version = ++rt->dict_version;
    for (ssize_t k = 0; k < d->used; k++) {
        ix_set(d, find_empty_slot(d, entries[k].hash), k);
    }
    return 0;
}

// d[key] = value with the hash known. Ref: none (the dict takes its own references).
// 0, or -1.
static int insert(DictObject *d, Object *key, hash_t hash, Object *value) {
    size_t slot = 0;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    maintain_tracking(d, key, value);
    if (d->str_keys && !str_check_exact(key) && d->indices != NULL) {
        // CPython converts a str-keys table at once (sizes depend on it).
        if (resize(d, log2_for(d->used * 3), false) < 0) {
            return -1;
        }
        if (ix >= 0) {
            ix = lookup(d, key, hash, &slot);
        }
    }
    if (ix >= 0) {
        Object *old = d->entries[ix].value;
        if (old != value) {
            d->entries[ix].value = NEWREF(value);
            d->version = ++rt->dict_version;
            DECREF(old);
        }
        return 0;
    }
    if (d->indices == NULL) {
        if (resize(d, LOG2_MINSIZE, str_check_exact(key)) < 0) {
            return -1;
        }
    } else if (d->nentries >= d->capacity && resize(d, log2_for(d->used * 3), true) < 0) {
        return -1;
    }
    ssize_t n = d->nentries;
    ix_set(d, find_empty_slot(d, hash), n);
    DictEntry *ep = &d->entries[n];
    ep->hash = hash;
    ep->key = NEWREF(key);
    ep->value = NEWREF(value);
    d->nentries = n + 1;
    d->used++;
    d->version = ++rt->dict_version;
    return 0;
}

// Remove the entry `ix` found in `slot`.
static void delete_at(DictObject *d, size_t slot, ssize_t ix) {
    DictEntry *ep = &d->entries[ix];
    Object *key = ep->key, *value = ep->value;
    ix_set(d, slot, DKIX_DUMMY);
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    d->version = ++rt->dict_version;
    DECREF(key);
    DECREF(value);
}

// ---- the public interface ---------------------------------------------------------------

// An empty dict of `type` (dict or a subclass). Ref: new.
static Object *alloc_dict(TypeObject *type, bool fresh) {
    DictObject *d = (DictObject *)(fresh ? obj_alloc_fresh(type, 0) : obj_alloc(type, 0));
    if (d == NULL) {
        return NULL;
    }
    d->used = 0;
    d->nentries = 0;
    d->capacity = 0;
    d->log2_size = 0;
    d->str_keys = 0;
    d->version = ++rt->dict_version;
    d->indices = NULL;
    d->entries = NULL;
    if (type != &DictType) {
        gc_track(OB(d));
    }
    return OB(d);
}

Object *dict_new(void) {
    return alloc_dict(&DictType, false);
}

Object *dict_new_inline(void) {
    DictObject *d = (DictObject *)obj_alloc_uncounted(&DictType, 0);
    if (d == NULL) {
        return NULL;
    }
    d->version = ++rt->dict_version;
    d->inline_values = 1;
    return OB(d);
}

void dict_materialize(Object *o) {
    DictObject *d = D(o);
    if (!d->inline_values) {
        return;
    }
    d->inline_values = 0;
    gc_count_alloc(&DictType, 0, true);
    for (ssize_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key != NULL) {
            maintain_tracking(d, d->entries[i].key, d->entries[i].value);
        }
    }
}

Object *dict_new_presized(ssize_t n, bool str_keys) {
    Object *d = alloc_dict(&DictType, false);
    if (d == NULL || n <= usable_of(LOG2_MINSIZE)) {
        return d;
    }
    uint8_t lg = n > usable_of(17) ? 17 : log2_estimate(n);
    if (resize(D(d), lg, str_keys) < 0) {
        CLEAR(d);
    }
    return d;
}

Object *dict_get_borrow(Object *o, Object *key) {
    DictObject *d = D(o);
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    size_t slot;
    ssize_t ix = lookup(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : NULL;
}

// dict_get_str_borrow from slot `i` on, once a key of the same hash that is not the
// same object turned up there (an equal string made elsewhere, or a rare collision).
static __attribute__((noinline)) Object *str_lookup_slow(DictObject *d, Object *key,
                                                         hash_t hash, size_t i,
                                                         size_t perturb) {
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) {
            return NULL;
        }
        if (ix >= 0) {
            DictEntry *ep = &d->entries[ix];
            if (ep->key == key) {
                return ep->value;
            }
            if (ep->hash == hash) {
                if (!str_check_exact(ep->key)) {
                    return dict_get_borrow(OB(d), key);     // a key with its own __eq__
                }
                if (str_eq(ep->key, key)) {
                    return ep->value;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Global and builtin names: interned strings, so identity settles almost every
// probe; the loop calls nothing and stays small.
Object *dict_get_str_borrow(Object *o, Object *key) {
    DictObject *d = D(o);
    if (d->used == 0) {
        return NULL;
    }
    hash_t hash = ((StrObject *)key)->hash;
    if (hash == -1) {
        hash = str_hash(key);
    }
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == DKIX_EMPTY) {
            return NULL;
        }
        if (ix >= 0) {
            DictEntry *ep = &d->entries[ix];
            if (ep->key == key) {
                return ep->value;
            }
            if (ep->hash == hash) {
                return str_lookup_slow(d, key, hash, i, perturb);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Object *dict_get_cstr_borrow(Object *d, const char *name) {
    Object *key = str_from_cstr(name);
    if (key == NULL) {
        err_clear();
        return NULL;
    }
    Object *v = dict_get_str_borrow(d, key);
    DECREF(key);
    return v;
}

int dict_set(Object *d, Object *key, Object *value) {
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return insert(D(d), key, hash, value);
}

int dict_set_cstr(Object *d, const char *key, Object *value) {
    Object *k = str_intern_cstr(key);
    if (k == NULL) {
        return -1;
    }
    int rc = dict_set(d, k, value);
    DECREF(k);
    return rc;
}

int dict_del(Object *o, Object *key) {
    DictObject *d = D(o);
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    size_t slot = 0;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY) {
        return 1;
    }
    delete_at(d, slot, ix);
    return 0;
}

int dict_next(Object *o, ssize_t *pos, Object **key, Object **value) {
    DictObject *d = D(o);
    ssize_t i = *pos;
    if (i < 0) {
        return 0;
    }
    while (i < d->nentries && d->entries[i].key == NULL) {
        i++;
    }
    if (i >= d->nentries) {
        *pos = i;
        return 0;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = d->entries[i].key;
    }
    if (value != NULL) {
        *value = d->entries[i].value;
    }
    return 1;
}

void dict_clear(Object *o) {
    DictObject *d = D(o);
    void *block = d->indices;
    DictEntry *entries = d->entries;
    ssize_t n = d->nentries;
    if (block == NULL) {
        return;
    }
    d->indices = NULL;
    d->entries = NULL;
    d->used = 0;
    d->nentries = 0;
    d->capacity = 0;
    d->log2_size = 0;
    d->str_keys = 0;
    d->version = ++rt->dict_version;
    for (ssize_t i = 0; i < n; i++) {
        XDECREF(entries[i].key);
        XDECREF(entries[i].value);
    }
    heap_free(block);
}

// Make empty `a` an exact copy of `b`'s table (deleted entries included). 0, or -1.
static int clone_into(DictObject *a, DictObject *b) {
    size_t ix_bytes = ((size_t)1 << b->log2_size) * ix_width(b->log2_size);
    size_t entries_bytes = (size_t)usable_of(b->log2_size) * sizeof(DictEntry);
    char *block = heap_alloc(ix_bytes + entries_bytes);
    if (block == NULL) {
        err_no_memory();
        return -1;
    }
    memcpy(block, b->indices, ix_bytes + (size_t)b->nentries * sizeof(DictEntry));
    heap_free(a->indices);
    a->indices = block;
    a->entries = (DictEntry *)(block + ix_bytes);
    a->log2_size = b->log2_size;
    a->str_keys = b->str_keys;
    a->capacity = b->capacity;
    a->nentries = b->nentries;
    a->used = b->used;
    a->version = ++rt->dict_version;
    for (ssize_t i = 0; i < a->nentries; i++) {
        if (a->entries[i].key != NULL) {
            INCREF(a->entries[i].key);
            INCREF(a->entries[i].value);
        }
    }
    if (gc_is_tracked(OB(b)) && !gc_is_tracked(OB(a))) {
        gc_track(OB(a));
    }
    return 0;
}

// a.update(b) for two dicts (CPython's dict_merge with override). 0, or -1.
static int merge_dict(DictObject *a, DictObject *b) {
    if (a == b || b->used == 0) {
        return 0;
    }
    if (a->used == 0 && b->nentries == b->used &&
        (b->log2_size == LOG2_MINSIZE || usable_of((uint8_t)(b->log2_size - 1)) < b->used)) {
        return clone_into(a, b);
    }
    ssize_t room = a->indices == NULL ? 0 : usable_of(a->log2_size);
    if (room < b->used &&
        resize(a, log2_estimate(a->used + b->used), b->str_keys != 0) < 0) {
        return -1;
    }
    void *table = b->indices;
    ssize_t n = b->nentries;
    for (ssize_t i = 0; i < n; i++) {
        DictEntry *ep = &b->entries[i];
        if (ep->key == NULL) {
            continue;
        }
        Object *key = NEWREF(ep->key), *value = NEWREF(ep->value);
        int rc = insert(a, key, ep->hash, value);
        DECREF(key);
        DECREF(value);
        if (rc < 0) {
            return -1;
        }
        if (b->indices != table || b->nentries != n) {
            err_set_str(&RuntimeErrorType, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// a.update(b) for any mapping: b.keys(), then b[key] for each. 0, or -1.
static int merge_mapping(Object *a, Object *b) {
    Object *keys = obj_call_method(b, "keys", NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    Object *it = obj_get_iter(keys);
    DECREF(keys);
    if (it == NULL) {
        return -1;
    }
    int rc = 0;
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        Object *value = obj_getitem(b, key);
        if (value == NULL || dict_set(a, key, value) < 0) {
            rc = -1;
        }
        XDECREF(value);
        DECREF(key);
        if (rc < 0) {
            break;
        }
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

// a.update(iterable of pairs), CPython's PyDict_MergeFromSeq2. 0, or -1.
static int merge_pairs(Object *a, Object *seq) {
    Object *it = obj_get_iter(seq);
    if (it == NULL) {
        return -1;
    }
    int rc = 0;
    Object *item;
    for (ssize_t i = 0; (item = obj_iter_next(it)) != NULL; i++) {
        Object *pair = NULL;
        if (TYPE(item) == &TupleType || list_check(item)) {
            pair = NEWREF(item);
        } else {
            pair = obj_to_tuple(item);
            if (pair == NULL) {
                if (err_matches(&TypeErrorType)) {
                    err_format(&TypeErrorType,
                               "cannot convert dictionary update sequence element #%zd "
                               "to a sequence", i);
                }
                rc = -1;
            }
        }
        if (pair != NULL) {
            ssize_t n = tuple_check(pair) ? tuple_size(pair) : list_size(pair);
            if (n != 2) {
                err_format(&ValueErrorType,
                           "dictionary update sequence element #%zd has length %zd; "
                           "2 is required", i, n);
                rc = -1;
            } else {
                Object *k = tuple_check(pair) ? tuple_item_borrow(pair, 0)
                                              : list_item_borrow(pair, 0);
                Object *v = tuple_check(pair) ? tuple_item_borrow(pair, 1)
                                              : list_item_borrow(pair, 1);
                INCREF(k);
                INCREF(v);
                rc = dict_set(a, k, v);
                DECREF(k);
                DECREF(v);
            }
            DECREF(pair);
        }
        DECREF(item);
        if (rc < 0) {
            break;
        }
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

int dict_update(Object *d, Object *other) {
    if (dict_check(other)) {
        return merge_dict(D(d), D(other));
    }
    Object *keys = str_intern_cstr("keys");
    if (keys == NULL) {
        return -1;
    }
    Object *meth = NULL;
    int r = obj_lookup_attr(other, keys, &meth);
    DECREF(keys);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        DECREF(meth);
        return merge_mapping(d, other);
    }
    return merge_pairs(d, other);
}

Object *dict_copy(Object *o) {
    DictObject *d = D(o);
    Object *copy = dict_new();
    if (copy == NULL || d->used == 0) {
        return copy;
    }
    int rc = d->used >= (d->nentries * 2) / 3 ? clone_into(D(copy), d) : merge_dict(D(copy), d);
    if (rc < 0) {
        CLEAR(copy);
    }
    return copy;
}

// ---- slots ----------------------------------------------------------------------------

static void dict_dealloc(Object *o) {
    gc_untrack(o);
    if (list_trash_begin(o)) {
        return;
    }
    DictObject *d = D(o);
    for (ssize_t i = 0; i < d->nentries; i++) {
        XDECREF(d->entries[i].key);
        XDECREF(d->entries[i].value);
    }
    heap_free(d->indices);
    if (d->inline_values) {
        obj_free_uncounted(o);
    } else {
        obj_free(o);
    }
    list_trash_end();
}

// Each value, then its key, as CPython (whose str-keys tables visit values only): the
// order shows in gc.get_referents.
static int dict_traverse(Object *o, visitproc visit, void *arg) {
    DictObject *d = D(o);
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (ep->key != NULL) {
            int rc = visit(ep->value, arg);
            if (rc == 0 && !d->str_keys) {
                rc = visit(ep->key, arg);
            }
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static int dict_gc_clear(Object *o) {
    dict_clear(o);
    return 0;
}

static Object *dict_repr(Object *o) {
    DictObject *d = D(o);
    if (d->used == 0) {
        return str_from_cstr("{}");
    }
    int r = list_repr_enter(o);
    if (r != 0) {
        return r > 0 ? str_from_cstr("{...}") : NULL;
    }
    StrBuilder b;
    str_builder_init(&b);
    Object *res = NULL;
    if (str_builder_append_char(&b, '{') < 0) {
        goto done;
    }
    ssize_t pos = 0;
    Object *key, *value;
    bool first = true;
    while (dict_next(o, &pos, &key, &value)) {
        // A repr may change the dict: hold the pair while it runs.
        INCREF(key);
        INCREF(value);
        int rc = first ? 0 : str_builder_append(&b, ", ", 2);
        if (rc == 0) {
            rc = str_builder_append_repr(&b, key);
        }
        if (rc == 0) {
            rc = str_builder_append(&b, ": ", 2);
        }
        if (rc == 0) {
            rc = str_builder_append_repr(&b, value);
        }
        DECREF(key);
        DECREF(value);
        if (rc < 0) {
            goto done;
        }
        first = false;
    }
    if (str_builder_append_char(&b, '}') < 0) {
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

// a == b for two dicts: 1, 0, or -1.
static int dict_equal(DictObject *a, DictObject *b) {
    if (a->used != b->used) {
        return 0;
    }
    for (ssize_t i = 0; i < a->nentries; i++) {
        DictEntry *ep = &a->entries[i];
        if (ep->key == NULL) {
            continue;
        }
        Object *key = NEWREF(ep->key), *aval = NEWREF(ep->value);
        size_t slot;
        ssize_t ix = lookup(b, key, ep->hash, &slot);
        int cmp;
        if (ix < 0) {
            cmp = ix == DKIX_ERROR ? -1 : 0;
        } else {
            Object *bval = NEWREF(b->entries[ix].value);
            cmp = obj_richcompare_bool(aval, bval, OBJ_EQ);
            DECREF(bval);
        }
        DECREF(key);
        DECREF(aval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

static Object *dict_richcompare(Object *v, Object *w, int op) {
    if (!dict_check(v) || !dict_check(w) || (op != OBJ_EQ && op != OBJ_NE)) {
        return NEWREF(NotImplemented);
    }
    int eq = dict_equal(D(v), D(w));
    if (eq < 0) {
        return NULL;
    }
    return bool_from(op == OBJ_EQ ? eq : !eq);
}

static ssize_t dict_len_slot(Object *o) {
    return D(o)->used;
}

// KeyError(key), CPython's _PyErr_SetKeyError.
static void key_error(Object *key) {
    err_set_object(&KeyErrorType, key);
}

static Object *dict_getitem(Object *o, Object *key) {
    DictObject *d = D(o);
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    size_t slot;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix >= 0) {
        return NEWREF(d->entries[ix].value);
    }
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (TYPE(o) != &DictType) {
        // A subclass may define __missing__.
        Object *name = str_intern_cstr("__missing__");
        if (name == NULL) {
            return NULL;
        }
        Object *missing = type_lookup_borrow(TYPE(o), name);
        DECREF(name);
        if (missing != NULL) {
            return obj_call_method(o, "__missing__", &key, 1);
        }
    }
    key_error(key);
    return NULL;
}

static int dict_setitem(Object *o, Object *key, Object *v) {
    if (v != NULL) {
        return dict_set(o, key, v);
    }
    int r = dict_del(o, key);
    if (r > 0) {
        key_error(key);
        return -1;
    }
    return r;
}

static int dict_contains(Object *o, Object *key) {
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    size_t slot;
    ssize_t ix = lookup(D(o), key, hash, &slot);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}

static Object *dict_or(Object *a, Object *b) {
    if (!dict_check(a) || !dict_check(b)) {
        return NEWREF(NotImplemented);
    }
    Object *res = dict_copy(a);
    if (res != NULL && dict_update(res, b) < 0) {
        CLEAR(res);
    }
    return res;
}

static Object *dict_ior(Object *a, Object *b) {
    if (dict_update(a, b) < 0) {
        return NULL;
    }
    return NEWREF(a);
}

static Object *dict_iter(Object *o);

// dict(), dict(mapping or iterable of pairs, **kwargs).
// dict.__init__ (and update's rules): a mapping or pairs, then the keywords. 0, or -1.
static int dict_init(Object *d, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 1) {
        err_format(&TypeErrorType, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(d, args[0]) < 0) {
        return -1;
    }
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        if (dict_set(d, tuple_item_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// dict(...): a subclass's instance comes empty, for its __init__ to fill.
static Object *dict_new_(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *d = alloc_dict((TypeObject *)type, true);
    if (d != NULL && type == OB(&DictType) && dict_init(d, args, nargs, kwnames) < 0) {
        CLEAR(d);
    }
    return d;
}

// ---- methods --------------------------------------------------------------------------

static Object *view_new(TypeObject *type, Object *dict);

static Object *dict_keys_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("dict.keys", nargs, kwnames) < 0) {
        return NULL;
    }
    return view_new(&DictKeysType, self);
}

static Object *dict_values_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("dict.values", nargs, kwnames) < 0) {
        return NULL;
    }
    return view_new(&DictValuesType, self);
}

static Object *dict_items_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("dict.items", nargs, kwnames) < 0) {
        return NULL;
    }
    return view_new(&DictItemsType, self);
}

static Object *dict_get_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_range("dict.get", "get", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Object *v = dict_get_borrow(self, args[0]);
    if (v == NULL) {
        if (err_occurred()) {
            return NULL;
        }
        v = nargs > 1 ? args[1] : None;
    }
    return NEWREF(v);
}

static Object *dict_setdefault_m(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_range("dict.setdefault", "setdefault", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    DictObject *d = D(self);
    Object *key = args[0];
    Object *dflt = nargs > 1 ? args[1] : None;
    hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    size_t slot;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix >= 0) {
        return NEWREF(d->entries[ix].value);
    }
    if (insert(d, key, hash, dflt) < 0) {
        return NULL;
    }
    return NEWREF(dflt);
}

static Object *dict_pop_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_range("dict.pop", "pop", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    DictObject *d = D(self);
    Object *key = args[0];
    ssize_t ix = DKIX_EMPTY;
    size_t slot = 0;
    if (d->used > 0) {
        hash_t hash = key_hash(key);
        if (hash == -1) {
            return NULL;
        }
        ix = lookup(d, key, hash, &slot);
        if (ix == DKIX_ERROR) {
            return NULL;
        }
    }
    if (ix < 0) {
        if (nargs > 1) {
            return NEWREF(args[1]);
        }
        key_error(key);
        return NULL;
    }
    Object *value = NEWREF(d->entries[ix].value);
    delete_at(d, slot, ix);
    return value;
}

static Object *dict_popitem_m(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_none("dict.popitem", nargs, kwnames) < 0) {
        return NULL;
    }
    DictObject *d = D(self);
    if (d->used == 0) {
        err_set_str(&KeyErrorType, "popitem(): dictionary is empty");
        return NULL;
    }
    Object *res = tuple_new(2);
    if (res == NULL) {
        return NULL;
    }
    ssize_t i = d->nentries - 1;
    while (d->entries[i].key == NULL) {
        i--;
    }
    DictEntry *ep = &d->entries[i];
    ix_set(d, slot_of(d, ep->hash, i), DKIX_DUMMY);
    tuple_items(res)[0] = ep->key;      // the entry's references move to the tuple
    tuple_items(res)[1] = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    // The popped entries are not reusable (their slots hold dummies), as in CPython.
    d->capacity -= d->nentries - i;
    d->nentries = i;
    d->used--;
    d->version = ++rt->dict_version;
    return tuple_done(res);
}

static Object *dict_update_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (nargs > 1) {
        err_format(&TypeErrorType, "update expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 1 && dict_update(self, args[0]) < 0) {
        return NULL;
    }
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        if (dict_set(self, tuple_item_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
            return NULL;
        }
    }
    RETURN_NONE;
}

static Object *dict_copy_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("dict.copy", nargs, kwnames) < 0) {
        return NULL;
    }
    return dict_copy(self);
}

static Object *dict_clear_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("dict.clear", nargs, kwnames) < 0) {
        return NULL;
    }
    dict_clear(self);
    RETURN_NONE;
}

// dict.fromkeys(iterable, value=None), called without an instance.
static Object *dict_fromkeys_m(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_range("dict.fromkeys", "fromkeys", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Object *iterable = args[0];
    Object *value = nargs > 1 ? args[1] : None;
    Object *d = dict_new();
    if (d == NULL) {
        return NULL;
    }
    if (dict_check(iterable) || anyset_check(iterable)) {
        bool str_keys = dict_check(iterable) && D(iterable)->str_keys;
        ssize_t n = dict_check(iterable) ? dict_len(iterable) : set_len(iterable);
        if (resize(D(d), log2_estimate(n), str_keys) < 0) {
            DECREF(d);
            return NULL;
        }
    }
    Object *it = obj_get_iter(iterable);
    if (it == NULL) {
        DECREF(d);
        return NULL;
    }
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        int rc = dict_set(d, key, value);
        DECREF(key);
        if (rc < 0) {
            break;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        CLEAR(d);
    }
    return d;
}

// CPython's dict.__sizeof__: the object, plus the table unless it is the shared
// empty one; sys.getsizeof adds the collector header.
static Object *dict_sizeof_m(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_none("dict.__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    DictObject *d = D(self);
    int64_t size = 48;
    if (d->indices != NULL) {
        size += 32 + (int64_t)(((size_t)1 << d->log2_size) * ix_width(d->log2_size)) +
                (int64_t)usable_of(d->log2_size) * (d->str_keys ? 16 : 24);
    }
    return int_from_i64(size);
}

static Object *iter_new(TypeObject *type, Object *dict);

static Object *dict_reversed_m(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_none("dict.__reversed__", nargs, kwnames) < 0) {
        return NULL;
    }
    return iter_new(&DictRevKeyIterType, self);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m, 0},
    {"values", dict_values_m, 0},
    {"items", dict_items_m, 0},
    {"get", dict_get_m, 0},
    {"setdefault", dict_setdefault_m, 0},
    {"pop", dict_pop_m, 0},
    {"popitem", dict_popitem_m, 0},
    {"update", dict_update_m, 0},
    {"copy", dict_copy_m, 0},
    {"clear", dict_clear_m, 0},
    {"fromkeys", dict_fromkeys_m, METH_STATIC},
    {"__sizeof__", dict_sizeof_m, 0},
    {"__reversed__", dict_reversed_m, 0},
    {NULL, NULL, 0},
};

TypeObject DictType = {
    .ob = {1, &TypeType},
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TP_GC | TP_DICT_SUB | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .new_ = dict_new_,
    .init = dict_init,
    .methods = dict_methods,
};

// ---- iterators ------------------------------------------------------------------------

typedef struct DictIterObject {
    Object ob;
    Object *dict;           // NULL once exhausted
    ssize_t used;           // the dict's size when iteration began (-1: it changed)
    ssize_t pos;            // the next entry to look at
    ssize_t len;            // items left to yield
    Object *result;         // item iterator: a pair reused while nobody else holds it
    bool reverse;           // walks from the last entry to the first
} DictIterObject;

static Object *iter_new(TypeObject *type, Object *dict) {
    bool reverse = type == &DictRevKeyIterType || type == &DictRevValueIterType ||
                   type == &DictRevItemIterType;
    DictIterObject *it = (DictIterObject *)obj_alloc(type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->dict = NEWREF(dict);
    it->used = D(dict)->used;
    it->pos = reverse ? D(dict)->nentries - 1 : 0;
    it->len = D(dict)->used;
    it->result = NULL;
    it->reverse = reverse;
    if (type == &DictItemIterType || type == &DictRevItemIterType) {
        it->result = tuple_pack2(None, None);
        if (it->result == NULL) {
            DECREF(it);
            return NULL;
        }
    }
    gc_track(OB(it));
    return OB(it);
}

static Object *dict_iter(Object *o) {
    return iter_new(&DictKeyIterType, o);
}

static void dictiter_dealloc(Object *o) {
    gc_untrack(o);
    DictIterObject *it = (DictIterObject *)o;
    XDECREF(it->dict);
    XDECREF(it->result);
    obj_free(o);
}

static int dictiter_traverse(Object *o, visitproc visit, void *arg) {
    DictIterObject *it = (DictIterObject *)o;
    int rc = it->dict != NULL ? visit(it->dict, arg) : 0;
    if (rc == 0 && it->result != NULL) {
        rc = visit(it->result, arg);
    }
    return rc;
}

static int dictiter_clear(Object *o) {
    DictIterObject *it = (DictIterObject *)o;
    CLEAR(it->dict);
    CLEAR(it->result);
    return 0;
}

// The entry to yield next: its index, or -1 at the end (no exception) or on error.
static ssize_t iter_advance(DictIterObject *it) {
    DictObject *d = (DictObject *)it->dict;
    if (d == NULL) {
        return -1;
    }
    if (it->used != d->used) {
        err_set_str(&RuntimeErrorType, "dictionary changed size during iteration");
        it->used = -1;  // stay broken
        return -1;
    }
    ssize_t i = it->pos;
    ssize_t n = d->nentries;
    if (it->reverse) {
        if (i >= n) {
            i = n - 1;
        }
        while (i >= 0 && d->entries[i].key == NULL) {
            i--;
        }
        if (i < 0) {
            it->dict = NULL;
            DECREF(d);
            return -1;
        }
        it->pos = i - 1;
        it->len--;
        return i;
    }
    while (i < n && d->entries[i].key == NULL) {
        i++;
    }
    if (i >= n) {
        it->dict = NULL;
        DECREF(d);
        return -1;
    }
    if (it->len == 0) {
        err_set_str(&RuntimeErrorType, "dictionary keys changed during iteration");
        it->dict = NULL;
        DECREF(d);
        return -1;
    }
    it->pos = i + 1;
    it->len--;
    return i;
}

static Object *dictkeyiter_next(Object *o) {
    DictIterObject *it = (DictIterObject *)o;
    ssize_t i = iter_advance(it);
    return i < 0 ? NULL : NEWREF(D(it->dict)->entries[i].key);
}

static Object *dictvalueiter_next(Object *o) {
    DictIterObject *it = (DictIterObject *)o;
    ssize_t i = iter_advance(it);
    return i < 0 ? NULL : NEWREF(D(it->dict)->entries[i].value);
}

static Object *dictitemiter_next(Object *o) {
    DictIterObject *it = (DictIterObject *)o;
    ssize_t i = iter_advance(it);
    if (i < 0) {
        return NULL;
    }
    Object *key = NEWREF(D(it->dict)->entries[i].key);
    Object *value = NEWREF(D(it->dict)->entries[i].value);
    Object *res = it->result;
    if (res != NULL && res->refcnt == 1) {
        // Nobody else sees the last pair: refill it instead of making another.
        Object **items = tuple_items(res);
        Object *oldkey = items[0], *oldvalue = items[1];
        items[0] = key;
        items[1] = value;
        INCREF(res);
        if (!gc_is_tracked(res)) {
            gc_track(res);
        }
        DECREF(oldkey);
        DECREF(oldvalue);
        return res;
    }
    res = tuple_new(2);
    if (res == NULL) {
        DECREF(key);
        DECREF(value);
        return NULL;
    }
    tuple_items(res)[0] = key;
    tuple_items(res)[1] = value;
    return tuple_done(res);
}

static Object *dictiter_length_hint(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    DictIterObject *it = (DictIterObject *)self;
    if (args_has_kw(kwnames) || nargs != 0) {
        err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    ssize_t n = 0;
    if (it->dict != NULL && it->used == D(it->dict)->used) {
        n = it->len;
    }
    return int_from_i64(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0},
    {NULL, NULL, 0},
};

#define DICT_ITER_TYPE(cname, pyname, next)    \
    TypeObject cname = {                       \
        .ob = {1, &TypeType},                  \
        .name = pyname,                        \
        .basicsize = sizeof(DictIterObject),   \
        .flags = TP_GC,                        \
        .base = &BaseObjectType,               \
        .dealloc = dictiter_dealloc,           \
        .iter = obj_iter_self,                     \
        .iternext = next,                      \
        .traverse = dictiter_traverse,         \
        .clear = dictiter_clear,               \
        .methods = dictiter_methods,           \
    };

DICT_ITER_TYPE(DictKeyIterType, "dict_keyiterator", dictkeyiter_next)
DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator", dictvalueiter_next)
DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator", dictitemiter_next)
DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", dictkeyiter_next)
DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", dictvalueiter_next)
DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", dictitemiter_next)

// ---- views ----------------------------------------------------------------------------

typedef struct DictViewObject {
    Object ob;
    Object *dict;
} DictViewObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dict)

static bool setview_check(Object *o) {
    return TYPE(o) == &DictKeysType || TYPE(o) == &DictItemsType;
}

static Object *view_new(TypeObject *type, Object *dict) {
    DictViewObject *v = (DictViewObject *)obj_alloc(type, 0);
    if (v == NULL) {
        return NULL;
    }
    v->dict = NEWREF(dict);
    gc_track(OB(v));
    return OB(v);
}

static void view_dealloc(Object *o) {
    gc_untrack(o);
    XDECREF(VIEW_DICT(o));
    obj_free(o);
}

static int view_traverse(Object *o, visitproc visit, void *arg) {
    return VIEW_DICT(o) != NULL ? visit(VIEW_DICT(o), arg) : 0;
}

static ssize_t view_len(Object *o) {
    return D(VIEW_DICT(o))->used;
}

static Object *keys_iter(Object *o) {
    return iter_new(&DictKeyIterType, VIEW_DICT(o));
}

static Object *values_iter(Object *o) {
    return iter_new(&DictValueIterType, VIEW_DICT(o));
}

static Object *items_iter(Object *o) {
    return iter_new(&DictItemIterType, VIEW_DICT(o));
}

// A new list of the view's items. Ref: new.
static Object *view_list(Object *o) {
    Object *l = list_new(0);
    if (l != NULL && list_extend(l, o) < 0) {
        CLEAR(l);
    }
    return l;
}

// "dict_keys(['a'])".
static Object *view_repr(Object *o) {
    int r = list_repr_enter(o);
    if (r != 0) {
        return r > 0 ? str_from_cstr("...") : NULL;
    }
    Object *res = NULL, *lr = NULL;
    Object *l = view_list(o);
    if (l != NULL && (lr = obj_repr(l)) != NULL) {
        res = str_from_format("%s(%s)", TYPE(o)->name, str_data(lr));
    }
    XDECREF(l);
    XDECREF(lr);
    list_repr_leave(o);
    return res;
}

static int keys_contains(Object *o, Object *key) {
    return dict_contains(VIEW_DICT(o), key);
}

static int items_contains(Object *o, Object *item) {
    if (!tuple_check(item) || tuple_size(item) != 2) {
        return 0;
    }
    Object *found = dict_get_borrow(VIEW_DICT(o), tuple_item_borrow(item, 0));
    if (found == NULL) {
        return err_occurred() ? -1 : 0;
    }
    INCREF(found);
    int r = obj_richcompare_bool(found, tuple_item_borrow(item, 1), OBJ_EQ);
    DECREF(found);
    return r;
}

// Every item of `a` is in `b`: 1, 0, or -1.
static int all_contained_in(Object *a, Object *b) {
    Object *it = obj_get_iter(a);
    if (it == NULL) {
        return -1;
    }
    int ok = 1;
    Object *item;
    while ((item = obj_iter_next(it)) != NULL) {
        ok = obj_contains(b, item);
        DECREF(item);
        if (ok <= 0) {
            break;
        }
    }
    DECREF(it);
    if (ok > 0 && err_occurred()) {
        ok = -1;
    }
    return ok;
}

static Object *view_richcompare(Object *self, Object *other, int op) {
    if (!setview_check(self) || (!anyset_check(other) && !setview_check(other))) {
        return NEWREF(NotImplemented);
    }
    ssize_t ls = obj_len(self), lo = obj_len(other);
    if (ls < 0 || lo < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case OBJ_EQ:
    case OBJ_NE:
        if (ls == lo) {
            ok = all_contained_in(self, other);
        }
        if (op == OBJ_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case OBJ_LT:
        if (ls < lo) {
            ok = all_contained_in(self, other);
        }
        break;
    case OBJ_LE:
        if (ls <= lo) {
            ok = all_contained_in(self, other);
        }
        break;
    case OBJ_GT:
        if (ls > lo) {
            ok = all_contained_in(other, self);
        }
        break;
    case OBJ_GE:
        if (ls >= lo) {
            ok = all_contained_in(other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return bool_from(ok);
}

// set(view), through the dict itself for a keys view. Ref: new.
static Object *view_to_set(Object *o) {
    if (TYPE(o) == &DictKeysType && TYPE(VIEW_DICT(o)) == &DictType) {
        return set_new(VIEW_DICT(o), false);
    }
    return set_new(o, false);
}

static Object *view_and(Object *self, Object *other) {
    // The view may be either operand.
    if (!setview_check(self)) {
        Object *t = self;
        self = other;
        other = t;
    }
    ssize_t ls = view_len(self);
    if (set_check(other)) {
        if (ls <= set_len(other)) {
            return set_intersection(other, self);
        }
    }
    if (setview_check(other) && view_len(other) > ls) {
        Object *t = self;
        self = other;
        other = t;
    }
    Object *res = set_new(NULL, false);
    if (res == NULL) {
        return NULL;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        DECREF(res);
        return NULL;
    }
    int (*has)(Object *, Object *) = TYPE(self) == &DictKeysType ? keys_contains
                                                                  : items_contains;
    Object *item;
    while ((item = obj_iter_next(it)) != NULL) {
        int r = has(self, item);
        if (r > 0) {
            r = set_add(res, item);
        }
        DECREF(item);
        if (r < 0) {
            break;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        CLEAR(res);
    }
    return res;
}

static Object *view_or(Object *self, Object *other) {
    Object *res = setview_check(self) ? view_to_set(self) : set_new(self, false);
    if (res != NULL && set_update(res, other) < 0) {
        CLEAR(res);
    }
    return res;
}

static Object *view_sub(Object *self, Object *other) {
    Object *res = setview_check(self) ? view_to_set(self) : set_new(self, false);
    if (res != NULL && set_difference_update(res, other) < 0) {
        CLEAR(res);
    }
    return res;
}

static Object *view_xor(Object *self, Object *other) {
    Object *res = setview_check(self) ? view_to_set(self) : set_new(self, false);
    if (res != NULL && set_symmetric_difference_update(res, other) < 0) {
        CLEAR(res);
    }
    return res;
}

static Object *view_isdisjoint_m(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    const char *qual = TYPE(self) == &DictKeysType ? "dict_keys.isdisjoint"
                                                    : "dict_items.isdisjoint";
    if (args_one(qual, nargs, kwnames) < 0) {
        return NULL;
    }
    Object *other = args[0];
    if (self == other) {
        return bool_from(view_len(self) == 0);
    }
    Object *container = self;
    if (anyset_check(other) || setview_check(other)) {
        ssize_t lo = obj_len(other);
        if (lo < 0) {
            return NULL;
        }
        if (lo > view_len(self)) {
            container = other;
            other = self;
        }
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    Object *item;
    int found = 0;
    while ((item = obj_iter_next(it)) != NULL) {
        found = obj_contains(container, item);
        DECREF(item);
        if (found != 0) {
            break;
        }
    }
    DECREF(it);
    if (found < 0 || err_occurred()) {
        return NULL;
    }
    return bool_from(!found);
}

// reversed(view): keys, values or items from the last entry to the first.
static Object *view_reversed_m(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    TypeObject *t = TYPE(self);
    const char *qual = t == &DictKeysType ? "dict_keys.__reversed__"
                     : t == &DictValuesType ? "dict_values.__reversed__"
                                            : "dict_items.__reversed__";
    if (args_none(qual, nargs, kwnames) < 0) {
        return NULL;
    }
    TypeObject *it = t == &DictKeysType ? &DictRevKeyIterType
                   : t == &DictValuesType ? &DictRevValueIterType : &DictRevItemIterType;
    return iter_new(it, VIEW_DICT(self));
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint_m, 0},
    {"__reversed__", view_reversed_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed_m, 0},
    {NULL, NULL, 0},
};

TypeObject DictKeysType = {
    .ob = {1, &TypeType},
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .nb = {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUB] = view_sub, [NB_XOR] = view_xor},
    .len = view_len,
    .contains = keys_contains,
    .iter = keys_iter,
    .traverse = view_traverse,
    .methods = setview_methods,
};

TypeObject DictItemsType = {
    .ob = {1, &TypeType},
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .nb = {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUB] = view_sub, [NB_XOR] = view_xor},
    .len = view_len,
    .contains = items_contains,
    .iter = items_iter,
    .traverse = view_traverse,
    .methods = setview_methods,
};

TypeObject DictValuesType = {
    .ob = {1, &TypeType},
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .flags = TP_GC,
    .base = &BaseObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .len = view_len,
    .iter = values_iter,
    .traverse = view_traverse,
    .methods = values_methods,
};
