// stdlib/sysmodule.c — the `sys` module and the standard streams.
//
// sys.stdout, sys.stderr and sys.stdin are objects of a small file type that wraps
// a C `FILE *` and prints as CPython's `_io.TextIOWrapper`. They are made once by
// `sys_streams_init` (before any code runs, so that print works without `import sys`)
// and kept in `rt->stdout_` / `rt->stderr_` and `std_in`, each an owned reference that
// `sys_streams_fini` drops. Text is written as UTF-8 bytes straight to the C stream,
// whose own buffering matches CPython's (line-buffered on a terminal, block-buffered
// on a pipe or file).
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

// ---- the file type ------------------------------------------------------------------------

typedef struct FileObject {
    Object ob;
    FILE *fp;               // not owned: the process's stdin/stdout/stderr
    const char *name;       // "<stdout>"
    const char *mode;       // "w" or "r"
} FileObject;

static TypeObject FileType, VersionInfoType, FloatInfoType;

static Object *std_in;      // sys.stdin (stdout and stderr live in `rt`)
static Object *argv_list;   // sys.argv, made by sys_set_argv

bool sys_file_check(Object *o) {
    return TYPE(o) == &FileType;
}

// Set OSError from `errno` as CPython words it: "[Errno 32] Broken pipe".
static void set_os_error(int err) {
    err_format(&OSErrorType, "[Errno %d] %s", err, strerror(err));
}

int sys_file_write(Object *f, const char *s, size_t n) {
    FileObject *file = (FileObject *)f;
    if (file->mode[0] != 'w') {
        err_set_str(&OSErrorType, "not writable");
        return -1;
    }
    errno = 0;
    if (n > 0 && fwrite(s, 1, n, file->fp) != n) {
        set_os_error(errno != 0 ? errno : EIO);
        clearerr(file->fp);
        return -1;
    }
    return 0;
}

int sys_file_flush(Object *f) {
    FileObject *file = (FileObject *)f;
    errno = 0;
    if (fflush(file->fp) != 0) {
        set_os_error(errno != 0 ? errno : EIO);
        clearerr(file->fp);
        return -1;
    }
    return 0;
}

// The length of the valid UTF-8 prefix of `s[0:n]`, and in `*why` the reason the
// byte after it is refused, as CPython's decoder words it (NULL when all is valid).
static size_t utf8_valid_prefix(const unsigned char *s, size_t n, const char **why) {
    size_t i = 0;
    *why = NULL;
    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *why = "invalid start byte";
            return i;
        }
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n) {
                *why = "unexpected end of data";
                return i;
            }
            unsigned char d = s[i + k];
            if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) {
                *why = "invalid continuation byte";
                return i;
            }
        }
        i += len;
    }
    return n;
}

// Text read from `fp`: up to and including the next newline when `line`, else to the
// end of the file; at most `limit` characters when `limit` >= 0. Ref: new; NULL with
// UnicodeDecodeError, OSError or MemoryError set.
static Object *read_text(FILE *fp, ssize_t limit, bool line) {
    size_t cap = 128, n = 0;
    char *buf = heap_alloc(cap);
    if (buf == NULL) {
        return err_no_memory();
    }
    Object *res = NULL;
    ssize_t chars = 0;
    int c;
    errno = 0;
    while ((c = getc(fp)) != EOF) {
        // A byte that is not a UTF-8 continuation byte starts the next character.
        if ((c & 0xC0) != 0x80 && limit >= 0 && chars++ == limit) {
            ungetc(c, fp);
            break;
        }
        if (n + 1 >= cap) {
            char *bigger = heap_realloc(buf, cap * 2);
            if (bigger == NULL) {
                err_no_memory();
                goto done;
            }
            buf = bigger;
            cap *= 2;
        }
        buf[n++] = (char)c;
        if (c == '\n' && line) {
            break;
        }
    }
    if (ferror(fp)) {
        set_os_error(errno != 0 ? errno : EIO);
        clearerr(fp);
        goto done;
    }
    const char *why;
    size_t ok = utf8_valid_prefix((const unsigned char *)buf, n, &why);
    if (why != NULL) {
        err_format(&UnicodeDecodeErrorType,
                   "'utf-8' codec can't decode byte 0x%x in position %zu: %s",
                   (unsigned)(unsigned char)buf[ok], ok, why);
        goto done;
    }
    res = str_from_utf8(buf, n);
done:
    heap_free(buf);
    return res;
}

Object *sys_read_line(FILE *fp) {
    return read_text(fp, -1, true);
}

static Object *file_repr(Object *self) {
    FileObject *f = (FileObject *)self;
    return str_from_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                           f->name, f->mode);
}

static void file_dealloc(Object *self) {
    obj_free(self);
}

static Object *file_write(Object *self, Object *const *args, size_t nargs,
                          Object *kwnames) {
    if (args_no_kw("TextIOWrapper.write", kwnames) < 0 ||
        args_count("TextIOWrapper.write", nargs, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        err_format(&TypeErrorType, "write() argument must be str, not %s",
                   args[0] == None ? "None" : type_name(args[0]));
        return NULL;
    }
    if (sys_file_write(self, str_data(args[0]), (size_t)str_size(args[0])) < 0) {
        return NULL;
    }
    return int_from_i64(str_length(args[0]));
}

static Object *file_flush(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("TextIOWrapper.flush", kwnames) < 0 ||
        args_count("TextIOWrapper.flush", nargs, 0, 0) < 0) {
        return NULL;
    }
    if (sys_file_flush(self) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

// The input side: stdin is read-only, the outputs cannot be read.
static int check_readable(Object *self) {
    if (((FileObject *)self)->mode[0] != 'r') {
        err_set_str(&OSErrorType, "not readable");
        return -1;
    }
    return 0;
}

// readline(size=-1)
static Object *file_readline(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("TextIOWrapper.readline", kwnames) < 0 ||
        args_count("readline", nargs, 0, 1) < 0 || check_readable(self) < 0) {
        return NULL;
    }
    ssize_t limit = -1;
    if (nargs == 1 && (limit = obj_as_ssize(args[0])) == -1 && err_occurred() != NULL) {
        return NULL;
    }
    return read_text(((FileObject *)self)->fp, limit, true);
}

// read(size=-1): everything up to the end of the file, or `size` characters.
static Object *file_read(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("TextIOWrapper.read", kwnames) < 0 ||
        args_count("read", nargs, 0, 1) < 0 || check_readable(self) < 0) {
        return NULL;
    }
    ssize_t limit = -1;
    if (nargs == 1 && args[0] != None) {
        if (!obj_has_index(args[0])) {
            err_format(&TypeErrorType, "argument should be integer or None, not '%s'",
                       type_name(args[0]));
            return NULL;
        }
        if ((limit = obj_as_ssize(args[0])) == -1 && err_occurred() != NULL) {
            return NULL;
        }
    }
    return read_text(((FileObject *)self)->fp, limit, false);
}

static Object *file_fileno(Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    if (args_no_kw("TextIOWrapper.fileno", kwnames) < 0 ||
        args_count("TextIOWrapper.fileno", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(fileno(((FileObject *)self)->fp));
}

static Object *file_isatty(Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    if (args_no_kw("TextIOWrapper.isatty", kwnames) < 0 ||
        args_count("TextIOWrapper.isatty", nargs, 0, 0) < 0) {
        return NULL;
    }
    return bool_from(isatty(fileno(((FileObject *)self)->fp)) != 0);
}

// `for line in sys.stdin`: the file is its own iterator, yielding lines.
static Object *file_iter(Object *self) {
    if (check_readable(self) < 0) {
        return NULL;
    }
    return NEWREF(self);
}

static Object *file_iternext(Object *self) {
    if (check_readable(self) < 0) {
        return NULL;
    }
    Object *line = sys_read_line(((FileObject *)self)->fp);
    if (line != NULL && str_size(line) == 0) {
        CLEAR(line);
    }
    return line;
}

static Object *file_get_name(Object *self) {
    return str_from_cstr(((FileObject *)self)->name);
}

static Object *file_get_mode(Object *self) {
    return str_from_cstr(((FileObject *)self)->mode);
}

static Object *file_get_encoding(Object *self) {
    return str_from_cstr("utf-8");
}

static const MethodDef file_methods[] = {
    {"write", file_write, 0},
    {"flush", file_flush, 0},
    {"readline", file_readline, 0},
    {"read", file_read, 0},
    {"fileno", file_fileno, 0},
    {"isatty", file_isatty, 0},
    {NULL, NULL, 0},
};

static const GetSetDef file_getset[] = {
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {NULL, NULL, NULL},
};

static TypeObject FileType = {
    .ob = TYPE_HEAD,
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObject),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getset = file_getset,
};

static Object *file_new(FILE *fp, const char *name, const char *mode) {
    FileObject *f = (FileObject *)obj_alloc(&FileType, 0);
    if (f == NULL) {
        return NULL;
    }
    f->fp = fp;
    f->name = name;
    f->mode = mode;
    return OB(f);
}

// ---- named tuples: sys.version_info, sys.float_info ----------------------------------------
//
// As CPython's struct sequences: tuples whose items also have names, and whose repr
// shows them ("sys.version_info(major=3, minor=11, ...)"). A type lists its fields in
// `getset`, in the order of the items; the getters below read item `i`.

#define ITEM_GETTER(i)                                   \
    static Object *item##i(Object *self) {               \
        return NEWREF(tuple_item_borrow(self, i));       \
    }
ITEM_GETTER(0)
ITEM_GETTER(1)
ITEM_GETTER(2)
ITEM_GETTER(3)
ITEM_GETTER(4)
ITEM_GETTER(5)
ITEM_GETTER(6)
ITEM_GETTER(7)
ITEM_GETTER(8)
ITEM_GETTER(9)
ITEM_GETTER(10)
#undef ITEM_GETTER

static Object *named_tuple_repr(Object *self) {
    const GetSetDef *fields = TYPE(self)->getset;
    StrBuilder b;
    str_builder_init(&b);
    if (str_builder_append_cstr(&b, TYPE(self)->name) < 0 ||
        str_builder_append_char(&b, '(') < 0) {
        goto fail;
    }
    for (ssize_t i = 0; i < tuple_size(self); i++) {
        Object *r = obj_repr(tuple_item_borrow(self, i));
        int rc = r == NULL ? -1 : 0;
        if (rc == 0 && i > 0) {
            rc = str_builder_append_cstr(&b, ", ");
        }
        if (rc == 0 && (str_builder_append_cstr(&b, fields[i].name) < 0 ||
                        str_builder_append_char(&b, '=') < 0 ||
                        str_builder_append_str(&b, r) < 0)) {
            rc = -1;
        }
        XDECREF(r);
        if (rc < 0) {
            goto fail;
        }
    }
    if (str_builder_append_char(&b, ')') < 0) {
        goto fail;
    }
    return str_builder_finish(&b);
fail:
    str_builder_discard(&b);
    return NULL;
}

static Object *named_tuple_no_new(Object *type, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    err_format(&TypeErrorType, "cannot create '%s' instances", ((TypeObject *)type)->name);
    return NULL;
}

static const GetSetDef version_info_fields[] = {
    {"major", item0, NULL},
    {"minor", item1, NULL},
    {"micro", item2, NULL},
    {"releaselevel", item3, NULL},
    {"serial", item4, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef float_info_fields[] = {
    {"max", item0, NULL},
    {"max_exp", item1, NULL},
    {"max_10_exp", item2, NULL},
    {"min", item3, NULL},
    {"min_exp", item4, NULL},
    {"min_10_exp", item5, NULL},
    {"dig", item6, NULL},
    {"mant_dig", item7, NULL},
    {"epsilon", item8, NULL},
    {"radix", item9, NULL},
    {"rounds", item10, NULL},
    {NULL, NULL, NULL},
};

#define NAMED_TUPLE_TYPE(tname, fields)                  \
    {                                                    \
        .ob = TYPE_HEAD,                                 \
        .name = tname,                                   \
        .basicsize = sizeof(TupleObject),                \
        .itemsize = sizeof(Object *),                    \
        .flags = TP_GC | TP_TUPLE_SUB,                   \
        .base = &TupleType,                              \
        .repr = named_tuple_repr,                        \
        .new_ = named_tuple_no_new,                      \
        .getset = fields,                                \
    }
static TypeObject VersionInfoType = NAMED_TUPLE_TYPE("sys.version_info", version_info_fields);
static TypeObject FloatInfoType = NAMED_TUPLE_TYPE("sys.float_info", float_info_fields);
#undef NAMED_TUPLE_TYPE

// A named tuple of `type` holding `items` (`n` of them, as its fields), which it steals;
// NULL items mean an allocation failed, and make the whole fail. Ref: new.
static Object *named_tuple_steal(TypeObject *type, Object **items, ssize_t n) {
    TupleObject *t = NULL;
    bool ok = true;
    for (ssize_t i = 0; i < n; i++) {
        ok &= items[i] != NULL;
    }
    if (ok) {
        t = (TupleObject *)obj_alloc(type, (size_t)n);
    }
    if (t == NULL) {
        for (ssize_t i = 0; i < n; i++) {
            XDECREF(items[i]);
        }
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        t->items[i] = items[i];
    }
    gc_track(OB(t));
    return OB(t);
}

static Object *version_info_new(void) {
    Object *items[5] = {int_from_i64(3), int_from_i64(11), int_from_i64(0),
                        str_from_cstr("final"), int_from_i64(0)};
    return named_tuple_steal(&VersionInfoType, items, 5);
}

static Object *float_info_new(void) {
    Object *items[11] = {
        float_from_double(DBL_MAX), int_from_i64(DBL_MAX_EXP), int_from_i64(DBL_MAX_10_EXP),
        float_from_double(DBL_MIN), int_from_i64(DBL_MIN_EXP), int_from_i64(DBL_MIN_10_EXP),
        int_from_i64(DBL_DIG), int_from_i64(DBL_MANT_DIG), float_from_double(DBL_EPSILON),
        int_from_i64(FLT_RADIX), int_from_i64(FLT_ROUNDS),
    };
    return named_tuple_steal(&FloatInfoType, items, 11);
}

int sys_streams_init(void) {
    if (type_ready(&FileType) < 0 || type_ready(&VersionInfoType) < 0 ||
        type_ready(&FloatInfoType) < 0) {
        return -1;
    }
    if (rt->stdout_ == NULL && (rt->stdout_ = file_new(stdout, "<stdout>", "w")) == NULL) {
        return -1;
    }
    if (rt->stderr_ == NULL && (rt->stderr_ = file_new(stderr, "<stderr>", "w")) == NULL) {
        return -1;
    }
    if (std_in == NULL && (std_in = file_new(stdin, "<stdin>", "r")) == NULL) {
        return -1;
    }
    return 0;
}

void sys_streams_fini(void) {
    CLEAR(rt->stdout_);
    CLEAR(rt->stderr_);
    CLEAR(std_in);
    CLEAR(argv_list);
    type_fini(&FileType);
    type_fini(&VersionInfoType);
    type_fini(&FloatInfoType);
}

// ---- sys.argv -------------------------------------------------------------------------

int sys_set_argv(int argc, char **argv) {
    Object *l = list_new(0);
    if (l == NULL) {
        return -1;
    }
    // No script at all (the program came from stdin): [''], as CPython.
    static char empty[] = "";
    static char *no_script[] = {empty};
    if (argc <= 0) {
        argc = 1;
        argv = no_script;
    }
    for (int i = 0; i < argc; i++) {
        // An argument that is not UTF-8 is cut at its first invalid byte: CPython keeps
        // such bytes as surrogate escapes, which our str cannot hold.
        const char *why;
        size_t len = utf8_valid_prefix((const unsigned char *)argv[i], strlen(argv[i]), &why);
        Object *s = str_from_utf8(argv[i], len);
        if (s == NULL || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return -1;
        }
        DECREF(s);
    }
    SETREF(argv_list, l);
    return 0;
}

// ---- the module's functions -----------------------------------------------------------

// exit([status]): raise SystemExit(status); a tuple gives its items as the arguments
// and None gives none, as CPython's PyErr_SetObject does.
static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("sys.exit", kwnames) < 0 || args_count("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    Object *exc_args;
    if (nargs == 0 || args[0] == None) {
        exc_args = NEWREF(rt->empty_tuple);
    } else if (tuple_check(args[0])) {
        exc_args = NEWREF(args[0]);
    } else {
        exc_args = tuple_pack1(args[0]);
    }
    if (exc_args == NULL) {
        return NULL;
    }
    Object *exc = exc_new(&SystemExitType, exc_args);
    DECREF(exc_args);
    if (exc != NULL) {
        err_set_exc(exc);
    }
    return NULL;
}

// getrefcount(o): the count as it stands, the caller's stack slot included.
static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("sys.getrefcount", kwnames) < 0 ||
        args_count("sys.getrefcount", nargs, 1, 1) < 0) {
        return NULL;
    }
    return int_from_i64((int64_t)args[0]->refcnt);
}

// getsizeof(object[, default]): the object's `__sizeof__()`, plus the collector
// header (sizeof(GcHead), 16 bytes) in front of containers, as CPython. The figures
// are adder's real bytes: int and float sizeof(IntObject) / sizeof(FloatObject); str
// its fixed part, UTF-8 bytes and NUL; list, tuple, dict and set CPython's layouts
// (a list's counts its `allocated` slots, which grow in CPython's steps). A type
// without `__sizeof__` reports basicsize + itemsize * size. When `__sizeof__` fails
// with a TypeError and `default` is given, `default` is returned instead.
static Object *sys_getsizeof(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    static const char *const names[] = {"object", "default", NULL};
    Object *bound[2] = {NULL, NULL};
    if (args_parse("getsizeof", args, nargs, kwnames, names, 0, 1, bound) < 0) {
        return NULL;
    }
    Object *o = bound[0];
    Object *dflt = bound[1];
    TypeObject *tp = TYPE(o);
    int64_t size = 0;
    Object *method = obj_getattr_str(o, "__sizeof__");
    if (method == NULL) {
        if (!err_matches(&AttributeErrorType)) {
            return NULL;
        }
        err_clear();
        size = (int64_t)tp->basicsize;
        if (tp->itemsize != 0) {
            ssize_t n = ((VarObject *)o)->size;
            size += (int64_t)tp->itemsize * (int64_t)(n < 0 ? -n : n);
        }
    } else {
        Object *res = obj_call0(method);
        DECREF(method);
        if (res == NULL) {
            goto failed;
        }
        if (!int_check(res)) {
            DECREF(res);
            err_set_str(&TypeErrorType, "an integer is required");
            goto failed;
        }
        size = int_as_i64(res);
        DECREF(res);
        if (size < 0) {
            err_set_str(&ValueErrorType, "__sizeof__() should return >= 0");
            return NULL;
        }
    }
    if (obj_is_gc(o)) {
        size += (int64_t)sizeof(GcHead);
    }
    return int_from_i64(size);
failed:
    if (dflt != NULL && err_matches(&TypeErrorType)) {
        err_clear();
        return NEWREF(dflt);
    }
    return NULL;
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    if (args_no_kw("sys.getrecursionlimit", kwnames) < 0 ||
        args_count("sys.getrecursionlimit", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(rt->recursion_limit);
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    if (args_no_kw("sys.setrecursionlimit", kwnames) < 0 ||
        args_count("sys.setrecursionlimit", nargs, 1, 1) < 0) {
        return NULL;
    }
    ssize_t limit = obj_as_ssize(args[0]);
    if (limit == -1 && err_occurred() != NULL) {
        return NULL;
    }
    if (limit > INT32_MAX || limit < INT32_MIN) {
        err_set_str(&OverflowErrorType, "Python int too large to convert to C int");
        return NULL;
    }
    if (limit < 1) {
        err_set_str(&ValueErrorType, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    // CPython 3.11 counts the call of this C function as one level of depth.
    int depth = rt->recursion_depth + 1;
    if (depth >= limit) {
        err_format(&RecursionErrorType, "cannot set the recursion limit to %d at the "
                   "recursion depth %d: the limit is too low", (int)limit, depth);
        return NULL;
    }
    rt->recursion_limit = (int)limit;
    RETURN_NONE;
}

static Object *sys_intern(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("sys.intern", kwnames) < 0 || args_count("sys.intern", nargs, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check_exact(args[0])) {
        err_format(&TypeErrorType, "intern() argument must be str, not %s",
                   args[0] == None ? "None" : type_name(args[0]));
        return NULL;
    }
    Object *s = NEWREF(args[0]);
    str_intern(&s);
    return s;
}

// exc_info(): (type, value, traceback) of the exception being handled, or three Nones.
static Object *sys_exc_info(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("sys.exc_info", kwnames) < 0 ||
        args_count("sys.exc_info", nargs, 0, 0) < 0) {
        return NULL;
    }
    Object *exc = rt->handled;
    if (exc == NULL || exc == None) {
        return tuple_pack3(None, None, None);
    }
    Object *tb = ((ExceptionObject *)exc)->traceback;
    return tuple_pack3((Object *)TYPE(exc), exc, tb != NULL ? tb : None);
}

// exception(): the exception being handled, or None.
static Object *sys_exception(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("sys.exception", kwnames) < 0 ||
        args_count("sys.exception", nargs, 0, 0) < 0) {
        return NULL;
    }
    return NEWREF(rt->handled != NULL ? rt->handled : None);
}

// ---- the heap ---------------------------------------------------------------------------

// getallocatedblocks(): blocks of adder's heap handed out now, as in CPython.
static Object *sys_getallocatedblocks(Object *self, Object *const *args, size_t nargs,
                                      Object *kwnames) {
    if (args_no_kw("sys.getallocatedblocks", kwnames) < 0 ||
        args_count("sys.getallocatedblocks", nargs, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64((int64_t)heap_allocated_blocks());
}

// _debugmallocstats(): the heap's report, to stderr, in the shape of CPython's.
static Object *sys_debugmallocstats(Object *self, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    if (args_no_kw("sys._debugmallocstats", kwnames) < 0 ||
        args_count("sys._debugmallocstats", nargs, 0, 0) < 0) {
        return NULL;
    }
    fflush(stdout);
    heap_print_stats(stderr);
    fflush(stderr);
    RETURN_NONE;
}

// Set d[name] = an int of `v`. 0, or -1.
static int set_size(Object *d, const char *name, size_t v) {
    Object *o = int_from_i64((int64_t)v);
    if (o == NULL) {
        return -1;
    }
    int r = dict_set_cstr(d, name, o);
    DECREF(o);
    return r;
}

// One size class of heapinfo(): {'size', 'pools', 'blocks', 'free'}. Ref: new.
static Object *class_info(const HeapClassStats *c) {
    Object *d = dict_new();
    if (d == NULL || set_size(d, "size", c->size) < 0 || set_size(d, "pools", c->pools) < 0 ||
        set_size(d, "blocks", c->blocks_used) < 0 || set_size(d, "free", c->blocks_free) < 0) {
        XDECREF(d);
        return NULL;
    }
    return d;
}

// heapinfo(): adder's own addition, the heap's figures as a dict, for scripts and tests.
static Object *sys_heapinfo(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kw("sys.heapinfo", kwnames) < 0 ||
        args_count("sys.heapinfo", nargs, 0, 0) < 0) {
        return NULL;
    }
    // Measure first: building the result allocates.
    HeapStats st;
    heap_stats(&st);
    static const char *const modes[] = {"pool", "malloc", "debug"};
    Object *d = dict_new();
    Object *classes = list_new(0);
    if (d == NULL || classes == NULL) {
        goto fail;
    }
    Object *mode = str_from_cstr(modes[st.mode]);
    if (mode == NULL || dict_set_cstr(d, "mode", mode) < 0) {
        XDECREF(mode);
        goto fail;
    }
    DECREF(mode);
    if (set_size(d, "arenas", st.arenas) < 0 || set_size(d, "pools", st.pools_used) < 0 ||
        set_size(d, "free_pools", st.pools_free) < 0 || set_size(d, "blocks", st.blocks) < 0 ||
        set_size(d, "large_blocks", st.large_blocks) < 0 ||
        set_size(d, "bytes_in_use", st.bytes_in_use) < 0 ||
        set_size(d, "bytes_mapped", st.bytes_mapped) < 0 ||
        set_size(d, "arenas_total", st.arenas_total) < 0 ||
        set_size(d, "arenas_reclaimed", st.arenas_reclaimed) < 0 ||
        set_size(d, "arenas_highwater", st.arenas_highwater) < 0) {
        goto fail;
    }
    for (int i = 0; i < HEAP_NCLASSES; i++) {
        if (st.classes[i].pools == 0) {
            continue;
        }
        Object *c = class_info(&st.classes[i]);
        if (c == NULL || list_append(classes, c) < 0) {
            XDECREF(c);
            goto fail;
        }
        DECREF(c);
    }
    if (dict_set_cstr(d, "size_classes", classes) < 0) {
        goto fail;
    }
    DECREF(classes);
    return d;
fail:
    XDECREF(d);
    XDECREF(classes);
    return NULL;
}

static const MethodDef sys_functions[] = {
    {"getallocatedblocks", sys_getallocatedblocks, 0},
    {"_debugmallocstats", sys_debugmallocstats, 0},
    {"heapinfo", sys_heapinfo, 0},
    {"exit", sys_exit, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {NULL, NULL, 0},
};

// ---- the module -----------------------------------------------------------------------

// Store `v` as `name` in `d`. Ref: steals `v` (NULL: a failure already raised). 0, or -1.
static int add_steal(Object *d, const char *name, Object *v) {
    if (v == NULL) {
        return -1;
    }
    int r = dict_set_cstr(d, name, v);
    DECREF(v);
    return r;
}

Object *sys_module_new(void) {
    if (sys_streams_init() < 0) {
        return NULL;
    }
    Object *m = module_new("sys");
    if (m == NULL) {
        return NULL;
    }
    Object *d = module_dict_borrow(m);
    Object *argv = argv_list != NULL ? NEWREF(argv_list) : list_new(0);
    if (module_add_functions(m, sys_functions) < 0 ||
        add_steal(d, "argv", argv) < 0 ||
        add_steal(d, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        add_steal(d, "version", str_from_cstr("3.11.0 (adder)")) < 0 ||
        add_steal(d, "version_info", version_info_new()) < 0 ||
        add_steal(d, "float_info", float_info_new()) < 0 ||
        add_steal(d, "maxunicode", int_from_i64(0x10FFFF)) < 0 ||
        add_steal(d, "platform", str_from_cstr("linux")) < 0 ||
        add_steal(d, "byteorder", str_from_cstr("little")) < 0 ||
        dict_set_cstr(d, "modules", vm_modules_borrow()) < 0 ||
        dict_set_cstr(d, "stdout", rt->stdout_) < 0 ||
        dict_set_cstr(d, "stderr", rt->stderr_) < 0 ||
        dict_set_cstr(d, "stdin", std_in) < 0 ||
        dict_set_cstr(d, "__stdout__", rt->stdout_) < 0 ||
        dict_set_cstr(d, "__stderr__", rt->stderr_) < 0 ||
        dict_set_cstr(d, "__stdin__", std_in) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
