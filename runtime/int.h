// runtime/int.h — int and bool.
//
// An int is immutable. Values are 64-bit for now (OverflowError beyond); `IntObject`
// keeps the value behind accessors so that arbitrary precision can replace it
// without touching callers. Every operation yielding a value in -5..256 returns the
// cached object from `rt->small_ints`. bool is a subclass of int with the two
// objects True and False.
#ifndef ADDER_RUNTIME_INT_H
#define ADDER_RUNTIME_INT_H

#include "runtime/object.h"

typedef struct IntObject {
    Object ob;
    int64_t value;
} IntObject;

extern TypeObject IntType, BoolType;
extern IntObject TrueStruct, FalseStruct;
#define True (OB(&TrueStruct))
#define False (OB(&FalseStruct))
#define RETURN_TRUE return NEWREF(True)
#define RETURN_FALSE return NEWREF(False)

static inline bool int_check(Object *o) {
    return (TYPE(o)->flags & TP_INT_SUB) != 0;
}
static inline bool int_check_exact(Object *o) {
    return TYPE(o) == &IntType;
}
static inline bool bool_check(Object *o) {
    return TYPE(o) == &BoolType;
}

// Make the small ints. Ref: none. 0, or -1.
int int_init(void);
// Ref: none.
void int_fini(void);

// An int of value `v` (the cached object for -5..256). Ref: new.
Object *int_from_i64(int64_t v);
// True or False. Ref: new.
Object *bool_from(bool b);
// The value of an int (or bool), unchecked. Ref: none.
static inline int64_t int_as_i64(Object *o) {
    return ((IntObject *)o)->value;
}
// The value as a C double (exact for 64-bit values up to 2**53). Ref: none.
double int_as_double(Object *o);
// int(text, base) as CPython parses it (underscores, sign, whitespace, prefixes
// when base is 0 or matches). Ref: new; ValueError "invalid literal for int() with
// base 10: 'x'" quoting the text as repr does.
Object *int_from_string(const char *s, size_t len, int base);
// A str of `v` in `base` 2, 8, 10 or 16, with the 0b/0o/0x prefix when `prefix`.
// Ref: new.
Object *int_to_base(Object *v, int base, bool prefix);
// round(int, ndigits). Ref: new.
Object *int_round(Object *v, Object *ndigits);
// pow(a, b, m) for ints (m None: pow(a, b)); also the type's nb_pow3 slot. Ref: new;
// NotImplemented when an operand is not an int; ValueError "pow() 3rd argument cannot
// be 0" or "base is not invertible for the given modulus".
Object *int_pow3(Object *a, Object *b, Object *m);
// int(v) for a double: truncated toward zero. Ref: new; OverflowError "cannot convert
// float infinity to integer", ValueError "cannot convert float NaN to integer", or
// OverflowError "int too large" beyond 64 bits.
Object *int_from_double(double v);
// Trim the whitespace int() and float() ignore (ASCII and Unicode spaces) from both
// ends of the `*n` bytes of UTF-8 at `*s`, moving `*s` and shrinking `*n`. Ref: none.
void int_strip_space(const char **s, size_t *n);

#endif
