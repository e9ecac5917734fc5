// lexer/lexer.re — the re2c scanner: source bytes to tokens.
//
// Owns: the token rules, indentation (NEWLINE/INDENT/DEDENT), bracket nesting, the
// decoding of string literals, and the printing of syntax errors. It follows CPython's
// `Parser/tokenizer.c` in what it accepts and in its error messages, and ninja's
// `src/lexer.in.cc` in shape: re2c matches one token, C code around it keeps the state.
//
// Invariants: `src[lim - src]` is a NUL sentinel, so the scanner needs no YYFILL; a NUL
// anywhere else is an error. The source was checked to be valid UTF-8 by `lex_init`, so
// multi-byte sequences can be decoded without bounds worries. Once `err.kind` is set,
// `lex_next` returns `T_ERROR` forever.
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "lexer/lexer.h"

const char *lex_token_name(int kind) {
    static const char *const names[T_COUNT] = {
#define X(name, spelling) [T_##name] = spelling,
        TOKENS(X)
#undef X
        [T_ERROR] = "ERROR",
    };
    return kind >= 0 && kind < T_COUNT ? names[kind] : "?";
}

const char *lex_error_class(ErrorKind kind) {
    switch (kind) {
    case ERR_INDENTATION: return "IndentationError";
    case ERR_TAB: return "TabError";
    case ERR_RECURSION: return "RecursionError";
    case ERR_MEMORY: return "MemoryError";
    default: return "SyntaxError";
    }
}

void lex_error(SyntaxErr *err, ErrorKind kind, int line, int col, int end_col,
               const char *fmt, ...) {
    if (err->kind != ERR_NONE) {
        return;
    }
    err->kind = kind;
    err->text[0] = '\0';
    err->incomplete = INCOMPLETE_NO;
    err->line = line;
    err->col = col;
    err->end_col = end_col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

// ---- UTF-8 -------------------------------------------------------------------------

// Length of the valid UTF-8 sequence at `p` (at most `n` bytes available), or 0.
static int utf8_seq_len(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    if (c < 0x80) {
        return 1;
    }
    int len;
    uint32_t min;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2, min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3, min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n) {
        return 0;
    }
    uint32_t cp = c & (0x7f >> len);
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return 0;
    }
    return len;
}

// Decode the (valid) UTF-8 sequence at `p`, storing its length in `*len`.
static uint32_t utf8_decode(const unsigned char *p, int *len) {
    *len = utf8_seq_len(p, 4);
    if (*len <= 1) {
        *len = 1;
        return p[0];
    }
    uint32_t cp = p[0] & (0x7f >> *len);
    for (int i = 1; i < *len; i++) {
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    return cp;
}

// Append code point `cp` to `out` as UTF-8; returns the bytes written.
static int utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

// Number of code points in `p[0..n)`: CPython reports columns in characters.
static int utf8_width(const char *p, size_t n) {
    int w = 0;
    for (size_t i = 0; i < n; i++) {
        w += ((unsigned char)p[i] & 0xc0) != 0x80;
    }
    return w;
}

// Whether non-ASCII code point `cp` may appear in an identifier. CPython uses Unicode's
// XID_Start/XID_Continue; without the Unicode tables we accept the letter blocks of the
// major scripts and reject punctuation, symbols, currency, arrows, box drawing and emoji.
static bool unicode_is_letter(uint32_t cp) {
    static const uint32_t ranges[][2] = {
        {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6}, {0xd8, 0xf6},
        {0xf8, 0x2c1}, {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x300, 0x374}, {0x376, 0x37d},
        {0x37f, 0x3ff}, {0x400, 0x481}, {0x483, 0x52f}, {0x531, 0x556}, {0x561, 0x587},
        {0x591, 0x5bd}, {0x5d0, 0x5f2}, {0x610, 0x61a}, {0x620, 0x669}, {0x66e, 0x6d3},
        {0x6d5, 0x6dc}, {0x6df, 0x6e8}, {0x6ea, 0x6ff}, {0x710, 0x74a}, {0x780, 0x7b1},
        {0x900, 0x963}, {0x966, 0x96f}, {0x971, 0xdff}, {0xe01, 0xe3a}, {0xe40, 0xe4e},
        {0xe50, 0xe59}, {0xe81, 0xedf}, {0xf00, 0xf00}, {0xf40, 0xfbc}, {0x1000, 0x1049},
        {0x10a0, 0x10ff}, {0x1100, 0x135a}, {0x13a0, 0x13f5}, {0x1401, 0x166c},
        {0x1780, 0x17d3}, {0x1e00, 0x1fbc}, {0x1fc2, 0x1fcc}, {0x1fd0, 0x1fdb},
        {0x1fe0, 0x1fec}, {0x1ff2, 0x1ffc}, {0x2071, 0x2071}, {0x207f, 0x207f},
        {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113},
        {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126},
        {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139}, {0x2160, 0x2188},
        {0x2c00, 0x2ce4}, {0x2d00, 0x2d6f}, {0x3005, 0x3007}, {0x3021, 0x3029},
        {0x3031, 0x3035}, {0x3038, 0x303c}, {0x3041, 0x3096}, {0x3099, 0x309f},
        {0x30a1, 0x30ff}, {0x3105, 0x318e}, {0x31a0, 0x31bf}, {0x31f0, 0x31ff},
        {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa48c}, {0xa4d0, 0xa4fd},
        {0xa500, 0xa60c}, {0xa640, 0xa6f1}, {0xa717, 0xa7ff}, {0xac00, 0xd7a3},
        {0xf900, 0xfaff}, {0xfb00, 0xfb06}, {0xfb1d, 0xfbb1}, {0xfe70, 0xfefc},
        {0xff10, 0xff19}, {0xff21, 0xff3a}, {0xff3f, 0xff3f}, {0xff41, 0xff5a},
        {0xff66, 0xffdc}, {0x10000, 0x1fbff}, {0x20000, 0x3134a},
    };
    if (cp >= 0x1f000 && cp <= 0x1fbff) {
        return false;   // emoji and pictographs, inside the wide range above
    }
    size_t lo = 0, hi = sizeof ranges / sizeof ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < ranges[mid][0]) {
            hi = mid;
        } else if (cp > ranges[mid][1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

// ---- set-up ------------------------------------------------------------------------

void lex_init(Lexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->lim = src + len;
    lx->line = 1;
    lx->at_bol = true;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        lx->cur = lx->line_start = src + 3;     // a UTF-8 byte order mark
    }
    // CPython decodes the whole file before tokenizing, so a bad byte anywhere is
    // reported first, on its own, by line.
    int line = 1;
    for (const unsigned char *p = (const unsigned char *)src; p < (const unsigned char *)lx->lim;) {
        int n = utf8_seq_len(p, (size_t)((const unsigned char *)lx->lim - p));
        if (n == 0) {
            lex_error(&lx->err, ERR_SYNTAX, line, -1, -1, "\\x%02x", *p);
            lx->err.bare = true;
            return;
        }
        line += *p == '\n';
        p += n;
    }
}

void lex_init_fexpr(Lexer *lx, const char *src, size_t len, int line, int col) {
    lex_init(lx, src, len);
    lx->line_offset = line - 1;
    lx->col_offset = col;
    lx->at_bol = false;
}

// ---- errors at the scanner's position ----------------------------------------------

static int col_of(const Lexer *lx, const char *p) {
    return (int)(p - lx->line_start) + (lx->line == 1 ? lx->col_offset : 0);
}

static int fail(Lexer *lx, ErrorKind kind, const char *at, int width, const char *fmt,
                const char *arg) {
    int col = col_of(lx, at);
    lex_error(&lx->err, kind, lx->line + lx->line_offset, col, col + width, fmt, arg);
    return T_ERROR;
}

// ---- indentation -------------------------------------------------------------------

// At the start of a logical line: measure its indentation and queue INDENT/DEDENTs.
// Blank and comment-only lines leave the indentation alone. 0, or -1 on an error.
static int measure_indent(Lexer *lx) {
    int col = 0, altcol = 0;
    const char *p = lx->cur;
    for (;; p++) {
        if (*p == ' ') {
            col++, altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    lx->cur = p;
    if (*p == '#' || *p == '\n' || *p == '\r' || (*p == '\0' && p == lx->lim)) {
        return 0;       // blank line: the newline rule skips it
    }
    if (*p == '\\' && (p[1] == '\n' || p[1] == '\r')) {
        return 0;       // a continuation line: indentation counts from the next line
    }
    lx->at_bol = false;
    int line = lx->line + lx->line_offset;
    int top = lx->indent_top;
    if (col == lx->indents[top]) {
        if (altcol != lx->altindents[top]) {
            fail(lx, ERR_TAB, lx->line_start, 0, "%s",
                 "inconsistent use of tabs and spaces in indentation");
            lx->err.no_caret = true;
            return -1;
        }
    } else if (col > lx->indents[top]) {
        if (top + 1 >= LEX_MAX_INDENT) {
            fail(lx, ERR_INDENTATION, p, 0, "%s", "too many levels of indentation");
            return -1;
        }
        if (altcol <= lx->altindents[top]) {
            fail(lx, ERR_TAB, lx->line_start, 0, "%s",
                 "inconsistent use of tabs and spaces in indentation");
            lx->err.no_caret = true;
            return -1;
        }
        lx->indent_top = ++top;
        lx->indents[top] = col;
        lx->altindents[top] = altcol;
        lx->pending = 1;
    } else {
        while (top > 0 && col < lx->indents[top]) {
            top--;
            lx->pending--;
        }
        lx->indent_top = top;
        if (col != lx->indents[top]) {
            // CPython points just past the line's text.
            const char *end = p;
            while (*end != '\n' && *end != '\r' && end < lx->lim) {
                end++;
            }
            lex_error(&lx->err, ERR_INDENTATION, line, col_of(lx, end), -1, "%s",
                      "unindent does not match any outer indentation level");
            return -1;
        }
        if (altcol != lx->altindents[top]) {
            fail(lx, ERR_TAB, lx->line_start, 0, "%s",
                 "inconsistent use of tabs and spaces in indentation");
            lx->err.no_caret = true;
            return -1;
        }
    }
    return 0;
}

// ---- the scanner -------------------------------------------------------------------

static int open_bracket(Lexer *lx, const char *at) {
    if (lx->depth >= LEX_MAX_PAREN) {
        return fail(lx, ERR_SYNTAX, at, 1, "%s", "too many nested parentheses");
    }
    lx->paren_kind[lx->depth] = *at;
    lx->paren_line[lx->depth] = lx->line + lx->line_offset;
    lx->paren_col[lx->depth] = col_of(lx, at);
    lx->depth++;
    return 0;
}

static int close_bracket(Lexer *lx, const char *at) {
    char c = *at;
    if (lx->depth == 0) {
        char s[2] = {c, 0};
        return fail(lx, ERR_SYNTAX, at, 1, "unmatched '%s'", s);
    }
    char open = lx->paren_kind[lx->depth - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        int line = lx->paren_line[lx->depth - 1];
        int col = col_of(lx, at);
        if (line != lx->line + lx->line_offset) {
            lex_error(&lx->err, ERR_SYNTAX, lx->line + lx->line_offset, col, col + 1,
                      "closing parenthesis '%c' does not match opening parenthesis '%c' "
                      "on line %d", c, open, line);
        } else {
            lex_error(&lx->err, ERR_SYNTAX, lx->line + lx->line_offset, col, col + 1,
                      "closing parenthesis '%c' does not match opening parenthesis '%c'",
                      c, open);
        }
        return T_ERROR;
    }
    lx->depth--;
    return 0;
}

// Scan the body of a string literal whose opening quote ends at `lx->cur`; `q` is the
// quote, `triple` whether it is tripled, `start` the literal's first byte (its prefix).
static int scan_string(Lexer *lx, char q, bool triple, const char *start) {
    int start_line = lx->line, start_col = col_of(lx, start);
    const char *p = lx->cur;
    for (;;) {
        char c = *p;
        if (c == '\0' && p == lx->lim) {
            break;
        }
        if (c == q && (!triple || (p[1] == q && p[2] == q))) {
            lx->cur = p + (triple ? 3 : 1);
            return 0;
        }
        if (c == '\\' && !(p[1] == '\0' && p + 1 == lx->lim)) {
            p++;
            c = *p;
            if (c == '\r' && p[1] == '\n') {
                p++;
            }
        } else if (!triple && (c == '\n' || c == '\r')) {
            break;
        }
        if (c == '\n' || (c == '\r' && p[1] != '\n')) {
            lx->line++;
            lx->line_start = p + 1;
        }
        p++;
    }
    // Unterminated: CPython reports it where the literal starts, with the line the
    // scanner had reached.
    // At the end of the file, a final newline (or an escaped one, in a single-quoted
    // literal) does not start another line.
    int at_line = lx->line + lx->line_offset - (p == lx->lim && p > lx->src && p[-1] == '\n');
    lex_error(&lx->err, ERR_SYNTAX, start_line + lx->line_offset, start_col, start_col,
              triple ? "unterminated triple-quoted string literal (detected at line %d)"
                     : "unterminated string literal (detected at line %d)",
              at_line);
    // Only the end of the input stops a triple-quoted literal, or a one-line literal whose
    // newline was escaped: another line could close either.
    if (p == lx->lim) {
        lx->err.incomplete = INCOMPLETE_OPEN;
    }
    return T_ERROR;
}

// CPython's `verify_end_of_number`: a number may be followed directly by a keyword
// (`1if x else y`), but not by other identifier characters.
static int end_of_number(Lexer *lx, const char *kind) {
    const unsigned char *p = (const unsigned char *)lx->cur;
    static const char *const keywords[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (strncmp((const char *)p, keywords[i], strlen(keywords[i])) == 0) {
            return 0;
        }
    }
    if (*p >= 0x80) {
        int n;
        uint32_t cp = utf8_decode(p, &n);
        if (!unicode_is_letter(cp)) {
            char ch[5] = {0};
            memcpy(ch, p, (size_t)n);
            int col = col_of(lx, (const char *)p);
            lex_error(&lx->err, ERR_SYNTAX, lx->line + lx->line_offset, col, col + 1,
                      "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
            return T_ERROR;
        }
    }
    if ((*p == 'e' || *p == 'E') && (p[1] == '+' || p[1] == '-') && !isdigit(p[2])) {
        // An exponent sign without digits: CPython points at the sign.
        return fail(lx, ERR_SYNTAX, (const char *)p + 1, 1, "invalid %s literal", kind);
    }
    if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || *p >= 0x80) {
        // CPython points at the last character it took: an underscore that follows a
        // digit (it reads those as part of the digits), else the number's last character.
        const char *at = *p == '_' && isxdigit(p[-1]) ? lx->cur : lx->cur - 1;
        return fail(lx, ERR_SYNTAX, at, 1, "invalid %s literal", kind);
    }
    return 0;
}

// A prefix (`0x`, `0o`, `0b`) with no digits after it, at `lx->cur`. CPython takes an
// underscore there, then reports a decimal digit that follows it as an invalid digit
// (octal and binary), or the literal as invalid at the underscore.
static int no_digits(Lexer *lx, const char *kind) {
    const char *p = lx->cur;
    if (*p == '_' && isdigit((unsigned char)p[1]) && strcmp(kind, "hexadecimal") != 0) {
        char s[2] = {p[1], 0};
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%%s' in %s literal", kind);
        return fail(lx, ERR_SYNTAX, p + 1, 1, msg, s);
    }
    return fail(lx, ERR_SYNTAX, *p == '_' ? p : p - 1, 1, "invalid %s literal", kind);
}

// `0o`/`0b` whose digits stop at `lx->cur`: a decimal digit there is "invalid digit".
static int end_of_radix(Lexer *lx, const char *kind, const char *digits_start) {
    char c = *lx->cur;
    if (c >= '0' && c <= '9') {
        char s[2] = {c, 0};
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%%s' in %s literal", kind);
        return fail(lx, ERR_SYNTAX, lx->cur, 1, msg, s);
    }
    if (lx->cur == digits_start) {
        return no_digits(lx, kind);
    }
    return end_of_number(lx, kind);
}

// A name that starts at `start` and may go on with non-ASCII letters.
static int scan_name(Lexer *lx, const char *start) {
    const unsigned char *p = (const unsigned char *)start;
    for (;;) {
        if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9' && p != (const unsigned char *)start)) {
            p++;
            continue;
        }
        if (*p < 0x80) {
            break;
        }
        int n;
        uint32_t cp = utf8_decode(p, &n);
        if (!unicode_is_letter(cp)) {
            if (p == (const unsigned char *)start || !(cp >= 0x300 && cp <= 0x36f)) {
                char ch[5] = {0};
                memcpy(ch, p, (size_t)n);
                int col = col_of(lx, (const char *)p);
                lex_error(&lx->err, ERR_SYNTAX, lx->line + lx->line_offset, col, col + 1,
                          "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
                return T_ERROR;
            }
        }
        p += n;
    }
    lx->cur = (const char *)p;
    return T_NAME;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "cur";
    re2c:define:YYMARKER = "mar";
    re2c:yyfill:enable = 0;

    eol = "\r\n" | "\n" | "\r";
    dig = [0-9];
    digitpart = dig ("_"? dig)*;
    decint = [1-9] ("_"? dig)* | "0"+ ("_"? "0")*;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    floatnum = pointfloat exponent? | digitpart exponent;
    prefix = [rRbBfFuU] | [rR][bBfF] | [bBfF][rR];
    namestart = [a-zA-Z_\x80-\xff];
    namecont = [a-zA-Z0-9_\x80-\xff];
*/

// Scan one raw token (no indentation handling) into `*t`; returns its kind, or -1 for
// "nothing here, scan again" (whitespace, comments, joined lines).
static int scan(Lexer *lx, Token *t) {
    const unsigned char *cur = (const unsigned char *)lx->cur, *mar;
    const char *start = lx->cur;
    int kind;
    (void)mar;
#define TOK(k) do { kind = (k); goto done; } while (0)
#define OPEN(k) do { lx->cur = (const char *)cur; \
        if (open_bracket(lx, start) != 0) return T_ERROR; TOK(k); } while (0)
#define CLOSE(k) do { lx->cur = (const char *)cur; \
        if (close_bracket(lx, start) != 0) return T_ERROR; TOK(k); } while (0)
    /*!re2c
    [ \t\f]+            { lx->cur = (const char *)cur; return -1; }
    "#" [^\n\r\x00]*    { lx->cur = (const char *)cur; return -1; }
    "\\" eol            { lx->cur = (const char *)cur; lx->line++; lx->line_start = lx->cur;
                          if (*lx->cur == '\0' && lx->cur == lx->lim) {
                              fail(lx, ERR_SYNTAX, lx->cur, 0, "%s",
                                   "unexpected EOF while parsing");
                              lx->err.incomplete = INCOMPLETE_STMT;
                              return T_ERROR;
                          }
                          return -1; }
    "\\"                { if (*cur == '\0' && (const char *)cur == lx->lim + 1) {
                              return fail(lx, ERR_SYNTAX, start, 0, "%s",
                                          "unexpected EOF while parsing");
                          }
                          return fail(lx, ERR_SYNTAX, start + 1, 1, "%s",
                                      "unexpected character after line continuation character"); }
    eol                 { lx->cur = (const char *)cur;
                          if (lx->depth > 0 || !lx->line_has_tokens) {
                              lx->line++; lx->line_start = lx->cur;
                              lx->at_bol = lx->depth == 0;
                              return -1;
                          }
                          TOK(T_NEWLINE); }
    "\x00"              { if (start == lx->lim) { lx->cur = start; TOK(T_ENDMARKER); }
                          lx->cur = start;
                          fail(lx, ERR_SYNTAX, start, 0, "%s",
                               "source code cannot contain null bytes");
                          lx->err.no_caret = true;
                          return T_ERROR; }

    decint              { lx->cur = (const char *)cur;
                          if (end_of_number(lx, "decimal") != 0) return T_ERROR; TOK(T_INT); }
    "0" ("_"? dig)+     { lx->cur = (const char *)cur;
                          return fail(lx, ERR_SYNTAX, start, 1, "%s",
                                      "leading zeros in decimal integer literals are not "
                                      "permitted; use an 0o prefix for octal integers"); }
    "0" [xX] ("_"? [0-9a-fA-F])* { lx->cur = (const char *)cur;
                          if (lx->cur == start + 2) {
                              return no_digits(lx, "hexadecimal");
                          }
                          if (end_of_number(lx, "hexadecimal") != 0) return T_ERROR;
                          TOK(T_INT); }
    "0" [oO] ("_"? [0-7])* { lx->cur = (const char *)cur;
                          if (end_of_radix(lx, "octal", start + 2) != 0) return T_ERROR;
                          TOK(T_INT); }
    "0" [bB] ("_"? [01])* { lx->cur = (const char *)cur;
                          if (end_of_radix(lx, "binary", start + 2) != 0) return T_ERROR;
                          TOK(T_INT); }
    floatnum            { lx->cur = (const char *)cur;
                          if (end_of_number(lx, "decimal") != 0) return T_ERROR; TOK(T_FLOAT); }
    (floatnum | digitpart) [jJ] { lx->cur = (const char *)cur;
                          if (end_of_number(lx, "imaginary") != 0) return T_ERROR; TOK(T_IMAG); }

    prefix? ['"]        { char q = (char)cur[-1];
                          bool triple = cur[0] == (unsigned char)q && cur[1] == (unsigned char)q;
                          lx->cur = (const char *)cur + (triple ? 2 : 0);
                          if (scan_string(lx, q, triple, start) != 0) return T_ERROR;
                          TOK(T_STRING); }

    "False"     { lx->cur = (const char *)cur; TOK(T_FALSE); }
    "None"      { lx->cur = (const char *)cur; TOK(T_NONE); }
    "True"      { lx->cur = (const char *)cur; TOK(T_TRUE); }
    "and"       { lx->cur = (const char *)cur; TOK(T_AND); }
    "as"        { lx->cur = (const char *)cur; TOK(T_AS); }
    "assert"    { lx->cur = (const char *)cur; TOK(T_ASSERT); }
    "async"     { lx->cur = (const char *)cur; TOK(T_ASYNC); }
    "await"     { lx->cur = (const char *)cur; TOK(T_AWAIT); }
    "break"     { lx->cur = (const char *)cur; TOK(T_BREAK); }
    "class"     { lx->cur = (const char *)cur; TOK(T_CLASS); }
    "continue"  { lx->cur = (const char *)cur; TOK(T_CONTINUE); }
    "def"       { lx->cur = (const char *)cur; TOK(T_DEF); }
    "del"       { lx->cur = (const char *)cur; TOK(T_DEL); }
    "elif"      { lx->cur = (const char *)cur; TOK(T_ELIF); }
    "else"      { lx->cur = (const char *)cur; TOK(T_ELSE); }
    "except"    { lx->cur = (const char *)cur; TOK(T_EXCEPT); }
    "finally"   { lx->cur = (const char *)cur; TOK(T_FINALLY); }
    "for"       { lx->cur = (const char *)cur; TOK(T_FOR); }
    "from"      { lx->cur = (const char *)cur; TOK(T_FROM); }
    "global"    { lx->cur = (const char *)cur; TOK(T_GLOBAL); }
    "if"        { lx->cur = (const char *)cur; TOK(T_IF); }
    "import"    { lx->cur = (const char *)cur; TOK(T_IMPORT); }
    "in"        { lx->cur = (const char *)cur; TOK(T_IN); }
    "is"        { lx->cur = (const char *)cur; TOK(T_IS); }
    "lambda"    { lx->cur = (const char *)cur; TOK(T_LAMBDA); }
    "nonlocal"  { lx->cur = (const char *)cur; TOK(T_NONLOCAL); }
    "not"       { lx->cur = (const char *)cur; TOK(T_NOT); }
    "or"        { lx->cur = (const char *)cur; TOK(T_OR); }
    "pass"      { lx->cur = (const char *)cur; TOK(T_PASS); }
    "raise"     { lx->cur = (const char *)cur; TOK(T_RAISE); }
    "return"    { lx->cur = (const char *)cur; TOK(T_RETURN); }
    "try"       { lx->cur = (const char *)cur; TOK(T_TRY); }
    "while"     { lx->cur = (const char *)cur; TOK(T_WHILE); }
    "with"      { lx->cur = (const char *)cur; TOK(T_WITH); }
    "yield"     { lx->cur = (const char *)cur; TOK(T_YIELD); }
    namestart namecont* { if ((kind = scan_name(lx, start)) == T_ERROR) return T_ERROR; goto done; }

    "("     { OPEN(T_LPAR); }
    "["     { OPEN(T_LSQB); }
    "{"     { OPEN(T_LBRACE); }
    ")"     { CLOSE(T_RPAR); }
    "]"     { CLOSE(T_RSQB); }
    "}"     { CLOSE(T_RBRACE); }
    ":"     { lx->cur = (const char *)cur; TOK(T_COLON); }
    ","     { lx->cur = (const char *)cur; TOK(T_COMMA); }
    ";"     { lx->cur = (const char *)cur; TOK(T_SEMI); }
    "+"     { lx->cur = (const char *)cur; TOK(T_PLUS); }
    "-"     { lx->cur = (const char *)cur; TOK(T_MINUS); }
    "*"     { lx->cur = (const char *)cur; TOK(T_STAR); }
    "/"     { lx->cur = (const char *)cur; TOK(T_SLASH); }
    "|"     { lx->cur = (const char *)cur; TOK(T_VBAR); }
    "&"     { lx->cur = (const char *)cur; TOK(T_AMPER); }
    "<"     { lx->cur = (const char *)cur; TOK(T_LESS); }
    ">"     { lx->cur = (const char *)cur; TOK(T_GREATER); }
    "="     { lx->cur = (const char *)cur; TOK(T_EQUAL); }
    "."     { lx->cur = (const char *)cur; TOK(T_DOT); }
    "%"     { lx->cur = (const char *)cur; TOK(T_PERCENT); }
    "=="    { lx->cur = (const char *)cur; TOK(T_EQEQUAL); }
    "!="    { lx->cur = (const char *)cur; TOK(T_NOTEQUAL); }
    "<>"    { return fail(lx, ERR_SYNTAX, start, 2, "%s", "invalid syntax"); }
    "<="    { lx->cur = (const char *)cur; TOK(T_LESSEQUAL); }
    ">="    { lx->cur = (const char *)cur; TOK(T_GREATEREQUAL); }
    "~"     { lx->cur = (const char *)cur; TOK(T_TILDE); }
    "^"     { lx->cur = (const char *)cur; TOK(T_CIRCUMFLEX); }
    "<<"    { lx->cur = (const char *)cur; TOK(T_LEFTSHIFT); }
    ">>"    { lx->cur = (const char *)cur; TOK(T_RIGHTSHIFT); }
    "**"    { lx->cur = (const char *)cur; TOK(T_DOUBLESTAR); }
    "+="    { lx->cur = (const char *)cur; TOK(T_PLUSEQUAL); }
    "-="    { lx->cur = (const char *)cur; TOK(T_MINEQUAL); }
    "*="    { lx->cur = (const char *)cur; TOK(T_STAREQUAL); }
    "/="    { lx->cur = (const char *)cur; TOK(T_SLASHEQUAL); }
    "%="    { lx->cur = (const char *)cur; TOK(T_PERCENTEQUAL); }
    "&="    { lx->cur = (const char *)cur; TOK(T_AMPEREQUAL); }
    "|="    { lx->cur = (const char *)cur; TOK(T_VBAREQUAL); }
    "^="    { lx->cur = (const char *)cur; TOK(T_CIRCUMFLEXEQUAL); }
    "<<="   { lx->cur = (const char *)cur; TOK(T_LEFTSHIFTEQUAL); }
    ">>="   { lx->cur = (const char *)cur; TOK(T_RIGHTSHIFTEQUAL); }
    "**="   { lx->cur = (const char *)cur; TOK(T_DOUBLESTAREQUAL); }
    "//"    { lx->cur = (const char *)cur; TOK(T_DOUBLESLASH); }
    "//="   { lx->cur = (const char *)cur; TOK(T_DOUBLESLASHEQUAL); }
    "@"     { lx->cur = (const char *)cur; TOK(T_AT); }
    "@="    { lx->cur = (const char *)cur; TOK(T_ATEQUAL); }
    "->"    { lx->cur = (const char *)cur; TOK(T_RARROW); }
    "..."   { lx->cur = (const char *)cur; TOK(T_ELLIPSIS); }
    ":="    { lx->cur = (const char *)cur; TOK(T_COLONEQUAL); }

    *       { return fail(lx, ERR_SYNTAX, start, 1, "%s", "invalid syntax"); }
    */
#undef TOK
#undef OPEN
#undef CLOSE
done:
    t->kind = kind;
    t->start = start;
    t->len = (size_t)(lx->cur - start);
    return kind;
}

int lex_next(Lexer *lx, Token *t) {
    memset(t, 0, sizeof *t);
    t->start = lx->cur;
    t->line = t->end_line = lx->line + lx->line_offset;
    t->col = t->end_col = col_of(lx, lx->cur);
    if (lx->err.kind != ERR_NONE) {
        return t->kind = T_ERROR;
    }
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            t->col = 0;
            return t->kind = T_INDENT;
        }
        if (lx->pending < 0) {
            lx->pending++;
            return t->kind = T_DEDENT;
        }
        if (lx->at_bol && lx->depth == 0) {
            if (measure_indent(lx) < 0) {
                return t->kind = T_ERROR;
            }
            if (lx->pending != 0) {
                t->line = t->end_line = lx->line + lx->line_offset;
                t->col = t->end_col = col_of(lx, lx->cur);
                continue;
            }
        }
        int line = lx->line;
        const char *line_start = lx->line_start;
        const char *start = lx->cur;
        int kind = scan(lx, t);
        if (kind == -1) {
            continue;
        }
        if (kind == T_ERROR) {
            return t->kind = T_ERROR;
        }
        t->line = line + lx->line_offset;
        t->col = (int)(start - line_start) + (line == 1 ? lx->col_offset : 0);
        t->end_line = lx->line + lx->line_offset;
        t->end_col = col_of(lx, lx->cur);
        if (kind == T_ENDMARKER) {
            if (!lx->eof && lx->cur > lx->src && (lx->cur[-1] == '\n' || lx->cur[-1] == '\r') &&
                lx->line > 1) {
                // CPython places the end of a file that ends in a newline on its last line.
                lx->line--;
                for (lx->line_start = lx->cur - 1; lx->line_start > lx->src &&
                     lx->line_start[-1] != '\n' && lx->line_start[-1] != '\r';) {
                    lx->line_start--;
                }
            }
            lx->eof = true;
            t->line = t->end_line = lx->line + lx->line_offset;
            t->col = t->end_col = col_of(lx, lx->cur);
            if (lx->depth > 0) {
                int d = lx->depth - 1;
                lex_error(&lx->err, ERR_SYNTAX, lx->paren_line[d], lx->paren_col[d],
                          lx->paren_col[d] + 1, "'%c' was never closed", lx->paren_kind[d]);
                lx->unclosed = true;
                lx->err.incomplete = INCOMPLETE_OPEN;
                return t->kind = T_ERROR;
            }
            if (lx->line_has_tokens) {
                // CPython ends the last line with an implicit NEWLINE.
                lx->line_has_tokens = false;
                return t->kind = T_NEWLINE;
            }
            if (lx->indent_top > 0) {
                lx->pending = -lx->indent_top;
                lx->indent_top = 0;
                continue;
            }
            return T_ENDMARKER;
        }
        if (kind == T_NEWLINE) {
            lx->line++;
            lx->line_start = lx->cur;
            lx->line_has_tokens = false;
            lx->at_bol = true;
            return kind;
        }
        lx->line_has_tokens = true;
        return kind;
    }
}

// ---- string literals ---------------------------------------------------------------

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int lex_decode_string(const Token *t, char *buf, StrLit *out, SyntaxErr *err) {
    memset(out, 0, sizeof *out);
    const char *p = t->start, *end = t->start + t->len;
    for (; *p != '\'' && *p != '"'; p++) {
        switch (*p) {
        case 'r': case 'R': out->is_raw = true; break;
        case 'b': case 'B': out->is_bytes = true; break;
        case 'f': case 'F': out->is_fstring = true; break;
        default: break;     // 'u' changes nothing
        }
    }
    char q = *p;
    size_t qlen = (p + 2 < end && p[1] == q && p[2] == q && end - p >= 6) ? 3 : 1;
    const char *body = p + qlen, *body_end = end - qlen;
    out->body = body;
    out->body_len = (size_t)(body_end - body);
    out->body_line = t->line;
    out->body_col = t->col + (int)(body - t->start);
    if (out->is_fstring) {
        return 0;
    }
    size_t n = 0;
    if (lex_decode_escapes(body, out->body_len, out->is_raw, out->is_bytes, buf, &n,
                           t->line, t->col, err) < 0) {
        if (err->end_col == -2) {
            err->end_col = t->col + utf8_width(t->start, t->len);
        }
        return -1;
    }
    out->data = buf;
    out->len = n;
    return 0;
}

// The offset of `p` in `body` as CPython's escape decoder counts it in its error
// messages: it sees each non-ASCII character written as a 10-byte \UXXXXXXXX escape.
static long escape_offset(const char *body, const char *p) {
    long n = 0;
    for (const unsigned char *q = (const unsigned char *)body; q < (const unsigned char *)p;
         q++) {
        n += *q < 0x80 ? 1 : *q >= 0xC0 ? 10 : 0;
    }
    return n;
}

int lex_decode_escapes(const char *body, size_t n, bool raw, bool bytes, char *buf,
                       size_t *out_len, int line, int col, SyntaxErr *err) {
    const char *body_end = body + n;
    const char *prefix_err = NULL;
    char *o = buf;
    for (const char *s = body; s < body_end;) {
        unsigned char c = (unsigned char)*s;
        if (bytes && c >= 0x80) {
            prefix_err = "bytes can only contain ASCII literal characters";
            break;
        }
        if (c != '\\' || raw) {
            // In raw literals a backslash stays, and protects the quote after it.
            *o++ = *s++;
            if (c == '\\' && s < body_end) {
                *o++ = *s++;
            }
            continue;
        }
        if (s + 1 >= body_end) {
            *o++ = *s++;    // a lone backslash ending an f-string's literal part
            continue;
        }
        s++;
        char e = *s++;
        switch (e) {
        case '\n': break;
        case '\r': if (s < body_end && *s == '\n') s++; break;
        case '\\': *o++ = '\\'; break;
        case '\'': *o++ = '\''; break;
        case '"': *o++ = '"'; break;
        case 'a': *o++ = '\a'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'v': *o++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int i = 0; i < 2 && s < body_end && *s >= '0' && *s <= '7'; i++) {
                v = v * 8 + (unsigned)(*s++ - '0');
            }
            if (bytes) {
                *o++ = (char)(v & 0xff);
            } else {
                o += utf8_encode(v, o);
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                *o++ = '\\';
                *o++ = e;
                break;
            }
            uint32_t v = 0;
            for (int i = 0; i < digits; i++) {
                int h = s + i < body_end ? hexval(s[i]) : -1;
                if (h < 0) {
                    // From the backslash to just before the first character that is not
                    // a hex digit (or the end), as CPython's decoder counts.
                    long pos = escape_offset(body, s - 2);
                    long last = escape_offset(body, s + i) - 1;
                    if (bytes) {
                        lex_error(err, ERR_SYNTAX, line, col, col,
                                  "(value error) invalid \\x escape at position %ld", pos);
                    } else {
                        lex_error(err, ERR_SYNTAX, line, col, col,
                                  "(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position %ld-%ld: truncated \\%c%s escape", pos, last, e,
                                  e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                    }
                    return -1;
                }
                v = v * 16 + (uint32_t)h;
            }
            s += digits;
            if (v > 0x10ffff) {
                lex_error(err, ERR_SYNTAX, line, col, col,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %ld-%ld: illegal Unicode character",
                          escape_offset(body, s - 10), escape_offset(body, s) - 1);
                return -1;
            }
            if (bytes) {
                *o++ = (char)v;
            } else {
                o += utf8_encode(v, o);
            }
            break;
        }
        case 'N':
            if (!bytes) {
                lex_error(err, ERR_SYNTAX, line, col, col, "%s",
                          "\\N{...} escapes are not supported by adder yet");
                return -1;
            }
            // fall through
        default:
            // An unknown escape keeps its backslash (a DeprecationWarning in CPython).
            *o++ = '\\';
            s--;
            break;
        }
    }
    if (prefix_err != NULL) {
        lex_error(err, ERR_SYNTAX, line, col, -2, "%s", prefix_err);
        return -1;
    }
    *o = '\0';
    *out_len = (size_t)(o - buf);
    return 0;
}

// ---- printing errors ---------------------------------------------------------------

void lex_print_error(FILE *f, const char *filename, const char *src, size_t len,
                     const SyntaxErr *err) {
    const char *cls = lex_error_class(err->kind);
    if (err->bare) {
        // CPython's decoding error names the file but shows no source.
        fprintf(f, "SyntaxError: Non-UTF-8 code starting with '%s' in file %s on line %d, "
                   "but no encoding declared; see https://peps.python.org/pep-0263/ for "
                   "details\n", err->msg, filename, err->line);
        return;
    }
    if (err->kind == ERR_RECURSION) {
        fprintf(f, "%s: %s\n", cls, err->msg);
        return;
    }
    fprintf(f, "  File \"%s\", line %d\n", filename, err->line);
    int line_no = err->line;
    if (err->text[0] != '\0') {
        src = err->text;
        len = strlen(err->text);
        line_no = 1;
    }
    // Find the line: text from its first byte to its newline (or a NUL).
    const char *p = src, *end = src + len;
    for (int l = 1; l < line_no && p < end; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) {
            l++;
        }
    }
    const char *line = p;
    const char *eol = line;
    while (eol < end && *eol != '\n' && *eol != '\r' && *eol != '\0') {
        eol++;
    }
    int offset = err->col;      // bytes, 0-based, in the full line
    const char *text = line;
    while (text < eol && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++;
    }
    fprintf(f, "    %.*s\n", (int)(eol - text), text);
    if (!err->no_caret && offset >= 0 && line + offset >= text) {
        const char *at = line + offset > eol ? eol : line + offset;
        int lead = utf8_width(text, (size_t)(at - text));
        int width = 1;
        if (err->end_col > err->col) {
            const char *stop = line + err->end_col > eol ? eol : line + err->end_col;
            width = stop > at ? utf8_width(at, (size_t)(stop - at)) : 1;
        }
        fprintf(f, "    %*s", lead, "");
        for (int i = 0; i < width; i++) {
            fputc('^', f);
        }
        fputc('\n', f);
    }
    fprintf(f, "%s: %s\n", cls, err->msg);
}
