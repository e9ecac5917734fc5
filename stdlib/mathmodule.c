// stdlib/mathmodule.c — the `math` module: the C library's functions behind
// CPython's argument conversion and error rules, and the integer functions (gcd,
// factorial, comb, ...) on 64-bit ints.
//
// Arguments are "real numbers": float, int (bool included), or any object whose type
// has nb_float or nb_index; anything else is TypeError "must be real number, not str".
// Results are checked as CPython's math_1 does: a NaN from a non-NaN argument is
// ValueError "math domain error"; an infinity from a finite argument is OverflowError
// "math range error" for the functions that can overflow, else a domain error.
// Integer results beyond 64 bits raise OverflowError "int too large" for now.
#include <math.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"

// ---- argument conversion and errors -------------------------------------------------------

// The value of a real-number argument. 0, or -1 with TypeError set.
static int real_arg(Object *o, double *out) {
    if (float_check(o)) {
        *out = float_as_double(o);
        return 0;
    }
    if (int_check(o)) {
        *out = int_as_double(o);
        return 0;
    }
    TypeObject *t = TYPE(o);
    Object *v = NULL;
    if (t->nb_float != NULL) {
        v = t->nb_float(o);
    } else if (t->nb_index != NULL) {
        v = t->nb_index(o);
    } else {
        err_format(&TypeErrorType, "must be real number, not %s", t->name);
        return -1;
    }
    if (v == NULL) {
        return -1;
    }
    int r = 0;
    if (float_check(v)) {
        *out = float_as_double(v);
    } else if (int_check(v)) {
        *out = int_as_double(v);
    } else {
        err_format(&TypeErrorType, "must be real number, not %s", type_name(v));
        r = -1;
    }
    DECREF(v);
    return r;
}

// The value of an integer argument (int, bool, or an object with nb_index). 0, or -1
// with TypeError "'float' object cannot be interpreted as an integer".
static int int_arg(Object *o, int64_t *out) {
    if (int_check(o)) {
        *out = int_as_i64(o);
        return 0;
    }
    Object *i = obj_index(o);
    if (i == NULL) {
        return -1;
    }
    int r = 0;
    if (int_check(i)) {
        *out = int_as_i64(i);
    } else {
        err_format(&TypeErrorType, "__index__ returned non-int (type %s)", type_name(i));
        r = -1;
    }
    DECREF(i);
    return r;
}

static Object *domain_error(void) {
    err_set_str(&ValueErrorType, "math domain error");
    return NULL;
}

static Object *range_error(void) {
    err_set_str(&OverflowErrorType, "math range error");
    return NULL;
}

static Object *int_too_large(void) {
    err_set_str(&OverflowErrorType, "int too large");
    return NULL;
}

// One argument, no keywords: CPython's METH_O message names the function with its
// module ("math.sqrt() takes exactly one argument (0 given)").
static int one_arg(const char *name, size_t nargs, Object *kwnames) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) {
        return -1;
    }
    return 0;
}

// CPython's first check of the arguments of a function with keyword parameters: no more
// than `max` in all ("takes at most 4 arguments (5 given)", "keyword arguments" when all
// of them are keywords). 0, or -1.
static int at_most_args(const char *name, size_t nargs, Object *kwnames, size_t max) {
    size_t ntotal = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    if (ntotal > max) {
        err_format(&TypeErrorType, "%s() takes at most %zu %sargument%s (%zu given)", name,
                   max, nargs == 0 ? "keyword " : "", max == 1 ? "" : "s", ntotal);
        return -1;
    }
    return 0;
}

// Exactly `n` positional arguments ("atan2 expected 2 arguments, got 1").
static int n_args(const char *name, size_t nargs, Object *kwnames, size_t n) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, n, n) < 0) {
        return -1;
    }
    return 0;
}

// Check the result `r` of a function of `x` as CPython's math_1 does.
static Object *checked_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    return float_from_double(r);
}

static Object *math_1(const char *name, Object *const *args, size_t nargs, Object *kwnames,
                      double (*fn)(double), bool can_overflow) {
    double x;
    if (one_arg(name, nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    return checked_result(x, fn(x), can_overflow);
}

#define MATH_FUNC1(name, fn, can_overflow)                                              \
    static Object *math_##name(Object *self, Object *const *args, size_t nargs,        \
                               Object *kwnames) {                                      \
        return math_1("math." #name, args, nargs, kwnames, fn, can_overflow);          \
    }

MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(tanh, tanh, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)

// ---- gamma and lgamma ------------------------------------------------------------------
//
// CPython does not call the C library here: it evaluates the Lanczos approximation with
// the 13-term coefficient set of Boost (g = 6.024680040776729583740234375), with a
// correction for the rounding of x + g - 0.5 and the reflection formula for x < 0. The
// same steps in the same order give the same bits, so the results print as CPython's.

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
// Numerator coefficients of the rational function, constant term first.
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is x (x + 1) ... (x + 11): these are its coefficients.
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
// gamma(n) for n = 1 .. 23, exact in a double.
static const double small_factorials[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};
static const double pi_ = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

// The rational function of the approximation at x > 0. Below 5 it is evaluated in x;
// above, in 1/x, dividing both polynomials by x**12, which avoids overflow.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x) for finite x, exact at the integers and half-integers: the argument is
// first brought into [0, 2) and then near zero, where sin and cos are most accurate.
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(pi_ * y);
        break;
    case 1:
        r = cos(pi_ * (y - 0.5));
        break;
    case 2:
        r = sin(pi_ * (1.0 - y));   // not -sin(pi * (y - 1)): that gives -0.0 at y = 1
        break;
    case 3:
        r = -cos(pi_ * (y - 1.5));
        break;
    default:
        r = sin(pi_ * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

// Gamma(x): NaN at the poles and at -inf (domain errors), inf when it overflows.
static double gamma_of(double x) {
    if (isnan(x) || (isinf(x) && x > 0)) {
        return x;
    }
    if (isinf(x) || x == 0.0) {
        return NAN;
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            return NAN;
        }
        if (x <= 23.0) {
            return small_factorials[(int)x - 1];
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return 1.0 / x;
    }
    if (ax > 200.0) {
        // Past 200 the result overflows, or underflows to a zero of sin(pi x)'s sign.
        return x < 0.0 ? 0.0 / sin_pi(x) : INFINITY;
    }
    double y = ax + lanczos_g_minus_half;
    // z: the rounding error of y, taken in the order that keeps it exact.
    double z;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi_ / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

// log(abs(Gamma(x))): NaN at the poles (domain errors), inf at +-inf.
static double lgamma_of(double x) {
    if (isnan(x)) {
        return x;
    }
    if (isinf(x)) {
        return INFINITY;
    }
    if (x == floor(x) && x <= 2.0) {
        return x <= 0.0 ? NAN : 0.0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    return r;
}

// gamma and lgamma: poles at zero and the negative integers are domain errors; an
// infinite result from a finite argument is an overflow.
static Object *gamma_like(const char *name, Object *const *args, size_t nargs,
                          Object *kwnames, double (*fn)(double)) {
    double x;
    if (one_arg(name, nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    double r = fn(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return range_error();
    }
    return float_from_double(r);
}

static Object *math_gamma(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return gamma_like("math.gamma", args, nargs, kwnames, gamma_of);
}

static Object *math_lgamma(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return gamma_like("math.lgamma", args, nargs, kwnames, lgamma_of);
}

static double to_degrees(double x) {
    return x * (180.0 / M_PI);
}

static double to_radians(double x) {
    return x * (M_PI / 180.0);
}

MATH_FUNC1(degrees, to_degrees, false)
MATH_FUNC1(radians, to_radians, false)

// ---- floor, ceil, trunc --------------------------------------------------------------------

// floor/ceil/trunc: an int stays itself (as an exact int); anything else is read as a
// real number and rounded by `fn` to an int.
static Object *to_integral(const char *name, Object *const *args, size_t nargs,
                           Object *kwnames, double (*fn)(double)) {
    if (one_arg(name, nargs, kwnames) < 0) {
        return NULL;
    }
    Object *x = args[0];
    if (int_check(x)) {
        return int_from_i64(int_as_i64(x));
    }
    double v;
    if (float_check(x)) {
        v = float_as_double(x);
    } else if (real_arg(x, &v) < 0) {
        return NULL;
    }
    return int_from_double(fn(v));
}

static Object *math_floor(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return to_integral("math.floor", args, nargs, kwnames, floor);
}

static Object *math_ceil(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return to_integral("math.ceil", args, nargs, kwnames, ceil);
}

static Object *math_trunc(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("math.trunc", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *x = args[0];
    if (!int_check(x) && !float_check(x)) {
        // CPython calls __trunc__, which only the numeric types define here.
        err_format(&TypeErrorType, "type %s doesn't define __trunc__ method", type_name(x));
        return NULL;
    }
    return to_integral("math.trunc", args, nargs, kwnames, trunc);
}

// ---- logarithms ------------------------------------------------------------------------------

// fn(x) for a logarithm: x must be positive (0 and negatives are domain errors);
// infinities and NaN pass through. 0, or -1 with ValueError set.
static int log_of(Object *o, double (*fn)(double), double *out) {
    double x;
    if (real_arg(o, &x) < 0) {
        return -1;
    }
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = fn(x);
    return 0;
}

static Object *math_log(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("math.log", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        err_set_str(&TypeErrorType, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num, den;
    if (log_of(args[0], log, &num) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return float_from_double(num);
    }
    if (log_of(args[1], log, &den) < 0) {
        return NULL;
    }
    if (den == 0.0) {
        err_set_str(&ZeroDivisionErrorType, "float division by zero");
        return NULL;
    }
    return float_from_double(num / den);
}

static Object *math_log2(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double r;
    if (one_arg("math.log2", nargs, kwnames) < 0 || log_of(args[0], log2, &r) < 0) {
        return NULL;
    }
    return float_from_double(r);
}

static Object *math_log10(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double r;
    if (one_arg("math.log10", nargs, kwnames) < 0 || log_of(args[0], log10, &r) < 0) {
        return NULL;
    }
    return float_from_double(r);
}

// ---- functions of two reals -------------------------------------------------------------

// Read two real arguments for `name`. 0, or -1.
static int two_reals(const char *name, Object *const *args, size_t nargs, Object *kwnames,
                     double *x, double *y) {
    if (n_args(name, nargs, kwnames, 2) < 0 || real_arg(args[0], x) < 0 ||
        real_arg(args[1], y) < 0) {
        return -1;
    }
    return 0;
}

static Object *math_pow(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x, y;
    if (two_reals("pow", args, nargs, kwnames, &x, &y) < 0) {
        return NULL;
    }
    double r = pow(x, y);
    // C99's pow already follows IEEE 754 on NaNs and infinities, as Python wants;
    // only finite arguments can raise.
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            return domain_error();
        }
        if (isinf(r)) {
            return x == 0.0 ? domain_error() : range_error();
        }
    }
    return float_from_double(r);
}

static Object *math_atan2(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double y, x;
    if (two_reals("atan2", args, nargs, kwnames, &y, &x) < 0) {
        return NULL;
    }
    return float_from_double(atan2(y, x));
}

static Object *math_fmod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x, y;
    if (two_reals("fmod", args, nargs, kwnames, &x, &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return float_from_double(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error();
    }
    return float_from_double(r);
}

static Object *math_remainder(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    double x, y;
    if (two_reals("remainder", args, nargs, kwnames, &x, &y) < 0) {
        return NULL;
    }
    if (isnan(x) || isnan(y)) {
        return float_from_double(NAN);
    }
    if (isinf(x) || y == 0.0) {
        return domain_error();
    }
    return float_from_double(remainder(x, y));
}

static Object *math_copysign(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    double x, y;
    if (two_reals("copysign", args, nargs, kwnames, &x, &y) < 0) {
        return NULL;
    }
    return float_from_double(copysign(x, y));
}

static Object *math_nextafter(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    double x, y;
    if (two_reals("nextafter", args, nargs, kwnames, &x, &y) < 0) {
        return NULL;
    }
    return float_from_double(nextafter(x, y));
}

static Object *math_ulp(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x;
    if (one_arg("math.ulp", nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return float_from_double(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return float_from_double(x);
    }
    double next = nextafter(x, INFINITY);
    if (isinf(next)) {
        // The largest double: measure the gap below it instead.
        return float_from_double(x - nextafter(x, -INFINITY));
    }
    return float_from_double(next - x);
}

static Object *math_ldexp(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x;
    if (n_args("ldexp", nargs, kwnames, 2) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    if (!int_check(args[1])) {
        err_set_str(&TypeErrorType, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int64_t e = int_as_i64(args[1]);
    if (x == 0.0 || !isfinite(x)) {
        return float_from_double(x);
    }
    // Beyond these bounds the result is certainly 0 or infinite; clamping keeps the
    // conversion to int well defined.
    if (e > 10000) {
        e = 10000;
    } else if (e < -10000) {
        e = -10000;
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error();
    }
    return float_from_double(r);
}

// A pair (a, b) of new references, stealing both. Ref: new.
static Object *pair_steal(Object *a, Object *b) {
    Object *res = NULL;
    if (a != NULL && b != NULL) {
        res = tuple_pack2(a, b);
    }
    XDECREF(a);
    XDECREF(b);
    return res;
}

static Object *math_frexp(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x;
    if (one_arg("math.frexp", nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    return pair_steal(float_from_double(m), int_from_i64(e));
}

static Object *math_modf(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    double x;
    if (one_arg("math.modf", nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return pair_steal(float_from_double(copysign(0.0, x)), float_from_double(x));
    }
    double ip;
    double fp = modf(x, &ip);
    return pair_steal(float_from_double(fp), float_from_double(ip));
}

// ---- predicates and isclose ---------------------------------------------------------------

static Object *real_predicate(const char *name, Object *const *args, size_t nargs,
                              Object *kwnames, int (*test)(double)) {
    double x;
    if (one_arg(name, nargs, kwnames) < 0 || real_arg(args[0], &x) < 0) {
        return NULL;
    }
    return bool_from(test(x));
}

static int test_isinf(double x) {
    return isinf(x);
}

static int test_isnan(double x) {
    return isnan(x);
}

static int test_isfinite(double x) {
    return isfinite(x);
}

static Object *math_isinf(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return real_predicate("math.isinf", args, nargs, kwnames, test_isinf);
}

static Object *math_isnan(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return real_predicate("math.isnan", args, nargs, kwnames, test_isnan);
}

static Object *math_isfinite(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    return real_predicate("math.isfinite", args, nargs, kwnames, test_isfinite);
}

static Object *math_isclose(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"a", "b", "*rel_tol", "*abs_tol", NULL};
    Object *argv[4];
    if (at_most_args("isclose", nargs, kwnames, 4) < 0) {
        return NULL;
    }
    if (nargs > 2) {
        err_format(&TypeErrorType, "isclose() takes exactly 2 positional arguments "
                   "(%zu given)", nargs);
        return NULL;
    }
    if (args_parse("isclose", args, nargs, kwnames, names, 0, 2, argv) < 0) {
        return NULL;
    }
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (real_arg(argv[0], &a) < 0 || real_arg(argv[1], &b) < 0 ||
        (argv[2] != NULL && real_arg(argv[2], &rel_tol) < 0) ||
        (argv[3] != NULL && real_arg(argv[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        err_set_str(&ValueErrorType, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) {
        RETURN_TRUE;            // equal infinities included
    }
    if (isinf(a) || isinf(b)) {
        RETURN_FALSE;
    }
    double diff = fabs(b - a);
    return bool_from(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
                     diff <= abs_tol);
}

// ---- hypot and dist ----------------------------------------------------------------------------

// The Euclidean norm of `n` values: infinite if any is infinite (even with a NaN),
// else NaN if any is NaN. The values are scaled by a power of two near the largest
// (exactly), their squares summed in double-double arithmetic (each square split
// exactly with fma, each addition an error-free two-sum), and the square root of
// that sum refined by one Newton step, which makes the result correctly rounded in
// all but rare cases, as CPython's vector_norm is.
static double vector_norm(const double *v, size_t n) {
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isinf(a)) {
            return INFINITY;
        }
        if (isnan(a)) {
            nan = true;
        } else if (a > max) {
            max = a;
        }
    }
    if (nan) {
        return NAN;
    }
    if (max == 0.0 || n == 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    double hi = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(fabs(v[i]), -e);   // in [0, 1); exact unless subnormal
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double s = hi + sq;                 // two-sum of hi and sq
        double bb = s - hi;
        double err = (hi - (s - bb)) + (sq - bb);
        hi = s;
        lo += err + sq_err;
    }
    double total = hi + lo;
    lo -= total - hi;
    hi = total;
    double h = sqrt(hi);
    // One Newton step on the double-double: h += (hi + lo - h*h) / (2h).
    double r = fma(-h, h, hi) + lo;
    h += r / (2.0 * h);
    return ldexp(h, e);
}

static Object *math_hypot(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("hypot", kwnames) < 0) {
        return NULL;
    }
    double small[8];
    double *v = nargs <= 8 ? small : heap_alloc(nargs * sizeof(double));
    if (v == NULL) {
        return err_no_memory();
    }
    Object *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (real_arg(args[i], &v[i]) < 0) {
            goto done;
        }
    }
    res = float_from_double(vector_norm(v, nargs));
done:
    if (v != small) {
        heap_free(v);
    }
    return res;
}

static Object *math_dist(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (n_args("dist", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    Object *p = NULL, *q = NULL, *res = NULL;
    double *v = NULL;
    if ((p = obj_to_tuple(args[0])) == NULL || (q = obj_to_tuple(args[1])) == NULL) {
        goto done;
    }
    ssize_t n = tuple_size(p);
    if (tuple_size(q) != n) {
        err_set_str(&ValueErrorType, "both points must have the same number of dimensions");
        goto done;
    }
    v = heap_alloc((size_t)(n > 0 ? n : 1) * sizeof(double));
    if (v == NULL) {
        err_no_memory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        double a, b;
        if (real_arg(tuple_item_borrow(p, i), &a) < 0 ||
            real_arg(tuple_item_borrow(q, i), &b) < 0) {
            goto done;
        }
        v[i] = a - b;
    }
    res = float_from_double(vector_norm(v, (size_t)n));
done:
    heap_free(v);
    XDECREF(p);
    XDECREF(q);
    return res;
}

// ---- sums and products -------------------------------------------------------------------

// fsum: Shewchuk's exact summation. `partials` holds non-overlapping doubles whose
// exact sum is the exact sum so far, smallest magnitude first; each new value is
// added into them with error-free two-sums. Infinities and NaNs are summed apart.
static Object *math_fsum(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("math.fsum", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *it = obj_get_iter(args[0]);
    if (it == NULL) {
        return NULL;
    }
    double small[32];
    double *p = small;
    size_t n = 0, cap = 32;
    double special = 0.0, inf_sum = 0.0;
    Object *res = NULL, *item;
    while ((item = obj_iter_next(it)) != NULL) {
        double x;
        int r = real_arg(item, &x);
        DECREF(item);
        if (r < 0) {
            goto done;
        }
        if (!isfinite(x)) {
            if (isinf(x)) {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            double y = p[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[k++] = lo;
            }
            x = hi;
        }
        n = k;
        if (x == 0.0) {
            continue;
        }
        if (!isfinite(x)) {
            // Every summand so far was finite: the partial sums overflowed.
            err_set_str(&OverflowErrorType, "intermediate overflow in fsum");
            goto done;
        }
        if (n == cap) {
            size_t ncap = cap * 2;
            double *np = heap_alloc(ncap * sizeof(double));
            if (np == NULL) {
                err_no_memory();
                goto done;
            }
            for (size_t i = 0; i < n; i++) {
                np[i] = p[i];
            }
            if (p != small) {
                heap_free(p);
            }
            p = np;
            cap = ncap;
        }
        p[n++] = x;
    }
    if (err_occurred()) {
        goto done;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            err_set_str(&ValueErrorType, "-inf + inf in fsum");
        } else {
            res = float_from_double(special);
        }
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        // Add the partials from the largest down until the sum becomes inexact.
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Round half to even correctly: when the rest of the partials push the
        // discarded `lo` past a tie, move `hi` one step in their direction.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    res = float_from_double(hi);
done:
    if (p != small) {
        heap_free(p);
    }
    DECREF(it);
    return res;
}

static Object *math_prod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"iterable", "*start", NULL};
    Object *argv[2];
    if (at_most_args("prod", nargs, kwnames, 2) < 0) {
        return NULL;
    }
    if (nargs != 1) {
        err_format(&TypeErrorType, "prod() takes exactly 1 positional argument (%zu given)",
                   nargs);
        return NULL;
    }
    if (args_parse("prod", args, nargs, kwnames, names, 1, 1, argv) < 0) {
        return NULL;
    }
    Object *it = obj_get_iter(argv[0]);
    if (it == NULL) {
        return NULL;
    }
    Object *acc = argv[1] != NULL ? NEWREF(argv[1]) : int_from_i64(1);
    Object *item;
    while (acc != NULL && (item = obj_iter_next(it)) != NULL) {
        SETREF(acc, obj_binary_op(acc, item, NB_MUL));
        DECREF(item);
    }
    if (acc != NULL && err_occurred()) {
        CLEAR(acc);
    }
    DECREF(it);
    return acc;
}

// ---- integer functions ---------------------------------------------------------------------

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t magnitude(int64_t v) {
    return v < 0 ? -(uint64_t)v : (uint64_t)v;
}

static Object *int_from_u64(uint64_t v) {
    if (v > INT64_MAX) {
        return int_too_large();
    }
    return int_from_i64((int64_t)v);
}

static Object *math_gcd(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("gcd", kwnames) < 0) {
        return NULL;
    }
    uint64_t g = 0;
    for (size_t i = 0; i < nargs; i++) {
        int64_t v;
        if (int_arg(args[i], &v) < 0) {
            return NULL;
        }
        g = gcd_u64(g, magnitude(v));
    }
    return int_from_u64(g);
}

static Object *math_lcm(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("lcm", kwnames) < 0) {
        return NULL;
    }
    uint64_t l = 1;
    bool zero = false, overflow = false;
    for (size_t i = 0; i < nargs; i++) {
        int64_t v;
        if (int_arg(args[i], &v) < 0) {
            return NULL;
        }
        uint64_t m = magnitude(v);
        if (m == 0) {
            zero = true;
        }
        if (zero || overflow) {
            continue;           // still type-check the remaining arguments
        }
        if (__builtin_mul_overflow(l / gcd_u64(l, m), m, &l)) {
            overflow = true;
        }
    }
    if (zero) {
        return int_from_i64(0);
    }
    if (overflow) {
        return int_too_large();
    }
    return int_from_u64(l);
}

static Object *math_factorial(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    int64_t n;
    if (one_arg("math.factorial", nargs, kwnames) < 0 || int_arg(args[0], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        err_set_str(&ValueErrorType, "factorial() not defined for negative values");
        return NULL;
    }
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++) {
        if (__builtin_mul_overflow(r, i, &r)) {
            return int_too_large();
        }
    }
    return int_from_i64(r);
}

static Object *math_isqrt(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t n;
    if (one_arg("math.isqrt", nargs, kwnames) < 0 || int_arg(args[0], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        err_set_str(&ValueErrorType, "isqrt() argument must be nonnegative");
        return NULL;
    }
    // The double square root is within one of the answer; correct it exactly.
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (unsigned __int128)r * r > (unsigned __int128)n) {
        r--;
    }
    while ((unsigned __int128)(r + 1) * (r + 1) <= (unsigned __int128)n) {
        r++;
    }
    return int_from_i64((int64_t)r);
}

// Read n and k for comb/perm, both non-negative. 0, or -1.
static int n_and_k(Object *on, Object *ok, int64_t *n, int64_t *k) {
    if (int_arg(on, n) < 0 || int_arg(ok, k) < 0) {
        return -1;
    }
    if (*n < 0) {
        err_set_str(&ValueErrorType, "n must be a non-negative integer");
        return -1;
    }
    if (*k < 0) {
        err_set_str(&ValueErrorType, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Object *math_comb(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t n, k;
    if (n_args("comb", nargs, kwnames, 2) < 0 || n_and_k(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    if (k > n) {
        return int_from_i64(0);
    }
    if (k > n - k) {
        k = n - k;
    }
    // c = C(n, i) after step i; it grows with i up to k <= n/2, so an intermediate
    // overflow means the answer overflows too. Each division is exact.
    unsigned __int128 c = 1;
    for (int64_t i = 0; i < k; i++) {
        c = c * (unsigned __int128)(n - i) / (unsigned __int128)(i + 1);
        if (c > INT64_MAX) {
            return int_too_large();
        }
    }
    return int_from_i64((int64_t)c);
}

static Object *math_perm(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("perm", kwnames) < 0 || args_count("perm", nargs, 1, 2) < 0) {
        return NULL;
    }
    int64_t n, k;
    if (nargs == 1 || args[1] == None) {
        if (int_arg(args[0], &n) < 0) {
            return NULL;
        }
        if (n < 0) {
            err_set_str(&ValueErrorType, "n must be a non-negative integer");
            return NULL;
        }
        k = n;
    } else if (n_and_k(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    if (k > n) {
        return int_from_i64(0);
    }
    int64_t r = 1;
    for (int64_t i = 0; i < k; i++) {
        if (__builtin_mul_overflow(r, n - i, &r)) {
            return int_too_large();
        }
    }
    return int_from_i64(r);
}

// ---- the module -----------------------------------------------------------------------------

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0},
    {"acosh", math_acosh, 0},
    {"asin", math_asin, 0},
    {"asinh", math_asinh, 0},
    {"atan", math_atan, 0},
    {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0},
    {"cbrt", math_cbrt, 0},
    {"ceil", math_ceil, 0},
    {"comb", math_comb, 0},
    {"copysign", math_copysign, 0},
    {"cos", math_cos, 0},
    {"cosh", math_cosh, 0},
    {"degrees", math_degrees, 0},
    {"dist", math_dist, 0},
    {"erf", math_erf, 0},
    {"erfc", math_erfc, 0},
    {"exp", math_exp, 0},
    {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0},
    {"fabs", math_fabs, 0},
    {"factorial", math_factorial, 0},
    {"floor", math_floor, 0},
    {"fmod", math_fmod, 0},
    {"frexp", math_frexp, 0},
    {"fsum", math_fsum, 0},
    {"gamma", math_gamma, 0},
    {"gcd", math_gcd, 0},
    {"hypot", math_hypot, 0},
    {"isclose", math_isclose, 0},
    {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0},
    {"isnan", math_isnan, 0},
    {"isqrt", math_isqrt, 0},
    {"lcm", math_lcm, 0},
    {"ldexp", math_ldexp, 0},
    {"lgamma", math_lgamma, 0},
    {"log", math_log, 0},
    {"log10", math_log10, 0},
    {"log1p", math_log1p, 0},
    {"log2", math_log2, 0},
    {"modf", math_modf, 0},
    {"nextafter", math_nextafter, 0},
    {"perm", math_perm, 0},
    {"pow", math_pow, 0},
    {"prod", math_prod, 0},
    {"radians", math_radians, 0},
    {"remainder", math_remainder, 0},
    {"sin", math_sin, 0},
    {"sinh", math_sinh, 0},
    {"sqrt", math_sqrt, 0},
    {"tan", math_tan, 0},
    {"tanh", math_tanh, 0},
    {"trunc", math_trunc, 0},
    {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

// Store the float `v` as `name` in `dict`. 0, or -1.
static int add_float(Object *dict, const char *name, double v) {
    Object *f = float_from_double(v);
    if (f == NULL) {
        return -1;
    }
    int r = dict_set_cstr(dict, name, f);
    DECREF(f);
    return r;
}

Object *math_module_new(void) {
    Object *m = module_new("math");
    if (m == NULL) {
        return NULL;
    }
    Object *d = module_dict_borrow(m);
    if (module_add_functions(m, math_functions) < 0 || add_float(d, "pi", M_PI) < 0 ||
        add_float(d, "e", M_E) < 0 || add_float(d, "tau", 2.0 * M_PI) < 0 ||
        add_float(d, "inf", INFINITY) < 0 || add_float(d, "nan", NAN) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
