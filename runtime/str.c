// runtime/str.c — the str type: immutable UTF-8 text, its methods, the shared empty and
// one-character strings, the intern table and the string builder.
//
// Invariants (see runtime/str.h): `data` holds `size` bytes of UTF-8 and a NUL; `length`
// counts code points; `ascii` is set exactly when every byte is below 0x80, so that an
// index is a byte offset; `hash` is -1 until first asked for. Code point indexes of
// non-ASCII text are turned into byte offsets by walking the bytes (`offset_of`).
//
// Shared objects, as in CPython: the empty string lives in `rt->empty_str` and the
// strings of one code point below U+0100 in `rt->latin1[]`, both made on first use;
// every operation whose result is one of them returns the shared object.
//
// Interning: the table is an open-addressing set of borrowed pointers, private to this
// file (`interned` below). An interned string is mortal: its
// `interned` flag tells its dealloc to take it out of the table, as CPython 3.11 does.
//
// Character properties: ASCII and Latin-1 are exact (a flag table made from python3's
// answers). Beyond U+00FF the tables, also made from python3, are exact for the Latin
// (IPA upper-casing aside), Greek, Cyrillic, Armenian, Georgian, letterlike, circled and
// fullwidth blocks, and use the main ranges of the common scripts elsewhere (CJK,
// Hangul, kana, Hebrew, Arabic, Devanagari, Thai). Case mappings to several code points
// are kept for ß, İ and the Latin ligatures only. Unassigned code points outside the
// exact blocks count as printable.
#include "runtime/str.h"

#include <stdio.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/runtime.h"
#include "runtime/tuple.h"

#define STR(o) ((StrObject *)(o))

// ---- UTF-8 -----------------------------------------------------------------------------

// Bytes in the sequence that starts with lead byte `c` (a stray continuation byte: 1).
static inline int utf8_seq_len(unsigned char c) {
    if (c < 0xC0) {
        return 1;
    }
    if (c < 0xE0) {
        return 2;
    }
    return c < 0xF0 ? 3 : 4;
}

static inline bool utf8_is_cont(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The code point at byte `*pos` of `s` (`size` bytes); moves `*pos` past it. Never reads
// past `size`, whatever the bytes are.
static inline uint32_t utf8_decode(const char *s, ssize_t size, ssize_t *pos) {
    const unsigned char *p = (const unsigned char *)s;
    ssize_t i = *pos;
    uint32_t c = p[i++];
    if (c >= 0xC0) {
        int more = utf8_seq_len((unsigned char)c) - 1;
        c &= 0x3F >> more;
        while (more-- > 0 && i < size && utf8_is_cont(p[i])) {
            c = (c << 6) | (p[i++] & 0x3F);
        }
    }
    *pos = i;
    return c;
}

// Write `c` as UTF-8 at `out` (room for 4 bytes); returns the bytes written. Surrogates
// are written as three bytes, so that any Python string has a representation.
static inline int utf8_encode(uint32_t c, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

// Code points in `n` bytes: the bytes that are not continuation bytes.
static ssize_t utf8_count(const char *s, ssize_t n) {
    const unsigned char *p = (const unsigned char *)s;
    ssize_t count = 0;
    for (ssize_t i = 0; i < n; i++) {
        count += !utf8_is_cont(p[i]);
    }
    return count;
}

// The last code point index looked up in a non-ASCII str and its byte offset, so that
// walking a string by index (`for i in range(len(s)): s[i]`) does not start from the
// beginning each time. The str's dealloc forgets it.
static struct {
    StrObject *str;
    ssize_t index, offset;
} index_cache;

// The byte offset of code point `index` (0 <= index <= length) of `s`: walked from the
// nearest of the start, the end and the cached position.
static ssize_t offset_of(Object *s, ssize_t index) {
    StrObject *o = STR(s);
    if (o->ascii || index <= 0) {
        return index < 0 ? 0 : index;
    }
    if (index >= o->length) {
        return o->size;
    }
    ssize_t from = 0, pos = 0;
    if (o->length - index < index) {
        from = o->length;
        pos = o->size;
    }
    if (index_cache.str == o) {
        ssize_t dc = index_cache.index - index, df = from - index;
        if ((dc < 0 ? -dc : dc) < (df < 0 ? -df : df)) {
            from = index_cache.index;
            pos = index_cache.offset;
        }
    }
    const unsigned char *p = (const unsigned char *)o->data;
    if (from <= index) {
        for (ssize_t k = index - from; k > 0 && pos < o->size; k--) {
            pos += utf8_seq_len(p[pos]);
        }
        if (pos > o->size) {
            pos = o->size;
        }
    } else {
        for (ssize_t k = from - index; k > 0 && pos > 0;) {
            pos--;
            if (!utf8_is_cont(p[pos])) {
                k--;
            }
        }
    }
    index_cache.str = o;
    index_cache.index = index;
    index_cache.offset = pos;
    return pos;
}

// The code point index of byte offset `off` of `s`.
static ssize_t index_of(Object *s, ssize_t off) {
    if (STR(s)->ascii) {
        return off;
    }
    return utf8_count(STR(s)->data, off);
}

// ---- character properties --------------------------------------------------------------

enum {
    C_UPPER = 1,
    C_LOWER = 2,
    C_ALPHA = 4,
    C_DECIMAL = 8,
    C_DIGIT = 16,
    C_NUMERIC = 32,
    C_SPACE = 64,
    C_PRINT = 128,
};

typedef struct CpRange {
    uint32_t lo, hi;
} CpRange;

// Code points `lo`, `lo + stride`, ... up to `hi` map to themselves plus `delta`.
typedef struct CaseRun {
    uint32_t lo, hi;
    int32_t delta;
    uint32_t stride;
} CaseRun;

// Made from python3's str.isupper, islower, isalpha, isdecimal, isdigit, isnumeric,
// isspace and isprintable for U+0000..U+00FF (the C_* bits).
static const uint8_t latin1_flags[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x40, 0x40, 0x40, 0x40, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x40, 0x40, 0x40,
    0xc0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
    0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0xb8, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
    0x80, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85,
    0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x80, 0x80, 0x80, 0x80, 0x80,
    0x80, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86,
    0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x80, 0x80, 0x80, 0x80, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x40, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x86, 0x80, 0x80, 0x00, 0x80, 0x80,
    0x80, 0x80, 0xb0, 0xb0, 0x80, 0x86, 0x80, 0x80, 0x80, 0xb0, 0x86, 0x80, 0xa0, 0xa0, 0xa0, 0x80,
    0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85,
    0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x80, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x86,
    0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86,
    0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x80, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86,
};

// Case mappings beyond Latin-1 that give one code point (made from python3's str.upper and
// str.lower over the blocks named in the file comment), sorted and disjoint: code points
// lo, lo + stride, ... hi map to themselves plus delta.
static const CaseRun upper_runs[] = {
    {0x0101, 0x012f, -1, 2}, {0x0131, 0x0131, -232, 1}, {0x0133, 0x0137, -1, 2},
    {0x013a, 0x0148, -1, 2}, {0x014b, 0x0177, -1, 2}, {0x017a, 0x017e, -1, 2},
    {0x017f, 0x017f, -300, 1}, {0x0180, 0x0180, 195, 1}, {0x0183, 0x0185, -1, 2},
    {0x0188, 0x0188, -1, 1}, {0x018c, 0x018c, -1, 1}, {0x0192, 0x0192, -1, 1},
    {0x0195, 0x0195, 97, 1}, {0x0199, 0x0199, -1, 1}, {0x019a, 0x019a, 163, 1},
    {0x019e, 0x019e, 130, 1}, {0x01a1, 0x01a5, -1, 2}, {0x01a8, 0x01a8, -1, 1},
    {0x01ad, 0x01ad, -1, 1}, {0x01b0, 0x01b0, -1, 1}, {0x01b4, 0x01b6, -1, 2},
    {0x01b9, 0x01b9, -1, 1}, {0x01bd, 0x01bd, -1, 1}, {0x01bf, 0x01bf, 56, 1},
    {0x01c5, 0x01c5, -1, 1}, {0x01c6, 0x01c6, -2, 1}, {0x01c8, 0x01c8, -1, 1},
    {0x01c9, 0x01c9, -2, 1}, {0x01cb, 0x01cb, -1, 1}, {0x01cc, 0x01cc, -2, 1},
    {0x01ce, 0x01dc, -1, 2}, {0x01dd, 0x01dd, -79, 1}, {0x01df, 0x01ef, -1, 2},
    {0x01f2, 0x01f2, -1, 1}, {0x01f3, 0x01f3, -2, 1}, {0x01f5, 0x01f5, -1, 1},
    {0x01f9, 0x021f, -1, 2}, {0x0223, 0x0233, -1, 2}, {0x023c, 0x023c, -1, 1},
    {0x023f, 0x0240, 10815, 1}, {0x0242, 0x0242, -1, 1}, {0x0247, 0x024f, -1, 2},
    {0x0371, 0x0373, -1, 2}, {0x0377, 0x0377, -1, 1}, {0x037b, 0x037d, 130, 1},
    {0x03ac, 0x03ac, -38, 1}, {0x03ad, 0x03af, -37, 1}, {0x03b1, 0x03c1, -32, 1},
    {0x03c2, 0x03c2, -31, 1}, {0x03c3, 0x03cb, -32, 1}, {0x03cc, 0x03cc, -64, 1},
    {0x03cd, 0x03ce, -63, 1}, {0x03d0, 0x03d0, -62, 1}, {0x03d1, 0x03d1, -57, 1},
    {0x03d5, 0x03d5, -47, 1}, {0x03d6, 0x03d6, -54, 1}, {0x03d7, 0x03d7, -8, 1},
    {0x03d9, 0x03ef, -1, 2}, {0x03f0, 0x03f0, -86, 1}, {0x03f1, 0x03f1, -80, 1},
    {0x03f2, 0x03f2, 7, 1}, {0x03f3, 0x03f3, -116, 1}, {0x03f5, 0x03f5, -96, 1},
    {0x03f8, 0x03f8, -1, 1}, {0x03fb, 0x03fb, -1, 1}, {0x0430, 0x044f, -32, 1},
    {0x0450, 0x045f, -80, 1}, {0x0461, 0x0481, -1, 2}, {0x048b, 0x04bf, -1, 2},
    {0x04c2, 0x04ce, -1, 2}, {0x04cf, 0x04cf, -15, 1}, {0x04d1, 0x052f, -1, 2},
    {0x0561, 0x0586, -48, 1}, {0x10d0, 0x10fa, 3008, 1}, {0x10fd, 0x10ff, 3008, 1},
    {0x1e01, 0x1e95, -1, 2}, {0x1e9b, 0x1e9b, -59, 1}, {0x1ea1, 0x1eff, -1, 2},
    {0x1f00, 0x1f07, 8, 1}, {0x1f10, 0x1f15, 8, 1}, {0x1f20, 0x1f27, 8, 1},
    {0x1f30, 0x1f37, 8, 1}, {0x1f40, 0x1f45, 8, 1}, {0x1f51, 0x1f57, 8, 2},
    {0x1f60, 0x1f67, 8, 1}, {0x1f70, 0x1f71, 74, 1}, {0x1f72, 0x1f75, 86, 1},
    {0x1f76, 0x1f77, 100, 1}, {0x1f78, 0x1f79, 128, 1}, {0x1f7a, 0x1f7b, 112, 1},
    {0x1f7c, 0x1f7d, 126, 1}, {0x1fb0, 0x1fb1, 8, 1}, {0x1fbe, 0x1fbe, -7205, 1},
    {0x1fd0, 0x1fd1, 8, 1}, {0x1fe0, 0x1fe1, 8, 1}, {0x1fe5, 0x1fe5, 7, 1},
    {0x214e, 0x214e, -28, 1}, {0x2170, 0x217f, -16, 1}, {0x2184, 0x2184, -1, 1},
    {0x24d0, 0x24e9, -26, 1}, {0xff41, 0xff5a, -32, 1},
};
static const CaseRun lower_runs[] = {
    {0x0100, 0x012e, 1, 2}, {0x0132, 0x0136, 1, 2}, {0x0139, 0x0147, 1, 2},
    {0x014a, 0x0176, 1, 2}, {0x0178, 0x0178, -121, 1}, {0x0179, 0x017d, 1, 2},
    {0x0181, 0x0181, 210, 1}, {0x0182, 0x0184, 1, 2}, {0x0186, 0x0186, 206, 1},
    {0x0187, 0x0187, 1, 1}, {0x0189, 0x018a, 205, 1}, {0x018b, 0x018b, 1, 1},
    {0x018e, 0x018e, 79, 1}, {0x018f, 0x018f, 202, 1}, {0x0190, 0x0190, 203, 1},
    {0x0191, 0x0191, 1, 1}, {0x0193, 0x0193, 205, 1}, {0x0194, 0x0194, 207, 1},
    {0x0196, 0x0196, 211, 1}, {0x0197, 0x0197, 209, 1}, {0x0198, 0x0198, 1, 1},
    {0x019c, 0x019c, 211, 1}, {0x019d, 0x019d, 213, 1}, {0x019f, 0x019f, 214, 1},
    {0x01a0, 0x01a4, 1, 2}, {0x01a6, 0x01a6, 218, 1}, {0x01a7, 0x01a7, 1, 1},
    {0x01a9, 0x01a9, 218, 1}, {0x01ac, 0x01ac, 1, 1}, {0x01ae, 0x01ae, 218, 1},
    {0x01af, 0x01af, 1, 1}, {0x01b1, 0x01b2, 217, 1}, {0x01b3, 0x01b5, 1, 2},
    {0x01b7, 0x01b7, 219, 1}, {0x01b8, 0x01b8, 1, 1}, {0x01bc, 0x01bc, 1, 1},
    {0x01c4, 0x01c4, 2, 1}, {0x01c5, 0x01c5, 1, 1}, {0x01c7, 0x01c7, 2, 1},
    {0x01c8, 0x01c8, 1, 1}, {0x01ca, 0x01ca, 2, 1}, {0x01cb, 0x01db, 1, 2},
    {0x01de, 0x01ee, 1, 2}, {0x01f1, 0x01f1, 2, 1}, {0x01f2, 0x01f4, 1, 2},
    {0x01f6, 0x01f6, -97, 1}, {0x01f7, 0x01f7, -56, 1}, {0x01f8, 0x021e, 1, 2},
    {0x0220, 0x0220, -130, 1}, {0x0222, 0x0232, 1, 2}, {0x023a, 0x023a, 10795, 1},
    {0x023b, 0x023b, 1, 1}, {0x023d, 0x023d, -163, 1}, {0x023e, 0x023e, 10792, 1},
    {0x0241, 0x0241, 1, 1}, {0x0243, 0x0243, -195, 1}, {0x0244, 0x0244, 69, 1},
    {0x0245, 0x0245, 71, 1}, {0x0246, 0x024e, 1, 2}, {0x0370, 0x0372, 1, 2},
    {0x0376, 0x0376, 1, 1}, {0x037f, 0x037f, 116, 1}, {0x0386, 0x0386, 38, 1},
    {0x0388, 0x038a, 37, 1}, {0x038c, 0x038c, 64, 1}, {0x038e, 0x038f, 63, 1},
    {0x0391, 0x03a1, 32, 1}, {0x03a3, 0x03ab, 32, 1}, {0x03cf, 0x03cf, 8, 1},
    {0x03d8, 0x03ee, 1, 2}, {0x03f4, 0x03f4, -60, 1}, {0x03f7, 0x03f7, 1, 1},
    {0x03f9, 0x03f9, -7, 1}, {0x03fa, 0x03fa, 1, 1}, {0x03fd, 0x03ff, -130, 1},
    {0x0400, 0x040f, 80, 1}, {0x0410, 0x042f, 32, 1}, {0x0460, 0x0480, 1, 2},
    {0x048a, 0x04be, 1, 2}, {0x04c0, 0x04c0, 15, 1}, {0x04c1, 0x04cd, 1, 2},
    {0x04d0, 0x052e, 1, 2}, {0x0531, 0x0556, 48, 1}, {0x10a0, 0x10c5, 7264, 1},
    {0x10c7, 0x10c7, 7264, 1}, {0x10cd, 0x10cd, 7264, 1}, {0x1e00, 0x1e94, 1, 2},
    {0x1e9e, 0x1e9e, -7615, 1}, {0x1ea0, 0x1efe, 1, 2}, {0x1f08, 0x1f0f, -8, 1},
    {0x1f18, 0x1f1d, -8, 1}, {0x1f28, 0x1f2f, -8, 1}, {0x1f38, 0x1f3f, -8, 1},
    {0x1f48, 0x1f4d, -8, 1}, {0x1f59, 0x1f5f, -8, 2}, {0x1f68, 0x1f6f, -8, 1},
    {0x1f88, 0x1f8f, -8, 1}, {0x1f98, 0x1f9f, -8, 1}, {0x1fa8, 0x1faf, -8, 1},
    {0x1fb8, 0x1fb9, -8, 1}, {0x1fba, 0x1fbb, -74, 1}, {0x1fbc, 0x1fbc, -9, 1},
    {0x1fc8, 0x1fcb, -86, 1}, {0x1fcc, 0x1fcc, -9, 1}, {0x1fd8, 0x1fd9, -8, 1},
    {0x1fda, 0x1fdb, -100, 1}, {0x1fe8, 0x1fe9, -8, 1}, {0x1fea, 0x1feb, -112, 1},
    {0x1fec, 0x1fec, -7, 1}, {0x1ff8, 0x1ff9, -128, 1}, {0x1ffa, 0x1ffb, -126, 1},
    {0x1ffc, 0x1ffc, -9, 1}, {0x2126, 0x2126, -7517, 1}, {0x212a, 0x212a, -8383, 1},
    {0x212b, 0x212b, -8262, 1}, {0x2132, 0x2132, 28, 1}, {0x2160, 0x216f, 16, 1},
    {0x2183, 0x2183, 1, 1}, {0x24b6, 0x24cf, 26, 1}, {0xff21, 0xff3a, 32, 1},
};

// Upper and lower case letters without a one-code-point mapping in the runs above (İ, the
// IPA letters, ℂ ℎ ...), for the blocks the runs cover (made from python3).
static const CpRange upper_extra[] = {
    {0x0130, 0x0130}, {0x03d2, 0x03d4}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210b, 0x210d},
    {0x2110, 0x2112}, {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2128, 0x2128},
    {0x212c, 0x212d}, {0x2130, 0x2133}, {0x213e, 0x213f}, {0x2145, 0x2145},
};
static const CpRange lower_extra[] = {
    {0x0138, 0x0138}, {0x0149, 0x0149}, {0x018d, 0x018d}, {0x019b, 0x019b}, {0x01aa, 0x01ab},
    {0x01ba, 0x01ba}, {0x01be, 0x01be}, {0x01f0, 0x01f0}, {0x0221, 0x0221}, {0x0234, 0x0239},
    {0x0250, 0x0293}, {0x0295, 0x02b8}, {0x02c0, 0x02c1}, {0x02e0, 0x02e4}, {0x0345, 0x0345},
    {0x037a, 0x037a}, {0x0390, 0x0390}, {0x03b0, 0x03b0}, {0x03fc, 0x03fc}, {0x0560, 0x0588},
    {0x1e96, 0x1e9d}, {0x1e9f, 0x1e9f}, {0x1f50, 0x1f56}, {0x1f80, 0x1f87}, {0x1f90, 0x1f97},
    {0x1fa0, 0x1fa7}, {0x1fb2, 0x1fb4}, {0x1fb6, 0x1fb7}, {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fc7},
    {0x1fd2, 0x1fd3}, {0x1fd6, 0x1fd7}, {0x1fe2, 0x1fe7}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ff7},
    {0x2071, 0x2071}, {0x207f, 0x207f}, {0x2090, 0x209c}, {0x210a, 0x210a}, {0x210e, 0x210f},
    {0x2113, 0x2113}, {0x212f, 0x212f}, {0x2134, 0x2134}, {0x2139, 0x2139}, {0x213c, 0x213d},
    {0x2146, 0x2149}, {0xfb00, 0xfb06},
};

// Letters beyond Latin-1: exact in U+0100..U+07FF, U+1E00..U+21FF, U+3000..U+30FF and
// U+FF00..U+FFFF (made from python3's str.isalpha), and the main blocks of the common
// scripts elsewhere.
static const CpRange alpha_ranges[] = {
    {0x0100, 0x02c1}, {0x02c6, 0x02d1}, {0x02e0, 0x02e4}, {0x02ec, 0x02ec}, {0x02ee, 0x02ee},
    {0x0370, 0x0374}, {0x0376, 0x0377}, {0x037a, 0x037d}, {0x037f, 0x037f}, {0x0386, 0x0386},
    {0x0388, 0x038a}, {0x038c, 0x038c}, {0x038e, 0x03a1}, {0x03a3, 0x03f5}, {0x03f7, 0x0481},
    {0x048a, 0x052f}, {0x0531, 0x0556}, {0x0559, 0x0559}, {0x0560, 0x0588}, {0x05d0, 0x05ea},
    {0x05ef, 0x05f2}, {0x0620, 0x064a}, {0x066e, 0x066f}, {0x0671, 0x06d3}, {0x06d5, 0x06d5},
    {0x06e5, 0x06e6}, {0x06ee, 0x06ef}, {0x06fa, 0x06fc}, {0x06ff, 0x06ff}, {0x0710, 0x0710},
    {0x0712, 0x072f}, {0x074d, 0x07a5}, {0x07b1, 0x07b1}, {0x07ca, 0x07ea}, {0x07f4, 0x07f5},
    {0x07fa, 0x07fa}, {0x0904, 0x0939}, {0x0958, 0x0961}, {0x0e01, 0x0e30}, {0x0e40, 0x0e46},
    {0x10a0, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x10fa}, {0x10fc, 0x10ff},
    {0x1100, 0x11ff}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
    {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d},
    {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fcc},
    {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc},
    {0x2071, 0x2071}, {0x207f, 0x207f}, {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107},
    {0x210a, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126},
    {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149},
    {0x214e, 0x214e}, {0x2183, 0x2184}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303b, 0x303c},
    {0x3041, 0x3096}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff}, {0x3400, 0x4dbf},
    {0x4e00, 0x9fff}, {0xac00, 0xd7a3}, {0xf900, 0xfad9}, {0xff21, 0xff3a}, {0xff41, 0xff5a},
    {0xff66, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7}, {0xffda, 0xffdc},
};

// Decimal digits beyond Latin-1 (exact).
static const CpRange decimal_ranges[] = {
    {0x0660, 0x0669}, {0x06f0, 0x06f9}, {0x07c0, 0x07c9}, {0x0966, 0x096f}, {0x09e6, 0x09ef},
    {0x0a66, 0x0a6f}, {0x0ae6, 0x0aef}, {0x0b66, 0x0b6f}, {0x0be6, 0x0bef}, {0x0c66, 0x0c6f},
    {0x0ce6, 0x0cef}, {0x0d66, 0x0d6f}, {0x0de6, 0x0def}, {0x0e50, 0x0e59}, {0x0ed0, 0x0ed9},
    {0x0f20, 0x0f29}, {0x1040, 0x1049}, {0x1090, 0x1099}, {0x17e0, 0x17e9}, {0x1810, 0x1819},
    {0x1946, 0x194f}, {0x19d0, 0x19d9}, {0x1a80, 0x1a89}, {0x1a90, 0x1a99}, {0x1b50, 0x1b59},
    {0x1bb0, 0x1bb9}, {0x1c40, 0x1c49}, {0x1c50, 0x1c59}, {0xa620, 0xa629}, {0xa8d0, 0xa8d9},
    {0xa900, 0xa909}, {0xa9d0, 0xa9d9}, {0xa9f0, 0xa9f9}, {0xaa50, 0xaa59}, {0xabf0, 0xabf9},
    {0xff10, 0xff19}, {0x104a0, 0x104a9}, {0x10d30, 0x10d39}, {0x11066, 0x1106f},
    {0x110f0, 0x110f9}, {0x11136, 0x1113f}, {0x111d0, 0x111d9}, {0x112f0, 0x112f9},
    {0x11450, 0x11459}, {0x114d0, 0x114d9}, {0x11650, 0x11659}, {0x116c0, 0x116c9},
    {0x11730, 0x11739}, {0x118e0, 0x118e9}, {0x11950, 0x11959}, {0x11c50, 0x11c59},
    {0x11d50, 0x11d59}, {0x11da0, 0x11da9}, {0x16a60, 0x16a69}, {0x16ac0, 0x16ac9},
    {0x16b50, 0x16b59}, {0x1d7ce, 0x1d7ff}, {0x1e140, 0x1e149}, {0x1e2f0, 0x1e2f9},
    {0x1e950, 0x1e959}, {0x1fbf0, 0x1fbf9},
};

// Digits that are not decimal (superscripts, circled digits), beyond Latin-1 (exact).
static const CpRange digit_ranges[] = {
    {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea}, {0x24f5, 0x24fd},
    {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792}, {0x10a40, 0x10a43},
    {0x10e60, 0x10e68}, {0x11052, 0x1105a}, {0x1f100, 0x1f10a},
};

// Numeric characters that are not digits: fractions, Roman numerals, circled numbers and
// the common CJK numerals.
static const CpRange numeric_ranges[] = {
    {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487}, {0x2491, 0x249b},
    {0x24eb, 0x24f4}, {0x24fe, 0x24fe}, {0x277f, 0x277f}, {0x2789, 0x2789}, {0x2793, 0x2793},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303a}, {0x4e00, 0x4e00}, {0x4e03, 0x4e03},
    {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c}, {0x4e94, 0x4e94},
    {0x5104, 0x5104}, {0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5343},
    {0x56db, 0x56db}, {0x767e, 0x767e}, {0x96f6, 0x96f6},
};

// White space beyond Latin-1 (exact).
static const CpRange space_ranges[] = {
    {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
    {0x3000, 0x3000},
};

// Code points beyond Latin-1 that are not printable: exact in U+0100..U+07FF,
// U+1E00..U+2BFF, U+3000..U+30FF, U+FB00..U+FB4F and U+FF00..U+FFFF; elsewhere the
// separators, format characters, surrogates and private use areas, and the unassigned
// planes 4 to 14.
static const CpRange nonprint_ranges[] = {
    {0x0378, 0x0379}, {0x0380, 0x0383}, {0x038b, 0x038b}, {0x038d, 0x038d}, {0x03a2, 0x03a2},
    {0x0530, 0x0530}, {0x0557, 0x0558}, {0x058b, 0x058c}, {0x0590, 0x0590}, {0x05c8, 0x05cf},
    {0x05eb, 0x05ee}, {0x05f5, 0x0605}, {0x061c, 0x061c}, {0x06dd, 0x06dd}, {0x070e, 0x070f},
    {0x074b, 0x074c}, {0x07b2, 0x07bf}, {0x07fb, 0x07fc}, {0x0890, 0x0891}, {0x08e2, 0x08e2},
    {0x1680, 0x1680}, {0x180e, 0x180e}, {0x1f16, 0x1f17}, {0x1f1e, 0x1f1f}, {0x1f46, 0x1f47},
    {0x1f4e, 0x1f4f}, {0x1f58, 0x1f58}, {0x1f5a, 0x1f5a}, {0x1f5c, 0x1f5c}, {0x1f5e, 0x1f5e},
    {0x1f7e, 0x1f7f}, {0x1fb5, 0x1fb5}, {0x1fc5, 0x1fc5}, {0x1fd4, 0x1fd5}, {0x1fdc, 0x1fdc},
    {0x1ff0, 0x1ff1}, {0x1ff5, 0x1ff5}, {0x1fff, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x206f},
    {0x2072, 0x2073}, {0x208f, 0x208f}, {0x209d, 0x209f}, {0x20c1, 0x20cf}, {0x20f1, 0x20ff},
    {0x218c, 0x218f}, {0x2427, 0x243f}, {0x244b, 0x245f}, {0x2b74, 0x2b75}, {0x2b96, 0x2b96},
    {0x3000, 0x3000}, {0x3040, 0x3040}, {0x3097, 0x3098}, {0xd800, 0xf8ff}, {0xfb07, 0xfb12},
    {0xfb18, 0xfb1c}, {0xfb37, 0xfb37}, {0xfb3d, 0xfb3d}, {0xfb3f, 0xfb3f}, {0xfb42, 0xfb42},
    {0xfb45, 0xfb45}, {0xfeff, 0xff00}, {0xffbf, 0xffc1}, {0xffc8, 0xffc9}, {0xffd0, 0xffd1},
    {0xffd8, 0xffd9}, {0xffdd, 0xffdf}, {0xffe7, 0xffe7}, {0xffef, 0xfffb}, {0xfffe, 0xffff},
    {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x13438}, {0x1bca0, 0x1bca3},
    {0x1d173, 0x1d17a}, {0x40000, 0xe00ff}, {0xe01f0, 0xffffd}, {0x100000, 0x10fffd},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(uint32_t c, const CpRange *r, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].lo) {
            hi = mid;
        } else if (c > r[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

// `c` mapped through `runs`, or `c` itself when no run covers it.
static uint32_t run_map(uint32_t c, const CaseRun *r, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].lo) {
            hi = mid;
        } else if (c > r[mid].hi) {
            lo = mid + 1;
        } else {
            if ((c - r[mid].lo) % r[mid].stride == 0) {
                return (uint32_t)((int32_t)c + r[mid].delta);
            }
            return c;
        }
    }
    return c;
}

// The title-case letters (the digraphs ǅ ǈ ǋ ǲ and the Greek ones with a
// prosgegrammeni): neither upper nor lower case.
static bool cp_istitlecase(uint32_t c) {
    if (c < 0x1C5 || (c > 0x1F2 && c < 0x1F88) || c > 0x1FFC) {
        return false;
    }
    return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 ||
           (c >= 0x1F88 && c <= 0x1FAF && (c & 0xF) >= 8) || c == 0x1FBC || c == 0x1FCC ||
           c == 0x1FFC;
}

static uint32_t cp_upper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    if (c < 0x100) {
        if (c == 0xB5) {
            return 0x39C;
        }
        if (c == 0xFF) {
            return 0x178;
        }
        return (c >= 0xE0 && c != 0xF7) ? c - 32 : c;
    }
    return run_map(c, upper_runs, COUNT(upper_runs));
}

static uint32_t cp_lower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    if (c < 0x100) {
        return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
    }
    return run_map(c, lower_runs, COUNT(lower_runs));
}

static uint32_t cp_title(uint32_t c) {
    if (c >= 0x1C4 && c <= 0x1CC) {
        return 0x1C5 + 3 * ((c - 0x1C4) / 3);
    }
    if (c >= 0x1F1 && c <= 0x1F3) {
        return 0x1F2;
    }
    return cp_upper(c);
}

static bool cp_isupper(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_UPPER) != 0;
    }
    return !cp_istitlecase(c) &&
           (cp_lower(c) != c || in_ranges(c, upper_extra, COUNT(upper_extra)));
}

static bool cp_islower(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_LOWER) != 0;
    }
    return !cp_istitlecase(c) &&
           (cp_upper(c) != c || in_ranges(c, lower_extra, COUNT(lower_extra)));
}

static bool cp_iscased(uint32_t c) {
    return cp_isupper(c) || cp_islower(c) || cp_istitlecase(c);
}

static bool cp_isalpha(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_ALPHA) != 0;
    }
    // Beyond the exact blocks, a letter with case is a letter.
    return in_ranges(c, alpha_ranges, COUNT(alpha_ranges)) || (c >= 0x2C00 && cp_iscased(c));
}

static bool cp_isdecimal(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_DECIMAL) != 0;
    }
    return in_ranges(c, decimal_ranges, COUNT(decimal_ranges));
}

int str_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    // Every run of decimal digits starts at a zero, so the value is the offset mod 10.
    size_t lo = 0, hi = COUNT(decimal_ranges);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < decimal_ranges[mid].lo) {
            hi = mid;
        } else if (c > decimal_ranges[mid].hi) {
            lo = mid + 1;
        } else {
            return (int)((c - decimal_ranges[mid].lo) % 10);
        }
    }
    return -1;
}

static bool cp_isdigit(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_DIGIT) != 0;
    }
    return cp_isdecimal(c) || in_ranges(c, digit_ranges, COUNT(digit_ranges));
}

static bool cp_isnumeric(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_NUMERIC) != 0;
    }
    return cp_isdigit(c) || in_ranges(c, numeric_ranges, COUNT(numeric_ranges));
}

static bool cp_isalnum(uint32_t c) {
    return cp_isalpha(c) || cp_isnumeric(c);
}

static bool cp_isspace(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_SPACE) != 0;
    }
    return in_ranges(c, space_ranges, COUNT(space_ranges));
}

static bool cp_isprintable(uint32_t c) {
    if (c < 0x100) {
        return (latin1_flags[c] & C_PRINT) != 0;
    }
    return !in_ranges(c, nonprint_ranges, COUNT(nonprint_ranges));
}

// Line boundaries of str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 U+2028 U+2029.
static bool cp_islinebreak(uint32_t c) {
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

// ---- allocation and the shared strings -------------------------------------------------

// A str of `size` bytes whose data the caller fills: hash unknown, NUL written, length
// and `ascii` left for `set_counts`. Ref: new, or NULL with MemoryError set.
static StrObject *raw_alloc(size_t size) {
    if (size > (size_t)PTRDIFF_MAX - 64) {
        err_no_memory();
        return NULL;
    }
    StrObject *s = (StrObject *)obj_alloc(&StrType, size + 1);
    if (s == NULL) {
        return NULL;
    }
    s->size = (ssize_t)size;
    s->length = 0;
    s->hash = -1;
    s->ascii = 0;
    s->interned = 0;
    s->data[size] = '\0';
    return s;
}

// Count the code points of a filled `s` and set `ascii`.
static void set_counts(StrObject *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    ssize_t count = 0;
    unsigned char high = 0;
    for (ssize_t i = 0; i < s->size; i++) {
        high |= p[i];
        count += !utf8_is_cont(p[i]);
    }
    s->length = count;
    s->ascii = (high & 0x80) == 0;
}

// The shared ''. Ref: new.
static Object *empty_str(void) {
    if (rt->empty_str == NULL) {
        StrObject *s = raw_alloc(0);
        if (s == NULL) {
            return NULL;
        }
        s->ascii = 1;
        rt->empty_str = OB(s);
    }
    return NEWREF(rt->empty_str);
}

int str_init(void) {
    Object *e = empty_str();
    if (e == NULL) {
        return -1;
    }
    DECREF(e);
    return 0;
}

// The shared one-character string for `c` < 0x100. Ref: new.
static Object *latin1_char(uint32_t c) {
    Object *o = rt->latin1[c];
    if (o == NULL) {
        char buf[4];
        int n = utf8_encode(c, buf);
        StrObject *s = raw_alloc((size_t)n);
        if (s == NULL) {
            return NULL;
        }
        memcpy(s->data, buf, (size_t)n);
        s->length = 1;
        s->ascii = c < 0x80;
        o = rt->latin1[c] = OB(s);
    }
    return NEWREF(o);
}

// A str of `n` bytes of UTF-8 that the caller knows to be ASCII when `ascii` (then the
// scan is skipped). Ref: new.
static Object *make_str(const char *s, size_t n, bool ascii) {
    if (n == 0) {
        return empty_str();
    }
    const unsigned char *p = (const unsigned char *)s;
    if (n == 1 && p[0] < 0x80) {
        return latin1_char(p[0]);
    }
    if (n == 2 && (p[0] == 0xC2 || p[0] == 0xC3) && utf8_is_cont(p[1])) {
        return latin1_char(((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F));
    }
    StrObject *o = raw_alloc(n);
    if (o == NULL) {
        return NULL;
    }
    memcpy(o->data, s, n);
    if (ascii) {
        o->length = (ssize_t)n;
        o->ascii = 1;
    } else {
        set_counts(o);
    }
    return OB(o);
}

// Bytes `lo`..`hi` of `s` as a str (`s` itself when that is all of it). Ref: new.
static Object *substr(Object *s, ssize_t lo, ssize_t hi) {
    if (lo == 0 && hi == STR(s)->size && str_check_exact(s)) {
        return NEWREF(s);
    }
    return make_str(STR(s)->data + lo, (size_t)(hi - lo), STR(s)->ascii);
}

Object *str_from_utf8(const char *s, size_t n) {
    return make_str(s, n, false);
}

Object *str_from_ascii_unshared(const char *s, size_t n) {
    StrObject *o = raw_alloc(n);
    if (o != NULL) {
        memcpy(o->data, s, n);
        o->length = (ssize_t)n;
        o->ascii = 1;
    }
    return OB(o);
}

Object *str_from_cstr(const char *s) {
    return make_str(s, strlen(s), false);
}

Object *str_from_vformat(const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    Object *res = NULL;
    if (n < 0) {
        err_set_str(&SystemErrorType, "bad format string");
    } else if ((size_t)n < sizeof(small)) {
        res = make_str(small, (size_t)n, false);
    } else {
        char *big = heap_alloc((size_t)n + 1);
        if (big == NULL) {
            err_no_memory();
        } else {
            vsnprintf(big, (size_t)n + 1, fmt, ap2);
            res = make_str(big, (size_t)n, false);
            heap_free(big);
        }
    }
    va_end(ap2);
    return res;
}

Object *str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *res = str_from_vformat(fmt, ap);
    va_end(ap);
    return res;
}

Object *str_new_raw(size_t size) {
    return OB(raw_alloc(size));
}

// Hand out the shared str instead of `s` when it is empty or one Latin-1 character
// (its counts already set). Ref: steals `s`, returns new.
static Object *canonical(Object *s) {
    StrObject *o = STR(s);
    if (o->size == 0 || (o->length == 1 && o->size <= 2)) {
        // Hand out the shared object instead, as every other constructor does.
        uint32_t c = 0;
        if (o->size > 0) {
            ssize_t pos = 0;
            c = utf8_decode(o->data, o->size, &pos);
        }
        if (c < 0x100) {
            Object *shared = o->size == 0 ? empty_str() : latin1_char(c);
            if (shared != NULL) {
                DECREF(s);
                return shared;
            }
            err_clear();
        }
    }
    return s;
}

Object *str_finish(Object *s) {
    STR(s)->data[STR(s)->size] = '\0';
    set_counts(STR(s));
    return canonical(s);
}

Object *str_from_codepoint(uint32_t cp) {
    if (cp < 0x100) {
        return latin1_char(cp);
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    StrObject *s = raw_alloc((size_t)n);
    if (s == NULL) {
        return NULL;
    }
    memcpy(s->data, buf, (size_t)n);
    s->length = 1;
    return OB(s);
}

Object *str_concat(Object *a, Object *b) {
    StrObject *x = STR(a), *y = STR(b);
    if (y->size == 0 && str_check_exact(a)) {
        return NEWREF(a);
    }
    if (x->size == 0 && str_check_exact(b)) {
        return NEWREF(b);
    }
    StrObject *s = raw_alloc((size_t)x->size + (size_t)y->size);
    if (s == NULL) {
        return NULL;
    }
    memcpy(s->data, x->data, (size_t)x->size);
    memcpy(s->data + x->size, y->data, (size_t)y->size);
    s->length = x->length + y->length;
    s->ascii = x->ascii && y->ascii;
    return OB(s);
}

Object *str_concat_steal(Object *a, Object *b) {
    StrObject *x = STR(a), *y = STR(b);
    if (a == b || a->refcnt != 1 || !str_check_exact(a) || x->interned || y->size == 0 ||
        x->size == 0) {
        Object *r = str_concat(a, b);
        DECREF(a);
        return r;
    }
    // Nothing else sees `a`: grow it in place (realloc often extends the block).
    if (index_cache.str == x) {
        index_cache.str = NULL;
    }
    ssize_t n = x->size;
    if (y->size > PTRDIFF_MAX - 64 - n) {
        DECREF(a);
        return err_no_memory();
    }
    ssize_t length = x->length + y->length;
    bool ascii = x->ascii && y->ascii;
    StrObject *r = (StrObject *)obj_resize(a, (size_t)(n + y->size) + 1);
    if (r == NULL) {
        return NULL;
    }
    memcpy(r->data + n, y->data, (size_t)y->size);
    r->size = n + y->size;
    r->data[r->size] = '\0';
    r->length = length;
    r->ascii = ascii;
    r->hash = -1;
    return OB(r);
}

bool str_eq(Object *a, Object *b) {
    if (a == b) {
        return true;
    }
    StrObject *x = STR(a), *y = STR(b);
    if (x->size != y->size) {
        return false;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return false;
    }
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

bool str_eq_cstr(Object *a, const char *s) {
    size_t n = strlen(s);
    return (size_t)STR(a)->size == n && memcmp(STR(a)->data, s, n) == 0;
}

uint32_t str_decode_next(const char *s, ssize_t size, ssize_t *pos) {
    return utf8_decode(s, size, pos);
}

uint32_t str_codepoint_at(Object *s, ssize_t i) {
    if (STR(s)->ascii) {
        return (unsigned char)STR(s)->data[i];
    }
    ssize_t pos = offset_of(s, i);
    return utf8_decode(STR(s)->data, STR(s)->size, &pos);
}

// ---- hashing: SipHash-1-3 with a fixed key ------------------------------------------

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                     \
    do {                                                                             \
        v0 += v1;                                                                    \
        v1 = ROTL64(v1, 13);                                                         \
        v1 ^= v0;                                                                    \
        v0 = ROTL64(v0, 32);                                                         \
        v2 += v3;                                                                    \
        v3 = ROTL64(v3, 16);                                                         \
        v3 ^= v2;                                                                    \
        v0 += v3;                                                                    \
        v3 = ROTL64(v3, 21);                                                         \
        v3 ^= v0;                                                                    \
        v2 += v1;                                                                    \
        v1 = ROTL64(v1, 17);                                                         \
        v1 ^= v2;                                                                    \
        v2 = ROTL64(v2, 32);                                                         \
    } while (0)

static uint64_t siphash13(const char *data, size_t n) {
    const uint64_t k0 = 0x0706050403020100ULL, k1 = 0x0f0e0d0c0b0a0908ULL;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    const unsigned char *p = (const unsigned char *)data;
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++) {
        uint64_t m = 0;
        for (int k = 7; k >= 0; k--) {
            m = (m << 8) | p[i * 8 + (size_t)k];
        }
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t b = (uint64_t)n << 56;
    size_t rest = n & 7;
    for (size_t k = 0; k < rest; k++) {
        b |= (uint64_t)p[words * 8 + k] << (8 * k);
    }
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

hash_t str_hash(Object *s) {
    StrObject *o = STR(s);
    if (o->hash == -1) {
        hash_t h = o->size == 0 ? 0 : (hash_t)siphash13(o->data, (size_t)o->size);
        o->hash = h == -1 ? -2 : h;
    }
    return o->hash;
}

// ---- the intern table ------------------------------------------------------------------

// Open addressing with linear probing over borrowed pointers; a deleted entry leaves a
// tombstone so that later probes go on past it. `filled` counts live entries and
// tombstones, and stays below two thirds of the slots.
typedef struct InternTable {
    StrObject **slots;      // heap_alloc'd, `mask + 1` entries; NULL empty
    size_t mask;
    size_t used;            // live entries
    size_t filled;          // live entries and tombstones
} InternTable;

#define TOMBSTONE ((StrObject *)1)

static InternTable interned;

// Rebuild the table with room for `used` entries to grow. 0, or -1 (no exception set).
static int intern_resize(void) {
    size_t size = 256;
    while (size < interned.used * 4) {
        size *= 2;
    }
    StrObject **slots = heap_calloc(size * sizeof(StrObject *));
    if (slots == NULL) {
        return -1;
    }
    for (size_t i = 0; interned.slots != NULL && i <= interned.mask; i++) {
        StrObject *s = interned.slots[i];
        if (s != NULL && s != TOMBSTONE) {
            size_t j = (size_t)s->hash & (size - 1);
            while (slots[j] != NULL) {
                j = (j + 1) & (size - 1);
            }
            slots[j] = s;
        }
    }
    heap_free(interned.slots);
    interned.slots = slots;
    interned.mask = size - 1;
    interned.filled = interned.used;
    return 0;
}

void str_intern(Object **p) {
    Object *s = *p;
    if (!str_check_exact(s) || STR(s)->interned) {
        return;
    }
    if (interned.slots == NULL || (interned.filled + 1) * 3 >= (interned.mask + 1) * 2) {
        if (intern_resize() < 0) {
            return;     // not interned: still a correct string
        }
    }
    hash_t h = str_hash(s);
    size_t j = (size_t)h & interned.mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        StrObject *t = interned.slots[j];
        if (t == NULL) {
            break;
        }
        if (t == TOMBSTONE) {
            if (free_slot == SIZE_MAX) {
                free_slot = j;
            }
        } else if (t->hash == h && str_eq(OB(t), s)) {
            *p = NEWREF(t);
            DECREF(s);
            return;
        }
        j = (j + 1) & interned.mask;
    }
    if (free_slot == SIZE_MAX) {
        free_slot = j;
        interned.filled++;
    }
    interned.slots[free_slot] = STR(s);
    interned.used++;
    STR(s)->interned = 1;
}

// Take `s` out of the table (its dealloc).
static void intern_remove(StrObject *s) {
    if (interned.slots == NULL) {
        return;
    }
    size_t j = (size_t)s->hash & interned.mask;
    while (interned.slots[j] != NULL) {
        if (interned.slots[j] == s) {
            interned.slots[j] = TOMBSTONE;
            interned.used--;
            return;
        }
        j = (j + 1) & interned.mask;
    }
}

Object *str_intern_cstr(const char *s) {
    Object *o = str_from_cstr(s);
    if (o != NULL) {
        str_intern(&o);
    }
    return o;
}

void str_fini(void) {
    for (int i = 0; i < 256; i++) {
        CLEAR(rt->latin1[i]);
    }
    CLEAR(rt->empty_str);
    heap_free(interned.slots);
    interned.slots = NULL;
    interned.mask = interned.used = interned.filled = 0;
}

// ---- the string builder ----------------------------------------------------------------

void str_builder_init(StrBuilder *b) {
    b->buf = NULL;
    b->len = 0;
    b->cap = 0;
}

int str_builder_reserve(StrBuilder *b, size_t extra) {
    if (b->cap - b->len >= extra) {
        return 0;
    }
    if (extra > (size_t)PTRDIFF_MAX / 2 - b->len) {
        err_no_memory();
        return -1;
    }
    size_t cap = b->cap < 64 ? 64 : b->cap;
    while (cap - b->len < extra) {
        cap *= 2;
    }
    char *buf = heap_realloc(b->buf, cap);
    if (buf == NULL) {
        err_no_memory();
        return -1;
    }
    b->buf = buf;
    b->cap = cap;
    return 0;
}

int str_builder_append(StrBuilder *b, const char *s, size_t n) {
    if (str_builder_reserve(b, n) < 0) {
        return -1;
    }
    if (n > 0) {
        memcpy(b->buf + b->len, s, n);
    }
    b->len += n;
    return 0;
}

int str_builder_append_cstr(StrBuilder *b, const char *s) {
    return str_builder_append(b, s, strlen(s));
}

int str_builder_append_repr(StrBuilder *b, Object *o) {
    Object *r = obj_repr(o);
    if (r == NULL) {
        return -1;
    }
    int rc = str_builder_append_str(b, r);
    DECREF(r);
    return rc;
}

int str_builder_append_str(StrBuilder *b, Object *s) {
    return str_builder_append(b, STR(s)->data, (size_t)STR(s)->size);
}

int str_builder_append_char(StrBuilder *b, char c) {
    if (b->len == b->cap && str_builder_reserve(b, 1) < 0) {
        return -1;
    }
    b->buf[b->len++] = c;
    return 0;
}

int str_builder_append_codepoint(StrBuilder *b, uint32_t cp) {
    if (str_builder_reserve(b, 4) < 0) {
        return -1;
    }
    b->len += (size_t)utf8_encode(cp, b->buf + b->len);
    return 0;
}

int str_builder_fill(StrBuilder *b, uint32_t cp, ssize_t n) {
    if (n <= 0) {
        return 0;
    }
    char enc[4];
    int k = utf8_encode(cp, enc);
    if (str_builder_reserve(b, (size_t)n * (size_t)k) < 0) {
        return -1;
    }
    if (k == 1) {
        memset(b->buf + b->len, enc[0], (size_t)n);
        b->len += (size_t)n;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            memcpy(b->buf + b->len, enc, (size_t)k);
            b->len += (size_t)k;
        }
    }
    return 0;
}

Object *str_builder_finish(StrBuilder *b) {
    Object *res = make_str(b->buf != NULL ? b->buf : "", b->len, false);
    str_builder_discard(b);
    return res;
}

void str_builder_discard(StrBuilder *b) {
    heap_free(b->buf);
    str_builder_init(b);
}

// ---- repr --------------------------------------------------------------------------------

static const char hexdigits[] = "0123456789abcdef";

// Append `c` as \xNN, \uNNNN or \UNNNNNNNN.
static int append_hex_escape(StrBuilder *b, uint32_t c) {
    char buf[10];
    int n;
    if (c <= 0xFF) {
        buf[0] = '\\';
        buf[1] = 'x';
        n = 2;
    } else if (c <= 0xFFFF) {
        buf[0] = '\\';
        buf[1] = 'u';
        n = 4;
    } else {
        buf[0] = '\\';
        buf[1] = 'U';
        n = 8;
    }
    for (int i = 0; i < n; i++) {
        buf[2 + i] = hexdigits[(c >> (4 * (n - 1 - i))) & 0xF];
    }
    return str_builder_append(b, buf, (size_t)n + 2);
}

Object *str_repr(Object *s) {
    StrObject *o = STR(s);
    bool has_single = memchr(o->data, '\'', (size_t)o->size) != NULL;
    bool has_double = memchr(o->data, '"', (size_t)o->size) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    StrBuilder b;
    str_builder_init(&b);
    if (str_builder_reserve(&b, (size_t)o->size + 2) < 0) {
        return NULL;
    }
    b.buf[b.len++] = quote;
    ssize_t pos = 0;
    while (pos < o->size) {
        ssize_t start = pos;
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        int rc;
        if (c == (uint32_t)quote || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rc = str_builder_append(&b, esc, 2);
        } else if (c == '\t') {
            rc = str_builder_append(&b, "\\t", 2);
        } else if (c == '\n') {
            rc = str_builder_append(&b, "\\n", 2);
        } else if (c == '\r') {
            rc = str_builder_append(&b, "\\r", 2);
        } else if (c >= 0x20 && c < 0x7F) {
            rc = str_builder_append_char(&b, (char)c);
        } else if (c >= 0x80 && cp_isprintable(c)) {
            rc = str_builder_append(&b, o->data + start, (size_t)(pos - start));
        } else {
            rc = append_hex_escape(&b, c);
        }
        if (rc < 0) {
            str_builder_discard(&b);
            return NULL;
        }
    }
    if (str_builder_append_char(&b, quote) < 0) {
        str_builder_discard(&b);
        return NULL;
    }
    return str_builder_finish(&b);
}

Object *str_escape_nonascii(Object *s) {
    if (STR(s)->ascii) {
        return NEWREF(s);
    }
    StrObject *o = STR(s);
    StrBuilder b;
    str_builder_init(&b);
    ssize_t pos = 0;
    while (pos < o->size) {
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        int rc = c < 0x80 ? str_builder_append_char(&b, (char)c) : append_hex_escape(&b, c);
        if (rc < 0) {
            str_builder_discard(&b);
            return NULL;
        }
    }
    return str_builder_finish(&b);
}

// ---- argument checking with the messages CPython gives str's methods -------------------

// No arguments: "str.upper() takes no arguments (1 given)".
static int check_noargs(const char *name, size_t nargs, Object *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&TypeErrorType, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 0) {
        err_format(&TypeErrorType, "str.%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

// Exactly one argument: "str.join() takes exactly one argument (0 given)".
static int check_onearg(const char *name, size_t nargs, Object *kwnames) {
    char qual[48];
    snprintf(qual, sizeof qual, "str.%s", name);
    return args_one(qual, nargs, kwnames);
}

// The older style of find, count, startswith: "find() takes at least 1 argument (0 given)".
static int check_varargs(const char *name, size_t nargs, Object *kwnames, size_t min,
                         size_t max) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&TypeErrorType, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        err_format(&TypeErrorType, "%s() takes at least %zu argument%s (%zu given)", name, min,
                   min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&TypeErrorType, "%s() takes at most %zu argument%s (%zu given)", name, max,
                   max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// Positional-only parameters: "replace expected at least 2 arguments, got 1".
static int check_posonly(const char *name, size_t nargs, Object *kwnames, size_t min,
                         size_t max) {
    char qual[48];
    snprintf(qual, sizeof qual, "str.%s", name);
    return args_range(qual, name, nargs, kwnames, min, max);
}

// Optional parameters that may be given by keyword (split, splitlines, expandtabs):
// `out[i]` is the borrowed value of `names[i]`, or NULL.
static int parse_kw(const char *name, Object *const *args, size_t nargs, Object *kwnames,
                    const char *const *names, size_t max, Object **out) {
    size_t nkw = kwnames != NULL ? (size_t)tuple_size(kwnames) : 0;
    if (nargs + nkw > max) {
        err_format(&TypeErrorType, "%s() takes at most %zu %sargument%s (%zu given)", name, max,
                   nargs == 0 ? "keyword " : "", max == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < max; i++) {
        out[i] = i < nargs ? args[i] : NULL;
    }
    for (size_t k = 0; k < nkw; k++) {
        Object *key = tuple_item_borrow(kwnames, (ssize_t)k);
        size_t i = 0;
        while (i < max && !str_eq_cstr(key, names[i])) {
            i++;
        }
        if (i == max) {
            err_format(&TypeErrorType, "'%U' is an invalid keyword argument for %s()", key, name);
            return -1;
        }
        if (i < nargs) {
            err_format(&TypeErrorType, "argument for %s() given by name ('%s') and position (%zu)",
                       name, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

// An integer argument (anything with __index__). 0, or -1 with CPython's TypeError.
static int index_arg(Object *o, ssize_t *out) {
    if (!obj_has_index(o)) {
        err_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
                   type_name(o));
        return -1;
    }
    ssize_t v = obj_as_ssize(o);
    if (v == -1 && err_occurred() != NULL) {
        return -1;
    }
    *out = v;
    return 0;
}

// The start/end arguments of find, count, startswith: None or an index, resolved against
// `len` as slice bounds are (negative counts from the end; end clamped to `len`; start
// may stay beyond `len`, which callers treat as "no match").
static int slice_bounds(Object *start_obj, Object *end_obj, ssize_t len, ssize_t *start,
                        ssize_t *end) {
    ssize_t s = 0, e = len;
    if (start_obj != NULL && start_obj != None) {
        if (!obj_has_index(start_obj)) {
            goto bad;
        }
        s = obj_as_ssize(start_obj);
        if (s == -1 && err_occurred() != NULL) {
            return -1;
        }
    }
    if (end_obj != NULL && end_obj != None) {
        if (!obj_has_index(end_obj)) {
            goto bad;
        }
        e = obj_as_ssize(end_obj);
        if (e == -1 && err_occurred() != NULL) {
            return -1;
        }
    }
    if (e > len) {
        e = len;
    } else if (e < 0) {
        e += len;
        if (e < 0) {
            e = 0;
        }
    }
    if (s < 0) {
        s += len;
        if (s < 0) {
            s = 0;
        }
    }
    *start = s;
    *end = e;
    return 0;
bad:
    err_set_str(&TypeErrorType,
                "slice indices must be integers or None or have an __index__ method");
    return -1;
}

// The type name that CPython's "argument 1 must be str, not X" messages show: "None"
// for None itself.
static const char *arg_type_name(Object *o) {
    return o == None ? "None" : type_name(o);
}

// A str argument: TypeError "must be str, not int" (with `what` prefixed when given; such
// messages name None as "None").
static int need_str(Object *o, const char *what) {
    if (str_check(o)) {
        return 0;
    }
    if (what != NULL) {
        err_format(&TypeErrorType, "%s must be str, not %s", what, arg_type_name(o));
    } else {
        err_format(&TypeErrorType, "must be str, not %s", type_name(o));
    }
    return -1;
}

// ---- searching -------------------------------------------------------------------------

// First occurrence of `needle` in `hay[lo:hi]` (bytes), or -1.
static ssize_t find_bytes(const char *hay, ssize_t lo, ssize_t hi, const char *needle,
                          ssize_t n) {
    if (hi - lo < n) {
        return -1;
    }
    if (n == 0) {
        return lo;
    }
    if (n == 1) {
        const char *p = memchr(hay + lo, needle[0], (size_t)(hi - lo));
        return p != NULL ? p - hay : -1;
    }
    const char *p = memmem(hay + lo, (size_t)(hi - lo), needle, (size_t)n);
    return p != NULL ? p - hay : -1;
}

// Last occurrence of `needle` in `hay[lo:hi]` (bytes), or -1.
static ssize_t rfind_bytes(const char *hay, ssize_t lo, ssize_t hi, const char *needle,
                           ssize_t n) {
    if (hi - lo < n) {
        return -1;
    }
    if (n == 0) {
        return hi;
    }
    for (ssize_t i = hi - n; i >= lo; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)n) == 0) {
            return i;
        }
    }
    return -1;
}

// Non-overlapping occurrences of `needle` in `hay[lo:hi]`, at most `max` (when >= 0).
static ssize_t count_bytes(const char *hay, ssize_t lo, ssize_t hi, const char *needle,
                           ssize_t n, ssize_t max) {
    ssize_t count = 0;
    while (max < 0 || count < max) {
        ssize_t at = find_bytes(hay, lo, hi, needle, n);
        if (at < 0) {
            break;
        }
        count++;
        lo = at + n;
    }
    return count;
}

// ---- slots -------------------------------------------------------------------------------

static void str_dealloc(Object *self) {
    if (index_cache.str == STR(self)) {
        index_cache.str = NULL;
    }
    if (STR(self)->interned) {
        intern_remove(STR(self));
    }
    obj_free(self);
}

static Object *str_str(Object *self) {
    if (str_check_exact(self)) {
        return NEWREF(self);
    }
    return make_str(STR(self)->data, (size_t)STR(self)->size, STR(self)->ascii);
}

static Object *str_richcompare(Object *a, Object *b, int op) {
    if (!str_check(a) || !str_check(b)) {
        return NEWREF(NotImplemented);
    }
    bool r;
    if (op == OBJ_EQ || op == OBJ_NE) {
        r = str_eq(a, b) == (op == OBJ_EQ);
    } else {
        StrObject *x = STR(a), *y = STR(b);
        ssize_t n = x->size < y->size ? x->size : y->size;
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c == 0) {
            c = (x->size > y->size) - (x->size < y->size);
        }
        switch (op) {
        case OBJ_LT:
            r = c < 0;
            break;
        case OBJ_LE:
            r = c <= 0;
            break;
        case OBJ_GT:
            r = c > 0;
            break;
        default:
            r = c >= 0;
            break;
        }
    }
    return NEWREF(r ? True : False);
}

// str + str. A str on the left with anything else but an instance of a class (which may
// define __radd__) is CPython's "can only concatenate" TypeError.
static Object *str_add(Object *a, Object *b) {
    if (str_check(a) && str_check(b)) {
        return str_concat(a, b);
    }
    if (str_check(a) && !(TYPE(b)->flags & TP_HEAPTYPE)) {
        err_format(&TypeErrorType, "can only concatenate str (not \"%s\") to str", type_name(b));
        return NULL;
    }
    return NEWREF(NotImplemented);
}

// `s` repeated `n` times. Ref: new.
static Object *repeat(Object *s, ssize_t n) {
    StrObject *o = STR(s);
    if (n <= 0 || o->size == 0) {
        return empty_str();
    }
    if (n == 1 && str_check_exact(s)) {
        return NEWREF(s);
    }
    if (o->size > PTRDIFF_MAX / n) {
        err_set_str(&OverflowErrorType, "repeated string is too long");
        return NULL;
    }
    size_t total = (size_t)o->size * (size_t)n;
    if (o->length == 1 && o->size == 1) {
        StrObject *r = raw_alloc(total);
        if (r == NULL) {
            return NULL;
        }
        memset(r->data, o->data[0], total);
        r->length = (ssize_t)total;
        r->ascii = o->ascii;
        return OB(r);
    }
    StrObject *r = raw_alloc(total);
    if (r == NULL) {
        return NULL;
    }
    // Copy doubling blocks: log(n) memcpy calls.
    memcpy(r->data, o->data, (size_t)o->size);
    size_t done = (size_t)o->size;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(r->data + done, r->data, k);
        done += k;
    }
    r->length = o->length * n;
    r->ascii = o->ascii;
    return OB(r);
}

// str * int and int * str.
static Object *str_mul(Object *a, Object *b) {
    Object *s = str_check(a) ? a : b;
    Object *n = s == a ? b : a;
    if (!obj_has_index(n)) {
        if (TYPE(n)->flags & TP_HEAPTYPE) {
            return NEWREF(NotImplemented);
        }
        err_format(&TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   type_name(n));
        return NULL;
    }
    ssize_t count;
    if (index_arg(n, &count) < 0) {
        return NULL;
    }
    return repeat(s, count);
}

static Object *str_mod(Object *a, Object *b) {
    if (!str_check(a)) {
        return NEWREF(NotImplemented);
    }
    return format_percent(a, b);
}

static ssize_t str_len(Object *self) {
    return STR(self)->length;
}

// s[start:stop:step] with `count` items.
static Object *str_slice(Object *s, ssize_t start, ssize_t step, ssize_t count) {
    StrObject *o = STR(s);
    if (count <= 0) {
        return empty_str();
    }
    if (step == 1) {
        ssize_t lo = offset_of(s, start);
        ssize_t hi = o->ascii ? start + count : offset_of(s, start + count);
        return substr(s, lo, hi);
    }
    if (o->ascii) {
        StrObject *r = raw_alloc((size_t)count);
        if (r == NULL) {
            return NULL;
        }
        for (ssize_t i = 0; i < count; i++) {
            r->data[i] = o->data[start + i * step];
        }
        r->length = count;
        r->ascii = 1;
        // A new object even for one character, as CPython's stepped slice makes it.
        return OB(r);
    }
    // Non-ASCII with a step: note where each code point starts, then pick.
    ssize_t *starts = heap_alloc(((size_t)o->length + 1) * sizeof(ssize_t));
    if (starts == NULL) {
        return err_no_memory();
    }
    ssize_t pos = 0, k = 0;
    while (pos < o->size) {
        starts[k++] = pos;
        pos += utf8_seq_len((unsigned char)o->data[pos]);
    }
    starts[k] = o->size;
    StrBuilder b;
    str_builder_init(&b);
    Object *res = NULL;
    for (ssize_t i = 0; i < count; i++) {
        ssize_t j = start + i * step;
        if (str_builder_append(&b, o->data + starts[j], (size_t)(starts[j + 1] - starts[j])) <
            0) {
            str_builder_discard(&b);
            goto done;
        }
    }
    res = str_builder_finish(&b);
done:
    heap_free(starts);
    return res;
}

static Object *str_getitem(Object *self, Object *key) {
    if (obj_has_index(key)) {
        ssize_t i = obj_as_ssize(key);
        if (i == -1 && err_occurred() != NULL) {
            return NULL;
        }
        if (i < 0) {
            i += STR(self)->length;
        }
        if (i < 0 || i >= STR(self)->length) {
            err_set_str(&IndexErrorType, "string index out of range");
            return NULL;
        }
        if (STR(self)->ascii) {
            return latin1_char((unsigned char)STR(self)->data[i]);
        }
        return str_from_codepoint(str_codepoint_at(self, i));
    }
    if (slice_check(key)) {
        ssize_t start, stop, step, count;
        if (slice_indices(key, STR(self)->length, &start, &stop, &step, &count) < 0) {
            return NULL;
        }
        return str_slice(self, start, step, count);
    }
    err_format(&TypeErrorType, "string indices must be integers, not '%s'", type_name(key));
    return NULL;
}

static int str_contains(Object *self, Object *x) {
    if (!str_check(x)) {
        err_format(&TypeErrorType, "'in <string>' requires string as left operand, not %s",
                   type_name(x));
        return -1;
    }
    return find_bytes(STR(self)->data, 0, STR(self)->size, STR(x)->data, STR(x)->size) >= 0;
}

// ---- iteration ---------------------------------------------------------------------------

typedef struct StrIterObject {
    Object ob;
    Object *str;            // NULL once exhausted
    ssize_t pos;            // byte offset of the next code point
} StrIterObject;

static Object *str_iter(Object *self) {
    TypeObject *t = STR(self)->ascii ? &StrAsciiIterType : &StrIterType;
    StrIterObject *it = (StrIterObject *)obj_alloc(t, 0);
    if (it == NULL) {
        return NULL;
    }
    it->str = NEWREF(self);
    it->pos = 0;
    return OB(it);
}

static void striter_dealloc(Object *self) {
    XDECREF(((StrIterObject *)self)->str);
    obj_free(self);
}

static Object *striter_next(Object *self) {
    StrIterObject *it = (StrIterObject *)self;
    Object *s = it->str;
    if (s == NULL) {
        return NULL;
    }
    if (it->pos >= STR(s)->size) {
        it->str = NULL;
        DECREF(s);
        return NULL;
    }
    uint32_t c = utf8_decode(STR(s)->data, STR(s)->size, &it->pos);
    return str_from_codepoint(c);
}

static Object *striter_length_hint(Object *self, Object *const *args, size_t nargs,
                                   Object *kwnames) {
    StrIterObject *it = (StrIterObject *)self;
    ssize_t n = 0;
    if (it->str != NULL) {
        n = STR(it->str)->length - index_of(it->str, it->pos);
    }
    return int_from_i64(n);
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0},
    {NULL, NULL, 0},
};

TypeObject StrIterType = {
    .ob = {1, &TypeType},
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .iter = obj_iter_self,
    .iternext = striter_next,
    .methods = striter_methods,
    .base = &BaseObjectType,
};

TypeObject StrAsciiIterType = {
    .ob = {1, &TypeType},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .iter = obj_iter_self,
    .iternext = striter_next,
    .methods = striter_methods,
    .base = &BaseObjectType,
};

// ---- constructor -------------------------------------------------------------------------

static Object *str_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Object *a[3];
    if (parse_kw("str", args, nargs, kwnames, names, 3, a) < 0) {
        return NULL;
    }
    // The encoding and errors arguments are checked first; without an object they are unused.
    for (int i = 1; i < 3; i++) {
        if (a[i] != NULL && !str_check(a[i])) {
            err_format(&TypeErrorType, "str() argument '%s' must be str, not %s", names[i],
                       arg_type_name(a[i]));
            return NULL;
        }
    }
    if (a[0] == NULL) {
        return empty_str();
    }
    if (a[1] != NULL || a[2] != NULL) {
        if (str_check(a[0])) {
            err_set_str(&TypeErrorType, "decoding str is not supported");
        } else {
            err_format(&TypeErrorType, "decoding to str: need a bytes-like object, %s found",
                       type_name(a[0]));
        }
        return NULL;
    }
    return obj_str(a[0]);
}

// ---- methods: case -------------------------------------------------------------------------

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_WORDS };

// Append the `mode` mapping of `c` (CASE_LOWER, CASE_UPPER, CASE_TITLE or CASE_FOLD),
// with the mappings to several code points that matter in practice.
static int append_case(StrBuilder *b, uint32_t c, int mode) {
    if (c == 0xDF) {     // ß
        const char *m = mode == CASE_UPPER ? "SS" : mode == CASE_TITLE ? "Ss" :
                        mode == CASE_FOLD ? "ss" : "\xc3\x9f";
        return str_builder_append_cstr(b, m);
    }
    if (c == 0x130 && (mode == CASE_LOWER || mode == CASE_FOLD)) {   // İ
        return str_builder_append_cstr(b, "i\xcc\x87");
    }
    if (c >= 0xFB00 && c <= 0xFB06 && mode != CASE_LOWER) {      // the ff, fi ... ligatures
        static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        const char *m = lig[c - 0xFB00];
        if (mode == CASE_FOLD) {
            return str_builder_append_cstr(b, m);
        }
        for (const char *p = m; *p != '\0'; p++) {
            char up = (mode == CASE_UPPER || p == m) ? (char)(*p - 32) : *p;
            if (str_builder_append_char(b, up) < 0) {
                return -1;
            }
        }
        return 0;
    }
    uint32_t r;
    switch (mode) {
    case CASE_UPPER:
        r = cp_upper(c);
        break;
    case CASE_TITLE:
        r = cp_title(c);
        break;
    case CASE_FOLD:
        r = c == 0xB5 ? 0x3BC : c == 0x17F ? 's' : c == 0x3C2 ? 0x3C3 : cp_lower(c);
        break;
    default:
        r = cp_lower(c);
        break;
    }
    return str_builder_append_codepoint(b, r);
}

// Whether the Σ at byte `pos` of `o` (just decoded; `next` is the offset after it) ends a
// word, so that lower() makes it ς: a cased letter before it and none after it.
static bool final_sigma(StrObject *o, ssize_t pos, ssize_t next) {
    const unsigned char *p = (const unsigned char *)o->data;
    ssize_t i = pos;
    if (i == 0) {
        return false;
    }
    do {
        i--;
    } while (i > 0 && utf8_is_cont(p[i]));
    ssize_t j = i;
    if (!cp_iscased(utf8_decode(o->data, o->size, &j))) {
        return false;
    }
    if (next >= o->size) {
        return true;
    }
    j = next;
    return !cp_iscased(utf8_decode(o->data, o->size, &j));
}

// The case conversions: lower, upper, casefold, swapcase, title, capitalize.
static Object *convert_case(Object *self, int mode) {
    StrObject *o = STR(self);
    if (o->ascii) {
        StrObject *r = raw_alloc((size_t)o->size);
        if (r == NULL) {
            return NULL;
        }
        bool prev_cased = false;
        for (ssize_t i = 0; i < o->size; i++) {
            unsigned char c = (unsigned char)o->data[i];
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            bool to_upper;
            switch (mode) {
            case CASE_UPPER:
                to_upper = true;
                break;
            case CASE_SWAP:
                to_upper = low;
                break;
            case CASE_WORDS:
                to_upper = !prev_cased;
                break;
            case CASE_CAPITALIZE:
                to_upper = i == 0;
                break;
            default:
                to_upper = false;
                break;
            }
            if (to_upper && low) {
                c = (unsigned char)(c - 32);
            } else if (!to_upper && up) {
                c = (unsigned char)(c + 32);
            }
            r->data[i] = (char)c;
            prev_cased = up || low;
        }
        r->length = o->length;
        r->ascii = 1;
        return OB(r);
    }
    StrBuilder b;
    str_builder_init(&b);
    if (str_builder_reserve(&b, (size_t)o->size) < 0) {
        return NULL;
    }
    ssize_t pos = 0;
    bool prev_cased = false;
    bool first = true;
    while (pos < o->size) {
        ssize_t start = pos;
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        int m;
        switch (mode) {
        case CASE_SWAP:
            m = cp_isupper(c) ? CASE_LOWER : cp_islower(c) ? CASE_UPPER : -1;
            break;
        case CASE_WORDS:
            m = prev_cased ? CASE_LOWER : CASE_TITLE;
            break;
        case CASE_CAPITALIZE:
            m = first ? CASE_TITLE : CASE_LOWER;
            break;
        default:
            m = mode;
            break;
        }
        int rc;
        if (m < 0) {
            rc = str_builder_append(&b, o->data + start, (size_t)(pos - start));
        } else if (c == 0x3A3 && m == CASE_LOWER && final_sigma(o, start, pos)) {
            rc = str_builder_append_codepoint(&b, 0x3C2);
        } else {
            rc = append_case(&b, c, m);
        }
        if (rc < 0) {
            str_builder_discard(&b);
            return NULL;
        }
        prev_cased = cp_iscased(c);
        first = false;
    }
    return str_builder_finish(&b);
}

#define CASE_METHOD(fname, pyname, mode)                                              \
    static Object *fname(Object *self, Object *const *args, size_t nargs,             \
                         Object *kwnames) {                                           \
        if (check_noargs(pyname, nargs, kwnames) < 0) {                               \
            return NULL;                                                              \
        }                                                                             \
        return convert_case(self, mode);                                              \
    }
CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_title, "title", CASE_WORDS)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAPITALIZE)
#undef CASE_METHOD

// ---- methods: predicates -----------------------------------------------------------------

// True when `s` is not empty and every code point satisfies `pred`.
static Object *all_chars(Object *self, bool (*pred)(uint32_t)) {
    StrObject *o = STR(self);
    if (o->size == 0) {
        RETURN_FALSE;
    }
    ssize_t pos = 0;
    while (pos < o->size) {
        if (!pred(utf8_decode(o->data, o->size, &pos))) {
            RETURN_FALSE;
        }
    }
    RETURN_TRUE;
}

#define PRED_METHOD(fname, pyname, pred)                                              \
    static Object *fname(Object *self, Object *const *args, size_t nargs,             \
                         Object *kwnames) {                                           \
        if (check_noargs(pyname, nargs, kwnames) < 0) {                               \
            return NULL;                                                              \
        }                                                                             \
        return all_chars(self, pred);                                                 \
    }
PRED_METHOD(str_isdigit, "isdigit", cp_isdigit)
PRED_METHOD(str_isdecimal, "isdecimal", cp_isdecimal)
PRED_METHOD(str_isnumeric, "isnumeric", cp_isnumeric)
PRED_METHOD(str_isalpha, "isalpha", cp_isalpha)
PRED_METHOD(str_isalnum, "isalnum", cp_isalnum)
PRED_METHOD(str_isspace, "isspace", cp_isspace)
#undef PRED_METHOD

// isupper / islower: at least one cased character, and none of the other case.
static Object *case_pred(Object *self, bool upper) {
    StrObject *o = STR(self);
    bool cased = false;
    ssize_t pos = 0;
    while (pos < o->size) {
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        if (upper ? (cp_islower(c) || cp_istitlecase(c)) :
                    (cp_isupper(c) || cp_istitlecase(c))) {
            RETURN_FALSE;
        }
        if (upper ? cp_isupper(c) : cp_islower(c)) {
            cased = true;
        }
    }
    return NEWREF(cased ? True : False);
}

static Object *str_isupper(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_noargs("isupper", nargs, kwnames) < 0) {
        return NULL;
    }
    return case_pred(self, true);
}

static Object *str_islower(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_noargs("islower", nargs, kwnames) < 0) {
        return NULL;
    }
    return case_pred(self, false);
}

static Object *str_istitle(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_noargs("istitle", nargs, kwnames) < 0) {
        return NULL;
    }
    StrObject *o = STR(self);
    bool cased = false, prev_cased = false;
    ssize_t pos = 0;
    while (pos < o->size) {
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        if (cp_isupper(c) || cp_istitlecase(c)) {
            if (prev_cased) {
                RETURN_FALSE;
            }
            prev_cased = cased = true;
        } else if (cp_islower(c)) {
            if (!prev_cased) {
                RETURN_FALSE;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return NEWREF(cased ? True : False);
}

static bool id_start(uint32_t c) {
    return c == '_' || cp_isalpha(c);
}

static bool id_continue(uint32_t c) {
    return c == '_' || cp_isalpha(c) || cp_isdecimal(c) || (c >= 0x300 && c <= 0x36F) ||
           c == 0xB7;
}

static Object *str_isidentifier(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (check_noargs("isidentifier", nargs, kwnames) < 0) {
        return NULL;
    }
    StrObject *o = STR(self);
    if (o->size == 0) {
        RETURN_FALSE;
    }
    ssize_t pos = 0;
    if (!id_start(utf8_decode(o->data, o->size, &pos))) {
        RETURN_FALSE;
    }
    while (pos < o->size) {
        if (!id_continue(utf8_decode(o->data, o->size, &pos))) {
            RETURN_FALSE;
        }
    }
    RETURN_TRUE;
}

static Object *str_isascii(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_noargs("isascii", nargs, kwnames) < 0) {
        return NULL;
    }
    return NEWREF(STR(self)->ascii ? True : False);
}

static Object *str_isprintable(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (check_noargs("isprintable", nargs, kwnames) < 0) {
        return NULL;
    }
    StrObject *o = STR(self);
    ssize_t pos = 0;
    while (pos < o->size) {
        if (!cp_isprintable(utf8_decode(o->data, o->size, &pos))) {
            RETURN_FALSE;
        }
    }
    RETURN_TRUE;
}

// ---- methods: split and join ---------------------------------------------------------------

// Append `s[lo:hi]` (bytes) to `list`. 0, or -1.
static int append_piece(Object *list, Object *s, ssize_t lo, ssize_t hi) {
    Object *piece = substr(s, lo, hi);
    if (piece == NULL) {
        return -1;
    }
    int rc = list_append(list, piece);
    DECREF(piece);
    return rc;
}

// Reverse `list` in place (rsplit collects from the right).
static void reverse_list(Object *list) {
    ssize_t n = list_size(list);
    Object **items = ((ListObject *)list)->items;
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        Object *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

// Whether the code point at byte `pos` is white space; its size in `*len`.
static bool space_at(StrObject *o, ssize_t pos, ssize_t *len) {
    unsigned char c = (unsigned char)o->data[pos];
    if (c < 0x80) {
        *len = 1;
        return (latin1_flags[c] & C_SPACE) != 0;
    }
    ssize_t next = pos;
    uint32_t cp = utf8_decode(o->data, o->size, &next);
    *len = next - pos;
    return cp_isspace(cp);
}

// Whether the code point ending just before byte `end` is white space; its size in `*len`.
static bool space_before(StrObject *o, ssize_t end, ssize_t *len) {
    ssize_t start = end - 1;
    while (start > 0 && utf8_is_cont((unsigned char)o->data[start])) {
        start--;
    }
    ssize_t n;
    bool space = space_at(o, start, &n);
    *len = end - start;
    return space;
}

static int split_whitespace(Object *list, Object *s, ssize_t maxsplit) {
    StrObject *o = STR(s);
    ssize_t i = 0, n;
    if (o->ascii) {
        // The common case, one byte per code point.
        const unsigned char *p = (const unsigned char *)o->data;
        for (;;) {
            while (i < o->size && (latin1_flags[p[i]] & C_SPACE)) {
                i++;
            }
            if (i >= o->size) {
                return 0;
            }
            if (maxsplit == 0) {
                return append_piece(list, s, i, o->size);
            }
            ssize_t j = i + 1;
            while (j < o->size && !(latin1_flags[p[j]] & C_SPACE)) {
                j++;
            }
            if (append_piece(list, s, i, j) < 0) {
                return -1;
            }
            i = j;
            maxsplit--;
        }
    }
    for (;;) {
        while (i < o->size && space_at(o, i, &n)) {
            i += n;
        }
        if (i >= o->size) {
            return 0;
        }
        if (maxsplit == 0) {
            return append_piece(list, s, i, o->size);
        }
        ssize_t j = i;
        while (j < o->size && !space_at(o, j, &n)) {
            j += n;
        }
        if (append_piece(list, s, i, j) < 0) {
            return -1;
        }
        i = j;
        maxsplit--;
    }
}

static int rsplit_whitespace(Object *list, Object *s, ssize_t maxsplit) {
    StrObject *o = STR(s);
    ssize_t end = o->size, n;
    for (;;) {
        while (end > 0 && space_before(o, end, &n)) {
            end -= n;
        }
        if (end <= 0) {
            return 0;
        }
        if (maxsplit == 0) {
            return append_piece(list, s, 0, end);
        }
        ssize_t j = end;
        while (j > 0 && !space_before(o, j, &n)) {
            j -= n;
        }
        if (append_piece(list, s, j, end) < 0) {
            return -1;
        }
        end = j;
        maxsplit--;
    }
}

static Object *do_split(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                        bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    const char *fname = right ? "rsplit" : "split";
    Object *a[2];
    ssize_t maxsplit = -1;
    if (parse_kw(fname, args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    // As in CPython, maxsplit is read before sep is checked.
    if (a[1] != NULL && index_arg(a[1], &maxsplit) < 0) {
        return NULL;
    }
    Object *sep = a[0] == None ? NULL : a[0];
    if (sep != NULL && !str_check(sep)) {
        err_format(&TypeErrorType, "must be str or None, not %s", type_name(sep));
        return NULL;
    }
    if (sep != NULL && STR(sep)->size == 0) {
        err_set_str(&ValueErrorType, "empty separator");
        return NULL;
    }
    Object *list = list_new(0);
    if (list == NULL) {
        return NULL;
    }
    StrObject *o = STR(self);
    int rc = 0;
    if (sep == NULL) {
        rc = right ? rsplit_whitespace(list, self, maxsplit) :
                     split_whitespace(list, self, maxsplit);
    } else if (!right) {
        ssize_t i = 0, n = STR(sep)->size;
        while (rc == 0 && maxsplit != 0) {
            ssize_t at = find_bytes(o->data, i, o->size, STR(sep)->data, n);
            if (at < 0) {
                break;
            }
            rc = append_piece(list, self, i, at);
            i = at + n;
            maxsplit--;
        }
        if (rc == 0) {
            rc = append_piece(list, self, i, o->size);
        }
    } else {
        ssize_t end = o->size, n = STR(sep)->size;
        while (rc == 0 && maxsplit != 0) {
            ssize_t at = rfind_bytes(o->data, 0, end, STR(sep)->data, n);
            if (at < 0) {
                break;
            }
            rc = append_piece(list, self, at + n, end);
            end = at;
            maxsplit--;
        }
        if (rc == 0) {
            rc = append_piece(list, self, 0, end);
        }
    }
    if (rc < 0) {
        DECREF(list);
        return NULL;
    }
    if (right) {
        reverse_list(list);
    }
    return list;
}

static Object *str_split(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_split(self, args, nargs, kwnames, false);
}

static Object *str_rsplit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_split(self, args, nargs, kwnames, true);
}

static Object *str_splitlines(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    static const char *const names[] = {"keepends"};
    Object *a[1];
    if (parse_kw("splitlines", args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    bool keepends = false;
    if (a[0] != NULL) {
        ssize_t k;
        if (index_arg(a[0], &k) < 0) {
            return NULL;
        }
        keepends = k != 0;
    }
    Object *list = list_new(0);
    if (list == NULL) {
        return NULL;
    }
    StrObject *o = STR(self);
    ssize_t i = 0;
    while (i < o->size) {
        ssize_t j = i, eol = -1, next = -1;
        while (j < o->size) {
            ssize_t k = j;
            uint32_t c = utf8_decode(o->data, o->size, &k);
            if (cp_islinebreak(c)) {
                eol = j;
                next = k;
                if (c == '\r' && k < o->size && o->data[k] == '\n') {
                    next = k + 1;
                }
                break;
            }
            j = k;
        }
        if (eol < 0) {
            eol = next = o->size;
        }
        if (append_piece(list, self, i, keepends ? next : eol) < 0) {
            DECREF(list);
            return NULL;
        }
        i = next;
    }
    return list;
}

Object *str_join(Object *sep, Object *iterable) {
    Object *seq = NULL, *res = NULL;
    if (list_check(iterable) || tuple_check(iterable)) {
        seq = NEWREF(iterable);
    } else {
        Object *it = obj_get_iter(iterable);
        if (it == NULL) {
            if (err_matches(&TypeErrorType)) {
                err_clear();
                err_set_str(&TypeErrorType, "can only join an iterable");
            }
            return NULL;
        }
        seq = obj_to_list(it);
        DECREF(it);
        if (seq == NULL) {
            return NULL;
        }
    }
    ssize_t n = list_check(seq) ? list_size(seq) : tuple_size(seq);
    Object *const *items = list_check(seq) ? (Object *const *)((ListObject *)seq)->items :
                                             (Object *const *)tuple_items(seq);
    if (n == 0) {
        res = empty_str();
        goto done;
    }
    if (n == 1 && str_check_exact(items[0])) {
        res = NEWREF(items[0]);
        goto done;
    }
    size_t total = 0;
    ssize_t length = 0;
    bool ascii = STR(sep)->ascii;
    for (ssize_t i = 0; i < n; i++) {
        Object *x = items[i];
        if (!str_check(x)) {
            err_format(&TypeErrorType, "sequence item %zd: expected str instance, %s found", i,
                       type_name(x));
            goto done;
        }
        total += (size_t)STR(x)->size;
        length += STR(x)->length;
        ascii = ascii && STR(x)->ascii;
        if (total > (size_t)PTRDIFF_MAX / 2) {
            err_no_memory();
            goto done;
        }
    }
    total += (size_t)STR(sep)->size * (size_t)(n - 1);
    length += STR(sep)->length * (n - 1);
    StrObject *r = raw_alloc(total);
    if (r == NULL) {
        goto done;
    }
    char *p = r->data;
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && STR(sep)->size > 0) {
            memcpy(p, STR(sep)->data, (size_t)STR(sep)->size);
            p += STR(sep)->size;
        }
        memcpy(p, STR(items[i])->data, (size_t)STR(items[i])->size);
        p += STR(items[i])->size;
    }
    r->length = length;
    r->ascii = ascii;
    res = OB(r);
done:
    DECREF(seq);
    return res;
}

static Object *str_join_method(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (check_onearg("join", nargs, kwnames) < 0) {
        return NULL;
    }
    return str_join(self, args[0]);
}

// ---- methods: strip, replace, pad ------------------------------------------------------

// Whether code point `c` is among the code points of `chars` (NULL: white space).
static bool strip_member(uint32_t c, Object *chars) {
    if (chars == NULL) {
        return cp_isspace(c);
    }
    StrObject *o = STR(chars);
    if (c < 0x80) {
        return memchr(o->data, (int)c, (size_t)o->size) != NULL;
    }
    ssize_t pos = 0;
    while (pos < o->size) {
        if (utf8_decode(o->data, o->size, &pos) == c) {
            return true;
        }
    }
    return false;
}

// strip (left and right), lstrip (left only), rstrip (right only).
static Object *do_strip(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                        const char *name, bool left, bool right) {
    if (check_posonly(name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Object *chars = nargs > 0 && args[0] != None ? args[0] : NULL;
    if (chars != NULL && !str_check(chars)) {
        err_format(&TypeErrorType, "%s arg must be None or str", name);
        return NULL;
    }
    StrObject *o = STR(self);
    ssize_t lo = 0, hi = o->size;
    while (left && lo < hi) {
        ssize_t next = lo;
        if (!strip_member(utf8_decode(o->data, o->size, &next), chars)) {
            break;
        }
        lo = next;
    }
    while (right && hi > lo) {
        ssize_t start = hi - 1;
        while (start > lo && utf8_is_cont((unsigned char)o->data[start])) {
            start--;
        }
        ssize_t k = start;
        if (!strip_member(utf8_decode(o->data, o->size, &k), chars)) {
            break;
        }
        hi = start;
    }
    return substr(self, lo, hi);
}

static Object *str_strip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip(self, args, nargs, kwnames, "strip", true, true);
}

static Object *str_lstrip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip(self, args, nargs, kwnames, "lstrip", true, false);
}

static Object *str_rstrip(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_strip(self, args, nargs, kwnames, "rstrip", false, true);
}

static Object *str_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (check_posonly("replace", nargs, kwnames, 2, 3) < 0) {
        return NULL;
    }
    Object *old = args[0], *new_ = args[1];
    if (need_str(old, "replace() argument 1") < 0 || need_str(new_, "replace() argument 2") < 0) {
        return NULL;
    }
    ssize_t maxcount = -1;
    if (nargs > 2 && index_arg(args[2], &maxcount) < 0) {
        return NULL;
    }
    StrObject *o = STR(self), *a = STR(old), *b = STR(new_);
    ssize_t count;
    if (a->size == 0) {
        count = o->length + 1;
        if (maxcount >= 0 && maxcount < count) {
            count = maxcount;
        }
    } else {
        count = count_bytes(o->data, 0, o->size, a->data, a->size, maxcount);
    }
    if (count == 0) {
        return str_str(self);
    }
    if (b->size > a->size && (b->size - a->size) > (PTRDIFF_MAX / 2 - o->size) / count) {
        return err_no_memory();
    }
    size_t total = (size_t)(o->size + count * (b->size - a->size));
    if (total == 0) {
        return empty_str();
    }
    // Even one character comes out a new object here, as CPython's replace makes it.
    StrObject *r = raw_alloc(total);
    if (r == NULL) {
        return NULL;
    }
    char *p = r->data;
    ssize_t i = 0;
    for (ssize_t k = 0; k < count; k++) {
        ssize_t at;
        if (a->size == 0) {
            at = i;
        } else {
            at = find_bytes(o->data, i, o->size, a->data, a->size);
        }
        memcpy(p, o->data + i, (size_t)(at - i));
        p += at - i;
        memcpy(p, b->data, (size_t)b->size);
        p += b->size;
        i = at + a->size;
        if (a->size == 0 && i < o->size) {
            // Copy one code point before the next insertion point.
            ssize_t n = utf8_seq_len((unsigned char)o->data[i]);
            memcpy(p, o->data + i, (size_t)n);
            p += n;
            i += n;
        }
    }
    memcpy(p, o->data + i, (size_t)(o->size - i));
    r->length = o->length + count * (b->length - a->length);
    r->ascii = o->ascii && b->ascii;
    return OB(r);
}

// The fill character argument of center, ljust, rjust.
static int fill_arg(Object *const *args, size_t nargs, size_t i, uint32_t *out) {
    *out = ' ';
    if (nargs <= i) {
        return 0;
    }
    Object *f = args[i];
    if (!str_check(f)) {
        err_format(&TypeErrorType, "The fill character must be a unicode character, not %s",
                   type_name(f));
        return -1;
    }
    if (STR(f)->length != 1) {
        err_set_str(&TypeErrorType, "The fill character must be exactly one character long");
        return -1;
    }
    *out = str_codepoint_at(f, 0);
    return 0;
}

// `self` with `left` and `right` fill characters around it.
static Object *pad(Object *self, ssize_t left, ssize_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) {
        return str_str(self);
    }
    StrBuilder b;
    str_builder_init(&b);
    if (str_builder_fill(&b, fill, left) < 0 || str_builder_append_str(&b, self) < 0 ||
        str_builder_fill(&b, fill, right) < 0) {
        str_builder_discard(&b);
        return NULL;
    }
    return str_builder_finish(&b);
}

static Object *do_justify(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                          const char *name, char how) {
    ssize_t width;
    uint32_t fill;
    if (check_posonly(name, nargs, kwnames, 1, 2) < 0 || index_arg(args[0], &width) < 0 ||
        fill_arg(args, nargs, 1, &fill) < 0) {
        return NULL;
    }
    ssize_t len = STR(self)->length;
    if (width <= len) {
        return str_str(self);
    }
    ssize_t marg = width - len;
    if (how == '<') {
        return pad(self, 0, marg, fill);
    }
    if (how == '>') {
        return pad(self, marg, 0, fill);
    }
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static Object *str_center(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_justify(self, args, nargs, kwnames, "center", '^');
}

static Object *str_ljust(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_justify(self, args, nargs, kwnames, "ljust", '<');
}

static Object *str_rjust(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_justify(self, args, nargs, kwnames, "rjust", '>');
}

static Object *str_zfill(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t width;
    if (check_onearg("zfill", nargs, kwnames) < 0 || index_arg(args[0], &width) < 0) {
        return NULL;
    }
    StrObject *o = STR(self);
    if (width <= o->length) {
        return str_str(self);
    }
    ssize_t fill = width - o->length;
    StrObject *r = raw_alloc((size_t)(o->size + fill));
    if (r == NULL) {
        return NULL;
    }
    memset(r->data, '0', (size_t)fill);
    memcpy(r->data + fill, o->data, (size_t)o->size);
    if (o->size > 0 && (o->data[0] == '+' || o->data[0] == '-')) {
        r->data[0] = o->data[0];
        r->data[fill] = '0';
    }
    r->length = width;
    r->ascii = o->ascii;
    return OB(r);
}

static Object *str_expandtabs(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    static const char *const names[] = {"tabsize"};
    Object *a[1];
    ssize_t tabsize = 8;
    if (parse_kw("expandtabs", args, nargs, kwnames, names, 1, a) < 0 ||
        (a[0] != NULL && index_arg(a[0], &tabsize) < 0)) {
        return NULL;
    }
    StrObject *o = STR(self);
    if (memchr(o->data, '\t', (size_t)o->size) == NULL) {
        return str_str(self);
    }
    StrBuilder b;
    str_builder_init(&b);
    ssize_t col = 0, pos = 0;
    while (pos < o->size) {
        ssize_t start = pos;
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        int rc;
        if (c == '\t') {
            ssize_t n = tabsize > 0 ? tabsize - col % tabsize : 0;
            rc = str_builder_fill(&b, ' ', n);
            col += n;
        } else {
            rc = str_builder_append(&b, o->data + start, (size_t)(pos - start));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (rc < 0) {
            str_builder_discard(&b);
            return NULL;
        }
    }
    return str_builder_finish(&b);
}

// ---- methods: find and friends --------------------------------------------------------

enum { FIND, RFIND, INDEX, RINDEX, COUNT_ };

static Object *do_find(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                       const char *name, int kind) {
    // As in CPython, the bounds are read before the substring is checked.
    ssize_t start, end;
    if (check_varargs(name, nargs, kwnames, 1, 3) < 0 ||
        slice_bounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                     STR(self)->length, &start, &end) < 0 ||
        need_str(args[0], NULL) < 0) {
        return NULL;
    }
    StrObject *o = STR(self), *sub = STR(args[0]);
    if (kind == COUNT_) {
        if (end - start < sub->length) {
            return int_from_i64(0);
        }
        if (sub->size == 0) {
            return int_from_i64(end - start + 1);
        }
        ssize_t lo = offset_of(self, start), hi = offset_of(self, end);
        return int_from_i64(count_bytes(o->data, lo, hi, sub->data, sub->size, -1));
    }
    ssize_t at = -1;
    if (end - start >= sub->length) {
        ssize_t lo = offset_of(self, start), hi = offset_of(self, end);
        at = (kind == FIND || kind == INDEX) ? find_bytes(o->data, lo, hi, sub->data, sub->size)
                                             : rfind_bytes(o->data, lo, hi, sub->data, sub->size);
        if (at >= 0) {
            at = index_of(self, at);
        }
    }
    if (at < 0 && (kind == INDEX || kind == RINDEX)) {
        err_set_str(&ValueErrorType, "substring not found");
        return NULL;
    }
    return int_from_i64(at);
}

static Object *str_find(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_find(self, args, nargs, kwnames, "find", FIND);
}

static Object *str_rfind(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_find(self, args, nargs, kwnames, "rfind", RFIND);
}

static Object *str_index(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_find(self, args, nargs, kwnames, "index", INDEX);
}

static Object *str_rindex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_find(self, args, nargs, kwnames, "rindex", RINDEX);
}

static Object *str_count(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_find(self, args, nargs, kwnames, "count", COUNT_);
}

// startswith / endswith: the argument is a str or a tuple of them.
static Object *do_startswith(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                             const char *name, bool end_side) {
    // As in CPython, the bounds are read before the prefix is checked.
    ssize_t start, end;
    if (check_varargs(name, nargs, kwnames, 1, 3) < 0 ||
        slice_bounds(nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                     STR(self)->length, &start, &end) < 0) {
        return NULL;
    }
    Object *what = args[0];
    if (!str_check(what) && !tuple_check(what)) {
        err_format(&TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name,
                   type_name(what));
        return NULL;
    }
    ssize_t n = str_check(what) ? 1 : tuple_size(what);
    for (ssize_t i = 0; i < n; i++) {
        Object *p = str_check(what) ? what : tuple_item_borrow(what, i);
        if (!str_check(p)) {
            err_format(&TypeErrorType, "tuple for %s must only contain str, not %s", name,
                       type_name(p));
            return NULL;
        }
        if (end - start < STR(p)->length) {
            continue;
        }
        ssize_t lo = end_side ? offset_of(self, end - STR(p)->length) : offset_of(self, start);
        if (memcmp(STR(self)->data + lo, STR(p)->data, (size_t)STR(p)->size) == 0) {
            RETURN_TRUE;
        }
    }
    RETURN_FALSE;
}

static Object *str_startswith(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    return do_startswith(self, args, nargs, kwnames, "startswith", false);
}

static Object *str_endswith(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return do_startswith(self, args, nargs, kwnames, "endswith", true);
}

static Object *do_partition(Object *self, Object *const *args, size_t nargs, Object *kwnames,
                            const char *name, bool right) {
    if (check_onearg(name, nargs, kwnames) < 0 || need_str(args[0], NULL) < 0) {
        return NULL;
    }
    StrObject *o = STR(self), *sep = STR(args[0]);
    if (sep->size == 0) {
        err_set_str(&ValueErrorType, "empty separator");
        return NULL;
    }
    ssize_t at = right ? rfind_bytes(o->data, 0, o->size, sep->data, sep->size)
                       : find_bytes(o->data, 0, o->size, sep->data, sep->size);
    Object *a = NULL, *b = NULL, *c = NULL, *res = NULL;
    if (at < 0) {
        a = right ? empty_str() : str_str(self);
        b = empty_str();
        c = right ? str_str(self) : empty_str();
    } else {
        a = substr(self, 0, at);
        b = NEWREF(args[0]);
        c = substr(self, at + sep->size, o->size);
    }
    if (a != NULL && b != NULL && c != NULL) {
        res = tuple_pack3(a, b, c);
    }
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return res;
}

static Object *str_partition(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    return do_partition(self, args, nargs, kwnames, "partition", false);
}

static Object *str_rpartition(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    return do_partition(self, args, nargs, kwnames, "rpartition", true);
}

static Object *do_removeaffix(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames, const char *name, bool suffix) {
    if (check_onearg(name, nargs, kwnames) < 0) {
        return NULL;
    }
    Object *a = args[0];
    if (!str_check(a)) {
        err_format(&TypeErrorType, "%s() argument must be str, not %s", name,
                   arg_type_name(a));
        return NULL;
    }
    StrObject *o = STR(self), *x = STR(a);
    if (x->size > 0 && x->size <= o->size) {
        ssize_t at = suffix ? o->size - x->size : 0;
        if (memcmp(o->data + at, x->data, (size_t)x->size) == 0) {
            return suffix ? substr(self, 0, at) : substr(self, x->size, o->size);
        }
    }
    return str_str(self);
}

static Object *str_removeprefix(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    return do_removeaffix(self, args, nargs, kwnames, "removeprefix", false);
}

static Object *str_removesuffix(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    return do_removeaffix(self, args, nargs, kwnames, "removesuffix", true);
}

// ---- methods: format, translate, encode ------------------------------------------------

static Object *str_format(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return format_str_method(self, args, nargs, kwnames);
}

static Object *str_format_map(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (check_onearg("format_map", nargs, kwnames) < 0) {
        return NULL;
    }
    return format_str_map(self, args[0]);
}

static Object *str_dunder_format(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (check_onearg("__format__", nargs, kwnames) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        err_format(&TypeErrorType, "__format__() argument must be str, not %s",
                   arg_type_name(args[0]));
        return NULL;
    }
    return format_object(self, args[0]);
}

// str.maketrans(x[, y[, z]]): a dict from code points (ints) to code points, strings or
// None.
static Object *str_maketrans(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (check_posonly("maketrans", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    Object *d = dict_new(), *k = NULL, *v = NULL;
    if (d == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        Object *x = args[0];
        if (!dict_check(x)) {
            err_set_str(&TypeErrorType,
                        "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(x, &pos, &key, &value)) {
            if (str_check(key)) {
                if (STR(key)->length != 1) {
                    err_set_str(&ValueErrorType,
                                "string keys in translate table must be of length 1");
                    goto fail;
                }
                k = int_from_i64(str_codepoint_at(key, 0));
            } else if (int_check(key)) {
                k = NEWREF(key);
            } else {
                err_set_str(&TypeErrorType,
                            "keys in translate table must be strings or integers");
                goto fail;
            }
            if (k == NULL || dict_set(d, k, value) < 0) {
                goto fail;
            }
            CLEAR(k);
        }
        return d;
    }
    if (need_str(args[0], "maketrans() argument 1") < 0 ||
        need_str(args[1], "maketrans() argument 2") < 0) {
        goto fail;
    }
    if (STR(args[0])->length != STR(args[1])->length) {
        err_set_str(&ValueErrorType, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (ssize_t i = 0; i < STR(args[0])->length; i++) {
        k = int_from_i64(str_codepoint_at(args[0], i));
        v = int_from_i64(str_codepoint_at(args[1], i));
        if (k == NULL || v == NULL || dict_set(d, k, v) < 0) {
            goto fail;
        }
        CLEAR(k);
        CLEAR(v);
    }
    if (nargs > 2) {
        if (need_str(args[2], "maketrans() argument 3") < 0) {
            goto fail;
        }
        for (ssize_t i = 0; i < STR(args[2])->length; i++) {
            k = int_from_i64(str_codepoint_at(args[2], i));
            if (k == NULL || dict_set(d, k, None) < 0) {
                goto fail;
            }
            CLEAR(k);
        }
    }
    return d;
fail:
    XDECREF(k);
    XDECREF(v);
    DECREF(d);
    return NULL;
}

static Object *str_translate(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (check_onearg("translate", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *table = args[0];
    StrObject *o = STR(self);
    StrBuilder b;
    str_builder_init(&b);
    ssize_t pos = 0;
    while (pos < o->size) {
        ssize_t start = pos;
        uint32_t c = utf8_decode(o->data, o->size, &pos);
        Object *key = int_from_i64(c);
        if (key == NULL) {
            goto fail;
        }
        Object *v = obj_getitem(table, key);
        DECREF(key);
        int rc = 0;
        if (v == NULL) {
            if (!err_matches(&LookupErrorType)) {
                goto fail;
            }
            err_clear();
            rc = str_builder_append(&b, o->data + start, (size_t)(pos - start));
        } else if (v == None) {
            rc = 0;
        } else if (int_check(v)) {
            int64_t x = int_as_i64(v);
            if (x < 0 || x > 0x10FFFF) {
                err_set_str(&ValueErrorType, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                rc = str_builder_append_codepoint(&b, (uint32_t)x);
            }
        } else if (str_check(v)) {
            rc = str_builder_append_str(&b, v);
        } else {
            err_set_str(&TypeErrorType, "character mapping must return integer, None or str");
            rc = -1;
        }
        XDECREF(v);
        if (rc < 0) {
            goto fail;
        }
    }
    return str_builder_finish(&b);
fail:
    str_builder_discard(&b);
    return NULL;
}

static Object *str_encode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    err_set_str(&NotImplementedErrorType, "str.encode() is not supported: adder has no bytes");
    return NULL;
}

static Object *str_getnewargs(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (check_noargs("__getnewargs__", nargs, kwnames) < 0) {
        return NULL;
    }
    return tuple_pack1(self);
}

// str.__sizeof__: adder's real bytes, the fixed part before `data`, the UTF-8 bytes
// and the closing NUL (CPython's figure counts its own one-to-four-byte layout).
static Object *str_sizeof_m(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_none("str.__sizeof__", nargs, kwnames) < 0) {
        return NULL;
    }
    size_t n = offsetof(StrObject, data) + (size_t)STR(self)->size + 1;
    return int_from_i64((int64_t)n);
}

static const MethodDef str_methods[] = {
    {"split", str_split, 0},
    {"__sizeof__", str_sizeof_m, 0},
    {"rsplit", str_rsplit, 0},
    {"splitlines", str_splitlines, 0},
    {"join", str_join_method, 0},
    {"strip", str_strip, 0},
    {"lstrip", str_lstrip, 0},
    {"rstrip", str_rstrip, 0},
    {"replace", str_replace, 0},
    {"find", str_find, 0},
    {"rfind", str_rfind, 0},
    {"index", str_index, 0},
    {"rindex", str_rindex, 0},
    {"count", str_count, 0},
    {"startswith", str_startswith, 0},
    {"endswith", str_endswith, 0},
    {"upper", str_upper, 0},
    {"lower", str_lower, 0},
    {"title", str_title, 0},
    {"capitalize", str_capitalize, 0},
    {"swapcase", str_swapcase, 0},
    {"casefold", str_casefold, 0},
    {"isdigit", str_isdigit, 0},
    {"isdecimal", str_isdecimal, 0},
    {"isnumeric", str_isnumeric, 0},
    {"isalpha", str_isalpha, 0},
    {"isalnum", str_isalnum, 0},
    {"isspace", str_isspace, 0},
    {"isupper", str_isupper, 0},
    {"islower", str_islower, 0},
    {"istitle", str_istitle, 0},
    {"isidentifier", str_isidentifier, 0},
    {"isascii", str_isascii, 0},
    {"isprintable", str_isprintable, 0},
    {"zfill", str_zfill, 0},
    {"center", str_center, 0},
    {"ljust", str_ljust, 0},
    {"rjust", str_rjust, 0},
    {"expandtabs", str_expandtabs, 0},
    {"partition", str_partition, 0},
    {"rpartition", str_rpartition, 0},
    {"removeprefix", str_removeprefix, 0},
    {"removesuffix", str_removesuffix, 0},
    {"format", str_format, 0},
    {"format_map", str_format_map, 0},
    {"__format__", str_dunder_format, 0},
    {"maketrans", str_maketrans, METH_STATIC},
    {"translate", str_translate, 0},
    {"encode", str_encode, 0},
    {"__getnewargs__", str_getnewargs, 0},
    {NULL, NULL, 0},
};

TypeObject StrType = {
    .ob = {1, &TypeType},
    .name = "str",
    .basicsize = offsetof(StrObject, data),
    .itemsize = 1,
    .flags = TP_STR_SUB | TP_BASETYPE,
    .base = &BaseObjectType,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .nb = {[NB_ADD] = str_add, [NB_MUL] = str_mul, [NB_MOD] = str_mod},
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .new_ = str_new,
    .methods = str_methods,
};
