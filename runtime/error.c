// runtime/error.c — exception objects, their types, and the current exception.
//
// Every exception type shares `ExceptionObject`'s layout: the `args` tuple, the
// traceback the vm builds while unwinding, and the `__cause__`/`__context__` links
// that chained tracebacks print. The current exception lives in `rt->exc`; a
// function that fails sets it and returns NULL (or -1), as in CPython.
#include <stdio.h>
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- exception objects ----------------------------------------------------------------

Object *exc_new(TypeObject *type, Object *args) {
    ExceptionObject *e = (ExceptionObject *)obj_alloc(type, 0);
    if (e == NULL) {
        return NULL;
    }
    e->args = NEWREF(args);
    gc_track(OB(e));
    return OB(e);
}

static Object *exc_type_new(Object *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    // A class's __init__ may take keywords; BaseException.__init__ refuses them.
    if (!(((TypeObject *)type)->flags & TP_HEAPTYPE) && kwnames != NULL &&
        tuple_size(kwnames) > 0) {
        err_format(&TypeErrorType, "%s() takes no keyword arguments",
                   ((TypeObject *)type)->name);
        return NULL;
    }
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    if (t == NULL) {
        return NULL;
    }
    Object *e = exc_new((TypeObject *)type, t);
    DECREF(t);
    return e;
}

// BaseException.__init__: the positional arguments become `args`.
static int exc_init_slot(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&TypeErrorType, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    Object *t = tuple_from_array(args, (ssize_t)nargs);
    if (t == NULL) {
        return -1;
    }
    SETREF(((ExceptionObject *)self)->args, t);
    return 0;
}

static void exc_dealloc(Object *o) {
    ExceptionObject *e = (ExceptionObject *)o;
    gc_untrack(o);
    XDECREF(e->args);
    XDECREF(e->traceback);
    XDECREF(e->cause);
    XDECREF(e->context);
    XDECREF(e->dict);
    obj_free(o);
}

static int exc_traverse(Object *o, visitproc visit, void *arg) {
    ExceptionObject *e = (ExceptionObject *)o;
    Object *fields[] = {e->args, e->traceback, e->cause, e->context, e->dict};
    return obj_visit_all(fields, sizeof fields / sizeof fields[0], visit, arg);
}

static int exc_clear(Object *o) {
    ExceptionObject *e = (ExceptionObject *)o;
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->cause);
    CLEAR(e->context);
    CLEAR(e->dict);
    return 0;
}

static Object *exc_args(Object *o) {
    Object *args = ((ExceptionObject *)o)->args;
    return args != NULL ? args : rt->empty_tuple;
}

Object *exc_str(Object *o) {
    Object *args = exc_args(o);
    ssize_t n = tuple_size(args);
    if (n == 0) {
        return NEWREF(rt->empty_str);
    }
    if (n == 1) {
        Object *a = tuple_item_borrow(args, 0);
        if (type_is_subtype(TYPE(o), &KeyErrorType)) {
            return obj_repr(a);
        }
        return obj_str(a);
    }
    return obj_str(args);
}

static Object *exc_str_slot(Object *o) {
    return exc_str(o);
}

static Object *exc_repr(Object *o) {
    Object *args = exc_args(o);
    if (tuple_size(args) == 1) {
        Object *r = obj_repr(tuple_item_borrow(args, 0));
        if (r == NULL) {
            return NULL;
        }
        Object *s = str_from_format("%s(%s)", type_name(o), str_data(r));
        DECREF(r);
        return s;
    }
    if (tuple_size(args) == 0) {
        return str_from_format("%s()", type_name(o));
    }
    Object *r = obj_repr(args);
    if (r == NULL) {
        return NULL;
    }
    Object *s = str_from_format("%s%s", type_name(o), str_data(r));
    DECREF(r);
    return s;
}

static Object *get_args(Object *o) {
    return NEWREF(exc_args(o));
}

static int set_args(Object *o, Object *v) {
    if (v == NULL) {
        err_set_str(&TypeErrorType, "args may not be deleted");
        return -1;
    }
    Object *t = obj_to_tuple(v);
    if (t == NULL) {
        return -1;
    }
    SETREF(((ExceptionObject *)o)->args, t);
    return 0;
}

static Object *or_none(Object *v) {
    return NEWREF(v != NULL ? v : None);
}

static Object *get_traceback(Object *o) {
    return or_none(((ExceptionObject *)o)->traceback);
}
static Object *get_cause(Object *o) {
    return or_none(((ExceptionObject *)o)->cause);
}
static Object *get_context(Object *o) {
    return or_none(((ExceptionObject *)o)->context);
}
static Object *get_suppress(Object *o) {
    return bool_from(((ExceptionObject *)o)->suppress_context);
}

// Store `v` (an exception or None) into a chaining field.
static int set_link(Object **field, Object *v, const char *what) {
    if (v == NULL) {
        err_format(&TypeErrorType, "%s may not be deleted", what);
        return -1;
    }
    if (v != None && !exc_check(v)) {
        err_format(&TypeErrorType, "exception %s must be None or derive from BaseException",
                   what);
        return -1;
    }
    SETREF(*field, v == None ? NULL : NEWREF(v));
    return 0;
}
static int set_cause(Object *o, Object *v) {
    ((ExceptionObject *)o)->suppress_context = true;
    return set_link(&((ExceptionObject *)o)->cause, v, "cause");
}
static int set_context(Object *o, Object *v) {
    return set_link(&((ExceptionObject *)o)->context, v, "context");
}

static Object *first_arg_or_none(Object *o) {
    Object *args = exc_args(o);
    return NEWREF(tuple_size(args) > 0 ? tuple_item_borrow(args, 0) : None);
}

static const GetSetDef exc_getset[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, NULL},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, NULL},
    {NULL, NULL, NULL},
};

// e.with_traceback(tb): set __traceback__, return e.
static Object *exc_with_traceback(Object *self, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    if (args_no_kw("with_traceback", kwnames) < 0 ||
        args_count("with_traceback", nargs, 1, 1) < 0) {
        return NULL;
    }
    Object *tb = args[0];
    if (tb != None && TYPE(tb) != &TracebackType) {
        err_set_str(&TypeErrorType, "__traceback__ must be a traceback or None");
        return NULL;
    }
    SETREF(((ExceptionObject *)self)->traceback, tb != None ? NEWREF(tb) : NULL);
    return NEWREF(self);
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0},
    {NULL, NULL, 0},
};

static const GetSetDef stop_getset[] = {
    {"value", first_arg_or_none, NULL},
    {NULL, NULL, NULL},
};

// SystemExit.code: None, the one argument, or the tuple of them.
static Object *exit_code(Object *o) {
    Object *args = exc_args(o);
    if (tuple_size(args) > 1) {
        return NEWREF(args);
    }
    return first_arg_or_none(o);
}

static const GetSetDef exit_getset[] = {
    {"code", exit_code, NULL},
    {NULL, NULL, NULL},
};

// Each type of the table; BaseException's slots are filled in by `exc_init`, and the
// others inherit them through `type_ready`.
#define X(c, py, basename)                                                              \
    TypeObject c##Type = {                                                              \
        .ob = TYPE_HEAD,                                                                \
        .name = py,                                                                     \
        .basicsize = sizeof(ExceptionObject),                                           \
        .flags = TP_GC | TP_BASETYPE | TP_EXC_SUB,                                      \
        .base = &basename##Type,                                                        \
    };
EXCEPTIONS(X)
#undef X

static TypeObject *const exception_types[] = {
#define X(c, py, basename) &c##Type,
    EXCEPTIONS(X)
#undef X
};

int exc_init(void) {
    TypeObject *b = &BaseExceptionType;
    b->dealloc = exc_dealloc;
    b->repr = exc_repr;
    b->str = exc_str_slot;
    b->traverse = exc_traverse;
    b->clear = exc_clear;
    b->new_ = exc_type_new;
    b->init = exc_init_slot;
    b->getset = exc_getset;
    b->methods = exc_methods;
    b->dictoffset = offsetof(ExceptionObject, dict);
    StopIterationType.getset = stop_getset;
    SystemExitType.getset = exit_getset;
    for (size_t i = 0; i < sizeof exception_types / sizeof *exception_types; i++) {
        if (type_ready(exception_types[i]) < 0) {
            return -1;
        }
    }
    if (type_ready(&TracebackType) < 0) {
        return -1;
    }
    Object *args = NEWREF(rt->empty_tuple);
    rt->memory_error = exc_new(&MemoryErrorType, args);
    DECREF(args);
    return rt->memory_error != NULL ? 0 : -1;
}

void exc_fini(void) {
    CLEAR(rt->memory_error);
    for (size_t i = 0; i < sizeof exception_types / sizeof *exception_types; i++) {
        type_fini(exception_types[i]);
    }
    type_fini(&TracebackType);
}

// ---- tracebacks -----------------------------------------------------------------------

static void tb_dealloc(Object *o) {
    TracebackObject *tb = (TracebackObject *)o;
    gc_untrack(o);
    // The callee's level first, then this frame's locals, as CPython frees frames.
    XDECREF(tb->next);
    XDECREF(tb->code);
    XDECREF(tb->locals);
    obj_free(o);
}

static int tb_traverse(Object *o, visitproc visit, void *arg) {
    TracebackObject *tb = (TracebackObject *)o;
    if (tb->next != NULL) {
        int r = visit(tb->next, arg);
        if (r != 0) {
            return r;
        }
    }
    if (tb->locals != NULL) {
        int r = visit(tb->locals, arg);
        if (r != 0) {
            return r;
        }
    }
    return tb->code != NULL ? visit(tb->code, arg) : 0;
}

static int tb_clear(Object *o) {
    CLEAR(((TracebackObject *)o)->next);
    CLEAR(((TracebackObject *)o)->locals);
    return 0;
}

static Object *tb_get_lineno(Object *o) {
    return int_from_i64(((TracebackObject *)o)->line);
}
static Object *tb_get_next(Object *o) {
    return or_none(((TracebackObject *)o)->next);
}

static const GetSetDef tb_getset[] = {
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_next", tb_get_next, NULL},
    {NULL, NULL, NULL},
};

TypeObject TracebackType = {
    .ob = TYPE_HEAD,
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = TP_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

// ---- the current exception ------------------------------------------------------------

void err_restore(Object *exc) {
    SETREF(rt->exc, exc);
}

void err_set_exc(Object *exc) {
    Object *handled = rt->handled;
    ExceptionObject *e = (ExceptionObject *)exc;
    if (handled != NULL && handled != exc && e->context == NULL) {
        // Cut a cycle the new link would close: `exc` somewhere down the chain.
        Object *o = handled;
        while (o != NULL) {
            ExceptionObject *oe = (ExceptionObject *)o;
            if (oe->context == exc) {
                CLEAR(oe->context);
                break;
            }
            o = oe->context;
        }
        e->context = NEWREF(handled);
    }
    SETREF(rt->exc, exc);
}

void err_set_object(TypeObject *type, Object *value) {
    Object *args = value != NULL ? tuple_pack1(value) : NEWREF(rt->empty_tuple);
    if (args == NULL) {
        return;
    }
    Object *e = exc_new(type, args);
    DECREF(args);
    if (e != NULL) {
        err_set_exc(e);
    }
}

void err_set_str(TypeObject *type, const char *msg) {
    Object *s = str_from_cstr(msg);
    if (s == NULL) {
        return;
    }
    err_set_object(type, s);
    DECREF(s);
}

// The message err_vformat builds; after a failed append the rest is skipped.
typedef struct Buf {
    StrBuilder sb;
    bool failed;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
    if (!b->failed && str_builder_append(&b->sb, s, n) < 0) {
        b->failed = true;
    }
}

// Append the text of `s` (a new reference, or NULL: a failed repr or str). Ref: steals `s`.
static void buf_add_obj(Buf *b, Object *s) {
    if (s == NULL) {
        b->failed = true;
        return;
    }
    buf_add(b, str_data(s), (size_t)str_size(s));
    DECREF(s);
}

void err_vformat(TypeObject *type, const char *fmt, va_list ap) {
    Buf b = {.failed = false};
    str_builder_init(&b.sb);
    // An error raised while formatting (a failing repr) must not replace this one.
    Object *saved = err_fetch();
    for (const char *p = fmt; *p != '\0'; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q != '\0' && *q != '%') {
                q++;
            }
            buf_add(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        char tmp[64];
        int n = 0;
        switch (*p) {
        case '%':
            buf_add(&b, "%", 1);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            buf_add(&b, s, strlen(s));
            break;
        }
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            buf_add(&b, tmp, 1);
            break;
        case 'd':
        case 'i':
            n = snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int));
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'u':
            n = snprintf(tmp, sizeof tmp, "%u", va_arg(ap, unsigned));
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'l':
            if (p[1] == 'l' && p[2] == 'd') {
                p += 2;
                n = snprintf(tmp, sizeof tmp, "%lld", va_arg(ap, long long));
            } else if (p[1] == 'd') {
                p += 1;
                n = snprintf(tmp, sizeof tmp, "%ld", va_arg(ap, long));
            }
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'z':
            if (p[1] == 'd') {
                p += 1;
                n = snprintf(tmp, sizeof tmp, "%zd", va_arg(ap, ssize_t));
            } else if (p[1] == 'u') {
                p += 1;
                n = snprintf(tmp, sizeof tmp, "%zu", va_arg(ap, size_t));
            }
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'x':
            n = snprintf(tmp, sizeof tmp, "%x", va_arg(ap, unsigned));
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'p':
            n = snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            buf_add(&b, tmp, (size_t)n);
            break;
        case 'U': {
            Object *s = va_arg(ap, Object *);
            buf_add(&b, str_data(s), (size_t)str_size(s));
            break;
        }
        case 'R':
            buf_add_obj(&b, obj_repr(va_arg(ap, Object *)));
            break;
        case 'S':
            buf_add_obj(&b, obj_str(va_arg(ap, Object *)));
            break;
        case 'T': {
            const char *s = type_name(va_arg(ap, Object *));
            buf_add(&b, s, strlen(s));
            break;
        }
        default:
            buf_add(&b, p - 1, 2);
            break;
        }
    }
    err_clear();
    if (saved != NULL) {
        err_restore(saved);
    }
    if (b.failed) {
        str_builder_discard(&b.sb);
        err_no_memory();
        return;
    }
    Object *s = str_builder_finish(&b.sb);
    if (s != NULL) {
        err_set_object(type, s);
        DECREF(s);
    }
}

void err_format(TypeObject *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
}

Object *err_no_memory(void) {
    if (rt->memory_error != NULL) {
        ExceptionObject *e = (ExceptionObject *)rt->memory_error;
        // The shared instance must not carry an old traceback into a new error.
        CLEAR(e->traceback);
        CLEAR(e->context);
        CLEAR(e->cause);
        err_restore(NEWREF(rt->memory_error));
    }
    return NULL;
}

Object *err_occurred(void) {
    return rt->exc;
}

bool err_matches(TypeObject *type) {
    return rt->exc != NULL && type_is_subtype(TYPE(rt->exc), type);
}

Object *err_fetch(void) {
    Object *e = rt->exc;
    rt->exc = NULL;
    return e;
}

void err_clear(void) {
    CLEAR(rt->exc);
}

void err_write_unraisable_msg(const char *msg, Object *obj) {
    Object *exc = err_fetch();
    if (exc == NULL) {
        return;
    }
    // CPython's default sys.unraisablehook: a heading, then the traceback and the
    // "Type: message" line of this one exception (no chain), on stderr.
    if (obj != NULL && obj != None) {
        if (msg != NULL) {
            fprintf(stderr, "Exception ignored %s: ", msg);
        } else {
            fputs("Exception ignored in: ", stderr);
        }
        Object *r = obj_repr(obj);
        if (r == NULL) {
            err_clear();
            fputs("<object repr() failed>", stderr);
        } else {
            fwrite(str_data(r), 1, (size_t)str_size(r), stderr);
            DECREF(r);
        }
        fputc('\n', stderr);
    } else if (msg != NULL) {
        fprintf(stderr, "Exception ignored %s:\n", msg);
    }
    if (rt->print_exception != NULL) {
        rt->print_exception(exc);
    }
    fflush(stderr);
    DECREF(exc);
    err_clear();
}

void err_write_unraisable(Object *obj) {
    err_write_unraisable_msg(NULL, obj);
}

Object *err_type_what(Object *o, const char *what) {
    err_format(&TypeErrorType, "'%s' object %s", type_name(o), what);
    return NULL;
}

int exc_matches(Object *exc, Object *cls) {
    if (tuple_check(cls)) {
        for (ssize_t i = 0; i < tuple_size(cls); i++) {
            int r = exc_matches(exc, tuple_item_borrow(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    if (!exc_type_check(cls)) {
        err_set_str(&TypeErrorType,
                    "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return type_is_subtype(TYPE(exc), (TypeObject *)cls);
}
