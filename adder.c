// adder.c — the command line and the REPL, as lua.c is for Lua.
//
//   adder FILE [ARG ...]  runs a script (sys.argv = [FILE, ARG ...])
//   adder -c CODE [ARG]   runs CODE
//   adder - / adder       runs what standard input holds; on a terminal, opens the REPL
//   adder -i ...          opens the REPL after the script or CODE, in its globals
//   adder -q              no banner at the REPL
//   adder --tokens FILE   the token stream
//   adder --ast FILE      the syntax tree
//   adder --dis FILE      the bytecode of every code object
//   adder -X heapstats .. prints the heap's statistics to stderr at exit
// An uncaught exception prints CPython's traceback to stderr and exits with status 1;
// SystemExit sets the status. A syntax error prints CPython's layout, status 1.
//
// The REPL (REPL.md describes it to its users) reads with GNU readline: each input is
// parsed by the real parser after every line, and an error at the end of the input
// means "more" (`SyntaxErr.incomplete`), as CPython's interactive tokenizer decides.
// A complete input is compiled as one interactive unit (COMPILE_SINGLE: expression
// statements print and set `_`) and run in __main__'s globals. The REPL keeps no object
// of the user's beyond what CPython's keeps: the literals of an input live while it runs,
// `_` and sys.last_value hold what they hold in CPython, nothing else.
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "grammar/ast.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/function.h"
#include "vm/vm.h"

#define ADDER_VERSION "0.1"

static void usage(FILE *f) {
    fprintf(f, "usage: adder [-i] [-q] [--tokens | --ast | --dis] [-X heapstats] "
            "[-c CODE | FILE | -] [ARG ...]\n");
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

// Parse `src` into `arena`, which starts here and is the caller's to free. The Module,
// or NULL with `*err` filled in.
static Node *parse_source(Arena *arena, const char *src, size_t len, SyntaxErr *err) {
    ast_arena_init(arena);
    memset(err, 0, sizeof *err);
    return parse_module(arena, src, len, err);
}

static int parse_file(const char *path, const char *src, size_t len, bool dump) {
    Arena arena;
    SyntaxErr err;
    Node *mod = parse_source(&arena, src, len, &err);
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

// ---- running code ------------------------------------------------------------------

// How an uncaught exception ends things. A script exits with it. After `-i`, a script's
// error, even SystemExit, is printed and the REPL opens. In the REPL, SystemExit exits
// and anything else is printed. CPython's `inspect` flag and its REPL do the same.
typedef enum Ending { END_SCRIPT, END_INSPECT, END_REPL } Ending;

// The last code run ended in KeyboardInterrupt: a REPL left afterwards exits with status
// 130, as CPython's does (its `_Py_UnhandledKeyboardInterrupt`).
static bool unhandled_interrupt;

// Keep `exc` as sys.last_type, sys.last_value and sys.last_traceback, as CPython's REPL
// does: what they refer to stays alive until the next error, in both.
static void set_last_exception(Object *exc) {
    Object *sys = vm_import("sys");
    if (sys == NULL) {
        err_clear();
        return;
    }
    Object *d = module_dict_borrow(sys);
    Object *tb = ((ExceptionObject *)exc)->traceback;
    if (dict_set_cstr(d, "last_type", OB(TYPE(exc))) < 0 ||
        dict_set_cstr(d, "last_value", exc) < 0 ||
        dict_set_cstr(d, "last_traceback", tb != NULL ? tb : None) < 0) {
        err_clear();
    }
    DECREF(sys);
}

// Report the current exception. The exit status, or -1 when the program goes on.
static int report_exception(Ending ending) {
    Object *exc = err_fetch();
    if (exc == NULL) {
        return ending == END_SCRIPT ? 1 : -1;
    }
    bool interrupt = type_is_subtype(TYPE(exc), &KeyboardInterruptType);
    unhandled_interrupt = interrupt;
    int status = -1;
    if (type_is_subtype(TYPE(exc), &SystemExitType) && ending != END_INSPECT) {
        status = system_exit_status(exc);
    } else {
        if (ending != END_SCRIPT) {
            set_last_exception(exc);
        }
        vm_print_exception(exc);
        if (ending == END_SCRIPT) {
            // CPython ends by SIGINT then, which a shell reports as status 130.
            status = interrupt ? 128 + SIGINT : 1;
        }
    }
    DECREF(exc);
    return status;
}

// Print the syntax error `err` found in `src`. The exit status, or -1 to go on: the REPL
// also keeps it as sys.last_value, as CPython does.
static int syntax_error(const char *filename, const char *src, size_t len,
                        const SyntaxErr *err, Ending ending) {
    fflush(stdout);
    lex_print_error(stderr, filename, src, len, err);
    if (ending == END_SCRIPT) {
        return 1;
    }
    TypeObject *type = err->kind == ERR_INDENTATION ? &IndentationErrorType
                       : err->kind == ERR_TAB       ? &TabErrorType
                       : err->kind == ERR_RECURSION ? &RecursionErrorType
                       : err->kind == ERR_MEMORY    ? &MemoryErrorType
                                                    : &SyntaxErrorType;
    Object *msg = str_from_cstr(err->msg);
    Object *args = msg != NULL ? tuple_pack1(msg) : NULL;
    Object *exc = args != NULL ? exc_new(type, args) : NULL;
    if (exc != NULL) {
        set_last_exception(exc);
    } else {
        err_clear();
    }
    XDECREF(exc);
    XDECREF(args);
    XDECREF(msg);
    return -1;
}

// Compile `mod`, the tree of `src`, in `mode`, free its arena, and run the code in
// `globals` (or, when `globals` is NULL, print its bytecode). CPython's tree holds its
// literals until the code has run, and so does `literals` here. The exit status, or -1
// when the program goes on.
static int compile_and_run(Node *mod, Arena *arena, const char *filename, const char *src,
                           size_t len, CompileMode mode, Object *globals, Ending ending) {
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    Object *literals = NULL;
    Object *code = comp_compile(mod, filename, mode, &err, &literals);
    ast_arena_fini(arena);
    if (code == NULL) {
        if (err.kind != ERR_NONE) {
            return syntax_error(filename, src, len, &err, ending);
        }
        return report_exception(ending);
    }
    int status = ending == END_SCRIPT ? 0 : -1;
    if (globals == NULL) {
        dis_print(stdout, code);
    } else {
        unhandled_interrupt = false;
        Object *r = vm_run_module(code, globals);
        if (r == NULL) {
            status = report_exception(ending);
        }
        XDECREF(r);
    }
    DECREF(literals);
    DECREF(code);
    return status;
}

// Compile and run `src` as the main module's code in `globals` (NULL: print its bytecode).
// The exit status, or -1 when the program goes on.
static int run_source(const char *filename, const char *src, size_t len, Object *globals,
                      Ending ending) {
    Arena arena;
    SyntaxErr err;
    Node *mod = parse_source(&arena, src, len, &err);
    if (mod == NULL) {
        ast_arena_fini(&arena);
        return syntax_error(filename, src, len, &err, ending);
    }
    return compile_and_run(mod, &arena, filename, src, len, COMPILE_FILE, globals, ending);
}

// ---- signals -----------------------------------------------------------------------

// SIGINT at a prompt discards the line; while code runs it raises KeyboardInterrupt
// there (the eval loop looks at the flag on backward jumps and calls).
static volatile sig_atomic_t at_prompt;
static volatile sig_atomic_t prompt_interrupted;
static volatile sig_atomic_t resized;      // SIGWINCH at the prompt
static volatile sig_atomic_t suspended;    // SIGTSTP (Ctrl-Z) at the prompt

static void on_sigint(int sig) {
    (void)sig;
    if (at_prompt) {
        prompt_interrupted = 1;
    } else {
        vm_interrupt();
    }
}

static void on_prompt_signal(int sig) {
    if (sig == SIGWINCH) {
        resized = 1;
    } else {
        suspended = 1;
    }
}

// ---- the REPL: reading lines -------------------------------------------------------
//
// On a terminal, lines come from GNU readline's callback interface, driven by a pselect
// loop (CPython's Modules/readline.c does the same) so that SIGINT, unblocked only while
// waiting, ends the wait at once and the line is dropped. Elsewhere (`-i` with a pipe)
// lines come from stdin one by one, with the prompts on stderr, as CPython does.

#define HISTORY_SIZE 1000       // lines kept in the history file
#define INDENT_MAX 256          // longest indentation offered

typedef enum Got { GOT_LINE, GOT_EOF, GOT_INTERRUPT } Got;

typedef struct Repl {
    Object *globals;            // the __main__ module's dict (the caller's reference)
    bool tty;                   // readline on a terminal
    char *histfile;             // malloc'd path, or NULL: no history kept
    int history_added;          // lines added to the history this session
    char *paste, *paste_next;   // the rest of a multi-line paste, fed as further lines
} Repl;

static char *read_got;          // the line readline handed over (malloc'd), NULL at EOF
static bool read_done;          // the line handler ran
static const char *read_offer;  // indentation to pre-fill the next line with
static bool read_eof;           // Ctrl-D on a line of blanks: the end of the input

static void line_handler(char *line) {
    read_got = line;
    read_done = true;
    rl_callback_handler_remove();
}

static int offer_indent(void) {
    if (read_offer != NULL && read_offer[0] != '\0') {
        rl_insert_text(read_offer);
    }
    return 0;
}

// Read one line from the terminal with `prompt`, offering `offer` as its start.
static Got read_terminal(const char *prompt, const char *offer, char **out) {
    // The signals the prompt handles arrive only inside pselect. SIGWINCH and SIGTSTP
    // are caught only here: while code runs they keep their usual effect.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGWINCH);
    sigaddset(&block, SIGTSTP);
    sigprocmask(SIG_BLOCK, &block, &old);
    struct sigaction sa, old_winch, old_tstp;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_prompt_signal;
    sigaction(SIGWINCH, &sa, &old_winch);
    sigaction(SIGTSTP, &sa, &old_tstp);
    rl_reset_screen_size();             // the window may have changed while code ran
    fflush(stdout);
    fflush(stderr);
    read_offer = offer;
    read_got = NULL;
    read_done = false;
    read_eof = false;
    prompt_interrupted = 0;
    at_prompt = 1;
    rl_callback_handler_install(prompt, line_handler);
    int fd = fileno(rl_instream);
    Got got = GOT_LINE;
    while (!read_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int n = pselect(fd + 1, &fds, NULL, NULL, NULL, &old);
        int error = n < 0 ? errno : 0;
        if (prompt_interrupted) {
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_cleanup_after_signal();
            rl_callback_handler_remove();
            got = GOT_INTERRUPT;
            break;
        }
        if (resized) {
            resized = 0;
            rl_resize_terminal();
        }
        if (suspended) {
            // Ctrl-Z: give the terminal back as it was, stop, and take it again after.
            suspended = 0;
            rl_cleanup_after_signal();
            sigaction(SIGTSTP, &old_tstp, NULL);
            sigset_t tstp;
            sigemptyset(&tstp);
            sigaddset(&tstp, SIGTSTP);
            sigprocmask(SIG_UNBLOCK, &tstp, NULL);
            raise(SIGTSTP);
            sigprocmask(SIG_BLOCK, &tstp, NULL);
            sigaction(SIGTSTP, &sa, NULL);
            rl_reset_after_signal();
            rl_forced_update_display();
        }
        if (n > 0) {
            rl_callback_read_char();
        } else if (n < 0 && error != EINTR) {
            rl_callback_handler_remove();
            break;
        }
    }
    at_prompt = 0;
    sigaction(SIGWINCH, &old_winch, NULL);
    sigaction(SIGTSTP, &old_tstp, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (got == GOT_LINE && (read_got == NULL || read_eof)) {
        free(read_got);
        read_got = NULL;
        got = GOT_EOF;
    }
    *out = read_got;
    return got;
}

// Read one line from a stdin that is not a terminal, the prompt on stderr.
static Got read_plain(const char *prompt, char **out) {
    fflush(stdout);
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return GOT_EOF;
    }
    if (n > 0 && line[n - 1] == '\n') {
        line[n - 1] = '\0';
    }
    *out = line;
    return GOT_LINE;
}

// sys.ps1 or sys.ps2 as text, into `buf`: CPython reads its prompts there.
static const char *prompt_text(const char *name, const char *dflt, char *buf, size_t n) {
    snprintf(buf, n, "%s", dflt);
    Object *sys = vm_import("sys");
    Object *v = sys != NULL ? dict_get_cstr_borrow(module_dict_borrow(sys), name) : NULL;
    Object *s = v != NULL ? obj_str(v) : NULL;
    if (s != NULL) {
        snprintf(buf, n, "%s", str_data(s));
        DECREF(s);
    }
    err_clear();
    XDECREF(sys);
    return buf;
}

// Add a line to the history unless it is blank or repeats the last one.
static void remember(Repl *r, const char *line) {
    if (line[strspn(line, " \t")] == '\0') {
        return;
    }
    HIST_ENTRY *last = history_get(history_base + history_length - 1);
    if (last != NULL && strcmp(last->line, line) == 0) {
        return;
    }
    add_history(line);
    r->history_added++;
}

// Read the next line of input (malloc'd into `*out`). `offer` is the indentation to
// pre-fill it with; when the rest of a paste provides the line, nothing is offered and
// `offer` becomes empty.
static Got read_line(Repl *r, bool first, char *offer, char **out) {
    if (r->paste_next != NULL) {
        char *line = r->paste_next;
        char *nl = strchr(line, '\n');
        r->paste_next = nl != NULL ? nl + 1 : NULL;
        size_t n = nl != NULL ? (size_t)(nl - line) : strlen(line);
        *out = strndup(line, n);
        if (r->paste_next == NULL) {
            free(r->paste);
            r->paste = NULL;
        }
        offer[0] = '\0';
        if (*out == NULL) {
            return GOT_EOF;
        }
        remember(r, *out);
        return GOT_LINE;
    }
    // Ctrl-C that came while no code could see it (as the code ended, or between two
    // lines) counts as one at the prompt.
    if (vm_interrupt_clear()) {
        return GOT_INTERRUPT;
    }
    char prompt[256];
    prompt_text(first ? "ps1" : "ps2", first ? ">>> " : "... ", prompt, sizeof prompt);
    if (!r->tty) {
        return read_plain(prompt, out);
    }
    Got got = read_terminal(prompt, offer, out);
    if (got != GOT_LINE) {
        return got;
    }
    // Readline hands a bracketed paste over whole, newlines and all: take the first line
    // now and the others as the following ones, each going to history as it is read.
    char *nl = strchr(*out, '\n');
    if (nl != NULL) {
        r->paste = strdup(nl + 1);
        r->paste_next = r->paste;
        *nl = '\0';
    }
    remember(r, *out);
    return GOT_LINE;
}

// ---- the REPL: auto-indent and completion ------------------------------------------

// The indentation to offer after `src`, the input so far: the last line's block's, one
// level deeper after a ':' that opens a block, one shallower after return, pass, break,
// continue and raise; none inside brackets or strings. The real lexer decides.
static void next_indent(const char *src, size_t len, char *out, size_t cap) {
    out[0] = '\0';
    Lexer lx;
    lex_init(&lx, src, len);
    Token t, first, last;
    memset(&first, 0, sizeof first);
    memset(&last, 0, sizeof last);
    int outer = 0;              // the enclosing block's column
    bool line_start = true;
    int kind;
    while ((kind = lex_next(&lx, &t)) != T_ENDMARKER) {
        if (kind == T_ERROR) {
            return;             // inside brackets, a string, or after a backslash
        }
        if (kind == T_NEWLINE) {
            line_start = true;
        } else if (kind != T_INDENT && kind != T_DEDENT) {
            if (line_start) {
                first = t;
                outer = lx.indent_top > 0 ? lx.indents[lx.indent_top - 1] : 0;
                line_start = false;
            }
            last = t;
        }
    }
    if (first.start == NULL) {
        return;
    }
    // The first line's text up to its first token is the block's indentation.
    const char *bol = first.start - first.col;
    size_t n = (size_t)first.col < cap - 5 ? (size_t)first.col : cap - 5;
    bool tabs = memchr(bol, '\t', n) != NULL;
    memcpy(out, bol, n);
    out[n] = '\0';
    if (last.kind == T_COLON) {
        strcat(out, tabs ? "\t" : "    ");
    } else if (!tabs && n > 0 && (first.kind == T_RETURN || first.kind == T_PASS ||
                                  first.kind == T_BREAK || first.kind == T_CONTINUE ||
                                  first.kind == T_RAISE)) {
        out[outer < (int)n ? outer : (int)n] = '\0';
    }
}

// Everything before the cursor is blank.
static bool blank_before_point(void) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') {
            return false;
        }
    }
    return true;
}

// Backspace in the indentation removes one level (four spaces), as MicroPython's REPL
// does, so that an offered indentation goes with one key per level.
static int rubout_key(int count, int key) {
    if (count == 1 && rl_point > 0 && blank_before_point() &&
        strspn(rl_line_buffer, " ") >= (size_t)rl_point) {
        int to = (rl_point - 1) / 4 * 4;
        rl_delete_text(to, rl_point);
        rl_point = to;
        return 0;
    }
    return rl_rubout(count, key);
}

// Ctrl-D on a line holding nothing but blanks (the offered indentation) ends the input,
// as it does on an empty line; elsewhere it deletes a character.
static int eof_key(int count, int key) {
    if (rl_end > 0 && strspn(rl_line_buffer, " \t") == (size_t)rl_end) {
        read_eof = true;
        rl_done = 1;
        return 0;
    }
    return rl_delete(count, key);
}

// Tab in the indentation indents to the next level; elsewhere it completes. Readline
// lists the candidates on a second Tab when the last command was `rl_complete`.
static int tab_key(int count, int key) {
    if (blank_before_point()) {
        rl_insert_text(&"    "[rl_point % 4]);
        return 0;
    }
    if (rl_last_func == tab_key) {
        rl_last_func = rl_complete;
    }
    return rl_complete(count, key);
}

typedef struct Matches {
    char **items;
    size_t n, cap, next;
} Matches;

static Matches matches;

// What completion adds to the name of `v`, as CPython's rlcompleter does: "(" for a
// callable, "()" for one without parameters. Built-in functions carry no signature here
// (CPython reads theirs from __text_signature__), so they get "(".
static const char *call_suffix(Object *v) {
    if (!obj_callable(v)) {
        return "";
    }
    if (TYPE(v) == &FunctionType) {
        CodeObject *co = (CodeObject *)((FunctionObject *)v)->code;
        if (co->argcount == 0 && co->kwonlyargcount == 0 &&
            (co->flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0) {
            return "()";
        }
    }
    return "(";
}

// Add `prefix` + `name` + `suffix` to the matches.
static void add_match(const char *prefix, const char *name, const char *suffix) {
    if (matches.n == matches.cap) {
        size_t cap = matches.cap != 0 ? matches.cap * 2 : 64;
        char **items = realloc(matches.items, cap * sizeof *items);
        if (items == NULL) {
            return;
        }
        matches.items = items;
        matches.cap = cap;
    }
    size_t n = strlen(prefix) + strlen(name) + strlen(suffix) + 1;
    char *m = malloc(n);
    if (m != NULL) {
        snprintf(m, n, "%s%s%s", prefix, name, suffix);
        matches.items[matches.n++] = m;
    }
}

// Add the names of `d` (a dict) that start with `word` and are not in `seen` yet.
static void add_dict_matches(Object *d, const char *word, Object *seen) {
    ssize_t pos = 0;
    Object *key, *value;
    size_t n = strlen(word);
    while (dict_next(d, &pos, &key, &value)) {
        if (!str_check(key) || strncmp(str_data(key), word, n) != 0 ||
            dict_get_borrow(seen, key) != NULL || dict_set(seen, key, None) < 0) {
            continue;
        }
        add_match("", str_data(key), call_suffix(value));
    }
}

// Keywords, then globals, then builtins, as rlcompleter's global_matches.
static void global_matches(Repl *r, const char *word) {
    size_t n = strlen(word);
    for (int k = T_FALSE; k <= T_YIELD; k++) {
        const char *kw = lex_token_name(k);
        if (strncmp(kw, word, n) != 0) {
            continue;
        }
        if (k == T_ASYNC || k == T_AWAIT) {
            continue;           // adder refuses them
        }
        bool bare = k == T_FALSE || k == T_NONE || k == T_TRUE || k == T_BREAK ||
                    k == T_CONTINUE || k == T_PASS || k == T_ELSE;
        add_match("", kw, k == T_TRY || k == T_FINALLY ? ":" : bare ? "" : " ");
    }
    Object *seen = dict_new();
    if (seen != NULL) {
        add_dict_matches(r->globals, word, seen);
        add_dict_matches(vm_builtins_borrow(), word, seen);
        DECREF(seen);
    }
}

// `expr.attr`: the attributes of `expr`'s value (a dotted name, looked up, never run as
// code) that start with `attr`, as rlcompleter's attr_matches: names with '_' show only
// when `attr` starts with '_' (or nothing else matches).
static void attr_matches(Repl *r, const char *text, const char *dot) {
    Object *obj = NULL, *names = NULL;
    const char *p = text;
    while (p < dot) {
        const char *q = memchr(p, '.', (size_t)(dot - p));
        q = q != NULL ? q : dot;
        Object *name = str_from_utf8(p, (size_t)(q - p));
        if (name == NULL) {
            goto done;
        }
        Object *v = NULL;
        if (obj != NULL) {
            v = obj_getattr(obj, name);
        } else if ((v = dict_get_borrow(r->globals, name)) != NULL ||
                   (v = dict_get_borrow(vm_builtins_borrow(), name)) != NULL) {
            INCREF(v);
        }
        DECREF(name);
        XDECREF(obj);
        if ((obj = v) == NULL) {
            goto done;
        }
        p = q + 1;
    }
    Object *dir = dict_get_cstr_borrow(vm_builtins_borrow(), "dir");
    if (obj == NULL || dir == NULL || (names = obj_call1(dir, obj)) == NULL ||
        !list_check(names)) {
        goto done;
    }
    char prefix[512];
    snprintf(prefix, sizeof prefix, "%.*s", (int)(dot + 1 - text), text);
    const char *attr = dot + 1;
    size_t n = strlen(attr);
    const char *hide = attr[0] == '\0' ? "_" : strcmp(attr, "_") == 0 ? "__" : NULL;
    for (;;) {
        for (ssize_t i = 0; i < list_size(names); i++) {
            Object *name = list_item_borrow(names, i);
            const char *s = str_check(name) ? str_data(name) : "";
            if (strncmp(s, attr, n) != 0 || strcmp(s, "__builtins__") == 0 ||
                (hide != NULL && strncmp(s, hide, strlen(hide)) == 0)) {
                continue;
            }
            Object *v = NULL;
            add_match(prefix, s, obj_lookup_attr(obj, name, &v) > 0 ? call_suffix(v) : "");
            XDECREF(v);
        }
        if (matches.n > 0 || hide == NULL) {
            break;
        }
        hide = strcmp(hide, "_") == 0 ? "__" : NULL;
    }
done:
    err_clear();
    XDECREF(names);
    XDECREF(obj);
}

static Repl *completing;        // the REPL the completer serves

// Readline's generator: gather on the first call (`state` 0), then one match a call.
static char *next_match(const char *text, int state) {
    if (state == 0) {
        while (matches.next < matches.n) {
            free(matches.items[matches.next++]);
        }
        matches.n = matches.next = 0;
        const char *dot = strrchr(text, '.');
        if (dot != NULL) {
            attr_matches(completing, text, dot);
        } else {
            global_matches(completing, text);
        }
    }
    return matches.next < matches.n ? matches.items[matches.next++] : NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   // no file names
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, next_match);
}

// ---- the REPL: history -------------------------------------------------------------

// The history file: $ADDER_HISTFILE (none when it is empty), else ~/.adder_history.
static char *history_path(void) {
    const char *env = getenv("ADDER_HISTFILE");
    if (env != NULL) {
        return env[0] != '\0' ? strdup(env) : NULL;
    }
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0') {
        return NULL;
    }
    size_t n = strlen(home) + sizeof "/.adder_history";
    char *path = malloc(n);
    if (path != NULL) {
        snprintf(path, n, "%s/.adder_history", home);
    }
    return path;
}

static void repl_init_terminal(Repl *r) {
    rl_readline_name = "adder";         // `$if adder` in ~/.inputrc
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_startup_hook = offer_indent;
    rl_attempted_completion_function = complete;
    // CPython's completer delimiters: a dotted name is one word.
    rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    // Readline binds the terminal's erase character to plain rubout each time it takes
    // the terminal, unless told not to.
    rl_variable_bind("bind-tty-special-chars", "off");
    rl_bind_key('\t', tab_key);
    rl_bind_key(0x7f, rubout_key);
    rl_bind_key('\b', rubout_key);
    rl_bind_key(4, eof_key);
    completing = r;
    using_history();
    stifle_history(HISTORY_SIZE);
    r->histfile = history_path();
    if (r->histfile != NULL) {
        read_history(r->histfile);
    }
}

static void repl_fini_terminal(Repl *r) {
    if (r->histfile != NULL) {
        // Append what this session added, so that sessions run side by side keep theirs.
        int n = r->history_added < history_length ? r->history_added : history_length;
        bool exists = access(r->histfile, F_OK) == 0;
        if (n > 0 && !exists) {
            write_history(r->histfile);
        } else if (n > 0) {
            append_history(n, r->histfile);
        }
        if (exists || n > 0) {
            history_truncate_file(r->histfile, HISTORY_SIZE);
        }
    }
    clear_history();
    free(r->histfile);
    while (matches.next < matches.n) {
        free(matches.items[matches.next++]);
    }
    free(matches.items);
    memset(&matches, 0, sizeof matches);
    completing = NULL;
}

// ---- the REPL: deciding when an input is complete -----------------------------------

typedef struct Input {
    char *data;                 // the lines so far, each ending in '\n'
    size_t len, cap;
    int lines;
} Input;

static bool input_add(Input *in, const char *line) {
    size_t n = strlen(line);
    if (in->len + n + 2 > in->cap) {
        size_t cap = (in->len + n + 2) * 2;
        char *data = realloc(in->data, cap);
        if (data == NULL) {
            return false;
        }
        in->data = data;
        in->cap = cap;
    }
    memcpy(in->data + in->len, line, n);
    in->len += n;
    in->data[in->len++] = '\n';
    in->data[in->len] = '\0';
    in->lines++;
    return true;
}

// The length of the last line of `in` (without its newline).
static int last_line_len(const Input *in) {
    size_t end = in->len - 1, i = end;
    while (i > 0 && in->data[i - 1] != '\n') {
        i--;
    }
    return (int)(end - i);
}

static bool is_compound(const Node *s) {
    switch (s->kind) {
    case N_If: case N_For: case N_While: case N_Try: case N_With: case N_FunctionDef:
    case N_ClassDef:
        return true;
    default:
        return false;
    }
}

typedef enum Verdict { NEED_MORE, DONE } Verdict;

// Decide about the input so far, as CPython's interactive tokenizer and parser do: an
// error at the end of the input asks for more (inside brackets or strings, even after a
// blank line), a compound statement goes on until a blank line, and a simple one is
// complete. A complete input runs; `*status` gets the exit status, or -1 to go on. At
// the end of the input (`eof`, Ctrl-D at "... "), what there is runs or fails.
static Verdict decide(Repl *r, Input *in, bool eof, int *status) {
    bool blank = in->len == 1 || in->data[in->len - 2] == '\n';
    Arena arena;
    SyntaxErr err;
    Node *mod = parse_source(&arena, in->data, in->len, &err);
    NodeList *body = mod != NULL ? mod->l[0] : NULL;
    if (mod == NULL) {
        if (!eof && (err.incomplete == INCOMPLETE_OPEN ||
                     (err.incomplete == INCOMPLETE_STMT && !blank))) {
            ast_arena_fini(&arena);
            return NEED_MORE;
        }
        if (err.incomplete == INCOMPLETE_STMT) {
            // CPython's report points past the end: at the blank line that ended the
            // statement, or at the end of the last line when the input ended.
            err.line = in->lines;
            err.col = eof ? last_line_len(in) : 0;
            err.end_col = -1;
            err.no_caret = false;
            err.text[0] = '\0';
        }
    } else if (body != NULL && body->n > 0 && is_compound(body->items[0])) {
        if (body->n > 1) {
            // One input is one statement: what follows a compound one without the blank
            // line that ends it is an error where it starts.
            Node *next = body->items[1];
            lex_error(&err, ERR_SYNTAX, next->line, next->col, -1, "%s", "invalid syntax");
            mod = NULL;
        } else if (!blank && !eof) {
            ast_arena_fini(&arena);
            return NEED_MORE;
        }
    }
    if (mod == NULL) {
        ast_arena_fini(&arena);
        *status = syntax_error("<stdin>", in->data, in->len, &err, END_REPL);
    } else if (body == NULL || body->n == 0) {
        ast_arena_fini(&arena);         // a blank or comment line: nothing to run
    } else {
        *status = compile_and_run(mod, &arena, "<stdin>", in->data, in->len, COMPILE_SINGLE,
                                  r->globals, END_REPL);
        fflush(stdout);
        fflush(stderr);
    }
    return DONE;
}

// Read and run one input. The exit status, or -1 to go on.
static int repl_one(Repl *r) {
    Input in;
    memset(&in, 0, sizeof in);
    int status = -1;
    for (;;) {
        char offer[INDENT_MAX] = "";
        if (r->tty && in.len > 0) {
            next_indent(in.data, in.len, offer, sizeof offer);
        }
        char *line = NULL;
        Got got = read_line(r, in.len == 0, offer, &line);
        if (got == GOT_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            free(r->paste);
            r->paste = r->paste_next = NULL;
            break;
        }
        if (got == GOT_EOF) {
            fputc('\n', r->tty ? stdout : stderr);
            if (in.len == 0) {
                status = unhandled_interrupt ? 128 + SIGINT : 0;
            } else {
                decide(r, &in, true, &status);
            }
            break;
        }
        // Enter on the offered indentation, untouched, is an empty line: the keys that
        // end a block are those CPython takes.
        if (offer[0] != '\0' && strcmp(line, offer) == 0) {
            line[0] = '\0';
        }
        bool added = input_add(&in, line);
        free(line);
        if (!added) {
            fputs("\nMemoryError\n", stderr);
            break;
        }
        if (decide(r, &in, false, &status) == DONE) {
            break;
        }
    }
    free(in.data);
    return status;
}

// Read, run and print until Ctrl-D, exit() or SystemExit, with `globals` as the __main__
// module's. The exit status.
static int repl(Object *globals, bool banner) {
    Repl r;
    memset(&r, 0, sizeof r);
    r.globals = globals;
    r.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    // CPython sets the prompts in sys for the REPL and imports sys to do it.
    Object *sys = vm_import("sys");
    if (sys != NULL) {
        Object *d = module_dict_borrow(sys);
        Object *ps1 = str_from_cstr(">>> "), *ps2 = str_from_cstr("... ");
        if (ps1 == NULL || ps2 == NULL ||
            (dict_get_cstr_borrow(d, "ps1") == NULL && dict_set_cstr(d, "ps1", ps1) < 0) ||
            (dict_get_cstr_borrow(d, "ps2") == NULL && dict_set_cstr(d, "ps2", ps2) < 0)) {
            err_clear();
        }
        XDECREF(ps1);
        XDECREF(ps2);
        DECREF(sys);
    }
    err_clear();
    if (banner) {
        fprintf(stderr, "adder %s (a Python 3.11 subset, built %s %s) on linux\n"
                "Type \"exit()\" or Ctrl-D to leave; REPL.md describes this prompt.\n",
                ADDER_VERSION, __DATE__, __TIME__);
    }
    if (r.tty) {
        repl_init_terminal(&r);
    }
    int status;
    while ((status = repl_one(&r)) < 0) {
    }
    if (r.tty) {
        repl_fini_terminal(&r);
    }
    free(r.paste);
    return status;
}

// Run `src` (when not NULL) as the __main__ module, then the REPL when `inspect` asks
// for it or there is no source; `has_file` sets __file__. The exit status.
static int run_main(const char *filename, const char *src, size_t len, bool has_file,
                    bool inspect, bool banner) {
    Object *globals = main_globals(has_file ? filename : NULL);
    if (globals == NULL) {
        return report_exception(END_SCRIPT);
    }
    int status = -1;
    if (src != NULL) {
        status = run_source(filename, src, len, globals, inspect ? END_INSPECT : END_SCRIPT);
    }
    if (src == NULL || inspect) {
        status = repl(globals, banner);
    }
    // Cycles go first, while the program's globals are still there (CPython too).
    gc_collect_if_enabled();
    // Module dicts hold functions that hold the dict: break that cycle.
    dict_clear(globals);
    DECREF(globals);
    return status;
}

int main(int argc, char **argv) {
    const char *mode = NULL, *path = NULL, *command = NULL;
    bool heapstats = false, inspect = false, quiet = false;
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
        } else if (argv[i][0] == '-' && argv[i][1] != '\0' &&
                   strspn(argv[i] + 1, "iq") == strlen(argv[i] + 1)) {
            // -i, -q, or both in one word (-iq), as CPython takes them.
            inspect = inspect || strchr(argv[i], 'i') != NULL;
            quiet = quiet || strchr(argv[i], 'q') != NULL;
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
    // The REPL alone: no script and no code, and a terminal or -i (CPython's rule).
    bool repl_only = mode == NULL && command == NULL && path == NULL &&
                     (inspect || isatty(STDIN_FILENO));
    size_t len = 0;
    char *src = NULL;
    const char *shown = "<stdin>";
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
    } else if (!repl_only) {
        src = read_stdin(&len);
    }
    if (src == NULL && !repl_only) {
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
        status = mode != NULL ? run_source(shown, src, len, NULL, END_SCRIPT) : run_main(
            shown, src, len, path != NULL, inspect, repl_only && !quiet);
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
