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
    uint8_t interned;       // present in the intern table (private to runtime/str.c)
    char data[];            // `size` bytes, then '\0'
} StrObject;

// StrIterType iterates a non-ASCII str, StrAsciiIterType an ASCII one (CPython's
// `str_iterator` and `str_ascii_iterator`).
extern TypeObject StrType, StrIterType, StrAsciiIterType;

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

// Make the shared empty string `rt->empty_str` (runtime_init calls this before anything
// else makes a str). Ref: none. 0, or -1 with MemoryError set.
int str_init(void);
// A str of the `n` bytes at `s`, which must be valid UTF-8 (the lexer checked; the
// caller checks anything else). Ref: new.
Object *str_from_utf8(const char *s, size_t n);
// A new str of the `n` ASCII bytes at `s`, never the shared empty or one-character
// object: CPython's int-to-str conversion makes a new object even for "7". Ref: new.
Object *str_from_ascii_unshared(const char *s, size_t n);
// A str of a NUL-terminated C string. Ref: new.
Object *str_from_cstr(const char *s);
// printf into a new str (plain C conversions only). Ref: new.
Object *str_from_format(const char *fmt, ...);
// Ref: new, or NULL with an exception set.
Object *str_from_vformat(const char *fmt, va_list ap);
// An uninitialised str of `size` bytes for the caller to fill, then `str_finish`
// (which counts code points). Ref: new.
Object *str_new_raw(size_t size);
// Finish a str made by `str_new_raw`: count its code points. Ref: steals `s`, returns it
// (new), or the shared equal str when it is empty or one Latin-1 character.
Object *str_finish(Object *s);
// The one-character string for code point `cp`. Ref: new.
Object *str_from_codepoint(uint32_t cp);
// a + b. Ref: new.
Object *str_concat(Object *a, Object *b);
// a + b when the caller holds the only reference to `a`, which it gives up: `a` grows in
// place when nothing else can see it (the eval loop's `s += t`), else as str_concat.
// Ref: steals `a`, returns new; NULL with MemoryError set (`a` released either way).
Object *str_concat_steal(Object *a, Object *b);
// Equality of two str objects (fast path for dicts). Ref: none.
bool str_eq(Object *a, Object *b);
// str == C string. Ref: none.
bool str_eq_cstr(Object *a, const char *s);
// hash(s): SipHash-1-3 of the UTF-8 bytes with a fixed key, cached; never -1. Ref: none.
hash_t str_hash(Object *s);
// repr(s) with CPython's quote choice and escapes. Ref: new.
Object *str_repr(Object *s);
// Intern `*p` in place: replace it with the table's equal string. Ref: `*p` stays
// one owned reference.
void str_intern(Object **p);
// An interned str of a C string: for attribute and method names. Ref: new.
Object *str_intern_cstr(const char *s);
// Release the shared strings and the intern table at exit. Ref: none.
void str_fini(void);
// `sep.join(iterable)`. Ref: new.
Object *str_join(Object *sep, Object *iterable);
// The code point at index `i` (0 <= i < length). Ref: none.
uint32_t str_codepoint_at(Object *s, ssize_t i);
// The code point at byte `*pos` of the `size` bytes of UTF-8 at `s`, moving `*pos` past
// it; never reads beyond `size`. Ref: none.
uint32_t str_decode_next(const char *s, ssize_t size, ssize_t *pos);
// The value 0..9 of `c` if it is a decimal digit (str.isdecimal: ASCII or any Unicode
// script's), else -1: int() and float() read such digits. Ref: none.
int str_decimal_value(uint32_t c);
// `s` with every non-ASCII code point written as \xNN, \uNNNN or \UNNNNNNNN: what ascii()
// does to a repr. Ref: new.
Object *str_escape_nonascii(Object *s);

// ---- the string builder ---------------------------------------------------------------
//
// Text appended piece by piece into a heap buffer, then made into one str:
//
//     StrBuilder b;
//     str_builder_init(&b);
//     if (str_builder_append_cstr(&b, "x = ") < 0 || str_builder_append_str(&b, r) < 0) {
//         str_builder_discard(&b);
//         return NULL;
//     }
//     return str_builder_finish(&b);
//
// Every append returns 0, or -1 with MemoryError set (the builder stays valid, and must
// still be finished or discarded).
typedef struct StrBuilder {
    char *buf;              // heap_alloc'd, NULL until the first append
    size_t len;             // bytes written
    size_t cap;             // bytes allocated
} StrBuilder;

// An empty builder. Ref: none.
void str_builder_init(StrBuilder *b);
// Make room for `extra` more bytes. Ref: none. 0, or -1.
int str_builder_reserve(StrBuilder *b, size_t extra);
// Append `n` bytes of UTF-8. Ref: none. 0, or -1.
int str_builder_append(StrBuilder *b, const char *s, size_t n);
// Append a C string. Ref: none. 0, or -1.
int str_builder_append_cstr(StrBuilder *b, const char *s);
// Append the text of str `s`. Ref: none (`s` borrowed). 0, or -1.
int str_builder_append_str(StrBuilder *b, Object *s);
// Append repr(o). Ref: none (`o` borrowed). 0, or -1 with the repr's error set.
int str_builder_append_repr(StrBuilder *b, Object *o);
// Append one byte (ASCII). Ref: none. 0, or -1.
int str_builder_append_char(StrBuilder *b, char c);
// Append code point `cp` as UTF-8. Ref: none. 0, or -1.
int str_builder_append_codepoint(StrBuilder *b, uint32_t cp);
// Append `n` copies of code point `cp` (nothing when n <= 0). Ref: none. 0, or -1.
int str_builder_fill(StrBuilder *b, uint32_t cp, ssize_t n);
// The text as a str; the buffer is freed either way. Ref: new, or NULL with MemoryError.
Object *str_builder_finish(StrBuilder *b);
// Free the buffer without making a str. Ref: none.
void str_builder_discard(StrBuilder *b);

#endif
