// runtime/format.c — the format mini-language (`format(x, spec)`, f-strings,
// `str.format`, `str.format_map`) and printf-style `%` formatting of str.
//
// Three layers, as in CPython's Python/formatter_unicode.c and Objects/unicodeobject.c:
// `parse_spec` reads "[[fill]align][sign][z][#][0][width][grouping][.precision][type]";
// `format_str`, `format_int` and `format_float` render one value under a parsed spec,
// numbers through `emit_number` (sign, prefix, digits with their separators, the rest,
// then padding); `format_str_method` and `format_percent` walk a template and call
// those. Ints are int64 for now (runtime/int.h). Floats use C's printf for the e, f and
// g presentations (glibc rounds exactly, as CPython's dtoa does) and `float_repr_buf`
// for the shortest repr; the None presentation with a precision is laid out here,
// because it differs from C's %g (it keeps a digit after the point).
#include "runtime/format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/runtime.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- the parsed spec ---------------------------------------------------------------------

typedef struct Spec {
    uint32_t fill;          // the fill character, ' ' unless given
    char align;             // '<' '>' '^' '=', or 0 for the type's default
    char sign;              // '+' '-' ' ', or 0
    bool no_neg_zero;       // 'z': -0.0 shows as 0.0
    bool alt;               // '#'
    ssize_t width;          // -1 when absent
    char grouping;          // ',' or '_' (or 0); '_' in b/o/x/X groups by four
    ssize_t precision;      // -1 when absent
    uint32_t type;          // presentation type, 0 when absent
} Spec;

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Read a run of decimal digits at `*i`; -1 when there are none. -2 with ValueError set
// when it does not fit.
static ssize_t read_number(const char *s, ssize_t n, ssize_t *i) {
    ssize_t v = -1;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        int d = s[*i] - '0';
        if (v < 0) {
            v = 0;
        }
        if (v > (PTRDIFF_MAX - d) / 10) {
            err_set_str(&ValueErrorType, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
        (*i)++;
    }
    return v;
}

// The error for a presentation type a value does not support.
static void unknown_code(uint32_t type, Object *value) {
    if (type > 32 && type < 128) {
        err_format(&ValueErrorType, "Unknown format code '%c' for object of type '%s'",
                   (int)type, type_name(value));
    } else {
        err_format(&ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'",
                   (unsigned)type, type_name(value));
    }
}

// Parse `spec` for `value`; `default_align` is '<' for str and '>' for numbers, and
// `default_type` replaces an absent type ('s' for str, 'd' for int, 0 for float).
static int parse_spec(Object *spec, Object *value, char default_align, uint32_t default_type,
                      Spec *out) {
    const char *s = str_data(spec);
    ssize_t n = str_size(spec);
    ssize_t i = 0;
    bool fill_given = false, align_given = false;
    out->fill = ' ';
    out->align = default_align;
    out->sign = 0;
    out->no_neg_zero = false;
    out->alt = false;
    out->width = -1;
    out->grouping = 0;
    out->precision = -1;
    out->type = default_type;

    if (n > 0) {
        ssize_t p1 = 0;
        uint32_t c0 = str_decode_next(s, n, &p1);
        ssize_t p2 = p1;
        uint32_t c1 = p1 < n ? str_decode_next(s, n, &p2) : 0;
        if (p1 < n && is_align(c1)) {
            out->fill = c0;
            out->align = (char)c1;
            fill_given = align_given = true;
            i = p2;
        } else if (is_align(c0)) {
            out->align = (char)c0;
            align_given = true;
            i = p1;
        }
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
        out->sign = s[i++];
    }
    if (i < n && s[i] == 'z') {
        out->no_neg_zero = true;
        i++;
    }
    if (i < n && s[i] == '#') {
        out->alt = true;
        i++;
    }
    if (!fill_given && i < n && s[i] == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>') {
            out->align = '=';
        }
        i++;
    }
    out->width = read_number(s, n, &i);
    if (out->width == -2) {
        return -1;
    }
    if (i < n && (s[i] == ',' || s[i] == '_')) {
        out->grouping = s[i++];
        if (i < n && (s[i] == ',' || s[i] == '_')) {
            err_set_str(&ValueErrorType, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        out->precision = read_number(s, n, &i);
        if (out->precision == -2) {
            return -1;
        }
        if (out->precision == -1) {
            err_set_str(&ValueErrorType, "Format specifier missing precision");
            return -1;
        }
    }
    if (i < n) {
        ssize_t j = i;
        uint32_t t = str_decode_next(s, n, &j);
        if (j < n) {
            err_format(&ValueErrorType, "Invalid format specifier '%U' for object of type '%s'",
                       spec, type_name(value));
            return -1;
        }
        out->type = t;
    }
    if (out->grouping) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') {
                break;
            }
            // fall through
        default:
            if (out->type > 32 && out->type < 128) {
                err_format(&ValueErrorType, "Cannot specify '%c' with '%c'.", out->grouping,
                           (int)out->type);
            } else {
                err_format(&ValueErrorType, "Cannot specify '%c' with '\\x%x'.", out->grouping,
                           (unsigned)out->type);
            }
            return -1;
        }
    }
    return 0;
}

// ---- rendering ---------------------------------------------------------------------------

// Append `body` (`len` code points) padded to the spec's width with its fill and
// alignment; `align` is the alignment to use ('=' is treated as '>' here).
static int emit_padded(StrBuilder *b, const Spec *sp, char align, const char *body,
                       size_t nbytes, ssize_t len) {
    ssize_t pad = sp->width > len ? sp->width - len : 0;
    ssize_t left = 0, right = 0;
    if (align == '<') {
        right = pad;
    } else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else {
        left = pad;
    }
    if (str_builder_fill(b, sp->fill, left) < 0 || str_builder_append(b, body, nbytes) < 0 ||
        str_builder_fill(b, sp->fill, right) < 0) {
        return -1;
    }
    return 0;
}

// Append `digits` (ASCII) with a separator every `every` digits from the right, padding
// with leading zeros until at least `min_width` characters are written (CPython's way
// of zero-padding a grouped number: "0,001,234").
static int group_digits(StrBuilder *g, const char *digits, ssize_t n, char sep, int every,
                        ssize_t min_width) {
    // Written backwards into a scratch buffer, then reversed.
    ssize_t cap = n + n / (every > 0 ? every : 1) + (min_width > 0 ? min_width : 0) + 2;
    char *tmp = heap_alloc((size_t)cap);
    if (tmp == NULL) {
        err_no_memory();
        return -1;
    }
    ssize_t len = 0, count = 0, i = n;
    while (i > 0 || len < min_width) {
        if (sep != 0 && count == every) {
            tmp[len++] = sep;
            count = 0;
        }
        tmp[len++] = i > 0 ? digits[--i] : '0';
        count++;
    }
    for (ssize_t k = 0; k < len / 2; k++) {
        char t = tmp[k];
        tmp[k] = tmp[len - 1 - k];
        tmp[len - 1 - k] = t;
    }
    int rc = str_builder_append(g, tmp, (size_t)len);
    heap_free(tmp);
    return rc;
}

// Append a number: sign, `prefix` (0x...), the integer digits `digits` grouped as the spec
// asks, then `rest` (fraction, exponent, '%'), all padded to the width. Numbers align
// right by default; '=' puts the padding after the sign and prefix.
static int emit_number(StrBuilder *b, const Spec *sp, bool negative, const char *prefix,
                       const char *digits, ssize_t ndigits, const char *rest, ssize_t nrest,
                       int every) {
    char signbuf[1];
    ssize_t nsign = 0;
    if (negative) {
        signbuf[nsign++] = '-';
    } else if (sp->sign == '+' || sp->sign == ' ') {
        signbuf[nsign++] = sp->sign;
    }
    ssize_t nprefix = (ssize_t)strlen(prefix);
    StrBuilder g;
    str_builder_init(&g);
    ssize_t min_width = 0;
    if (sp->grouping && sp->align == '=' && sp->fill == '0' && sp->width > 0 && ndigits > 0) {
        min_width = sp->width - nsign - nprefix - nrest;
    }
    char sep = sp->grouping;
    if (group_digits(&g, digits, ndigits, sep, every, min_width) < 0) {
        str_builder_discard(&g);
        return -1;
    }
    ssize_t len = nsign + nprefix + (ssize_t)g.len + nrest;
    ssize_t pad = sp->width > len ? sp->width - len : 0;
    ssize_t left = 0, mid = 0, right = 0;
    switch (sp->align) {
    case '<':
        right = pad;
        break;
    case '^':
        left = pad / 2;
        right = pad - left;
        break;
    case '=':
        mid = pad;
        break;
    default:
        left = pad;
        break;
    }
    int rc = -1;
    if (str_builder_fill(b, sp->fill, left) < 0 ||
        str_builder_append(b, signbuf, (size_t)nsign) < 0 ||
        str_builder_append(b, prefix, (size_t)nprefix) < 0 ||
        str_builder_fill(b, sp->fill, mid) < 0 ||
        str_builder_append(b, g.buf != NULL ? g.buf : "", g.len) < 0 ||
        str_builder_append(b, rest, (size_t)nrest) < 0 ||
        str_builder_fill(b, sp->fill, right) < 0) {
        goto done;
    }
    rc = 0;
done:
    str_builder_discard(&g);
    return rc;
}

// ---- str ----------------------------------------------------------------------------------

static int format_str(StrBuilder *b, Object *value, const Spec *sp) {
    if (sp->type != 's') {
        unknown_code(sp->type, value);
        return -1;
    }
    if (sp->sign != 0) {
        err_set_str(&ValueErrorType, sp->sign == ' ' ?
                    "Space not allowed in string format specifier" :
                    "Sign not allowed in string format specifier");
        return -1;
    }
    if (sp->no_neg_zero) {
        err_set_str(&ValueErrorType,
                    "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (sp->alt) {
        err_set_str(&ValueErrorType, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (sp->align == '=') {
        err_set_str(&ValueErrorType, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    const char *data = str_data(value);
    ssize_t len = str_length(value);
    ssize_t nbytes = str_size(value);
    if (sp->precision >= 0 && sp->precision < len) {
        // Keep the first `precision` code points.
        ssize_t pos = 0;
        for (ssize_t k = 0; k < sp->precision; k++) {
            str_decode_next(data, nbytes, &pos);
        }
        nbytes = pos;
        len = sp->precision;
    }
    return emit_padded(b, sp, sp->align, data, (size_t)nbytes, len);
}

// ---- int ------------------------------------------------------------------------------------

// The digits of `mag` in `base` (2, 8, 10, 16), upper-case hex when `upper`, into `buf`
// (at least 65 bytes); returns the count.
static int utoa_base(uint64_t mag, int base, bool upper, char *buf) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[64];
    int n = 0;
    do {
        tmp[n++] = dig[mag % (uint64_t)base];
        mag /= (uint64_t)base;
    } while (mag != 0);
    for (int k = 0; k < n; k++) {
        buf[k] = tmp[n - 1 - k];
    }
    buf[n] = '\0';
    return n;
}

static int format_float_value(StrBuilder *b, double x, Object *value, const Spec *sp);

static int format_int(StrBuilder *b, Object *value, const Spec *sp) {
    uint32_t t = sp->type;
    if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
        return format_float_value(b, int_as_double(value), value, sp);
    }
    if (t != 'b' && t != 'c' && t != 'd' && t != 'o' && t != 'x' && t != 'X' && t != 'n') {
        unknown_code(t, value);
        return -1;
    }
    if (sp->precision >= 0) {
        err_set_str(&ValueErrorType, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (sp->no_neg_zero) {
        err_set_str(&ValueErrorType,
                    "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    int64_t v = int_as_i64(value);
    if (t == 'c') {
        if (sp->sign != 0) {
            err_set_str(&ValueErrorType, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (sp->alt) {
            err_set_str(&ValueErrorType,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        if (v < 0 || v > 0x10FFFF) {
            err_set_str(&OverflowErrorType, "%c arg not in range(0x110000)");
            return -1;
        }
        StrBuilder c;
        str_builder_init(&c);
        if (str_builder_append_codepoint(&c, (uint32_t)v) < 0) {
            return -1;
        }
        int rc = emit_padded(b, sp, sp->align == '=' ? '>' : sp->align, c.buf, c.len, 1);
        str_builder_discard(&c);
        return rc;
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    const char *prefix = "";
    if (sp->alt) {
        prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    }
    bool negative = v < 0;
    uint64_t mag = negative ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char digits[80];
    int n = utoa_base(mag, base, t == 'X', digits);
    return emit_number(b, sp, negative, prefix, digits, n, "", 0, base == 10 ? 3 : 4);
}

// ---- float -----------------------------------------------------------------------------

// printf `x` with a C conversion built from `conv` ('e', 'f', 'g' or upper case),
// `precision` and the alternate flag into a new heap string. NULL with MemoryError set.
static char *cprintf_double(double x, char conv, int precision, bool alt) {
    if (alt && (conv == 'g' || conv == 'G')) {
        // glibc's "%#g" loses the zeros when rounding carries into a new digit (999999.5
        // gives "1.e+06", not "1.00000e+06"), so choose the layout here from the exponent
        // of the rounded value, as %g would, and let %#e or %#f write it.
        int p = precision == 0 ? 1 : precision;
        char *e = cprintf_double(x, 'e', p - 1, false);
        if (e == NULL) {
            return NULL;
        }
        const char *ep = strchr(e, 'e');
        int exp10 = ep != NULL ? atoi(ep + 1) : 0;
        heap_free(e);
        bool upper = conv == 'G';
        if (exp10 >= -4 && exp10 < p) {
            return cprintf_double(x, upper ? 'F' : 'f', p - 1 - exp10, true);
        }
        return cprintf_double(x, upper ? 'E' : 'e', p - 1, true);
    }
    char fmt[8];
    char small[64];
    fmt[0] = '%';
    size_t k = 1;
    if (alt) {
        fmt[k++] = '#';
    }
    fmt[k++] = '.';
    fmt[k++] = '*';
    fmt[k++] = conv;
    fmt[k] = '\0';
    // One printf when the text fits the small buffer (nearly always), two otherwise.
    int n = snprintf(small, sizeof(small), fmt, precision, x);
    char *buf = heap_alloc((size_t)n + 1);
    if (buf == NULL) {
        err_no_memory();
        return NULL;
    }
    if ((size_t)n < sizeof(small)) {
        memcpy(buf, small, (size_t)n + 1);
    } else {
        snprintf(buf, (size_t)n + 1, fmt, precision, x);
    }
    return buf;
}

// The None presentation with a precision for finite `ax` >= 0: like %g with `precision`
// significant digits, except that it switches to exponent notation one digit earlier
// and a fixed-point result always has a digit after the point ("1.0", "1e+02" for 100
// at precision 3), as CPython's Py_DTSF_ADD_DOT_0. NULL with MemoryError set.
static char *general_add_dot0(double ax, int precision, bool alt) {
    int p = precision == 0 ? 1 : precision;
    char *e = cprintf_double(ax, 'e', p - 1, false);
    if (e == NULL) {
        return NULL;
    }
    // "d.ddde+XX": collect the digits and the exponent.
    char *digits = heap_alloc((size_t)p + 2);
    if (digits == NULL) {
        heap_free(e);
        err_no_memory();
        return NULL;
    }
    int nd = 0;
    const char *q = e;
    for (; *q != 'e'; q++) {
        if (*q != '.') {
            digits[nd++] = *q;
        }
    }
    int decpt = atoi(q + 1) + 1;
    heap_free(e);
    if (!alt) {
        while (nd > 1 && digits[nd - 1] == '0') {
            nd--;
        }
    }
    bool use_exp = decpt <= -4 || decpt > p - 1;
    // Room for the digits, the zeros a fixed layout adds, the point, ".0" and an exponent.
    size_t cap = (size_t)nd + (size_t)abs(decpt) + 16;
    char *out = heap_alloc(cap);
    if (out == NULL) {
        heap_free(digits);
        err_no_memory();
        return NULL;
    }
    size_t k = 0;
    if (use_exp) {
        out[k++] = digits[0];
        if (nd > 1 || alt) {
            out[k++] = '.';
        }
        for (int i = 1; i < nd; i++) {
            out[k++] = digits[i];
        }
        int x = decpt - 1;
        k += (size_t)snprintf(out + k, cap - k, "e%c%02d", x < 0 ? '-' : '+', abs(x));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) {
            out[k++] = '0';
        }
        for (int i = 0; i < nd; i++) {
            out[k++] = digits[i];
        }
    } else {
        for (int i = 0; i < decpt; i++) {
            out[k++] = i < nd ? digits[i] : '0';
        }
        out[k++] = '.';
        if (nd > decpt) {
            for (int i = decpt; i < nd; i++) {
                out[k++] = digits[i];
            }
        } else {
            out[k++] = '0';
        }
    }
    out[k] = '\0';
    heap_free(digits);
    return out;
}

// `x` under `sp` (its type one of the float presentations, or an int's e/f/g/% request).
static int format_float_value(StrBuilder *b, double x, Object *value, const Spec *sp) {
    uint32_t t = sp->type;
    if (t != 0 && t != 'e' && t != 'E' && t != 'f' && t != 'F' && t != 'g' && t != 'G' &&
        t != 'n' && t != '%') {
        unknown_code(t, value);
        return -1;
    }
    bool negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    bool upper = t == 'E' || t == 'F' || t == 'G';
    bool percent = t == '%';
    char *body = NULL;
    char small[40];
    const char *text;
    if (!isfinite(ax)) {
        text = isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (percent) {
            snprintf(small, sizeof(small), "%s%%", text);
            text = small;
        }
    } else if (t == 0 && sp->precision < 0) {
        // The shortest repr, with a point added for '#' ("1.e+16").
        char r[40];
        size_t n = float_repr_buf(ax, r);
        char *e = strchr(r, 'e');
        if (sp->alt && strchr(r, '.') == NULL) {
            size_t at = e != NULL ? (size_t)(e - r) : n;
            memmove(r + at + 1, r + at, n - at + 1);
            r[at] = '.';
        }
        memcpy(small, r, sizeof(small));
        text = small;
    } else {
        int prec = sp->precision < 0 ? 6 : (int)(sp->precision > 100000 ? 100000 : sp->precision);
        if (t == 0) {
            body = general_add_dot0(ax, prec, sp->alt);
        } else if (percent) {
            body = cprintf_double(ax * 100.0, 'f', prec, sp->alt);
        } else {
            char conv = t == 'n' ? 'g' : (char)t;
            body = cprintf_double(ax, conv, prec, sp->alt);
        }
        if (body == NULL) {
            return -1;
        }
        if (percent) {
            size_t n = strlen(body);
            char *grown = heap_realloc(body, n + 2);
            if (grown == NULL) {
                heap_free(body);
                err_no_memory();
                return -1;
            }
            body = grown;
            body[n] = '%';
            body[n + 1] = '\0';
        }
        text = body;
    }
    if (negative && sp->no_neg_zero) {
        // -0.0, or a negative number that rounded to zero, loses its sign under 'z'.
        bool zero = true;
        for (const char *q = text; *q != '\0' && *q != 'e' && *q != 'E'; q++) {
            if (*q >= '1' && *q <= '9') {
                zero = false;
                break;
            }
        }
        if (zero && isfinite(ax)) {
            negative = false;
        }
    }
    // Integer digits first, then the rest ('.', the fraction, the exponent, '%').
    ssize_t nint = 0;
    if (isfinite(ax)) {
        while (text[nint] >= '0' && text[nint] <= '9') {
            nint++;
        }
    }
    int rc = emit_number(b, sp, negative, "", text, nint, text + nint,
                         (ssize_t)strlen(text + nint), 3);
    heap_free(body);
    return rc;
}

// ---- format_object -----------------------------------------------------------------------

// A class's own `__format__`, when it has one: `*found` tells. Ref: new.
static Object *user_format(Object *value, Object *spec, bool *found) {
    *found = false;
    if (!(TYPE(value)->flags & TP_HEAPTYPE)) {
        return NULL;
    }
    Object *name = str_intern_cstr("__format__");
    if (name == NULL) {
        *found = true;
        return NULL;
    }
    Object *arg = spec != NULL ? spec : rt->empty_str;
    Object *r = obj_call_special(value, name, &arg, 1, found);
    DECREF(name);
    if (r != NULL && !str_check(r)) {
        err_format(&TypeErrorType, "__format__ must return a str, not %s", type_name(r));
        CLEAR(r);
    }
    return r;
}

Object *format_object(Object *value, Object *spec) {
    bool found;
    Object *r = user_format(value, spec, &found);
    if (found) {
        return r;
    }
    if (spec == NULL) {
        return obj_str(value);
    }
    if (!str_check(spec)) {
        err_format(&TypeErrorType, "format() argument 2 must be str, not %s",
                   spec == None ? "None" : type_name(spec));
        return NULL;
    }
    if (str_size(spec) == 0) {
        return obj_str(value);
    }
    Spec sp;
    StrBuilder b;
    str_builder_init(&b);
    int rc;
    if (str_check(value)) {
        rc = parse_spec(spec, value, '<', 's', &sp);
        if (rc == 0) {
            rc = format_str(&b, value, &sp);
        }
    } else if (int_check(value)) {
        rc = parse_spec(spec, value, '>', 'd', &sp);
        if (rc == 0) {
            rc = format_int(&b, value, &sp);
        }
    } else if (float_check(value)) {
        rc = parse_spec(spec, value, '>', 0, &sp);
        if (rc == 0) {
            rc = format_float_value(&b, float_as_double(value), value, &sp);
        }
    } else {
        err_format(&TypeErrorType, "unsupported format string passed to %s.__format__",
                   type_name(value));
        rc = -1;
    }
    if (rc < 0) {
        str_builder_discard(&b);
        return NULL;
    }
    return str_builder_finish(&b);
}

// ---- str.format ------------------------------------------------------------------------------

typedef struct FormatArgs {
    Object *const *args;    // positional arguments, then keyword values
    size_t nargs;
    Object *kwnames;        // tuple of str, or NULL
    Object *mapping;        // format_map's mapping, or NULL
    int numbering;          // 0 not yet known, 1 automatic, 2 manual
    ssize_t next_auto;      // the next automatic field number
} FormatArgs;

static bool all_digits(const char *s, ssize_t n) {
    if (n == 0) {
        return false;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

// The decimal value of `n` digits; -1 with ValueError when too large.
static ssize_t digits_value(const char *s, ssize_t n) {
    ssize_t i = 0;
    ssize_t v = read_number(s, n, &i);
    return v < 0 ? -1 : v;
}

// The argument a field's first part names: "" (automatic), a number, or a keyword.
// Ref: new.
static Object *lookup_arg(FormatArgs *fa, const char *name, ssize_t n) {
    ssize_t index = -1;
    if (n == 0) {
        if (fa->numbering == 2) {
            err_set_str(&ValueErrorType, "cannot switch from manual field specification to "
                                         "automatic field numbering");
            return NULL;
        }
        fa->numbering = 1;
        index = fa->next_auto++;
    } else if (all_digits(name, n)) {
        if (fa->numbering == 1) {
            err_set_str(&ValueErrorType, "cannot switch from automatic field numbering to "
                                         "manual field specification");
            return NULL;
        }
        fa->numbering = 2;
        index = digits_value(name, n);
        if (index < 0) {
            return NULL;
        }
    }
    if (index >= 0) {
        if (fa->mapping != NULL) {
            err_set_str(&ValueErrorType, "Format string contains positional fields");
            return NULL;
        }
        if ((size_t)index >= fa->nargs) {
            err_format(&IndexErrorType,
                       "Replacement index %zd out of range for positional args tuple", index);
            return NULL;
        }
        return NEWREF(fa->args[index]);
    }
    Object *key = str_from_utf8(name, (size_t)n);
    if (key == NULL) {
        return NULL;
    }
    Object *res = NULL;
    if (fa->mapping != NULL) {
        res = obj_getitem(fa->mapping, key);
    } else {
        ssize_t nkw = fa->kwnames != NULL ? tuple_size(fa->kwnames) : 0;
        for (ssize_t k = 0; k < nkw; k++) {
            if (str_eq(tuple_item_borrow(fa->kwnames, k), key)) {
                res = NEWREF(fa->args[fa->nargs + (size_t)k]);
                break;
            }
        }
        if (res == NULL) {
            err_set_object(&KeyErrorType, key);
        }
    }
    DECREF(key);
    return res;
}

// The object a field name ("0", "name.attr", "0[1][key]") designates. Ref: new.
static Object *field_object(FormatArgs *fa, const char *s, ssize_t n) {
    ssize_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') {
        i++;
    }
    Object *obj = lookup_arg(fa, s, i);
    while (obj != NULL && i < n) {
        Object *next = NULL;
        if (s[i] == '.') {
            ssize_t start = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') {
                i++;
            }
            if (i == start) {
                err_set_str(&ValueErrorType, "Empty attribute in format string");
                goto fail;
            }
            Object *name = str_from_utf8(s + start, (size_t)(i - start));
            if (name == NULL) {
                goto fail;
            }
            next = obj_getattr(obj, name);
            DECREF(name);
        } else if (s[i] == '[') {
            ssize_t start = ++i;
            while (i < n && s[i] != ']') {
                i++;
            }
            if (i >= n) {
                err_set_str(&ValueErrorType, "Missing ']' in format string");
                goto fail;
            }
            if (i == start) {
                err_set_str(&ValueErrorType, "Empty attribute in format string");
                goto fail;
            }
            Object *key;
            if (all_digits(s + start, i - start)) {
                ssize_t v = digits_value(s + start, i - start);
                key = v < 0 ? NULL : int_from_i64(v);
            } else {
                key = str_from_utf8(s + start, (size_t)(i - start));
            }
            i++;
            if (key == NULL) {
                goto fail;
            }
            next = obj_getitem(obj, key);
            DECREF(key);
            if (next != NULL && i < n && s[i] != '.' && s[i] != '[') {
                DECREF(next);
                err_set_str(&ValueErrorType,
                            "Only '.' or '[' may follow ']' in format field specifier");
                goto fail;
            }
        } else {
            err_set_str(&ValueErrorType,
                        "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        DECREF(obj);
        obj = next;
    }
    return obj;
fail:
    DECREF(obj);
    return NULL;
}

static int render_template(FormatArgs *fa, const char *s, ssize_t n, int depth,
                           StrBuilder *out);

// One replacement field whose text starts at `s[*i]` (after its '{'); `*i` ends after the
// closing '}'.
static int render_field(FormatArgs *fa, const char *s, ssize_t n, ssize_t *i, int depth,
                        StrBuilder *out) {
    ssize_t j = *i;
    ssize_t name_start = j;
    char c = 0;
    while (j < n) {
        c = s[j];
        if (c == '[') {
            while (j < n && s[j] != ']') {
                j++;
            }
            continue;
        }
        if (c == '{') {
            err_set_str(&ValueErrorType, "unexpected '{' in field name");
            return -1;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
        j++;
    }
    if (j >= n) {
        err_set_str(&ValueErrorType, "expected '}' before end of string");
        return -1;
    }
    ssize_t name_end = j;
    char conversion = 0;
    ssize_t spec_start = j, spec_end = j;
    bool spec_nested = false;
    j++;        // past '}', ':' or '!'
    bool done = c == '}';
    if (c == '!') {
        if (j >= n) {
            err_set_str(&ValueErrorType, "end of string while looking for conversion specifier");
            return -1;
        }
        conversion = s[j++];
        if (j < n) {
            char d = s[j++];
            if (d == '}') {
                done = true;
            } else if (d != ':') {
                err_set_str(&ValueErrorType, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    if (!done) {
        // The spec runs to the '}' that balances the field's '{'.
        int count = 1;
        spec_start = j;
        while (j < n) {
            char d = s[j++];
            if (d == '{') {
                spec_nested = true;
                count++;
            } else if (d == '}' && --count == 0) {
                break;
            }
        }
        if (count > 0) {
            err_set_str(&ValueErrorType, "unmatched '{' in format spec");
            return -1;
        }
        spec_end = j - 1;
    }
    *i = j;

    Object *obj = NULL, *conv = NULL, *spec = NULL, *text = NULL;
    int rc = -1;
    obj = field_object(fa, s + name_start, name_end - name_start);
    if (obj == NULL) {
        goto done;
    }
    if (conversion != 0) {
        switch (conversion) {
        case 'r':
            conv = obj_repr(obj);
            break;
        case 's':
            conv = obj_str(obj);
            break;
        case 'a':
            conv = obj_ascii(obj);
            break;
        default:
            if (conversion > 32 && conversion < 127) {
                err_format(&ValueErrorType, "Unknown conversion specifier %c", conversion);
            } else {
                err_format(&ValueErrorType, "Unknown conversion specifier \\x%x",
                           (unsigned)(unsigned char)conversion);
            }
            goto done;
        }
        if (conv == NULL) {
            goto done;
        }
        SETREF(obj, conv);
        conv = NULL;
    }
    if (spec_nested) {
        StrBuilder sb;
        str_builder_init(&sb);
        if (render_template(fa, s + spec_start, spec_end - spec_start, depth - 1, &sb) < 0) {
            str_builder_discard(&sb);
            goto done;
        }
        spec = str_builder_finish(&sb);
    } else {
        spec = str_from_utf8(s + spec_start, (size_t)(spec_end - spec_start));
    }
    if (spec == NULL) {
        goto done;
    }
    text = format_object(obj, spec);
    if (text == NULL) {
        goto done;
    }
    rc = str_builder_append_str(out, text);
done:
    XDECREF(obj);
    XDECREF(spec);
    XDECREF(text);
    return rc;
}

// Render the template `s` (n bytes) into `out`; `depth` bounds nested specs.
static int render_template(FormatArgs *fa, const char *s, ssize_t n, int depth,
                           StrBuilder *out) {
    if (depth <= 0) {
        err_set_str(&ValueErrorType, "Max string recursion exceeded");
        return -1;
    }
    ssize_t i = 0;
    while (i < n) {
        ssize_t start = i;
        while (i < n && s[i] != '{' && s[i] != '}') {
            i++;
        }
        if (str_builder_append(out, s + start, (size_t)(i - start)) < 0) {
            return -1;
        }
        if (i >= n) {
            break;
        }
        char c = s[i];
        if (i + 1 < n && s[i + 1] == c) {
            if (str_builder_append_char(out, c) < 0) {
                return -1;
            }
            i += 2;
            continue;
        }
        if (c == '}') {
            err_set_str(&ValueErrorType, "Single '}' encountered in format string");
            return -1;
        }
        if (i + 1 >= n) {
            err_set_str(&ValueErrorType, "Single '{' encountered in format string");
            return -1;
        }
        i++;
        if (render_field(fa, s, n, &i, depth, out) < 0) {
            return -1;
        }
    }
    return 0;
}

static Object *format_template(Object *fmt, FormatArgs *fa) {
    StrBuilder b;
    str_builder_init(&b);
    if (render_template(fa, str_data(fmt), str_size(fmt), 2, &b) < 0) {
        str_builder_discard(&b);
        return NULL;
    }
    return str_builder_finish(&b);
}

Object *format_str_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames) {
    FormatArgs fa = {args, nargs, kwnames, NULL, 0, 0};
    return format_template(fmt, &fa);
}

Object *format_str_map(Object *fmt, Object *mapping) {
    FormatArgs fa = {NULL, 0, NULL, mapping, 0, 0};
    return format_template(fmt, &fa);
}

// ---- printf-style % ------------------------------------------------------------------------

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

// The arguments of `fmt % args`, walked as CPython does: `arglen` -1 with `argidx` -2
// means a single object (not a tuple) that has not been used yet.
typedef struct PercentArgs {
    Object *args;           // the tuple, the single argument, or the last mapping value
    ssize_t arglen;
    ssize_t argidx;
    Object *dict;           // the mapping for %(name)s, or NULL
    Object *keyval;         // owned: the value of the last %(name)
} PercentArgs;

// The next argument. Ref: borrowed (from `args` or `keyval`).
static Object *next_arg(PercentArgs *pa) {
    if (pa->argidx < pa->arglen) {
        ssize_t i = pa->argidx++;
        if (pa->arglen < 0) {
            return pa->args;
        }
        return tuple_item_borrow(pa->args, i);
    }
    err_set_str(&TypeErrorType, "not enough arguments for format string");
    return NULL;
}

// Append `body` (`nbytes` bytes, `len` code points) padded to `width` with spaces.
static int pad_spaces(StrBuilder *b, const char *body, size_t nbytes, ssize_t len,
                      ssize_t width, int flags) {
    ssize_t pad = width > len ? width - len : 0;
    if (!(flags & F_LJUST) && str_builder_fill(b, ' ', pad) < 0) {
        return -1;
    }
    if (str_builder_append(b, body, nbytes) < 0) {
        return -1;
    }
    if ((flags & F_LJUST) && str_builder_fill(b, ' ', pad) < 0) {
        return -1;
    }
    return 0;
}

// A number: sign, prefix, zeros (precision and '0' flag), digits, padded to `width`.
static int pad_number(StrBuilder *b, bool negative, const char *prefix, const char *digits,
                      ssize_t ndigits, ssize_t min_digits, ssize_t width, int flags) {
    char sign = negative ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    ssize_t nprefix = (ssize_t)strlen(prefix);
    ssize_t zeros = min_digits > ndigits ? min_digits - ndigits : 0;
    ssize_t len = (sign != 0) + nprefix + zeros + ndigits;
    ssize_t pad = width > len ? width - len : 0;
    if ((flags & F_ZERO) && !(flags & F_LJUST)) {
        zeros += pad;
        pad = 0;
    }
    if ((!(flags & F_LJUST) && str_builder_fill(b, ' ', pad) < 0) ||
        (sign != 0 && str_builder_append_char(b, sign) < 0) ||
        str_builder_append(b, prefix, (size_t)nprefix) < 0 ||
        str_builder_fill(b, '0', zeros) < 0 ||
        str_builder_append(b, digits, (size_t)ndigits) < 0 ||
        ((flags & F_LJUST) && str_builder_fill(b, ' ', pad) < 0)) {
        return -1;
    }
    return 0;
}

static int percent_int(StrBuilder *b, Object *v, char c, ssize_t width, ssize_t prec,
                       int flags) {
    Object *iv = NULL;
    int rc = -1;
    if (c == 'd' || c == 'i' || c == 'u') {
        if (int_check(v)) {
            iv = NEWREF(v);
        } else if (float_check(v)) {
            iv = obj_to_int(v);
        } else if (obj_has_index(v)) {
            iv = obj_index(v);
        } else {
            err_format(&TypeErrorType, "%%%c format: a real number is required, not %s", c,
                       type_name(v));
            return -1;
        }
    } else if (obj_has_index(v)) {
        iv = int_check(v) ? NEWREF(v) : obj_index(v);
    } else {
        err_format(&TypeErrorType, "%%%c format: an integer is required, not %s", c,
                   type_name(v));
        return -1;
    }
    if (iv == NULL) {
        return -1;
    }
    int64_t x = int_as_i64(iv);
    bool negative = x < 0;
    uint64_t mag = negative ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    char digits[80];
    int n = utoa_base(mag, base, c == 'X', digits);
    const char *prefix = "";
    if (flags & F_ALT) {
        prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "";
    }
    rc = pad_number(b, negative, prefix, digits, n, prec, width, flags);
    DECREF(iv);
    return rc;
}

static int percent_float(StrBuilder *b, Object *v, char c, ssize_t width, ssize_t prec,
                         int flags) {
    double x;
    if (float_check(v)) {
        x = float_as_double(v);
    } else if (int_check(v)) {
        x = int_as_double(v);
    } else {
        err_format(&TypeErrorType, "must be real number, not %s", type_name(v));
        return -1;
    }
    bool negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    char *body = NULL;
    const char *text;
    if (!isfinite(ax)) {
        bool upper = c == 'E' || c == 'F' || c == 'G';
        text = isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    } else {
        int p = prec < 0 ? 6 : (int)(prec > 100000 ? 100000 : prec);
        body = cprintf_double(ax, c, p, (flags & F_ALT) != 0);
        if (body == NULL) {
            return -1;
        }
        text = body;
    }
    int rc = pad_number(b, negative, "", text, (ssize_t)strlen(text), 0, width, flags);
    heap_free(body);
    return rc;
}

static int percent_char(StrBuilder *b, Object *v, ssize_t width, int flags) {
    uint32_t cp;
    if (str_check(v)) {
        if (str_length(v) != 1) {
            err_set_str(&TypeErrorType, "%c requires int or char");
            return -1;
        }
        cp = str_codepoint_at(v, 0);
    } else if (obj_has_index(v)) {
        Object *iv = int_check(v) ? NEWREF(v) : obj_index(v);
        if (iv == NULL) {
            return -1;
        }
        int64_t x = int_as_i64(iv);
        DECREF(iv);
        if (x < 0 || x > 0x10FFFF) {
            err_set_str(&OverflowErrorType, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        err_set_str(&TypeErrorType, "%c requires int or char");
        return -1;
    }
    StrBuilder c;
    str_builder_init(&c);
    if (str_builder_append_codepoint(&c, cp) < 0) {
        return -1;
    }
    int rc = pad_spaces(b, c.buf, c.len, 1, width, flags);
    str_builder_discard(&c);
    return rc;
}

// %s, %r, %a: the text, cut to `prec` code points.
static int percent_text(StrBuilder *b, Object *v, char c, ssize_t width, ssize_t prec,
                        int flags) {
    Object *t = c == 's' ? obj_str(v) : c == 'r' ? obj_repr(v) : obj_ascii(v);
    if (t == NULL) {
        return -1;
    }
    ssize_t len = str_length(t), nbytes = str_size(t);
    if (prec >= 0 && prec < len) {
        ssize_t pos = 0;
        for (ssize_t k = 0; k < prec; k++) {
            str_decode_next(str_data(t), nbytes, &pos);
        }
        nbytes = pos;
        len = prec;
    }
    int rc = pad_spaces(b, str_data(t), (size_t)nbytes, len, width, flags);
    DECREF(t);
    return rc;
}

// The code point index of byte offset `at` in the UTF-8 text `s`.
static ssize_t utf8_index(const char *s, ssize_t at) {
    ssize_t count = 0;
    for (ssize_t k = 0; k < at; k++) {
        count += ((unsigned char)s[k] & 0xC0) != 0x80;
    }
    return count;
}

// A `*` width or precision: the next argument, which must be an int.
static int star_arg(PercentArgs *pa, ssize_t *out) {
    Object *v = next_arg(pa);
    if (v == NULL) {
        return -1;
    }
    if (!int_check(v)) {
        err_set_str(&TypeErrorType, "* wants int");
        return -1;
    }
    *out = (ssize_t)int_as_i64(v);
    return 0;
}

// One conversion starting after its '%' at `s[*i]`; `*i` ends after it.
static int percent_one(PercentArgs *pa, const char *s, ssize_t n, ssize_t *i, StrBuilder *b) {
    ssize_t j = *i;
    if (j < n && s[j] == '(') {
        if (pa->dict == NULL) {
            err_set_str(&TypeErrorType, "format requires a mapping");
            return -1;
        }
        ssize_t start = ++j;
        int depth = 1;
        while (j < n) {
            if (s[j] == '(') {
                depth++;
            } else if (s[j] == ')' && --depth == 0) {
                break;
            }
            j++;
        }
        if (j >= n) {
            err_set_str(&ValueErrorType, "incomplete format key");
            return -1;
        }
        Object *key = str_from_utf8(s + start, (size_t)(j - start));
        if (key == NULL) {
            return -1;
        }
        Object *value = obj_getitem(pa->dict, key);
        DECREF(key);
        if (value == NULL) {
            return -1;
        }
        SETREF(pa->keyval, value);
        pa->args = value;
        pa->arglen = -1;
        pa->argidx = -2;
        j++;
    }
    int flags = 0;
    for (; j < n; j++) {
        char f = s[j];
        if (f == '-') {
            flags |= F_LJUST;
        } else if (f == '+') {
            flags |= F_SIGN;
        } else if (f == ' ') {
            flags |= F_BLANK;
        } else if (f == '#') {
            flags |= F_ALT;
        } else if (f == '0') {
            flags |= F_ZERO;
        } else {
            break;
        }
    }
    ssize_t width = -1, prec = -1;
    if (j < n && s[j] == '*') {
        if (star_arg(pa, &width) < 0) {
            return -1;
        }
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
        j++;
    } else {
        width = read_number(s, n, &j);
        if (width == -2) {
            return -1;
        }
    }
    if (j < n && s[j] == '.') {
        j++;
        if (j < n && s[j] == '*') {
            if (star_arg(pa, &prec) < 0) {
                return -1;
            }
            if (prec < 0) {
                prec = 0;
            }
            j++;
        } else {
            prec = read_number(s, n, &j);
            if (prec == -2) {
                return -1;
            }
            if (prec < 0) {
                prec = 0;
            }
        }
    }
    while (j < n && (s[j] == 'h' || s[j] == 'l' || s[j] == 'L')) {
        j++;
    }
    if (j >= n) {
        err_set_str(&ValueErrorType, "incomplete format");
        return -1;
    }
    ssize_t at = j;
    uint32_t c = str_decode_next(s, n, &j);
    *i = j;
    // As in CPython, the argument is taken before the conversion is looked at: a missing
    // one is reported before an unknown conversion ("%5%" and "%z" included).
    Object *v = next_arg(pa);
    if (v == NULL) {
        return -1;
    }
    switch (c) {
    case 's':
    case 'r':
    case 'a':
        return percent_text(b, v, (char)c, width, prec, flags);
    case 'c':
        return percent_char(b, v, width, flags);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return percent_int(b, v, (char)c, width, prec, flags);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return percent_float(b, v, (char)c, width, prec, flags);
    default:
        break;
    }
    ssize_t index = utf8_index(s, at);
    if (c > 32 && c < 127) {
        err_format(&ValueErrorType, "unsupported format character '%c' (0x%x) at index %zd",
                   (int)c, (unsigned)c, index);
    } else {
        err_format(&ValueErrorType, "unsupported format character '\\x%x' (0x%x) at index %zd",
                   (unsigned)c, (unsigned)c, index);
    }
    return -1;
}

Object *format_percent(Object *fmt, Object *args) {
    PercentArgs pa = {args, -1, -2, NULL, NULL};
    if (tuple_check(args)) {
        pa.arglen = tuple_size(args);
        pa.argidx = 0;
    }
    if (TYPE(args)->getitem != NULL && !tuple_check(args) && !str_check(args)) {
        pa.dict = args;
    }
    const char *s = str_data(fmt);
    ssize_t n = str_size(fmt);
    StrBuilder b;
    str_builder_init(&b);
    ssize_t i = 0;
    while (i < n) {
        const char *pct = memchr(s + i, '%', (size_t)(n - i));
        ssize_t next = pct != NULL ? pct - s : n;
        if (str_builder_append(&b, s + i, (size_t)(next - i)) < 0) {
            goto fail;
        }
        i = next;
        if (i >= n) {
            break;
        }
        i++;
        if (i < n && s[i] == '%') {
            if (str_builder_append_char(&b, '%') < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        if (percent_one(&pa, s, n, &i, &b) < 0) {
            goto fail;
        }
    }
    if (pa.argidx < pa.arglen && pa.dict == NULL) {
        err_set_str(&TypeErrorType, "not all arguments converted during string formatting");
        goto fail;
    }
    XDECREF(pa.keyval);
    return str_builder_finish(&b);
fail:
    XDECREF(pa.keyval);
    str_builder_discard(&b);
    return NULL;
}
