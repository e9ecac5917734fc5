// runtime/dict.h — dict: insertion-ordered and compact, as CPython's: an index table
// of slots pointing into a dense array of (hash, key, value) entries.
#ifndef ADDER_RUNTIME_DICT_H
#define ADDER_RUNTIME_DICT_H

#include "runtime/object.h"

typedef struct DictEntry {
    hash_t hash;
    Object *key;            // NULL: deleted entry
    Object *value;
} DictEntry;

typedef struct DictObject {
    Object ob;
    ssize_t used;           // live entries
    ssize_t nentries;       // entries in use, deleted ones included
    ssize_t capacity;       // entries that fit before a resize
    uint8_t log2_size;      // index table has 1 << log2_size slots
    uint8_t str_keys;       // CPython's str-only table kind (16-byte entries in its
                            // sys.getsizeof); cleared for good by a non-str key
    uint8_t inline_values;  // an instance's attributes, which CPython 3.11 keeps as
                            // values inside the instance: not counted nor tracked by
                            // the collector until `__dict__` makes it a real dict
    uint64_t version;       // the next rt->dict_version on every change: unique
    void *indices;          // index table, then the entry array (one heap block)
    DictEntry *entries;
} DictObject;

// The attribute storage of an instance whose class manages its dict: a dict that is
// neither counted by gc.get_count nor tracked (the instance's traverse visits its
// values), as CPython 3.11's inline values. Ref: new.
Object *dict_new_inline(void);
// Make an instance's inline values a dict of its own (`obj.__dict__` was asked for),
// counted and tracked as a new dict is. Ref: none.
void dict_materialize(Object *d);

extern TypeObject DictType, DictKeysType, DictValuesType, DictItemsType;
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
// reversed(d), reversed(d.values()), reversed(d.items()) (dict.c readies them on first
// use if runtime_init has not).
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

static inline bool dict_check(Object *o) {
    return (TYPE(o)->flags & TP_DICT_SUB) != 0;
}
static inline ssize_t dict_len(Object *d) {
    return ((DictObject *)d)->used;
}
// A new, empty dict. Ref: new.
Object *dict_new(void);
// A new, empty dict with room for `n` entries, as CPython's BUILD_MAP makes for more
// than 5 items; `str_keys` when every key will be an exact str. Ref: new.
Object *dict_new_presized(ssize_t n, bool str_keys);
// d[key]. Ref: borrowed, NULL when absent (no exception) or on error (exception set:
// unhashable key or a failing __eq__; check err_occurred).
Object *dict_get_borrow(Object *d, Object *key);
// d[key] for a str key (fast path: identity, then str_eq). Ref: borrowed, NULL absent.
Object *dict_get_str_borrow(Object *d, Object *key);
// d[name] for a C string key. Ref: borrowed, NULL absent.
Object *dict_get_cstr_borrow(Object *d, const char *name);
// d[key] = value. Ref: none; the dict takes its own references. 0, or -1.
int dict_set(Object *d, Object *key, Object *value);
// d[key] = value with an interned str key made from `key`. Ref: none. 0, or -1.
int dict_set_cstr(Object *d, const char *key, Object *value);
// del d[key]. Ref: none. 0, 1 when absent (no exception), or -1.
int dict_del(Object *d, Object *key);
// Iterate: `*pos` starts at 0; 1 with borrowed `*key`/`*value` (either may be NULL
// when not wanted), 0 at the end. Ref: borrowed.
int dict_next(Object *d, ssize_t *pos, Object **key, Object **value);
// A shallow copy. Ref: new.
Object *dict_copy(Object *d);
// d.update(other) where other is a dict, a mapping (has keys()) or an iterable of
// pairs. Ref: none. 0, or -1.
int dict_update(Object *d, Object *other);
// Remove every entry. Ref: none.
void dict_clear(Object *d);

#endif
