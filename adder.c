// adder.c — the command line (and, in time, the REPL), as lua.c is for Lua.
//
// Today adder reads a file and shows what the front end makes of it:
//   adder --tokens FILE   the token stream
//   adder --ast FILE      the syntax tree
//   adder FILE            checks the syntax only (running programs comes with the VM)
// A syntax error prints CPython's layout to stderr and exits with status 1.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "grammar/ast.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"

static void usage(FILE *f) {
    fprintf(f, "usage: adder [--tokens | --ast] FILE\n");
}

// Read all of `path` into a NUL-terminated buffer (malloc'd; the caller frees it).
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) {
            break;
        }
        char *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            buf = NULL;
            errno = ENOMEM;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf != NULL && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf != NULL) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

// A token's text in Python's repr style, for `--tokens`.
static void print_token_text(const Token *t) {
    putchar('\'');
    for (size_t i = 0; i < t->len; i++) {
        unsigned char c = (unsigned char)t->start[i];
        if (c == '\n') {
            fputs("\\n", stdout);
        } else if (c == '\r') {
            fputs("\\r", stdout);
        } else if (c == '\t') {
            fputs("\\t", stdout);
        } else if (c == '\\' || c == '\'') {
            printf("\\%c", c);
        } else if (c < 0x20 || c == 0x7f) {
            printf("\\x%02x", c);
        } else {
            putchar(c);
        }
    }
    putchar('\'');
}

static int dump_tokens(const char *path, const char *src, size_t len) {
    Lexer lx;
    lex_init(&lx, src, len);
    for (;;) {
        Token t;
        int kind = lex_next(&lx, &t);
        if (kind == T_ERROR) {
            fflush(stdout);
            lex_print_error(stderr, path, src, len, &lx.err);
            return 1;
        }
        char pos[48];
        snprintf(pos, sizeof pos, "%d,%d-%d,%d:", t.line, t.col, t.end_line, t.end_col);
        printf("%-20s%-15s", pos, lex_token_name(kind));
        print_token_text(&t);
        putchar('\n');
        if (kind == T_ENDMARKER) {
            return 0;
        }
    }
}

static int parse_file(const char *path, const char *src, size_t len, bool dump) {
    Arena arena;
    ast_arena_init(&arena);
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    Node *mod = parse_module(&arena, src, len, &err);
    if (mod == NULL) {
        lex_print_error(stderr, path, src, len, &err);
    } else if (dump) {
        ast_dump(stdout, mod);
    }
    ast_arena_fini(&arena);
    return mod == NULL ? 1 : 0;
}

// The script's path as CPython shows it in messages: made absolute, not resolved.
// Returns `path` itself or a malloc'd string (`*owned` set) the caller frees.
static const char *absolute_path(const char *path, char **owned) {
    *owned = NULL;
    char cwd[4096];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL) {
        return path;
    }
    size_t n = strlen(cwd) + 1 + strlen(path) + 1;
    *owned = malloc(n);
    if (*owned == NULL) {
        return path;
    }
    snprintf(*owned, n, "%s/%s", cwd, path);
    return *owned;
}

int main(int argc, char **argv) {
    const char *mode = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tokens") == 0 || strcmp(argv[i], "--ast") == 0) {
            mode = argv[i];
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "adder: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        } else if (path == NULL) {
            path = argv[i];
        }
    }
    if (path == NULL) {
        usage(stderr);
        return 2;
    }
    size_t len = 0;
    char *src = read_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "adder: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return 2;
    }
    char *owned;
    const char *shown = absolute_path(path, &owned);
    int status;
    if (mode != NULL && strcmp(mode, "--tokens") == 0) {
        status = dump_tokens(shown, src, len);
    } else {
        status = parse_file(shown, src, len, mode != NULL);
    }
    free(owned);
    free(src);
    return status;
}
