// vm/function.c — the function and generator types: what `def` and `lambda` make,
// and what calling a generator function returns. Running them is vm.c's business.
#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/function.h"

// ---- functions ------------------------------------------------------------------------

Object *func_new(Object *code, Object *globals) {
    FunctionObject *fn = (FunctionObject *)obj_alloc(&FunctionType, 0);
    if (fn == NULL) {
        return NULL;
    }
    CodeObject *co = (CodeObject *)code;
    fn->code = NEWREF(code);
    fn->globals = NEWREF(globals);
    fn->name = NEWREF(co->name);
    fn->qualname = NEWREF(co->qualname);
    Object *module = dict_get_cstr_borrow(globals, "__name__");
    fn->module = module != NULL ? NEWREF(module) : NULL;
    // The compiler puts a function's docstring (or None) first among its constants.
    if (tuple_size(co->consts) > 0 && str_check(tuple_item_borrow(co->consts, 0))) {
        fn->doc = NEWREF(tuple_item_borrow(co->consts, 0));
    }
    gc_track(OB(fn));
    return OB(fn);
}

static void func_dealloc(Object *o) {
    FunctionObject *fn = (FunctionObject *)o;
    gc_untrack(o);
    XDECREF(fn->code);
    XDECREF(fn->globals);
    XDECREF(fn->name);
    XDECREF(fn->qualname);
    XDECREF(fn->defaults);
    XDECREF(fn->kwdefaults);
    XDECREF(fn->closure);
    XDECREF(fn->module);
    XDECREF(fn->doc);
    XDECREF(fn->dict);
    obj_free(o);
}

static int func_traverse(Object *o, visitproc visit, void *arg) {
    FunctionObject *fn = (FunctionObject *)o;
    // CPython's order (gc.get_referents shows it).
    Object *fields[] = {fn->code, fn->globals, fn->module, fn->defaults, fn->kwdefaults,
                        fn->doc, fn->name, fn->closure, fn->qualname, fn->dict};
    return obj_visit_all(fields, sizeof fields / sizeof fields[0], visit, arg);
}

static int func_clear(Object *o) {
    FunctionObject *fn = (FunctionObject *)o;
    CLEAR(fn->globals);
    CLEAR(fn->defaults);
    CLEAR(fn->kwdefaults);
    CLEAR(fn->closure);
    CLEAR(fn->module);
    CLEAR(fn->doc);
    CLEAR(fn->dict);
    return 0;
}

static Object *func_repr(Object *o) {
    FunctionObject *fn = (FunctionObject *)o;
    return str_from_format("<function %s at %p>", str_data(fn->qualname), (void *)o);
}

static Object *or_none(Object *v) {
    return NEWREF(v != NULL ? v : None);
}

static Object *func_get_name(Object *o) {
    return NEWREF(((FunctionObject *)o)->name);
}
static int func_set_name(Object *o, Object *v) {
    if (v == NULL || !str_check(v)) {
        err_set_str(&TypeErrorType, "__name__ must be set to a string object");
        return -1;
    }
    SETREF(((FunctionObject *)o)->name, NEWREF(v));
    return 0;
}
static Object *func_get_qualname(Object *o) {
    return NEWREF(((FunctionObject *)o)->qualname);
}
static int func_set_qualname(Object *o, Object *v) {
    if (v == NULL || !str_check(v)) {
        err_set_str(&TypeErrorType, "__qualname__ must be set to a string object");
        return -1;
    }
    SETREF(((FunctionObject *)o)->qualname, NEWREF(v));
    return 0;
}
static Object *func_get_defaults(Object *o) {
    return or_none(((FunctionObject *)o)->defaults);
}
static Object *func_get_kwdefaults(Object *o) {
    return or_none(((FunctionObject *)o)->kwdefaults);
}
static Object *func_get_code(Object *o) {
    return NEWREF(((FunctionObject *)o)->code);
}
static Object *func_get_globals(Object *o) {
    return NEWREF(((FunctionObject *)o)->globals);
}
static Object *func_get_closure(Object *o) {
    return or_none(((FunctionObject *)o)->closure);
}
static Object *func_get_module(Object *o) {
    return or_none(((FunctionObject *)o)->module);
}
static Object *func_get_doc(Object *o) {
    return or_none(((FunctionObject *)o)->doc);
}
static int func_set_doc(Object *o, Object *v) {
    SETREF(((FunctionObject *)o)->doc, v != NULL && v != None ? NEWREF(v) : NULL);
    return 0;
}

static Object *func_get_dict(Object *o) {
    Object *d = obj_dict_borrow(o);
    return d != NULL ? NEWREF(d) : NULL;
}
static int func_set_dict(Object *o, Object *v) {
    if (v == NULL || !dict_check(v)) {
        err_set_str(&TypeErrorType, "__dict__ must be set to a dictionary");
        return -1;
    }
    SETREF(((FunctionObject *)o)->dict, NEWREF(v));
    return 0;
}

static const GetSetDef func_getset[] = {
    {"__dict__", func_get_dict, func_set_dict},
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__defaults__", func_get_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, NULL},
    {"__code__", func_get_code, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__closure__", func_get_closure, NULL},
    {"__module__", func_get_module, NULL},
    {"__doc__", func_get_doc, func_set_doc},
    {NULL, NULL, NULL},
};

// The getset attributes, then any other in the function's __dict__.
static int func_setattr(Object *o, Object *name, Object *v) {
    for (const GetSetDef *g = func_getset; g->name != NULL; g++) {
        if (str_eq_cstr(name, g->name)) {
            if (g->set == NULL) {
                err_format(&AttributeErrorType, "readonly attribute");
                return -1;
            }
            return g->set(o, v);
        }
    }
    return obj_generic_setattr(o, name, v);
}

// `obj.f` for a function `f` found on obj's class: a method bound to `obj`.
static Object *func_descr_get(Object *descr, Object *obj, Object *type) {
    if (obj == NULL) {
        return NEWREF(descr);
    }
    return method_new(descr, obj);
}

TypeObject FunctionType = {
    .ob = TYPE_HEAD,
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = TP_GC | TP_METHOD_DESCR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .call = vm_call_function_slot,
    .setattr = func_setattr,
    .traverse = func_traverse,
    .clear = func_clear,
    .descr_get = func_descr_get,
    .getset = func_getset,
    .dictoffset = offsetof(FunctionObject, dict),
};

// ---- generators -----------------------------------------------------------------------

Object *gen_new(Frame *frame, FunctionObject *func) {
    GenObject *g = (GenObject *)obj_alloc(&GeneratorType, 0);
    if (g == NULL) {
        gen_frame_free(frame);
        return NULL;
    }
    g->frame = frame;
    g->name = NEWREF(func->name);
    g->qualname = NEWREF(func->qualname);
    gc_track(OB(g));
    return OB(g);
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kwnames);

// The `finalize` slot: close a suspended generator, running its `finally` blocks (PEP
// 342), once in its life, whether its dealloc or the cycle collector calls it.
static void gen_finalize(Object *o) {
    GenObject *g = (GenObject *)o;
    if (g->frame == NULL || !g->started) {
        return;
    }
    Object *saved = err_fetch();
    Object *r = gen_close(o, NULL, 0, NULL);
    if (r == NULL) {
        err_write_unraisable(o);
    }
    XDECREF(r);
    if (saved != NULL) {
        err_restore(saved);
    }
}

static void gen_dealloc(Object *o) {
    GenObject *g = (GenObject *)o;
    gc_untrack(o);
    if (gc_finalize_from_dealloc(o) < 0) {
        return;     // resurrected by its `finally` block
    }
    if (g->frame != NULL) {
        gen_frame_free(g->frame);
        g->frame = NULL;
    }
    XDECREF(g->name);
    XDECREF(g->qualname);
    XDECREF(g->exc_state);
    obj_free(o);
}

static int gen_traverse(Object *o, visitproc visit, void *arg) {
    GenObject *g = (GenObject *)o;
    Frame *f = g->frame;
    if (f != NULL) {
        // While it runs, the value stack is the eval loop's and `f->sp` is stale: visit
        // the locals only (an unvisited reference just counts as one from outside).
        Object **end = f->sp != NULL && !g->running ? f->sp : f->slots + f->code->nlocalsplus;
        for (Object **p = f->slots; p < end; p++) {
            if (*p != NULL) {
                int r = visit(*p, arg);
                if (r != 0) {
                    return r;
                }
            }
        }
        if (f->func != NULL) {
            int r = visit(f->func, arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return g->exc_state != NULL ? visit(g->exc_state, arg) : 0;
}

static Object *gen_repr(Object *o) {
    GenObject *g = (GenObject *)o;
    return str_from_format("<generator object %s at %p>", str_data(g->qualname), (void *)o);
}

// The next value; at the end NULL, with StopIteration(value) set when the generator
// returned something other than None (what `next()` shows), else with nothing set.
static Object *gen_iternext(Object *o) {
    Object *out;
    GenResult r = gen_send_ex(o, None, NULL, &out);
    if (r == GEN_RETURNED) {
        if (out != None) {
            err_set_object(&StopIterationType, out);
        }
        DECREF(out);
        return NULL;
    }
    return out;
}

// Turn a generator's return value into the StopIteration that send() raises.
static Object *finish(GenResult r, Object *out) {
    if (r != GEN_RETURNED) {
        return out;
    }
    if (out == None) {
        err_set_object(&StopIterationType, NULL);
    } else {
        err_set_object(&StopIterationType, out);
    }
    DECREF(out);
    return NULL;
}

static Object *gen_send(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("send", kwnames) < 0 || args_count("send", nargs, 1, 1) < 0) {
        return NULL;
    }
    Object *out;
    GenResult r = gen_send_ex(self, args[0], NULL, &out);
    return finish(r, out);
}

// Throw `exc` into `self`, handing it to a sub-generator first when `self` delegates
// with `yield from`. Ref: steals `exc`.
static Object *throw_into(Object *self, Object *exc) {
    GenObject *g = (GenObject *)self;
    Object *sub = gen_yield_from_borrow(g->frame);
    Object *out;
    if (sub != NULL && gen_check(sub) && !type_is_subtype(TYPE(exc), &GeneratorExitType)) {
        INCREF(sub);
        g->running = 1;
        GenResult r = gen_send_ex(sub, None, exc, &out);
        g->running = 0;
        DECREF(sub);
        if (r == GEN_YIELDED) {
            return out;
        }
        if (r == GEN_ERROR) {
            exc = err_fetch();
            GenResult r2 = gen_send_ex(self, None, exc, &out);
            return finish(r2, out);
        }
        // The sub-generator returned `out`: resume this one, whose SEND sees the
        // finished sub-generator and takes the value sent as the `yield from` result.
        Object *value = out;
        GenResult r2 = gen_send_ex(self, value, NULL, &out);
        DECREF(value);
        return finish(r2, out);
    }
    if (sub != NULL && gen_check(sub)) {
        Object *r = gen_close(sub, NULL, 0, NULL);
        if (r == NULL) {
            DECREF(exc);
            exc = err_fetch();
        } else {
            DECREF(r);
        }
    }
    GenResult r = gen_send_ex(self, None, exc, &out);
    return finish(r, out);
}

static Object *gen_throw(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("throw", kwnames) < 0 || args_count("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    Object *typ = args[0];
    Object *exc;
    if (exc_type_check(typ)) {
        if (nargs >= 2 && args[1] != None) {
            exc = exc_check(args[1]) ? NEWREF(args[1]) : obj_call1(typ, args[1]);
        } else {
            exc = obj_call0(typ);
        }
        if (exc == NULL) {
            return NULL;
        }
    } else if (exc_check(typ)) {
        if (nargs >= 2 && args[1] != None) {
            err_set_str(&TypeErrorType, "instance exception may not have a separate value");
            return NULL;
        }
        exc = NEWREF(typ);
    } else {
        err_format(&TypeErrorType, "exceptions must be classes or instances deriving from "
                   "BaseException, not %s", type_name(typ));
        return NULL;
    }
    return throw_into(self, exc);
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    GenObject *g = (GenObject *)self;
    if (g->frame == NULL) {
        RETURN_NONE;
    }
    if (!g->started) {
        gen_frame_free(g->frame);
        g->frame = NULL;
        RETURN_NONE;
    }
    Object *exc = exc_new(&GeneratorExitType, rt->empty_tuple);
    if (exc == NULL) {
        return NULL;
    }
    Object *r = throw_into(self, exc);
    if (r != NULL) {
        DECREF(r);
        err_set_str(&RuntimeErrorType, "generator ignored GeneratorExit");
        return NULL;
    }
    if (err_matches(&GeneratorExitType) || err_matches(&StopIterationType)) {
        err_clear();
        RETURN_NONE;
    }
    return NULL;
}

static Object *gen_get_name(Object *o) {
    return NEWREF(((GenObject *)o)->name);
}
static Object *gen_get_qualname(Object *o) {
    return NEWREF(((GenObject *)o)->qualname);
}
static Object *gen_get_running(Object *o) {
    return bool_from(((GenObject *)o)->running);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {NULL, NULL, 0},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

TypeObject GeneratorType = {
    .ob = TYPE_HEAD,
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = TP_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = obj_iter_self,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .getset = gen_getset,
};
