// vm/vm.c — the eval loop, the frame stack, calls and argument binding, imports,
// and the printing of uncaught exceptions.
//
// `eval` runs a frame until it returns, yields or lets an exception out. Calls of
// Python functions do not recurse in C: the callee's frame is pushed on the frame
// stack and the loop goes on in it (CPython 3.11's inlined calls); arguments move from
// the caller's stack into the callee's slots, so `sys.getrefcount` counts what
// CPython counts. Calls of anything else go through `obj_call`, with the arguments
// borrowed from the caller's stack.
//
// Errors: a failing instruction jumps to `error`, which records this frame in the
// exception's traceback and looks the instruction up in the code's exception table.
// A handler found: the value stack is cut to the handler's depth, the exception is
// pushed and the loop jumps to the handler. None: the frame is released and the
// caller (if it runs in this same loop) handles the exception in turn.
#include <stdio.h>
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/function.h"
#include "vm/opcodes.h"
#include "vm/state.h"
#include "vm/vm.h"

Interp interp;
static VmState *vm = &interp.vm;

// ---- the frame stack ------------------------------------------------------------------

#define CHUNK_SLOTS (64 * 1024)

// A frame for `code` on the frame stack, its slots NULL. NULL with MemoryError set.
static Frame *frame_push(CodeObject *code) {
    size_t need = (sizeof(Frame) + sizeof(Object *) - 1) / sizeof(Object *) +
                  (size_t)code->nlocalsplus + (size_t)code->stacksize;
    StackChunk *c = vm->chunk;
    if (c == NULL || (size_t)(c->limit - c->top) < need) {
        StackChunk *n = vm->spare;
        if (n != NULL && (size_t)(n->limit - n->slots) >= need) {
            vm->spare = NULL;
        } else {
            size_t nslots = need > CHUNK_SLOTS ? need : CHUNK_SLOTS;
            n = heap_alloc(sizeof(StackChunk) + nslots * sizeof(Object *));
            if (n == NULL) {
                err_no_memory();
                return NULL;
            }
            n->limit = n->slots + nslots;
        }
        n->top = n->slots;
        n->prev = c;
        vm->chunk = n;
        c = n;
    }
    Frame *f = (Frame *)c->top;
    c->top += need;
    memset(f, 0, sizeof(Frame) + (size_t)code->nlocalsplus * sizeof(Object *));
    f->code = code;
    f->on_stack = 1;
    f->sp = f->slots + code->nlocalsplus;
    return f;
}

// Give the newest frame's memory back to the frame stack.
static void frame_pop(Frame *f) {
    StackChunk *c = vm->chunk;
    c->top = (Object **)f;
    if (c->top == c->slots && c->prev != NULL) {
        vm->chunk = c->prev;
        if (vm->spare != NULL) {
            heap_free(vm->spare);
        }
        vm->spare = c;
    }
}

// Drop every reference `f` holds (locals and whatever is left on its value stack).
static void frame_clear(Frame *f) {
    Object **base = f->slots;
    Object **end = f->sp != NULL ? f->sp : base + f->code->nlocalsplus;
    for (Object **p = base; p < end; p++) {
        CLEAR(*p);
    }
    f->sp = base + f->code->nlocalsplus;
    CLEAR(f->locals);
    if (f->func != NULL) {
        CLEAR(f->func);
    } else {
        // A module frame owns its code.
        Object *code = OB(f->code);
        DECREF(code);
    }
}

// ---- argument binding -----------------------------------------------------------------

// "'a', 'b', and 'c'" for a missing-arguments message.
static Object *name_list(Object **names, int n) {
    Object *s = NEWREF(rt->empty_str);
    for (int i = 0; i < n && s != NULL; i++) {
        const char *sep = i == 0 ? "" : (n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        Object *r = obj_repr(names[i]);
        if (r == NULL) {
            CLEAR(s);
            break;
        }
        Object *piece = str_from_format("%s%s", sep, str_data(r));
        DECREF(r);
        Object *joined = piece != NULL ? str_concat(s, piece) : NULL;
        XDECREF(piece);
        SETREF(s, joined);
    }
    return s;
}

static int missing_args(FunctionObject *fn, Frame *f, int lo, int hi, const char *kind) {
    CodeObject *co = f->code;
    Object *names[256];
    int n = 0;
    for (int i = lo; i < hi && n < 256; i++) {
        if (f->slots[i] == NULL) {
            names[n++] = tuple_item_borrow(co->localnames, i);
        }
    }
    Object *list = name_list(names, n);
    if (list == NULL) {
        return -1;
    }
    err_format(&TypeErrorType, "%U() missing %d required %s argument%s: %U", fn->qualname, n,
               kind, n == 1 ? "" : "s", list);
    DECREF(list);
    return -1;
}

static int too_many_positional(FunctionObject *fn, size_t given, int ndefaults,
                               size_t kwgiven) {
    CodeObject *co = (CodeObject *)fn->code;
    int argc = co->argcount;
    char takes[64];
    if (ndefaults > 0) {
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndefaults,
                 argc);
    } else {
        snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    }
    char gave[128];
    if (kwgiven > 0) {
        snprintf(gave, sizeof gave, "%zu positional argument%s (and %zu keyword-only "
                 "argument%s) were", given, given == 1 ? "" : "s", kwgiven,
                 kwgiven == 1 ? "" : "s");
    } else {
        snprintf(gave, sizeof gave, "%zu %s", given, given == 1 ? "was" : "were");
    }
    err_format(&TypeErrorType, "%U() takes %s but %s given", fn->qualname, takes, gave);
    return -1;
}

// Bind `args` (`nargs` positional, then one per name in `kwnames`) into the slots of
// `f`, a fresh frame of `fn`. Ref: steals every argument, on success and on failure
// alike. 0, or -1 with TypeError set (the frame is then cleared by the caller).
static int bind_args(FunctionObject *fn, Frame *f, Object **args, size_t nargs,
                     Object *kwnames) {
    CodeObject *co = (CodeObject *)fn->code;
    Object **slots = f->slots;
    int argc = co->argcount;
    int total = argc + co->kwonlyargcount;
    size_t nkw = kwnames != NULL ? (size_t)tuple_size(kwnames) : 0;
    size_t npos = nargs < (size_t)argc ? nargs : (size_t)argc;
    int rc = 0;
    size_t i;
    for (i = 0; i < npos; i++) {
        slots[i] = args[i];
    }
    int next = total;
    if (co->flags & CO_VARARGS) {
        Object *rest = tuple_new((ssize_t)(nargs - npos));
        if (rest == NULL) {
            rc = -1;
            for (; i < nargs; i++) {
                DECREF(args[i]);
            }
        } else {
            for (size_t j = 0; i < nargs; i++, j++) {
                tuple_items(rest)[j] = args[i];
            }
            slots[next] = tuple_done(rest);
        }
        next++;
    } else if (nargs > (size_t)argc) {
        int ndefaults = fn->defaults != NULL ? (int)tuple_size(fn->defaults) : 0;
        size_t kwonly_given = 0;
        for (size_t k = 0; k < nkw; k++) {
            Object *name = tuple_item_borrow(kwnames, (ssize_t)k);
            for (int j = argc; j < total; j++) {
                if (str_eq(name, tuple_item_borrow(co->localnames, j))) {
                    kwonly_given++;
                }
            }
        }
        too_many_positional(fn, nargs, ndefaults, kwonly_given);
        for (; i < nargs + nkw; i++) {
            DECREF(args[i]);
        }
        return -1;
    }
    Object *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (kwdict == NULL) {
            rc = -1;
        }
        slots[next] = kwdict;
    }
    for (size_t k = 0; k < nkw; k++) {
        Object *name = tuple_item_borrow(kwnames, (ssize_t)k);
        Object *value = args[nargs + k];
        if (rc < 0) {
            DECREF(value);
            continue;
        }
        int j;
        for (j = co->posonlyargcount; j < total; j++) {
            if (tuple_item_borrow(co->localnames, j) == name) {
                break;
            }
        }
        if (j == total) {
            for (j = co->posonlyargcount; j < total; j++) {
                if (str_eq(tuple_item_borrow(co->localnames, j), name)) {
                    break;
                }
            }
        }
        if (j < total) {
            if (slots[j] != NULL) {
                err_format(&TypeErrorType, "%U() got multiple values for argument '%U'",
                           fn->qualname, name);
                DECREF(value);
                rc = -1;
                continue;
            }
            slots[j] = value;
            continue;
        }
        if (kwdict != NULL) {
            if (dict_set(kwdict, name, value) < 0) {
                rc = -1;
            }
            DECREF(value);
            continue;
        }
        bool posonly = false;
        for (j = 0; j < co->posonlyargcount; j++) {
            if (str_eq(tuple_item_borrow(co->localnames, j), name)) {
                posonly = true;
            }
        }
        if (posonly) {
            err_format(&TypeErrorType, "%U() got some positional-only arguments passed as "
                       "keyword arguments: '%U'", fn->qualname, name);
        } else {
            err_format(&TypeErrorType, "%U() got an unexpected keyword argument '%U'",
                       fn->qualname, name);
        }
        DECREF(value);
        rc = -1;
    }
    if (rc < 0) {
        return -1;
    }
    // Defaults fill the positional parameters still missing, from the right.
    if (npos < (size_t)argc) {
        int ndefaults = fn->defaults != NULL ? (int)tuple_size(fn->defaults) : 0;
        int first_default = argc - ndefaults;
        for (int j = (int)npos; j < argc; j++) {
            if (slots[j] == NULL && j >= first_default) {
                slots[j] = NEWREF(tuple_item_borrow(fn->defaults, j - first_default));
            }
        }
        for (int j = (int)npos; j < argc; j++) {
            if (slots[j] == NULL) {
                return missing_args(fn, f, (int)npos, argc, "positional");
            }
        }
    }
    for (int j = argc; j < total; j++) {
        if (slots[j] == NULL && fn->kwdefaults != NULL) {
            Object *d = dict_get_str_borrow(fn->kwdefaults,
                                            tuple_item_borrow(co->localnames, j));
            if (d != NULL) {
                slots[j] = NEWREF(d);
            }
        }
    }
    for (int j = argc; j < total; j++) {
        if (slots[j] == NULL) {
            return missing_args(fn, f, argc, total, "keyword-only");
        }
    }
    return 0;
}

// ---- calls ----------------------------------------------------------------------------

static Object *eval(Frame *frame, int throwing);

// Push a frame for `fn` and bind the arguments into it. Ref: steals the arguments.
// NULL with an exception set (the arguments are then released).
static Frame *make_frame(FunctionObject *fn, Object **args, size_t nargs, Object *kwnames) {
    CodeObject *co = (CodeObject *)fn->code;
    Frame *f = frame_push(co);
    if (f == NULL) {
        size_t n = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
        for (size_t i = 0; i < n; i++) {
            DECREF(args[i]);
        }
        return NULL;
    }
    f->func = NEWREF(fn);
    f->globals = fn->globals;
    if (kwnames == NULL && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        // The common call: exactly the positional parameters, moved in as they are.
        if (nargs > 0) {
            memcpy(f->slots, args, nargs * sizeof(Object *));
        }
        return f;
    }
    if (bind_args(fn, f, args, nargs, kwnames) < 0) {
        frame_clear(f);
        frame_pop(f);
        return NULL;
    }
    return f;
}

// Move a frame just bound on the frame stack into a new generator. Ref: new.
static Object *make_generator(FunctionObject *fn, Frame *f) {
    CodeObject *co = f->code;
    size_t size = sizeof(Frame) + ((size_t)co->nlocalsplus + (size_t)co->stacksize) *
                  sizeof(Object *);
    Frame *g = heap_alloc(size);
    if (g == NULL) {
        frame_clear(f);
        frame_pop(f);
        return err_no_memory();
    }
    memcpy(g, f, size);
    g->on_stack = 0;
    g->in_generator = 1;
    g->sp = g->slots + co->nlocalsplus;
    frame_pop(f);
    return gen_new(g, fn);
}

// Call a Python function from C (the `call` slot of functions). Arguments borrowed.
static Object *func_call(Object *callable, Object *const *args, size_t nargs,
                         Object *kwnames) {
    FunctionObject *fn = (FunctionObject *)callable;
    size_t n = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    for (size_t i = 0; i < n; i++) {
        INCREF(args[i]);
    }
    Frame *f = make_frame(fn, (Object **)args, nargs, kwnames);
    if (f == NULL) {
        return NULL;
    }
    if (((CodeObject *)fn->code)->flags & CO_GENERATOR) {
        return make_generator(fn, f);
    }
    f->is_entry = 1;
    return eval(f, 0);
}

Object *vm_call_function_slot(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames) {
    return func_call(callable, args, nargs, kwnames);
}

// How CPython names a callable in call errors: "__main__.f()", "len()". Ref: new.
static Object *callable_desc(Object *o) {
    if (TYPE(o) == &FunctionType) {
        FunctionObject *fn = (FunctionObject *)o;
        if (fn->module != NULL && str_check(fn->module) &&
            !str_eq_cstr(fn->module, "builtins")) {
            return str_from_format("%s.%s()", str_data(fn->module), str_data(fn->qualname));
        }
        return str_from_format("%s()", str_data(fn->qualname));
    }
    if (TYPE(o) == &CFunctionType) {
        return str_from_format("%s()", ((CFunctionObject *)o)->def->name);
    }
    return str_from_format("%s object", type_name(o));
}

// Call `callable` with `args` (a tuple) and `kwargs` (a dict or NULL): f(*a, **k).
static Object *call_ex(Object *callable, Object *args, Object *kwargs) {
    ssize_t npos = tuple_size(args);
    ssize_t nkw = kwargs != NULL ? dict_len(kwargs) : 0;
    if (nkw == 0) {
        return obj_call(callable, tuple_items(args), (size_t)npos, NULL);
    }
    Object *stack[64];
    Object **all = stack;
    if (npos + nkw > 64) {
        all = heap_alloc((size_t)(npos + nkw) * sizeof(Object *));
        if (all == NULL) {
            return err_no_memory();
        }
    }
    Object *res = NULL;
    Object *names = tuple_new(nkw);
    if (names != NULL) {
        for (ssize_t i = 0; i < npos; i++) {
            all[i] = tuple_item_borrow(args, i);
        }
        ssize_t pos = 0, k = 0;
        Object *key, *value;
        bool ok = true;
        while (dict_next(kwargs, &pos, &key, &value)) {
            if (!str_check(key)) {
                err_set_str(&TypeErrorType, "keywords must be strings");
                ok = false;
                break;
            }
            tuple_items(names)[k] = NEWREF(key);
            all[npos + k] = value;
            k++;
        }
        for (; k < nkw; k++) {
            tuple_items(names)[k] = NEWREF(None);
        }
        names = tuple_done(names);
        if (ok) {
            // The values are borrowed from `kwargs`, which a call could change: hold them.
            for (ssize_t i = 0; i < nkw; i++) {
                INCREF(all[npos + i]);
            }
            res = obj_call(callable, all, (size_t)npos, names);
            for (ssize_t i = 0; i < nkw; i++) {
                DECREF(all[npos + i]);
            }
        }
        DECREF(names);
    }
    if (all != stack) {
        heap_free(all);
    }
    return res;
}

// ---- names and imports ----------------------------------------------------------------

static Object *name_error(Object *name) {
    err_format(&NameErrorType, "name '%U' is not defined", name);
    return NULL;
}

static Object *import_module(Object *name) {
    Object *m = dict_get_str_borrow(vm->modules, name);
    if (m != NULL) {
        return NEWREF(m);
    }
    for (int i = 0; i < vm->nregistry; i++) {
        if (str_eq_cstr(name, vm->registry[i].name)) {
            m = vm->registry[i].init();
            if (m == NULL) {
                return NULL;
            }
            if (dict_set(vm->modules, name, m) < 0) {
                DECREF(m);
                return NULL;
            }
            return m;
        }
    }
    err_format(&ModuleNotFoundErrorType, "No module named '%U'", name);
    return NULL;
}

Object *vm_import(const char *name) {
    Object *s = str_from_cstr(name);
    if (s == NULL) {
        return NULL;
    }
    Object *m = import_module(s);
    DECREF(s);
    return m;
}

// ---- exceptions -----------------------------------------------------------------------

// Record that the current exception passed through instruction `i` of `f`.
static void traceback_add(Frame *f, int i) {
    ExceptionObject *e = (ExceptionObject *)rt->exc;
    if (e == NULL) {
        return;
    }
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType, 0);
    if (tb == NULL) {
        // Keep the original exception rather than the MemoryError.
        return;
    }
    tb->next = e->traceback;
    tb->code = NEWREF(f->code);
    tb->line = code_line_of(f->code, i);
    e->traceback = OB(tb);
    gc_track(OB(tb));
}

// An exception leaves frame `f`: its traceback entry for `f` takes the frame's local
// values, which live as long as the traceback does (CPython's traceback holds the
// frame). Without memory the locals are simply released with the frame.
static void keep_locals_in_traceback(Frame *f) {
    ExceptionObject *e = (ExceptionObject *)rt->exc;
    if (e == NULL || e->traceback == NULL) {
        return;
    }
    TracebackObject *tb = (TracebackObject *)e->traceback;
    int n = 0;
    for (int i = 0; i < f->code->nlocalsplus; i++) {
        n += f->slots[i] != NULL;
    }
    if (tb->code != OB(f->code) || tb->locals != NULL || n == 0) {
        return;
    }
    // The allocation must not replace the exception being raised.
    Object *exc = err_fetch();
    Object *t = tuple_new(n);
    err_clear();
    err_restore(exc);
    if (t == NULL) {
        return;
    }
    // Last slot first: the tuple releases its items from the end, the frame from the start.
    int k = n;
    for (int i = 0; i < f->code->nlocalsplus; i++) {
        if (f->slots[i] != NULL) {
            tuple_items(t)[--k] = f->slots[i];
            f->slots[i] = NULL;
        }
    }
    tb->locals = tuple_done(t);
}

// Make the object a `raise` names into an exception instance. Ref: new.
static Object *make_exception(Object *o, const char *what) {
    if (exc_type_check(o)) {
        Object *e = obj_call0(o);
        if (e != NULL && !exc_check(e)) {
            err_format(&TypeErrorType, "calling %R should have returned an instance of "
                       "BaseException, not %s", o, type_name(e));
            DECREF(e);
            return NULL;
        }
        return e;
    }
    if (exc_check(o)) {
        return NEWREF(o);
    }
    err_format(&TypeErrorType, "%s must derive from BaseException", what);
    return NULL;
}

// RAISE_VARARGS with an exception (and a cause, or NULL). Always -1 with it set.
static int do_raise(Object *exc, Object *cause) {
    Object *e = make_exception(exc, "exceptions");
    if (e == NULL) {
        return -1;
    }
    if (cause != NULL) {
        Object *c = NULL;
        if (cause != None) {
            c = make_exception(cause, "exception causes");
            if (c == NULL) {
                DECREF(e);
                return -1;
            }
        }
        ExceptionObject *ee = (ExceptionObject *)e;
        SETREF(ee->cause, c);
        ee->suppress_context = true;
    }
    err_set_exc(e);
    return -1;
}

// ---- unpacking ------------------------------------------------------------------------

// Push the items of `seq` onto `*spp`, the last first, for UNPACK_SEQUENCE / UNPACK_EX.
// `before` items, then (when `star`) a list of the rest but `after`. 0, or -1.
static int unpack(Object *seq, int before, bool star, int after, Object ***spp) {
    Object **sp = *spp;
    if (!star && (TYPE(seq) == &TupleType || TYPE(seq) == &ListType)) {
        ssize_t n = TYPE(seq) == &TupleType ? tuple_size(seq) : list_size(seq);
        Object **items = TYPE(seq) == &TupleType ? tuple_items(seq)
                                                 : ((ListObject *)seq)->items;
        if (n != before) {
            if (n < before) {
                err_format(&ValueErrorType, "not enough values to unpack (expected %d, got %zd)",
                           before, n);
            } else {
                err_format(&ValueErrorType, "too many values to unpack (expected %d)", before);
            }
            return -1;
        }
        for (ssize_t i = n; i-- > 0;) {
            *sp++ = NEWREF(items[i]);
        }
        *spp = sp;
        return 0;
    }
    Object *it = obj_get_iter(seq);
    if (it == NULL) {
        if (err_matches(&TypeErrorType) && TYPE(seq)->iter == NULL) {
            err_clear();
            err_format(&TypeErrorType, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return -1;
    }
    Object *l = list_new(0);
    if (l == NULL) {
        DECREF(it);
        return -1;
    }
    int rc = 0;
    Object *item;
    int count = 0;
    while ((item = obj_iter_next(it)) != NULL) {
        if (!star && count == before) {
            DECREF(item);
            err_format(&ValueErrorType, "too many values to unpack (expected %d)", before);
            rc = -1;
            break;
        }
        rc = list_append(l, item);
        DECREF(item);
        if (rc < 0) {
            break;
        }
        count++;
    }
    DECREF(it);
    if (rc == 0 && err_occurred()) {
        rc = -1;
    }
    ssize_t n = list_size(l);
    if (rc == 0 && !star && n < before) {
        err_format(&ValueErrorType, "not enough values to unpack (expected %d, got %zd)",
                   before, n);
        rc = -1;
    }
    if (rc == 0 && star && n < before + after) {
        err_format(&ValueErrorType,
                   "not enough values to unpack (expected at least %d, got %zd)",
                   before + after, n);
        rc = -1;
    }
    if (rc < 0) {
        DECREF(l);
        return -1;
    }
    if (!star) {
        for (ssize_t i = n; i-- > 0;) {
            *sp++ = NEWREF(list_item_borrow(l, i));
        }
        DECREF(l);
    } else {
        for (ssize_t i = n; i-- > n - after;) {
            *sp++ = NEWREF(list_item_borrow(l, i));
        }
        Object *middle = list_from_array(((ListObject *)l)->items + before,
                                         n - before - after);
        if (middle == NULL) {
            DECREF(l);
            *spp = sp;
            return -1;
        }
        *sp++ = middle;
        for (ssize_t i = before; i-- > 0;) {
            *sp++ = NEWREF(list_item_borrow(l, i));
        }
        DECREF(l);
    }
    *spp = sp;
    return 0;
}

// ---- small helpers of the loop ----------------------------------------------------------

static Object *format_value(Object *value, int flags, Object *spec) {
    Object *v = NEWREF(value);
    switch (flags & 3) {
    case 1:
        SETREF(v, obj_str(value));
        break;
    case 2:
        SETREF(v, obj_repr(value));
        break;
    case 3:
        SETREF(v, obj_ascii(value));
        break;
    default:
        break;
    }
    if (v == NULL) {
        return NULL;
    }
    if (spec == NULL && str_check_exact(v)) {
        return v;
    }
    Object *r = format_object(v, spec != NULL ? spec : rt->empty_str);
    DECREF(v);
    return r;
}

static Object *build_string(Object **items, int n) {
    size_t size = 0;
    for (int i = 0; i < n; i++) {
        size += (size_t)str_size(items[i]);
    }
    Object *s = str_new_raw(size);
    if (s == NULL) {
        return NULL;
    }
    char *p = ((StrObject *)s)->data;
    for (int i = 0; i < n; i++) {
        memcpy(p, str_data(items[i]), (size_t)str_size(items[i]));
        p += str_size(items[i]);
    }
    return str_finish(s);
}

static int dict_merge_checked(Object *d, Object *other, Object *func) {
    if (!dict_check(other)) {
        Object *desc = callable_desc(func);
        if (desc != NULL) {
            err_format(&TypeErrorType, "%U argument after ** must be a mapping, not %s", desc,
                       type_name(other));
            DECREF(desc);
        }
        return -1;
    }
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(other, &pos, &k, &v)) {
        if (dict_get_borrow(d, k) != NULL) {
            Object *desc = callable_desc(func);
            if (desc != NULL) {
                err_format(&TypeErrorType, "%U got multiple values for keyword argument '%S'",
                           desc, k);
                DECREF(desc);
            }
            return -1;
        }
        if (dict_set(d, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

static Object *locals_dict(Frame *f) {
    if (f->locals != NULL) {
        return NEWREF(f->locals);
    }
    Object *d = dict_new();
    if (d == NULL) {
        return NULL;
    }
    CodeObject *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Object *v = f->slots[i];
        if (v != NULL && (co->slotkinds[i] & (SLOT_CELL | SLOT_FREE))) {
            v = TYPE(v) == &CellType ? ((CellObject *)v)->value : v;
        }
        if (v != NULL && dict_set(d, tuple_item_borrow(co->localnames, i), v) < 0) {
            DECREF(d);
            return NULL;
        }
    }
    return d;
}

static int print_expr(Object *v) {
    if (v == None) {
        return 0;
    }
    if (dict_set_cstr(vm->builtins_dict, "_", None) < 0) {
        return -1;
    }
    Object *r = obj_repr(v);
    if (r == NULL) {
        return -1;
    }
    fwrite(str_data(r), 1, (size_t)str_size(r), stdout);
    fputc('\n', stdout);
    DECREF(r);
    return dict_set_cstr(vm->builtins_dict, "_", v);
}

// ---- arithmetic fast paths --------------------------------------------------------------

// The result of an int or float operation: `lhs` or `rhs` itself, rewritten, when the
// stack held its only reference (it would die right after: reusing it saves a free
// and an allocation), else a new object. Consumes both references.
static inline Object *float_result(Object *lhs, Object *rhs, double v) {
    Object *res;
    if (lhs->refcnt == 1 && TYPE(lhs) == &FloatType) {
        ((FloatObject *)lhs)->value = v;
        res = lhs;
        DECREF(rhs);
    } else if (rhs->refcnt == 1 && TYPE(rhs) == &FloatType) {
        ((FloatObject *)rhs)->value = v;
        res = rhs;
        DECREF(lhs);
    } else {
        res = float_from_double(v);
        DECREF(lhs);
        DECREF(rhs);
    }
    return res;
}

static inline Object *int_result(Object *lhs, Object *rhs, int64_t v) {
    Object *res;
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
        res = NEWREF(rt->small_ints[v - SMALL_INT_MIN]);
        DECREF(lhs);
        DECREF(rhs);
    } else if (lhs->refcnt == 1) {
        ((IntObject *)lhs)->value = v;
        res = lhs;
        DECREF(rhs);
    } else if (rhs->refcnt == 1) {
        ((IntObject *)rhs)->value = v;
        res = rhs;
        DECREF(lhs);
    } else {
        res = int_from_i64(v);
        DECREF(lhs);
        DECREF(rhs);
    }
    return res;
}

// Ints that convert to a double exactly, so that mixed arithmetic needs no care.
#define EXACT_DOUBLE(v) ((v) > -(INT64_C(1) << 53) && (v) < (INT64_C(1) << 53))

// `lhs op rhs` for exact ints and floats in the common cases that cannot fail. The
// result (consuming both references), or NULL with both left alone: take the slow path.
static inline Object *binop_fast(Object *lhs, Object *rhs, unsigned op) {
    TypeObject *tl = TYPE(lhs), *tr = TYPE(rhs);
    if (tl == &IntType && tr == &IntType) {
        int64_t a = int_as_i64(lhs), b = int_as_i64(rhs), c;
        switch (op) {
        case NB_ADD:
            return __builtin_add_overflow(a, b, &c) ? NULL : int_result(lhs, rhs, c);
        case NB_SUB:
            return __builtin_sub_overflow(a, b, &c) ? NULL : int_result(lhs, rhs, c);
        case NB_MUL:
            return __builtin_mul_overflow(a, b, &c) ? NULL : int_result(lhs, rhs, c);
        case NB_FLOORDIV:
            return b > 0 && a >= 0 ? int_result(lhs, rhs, a / b) : NULL;
        case NB_MOD:
            return b > 0 && a >= 0 ? int_result(lhs, rhs, a % b) : NULL;
        case NB_AND:
            return int_result(lhs, rhs, a & b);
        case NB_OR:
            return int_result(lhs, rhs, a | b);
        case NB_XOR:
            return int_result(lhs, rhs, a ^ b);
        default:
            return NULL;
        }
    }
    double a, b;
    if (tl == &FloatType) {
        a = float_as_double(lhs);
    } else if (tl == &IntType && EXACT_DOUBLE(int_as_i64(lhs))) {
        a = (double)int_as_i64(lhs);
    } else {
        return NULL;
    }
    if (tr == &FloatType) {
        b = float_as_double(rhs);
    } else if (tr == &IntType && tl == &FloatType && EXACT_DOUBLE(int_as_i64(rhs))) {
        b = (double)int_as_i64(rhs);
    } else {
        return NULL;
    }
    switch (op) {
    case NB_ADD:
        return float_result(lhs, rhs, a + b);
    case NB_SUB:
        return float_result(lhs, rhs, a - b);
    case NB_MUL:
        return float_result(lhs, rhs, a * b);
    case NB_TRUEDIV:
        return b != 0.0 ? float_result(lhs, rhs, a / b) : NULL;
    default:
        return NULL;
    }
}

// ---- the eval loop --------------------------------------------------------------------

// Check that a Python call may go one level deeper, and count it; on failure the new
// frame `nf` is released. 0, or -1 with RecursionError or KeyboardInterrupt set.
static int enter_check(Frame *nf) {
    int rc = 0;
    if (++rt->recursion_depth > rt->recursion_limit) {
        err_set_str(&RecursionErrorType, "maximum recursion depth exceeded");
        rc = -1;
    } else if (vm->interrupted) {
        vm->interrupted = 0;
        err_set_object(&KeyboardInterruptType, NULL);
        rc = -1;
    }
    if (rc < 0) {
        rt->recursion_depth--;
        frame_clear(nf);
        frame_pop(nf);
        return -1;
    }
    nf->ip = nf->code->code;
    return 0;
}

// One LOAD_GLOBAL cache entry: `value` (borrowed: the dicts hold it while their
// versions stay the same) found with the globals and builtins at these versions.
typedef struct GlobalsCache {
    uint64_t gversion, bversion;
    Object *value;
} GlobalsCache;

// Find the handler of instruction `i` in `co`. The entry, or NULL.
static const ExcEntry *find_handler(CodeObject *co, int i) {
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const ExcEntry *e = &co->exctable[mid];
        if (i < e->start) {
            hi = mid;
        } else if (i >= e->end) {
            lo = mid + 1;
        } else {
            return e;
        }
    }
    return NULL;
}

#if defined(__GNUC__) && !defined(ADDER_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#if USE_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH_OP() goto *targets[word & 0xff]
#define DISPATCH()                                                                      \
    do {                                                                                \
        word = *ip++;                                                                   \
        oparg = word >> 8;                                                              \
        DISPATCH_OP();                                                                  \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH_OP() goto dispatch_op
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define CONST(i) (tuple_item_borrow(co->consts, (i)))
#define NAME(i) (tuple_item_borrow(co->names, (i)))
#define JUMPTO(i) (ip = co->code + (i))
// Load the registers from `frame`.
#define LOAD_FRAME()                                                                    \
    do {                                                                                \
        co = frame->code;                                                               \
        ip = frame->ip;                                                                 \
        sp = frame->sp;                                                                 \
        locals = frame->slots;                                                          \
    } while (0)
#define SAVE_FRAME()                                                                    \
    do {                                                                                \
        frame->ip = ip;                                                                 \
        frame->sp = sp;                                                                 \
    } while (0)

static Object *eval(Frame *frame, int throwing) {
#if USE_COMPUTED_GOTO
    static void *const targets[256] = {
#define X(name, effect, doc) [OP_##name] = &&L_##name,
        OPCODES(X)
#undef X
    };
#endif
    CodeObject *co;
    uint16_t *ip;
    Object **sp;
    Object **locals;
    unsigned word;
    unsigned oparg;
    Object *retval = NULL;
    Object *kwnames;            // CALL_KW's keyword names, on their way to `call`

    vm->c_depth++;
    rt->recursion_depth++;
    if (vm->c_depth > VM_MAX_C_DEPTH || rt->recursion_depth > rt->recursion_limit ||
        stack_exhausted()) {
        vm->c_depth--;
        rt->recursion_depth--;
        err_set_str(&RecursionErrorType, "maximum recursion depth exceeded");
        // The frame never ran: release it as its owner expects.
        frame_clear(frame);
        if (!frame->in_generator) {
            frame_pop(frame);
        }
        return NULL;
    }
    frame->prev = vm->frame;
    vm->frame = frame;
    if (frame->ip == NULL) {
        frame->ip = frame->code->code;
    }
    LOAD_FRAME();
    if (throwing) {
        goto error;
    }
#if USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    word = *ip++;
    oparg = word >> 8;
dispatch_op:
    switch (word & 0xff) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        unsigned prev = oparg;
        word = *ip++;
        oparg = (prev << 8) | (word >> 8);
        DISPATCH_OP();
    }

    TARGET(POP_TOP) {
        Object *v = POP();
        XDECREF(v);
        DISPATCH();
    }

    TARGET(COPY) {
        Object *v = PEEK(oparg);
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        Object *v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(NEWREF(CONST(oparg)));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Object *v = locals[oparg];
        if (v == NULL) {
            err_format(&UnboundLocalErrorType,
                       "cannot access local variable '%U' where it is not associated with a "
                       "value", tuple_item_borrow(co->localnames, oparg));
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Object *v = POP();
        SETREF(locals[oparg], v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (locals[oparg] == NULL) {
            err_format(&UnboundLocalErrorType,
                       "cannot access local variable '%U' where it is not associated with a "
                       "value", tuple_item_borrow(co->localnames, oparg));
            goto error;
        }
        CLEAR(locals[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Object *name = NAME(oparg);
        Object *v = NULL;
        if (frame->locals != NULL) {
            v = dict_get_str_borrow(frame->locals, name);
        }
        if (v == NULL) {
            v = dict_get_str_borrow(frame->globals, name);
        }
        if (v == NULL) {
            v = dict_get_str_borrow(vm->builtins_dict, name);
        }
        if (v == NULL) {
            name_error(name);
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Object *v = POP();
        Object *d = frame->locals != NULL ? frame->locals : frame->globals;
        int r = dict_set(d, NAME(oparg), v);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        Object *d = frame->locals != NULL ? frame->locals : frame->globals;
        int r = dict_del(d, NAME(oparg));
        if (r != 0) {
            if (r > 0) {
                name_error(NAME(oparg));
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        // The cache entry for this name holds the value found last time, valid while
        // neither the globals nor the builtins dict has changed since (dict versions
        // come from one global counter, so a new dict never repeats an old version).
        GlobalsCache *c = co->globals_cache != NULL
                              ? &((GlobalsCache *)co->globals_cache)[oparg] : NULL;
        DictObject *g = (DictObject *)frame->globals;
        DictObject *b = (DictObject *)vm->builtins_dict;
        if (c != NULL && c->value != NULL && c->gversion == g->version &&
            c->bversion == b->version) {
            PUSH(NEWREF(c->value));
            DISPATCH();
        }
        Object *name = NAME(oparg);
        Object *v = dict_get_str_borrow(frame->globals, name);
        if (v == NULL) {
            v = dict_get_str_borrow(vm->builtins_dict, name);
            if (v == NULL) {
                name_error(name);
                goto error;
            }
        }
        if (c == NULL) {
            co->globals_cache = heap_calloc((size_t)tuple_size(co->names) *
                                            sizeof(GlobalsCache));
            c = co->globals_cache != NULL
                    ? &((GlobalsCache *)co->globals_cache)[oparg] : NULL;
        }
        if (c != NULL) {
            c->gversion = g->version;
            c->bversion = b->version;
            c->value = v;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        int r = dict_set(frame->globals, NAME(oparg), v);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        int r = dict_del(frame->globals, NAME(oparg));
        if (r != 0) {
            if (r > 0) {
                name_error(NAME(oparg));
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        Object *v = locals[oparg];
        Object *cell = cell_new(v);
        if (cell == NULL) {
            goto error;
        }
        locals[oparg] = cell;
        XDECREF(v);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        Object *closure = ((FunctionObject *)frame->func)->closure;
        int first = co->nlocalsplus - (int)oparg;
        for (unsigned i = 0; i < oparg; i++) {
            locals[first + (int)i] = NEWREF(tuple_item_borrow(closure, (ssize_t)i));
        }
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Object *v = ((CellObject *)locals[oparg])->value;
        if (v == NULL) {
            Object *name = tuple_item_borrow(co->localnames, oparg);
            if (co->slotkinds[oparg] & SLOT_FREE) {
                err_format(&NameErrorType, "cannot access free variable '%U' where it is not "
                           "associated with a value in enclosing scope", name);
            } else {
                err_format(&UnboundLocalErrorType, "cannot access local variable '%U' where "
                           "it is not associated with a value", name);
            }
            goto error;
        }
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Object *v = POP();
        CellObject *cell = (CellObject *)locals[oparg];
        SETREF(cell->value, v);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObject *cell = (CellObject *)locals[oparg];
        if (cell->value == NULL) {
            err_format(&UnboundLocalErrorType, "cannot access local variable '%U' where it is "
                       "not associated with a value", tuple_item_borrow(co->localnames, oparg));
            goto error;
        }
        CLEAR(cell->value);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(NEWREF(locals[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Object *owner = TOP();
        Object *v = obj_getattr(owner, NAME(oparg));
        DECREF(owner);
        SET_TOP(v);
        if (v == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Object *owner = POP();
        Object *v = POP();
        int r = obj_setattr(owner, NAME(oparg), v);
        DECREF(owner);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        int r = obj_setattr(owner, NAME(oparg), NULL);
        DECREF(owner);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Object *self = TOP();
        Object *name = NAME(oparg);
        TypeObject *t = TYPE(self);
        Object **dictptr = obj_dict_ptr(self);
        if ((t->getattr == NULL || t->getattr == obj_generic_getattr) &&
            (dictptr == NULL || *dictptr == NULL || dict_get_str_borrow(*dictptr, name) == NULL)) {
            Object *m = type_lookup_borrow(t, name);
            if (m != NULL && (TYPE(m) == &MethodDescrType || TYPE(m) == &FunctionType) &&
                !(TYPE(m) == &MethodDescrType &&
                  (((MethodDescrObject *)m)->def->flags & METH_STATIC))) {
                SET_TOP(NEWREF(m));
                PUSH(self);
                DISPATCH();
            }
        }
        Object *v = obj_getattr(self, name);
        DECREF(self);
        SET_TOP(NULL);
        PUSH(v);
        if (v == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Object *key = POP();
        Object *container = TOP();
        Object *v;
        if (TYPE(container) == &ListType && TYPE(key) == &IntType) {
            int64_t i = int_as_i64(key);
            ssize_t n = list_size(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                v = NEWREF(list_item_borrow(container, (ssize_t)i));
                goto subscr_done;
            }
        }
        v = obj_getitem(container, key);
    subscr_done:
        DECREF(container);
        DECREF(key);
        SET_TOP(v);
        if (v == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Object *key = POP();
        Object *container = POP();
        Object *v = POP();
        int r;
        if (TYPE(container) == &ListType && TYPE(key) == &IntType) {
            int64_t i = int_as_i64(key);
            ssize_t n = list_size(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                list_set_steal(container, (ssize_t)i, v);
                DECREF(container);
                DECREF(key);
                DISPATCH();
            }
        }
        r = obj_setitem(container, key, v);
        DECREF(v);
        DECREF(container);
        DECREF(key);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *key = POP();
        Object *container = POP();
        int r = obj_delitem(container, key);
        DECREF(container);
        DECREF(key);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Object *step = oparg == 3 ? POP() : NULL;
        Object *stop = POP();
        Object *start = TOP();
        Object *s = slice_new(start, stop, step != NULL ? step : None);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        SET_TOP(s);
        if (s == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Object *rhs = POP();
        Object *lhs = TOP();
        Object *res = binop_fast(lhs, rhs, oparg >= NB_COUNT ? oparg - NB_COUNT : oparg);
        if (res != NULL) {
            // The operands' references went to `res` or were dropped inside.
            SET_TOP(res);
            DISPATCH();
        }
        if (oparg == NB_COUNT + NB_ADD && TYPE(lhs) == &StrType && TYPE(rhs) == &StrType &&
            lhs->refcnt == 2 && (*ip & 0xff) == OP_STORE_FAST && locals[*ip >> 8] == lhs) {
            // `s += t` with `s` a local that nothing else sees: the local's reference is
            // dropped and the string grows in place (CPython's
            // BINARY_OP_INPLACE_ADD_UNICODE), so a loop of appends is not quadratic.
            locals[*ip >> 8] = NULL;
            DECREF(lhs);
            res = str_concat_steal(lhs, rhs);
            DECREF(rhs);
            SET_TOP(res);
            if (res == NULL) {
                goto error;
            }
            DISPATCH();
        }
        if (oparg >= NB_COUNT) {
            res = obj_inplace_op(lhs, rhs, (int)(oparg - NB_COUNT));
        } else {
            res = obj_binary_op(lhs, rhs, (int)oparg);
        }
        DECREF(lhs);
        DECREF(rhs);
        SET_TOP(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP();
        Object *r = obj_negative(v);
        DECREF(v);
        SET_TOP(r);
        if (r == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Object *v = TOP();
        Object *r = obj_positive(v);
        DECREF(v);
        SET_TOP(r);
        if (r == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = obj_is_true(v);
        DECREF(v);
        if (t < 0) {
            SET_TOP(NULL);
            goto error;
        }
        SET_TOP(NEWREF(t ? False : True));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Object *v = TOP();
        Object *r = obj_invert(v);
        DECREF(v);
        SET_TOP(r);
        if (r == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Object *rhs = POP();
        Object *lhs = TOP();
        Object *r;
        if (TYPE(lhs) == &IntType && TYPE(rhs) == &IntType) {
            int64_t a = int_as_i64(lhs), b = int_as_i64(rhs);
            bool t;
            switch (oparg) {
            case OBJ_LT: t = a < b; break;
            case OBJ_LE: t = a <= b; break;
            case OBJ_EQ: t = a == b; break;
            case OBJ_NE: t = a != b; break;
            case OBJ_GT: t = a > b; break;
            default: t = a >= b; break;
            }
            r = NEWREF(t ? True : False);
        } else if (TYPE(lhs) == &FloatType && TYPE(rhs) == &FloatType) {
            double a = float_as_double(lhs), b = float_as_double(rhs);
            bool t;
            switch (oparg) {
            case OBJ_LT: t = a < b; break;
            case OBJ_LE: t = a <= b; break;
            case OBJ_EQ: t = a == b; break;
            case OBJ_NE: t = a != b; break;
            case OBJ_GT: t = a > b; break;
            default: t = a >= b; break;
            }
            r = NEWREF(t ? True : False);
        } else {
            r = obj_richcompare(lhs, rhs, (int)oparg);
        }
        DECREF(lhs);
        DECREF(rhs);
        SET_TOP(r);
        if (r == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IS_OP) {
        Object *rhs = POP();
        Object *lhs = TOP();
        bool t = (lhs == rhs) != (oparg == 1);
        DECREF(lhs);
        DECREF(rhs);
        SET_TOP(NEWREF(t ? True : False));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *container = POP();
        Object *item = TOP();
        int r = obj_contains(container, item);
        DECREF(container);
        DECREF(item);
        if (r < 0) {
            SET_TOP(NULL);
            goto error;
        }
        SET_TOP(NEWREF((r != 0) != (oparg == 1) ? True : False));
        DISPATCH();
    }

    TARGET(JUMP) {
        uint16_t *target = co->code + oparg;
        if (target < ip && vm->interrupted) {
            vm->interrupted = 0;
            err_set_object(&KeyboardInterruptType, NULL);
            goto error;
        }
        ip = target;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Object *v = POP();
        if (v == False) {
            DECREF(v);
            JUMPTO(oparg);
        } else if (v != True) {
            int t = obj_is_true(v);
            DECREF(v);
            if (t < 0) {
                goto error;
            }
            if (!t) {
                JUMPTO(oparg);
            }
        } else {
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Object *v = POP();
        if (v == True) {
            DECREF(v);
            JUMPTO(oparg);
        } else if (v != False) {
            int t = obj_is_true(v);
            DECREF(v);
            if (t < 0) {
                goto error;
            }
            if (t) {
                JUMPTO(oparg);
            }
        } else {
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = obj_is_true(TOP());
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(oparg);
        } else {
            Object *v = POP();
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = obj_is_true(TOP());
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(oparg);
        } else {
            Object *v = POP();
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP();
        Object *it = obj_get_iter(v);
        DECREF(v);
        SET_TOP(it);
        if (it == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Object *it = TOP();
        if (TYPE(it) == &RangeIterType) {
            // The hot loop of most programs: step the C counters here.
            RangeIterObject *r = (RangeIterObject *)it;
            if (r->len > 0) {
                Object *v = int_from_i64(r->next);
                if (v == NULL) {
                    goto error;
                }
                r->next = (int64_t)((uint64_t)r->next + (uint64_t)r->step);
                r->len--;
                PUSH(v);
                DISPATCH();
            }
        }
        Object *next = TYPE(it)->iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(&StopIterationType)) {
                goto error;
            }
            err_clear();
        }
        (void)POP();
        DECREF(it);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        SAVE_FRAME();
        goto exit_frame;
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_FRAME();
        frame->suspended = 1;
        vm->frame = frame->prev;
        rt->recursion_depth--;
        vm->c_depth--;
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        if (!gen_check(v)) {
            Object *it = obj_get_iter(v);
            DECREF(v);
            SET_TOP(it);
            if (it == NULL) {
                goto error;
            }
        }
        DISPATCH();
    }

    TARGET(SEND) {
        Object *value = TOP();
        Object *sub = SECOND();
        Object *out = NULL;
        GenResult gr;
        if (gen_check(sub) && ((GenObject *)sub)->frame == NULL) {
            // Finished while a throw() was delegated to it: `value` is its result.
            out = NEWREF(value);
            gr = GEN_RETURNED;
        } else if (gen_check(sub)) {
            SAVE_FRAME();
            gr = gen_send_ex(sub, value, NULL, &out);
        } else if (value == None) {
            out = obj_iter_next(sub);
            gr = out != NULL ? GEN_YIELDED : err_occurred() ? GEN_ERROR : GEN_RETURNED;
            if (gr == GEN_RETURNED) {
                out = NEWREF(None);
            }
        } else {
            out = obj_call_method(sub, "send", &value, 1);
            gr = GEN_YIELDED;
            if (out == NULL) {
                gr = GEN_ERROR;
                if (err_matches(&StopIterationType)) {
                    Object *e = err_fetch();
                    Object *args = ((ExceptionObject *)e)->args;
                    out = NEWREF(args != NULL && tuple_size(args) > 0
                                     ? tuple_item_borrow(args, 0) : None);
                    DECREF(e);
                    gr = GEN_RETURNED;
                }
            }
        }
        if (gr == GEN_ERROR) {
            goto error;
        }
        DECREF(value);
        if (gr == GEN_YIELDED) {
            SET_TOP(out);
            DISPATCH();
        }
        (void)POP();
        DECREF(sub);
        SET_TOP(out);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(CALL_KW) {
        kwnames = POP();
        goto call;
    }

    TARGET(CALL) {
        // `oparg` values (keyword values last, named by `kwnames` when CALL_KW came
        // here) above the callable, and the method slot below it.
        kwnames = NULL;
    call:;
        size_t nargs = oparg - (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
        Object **base = sp - oparg - 2;
        Object **args = sp - oparg;
        Object *callable = base[1];
        if (base[0] != NULL) {
            callable = base[0];
            args--;
            nargs++;
        } else if (TYPE(callable) == &MethodType) {
            // A bound method: call its function with `self` in the empty method slot.
            MethodObject *m = (MethodObject *)callable;
            base[0] = NEWREF(m->func);
            base[1] = NEWREF(m->self);
            DECREF(callable);
            callable = base[0];
            args--;
            nargs++;
        }
        if (TYPE(callable) == &FunctionType &&
            !(((CodeObject *)((FunctionObject *)callable)->code)->flags & CO_GENERATOR)) {
            Frame *nf = make_frame((FunctionObject *)callable, args, nargs, kwnames);
            XDECREF(kwnames);
            // The arguments moved into the callee, which holds the function too: drop
            // what is left below them (the function, or NULL and the function).
            for (Object **p = base; p < args; p++) {
                XDECREF(*p);
            }
            sp = base;
            if (nf == NULL) {
                goto error;
            }
            SAVE_FRAME();
            if (enter_check(nf) < 0) {
                goto error;
            }
            nf->prev = frame;
            frame = nf;
            vm->frame = frame;
            LOAD_FRAME();
            DISPATCH();
        }
        Object *res = obj_call(callable, args, nargs, kwnames);
        XDECREF(kwnames);
        while (sp > base) {
            Object *v = POP();
            XDECREF(v);
        }
        PUSH(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = (oparg & 1) ? POP() : NULL;
        Object *args = POP();
        Object *callable = POP();
        Object *null = POP();
        Object *res = NULL;
        if (!tuple_check(args)) {
            Object *t = obj_to_tuple(args);
            if (t == NULL) {
                if (err_matches(&TypeErrorType) && TYPE(args)->iter == NULL) {
                    err_clear();
                    Object *desc = callable_desc(callable);
                    if (desc != NULL) {
                        err_format(&TypeErrorType, "%U argument after * must be an iterable, "
                                   "not %s", desc, type_name(args));
                        DECREF(desc);
                    }
                }
                goto call_ex_done;
            }
            SETREF(args, t);
        }
        SAVE_FRAME();
        res = call_ex(callable, args, kwargs);
    call_ex_done:
        XDECREF(kwargs);
        DECREF(args);
        DECREF(callable);
        XDECREF(null);
        PUSH(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Object *code = POP();
        Object *closure = (oparg & 8) ? POP() : NULL;
        Object *kwdefaults = (oparg & 2) ? POP() : NULL;
        Object *defaults = (oparg & 1) ? POP() : NULL;
        FunctionObject *fn = (FunctionObject *)func_new(code, frame->globals);
        DECREF(code);
        if (fn == NULL) {
            XDECREF(closure);
            XDECREF(kwdefaults);
            XDECREF(defaults);
            PUSH(NULL);
            goto error;
        }
        fn->closure = closure;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        PUSH(OB(fn));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        Object *t = tuple_new((ssize_t)oparg);
        if (t == NULL) {
            goto error;
        }
        sp -= oparg;
        memcpy(tuple_items(t), sp, oparg * sizeof(Object *));
        PUSH(tuple_done(t));
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        Object *l = list_new((ssize_t)oparg);
        if (l == NULL) {
            goto error;
        }
        sp -= oparg;
        for (unsigned i = 0; i < oparg; i++) {
            list_set_steal(l, (ssize_t)i, sp[i]);
        }
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        Object *s = set_new(NULL, false);
        int r = s != NULL ? 0 : -1;
        for (unsigned i = oparg; i > 0; i--) {
            if (r == 0 && set_add(s, PEEK(i)) < 0) {
                r = -1;
            }
        }
        for (unsigned i = 0; i < oparg; i++) {
            Object *v = POP();
            DECREF(v);
        }
        if (r < 0) {
            XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        Object *d = dict_new();
        int r = d != NULL ? 0 : -1;
        for (unsigned i = oparg; i > 0; i--) {
            if (r == 0 && dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) {
                r = -1;
            }
        }
        for (unsigned i = 0; i < 2 * oparg; i++) {
            Object *v = POP();
            DECREF(v);
        }
        if (r < 0) {
            XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Object *s = build_string(sp - oparg, (int)oparg);
        for (unsigned i = 0; i < oparg; i++) {
            Object *v = POP();
            DECREF(v);
        }
        PUSH(s);
        if (s == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Object *v = POP();
        int r = list_append(PEEK(oparg), v);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Object *v = POP();
        int r = set_add(PEEK(oparg), v);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *v = POP();
        Object *k = POP();
        int r = dict_set(PEEK(oparg), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *v = POP();
        int r = list_extend(PEEK(oparg), v);
        if (r < 0 && err_matches(&TypeErrorType) && TYPE(v)->iter == NULL) {
            err_clear();
            err_format(&TypeErrorType, "Value after * must be an iterable, not %s",
                       type_name(v));
        }
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *v = POP();
        Object *it = obj_get_iter(v);
        int r = it != NULL ? 0 : -1;
        Object *item;
        while (r == 0 && (item = obj_iter_next(it)) != NULL) {
            r = set_add(PEEK(oparg), item);
            DECREF(item);
        }
        if (r == 0 && err_occurred()) {
            r = -1;
        }
        XDECREF(it);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Object *v = POP();
        int r;
        if (!dict_check(v)) {
            err_format(&TypeErrorType, "'%s' object is not a mapping", type_name(v));
            r = -1;
        } else {
            r = dict_update(PEEK(oparg), v);
        }
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Object *v = POP();
        // The function being called sits below the dict being built: for messages.
        Object *func = PEEK(oparg + 2);
        int r = dict_merge_checked(PEEK(oparg), v, func != NULL ? func : None);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        Object *t = list_as_tuple(l);
        DECREF(l);
        SET_TOP(t);
        if (t == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Object *seq = POP();
        int r = unpack(seq, (int)oparg, false, 0, &sp);
        DECREF(seq);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Object *seq = POP();
        int r = unpack(seq, (int)(oparg & 0xff), true, (int)(oparg >> 8), &sp);
        DECREF(seq);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Object *spec = (oparg & 4) ? POP() : NULL;
        Object *v = TOP();
        Object *r = format_value(v, (int)oparg, spec);
        XDECREF(spec);
        DECREF(v);
        SET_TOP(r);
        if (r == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            if (rt->handled == NULL) {
                err_set_str(&RuntimeErrorType, "No active exception to reraise");
                goto error;
            }
            // A bare `raise` re-raises as is: no new traceback entry for this frame.
            err_restore(NEWREF(rt->handled));
            goto exception_unwind;
        }
        Object *cause = oparg == 2 ? POP() : NULL;
        Object *exc = POP();
        do_raise(exc, cause);
        DECREF(exc);
        XDECREF(cause);
        goto error;
    }

    TARGET(RERAISE) {
        Object *exc = POP();
        err_restore(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        Object *exc = TOP();
        Object *prev = rt->handled != NULL ? rt->handled : NEWREF(None);
        rt->handled = NEWREF(exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Object *prev = POP();
        Object *old = rt->handled;
        if (prev == None) {
            DECREF(prev);
            prev = NULL;
        }
        rt->handled = prev;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Object *cls = POP();
        int r = exc_matches(TOP(), cls);
        DECREF(cls);
        if (r < 0) {
            PUSH(NULL);
            goto error;
        }
        PUSH(NEWREF(r ? True : False));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF(&AssertionErrorType));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Object *mgr = TOP();
        Object *enter = obj_getattr_str(mgr, "__enter__");
        Object *exit = enter != NULL ? obj_getattr_str(mgr, "__exit__") : NULL;
        if (exit == NULL) {
            if (err_matches(&AttributeErrorType)) {
                err_clear();
                err_format(&TypeErrorType, "'%s' object does not support the context manager "
                           "protocol%s", type_name(mgr),
                           enter != NULL ? " (missed __exit__ method)" : "");
            }
            XDECREF(enter);
            goto error;
        }
        DECREF(mgr);
        SET_TOP(exit);
        SAVE_FRAME();
        Object *res = obj_call0(enter);
        DECREF(enter);
        PUSH(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Object *exc = TOP();
        Object *exit = PEEK(3);
        ExceptionObject *e = (ExceptionObject *)exc;
        Object *args[3] = {OB(TYPE(exc)), exc, e->traceback != NULL ? e->traceback : None};
        SAVE_FRAME();
        Object *res = obj_call(exit, args, 3, NULL);
        PUSH(res);
        if (res == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP();
        Object *level = TOP();
        Object *m = import_module(NAME(oparg));
        DECREF(fromlist);
        DECREF(level);
        SET_TOP(m);
        if (m == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Object *m = TOP();
        Object *v = NULL;
        int r = obj_lookup_attr(m, NAME(oparg), &v);
        if (r == 0) {
            Object *mname = TYPE(m) == &ModuleType ? ((ModuleObject *)m)->name : None;
            err_format(&ImportErrorType, "cannot import name '%U' from '%S' (unknown location)",
                       NAME(oparg), mname);
        }
        PUSH(v);
        if (v == NULL) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        int r = print_expr(v);
        DECREF(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = dict_get_cstr_borrow(vm->builtins_dict, "__build_class__");
        if (bc == NULL) {
            err_set_str(&NameErrorType, "__build_class__ not found");
            goto error;
        }
        PUSH(NEWREF(bc));
        DISPATCH();
    }

#if !USE_COMPUTED_GOTO
    default:
        err_format(&SystemErrorType, "unknown opcode %u", word & 0xff);
        goto error;
    }
#endif

error:
    traceback_add(frame, (int)(ip - co->code) - 1);
exception_unwind:
    for (;;) {
        const ExcEntry *h = find_handler(co, (int)(ip - co->code) - 1);
        if (h != NULL) {
            Object **base = locals + co->nlocalsplus + h->depth;
            while (sp > base) {
                Object *v = POP();
                XDECREF(v);
            }
            PUSH(err_fetch());
            JUMPTO(h->target);
            DISPATCH();
        }
        // No handler here: leave the frame, and let its caller handle it.
        SAVE_FRAME();
        retval = NULL;
        goto exit_frame;
    exit_unwound:
        traceback_add(frame, (int)(ip - co->code) - 1);
    }

exit_frame: {
        // Release `frame`, then return `retval` (NULL: an exception) to its caller.
        Frame *caller = frame->prev;
        int entry = frame->is_entry;
        if (retval == NULL && !frame->in_generator) {
            keep_locals_in_traceback(frame);
        }
        frame_clear(frame);
        if (frame->in_generator) {
            frame->suspended = 0;
        } else {
            frame_pop(frame);
        }
        rt->recursion_depth--;
        vm->frame = caller;
        if (entry || caller == NULL) {
            vm->c_depth--;
            return retval;
        }
        frame = caller;
        LOAD_FRAME();
        if (retval == NULL) {
            goto exit_unwound;
        }
        PUSH(retval);
        DISPATCH();
    }
}

#undef TARGET
#undef DISPATCH
#undef DISPATCH_OP
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef SET_TOP
#undef CONST
#undef NAME
#undef JUMPTO
#undef LOAD_FRAME
#undef SAVE_FRAME

// ---- generators ---------------------------------------------------------------------------

GenResult gen_send_ex(Object *g, Object *value, Object *exc, Object **out) {
    GenObject *gen = (GenObject *)g;
    *out = NULL;
    if (gen->running) {
        XDECREF(exc);
        err_set_str(&ValueErrorType, "generator already executing");
        return GEN_ERROR;
    }
    Frame *f = gen->frame;
    if (f == NULL) {
        if (exc != NULL) {
            err_restore(exc);
            return GEN_ERROR;
        }
        *out = NEWREF(None);
        return GEN_RETURNED;
    }
    if (!gen->started && exc == NULL && value != None) {
        err_set_str(&TypeErrorType, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    *f->sp++ = NEWREF(value);
    if (exc != NULL) {
        err_set_exc(exc);
        if (!gen->started) {
            // Thrown in before the first instruction: nothing in the body can catch it.
            f->ip = f->code->code;
        }
    }
    gen->started = 1;
    gen->running = 1;
    // The exception being handled inside the generator is its own while it runs; when
    // it handles none, the caller's shows through (sys.exc_info(), __context__).
    Object *outer = rt->handled;
    if (gen->exc_state != NULL) {
        rt->handled = gen->exc_state;
        gen->exc_state = NULL;
    } else {
        XINCREF(outer);
    }
    f->is_entry = 1;
    Object *r = eval(f, exc != NULL);
    gen->running = 0;
    if (f->suspended) {
        if (rt->handled == outer) {
            XDECREF(rt->handled);
        } else {
            gen->exc_state = rt->handled;
        }
        rt->handled = outer;
        *out = r;
        return GEN_YIELDED;
    }
    XDECREF(rt->handled);
    rt->handled = outer;
    heap_free(f);
    gen->frame = NULL;
    if (r == NULL) {
        if (err_matches(&StopIterationType)) {
            // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
            Object *e = err_fetch();
            err_set_str(&RuntimeErrorType, "generator raised StopIteration");
            ExceptionObject *ne = (ExceptionObject *)rt->exc;
            if (ne != NULL) {
                SETREF(ne->cause, NEWREF(e));
                SETREF(ne->context, e);
                ne->suppress_context = true;
            } else {
                DECREF(e);
            }
        }
        return GEN_ERROR;
    }
    *out = r;
    return GEN_RETURNED;
}

void gen_frame_free(Frame *f) {
    f->sp = f->sp != NULL ? f->sp : f->slots + f->code->nlocalsplus;
    frame_clear(f);
    heap_free(f);
}

Object *gen_yield_from_borrow(Frame *f) {
    if (f == NULL || !f->suspended) {
        return NULL;
    }
    uint16_t *ip = f->ip;
    // Suspended at YIELD_VALUE that follows SEND: the sub-iterator is below the top.
    if (ip - 2 >= f->code->code && (ip[-1] & 0xff) == OP_YIELD_VALUE &&
        (ip[-2] & 0xff) == OP_SEND) {
        return f->sp[-1];
    }
    return NULL;
}

// ---- entry points ---------------------------------------------------------------------

static void print_one(Object *exc);

int vm_init(void) {
    heap_init(&interp.heap);
    gc_init(&interp.gc);
    if (runtime_init(&interp.rt) < 0) {
        return -1;
    }
    rt->print_exception = print_one;
    rt->current_globals = vm_globals_borrow;
    if (type_ready(&FunctionType) < 0 || type_ready(&GeneratorType) < 0 ||
        type_ready(&CodeType) < 0 || type_ready(&SuperType) < 0) {
        return -1;
    }
    vm->modules = dict_new();
    return vm->modules != NULL ? 0 : -1;
}

void vm_fini(void) {
    // From here on the builtins go away: objects that die now get no __del__ call.
    rt->finalizing = true;
    // Modules hold functions that hold their module's dict: empty the dicts first.
    ssize_t pos = 0;
    Object *m;
    while (vm->modules != NULL && dict_next(vm->modules, &pos, NULL, &m)) {
        if (TYPE(m) == &ModuleType && module_dict_borrow(m) != NULL) {
            dict_clear(module_dict_borrow(m));
        }
    }
    if (vm->builtins_dict != NULL) {
        dict_clear(vm->builtins_dict);
    }
    CLEAR(rt->handled);
    CLEAR(rt->exc);
    CLEAR(vm->modules);
    CLEAR(vm->builtins);
    vm->builtins_dict = NULL;
    type_fini(&FunctionType);
    type_fini(&GeneratorType);
    type_fini(&CodeType);
    type_fini(&SuperType);
    // Whatever is left is garbage in reference cycles: break them all.
    gc_clear_all();
    runtime_fini();
    while (vm->chunk != NULL) {
        StackChunk *c = vm->chunk;
        vm->chunk = c->prev;
        heap_free(c);
    }
    if (vm->spare != NULL) {
        heap_free(vm->spare);
        vm->spare = NULL;
    }
    gc_fini(&interp.gc);
    heap_fini(&interp.heap);
}

void vm_set_builtins(Object *module) {
    SETREF(vm->builtins, NEWREF(module));
    vm->builtins_dict = module_dict_borrow(module);
}

Object *vm_builtins_module_borrow(void) {
    return vm->builtins;
}

Object *vm_builtins_borrow(void) {
    return vm->builtins_dict;
}

int vm_register_module(const char *name, ModuleInit init) {
    if (vm->nregistry == VM_MAX_MODULES) {
        return -1;
    }
    vm->registry[vm->nregistry].name = name;
    vm->registry[vm->nregistry].init = init;
    vm->nregistry++;
    return 0;
}

Object *vm_modules_borrow(void) {
    return vm->modules;
}

Object *vm_run_module(Object *code, Object *globals) {
    Frame *f = frame_push((CodeObject *)code);
    if (f == NULL) {
        return NULL;
    }
    INCREF(code);
    f->globals = globals;
    f->locals = NEWREF(globals);
    f->is_entry = 1;
    return eval(f, 0);
}

Object *vm_build_class(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs < 2) {
        err_set_str(&TypeErrorType, "__build_class__: not enough arguments");
        return NULL;
    }
    if (!func_check(args[0])) {
        err_set_str(&TypeErrorType, "__build_class__: func must be a function");
        return NULL;
    }
    if (!str_check(args[1])) {
        err_set_str(&TypeErrorType, "__build_class__: name is not a string");
        return NULL;
    }
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *k = tuple_item_borrow(kwnames, i), *v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "metaclass") && v == OB(&TypeType)) {
            continue;
        }
        if (str_eq_cstr(k, "metaclass")) {
            err_set_str(&TypeErrorType, "metaclasses other than type are not supported");
        } else {
            err_format(&TypeErrorType, "%U.__init_subclass__() takes no keyword arguments",
                       args[1]);
        }
        return NULL;
    }
    Object *bases = tuple_from_array(args + 2, (ssize_t)nargs - 2);
    Object *ns = dict_new();
    Object *cell = NULL, *cls = NULL;
    if (bases == NULL || ns == NULL) {
        goto done;
    }
    // The body runs with the namespace as its locals; it returns the __class__ cell of
    // its methods, or None.
    Frame *f = make_frame((FunctionObject *)args[0], NULL, 0, NULL);
    if (f == NULL) {
        goto done;
    }
    f->locals = NEWREF(ns);
    f->is_entry = 1;
    cell = eval(f, 0);
    if (cell == NULL) {
        goto done;
    }
    // class_new fills the __class__ cell the body left in the namespace.
    cls = class_new(args[1], bases, ns);
done:
    XDECREF(cell);
    XDECREF(ns);
    XDECREF(bases);
    return cls;
}

int vm_super_args(TypeObject **type, Object **obj) {
    Frame *f = vm->frame;
    if (f == NULL || f->func == NULL) {
        err_set_str(&RuntimeErrorType, "super(): no arguments");
        return -1;
    }
    CodeObject *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_set_str(&RuntimeErrorType, "super(): no arguments");
        return -1;
    }
    Object *first = f->slots[0];
    if (first != NULL && (co->slotkinds[0] & SLOT_CELL)) {
        first = ((CellObject *)first)->value;
    }
    if (first == NULL) {
        err_set_str(&RuntimeErrorType, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++) {
        if (str_eq_cstr(tuple_item_borrow(co->localnames, i), "__class__")) {
            Object *cls = ((CellObject *)f->slots[i])->value;
            if (cls == NULL) {
                err_set_str(&RuntimeErrorType, "super(): empty __class__ cell");
                return -1;
            }
            if (!(TYPE(cls)->flags & TP_TYPE_SUB)) {
                err_format(&RuntimeErrorType, "super(): __class__ is not a type (%s)",
                           type_name(cls));
                return -1;
            }
            *type = (TypeObject *)cls;
            *obj = first;
            return 0;
        }
    }
    err_set_str(&RuntimeErrorType, "super(): __class__ cell not found");
    return -1;
}

Object *vm_globals_borrow(void) {
    return vm->frame != NULL ? vm->frame->globals : NULL;
}

Object *vm_locals(void) {
    if (vm->frame == NULL) {
        return dict_new();
    }
    return locals_dict(vm->frame);
}

void vm_interrupt(void) {
    vm->interrupted = 1;
}

int vm_interrupt_clear(void) {
    int pending = vm->interrupted;
    vm->interrupted = 0;
    return pending;
}

// ---- printing uncaught exceptions -----------------------------------------------------

// Print line `line` of file `path`, stripped, indented by four spaces.
static void print_source_line(Object *path, int line) {
    FILE *fp = fopen(str_data(path), "r");
    if (fp == NULL) {
        return;
    }
    char buf[4096];
    int n = 0;
    while (fgets(buf, sizeof buf, fp) != NULL) {
        size_t len = strlen(buf);
        bool whole = len > 0 && buf[len - 1] == '\n';
        if (++n == line) {
            char *p = buf;
            while (*p == ' ' || *p == '\t' || *p == '\f') {
                p++;
            }
            size_t l = strlen(p);
            while (l > 0 && (p[l - 1] == '\n' || p[l - 1] == '\r' || p[l - 1] == ' ' ||
                             p[l - 1] == '\t')) {
                l--;
            }
            if (l > 0) {
                fprintf(stderr, "    %.*s\n", (int)l, p);
            }
            break;
        }
        // A line longer than the buffer continues: do not count its pieces as lines.
        while (!whole && fgets(buf, sizeof buf, fp) != NULL) {
            len = strlen(buf);
            whole = len > 0 && buf[len - 1] == '\n';
        }
    }
    fclose(fp);
}

static void print_traceback(Object *tbo) {
    fputs("Traceback (most recent call last):\n", stderr);
    Object *last_file = NULL, *last_name = NULL;
    int last_line = -1, repeats = 0;
    for (TracebackObject *tb = (TracebackObject *)tbo; tb != NULL;
         tb = (TracebackObject *)tb->next) {
        CodeObject *code = (CodeObject *)tb->code;
        if (last_file != NULL && code->filename == last_file && tb->line == last_line &&
            code->name == last_name) {
            repeats++;
            if (repeats >= 3) {
                continue;
            }
        } else {
            if (repeats >= 3) {
                int more = repeats - 2;
                fprintf(stderr, "  [Previous line repeated %d more time%s]\n", more,
                        more == 1 ? "" : "s");
            }
            repeats = 0;
        }
        last_file = code->filename;
        last_name = code->name;
        last_line = tb->line;
        fprintf(stderr, "  File \"%s\", line %d, in %s\n", str_data(code->filename), tb->line,
                str_data(code->name));
        print_source_line(code->filename, tb->line);
    }
    if (repeats >= 3) {
        int more = repeats - 2;
        fprintf(stderr, "  [Previous line repeated %d more time%s]\n", more,
                more == 1 ? "" : "s");
    }
}

static void print_one(Object *exc) {
    ExceptionObject *e = (ExceptionObject *)exc;
    if (e->traceback != NULL) {
        print_traceback(e->traceback);
    }
    Object *s = obj_str(exc);
    if (s == NULL) {
        err_clear();
    }
    // A class's name is its qualified name, after its module unless that is __main__.
    Object *qual = type_qualified_name(TYPE(exc), true);
    const char *name = qual != NULL ? str_data(qual) : type_name(exc);
    if (s == NULL) {
        fprintf(stderr, "%s: <exception str() failed>\n", name);
    } else if (str_size(s) == 0) {
        fprintf(stderr, "%s\n", name);
    } else {
        fprintf(stderr, "%s: %s\n", name, str_data(s));
    }
    if (qual == NULL) {
        err_clear();
    }
    XDECREF(qual);
    XDECREF(s);
}

// Print `exc` after whatever it was chained to; `seen` stops cycles.
static void print_chain(Object *exc, Object **seen, int nseen) {
    ExceptionObject *e = (ExceptionObject *)exc;
    if (nseen < 64) {
        seen[nseen++] = exc;
        Object *link = NULL;
        const char *msg = NULL;
        if (e->cause != NULL) {
            link = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context != NULL && !e->suppress_context) {
            link = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        for (int i = 0; link != NULL && i < nseen; i++) {
            if (seen[i] == link) {
                link = NULL;
            }
        }
        if (link != NULL) {
            print_chain(link, seen, nseen);
            fputs(msg, stderr);
        }
    }
    print_one(exc);
}

void vm_print_exception(Object *exc) {
    Object *seen[64];
    fflush(stdout);
    print_chain(exc, seen, 0);
    fflush(stderr);
}
