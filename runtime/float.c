// runtime/float.c — float: a C double with CPython's repr, hash, comparisons against
// ints, arithmetic (floor division, modulo and power included) and rounding.
//
// repr is the shortest decimal string that reads back as the same double, laid out
// as CPython's float_repr does: positional ("0.0001", "100.0") while the decimal
// exponent is in [-4, 16), exponent form ("1e-05", "1e+16") outside. The digits come
// from the C library (glibc prints exactly and rounds ties to even): the fewest
// significant digits (1 to 17, found by binary search) whose correctly rounded
// string strtod reads back as the same double (see `shortest_digits`).
//
// The number slots accept a float or an int on either side and return NotImplemented
// for anything else; int.c defers every mixed operation here, comparisons included.
// Comparing a float with an int is exact (no rounding of the int), as CPython's
// float_richcompare is. Hashes agree with int hashes for integral values: both are
// residues modulo 2**61 - 1 (see `float_hash_double`).
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_BITS 61
#define HASH_INF 314159

Object *float_from_double(double v) {
    FloatObject *o = (FloatObject *)obj_alloc(&FloatType, 0);
    if (o == NULL) {
        return NULL;
    }
    o->value = v;
    return OB(o);
}

// ---- repr --------------------------------------------------------------------------------

// Write the decimal digits of `m` (no trailing zeros except a lone "0") into
// `digits`, NUL-terminated, and set `*decpt` so that m * 10**scale equals
// 0.DIGITS * 10**decpt. Returns the digit count.
static int digits_of(uint64_t m, int scale, char *digits, int *decpt) {
    int n = snprintf(digits, 21, "%" PRIu64, m);
    *decpt = scale + n;
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return n;
}

// The correctly rounded `prec`-digit decimal of `v`: its digits as an integer in
// `*mant` and the power of ten of its last digit in `*scale`. True when it reads back
// as `v`.
static bool rounded_digits(double v, int prec, uint64_t *mant, int *scale) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
    char *e = strchr(tmp, 'e');
    *scale = atoi(e + 1) - (prec - 1);
    uint64_t m = 0;
    for (char *p = tmp; p < e; p++) {
        if (*p != '.') {
            m = m * 10 + (uint64_t)(*p - '0');
        }
    }
    *mant = m;
    return strtod(tmp, NULL) == v;
}

// The shortest significant digits of `v` (finite, >= 0) that read back as `v`, as
// `digits_of` writes them; among strings of that length, the nearest to `v`. 17
// digits always read back.
//
// When v's neighbours are equally far on both sides, a string of p digits that reads
// back implies that the nearest one of p digits does, and that the nearest of p+1
// digits (at least as near) does too; so the lengths that work are all those from
// the shortest up, and a binary search finds it. At a power of two the double below
// is twice as near as the one above: there a p-digit string just above `v` may read
// back while the nearest (just below) does not, so each length is tried in turn with
// both neighbours of the nearest.
static int shortest_digits(double v, char *digits, int *decpt) {
    uint64_t mant, m;
    int scale, sc;
    int e;
    double frac = frexp(v, &e);
    if (frac != 0.5) {
        // Most doubles need 16 or 17 digits: look there first.
        int lo = 1, hi = 17;
        if (rounded_digits(v, 15, &m, &sc)) {
            hi = 15;
        } else {
            lo = 16;
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (rounded_digits(v, mid, &m, &sc)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        rounded_digits(v, hi, &mant, &scale);
        return digits_of(mant, scale, digits, decpt);
    }
    for (int prec = 1; prec < 17; prec++) {
        if (rounded_digits(v, prec, &mant, &scale)) {
            return digits_of(mant, scale, digits, decpt);
        }
        for (int delta = -1; delta <= 1; delta += 2) {
            char tmp[48];
            m = mant + (uint64_t)(int64_t)delta;
            snprintf(tmp, sizeof tmp, "%" PRIu64 "e%d", m, scale);
            if (m != 0 && strtod(tmp, NULL) == v) {
                return digits_of(m, scale, digits, decpt);
            }
        }
    }
    rounded_digits(v, 17, &mant, &scale);
    return digits_of(mant, scale, digits, decpt);
}

size_t float_repr_buf(double v, char *buf) {
    if (isnan(v)) {
        strcpy(buf, "nan");
        return 3;
    }
    if (isinf(v)) {
        strcpy(buf, v > 0 ? "inf" : "-inf");
        return strlen(buf);
    }
    char digits[20];
    int decpt;
    int nd = shortest_digits(fabs(v), digits, &decpt);
    char *p = buf;
    if (signbit(v)) {
        *p++ = '-';
    }
    if (decpt <= -4 || decpt > 16) {
        // d.ddde+XX, with no fraction when there is one digit ("1e+16").
        *p++ = digits[0];
        if (nd > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)nd - 1);
            p += nd - 1;
        }
        p += sprintf(p, "e%+03d", decpt - 1);
    } else if (decpt <= 0) {
        // 0.000ddd
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) {
            *p++ = '0';
        }
        memcpy(p, digits, (size_t)nd);
        p += nd;
    } else if (decpt < nd) {
        // ddd.ddd
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    } else {
        // ddd000.0
        memcpy(p, digits, (size_t)nd);
        p += nd;
        for (int i = nd; i < decpt; i++) {
            *p++ = '0';
        }
        *p++ = '.';
        *p++ = '0';
    }
    *p = '\0';
    return (size_t)(p - buf);
}

static Object *float_repr(Object *self) {
    char buf[32];
    size_t n = float_repr_buf(float_as_double(self), buf);
    return str_from_utf8(buf, n);
}

// ---- hash --------------------------------------------------------------------------------

// The residue of v modulo P = 2**61 - 1, signed like v, which is what an int of the
// same value hashes to. Write |v| = M * 2**e with M a 53-bit integer; since
// 2**61 = 1 (mod P), multiplying by 2**e is a rotation of the 61-bit residue by
// e mod 61 places (and M < P needs no reduction).
hash_t float_hash_double(double v) {
    if (isnan(v)) {
        return 0;
    }
    if (isinf(v)) {
        return v > 0 ? HASH_INF : -HASH_INF;
    }
    int e;
    double m = frexp(fabs(v), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e -= 53;
    int rot = e % HASH_BITS;
    if (rot < 0) {
        rot += HASH_BITS;
    }
    uint64_t x = ((mant << rot) & HASH_MODULUS) | (mant >> (HASH_BITS - rot));
    hash_t h = (hash_t)x;
    if (v < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

static hash_t float_hash(Object *self) {
    double v = float_as_double(self);
    if (isnan(v)) {
        // CPython 3.10+ hashes a NaN by identity, so distinct NaNs spread in a dict.
        uintptr_t p = (uintptr_t)self;
        hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof p - 4)));
        return h == -1 ? -2 : h;
    }
    return float_hash_double(v);
}

// ---- comparison ------------------------------------------------------------------------

static bool cmp_result(int c, int op) {
    switch (op) {
    case OBJ_LT: return c < 0;
    case OBJ_LE: return c <= 0;
    case OBJ_EQ: return c == 0;
    case OBJ_NE: return c != 0;
    case OBJ_GT: return c > 0;
    default: return c >= 0;
    }
}

// -1, 0 or 1 as x (not NaN) is below, equal to or above the integer i, exactly.
static int compare_with_int(double x, int64_t i) {
    const int64_t exact = (int64_t)1 << 53;
    if (i >= -exact && i <= exact) {
        double d = (double)i;
        return x < d ? -1 : x > d ? 1 : 0;
    }
    // Outside [-2**63, 2**63) the double is beyond every int64 (infinities included).
    if (x >= 9223372036854775808.0) {
        return 1;
    }
    if (x < -9223372036854775808.0) {
        return -1;
    }
    double t = trunc(x);
    int64_t ti = (int64_t)t;
    if (ti != i) {
        return ti < i ? -1 : 1;
    }
    double frac = x - t;
    return frac < 0 ? -1 : frac > 0 ? 1 : 0;
}

static Object *float_richcompare(Object *a, Object *b, int op) {
    static const int swapped[] = {OBJ_GT, OBJ_GE, OBJ_EQ, OBJ_NE, OBJ_LT, OBJ_LE};
    if (!float_check(a)) {
        if (!float_check(b)) {
            return NEWREF(NotImplemented);
        }
        Object *t = a;
        a = b;
        b = t;
        op = swapped[op];
    }
    double x = float_as_double(a);
    if (float_check(b)) {
        double y = float_as_double(b);
        switch (op) {
        case OBJ_LT: return bool_from(x < y);
        case OBJ_LE: return bool_from(x <= y);
        case OBJ_EQ: return bool_from(x == y);
        case OBJ_NE: return bool_from(x != y);
        case OBJ_GT: return bool_from(x > y);
        default: return bool_from(x >= y);
        }
    }
    if (!int_check(b)) {
        return NEWREF(NotImplemented);
    }
    if (isnan(x)) {
        return bool_from(op == OBJ_NE);
    }
    return bool_from(cmp_result(compare_with_int(x, int_as_i64(b)), op));
}

// ---- arithmetic --------------------------------------------------------------------------

// The value of a float or int operand; false for any other type.
static bool operand(Object *o, double *out) {
    if (float_check(o)) {
        *out = float_as_double(o);
        return true;
    }
    if (int_check(o)) {
        *out = int_as_double(o);
        return true;
    }
    return false;
}

#define BINARY_PROLOGUE(a, b, x, y)                                                     \
    double x, y;                                                                        \
    if (!operand(a, &x) || !operand(b, &y)) {                                           \
        return NEWREF(NotImplemented);                                                  \
    }

static Object *float_add(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return float_from_double(x + y);
}

static Object *float_sub(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return float_from_double(x - y);
}

static Object *float_mul(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    return float_from_double(x * y);
}

static Object *float_truediv(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&ZeroDivisionErrorType, "float division by zero");
        return NULL;
    }
    return float_from_double(x / y);
}

// Python's remainder of x by y != 0: fmod's result moved into the sign of y; a zero
// remainder takes the sign of y too.
static double py_mod(double x, double y) {
    double m = fmod(x, y);
    if (m == 0.0) {
        return copysign(0.0, y);
    }
    if ((y < 0) != (m < 0)) {
        m += y;
    }
    return m;
}

// floor(x / y) for y != 0, computed from the exact remainder so that
// x == q * y + (x % y) holds as closely as doubles allow (CPython's float_divmod).
static double py_floordiv(double x, double y) {
    double m = fmod(x, y);
    // x - m is an exact multiple of y, so this division is nearly exact.
    double div = (x - m) / y;
    if (m != 0.0 && ((y < 0) != (m < 0))) {
        div -= 1.0;
    }
    if (div == 0.0) {
        return copysign(0.0, x / y);
    }
    double q = floor(div);
    // `div` may sit just below an integer it should equal; snap to the nearer one.
    if (div - q > 0.5) {
        q += 1.0;
    }
    return q;
}

static Object *float_floordiv(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&ZeroDivisionErrorType, "float floor division by zero");
        return NULL;
    }
    return float_from_double(py_floordiv(x, y));
}

static Object *float_mod(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&ZeroDivisionErrorType, "float modulo");
        return NULL;
    }
    return float_from_double(py_mod(x, y));
}

static bool is_odd_integer(double y) {
    return fmod(fabs(y), 2.0) == 1.0;
}

// x ** y with Python's rules for the special values (CPython's float_pow): 0 when
// `*out` is set, -1 with an exception set.
static int double_pow(double x, double y, double *out) {
    if (y == 0.0) {
        *out = 1.0;             // even for a NaN base
        return 0;
    }
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (isnan(y)) {
        *out = x == 1.0 ? 1.0 : y;
        return 0;
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) {
            *out = 1.0;
        } else if ((y > 0) == (ax > 1.0)) {
            *out = INFINITY;
        } else {
            *out = 0.0;
        }
        return 0;
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) {
            *out = odd ? x : fabs(x);
        } else {
            *out = odd ? copysign(0.0, x) : 0.0;
        }
        return 0;
    }
    if (x == 0.0) {
        if (y < 0) {
            err_set_str(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
            return -1;
        }
        *out = is_odd_integer(y) ? x : 0.0;
        return 0;
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) {
            // CPython answers with a complex number here; adder has none.
            err_set_str(&ValueErrorType,
                        "negative number cannot be raised to a fractional power "
                        "(complex numbers are not supported)");
            return -1;
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    double r;
    if (x == 1.0) {
        r = 1.0;
    } else {
        r = pow(x, y);
        if (isinf(r)) {
            err_set_str(&OverflowErrorType, "(34, 'Numerical result out of range')");
            return -1;
        }
    }
    *out = negate ? -r : r;
    return 0;
}

Object *float_power(Object *a, Object *b) {
    BINARY_PROLOGUE(a, b, x, y);
    double r;
    if (double_pow(x, y, &r) < 0) {
        return NULL;
    }
    return float_from_double(r);
}

static Object *float_pow3(Object *a, Object *b, Object *m) {
    double x, y;
    // As in CPython, a modulus is refused before the operands are looked at.
    if (m != None) {
        err_set_str(&TypeErrorType,
                    "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    if (!operand(a, &x) || !operand(b, &y)) {
        return NEWREF(NotImplemented);
    }
    return float_power(a, b);
}

static Object *float_neg(Object *self) {
    return float_from_double(-float_as_double(self));
}

static Object *float_pos(Object *self) {
    if (float_check(self)) {
        return NEWREF(self);
    }
    return float_from_double(float_as_double(self));
}

static Object *float_abs(Object *self) {
    return float_from_double(fabs(float_as_double(self)));
}

static int float_bool(Object *self) {
    return float_as_double(self) != 0.0;
}

static Object *float_int(Object *self) {
    return int_from_double(float_as_double(self));
}

// ---- parsing -------------------------------------------------------------------------------

// True when `s` (`n` bytes) equals the lowercase ASCII word `w`, ignoring case.
static bool word_eq(const char *s, size_t n, const char *w) {
    if (strlen(w) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != w[i]) {
            return false;
        }
    }
    return true;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Check `s` (`n` bytes, no underscores, no spaces) against Python's float syntax:
// [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits].
static bool float_syntax_ok(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        i++;
    }
    size_t int_digits = 0, frac_digits = 0;
    while (i < n && is_digit(s[i])) {
        i++;
        int_digits++;
    }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) {
            i++;
            frac_digits++;
        }
    }
    if (int_digits + frac_digits == 0) {
        return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            i++;
        }
        size_t exp_digits = 0;
        while (i < n && is_digit(s[i])) {
            i++;
            exp_digits++;
        }
        if (exp_digits == 0) {
            return false;
        }
    }
    return i == n;
}

Object *float_from_string(const char *orig, size_t orig_len) {
    const char *s = orig;
    size_t n = orig_len;
    int_strip_space(&s, &n);
    Object *res = NULL;
    char small[64];
    char *buf = small;
    if (n + 1 > sizeof small) {
        buf = heap_alloc(n + 1);
        if (buf == NULL) {
            return err_no_memory();
        }
    }
    // Copy without the underscores, each of which must sit between two digits.
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            ssize_t next = (ssize_t)i + 1;
            if (len == 0 || i + 1 >= n || !is_digit(buf[len - 1]) ||
                str_decimal_value(str_decode_next(s, (ssize_t)n, &next)) < 0) {
                goto invalid;
            }
            continue;
        }
        if ((unsigned char)s[i] >= 0x80) {
            // A decimal digit of another script counts as its ASCII digit.
            ssize_t pos = (ssize_t)i;
            int d = str_decimal_value(str_decode_next(s, (ssize_t)n, &pos));
            if (d >= 0) {
                buf[len++] = (char)('0' + d);
                i = (size_t)pos - 1;
                continue;
            }
        }
        buf[len++] = s[i];
    }
    buf[len] = '\0';
    {
        size_t k = (len > 0 && (buf[0] == '+' || buf[0] == '-')) ? 1 : 0;
        double sign = buf[0] == '-' ? -1.0 : 1.0;
        if (word_eq(buf + k, len - k, "inf") || word_eq(buf + k, len - k, "infinity")) {
            res = float_from_double(sign * INFINITY);
            goto done;
        }
        if (word_eq(buf + k, len - k, "nan")) {
            res = float_from_double(copysign(NAN, sign));
            goto done;
        }
    }
    if (!float_syntax_ok(buf, len)) {
        goto invalid;
    }
    // strtod rounds correctly; out of range it gives +-inf or 0, which Python keeps.
    res = float_from_double(strtod(buf, NULL));
    goto done;
invalid:
    {
        Object *text = str_from_utf8(orig, orig_len);
        if (text != NULL) {
            err_format(&ValueErrorType, "could not convert string to float: %R", text);
            DECREF(text);
        }
    }
done:
    if (buf != small) {
        heap_free(buf);
    }
    return res;
}

// ---- rounding ------------------------------------------------------------------------------

// Beyond these many decimal places every double is already exact; below the minimum
// every double rounds to zero (CPython's NDIGITS_MAX and NDIGITS_MIN).
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

// |x| rounded to a multiple of 10**m (1 <= m <= 308), ties to even, exactly: the
// integer part is printed in full (exact in glibc) and rounded as a digit string;
// the fraction only decides ties.
static double round_to_tens(double ax, int m) {
    double ip = trunc(ax);
    double frac = ax - ip;
    char d[400];
    int len = snprintf(d + 1, sizeof d - 1, "%.0f", ip);
    if (len <= m) {
        // Nothing is kept: |x| < 10**m rounds to 0 or to 10**m, and only with m
        // digits can it reach the half-way point 5 * 10**(m-1).
        if (len < m || d[1] < '5' ||
            (d[1] == '5' && frac == 0.0 && strspn(d + 2, "0") == (size_t)(len - 1))) {
            return 0.0;
        }
        // Rounds up to 10**m.
        char one[16];
        snprintf(one, sizeof one, "1e%d", m);
        return strtod(one, NULL);
    }
    char *q = d + 1;            // the kept digits: q[0 .. len-m)
    int qlen = len - m;
    char *r = q + qlen;         // the dropped digits: m of them
    bool rest_nonzero = frac != 0.0 || strspn(r + 1, "0") != (size_t)(m - 1);
    bool odd = (q[qlen - 1] - '0') % 2 == 1;
    bool up = r[0] > '5' || (r[0] == '5' && (rest_nonzero || odd));
    if (up) {
        int i = qlen - 1;
        while (i >= 0 && q[i] == '9') {
            q[i--] = '0';
        }
        if (i >= 0) {
            q[i]++;
        } else {
            // All nines: one more digit in front (d[0] is spare room).
            *--q = '1';
            qlen++;
        }
    }
    snprintf(q + qlen, 8, "e%d", m);
    return strtod(q, NULL);
}

Object *float_round(Object *v, Object *ndigits) {
    double x = float_as_double(v);
    if (ndigits == NULL || ndigits == None) {
        double r = round(x);            // ties away from zero...
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);   // ...so fix the ties to even
        }
        return int_from_double(r);
    }
    if (!int_check(ndigits)) {
        err_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
                   type_name(ndigits));
        return NULL;
    }
    int64_t nd = int_as_i64(ndigits);
    if (!isfinite(x) || nd > NDIGITS_MAX) {
        return float_from_double(x);
    }
    if (nd < NDIGITS_MIN) {
        return float_from_double(0.0 * x);
    }
    double r;
    if (nd >= 0) {
        // glibc prints the exact binary value rounded half-to-even at `nd` places,
        // which is the correctly rounded answer CPython computes with dtoa.
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
    } else {
        r = copysign(round_to_tens(fabs(x), (int)-nd), x);
        if (isinf(r)) {
            err_set_str(&OverflowErrorType, "rounded value too large to represent");
            return NULL;
        }
    }
    return float_from_double(r);
}

// ---- the constructor ---------------------------------------------------------------------

static Object *float_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("float", kwnames) < 0 || args_count("float", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return float_from_double(0.0);
    }
    Object *x = args[0];
    if (float_check(x)) {
        return NEWREF(x);
    }
    if (int_check(x)) {
        return float_from_double(int_as_double(x));
    }
    if (str_check(x)) {
        return float_from_string(str_data(x), (size_t)str_size(x));
    }
    TypeObject *t = TYPE(x);
    if (t->nb_float != NULL) {
        Object *r = t->nb_float(x);
        if (r != NULL && !float_check(r)) {
            err_format(&TypeErrorType, "%s.__float__ returned non-float (type %s)", t->name,
                       type_name(r));
            DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index != NULL) {
        Object *i = t->nb_index(x);
        if (i == NULL) {
            return NULL;
        }
        Object *r = int_check(i) ? float_from_double(int_as_double(i)) : NULL;
        if (r == NULL && !err_occurred()) {
            err_format(&TypeErrorType, "__index__ returned non-int (type %s)", type_name(i));
        }
        DECREF(i);
        return r;
    }
    err_format(&TypeErrorType, "float() argument must be a string or a real number, not '%s'",
               t->name);
    return NULL;
}

// ---- methods and attributes ----------------------------------------------------------

static Object *float_is_integer(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (args_no_kw("float.is_integer", kwnames) < 0 ||
        args_count("float.is_integer", nargs, 0, 0) < 0) {
        return NULL;
    }
    double x = float_as_double(self);
    return bool_from(isfinite(x) && x == floor(x));
}

static Object *float_conjugate(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("float.conjugate", kwnames) < 0 ||
        args_count("float.conjugate", nargs, 0, 0) < 0) {
        return NULL;
    }
    return float_pos(self);
}

// (numerator, denominator) in lowest terms with a positive denominator; both must
// fit in 64 bits for now.
static Object *float_as_integer_ratio(Object *self, Object *const *args, size_t nargs,
                                      Object *kwnames) {
    if (args_no_kw("float.as_integer_ratio", kwnames) < 0 ||
        args_count("float.as_integer_ratio", nargs, 0, 0) < 0) {
        return NULL;
    }
    double x = float_as_double(self);
    if (isinf(x)) {
        err_set_str(&OverflowErrorType, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        err_set_str(&ValueErrorType, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(x, &e);
    // x = mant * 2**e with mant a 53-bit integer; then strip common factors of two.
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant /= 2;
        e++;
    }
    Object *num = NULL, *den = NULL, *res = NULL;
    if (mant == 0) {
        e = 0;
    }
    if (e >= 0) {
        int64_t scaled;
        if (e >= 63 || __builtin_mul_overflow(mant, (int64_t)1 << e, &scaled)) {
            err_set_str(&OverflowErrorType, "int too large");
            return NULL;
        }
        num = int_from_i64(scaled);
        den = int_from_i64(1);
    } else {
        if (-e >= 63) {
            err_set_str(&OverflowErrorType, "int too large");
            return NULL;
        }
        num = int_from_i64(mant);
        den = int_from_i64((int64_t)1 << -e);
    }
    if (num != NULL && den != NULL) {
        res = tuple_pack2(num, den);
    }
    XDECREF(num);
    XDECREF(den);
    return res;
}

// float.hex(): the exact value as [-]0x<h>.<13 hex digits>p<exponent>, the leading digit
// 1 for normal numbers and 0 for subnormal ones.
static Object *float_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("float.hex", kwnames) < 0 || args_count("float.hex", nargs, 0, 0) < 0) {
        return NULL;
    }
    static const char hexdigits[] = "0123456789abcdef";
    double x = float_as_double(self);
    if (isnan(x) || isinf(x)) {
        return float_repr(self);
    }
    if (x == 0.0) {
        return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    // Scale m into [1, 2); below the normal range, keep the smallest normal exponent.
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[48];
    int k = 0;
    if (x < 0) {
        buf[k++] = '-';
    }
    buf[k++] = '0';
    buf[k++] = 'x';
    int d = (int)m;
    buf[k++] = hexdigits[d];
    m -= d;
    buf[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        d = (int)m;
        buf[k++] = hexdigits[d];
        m -= d;
    }
    snprintf(buf + k, sizeof buf - (size_t)k, "p%+d", e);
    return str_from_cstr(buf);
}

static bool is_hex_digit(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

// float.fromhex(s): [sign] [0x] hexdigits [. hexdigits] [p [sign] digits], with at least
// one hex digit, or inf/infinity/nan; spaces around. Checked here, converted by strtod,
// which rounds hexadecimal input exactly (half to even).
static Object *float_fromhex(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("float.fromhex", kwnames) < 0 ||
        args_count("float.fromhex", nargs, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        err_set_str(&TypeErrorType, "bad argument type for built-in operation");
        return NULL;
    }
    const char *s = str_data(args[0]);
    size_t n = (size_t)str_size(args[0]);
    int_strip_space(&s, &n);
    size_t i = 0, k = 0, digits = 0;
    char *buf = heap_alloc(n + 4);
    Object *res = NULL;
    if (buf == NULL) {
        return err_no_memory();
    }
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        buf[k++] = s[i++];
    }
    if (word_eq(s + i, n - i, "inf") || word_eq(s + i, n - i, "infinity")) {
        res = float_from_double(k > 0 && buf[0] == '-' ? -INFINITY : INFINITY);
        goto done;
    }
    if (word_eq(s + i, n - i, "nan")) {
        res = float_from_double(NAN);
        goto done;
    }
    buf[k++] = '0';
    buf[k++] = 'x';
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    for (; i < n && is_hex_digit(s[i]); i++, digits++) {
        buf[k++] = s[i];
    }
    if (i < n && s[i] == '.') {
        buf[k++] = s[i++];
        for (; i < n && is_hex_digit(s[i]); i++, digits++) {
            buf[k++] = s[i];
        }
    }
    if (digits == 0) {
        goto invalid;
    }
    if (i < n && (s[i] | 0x20) == 'p') {
        buf[k++] = 'p';
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            buf[k++] = s[i++];
        }
        if (i >= n || !is_digit(s[i])) {
            goto invalid;
        }
        for (; i < n && is_digit(s[i]); i++) {
            buf[k++] = s[i];
        }
    }
    if (i != n) {
        goto invalid;
    }
    buf[k] = '\0';
    errno = 0;
    double x = strtod(buf, NULL);
    if (errno == ERANGE && isinf(x)) {
        err_set_str(&OverflowErrorType, "hexadecimal value too large to represent as a float");
        goto done;
    }
    res = float_from_double(x);
    goto done;
invalid:
    err_set_str(&ValueErrorType, "invalid hexadecimal floating-point string");
done:
    heap_free(buf);
    return res;
}

static Object *float_get_real(Object *self) {
    return float_pos(self);
}

static Object *float_get_imag(Object *self) {
    return float_from_double(0.0);
}

// float.__sizeof__: adder's real bytes, sizeof(FloatObject) (a header and a double,
// as CPython's). CPython inherits it from `object`, hence the message's name.
static Object *float_sizeof_m(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_none("object.__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    return int_from_i64((int64_t)sizeof(FloatObject));
}

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer, 0},
    {"__sizeof__", float_sizeof_m, 0},
    {"conjugate", float_conjugate, 0},
    {"as_integer_ratio", float_as_integer_ratio, 0},
    {"hex", float_hex, 0},
    {"fromhex", float_fromhex, METH_STATIC},
    {NULL, NULL, 0},
};

static const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

static void float_dealloc(Object *self) {
    obj_free(self);
}

TypeObject FloatType = {
    .ob = TYPE_HEAD,
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {
        [NB_ADD] = float_add,
        [NB_SUB] = float_sub,
        [NB_MUL] = float_mul,
        [NB_TRUEDIV] = float_truediv,
        [NB_FLOORDIV] = float_floordiv,
        [NB_MOD] = float_mod,
        [NB_POW] = float_power,
    },
    .nb_pow3 = float_pow3,
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_int = float_int,
    .nb_float = float_pos,
    .nb_bool = float_bool,
    .new_ = float_new,
    .methods = float_methods,
    .getset = float_getset,
};
