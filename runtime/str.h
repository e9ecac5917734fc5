// runtime/str.h — str: immutable UTF-8 text with its length in code points and a
// cached hash; the intern table.
//
// `data` holds `size` bytes of valid UTF-8 followed by a NUL; `length` counts code
// points (equal to `size` when `ascii`), so `len` is O(1) and indexing of ASCII text
// is O(1). Identifier-like strings are interned by the compiler (and by
// `sys.intern`); interned strings stay mortal: the table holds a borrowed entry
// that the string removes when it dies, as CPython 3.11 does.
#ifndef ADDER_RUNTIME_STR_H
#define ADDER_RUNTIME_STR_H

#include <stdarg.h>

#include "runtime/object.h"

typedef struct StrObject {
    Object ob;
    ssize_t length;         // code points
    ssize_t size;           // bytes of UTF-8, without the NUL
    hash_t hash;            // -1 until computed
    uint8_t ascii;          // every byte < 0x80
    uint8_t interned;       // present in rt->interned
    char data[];            // `size` bytes, then '\0'
} StrObject;

extern TypeObject StrType, StrIterType;

static inline bool str_check(Object *o) {
    return (TYPE(o)->flags & TP_STR_SUB) != 0;
}
static inline bool str_check_exact(Object *o) {
    return TYPE(o) == &StrType;
}
static inline const char *str_data(Object *o) {
    return ((StrObject *)o)->data;
}
static inline ssize_t str_size(Object *o) {
    return ((StrObject *)o)->size;
}
static inline ssize_t str_length(Object *o) {
    return ((StrObject *)o)->length;
}

// A str of the `n` bytes at `s`, which must be valid UTF-8 (the lexer checked; the
// caller checks anything else). Ref: new.
Object *str_from_utf8(const char *s, size_t n);
// A str of a NUL-terminated C string. Ref: new.
Object *str_from_cstr(const char *s);
// printf into a new str (plain C conversions only). Ref: new.
Object *str_from_format(const char *fmt, ...);
Object *str_from_vformat(const char *fmt, va_list ap);
// An uninitialised str of `size` bytes for the caller to fill, then `str_finish`
// (which counts code points). Ref: new.
Object *str_new_raw(size_t size);
// Finish a str made by `str_new_raw`. Ref: steals `s`, returns it (new).
Object *str_finish(Object *s);
// The one-character string for code point `cp`. Ref: new.
Object *str_from_codepoint(uint32_t cp);
// a + b. Ref: new.
Object *str_concat(Object *a, Object *b);
// Equality of two str objects (fast path for dicts). Ref: none.
bool str_eq(Object *a, Object *b);
// str == C string. Ref: none.
bool str_eq_cstr(Object *a, const char *s);
hash_t str_hash(Object *s);
// repr(s) with CPython's quote choice and escapes. Ref: new.
Object *str_repr(Object *s);
// Intern `*p` in place: replace it with the table's equal string. Ref: `*p` stays
// one owned reference.
void str_intern(Object **p);
// An interned str of a C string: for attribute and method names. Ref: new.
Object *str_intern_cstr(const char *s);
// Release the intern table at exit. Ref: none.
void str_fini(void);
// `sep.join(iterable)`. Ref: new.
Object *str_join(Object *sep, Object *iterable);
// The code point at index `i` (0 <= i < length). Ref: none.
uint32_t str_codepoint_at(Object *s, ssize_t i);

#endif
