// adder.c — the command line (and, in time, the REPL), as lua.c is for Lua.
//
//   adder FILE [ARG ...]  runs a script (sys.argv = [FILE, ARG ...])
//   adder -c CODE [ARG]   runs CODE
//   adder - / adder       runs what standard input holds
//   adder --tokens FILE   the token stream
//   adder --ast FILE      the syntax tree
//   adder --dis FILE      the bytecode of every code object
//   adder -X heapstats .. prints the heap's statistics to stderr at exit
// An uncaught exception prints CPython's traceback to stderr and exits with status 1;
// SystemExit sets the status. A syntax error prints CPython's layout, status 1.
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "grammar/ast.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"
#include "vm/compile.h"
#include "vm/vm.h"

static void usage(FILE *f) {
    fprintf(f, "usage: adder [--tokens | --ast | --dis] [-X heapstats] [-c CODE | FILE | -] "
            "[ARG ...]\n");
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

// Read all of standard input into a NUL-terminated malloc'd buffer.
static char *read_stdin(size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n - 1, stdin);
        n += got;
        if (got == 0) {
            break;
        }
        if (n == cap - 1) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    if (buf != NULL) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

// The globals of the main module, as CPython sets them up. Ref: new.
static Object *main_globals(const char *path) {
    Object *g = dict_new();
    if (g == NULL) {
        return NULL;
    }
    Object *name = str_from_cstr("__main__");
    Object *file = path != NULL ? str_from_cstr(path) : NULL;
    Object *ann = dict_new();
    int r = name != NULL && ann != NULL ? 0 : -1;
    if (r == 0) {
        r |= dict_set_cstr(g, "__name__", name);
        r |= dict_set_cstr(g, "__doc__", None);
        r |= dict_set_cstr(g, "__package__", None);
        r |= dict_set_cstr(g, "__loader__", None);
        r |= dict_set_cstr(g, "__spec__", None);
        r |= dict_set_cstr(g, "__annotations__", ann);
        r |= dict_set_cstr(g, "__builtins__", vm_builtins_module_borrow());
        if (file != NULL) {
            r |= dict_set_cstr(g, "__file__", file);
            r |= dict_set_cstr(g, "__cached__", None);
        }
    }
    XDECREF(name);
    XDECREF(file);
    XDECREF(ann);
    if (r != 0) {
        DECREF(g);
        return NULL;
    }
    return g;
}

// The exit status for an uncaught SystemExit, printing its message when it has one.
static int system_exit_status(Object *exc) {
    Object *code = ((ExceptionObject *)exc)->args;
    if (code == NULL || tuple_size(code) == 0) {
        return 0;
    }
    code = tuple_size(code) == 1 ? tuple_item_borrow(code, 0) : code;
    if (code == None) {
        return 0;
    }
    if (int_check(code)) {
        return (int)int_as_i64(code);
    }
    Object *s = obj_str(code);
    if (s != NULL) {
        fflush(stdout);
        fprintf(stderr, "%s\n", str_data(s));
        DECREF(s);
    } else {
        err_clear();
    }
    return 1;
}

// Report the current exception as CPython does for an uncaught one; the exit status.
static int report_exception(void) {
    Object *exc = err_fetch();
    if (exc == NULL) {
        return 1;
    }
    int status = 1;
    if (type_is_subtype(TYPE(exc), &SystemExitType)) {
        status = system_exit_status(exc);
    } else {
        vm_print_exception(exc);
        // CPython ends by SIGINT then, which a shell reports as status 130.
        if (type_is_subtype(TYPE(exc), &KeyboardInterruptType)) {
            status = 128 + SIGINT;
        }
    }
    DECREF(exc);
    return status;
}

// Compile and run `src` as the main module. The exit status.
static int run_source(const char *filename, const char *src, size_t len, bool dis) {
    Arena arena;
    ast_arena_init(&arena);
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    Node *mod = parse_module(&arena, src, len, &err);
    Object *code = NULL, *literals = NULL;
    if (mod != NULL) {
        code = comp_compile(mod, filename, COMPILE_FILE, &err, &literals);
    }
    ast_arena_fini(&arena);
    if (code == NULL) {
        if (err.kind != ERR_NONE) {
            fflush(stdout);
            lex_print_error(stderr, filename, src, len, &err);
            return 1;
        }
        return report_exception();
    }
    if (dis) {
        dis_print(stdout, code);
        DECREF(literals);
        DECREF(code);
        return 0;
    }
    Object *globals = main_globals(filename[0] == '<' ? NULL : filename);
    int status = 0;
    if (globals == NULL) {
        status = report_exception();
    } else {
        Object *r = vm_run_module(code, globals);
        if (r == NULL) {
            status = report_exception();
        }
        XDECREF(r);
        // Cycles go first, while the program's globals are still there (CPython too).
        gc_collect_if_enabled();
        // Module dicts hold functions that hold the dict: break that cycle.
        dict_clear(globals);
        DECREF(globals);
    }
    DECREF(literals);
    DECREF(code);
    return status;
}

static void on_sigint(int sig) {
    (void)sig;
    vm_interrupt();
}

int main(int argc, char **argv) {
    const char *mode = NULL, *path = NULL, *command = NULL;
    bool heapstats = false;
    int script_arg = argc;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tokens") == 0 || strcmp(argv[i], "--ast") == 0 ||
            strcmp(argv[i], "--dis") == 0) {
            mode = argv[i];
        } else if (strcmp(argv[i], "-X") == 0 || strncmp(argv[i], "-X", 2) == 0) {
            // -X OPTION (or -XOPTION): implementation options; unknown ones are ignored,
            // as CPython does.
            const char *opt = argv[i][2] != '\0' ? argv[i] + 2 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(opt, "heapstats") == 0) {
                heapstats = true;
            }
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            command = argv[i + 1];
            // sys.argv[0] is '-c', as in CPython; the arguments after CODE follow.
            argv[i + 1] = "-c";
            script_arg = i + 1;
            break;
        } else if (strcmp(argv[i], "-") == 0) {
            script_arg = i;
            break;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "adder: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        } else {
            path = argv[i];
            script_arg = i;
            break;
        }
    }
    size_t len = 0;
    char *src;
    const char *shown;
    char *owned = NULL;
    if (command != NULL) {
        len = strlen(command);
        src = malloc(len + 1);
        if (src != NULL) {
            memcpy(src, command, len + 1);
        }
        shown = "<string>";
    } else if (path != NULL) {
        src = read_file(path, &len);
        if (src == NULL) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], path, errno,
                    strerror(errno));
            return 2;
        }
        shown = absolute_path(path, &owned);
    } else {
        src = read_stdin(&len);
        shown = "<stdin>";
    }
    if (src == NULL) {
        fprintf(stderr, "adder: out of memory\n");
        return 1;
    }
    int status;
    if (mode != NULL && strcmp(mode, "--tokens") == 0) {
        status = dump_tokens(shown, src, len);
    } else if (mode != NULL && strcmp(mode, "--ast") == 0) {
        status = parse_file(shown, src, len, true);
    } else if (vm_init() < 0 || stdlib_init(argc - script_arg, argv + script_arg) < 0) {
        fprintf(stderr, "adder: cannot start the interpreter (out of memory)\n");
        status = 1;
    } else {
        signal(SIGINT, on_sigint);
        status = run_source(shown, src, len, mode != NULL);
        if (stdlib_flush() < 0 && status == 0) {
            status = 120;
        }
        if (heapstats) {
            heap_print_stats(stderr);
        }
        stdlib_fini();
        vm_fini();
    }
    free(owned);
    free(src);
    return status;
}
