/*
 * tests/fuzz/fuzz.c - standalone mutation-fuzz driver for adder.
 *
 * Feeds randomly mutated copies of test files to an (ideally ASan+UBSan
 * instrumented) adder binary and reports crashes, sanitizer reports,
 * leaks and hangs.  Each case runs one of `--tokens` (the lexer), `--ast`
 * (the parser) or `--dis` (parser and compiler); mutated programs are never
 * run, so an infinite loop in one is not a hang.  Plain C11 + POSIX, no
 * external libraries.
 *
 * Build: cc -std=c11 -O2 -Wall -Wextra -D_GNU_SOURCE -o build/fuzz tests/fuzz/fuzz.c
 * Usage: fuzz [-n COUNT] [-s SEED] [-j JOBS] [-t TIMEOUT_SEC] [-o OUTDIR] BINARY FILE...
 *
 * Case i (0 <= i < COUNT) depends only on SEED, i and the corpus (the list
 * of readable FILEs, in order), never on JOBS or timing, so any failure
 * can be reproduced by rerunning with the same seed and files and a count
 * greater than i.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define MAX_FILE_BYTES (1024u * 1024u) /* corpus files are capped at 1 MiB */
#define MAX_JOBS 256
#define HEAD_LINES 20     /* lines of child output shown per failure */
#define HEAD_LINE_MAX 240 /* bytes shown per output line */
#define PROGRESS_EVERY 1000

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* ------------------------------------------------------------------ */
/* Small utilities                                                     */
/* ------------------------------------------------------------------ */

static const char *prog = "fuzz";

_Noreturn static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: ", prog);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die("%s", "out of memory");
    return q;
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int write_all(int fd, const void *p, size_t n)
{
    const unsigned char *c = p;
    while (n > 0) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += (size_t)w;
        n -= (size_t)w;
    }
    return 0;
}

static int write_file(const char *path, const void *p, size_t n)
{
    int fd;
    do
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return -1;
    int rc = write_all(fd, p, n);
    if (close(fd) < 0 && errno != EINTR)
        rc = -1;
    return rc;
}

/* Read up to `cap` bytes of an open fd.  Returns bytes read or -1. */
static ssize_t read_upto(int fd, unsigned char *dst, size_t cap)
{
    size_t got = 0;
    while (got < cap) {
        ssize_t r = read(fd, dst + got, cap - got);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

static int open_rd(const char *path)
{
    int fd;
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    return fd;
}

static int copy_file(const char *from, const char *to)
{
    int in = open_rd(from);
    if (in < 0)
        return -1;
    int out;
    do
        out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    while (out < 0 && errno == EINTR);
    if (out < 0) {
        close(in);
        return -1;
    }
    unsigned char chunk[65536];
    int rc = 0;
    for (;;) {
        ssize_t r = read(in, chunk, sizeof chunk);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            rc = -1;
            break;
        }
        if (r == 0)
            break;
        if (write_all(out, chunk, (size_t)r) < 0) {
            rc = -1;
            break;
        }
    }
    close(in);
    close(out);
    return rc;
}

/* ------------------------------------------------------------------ */
/* PRNG: splitmix64                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
    uint64_t s;
} rng_t;

static uint64_t rng_next(rng_t *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform-ish in [0, n); 0 when n == 0. */
static size_t rng_below(rng_t *r, size_t n)
{
    return n ? (size_t)(rng_next(r) % (uint64_t)n) : 0;
}

/* Inclusive range [lo, hi]. */
static size_t rng_range(rng_t *r, size_t lo, size_t hi)
{
    return lo + rng_below(r, hi - lo + 1);
}

/* Roughly log-uniform in [lo, hi]: small values are as likely as large. */
static size_t rng_log(rng_t *r, size_t lo, size_t hi)
{
    uint64_t span = (uint64_t)(hi - lo);
    unsigned bits = 0;
    while (bits < 63 && ((uint64_t)1 << bits) <= span)
        bits++;
    unsigned b = (unsigned)rng_below(r, (size_t)bits + 1);
    uint64_t lim = ((uint64_t)1 << b) - 1;
    if (lim > span)
        lim = span;
    return lo + (size_t)(rng_next(r) % (lim + 1));
}

static int rng_coin(rng_t *r, size_t one_in)
{
    return rng_below(r, one_in) == 0;
}

/* ------------------------------------------------------------------ */
/* Growable byte buffer                                                */
/* ------------------------------------------------------------------ */

typedef struct {
    unsigned char *d;
    size_t len, cap;
} buf_t;

static void buf_reserve(buf_t *b, size_t extra)
{
    if (extra > SIZE_MAX / 2 - b->len)
        die("%s", "input too large");
    size_t need = b->len + extra;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need)
        cap *= 2;
    b->d = xrealloc(b->d, cap);
    b->cap = cap;
}

static void buf_insert(buf_t *b, size_t pos, const void *src, size_t n)
{
    if (n == 0)
        return;
    buf_reserve(b, n);
    memmove(b->d + pos + n, b->d + pos, b->len - pos);
    memcpy(b->d + pos, src, n);
    b->len += n;
}

static void buf_erase(buf_t *b, size_t pos, size_t n)
{
    memmove(b->d + pos, b->d + pos + n, b->len - pos - n);
    b->len -= n;
}

static void buf_add(buf_t *b, const void *src, size_t n)
{
    buf_insert(b, b->len, src, n);
}

static void buf_puts(buf_t *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void buf_fill(buf_t *b, unsigned char c, size_t n)
{
    buf_reserve(b, n);
    memset(b->d + b->len, c, n);
    b->len += n;
}

static void buf_repeat(buf_t *b, const char *s, size_t n)
{
    size_t l = strlen(s);
    if (l == 0)
        return;
    buf_reserve(b, l * n);
    for (size_t i = 0; i < n; i++)
        buf_add(b, s, l);
}

/* ------------------------------------------------------------------ */
/* Corpus                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *path;
    unsigned char *d;
    size_t len;
} corpus_file_t;

static corpus_file_t *corpus;
static size_t ncorpus;

static void load_corpus(char **paths, int n)
{
    corpus = xrealloc(NULL, (size_t)n * sizeof *corpus);
    for (int i = 0; i < n; i++) {
        int fd = open_rd(paths[i]);
        if (fd < 0) {
            fprintf(stderr, "%s: skipping %s: %s\n", prog, paths[i], strerror(errno));
            continue;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s: skipping %s: is a directory\n", prog, paths[i]);
            close(fd);
            continue;
        }
        unsigned char *d = xrealloc(NULL, MAX_FILE_BYTES);
        ssize_t got = read_upto(fd, d, MAX_FILE_BYTES);
        int err = errno;
        close(fd);
        if (got < 0) {
            fprintf(stderr, "%s: skipping %s: %s\n", prog, paths[i], strerror(err));
            free(d);
            continue;
        }
        corpus[ncorpus].path = paths[i];
        corpus[ncorpus].d = xrealloc(d, (size_t)got);
        corpus[ncorpus].len = (size_t)got;
        ncorpus++;
    }
}

/* ------------------------------------------------------------------ */
/* Mutations                                                           */
/* ------------------------------------------------------------------ */

static const unsigned char interesting[] = {
    0x00, 0xff, 0x80, 0xc3, 0xe2, 0xf0, '\n', '\r', '\t', ' ', '\\',
    '"',  '\'', '#',  '(',  ')',  '[',  ']',  '{',  '}',  ':', ',',
};

static const char *const dict[] = {
    "(",      ")",    "[",      "]",    "{",      "}",       ":",
    "\n",     "    ", "\t",     "\"\"\"", "'''",  "'",       "\"",
    "\\\n",   "f\"{", "}",      "{x!r:>10}", "lambda", "**", "*",
    "=",      ":=",   "->",     "0x",   "1e",     "1_",      ".",
    "...",    "if",   "else",   "def f(", "class C:", "yield", "not",
    "in",     "is",   "@",      ";",    "b'",     "rb\"",    "\\N{",
    "\\x",    "\\u12", "\xe2\x82\xac",
};

#define COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

static unsigned char rand_byte(rng_t *r)
{
    size_t k = rng_below(r, 10);
    if (k < 6)
        return interesting[rng_below(r, COUNTOF(interesting))];
    if (k < 8)
        return (unsigned char)rng_range(r, 0x20, 0x7e);
    return (unsigned char)rng_next(r);
}

/* Swap [a, a+la) and [c, c+lc), where a + la <= c.  Length is unchanged. */
static void swap_spans(buf_t *b, size_t a, size_t la, size_t c, size_t lc)
{
    size_t total = c + lc - a;
    unsigned char *tmp = xrealloc(NULL, total);
    size_t mid = c - (a + la), o = 0;
    memcpy(tmp + o, b->d + c, lc);
    o += lc;
    memcpy(tmp + o, b->d + a + la, mid);
    o += mid;
    memcpy(tmp + o, b->d + a, la);
    memcpy(b->d + a, tmp, total);
    free(tmp);
}

/* Start and end (exclusive, including its '\n') of line number idx. */
static void line_span(const buf_t *b, size_t idx, size_t *start, size_t *end)
{
    size_t pos = 0;
    while (idx > 0 && pos < b->len) {
        const unsigned char *nl = memchr(b->d + pos, '\n', b->len - pos);
        if (!nl) {
            pos = b->len;
            break;
        }
        pos = (size_t)(nl - b->d) + 1;
        idx--;
    }
    *start = pos;
    const unsigned char *nl = pos < b->len ? memchr(b->d + pos, '\n', b->len - pos) : NULL;
    *end = nl ? (size_t)(nl - b->d) + 1 : b->len;
}

static size_t count_lines(const buf_t *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++)
        n += b->d[i] == '\n';
    if (b->len > 0 && b->d[b->len - 1] != '\n')
        n++;
    return n;
}

static void mut_insert_bytes(buf_t *b, rng_t *r)
{
    unsigned char tmp[8];
    size_t n = rng_range(r, 1, 8);
    for (size_t i = 0; i < n; i++)
        tmp[i] = rand_byte(r);
    buf_insert(b, rng_below(r, b->len + 1), tmp, n);
}

static void mut_insert_token(buf_t *b, rng_t *r)
{
    const char *tok = dict[rng_below(r, COUNTOF(dict))];
    size_t pos = rng_below(r, b->len + 1);
    if (rng_coin(r, 3)) /* sometimes at the start of a line */
        while (pos > 0 && b->d[pos - 1] != '\n')
            pos--;
    buf_insert(b, pos, tok, strlen(tok));
}

static void mutate_once(buf_t *b, rng_t *r)
{
    switch (rng_below(r, 8)) {
    case 0: { /* drop a range of 1-16 bytes */
        if (b->len == 0)
            break;
        size_t n = rng_range(r, 1, 16);
        if (n > b->len)
            n = b->len;
        buf_erase(b, rng_below(r, b->len - n + 1), n);
        return;
    }
    case 1: { /* duplicate a range */
        if (b->len == 0)
            break;
        unsigned char tmp[256];
        size_t n = rng_log(r, 1, sizeof tmp);
        if (n > b->len)
            n = b->len;
        size_t from = rng_below(r, b->len - n + 1);
        memcpy(tmp, b->d + from, n);
        buf_insert(b, rng_below(r, b->len + 1), tmp, n);
        return;
    }
    case 2: { /* swap two bytes */
        if (b->len < 2)
            break;
        size_t i = rng_below(r, b->len), j = rng_below(r, b->len);
        unsigned char t = b->d[i];
        b->d[i] = b->d[j];
        b->d[j] = t;
        return;
    }
    case 3: { /* swap two lines or two ranges */
        if (b->len < 2)
            break;
        size_t nl = count_lines(b);
        if (nl >= 2 && rng_coin(r, 2)) {
            size_t x = rng_below(r, nl), y = rng_below(r, nl);
            if (x == y)
                y = (x + 1) % nl;
            if (x > y) {
                size_t t = x;
                x = y;
                y = t;
            }
            size_t s1, e1, s2, e2;
            line_span(b, x, &s1, &e1);
            line_span(b, y, &s2, &e2);
            swap_spans(b, s1, e1 - s1, s2, e2 - s2);
        } else {
            size_t maxl = b->len / 2 < 64 ? b->len / 2 : 64;
            size_t la = rng_range(r, 1, maxl), lc = rng_range(r, 1, maxl);
            size_t a = rng_below(r, b->len - la - lc + 1);
            size_t c = a + la + rng_below(r, b->len - a - la - lc + 1);
            swap_spans(b, a, la, c, lc);
        }
        return;
    }
    case 4: /* insert random (mostly interesting) bytes */
        break;
    case 5:
    case 6: /* insert a dictionary token */
        mut_insert_token(b, r);
        return;
    case 7: /* replace a byte */
        if (b->len == 0)
            break;
        b->d[rng_below(r, b->len)] = rand_byte(r);
        return;
    }
    mut_insert_bytes(b, r);
}

/* ------------------------------------------------------------------ */
/* Pathological inputs                                                 */
/* ------------------------------------------------------------------ */

static void gen_long_line(buf_t *b, rng_t *r)
{
    size_t n = rng_log(r, 1000, 1000000);
    switch (rng_below(r, 8)) {
    case 0: buf_puts(b, "x = "); buf_fill(b, 'a', n); buf_puts(b, "\n"); break;
    case 1: buf_puts(b, "s = \""); buf_fill(b, 'a', n); buf_puts(b, "\"\n"); break;
    case 2: buf_puts(b, "n = "); buf_fill(b, '9', n); buf_puts(b, "\n"); break;
    case 3: buf_puts(b, "# "); buf_fill(b, 'c', n); buf_puts(b, "\n"); break;
    case 4: buf_puts(b, "x = ["); buf_repeat(b, "1, ", n / 3); buf_puts(b, "]\n"); break;
    case 5: buf_puts(b, "s = '"); buf_repeat(b, "ab", n / 2); buf_puts(b, "\n"); break;
    case 6: buf_puts(b, "s = '"); buf_repeat(b, "\xe2\x82\xac", n / 3); buf_puts(b, "'\n"); break;
    default: buf_puts(b, "x = 1"); buf_fill(b, ' ', n); buf_puts(b, "\n"); break;
    }
}

static void gen_nesting(buf_t *b, rng_t *r)
{
    size_t depth = rng_log(r, 150, 5000);
    size_t kind = rng_below(r, 5);
    char *closers = xrealloc(NULL, depth);
    if (rng_coin(r, 2))
        buf_puts(b, "x = ");
    for (size_t i = 0; i < depth; i++) {
        size_t k = kind < 3 ? kind : rng_below(r, 3);
        if (kind == 4) {
            buf_puts(b, "f(");
            closers[i] = ')';
        } else {
            buf_add(b, &"([{"[k], 1);
            closers[i] = ")]}"[k];
        }
    }
    switch (rng_below(r, 3)) {
    case 0: /* balanced */
        buf_puts(b, "1");
        for (size_t i = depth; i-- > 0;)
            buf_add(b, &closers[i], 1);
        break;
    case 1: /* unclosed */
        break;
    default: /* half closed */
        buf_puts(b, "1");
        for (size_t i = depth; i-- > depth / 2;)
            buf_add(b, &closers[i], 1);
        break;
    }
    buf_puts(b, "\n");
    free(closers);
}

static void gen_chain(buf_t *b, rng_t *r)
{
    static const char *const chains[][3] = {
        {"x = ", "-", "1\n"},           {"x = ", "not ", "y\n"},
        {"x = ", "1+", "1\n"},          {"x = ", "2**", "2\n"},
        {"x = y", ".a", "\n"},          {"", "x=", "1\n"},
        {"f = ", "lambda:", "0\n"},     {"x = ", "~", "1\n"},
        {"x = ", "a if b else ", "c\n"}, {"x = ", "a,", "b\n"},
        {"x = ", "a<", "b\n"},          {"x = ", "a and ", "b\n"},
        {"", "@d\n", "def f(): pass\n"}, {"x = f", "()", "\n"},
        {"x = a", "[0]", "\n"},         {"x = ", "'s' ", "\n"},
        {"", "x;", "\n"},               {"x = ", "*", "a\n"},
        {"x = ", "+", "1\n"},           {"x = ", "await ", "y\n"},
        {"del ", "a,", "b\n"},          {"x = ", "(yield ", "1\n"},
    };
    const char *const *c = chains[rng_below(r, COUNTOF(chains))];
    size_t n = rng_log(r, 100, 50000);
    buf_puts(b, c[0]);
    buf_repeat(b, c[1], n);
    buf_puts(b, c[2]);
}

static void gen_indent(buf_t *b, rng_t *r)
{
    static const char *const heads[] = {
        "if x:", "while x:", "for i in x:", "def f():", "class C:", "with a:", "try:", "else:",
    };
    size_t style = rng_below(r, 4); /* 0: 1 space, 1: tab, 2: 4 spaces, 3: mixed */
    size_t levels = rng_log(r, 100, style == 2 ? 500 : 1000);
    size_t head = rng_below(r, COUNTOF(heads) + 1);
    for (size_t lv = 0; lv <= levels; lv++) {
        for (size_t k = 0; k < lv; k++) {
            if (style == 0)
                buf_puts(b, " ");
            else if (style == 1)
                buf_puts(b, "\t");
            else if (style == 2)
                buf_puts(b, "    ");
            else
                buf_puts(b, (k & 1) ? "\t" : " ");
        }
        if (lv == levels) {
            buf_puts(b, "pass\n");
        } else {
            buf_puts(b, heads[head < COUNTOF(heads) ? head : rng_below(r, COUNTOF(heads))]);
            buf_puts(b, "\n");
        }
    }
    switch (rng_below(r, 3)) {
    case 0: buf_puts(b, "x = 1\n"); break;
    case 1: buf_fill(b, ' ', levels / 2 + 1); buf_puts(b, "y = 2\n"); break;
    default: break;
    }
}

static void gen_many_lines(buf_t *b, rng_t *r)
{
    size_t n = rng_log(r, 1000, 200000);
    switch (rng_below(r, 8)) {
    case 0: buf_puts(b, "x = 1 + \\\n"); buf_repeat(b, "1 + \\\n", n); buf_puts(b, "1\n"); break;
    case 1: buf_puts(b, "x = (\n"); buf_repeat(b, "1,\n", n); buf_puts(b, ")\n"); break;
    case 2: buf_fill(b, '\n', n); buf_puts(b, "x\n"); break;
    case 3: buf_repeat(b, "x=1\n", n); break;
    case 4: buf_repeat(b, "#c\n", n); break;
    case 5: buf_puts(b, "s = \"\"\""); buf_repeat(b, "line\n", n); buf_puts(b, "\"\"\"\n"); break;
    case 6: buf_repeat(b, "  \n", n); buf_puts(b, "x\n"); break;
    default: buf_repeat(b, rng_coin(r, 2) ? "x = 1\r\n" : "x = 1\r", n); break;
    }
}

static void gen_nested_strings(buf_t *b, rng_t *r)
{
    size_t d = rng_log(r, 50, 3000);
    switch (rng_below(r, 5)) {
    case 0:
        buf_puts(b, "x = ");
        buf_repeat(b, "f\"{", d);
        buf_puts(b, "1");
        buf_repeat(b, "}\"", d);
        buf_puts(b, "\n");
        break;
    case 1:
        buf_puts(b, "x = ");
        for (size_t i = 0; i < d; i++)
            buf_puts(b, (i & 1) ? "f'{" : "f\"{");
        buf_puts(b, "1");
        for (size_t i = d; i-- > 0;)
            buf_puts(b, (i & 1) ? "}'" : "}\"");
        buf_puts(b, "\n");
        break;
    case 2:
        buf_puts(b, "x = f\"");
        buf_repeat(b, "{x!r:>{w}}", d);
        buf_puts(b, "\"\n");
        break;
    case 3:
        buf_puts(b, "x = ");
        buf_repeat(b, "[x for x in ", d);
        buf_puts(b, "y");
        buf_fill(b, ']', d);
        buf_puts(b, "\n");
        break;
    default:
        buf_puts(b, "def f(");
        buf_repeat(b, "a,", d);
        buf_puts(b, "):\n    pass\nf(");
        buf_repeat(b, "a,", d);
        buf_puts(b, ")\n");
        break;
    }
}

static void gen_pathological(buf_t *b, rng_t *r)
{
    switch (rng_below(r, 6)) {
    case 0: gen_long_line(b, r); break;
    case 1: gen_nesting(b, r); break;
    case 2: gen_chain(b, r); break;
    case 3: gen_indent(b, r); break;
    case 4: gen_many_lines(b, r); break;
    default: gen_nested_strings(b, r); break;
    }
}

/* ------------------------------------------------------------------ */
/* Case generation                                                     */
/* ------------------------------------------------------------------ */

enum { MODE_AST, MODE_TOKENS, MODE_DIS };

static char flag_ast[] = "--ast";
static char flag_tokens[] = "--tokens";
static char flag_dis[] = "--dis";

// The flag that runs `mode`: the lexer, the parser, or the parser and the compiler.
static char *mode_flag(int mode) {
    return mode == MODE_AST ? flag_ast : mode == MODE_TOKENS ? flag_tokens : flag_dis;
}

/* Build the input of case idx into out; returns the mode. */
static int make_case(uint64_t seed, uint64_t idx, buf_t *out)
{
    rng_t r = {seed * 0xD1B54A32D192ED03ull + idx};
    (void)rng_next(&r);
    out->len = 0;
    int mode = rng_coin(&r, 4) ? MODE_TOKENS : rng_coin(&r, 2) ? MODE_DIS : MODE_AST;
    size_t nmut;
    if (rng_coin(&r, 32)) {
        gen_pathological(out, &r);
        nmut = rng_coin(&r, 4) ? rng_range(&r, 1, 2) : 0;
    } else {
        const corpus_file_t *f = &corpus[rng_below(&r, ncorpus)];
        buf_add(out, f->d, f->len);
        nmut = rng_range(&r, 1, 8);
    }
    for (size_t i = 0; i < nmut; i++)
        mutate_once(out, &r);
    return mode;
}

/* ------------------------------------------------------------------ */
/* Running children                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
    pid_t pid;       /* 0 when free */
    uint64_t idx;    /* case index */
    int mode;
    int hung;        /* killed because of the timeout */
    int aborted;     /* killed because we are shutting down */
    int64_t deadline;
    buf_t input;
    char case_path[PATH_MAX];
    char out_path[PATH_MAX];
} slot_t;

static char *binary;
static char **child_env;
static int devnull_fd = -1;
static int64_t timeout_ns;
static const char *outdir;
static unsigned long long passed, failed;

static char asan_env[] = "ASAN_OPTIONS=detect_leaks=1:exitcode=99:abort_on_error=0";
static char ubsan_env[] = "UBSAN_OPTIONS=halt_on_error=1:exitcode=99:print_stacktrace=1";
static char lsan_env[] = "LSAN_OPTIONS=exitcode=99";

static void build_env(void)
{
    size_t n = 0;
    for (char **e = environ; e && *e; e++)
        n++;
    child_env = xrealloc(NULL, (n + 4) * sizeof *child_env);
    size_t k = 0;
    for (char **e = environ; e && *e; e++) {
        if (!strncmp(*e, "ASAN_OPTIONS=", 13) || !strncmp(*e, "UBSAN_OPTIONS=", 14) ||
            !strncmp(*e, "LSAN_OPTIONS=", 13))
            continue;
        child_env[k++] = *e;
    }
    child_env[k++] = asan_env;
    child_env[k++] = ubsan_env;
    child_env[k++] = lsan_env;
    child_env[k] = NULL;
}

static const int reset_sigs[] = {SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT};

/* In the child after fork: only async-signal-safe calls. */
_Noreturn static void child_exec(int out_fd, char **argv)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < COUNTOF(reset_sigs); i++)
        sigaction(reset_sigs[i], &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    setpgid(0, 0);
    struct rlimit rl;
    rl.rlim_cur = 0;
    rl.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &rl);
    if (dup2(devnull_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(out_fd, 2) < 0)
        _exit(126);
    execve(binary, argv, child_env);
    static const char msg[] = "fuzz: execve failed\n";
    ssize_t w = write(2, msg, sizeof msg - 1);
    (void)w;
    _exit(127);
}

/* Returns 0 on success, -1 if fork failed (the case can be retried). */
static int spawn(slot_t *s)
{
    if (write_file(s->case_path, s->input.d, s->input.len) < 0)
        die("cannot write %s", s->case_path);
    int out;
    do
        out = open(s->out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    while (out < 0 && errno == EINTR);
    if (out < 0)
        die("cannot create %s", s->out_path);
    char *argv[4] = {binary, mode_flag(s->mode), s->case_path, NULL};
    pid_t pid = fork();
    if (pid == 0)
        child_exec(out, argv);
    int err = errno;
    close(out);
    if (pid < 0) {
        errno = err;
        return -1;
    }
    setpgid(pid, pid); /* also done by the child; whichever runs first wins */
    s->pid = pid;
    s->hung = 0;
    s->aborted = 0;
    s->deadline = now_ns() + timeout_ns;
    return 0;
}

static void kill_child(slot_t *s)
{
    kill(-s->pid, SIGKILL);
    kill(s->pid, SIGKILL);
}

/* Print the first HEAD_LINES lines of the child's output, indented. */
static void print_head(const char *path)
{
    int fd = open_rd(path);
    if (fd < 0)
        return;
    static unsigned char data[65536];
    ssize_t got = read_upto(fd, data, sizeof data);
    close(fd);
    if (got <= 0)
        return;
    size_t n = (size_t)got, pos = 0;
    int lines = 0;
    while (pos < n && lines < HEAD_LINES) {
        size_t end = pos;
        while (end < n && data[end] != '\n')
            end++;
        fputs("  | ", stdout);
        for (size_t i = pos; i < end && i - pos < HEAD_LINE_MAX; i++) {
            unsigned char c = data[i];
            fputc((c < 0x20 && c != '\t') || c == 0x7f ? '?' : c, stdout);
        }
        if (end - pos > HEAD_LINE_MAX)
            fputs(" [...]", stdout);
        fputc('\n', stdout);
        lines++;
        pos = end + 1;
    }
    if (pos < n)
        fputs("  | [... more output in the .txt file]\n", stdout);
}

static void finish_case(slot_t *s, int status)
{
    if (s->aborted)
        return;
    char what[64];
    int fail = 1;
    if (s->hung)
        snprintf(what, sizeof what, "hang");
    else if (WIFEXITED(status)) {
        int code = WEXITSTATUS(status);
        fail = code != 0 && code != 1;
        snprintf(what, sizeof what, "exit %d", code);
    } else if (WIFSIGNALED(status))
        snprintf(what, sizeof what, "signal %d", WTERMSIG(status));
    else
        snprintf(what, sizeof what, "status 0x%x", (unsigned)status);
    if (!fail) {
        passed++;
        return;
    }
    failed++;
    char in_path[PATH_MAX], txt_path[PATH_MAX];
    unsigned long long idx = (unsigned long long)s->idx;
    snprintf(in_path, sizeof in_path, "%s/fail-%llu.py", outdir, idx);
    snprintf(txt_path, sizeof txt_path, "%s/fail-%llu.txt", outdir, idx);
    if (write_file(in_path, s->input.d, s->input.len) < 0)
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, in_path, strerror(errno));
    if (copy_file(s->out_path, txt_path) < 0)
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, txt_path, strerror(errno));
    printf("FAIL case %llu: %s (input: %s)\n", idx, what, in_path);
    printf("  rerun: %s %s %s\n", binary, mode_flag(s->mode), in_path);
    print_head(s->out_path);
    fflush(stdout);
}

static void noop_handler(int sig)
{
    (void)sig;
}

/* ------------------------------------------------------------------ */
/* Main                                                                */
/* ------------------------------------------------------------------ */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s [-n COUNT] [-s SEED] [-j JOBS] [-t TIMEOUT_SEC] [-o OUTDIR] BINARY FILE...\n"
            "  -n COUNT    number of cases (default 10000)\n"
            "  -s SEED     random seed (default 1)\n"
            "  -j JOBS     parallel children (default 2)\n"
            "  -t SEC      per-case timeout, a hang past it is a failure (default 10)\n"
            "  -o OUTDIR   where inputs and failures go (default: fresh dir in $TMPDIR or /tmp,\n"
            "              removed at the end when nothing failed)\n",
            prog);
}

static int parse_num(const char *s, unsigned long long *out)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '\0' || *s == '-' || *s == '+')
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || *end != '\0')
        return -1;
    *out = v;
    return 0;
}

static void ensure_std_fds(void)
{
    for (int fd = 0; fd < 3; fd++) {
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int n = open("/dev/null", O_RDWR);
            if (n < 0)
                exit(2);
            if (n != fd) {
                dup2(n, fd);
                close(n);
            }
        }
    }
}

int main(int argc, char **argv)
{
    unsigned long long count = 10000, seed = 1, jobs = 2, timeout = 10;
    const char *outdir_opt = NULL;
    if (argc > 0 && argv[0] && argv[0][0])
        prog = argv[0];

    int opt;
    while ((opt = getopt(argc, argv, "+n:s:j:t:o:h")) != -1) {
        switch (opt) {
        case 'n':
            if (parse_num(optarg, &count) < 0) {
                fprintf(stderr, "%s: bad COUNT: %s\n", prog, optarg);
                return 2;
            }
            break;
        case 's':
            if (parse_num(optarg, &seed) < 0) {
                fprintf(stderr, "%s: bad SEED: %s\n", prog, optarg);
                return 2;
            }
            break;
        case 'j':
            if (parse_num(optarg, &jobs) < 0 || jobs < 1 || jobs > MAX_JOBS) {
                fprintf(stderr, "%s: bad JOBS (1..%d): %s\n", prog, MAX_JOBS, optarg);
                return 2;
            }
            break;
        case 't':
            if (parse_num(optarg, &timeout) < 0 || timeout < 1 || timeout > 86400) {
                fprintf(stderr, "%s: bad TIMEOUT_SEC (1..86400): %s\n", prog, optarg);
                return 2;
            }
            break;
        case 'o':
            outdir_opt = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (argc - optind < 2) {
        usage(stderr);
        return 2;
    }
    binary = argv[optind];
    char **files = argv + optind + 1;
    int nfiles = argc - optind - 1;
    timeout_ns = (int64_t)timeout * 1000000000;

    ensure_std_fds();
    if (access(binary, X_OK) < 0) {
        fprintf(stderr, "%s: %s: not executable: %s\n", prog, binary, strerror(errno));
        return 2;
    }
    load_corpus(files, nfiles);
    if (ncorpus == 0) {
        fprintf(stderr, "%s: no readable input files\n", prog);
        return 2;
    }

    /* Output directory. */
    static char tmpl[PATH_MAX];
    int made_tmp = 0;
    if (outdir_opt) {
        struct stat st;
        if (mkdir(outdir_opt, 0777) < 0 && errno != EEXIST) {
            fprintf(stderr, "%s: cannot create %s: %s\n", prog, outdir_opt, strerror(errno));
            return 2;
        }
        if (stat(outdir_opt, &st) < 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s: %s is not a directory\n", prog, outdir_opt);
            return 2;
        }
        outdir = outdir_opt;
    } else {
        const char *t = getenv("TMPDIR");
        if (!t || !*t)
            t = "/tmp";
        int l = snprintf(tmpl, sizeof tmpl, "%s/adder-fuzz-XXXXXX", t);
        if (l < 0 || (size_t)l >= sizeof tmpl || !mkdtemp(tmpl)) {
            fprintf(stderr, "%s: cannot create a directory in %s: %s\n", prog, t, strerror(errno));
            return 2;
        }
        outdir = tmpl;
        made_tmp = 1;
    }

    do
        devnull_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    while (devnull_fd < 0 && errno == EINTR);
    if (devnull_fd < 0)
        die("%s", "cannot open /dev/null");
    build_env();

    /* Signals: SIGCHLD and the termination signals are blocked and picked
     * up with sigtimedwait.  SIGCHLD needs a handler so that it is not
     * discarded while blocked. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = noop_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t waitset;
    sigemptyset(&waitset);
    sigaddset(&waitset, SIGCHLD);
    sigaddset(&waitset, SIGINT);
    sigaddset(&waitset, SIGTERM);
    sigaddset(&waitset, SIGHUP);
    sigprocmask(SIG_BLOCK, &waitset, NULL);

    size_t nslots = (size_t)jobs;
    slot_t *slots = xrealloc(NULL, nslots * sizeof *slots);
    memset(slots, 0, nslots * sizeof *slots);
    for (size_t k = 0; k < nslots; k++) {
        int a = snprintf(slots[k].case_path, PATH_MAX, "%s/case-%zu.py", outdir, k);
        int b = snprintf(slots[k].out_path, PATH_MAX, "%s/out-%zu.txt", outdir, k);
        if (a < 0 || a >= PATH_MAX || b < 0 || b >= PATH_MAX)
            die("%s", "OUTDIR path too long");
    }

    fprintf(stderr, "%s: %zu corpus files, seed %llu, %llu cases, %llu jobs, outdir %s\n", prog,
            ncorpus, seed, count, jobs, outdir);

    int64_t t0 = now_ns();
    unsigned long long next = 0, last_progress = 0;
    size_t running = 0;
    int stop_sig = 0, fork_failures = 0;

    while (running > 0 || (next < count && !stop_sig)) {
        /* Fill free slots. */
        for (size_t k = 0; k < nslots && !stop_sig && next < count; k++) {
            slot_t *s = &slots[k];
            if (s->pid != 0)
                continue;
            s->idx = next;
            s->mode = make_case(seed, next, &s->input);
            if (spawn(s) < 0) {
                if (++fork_failures > 100)
                    die("fork keeps failing: %s", strerror(errno));
                break; /* wait a little, then retry this case */
            }
            fork_failures = 0;
            next++;
            running++;
        }

        /* How long may we sleep? */
        int64_t now = now_ns(), wait = 1000000000;
        if (running == 0)
            wait = 100000000;
        for (size_t k = 0; k < nslots; k++) {
            if (slots[k].pid == 0)
                continue;
            int64_t left = (slots[k].hung || slots[k].aborted) ? 50000000 : slots[k].deadline - now;
            if (left < wait)
                wait = left;
        }
        if (wait < 0)
            wait = 0;
        struct timespec ts = {(time_t)(wait / 1000000000), (long)(wait % 1000000000)};
        int sig = sigtimedwait(&waitset, NULL, &ts);
        if (sig > 0 && sig != SIGCHLD && !stop_sig) {
            stop_sig = sig;
            for (size_t k = 0; k < nslots; k++) {
                if (slots[k].pid != 0) {
                    slots[k].aborted = 1;
                    kill_child(&slots[k]);
                }
            }
        }

        /* Reap everything that has finished. */
        for (;;) {
            int status;
            pid_t p = waitpid(-1, &status, WNOHANG);
            if (p < 0 && errno == EINTR)
                continue;
            if (p <= 0)
                break;
            for (size_t k = 0; k < nslots; k++) {
                if (slots[k].pid == p) {
                    finish_case(&slots[k], status);
                    slots[k].pid = 0;
                    running--;
                    break;
                }
            }
        }

        /* Kill children past their deadline. */
        now = now_ns();
        for (size_t k = 0; k < nslots; k++) {
            slot_t *s = &slots[k];
            if (s->pid != 0 && !s->hung && !s->aborted && now >= s->deadline) {
                s->hung = 1;
                kill_child(s);
            }
        }

        unsigned long long done = passed + failed;
        if (done - last_progress >= PROGRESS_EVERY && done < count) {
            last_progress = done - done % PROGRESS_EVERY;
            fprintf(stderr, "%s: %llu/%llu cases, %llu failed, %.1fs\n", prog, done, count, failed,
                    (double)(now_ns() - t0) / 1e9);
        }
    }

    /* Clean up scratch files; keep OUTDIR only if something failed. */
    for (size_t k = 0; k < nslots; k++) {
        unlink(slots[k].case_path);
        unlink(slots[k].out_path);
        free(slots[k].input.d);
    }
    free(slots);
    close(devnull_fd);
    if (failed == 0) {
        if (made_tmp && rmdir(outdir) < 0)
            fprintf(stderr, "%s: cannot remove %s: %s\n", prog, outdir, strerror(errno));
    } else {
        fprintf(stderr, "%s: failing inputs and outputs kept in %s\n", prog, outdir);
        fprintf(stderr,
                "%s: reproduce with: %s -s %llu -n %llu -t %llu %s FILE... "
                "(same FILE list in the same order; case i depends only on the seed, i and the files)\n",
                prog, prog, seed, count, timeout, binary);
    }
    if (stop_sig)
        fprintf(stderr, "%s: interrupted by signal %d after %llu cases\n", prog, stop_sig,
                passed + failed);

    printf("%llu passed, %llu failed\n", passed, failed);
    fflush(stdout);
    if (stop_sig)
        return 128 + stop_sig;
    return failed == 0 ? 0 : 1;
}
