// runtime/float.h — float: a C double.
#ifndef ADDER_RUNTIME_FLOAT_H
#define ADDER_RUNTIME_FLOAT_H

#include "runtime/object.h"

typedef struct FloatObject {
    Object ob;
    double value;
} FloatObject;

extern TypeObject FloatType;

static inline bool float_check(Object *o) {
    return TYPE(o) == &FloatType;
}
// A float of value `v`. Ref: new.
Object *float_from_double(double v);
static inline double float_as_double(Object *o) {
    return ((FloatObject *)o)->value;
}
// float(text) as CPython parses it ("1e5", " -inf ", "nan", "1_000.5"). Ref: new;
// ValueError "could not convert string to float: 'x'".
Object *float_from_string(const char *s, size_t len);
// repr(v): the shortest string that round-trips, CPython's layout ("0.1", "1e+16",
// "inf", "nan", "-0.0", "1.0"). Writes at most 32 bytes into `buf`, NUL-terminated;
// returns the length.
// Ref: none.
size_t float_repr_buf(double v, char *buf);
// The hash CPython gives `v` (equal to the int hash when `v` is integral). Ref: none.
hash_t float_hash_double(double v);
// round(float, ndigits): with ndigits NULL or None the nearest int (ties to even),
// else a float rounded correctly to `ndigits` decimal places. Ref: new; TypeError when
// ndigits is not an int, OverflowError/ValueError for inf/nan without ndigits.
Object *float_round(Object *v, Object *ndigits);
// a ** b for operands that are each a float or an int, with CPython's float rules.
// Ref: new; NotImplemented for other types; ZeroDivisionError "0.0 cannot be raised to
// a negative power", OverflowError "(34, 'Numerical result out of range')", ValueError
// for a negative base with a fractional exponent (no complex numbers).
Object *float_power(Object *a, Object *b);

#endif
