// runtime/int.c — int and bool: the small-int cache, arithmetic with Python's
// semantics, parsing and printing in a base, hashing.
//
// Values are `int64_t` for now: any operation whose exact result does not fit raises
// OverflowError("int too large") (checked with the __builtin_*_overflow family), so
// nothing silently wraps. Every result in SMALL_INT_MIN..SMALL_INT_MAX is the cached
// object in `rt->small_ints`, made by `int_init` and released by `int_fini`.
//
// The number slots follow CPython's conventions (Objects/longobject.c): each binary
// slot may be called with an int on either side and returns NotImplemented when the
// other operand is not an int, so float.c handles the mixed int/float cases (including
// comparisons). Floor division and modulo round toward negative infinity; true
// division is correctly rounded; a negative exponent hands the power to float.
//
// bool derives from int and shares its layout; its two objects are static
// (TrueStruct, FalseStruct) and never freed. `& | ^` of two bools give a bool; every
// other operation treats them as the ints 1 and 0.
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// Hashes of numbers are residues modulo this Mersenne prime, as in CPython, so that
// equal ints and floats hash alike.
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

// ---- construction ----------------------------------------------------------------------

int int_init(void) {
    for (int i = 0; i < SMALL_INT_COUNT; i++) {
        IntObject *o = (IntObject *)obj_alloc(&IntType, 0);
        if (o == NULL) {
            return -1;
        }
        o->value = (int64_t)i + SMALL_INT_MIN;
        rt->small_ints[i] = OB(o);
    }
    return 0;
}

void int_fini(void) {
    for (int i = 0; i < SMALL_INT_COUNT; i++) {
        CLEAR(rt->small_ints[i]);
    }
}

Object *int_from_i64(int64_t v) {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
        return NEWREF(rt->small_ints[v - SMALL_INT_MIN]);
    }
    IntObject *o = (IntObject *)obj_alloc(&IntType, 0);
    if (o == NULL) {
        return NULL;
    }
    o->value = v;
    return OB(o);
}

Object *bool_from(bool b) {
    return NEWREF(b ? True : False);
}

double int_as_double(Object *o) {
    // The conversion rounds to nearest, ties to even: CPython's int-to-float result.
    return (double)int_as_i64(o);
}

static Object *too_large(void) {
    err_set_str(&OverflowErrorType, "int too large");
    return NULL;
}

Object *int_from_double(double v) {
    if (isinf(v)) {
        err_set_str(&OverflowErrorType, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(v)) {
        err_set_str(&ValueErrorType, "cannot convert float NaN to integer");
        return NULL;
    }
    double t = trunc(v);
    // 2**63 is exact as a double; the valid range is [-2**63, 2**63).
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) {
        return too_large();
    }
    return int_from_i64((int64_t)t);
}

// ---- repr and hash ---------------------------------------------------------------------

static Object *int_repr(Object *self) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%" PRId64, int_as_i64(self));
    return str_from_ascii_unshared(buf, (size_t)n);
}

static Object *bool_repr(Object *self) {
    return str_from_cstr(int_as_i64(self) ? "True" : "False");
}

// CPython's numeric hash of an integer: the residue of |v| modulo 2**61 - 1 with
// the sign of v, and -1 (the error value) replaced by -2.
static hash_t hash_i64(int64_t v) {
    uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
    hash_t h = (hash_t)(mag % HASH_MODULUS);
    if (v < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

static hash_t int_hash(Object *self) {
    return hash_i64(int_as_i64(self));
}

static bool compare_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case OBJ_LT: return x < y;
    case OBJ_LE: return x <= y;
    case OBJ_EQ: return x == y;
    case OBJ_NE: return x != y;
    case OBJ_GT: return x > y;
    default: return x >= y;
    }
}

static Object *int_richcompare(Object *a, Object *b, int op) {
    if (!int_check(a) || !int_check(b)) {
        return NEWREF(NotImplemented);
    }
    return bool_from(compare_i64(int_as_i64(a), int_as_i64(b), op));
}

// ---- arithmetic --------------------------------------------------------------------------

// Both operands' values when both are ints; false when either is not (the slot then
// returns NotImplemented).
static bool both_ints(Object *a, Object *b, int64_t *x, int64_t *y) {
    if (!int_check(a) || !int_check(b)) {
        return false;
    }
    *x = int_as_i64(a);
    *y = int_as_i64(b);
    return true;
}

#define BINARY_PROLOGUE(a, b, x, y)                                                     \
    int64_t x, y;                                                                       \
    if (!both_ints(a, b, &x, &y)) {                                                     \
        return NEWREF(NotImplemented);                                                  \
    }

static Object *int_add(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    int64_t r;
    if (__builtin_add_overflow(x, y, &r)) {
        return too_large();
    }
    return int_from_i64(r);
}

static Object *int_sub(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    int64_t r;
    if (__builtin_sub_overflow(x, y, &r)) {
        return too_large();
    }
    return int_from_i64(r);
}

static Object *int_mul(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    int64_t r;
    if (__builtin_mul_overflow(x, y, &r)) {
        return too_large();
    }
    return int_from_i64(r);
}

// x / y correctly rounded, as CPython divides ints. Values up to 2**53 convert
// exactly, so one division rounds once. Otherwise the quotient of the magnitudes is
// taken in 128-bit arithmetic with at least 62 significant bits and a sticky bit for
// a non-zero remainder; converting that to double rounds once, correctly.
static double true_divide(int64_t x, int64_t y) {
    const int64_t exact = (int64_t)1 << 53;
    if (x >= -exact && x <= exact && y >= -exact && y <= exact) {
        return (double)x / (double)y;
    }
    bool negative = (x < 0) != (y < 0);
    uint64_t n = x < 0 ? -(uint64_t)x : (uint64_t)x;
    uint64_t d = y < 0 ? -(uint64_t)y : (uint64_t)y;
    if (n == 0) {
        return negative ? -0.0 : 0.0;
    }
    int shift = 127 - (64 - __builtin_clzll(n));
    unsigned __int128 num = (unsigned __int128)n << shift;
    unsigned __int128 q = num / d;
    if (num % d != 0) {
        q |= 1;
    }
    double r = ldexp((double)q, -shift);
    return negative ? -r : r;
}

static Object *int_truediv(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0) {
        err_set_str(&ZeroDivisionErrorType, "division by zero");
        return NULL;
    }
    return float_from_double(true_divide(x, y));
}

// Floor division and modulo of x by y != 0, Python's way: the quotient rounds toward
// negative infinity and the remainder takes the sign of y. False when the quotient
// overflows (only INT64_MIN // -1); `*r` is always valid.
static bool floor_divmod(int64_t x, int64_t y, int64_t *q, int64_t *r) {
    if (y == -1) {
        // INT64_MIN % -1 is undefined in C; the remainder is 0 for every x.
        *r = 0;
        return !__builtin_sub_overflow((int64_t)0, x, q);
    }
    int64_t quot = x / y;
    int64_t rem = x % y;
    if (rem != 0 && ((rem < 0) != (y < 0))) {
        quot -= 1;
        rem += y;
    }
    *q = quot;
    *r = rem;
    return true;
}

static Object *int_floordiv(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0) {
        err_set_str(&ZeroDivisionErrorType, "integer division or modulo by zero");
        return NULL;
    }
    int64_t q, r;
    if (!floor_divmod(x, y, &q, &r)) {
        return too_large();
    }
    return int_from_i64(q);
}

static Object *int_mod(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0) {
        err_set_str(&ZeroDivisionErrorType, "integer modulo by zero");
        return NULL;
    }
    int64_t q, r;
    floor_divmod(x, y, &q, &r);
    return int_from_i64(r);
}

// base ** exp for exp >= 0 by repeated squaring. False on overflow. Squaring the
// base overflows only when a later factor would make the result overflow anyway.
static bool power_i64(int64_t base, uint64_t exp, int64_t *out) {
    int64_t result = 1;
    while (exp > 0) {
        if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) {
            return false;
        }
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(base, base, &base)) {
            return false;
        }
    }
    *out = result;
    return true;
}

static Object *int_pow(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y < 0) {
        // CPython computes int ** negative int in floating point.
        return float_power(a, b);
    }
    int64_t r;
    if (!power_i64(x, (uint64_t)y, &r)) {
        return too_large();
    }
    return int_from_i64(r);
}

// (x * y) mod m for x, y < m.
static uint64_t mulmod(uint64_t x, uint64_t y, uint64_t m) {
    return (uint64_t)(((unsigned __int128)x * y) % m);
}

// The inverse of x modulo m (0 <= x < m, m >= 2) by the extended Euclidean
// algorithm. False when gcd(x, m) != 1.
static bool inverse_mod(uint64_t x, uint64_t m, uint64_t *out) {
    // Invariant: r0 = s0 * x (mod m), r1 = s1 * x (mod m); the coefficients are kept
    // as signed 128-bit values, which their magnitudes (at most m) fit easily.
    __int128 r0 = (__int128)m, r1 = (__int128)x, s0 = 0, s1 = 1;
    while (r1 != 0) {
        __int128 q = r0 / r1;
        __int128 t = r0 - q * r1;
        r0 = r1;
        r1 = t;
        t = s0 - q * s1;
        s0 = s1;
        s1 = t;
    }
    if (r0 != 1) {
        return false;
    }
    __int128 s = s0 % (__int128)m;
    if (s < 0) {
        s += (__int128)m;
    }
    *out = (uint64_t)s;
    return true;
}

Object *int_pow3(Object *a, Object *b, Object *m) {
    if (m == None) {
        return int_pow(a, b);
    }
    if (!int_check(a) || !int_check(b) || !int_check(m)) {
        return NEWREF(NotImplemented);
    }
    int64_t x = int_as_i64(a), y = int_as_i64(b), z = int_as_i64(m);
    if (z == 0) {
        err_set_str(&ValueErrorType, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    uint64_t mod = z < 0 ? -(uint64_t)z : (uint64_t)z;
    if (mod == 1) {
        return int_from_i64(0);
    }
    // The base reduced into [0, mod).
    uint64_t base;
    if (x >= 0) {
        base = (uint64_t)x % mod;
    } else {
        base = (-(uint64_t)x) % mod;
        base = base == 0 ? 0 : mod - base;
    }
    uint64_t exp;
    if (y < 0) {
        if (!inverse_mod(base, mod, &base)) {
            err_set_str(&ValueErrorType, "base is not invertible for the given modulus");
            return NULL;
        }
        exp = -(uint64_t)y;
    } else {
        exp = (uint64_t)y;
    }
    uint64_t result = 1;
    while (exp > 0) {
        if (exp & 1) {
            result = mulmod(result, base, mod);
        }
        exp >>= 1;
        base = mulmod(base, base, mod);
    }
    // The result takes the sign of the modulus, as `%` does.
    if (z < 0 && result != 0) {
        return int_from_i64((int64_t)(result - mod));
    }
    return int_from_i64((int64_t)result);
}

static Object *int_lshift(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y < 0) {
        err_set_str(&ValueErrorType, "negative shift count");
        return NULL;
    }
    if (x == 0) {
        return int_from_i64(0);
    }
    if (y >= 63) {
        // Only -1 << 63 fits; everything else non-zero overflows.
        if (x == -1 && y == 63) {
            return int_from_i64(INT64_MIN);
        }
        return too_large();
    }
    int64_t r = (int64_t)((uint64_t)x << y);
    if ((r >> y) != x) {
        return too_large();
    }
    return int_from_i64(r);
}

static Object *int_rshift(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y < 0) {
        err_set_str(&ValueErrorType, "negative shift count");
        return NULL;
    }
    if (y >= 64) {
        return int_from_i64(x < 0 ? -1 : 0);
    }
    // An arithmetic shift: floor(x / 2**y), as Python defines it for negative x.
    return int_from_i64(x >> y);
}

static Object *int_and(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return int_from_i64(x & y);
}

static Object *int_or(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return int_from_i64(x | y);
}

static Object *int_xor(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return int_from_i64(x ^ y);
}

static Object *bool_and(Object *a, Object *b) {
    if (bool_check(a) && bool_check(b)) {
        return bool_from(int_as_i64(a) & int_as_i64(b));
    }
    return int_and(a, b);
}

static Object *bool_or(Object *a, Object *b) {
    if (bool_check(a) && bool_check(b)) {
        return bool_from(int_as_i64(a) | int_as_i64(b));
    }
    return int_or(a, b);
}

static Object *bool_xor(Object *a, Object *b) {
    if (bool_check(a) && bool_check(b)) {
        return bool_from(int_as_i64(a) ^ int_as_i64(b));
    }
    return int_xor(a, b);
}

static Object *int_neg(Object *self) {
    int64_t r;
    if (__builtin_sub_overflow((int64_t)0, int_as_i64(self), &r)) {
        return too_large();
    }
    return int_from_i64(r);
}

// The value as an exact int: `self` itself when it is one (ints are immutable).
static Object *int_exact(Object *self) {
    if (int_check_exact(self)) {
        return NEWREF(self);
    }
    return int_from_i64(int_as_i64(self));
}

static Object *int_abs(Object *self) {
    if (int_as_i64(self) < 0) {
        return int_neg(self);
    }
    return int_exact(self);
}

static Object *int_invert(Object *self) {
    return int_from_i64(~int_as_i64(self));
}

static int int_bool(Object *self) {
    return int_as_i64(self) != 0;
}

static Object *int_float(Object *self) {
    return float_from_double(int_as_double(self));
}

// ---- parsing ------------------------------------------------------------------------------

// The length in bytes of the whitespace code point at `s[0]` (of `n` bytes), or 0:
// ASCII space, \t \n \v \f \r, and the Unicode spaces Python's str.isspace knows.
static size_t space_at(const unsigned char *s, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')) {
        return 1;
    }
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)) {
        return 2;       // U+0085, U+00A0
    }
    if (n >= 3) {
        uint32_t cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
                      (s[2] & 0x3F);
        if ((s[0] & 0xF0) == 0xE0 &&
            (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
             cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)) {
            return 3;
        }
    }
    return 0;
}

// Trim Python whitespace from both ends of `*s` (`*n` bytes). Ref: none.
void int_strip_space(const char **s, size_t *n) {
    const unsigned char *p = (const unsigned char *)*s;
    size_t len = *n, k;
    while ((k = space_at(p, len)) > 0) {
        p += k;
        len -= k;
    }
    // Scan forward for the last run of whitespace: UTF-8 cannot be read backwards
    // reliably with this helper, and the texts are short.
    size_t end = 0, i = 0;
    while (i < len) {
        k = space_at(p + i, len - i);
        if (k == 0) {
            i++;
            end = i;
        } else {
            i += k;
        }
    }
    *s = (const char *)p;
    *n = end;
}

// The value of digit character `c` in bases up to 36, or 99.
static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

// The ValueError for a text int() cannot read. CPython quotes the repr of the text
// cut to its first 200 code points (the closing quote may be cut off too).
static Object *invalid_literal(const char *s, size_t len, int base) {
    Object *text = str_from_utf8(s, len);
    Object *r = text != NULL ? str_repr(text) : NULL;
    Object *cut = NULL;
    if (r != NULL) {
        const char *d = str_data(r);
        size_t n = (size_t)str_size(r), end = 0;
        for (int points = 0; end < n && points < 200; points++) {
            end++;
            while (end < n && ((unsigned char)d[end] & 0xC0) == 0x80) {
                end++;
            }
        }
        cut = str_from_utf8(d, end);
    }
    if (cut != NULL) {
        err_format(&ValueErrorType, "invalid literal for int() with base %d: %U", base, cut);
    }
    XDECREF(text);
    XDECREF(r);
    XDECREF(cut);
    return NULL;
}

Object *int_from_string(const char *orig, size_t orig_len, int base) {
    const char *s = orig;
    size_t n = orig_len;
    int_strip_space(&s, &n);
    const char *end = s + n;
    const bool base0 = base == 0;
    bool negative = false;
    if (s < end && (*s == '+' || *s == '-')) {
        negative = *s == '-';
        s++;
    }
    // A prefix 0x/0o/0b sets the base when it is 0 and may be present when it
    // matches; after it, one underscore may precede the first digit.
    bool prefixed = false;
    if (s + 1 < end && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        int pbase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pbase != 0 && (base == 0 || base == pbase)) {
            base = pbase;
            s += 2;
            prefixed = true;
            if (s < end && *s == '_') {
                s++;
            }
        }
    }
    if (base == 0) {
        base = 10;
    }
    // Digits with single underscores between them; accumulate in unsigned magnitude
    // and report overflow only once the whole text is known to be valid.
    uint64_t mag = 0;
    bool overflow = false, any = false, nonzero = false;
    int first = -1;
    const uint64_t limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    while (s < end) {
        if (*s == '_') {
            if (!any || s + 1 >= end || s[1] == '_') {
                goto invalid;
            }
            s++;
            continue;
        }
        int d;
        if ((unsigned char)*s >= 0x80) {
            // A decimal digit of another script counts as its ASCII digit.
            ssize_t pos = 0;
            d = str_decimal_value(str_decode_next(s, end - s, &pos));
            if (d < 0) {
                goto invalid;
            }
            s += pos - 1;
        } else {
            d = digit_value(*s);
        }
        if (d >= base) {
            goto invalid;
        }
        if (!any) {
            first = d;
        }
        any = true;
        nonzero |= d != 0;
        if (!overflow) {
            if (mag > (limit - (uint64_t)d) / (uint64_t)base) {
                overflow = true;
            } else {
                mag = mag * (uint64_t)base + (uint64_t)d;
            }
        }
        s++;
    }
    if (!any) {
        goto invalid;
    }
    // In base 0, a decimal with leading zeros ("010") is refused: Python 3 has no
    // implicit octal. Zeros alone ("00", "0_0") are fine.
    if (base0 && !prefixed && nonzero && first == 0) {
        goto invalid;
    }
    if (overflow) {
        return too_large();
    }
    if (negative) {
        return int_from_i64((int64_t)(0 - mag));
    }
    return int_from_i64((int64_t)mag);
invalid:
    return invalid_literal(orig, orig_len, base0 ? 0 : base);
}

// ---- printing and rounding ------------------------------------------------------------

Object *int_to_base(Object *v, int base, bool prefix) {
    static const char digits[] = "0123456789abcdef";
    int64_t x = int_as_i64(v);
    uint64_t mag = x < 0 ? -(uint64_t)x : (uint64_t)x;
    char buf[72];
    char *p = buf + sizeof buf;
    do {
        *--p = digits[mag % (uint64_t)base];
        mag /= (uint64_t)base;
    } while (mag != 0);
    if (prefix && base != 10) {
        *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        *--p = '0';
    }
    if (x < 0) {
        *--p = '-';
    }
    return str_from_utf8(p, (size_t)(buf + sizeof buf - p));
}

Object *int_round(Object *v, Object *ndigits) {
    if (ndigits == NULL || ndigits == None) {
        return int_exact(v);
    }
    if (!int_check(ndigits)) {
        err_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
                   type_name(ndigits));
        return NULL;
    }
    int64_t nd = int_as_i64(ndigits);
    if (nd >= 0) {
        return int_exact(v);
    }
    int64_t x = int_as_i64(v);
    if (nd < -19) {
        // 10**20 / 2 exceeds every int64: everything rounds to 0.
        return int_from_i64(0);
    }
    // Round to a multiple of 10**-nd, ties to even, in 128 bits: the result may
    // exceed int64 (round(9e18, -19)), which is then an overflow.
    __int128 unit = 1;
    for (int64_t i = 0; i < -nd; i++) {
        unit *= 10;
    }
    __int128 q = x / unit, r = x % unit;
    if (r < 0) {
        q -= 1;
        r += unit;
    }
    // Now x = q * unit + r with 0 <= r < unit.
    if (2 * r > unit || (2 * r == unit && (q & 1) != 0)) {
        q += 1;
    }
    __int128 result = q * unit;
    if (result > INT64_MAX || result < INT64_MIN) {
        return too_large();
    }
    return int_from_i64((int64_t)result);
}

// ---- the constructor -------------------------------------------------------------------

// An instance of `type` (int or a subclass) with value `v`. Ref: steals `value`.
static Object *as_type(Object *type, Object *value) {
    if (value == NULL || (TypeObject *)type == &IntType) {
        return value;
    }
    IntObject *o = (IntObject *)obj_alloc((TypeObject *)type, 0);
    if (o != NULL) {
        o->value = int_as_i64(value);
    }
    DECREF(value);
    return OB(o);
}

// int(x) with no base.
static Object *int_from_object(Object *x) {
    if (int_check(x)) {
        return int_exact(x);
    }
    if (float_check(x)) {
        return int_from_double(float_as_double(x));
    }
    if (str_check(x)) {
        return int_from_string(str_data(x), (size_t)str_size(x), 10);
    }
    TypeObject *t = TYPE(x);
    unaryfunc conv = t->nb_int != NULL ? t->nb_int : t->nb_index;
    if (conv != NULL) {
        Object *r = conv(x);
        if (r != NULL && !int_check(r)) {
            err_format(&TypeErrorType, "__int__ returned non-int (type %s)", type_name(r));
            DECREF(r);
            return NULL;
        }
        if (r != NULL && !int_check_exact(r)) {
            SETREF(r, int_from_i64(int_as_i64(r)));
        }
        return r;
    }
    err_format(&TypeErrorType,
               "int() argument must be a string, a bytes-like object or a real number, "
               "not '%s'", t->name);
    return NULL;
}

static Object *int_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"x", "base", NULL};
    Object *argv[2];
    if (args_parse("int", args, nargs, kwnames, names, 1, 0, argv) < 0) {
        return NULL;
    }
    Object *x = argv[0], *base = argv[1];
    if (x == NULL) {
        if (base != NULL) {
            err_set_str(&TypeErrorType, "int() missing string argument");
            return NULL;
        }
        return as_type(type, int_from_i64(0));
    }
    if (base == NULL) {
        return as_type(type, int_from_object(x));
    }
    if (!int_check(base)) {
        err_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
                   type_name(base));
        return NULL;
    }
    int64_t b = int_as_i64(base);
    if (b != 0 && (b < 2 || b > 36)) {
        err_set_str(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (!str_check(x)) {
        err_set_str(&TypeErrorType, "int() can't convert non-string with explicit base");
        return NULL;
    }
    return as_type(type, int_from_string(str_data(x), (size_t)str_size(x), (int)b));
}

static Object *bool_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("bool", kwnames) < 0 || args_count("bool", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        RETURN_FALSE;
    }
    int t = obj_is_true(args[0]);
    if (t < 0) {
        return NULL;
    }
    return bool_from(t);
}

// ---- methods and attributes ----------------------------------------------------------

static int bit_length_u64(uint64_t mag) {
    return mag == 0 ? 0 : 64 - __builtin_clzll(mag);
}

static uint64_t magnitude(Object *self) {
    int64_t x = int_as_i64(self);
    return x < 0 ? -(uint64_t)x : (uint64_t)x;
}

static Object *int_bit_length(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kw("int.bit_length", kwnames) < 0 ||
        args_count("int.bit_length", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(bit_length_u64(magnitude(self)));
}

static Object *int_bit_count(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("int.bit_count", kwnames) < 0 ||
        args_count("int.bit_count", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(__builtin_popcountll(magnitude(self)));
}

static Object *int_conjugate(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("int.conjugate", kwnames) < 0 ||
        args_count("int.conjugate", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_exact(self);
}

static Object *int_as_integer_ratio(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    if (args_no_kw("int.as_integer_ratio", kwnames) < 0 ||
        args_count("int.as_integer_ratio", nargs, 0, 0) < 0) {
        return NULL;
    }
    Object *num = int_exact(self);
    if (num == NULL) {
        return NULL;
    }
    Object *pair = tuple_pack2(num, rt->small_ints[1 - SMALL_INT_MIN]);
    DECREF(num);
    return pair;
}

static Object *int_get_self(Object *self) {
    return int_exact(self);
}

static Object *int_get_zero(Object *self) {
    return int_from_i64(0);
}

static Object *int_get_one(Object *self) {
    return int_from_i64(1);
}

// int.__sizeof__: adder's real bytes, sizeof(IntObject) (a header and an int64_t;
// CPython's 28 for small ints counts its digit array instead). Ints are not
// containers, so sys.getsizeof reports the same figure.
static Object *int_sizeof_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("int.__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    return int_from_i64((int64_t)sizeof(IntObject));
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length, 0},
    {"__sizeof__", int_sizeof_m, 0},
    {"bit_count", int_bit_count, 0},
    {"conjugate", int_conjugate, 0},
    {"as_integer_ratio", int_as_integer_ratio, 0},
    {NULL, NULL, 0},
};

static const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

static void int_dealloc(Object *self) {
    obj_free(self);
}

static void bool_dealloc(Object *self) {
    // True and False are static; reaching zero means a DECREF too many.
    fprintf(stderr, "adder: deallocating %s\n", int_as_i64(self) ? "True" : "False");
}

// ---- the types ---------------------------------------------------------------------------

TypeObject IntType = {
    .ob = TYPE_HEAD,
    .name = "int",
    .basicsize = sizeof(IntObject),
    .flags = TP_INT_SUB | TP_BASETYPE,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb = {
        [NB_ADD] = int_add,
        [NB_SUB] = int_sub,
        [NB_MUL] = int_mul,
        [NB_TRUEDIV] = int_truediv,
        [NB_FLOORDIV] = int_floordiv,
        [NB_MOD] = int_mod,
        [NB_POW] = int_pow,
        [NB_LSHIFT] = int_lshift,
        [NB_RSHIFT] = int_rshift,
        [NB_AND] = int_and,
        [NB_OR] = int_or,
        [NB_XOR] = int_xor,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg,
    .nb_pos = int_exact,
    .nb_abs = int_abs,
    .nb_invert = int_invert,
    .nb_int = int_exact,
    .nb_float = int_float,
    .nb_index = int_exact,
    .nb_bool = int_bool,
    .new_ = int_new,
    .methods = int_methods,
    .getset = int_getset,
};

TypeObject BoolType = {
    .ob = TYPE_HEAD,
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .flags = TP_INT_SUB,
    .base = &IntType,
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .nb = {
        [NB_AND] = bool_and,
        [NB_OR] = bool_or,
        [NB_XOR] = bool_xor,
    },
    .new_ = bool_new,
};

IntObject TrueStruct = {{STATIC_REFCNT, &BoolType}, 1};
IntObject FalseStruct = {{STATIC_REFCNT, &BoolType}, 0};
