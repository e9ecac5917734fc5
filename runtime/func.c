// runtime/func.c — built-in functions and methods, and the descriptors a built-in
// type's dict holds: method descriptors (unbound methods such as `str.upper`) and
// getset descriptors (computed attributes such as `e.args`).
#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/str.h"

// ---- builtin_function_or_method -------------------------------------------------------

Object *cfunc_new(const MethodDef *def, Object *self) {
    CFunctionObject *f = (CFunctionObject *)obj_alloc(&CFunctionType, 0);
    if (f == NULL) {
        return NULL;
    }
    f->def = def;
    f->self = self;
    XINCREF(self);
    gc_track(OB(f));
    return OB(f);
}

static void cfunc_dealloc(Object *o) {
    CFunctionObject *f = (CFunctionObject *)o;
    gc_untrack(o);
    XDECREF(f->self);
    obj_free(o);
}

static int cfunc_traverse(Object *o, visitproc visit, void *arg) {
    CFunctionObject *f = (CFunctionObject *)o;
    return f->self != NULL ? visit(f->self, arg) : 0;
}

static int cfunc_clear(Object *o) {
    CLEAR(((CFunctionObject *)o)->self);
    return 0;
}

static Object *cfunc_repr(Object *o) {
    CFunctionObject *f = (CFunctionObject *)o;
    if (f->self == NULL || TYPE(f->self) == &ModuleType) {
        return str_from_format("<built-in function %s>", f->def->name);
    }
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           type_name(f->self), (void *)f->self);
}

static Object *cfunc_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    CFunctionObject *f = (CFunctionObject *)o;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Object *cfunc_get_name(Object *o) {
    return str_from_cstr(((CFunctionObject *)o)->def->name);
}

// A method's qualified name has its type's name in front ("list.append"); a module's
// function has its plain name.
static Object *cfunc_get_qualname(Object *o) {
    CFunctionObject *f = (CFunctionObject *)o;
    if (f->self == NULL || TYPE(f->self) == &ModuleType) {
        return str_from_cstr(f->def->name);
    }
    const char *owner = TYPE(f->self) == &TypeType ? ((TypeObject *)f->self)->name :
                        type_name(f->self);
    return str_from_format("%s.%s", owner, f->def->name);
}

// The bound object, the module of a module's function, or None.
static Object *cfunc_get_self(Object *o) {
    CFunctionObject *f = (CFunctionObject *)o;
    return NEWREF(f->self != NULL ? f->self : None);
}

static const GetSetDef cfunc_getset[] = {
    {"__name__", cfunc_get_name, NULL},
    {"__qualname__", cfunc_get_qualname, NULL},
    {"__self__", cfunc_get_self, NULL},
    {NULL, NULL, NULL},
};

TypeObject CFunctionType = {
    .ob = TYPE_HEAD,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunctionObject),
    .flags = TP_GC,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .call = cfunc_call,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .getset = cfunc_getset,
};

// ---- method_descriptor ----------------------------------------------------------------

Object *method_descr_new(const MethodDef *def, TypeObject *owner) {
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(&MethodDescrType, 0);
    if (d == NULL) {
        return NULL;
    }
    d->def = def;
    d->owner = owner;
    return OB(d);
}

static void descr_dealloc(Object *o) {
    obj_free(o);
}

static Object *method_descr_repr(Object *o) {
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Object *method_descr_call(Object *o, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (d->def->flags & METH_STATIC) {
        return d->def->fn(NULL, args, nargs, kwnames);
    }
    if (nargs < 1) {
        err_format(&TypeErrorType, "unbound method %s.%s() needs an argument",
                   d->owner->name, d->def->name);
        return NULL;
    }
    if (!type_is_subtype(TYPE(args[0]), d->owner)) {
        err_format(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a "
                   "'%s' object", d->def->name, d->owner->name, type_name(args[0]));
        return NULL;
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

// `obj.method` of a built-in type: the method bound to `obj`; on the type itself, the
// descriptor (or, for a static method such as dict.fromkeys, the plain function).
static Object *method_descr_get(Object *descr, Object *obj, Object *type) {
    const MethodDef *def = ((MethodDescrObject *)descr)->def;
    if (def->flags & METH_STATIC) {
        return cfunc_new(def, NULL);
    }
    if (obj == NULL) {
        return NEWREF(descr);
    }
    if (!type_is_subtype(TYPE(obj), ((MethodDescrObject *)descr)->owner)) {
        err_format(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                   "object", def->name, ((MethodDescrObject *)descr)->owner->name,
                   type_name(obj));
        return NULL;
    }
    return cfunc_new(def, obj);
}

static Object *method_descr_get_name(Object *o) {
    return str_from_cstr(((MethodDescrObject *)o)->def->name);
}

static Object *method_descr_get_qualname(Object *o) {
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("%s.%s", d->owner->name, d->def->name);
}

static Object *method_descr_get_objclass(Object *o) {
    return NEWREF(OB(((MethodDescrObject *)o)->owner));
}

static const GetSetDef method_descr_getset[] = {
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject MethodDescrType = {
    .ob = TYPE_HEAD,
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .flags = TP_METHOD_DESCR,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = method_descr_getset,
};

// ---- getset_descriptor ----------------------------------------------------------------

Object *getset_descr_new(const GetSetDef *def, TypeObject *owner) {
    GetSetDescrObject *d = (GetSetDescrObject *)obj_alloc(&GetSetDescrType, 0);
    if (d == NULL) {
        return NULL;
    }
    d->def = def;
    d->owner = owner;
    if (owner->flags & TP_HEAPTYPE) {
        // A class's descriptor keeps its class alive, as CPython's do.
        INCREF(owner);
        gc_track(OB(d));
    }
    return OB(d);
}

static void getset_descr_dealloc(Object *o) {
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    gc_untrack(o);
    if (d->owner != NULL && (d->owner->flags & TP_HEAPTYPE)) {
        DECREF(d->owner);
    }
    obj_free(o);
}

static int getset_descr_traverse(Object *o, visitproc visit, void *arg) {
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    return d->owner != NULL && (d->owner->flags & TP_HEAPTYPE) ? visit(OB(d->owner), arg) : 0;
}

static Object *getset_descr_repr(Object *o) {
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    return str_from_format("<attribute '%s' of '%s' objects>", d->def->name,
                           d->owner->name);
}

static Object *getset_descr_get(Object *descr, Object *obj, Object *type) {
    GetSetDescrObject *d = (GetSetDescrObject *)descr;
    if (obj == NULL) {
        return NEWREF(descr);
    }
    if (!type_is_subtype(TYPE(obj), d->owner)) {
        err_format(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                   "object", d->def->name, d->owner->name, type_name(obj));
        return NULL;
    }
    return d->def->get(obj);
}

static int getset_descr_set(Object *descr, Object *obj, Object *v) {
    GetSetDescrObject *d = (GetSetDescrObject *)descr;
    if (d->def->set == NULL) {
        err_format(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
        return -1;
    }
    if (!type_is_subtype(TYPE(obj), d->owner)) {
        err_format(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                   "object", d->def->name, d->owner->name, type_name(obj));
        return -1;
    }
    return d->def->set(obj, v);
}

TypeObject GetSetDescrType = {
    .ob = TYPE_HEAD,
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .flags = TP_GC,
    .dealloc = getset_descr_dealloc,
    .traverse = getset_descr_traverse,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
};
