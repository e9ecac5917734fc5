// runtime/descr.c — the descriptors classes are made of: bound methods (`method`),
// `staticmethod`, `classmethod`, `property`, and the slot wrappers that show a
// built-in type's slots as special methods (`wrapper_descriptor`; bound to an
// instance they are methods, as CPython's `method-wrapper`).
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// Attribute `name` of `o` into `*out` (NULL when absent). 0, or -1.
static int lookup_cstr(Object *o, const char *name, Object **out) {
    Object *n = str_intern_cstr(name);
    if (n == NULL) {
        return -1;
    }
    int r = obj_lookup_attr(o, n, out);
    DECREF(n);
    return r < 0 ? -1 : 0;
}

static hash_t pointer_hash(Object *o) {
    uintptr_t p = (uintptr_t)o;
    hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

// ---- method -----------------------------------------------------------------------------

Object *method_new(Object *func, Object *self) {
    MethodObject *m = (MethodObject *)obj_alloc(&MethodType, 0);
    if (m == NULL) {
        return NULL;
    }
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track(OB(m));
    return OB(m);
}

static void method_dealloc(Object *o) {
    MethodObject *m = (MethodObject *)o;
    gc_untrack(o);
    XDECREF(m->func);
    XDECREF(m->self);
    obj_free(o);
}

static int method_traverse(Object *o, visitproc visit, void *arg) {
    MethodObject *m = (MethodObject *)o;
    int r = m->func != NULL ? visit(m->func, arg) : 0;
    return r != 0 ? r : m->self != NULL ? visit(m->self, arg) : 0;
}

static int method_clear(Object *o) {
    MethodObject *m = (MethodObject *)o;
    CLEAR(m->func);
    CLEAR(m->self);
    return 0;
}

// Call `func` with `self` in front of the borrowed arguments. Ref: new.
static Object *call_with_self(Object *func, Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    size_t total = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    Object *small[8];
    Object **argv = small;
    if (total + 1 > 8) {
        argv = heap_alloc((total + 1) * sizeof *argv);
        if (argv == NULL) {
            return err_no_memory();
        }
    }
    argv[0] = self;
    if (total > 0) {
        memcpy(argv + 1, args, total * sizeof *argv);
    }
    Object *r = obj_call(func, argv, nargs + 1, kwnames);
    if (argv != small) {
        heap_free(argv);
    }
    return r;
}

static Object *method_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    MethodObject *m = (MethodObject *)o;
    INCREF(o);
    Object *r = call_with_self(m->func, m->self, args, nargs, kwnames);
    DECREF(o);
    return r;
}

static Object *method_repr(Object *o) {
    MethodObject *m = (MethodObject *)o;
    Object *name = NULL, *self = NULL, *r = NULL;
    if (lookup_cstr(m->func, "__qualname__", &name) < 0) {
        return NULL;
    }
    if (name == NULL && lookup_cstr(m->func, "__name__", &name) < 0) {
        return NULL;
    }
    self = obj_repr(m->self);
    if (self != NULL) {
        r = str_from_format("<bound method %s of %s>",
                            name != NULL && str_check(name) ? str_data(name) : "?",
                            str_data(self));
    }
    XDECREF(name);
    XDECREF(self);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, int op) {
    if ((op != OBJ_EQ && op != OBJ_NE) || TYPE(b) != &MethodType) {
        return NEWREF(NotImplemented);
    }
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    int eq = obj_richcompare_bool(x->func, y->func, OBJ_EQ);
    if (eq < 0) {
        return NULL;
    }
    eq = eq && x->self == y->self;
    return bool_from(op == OBJ_EQ ? eq : !eq);
}

static hash_t method_hash(Object *o) {
    MethodObject *m = (MethodObject *)o;
    hash_t h = obj_hash(m->func);
    if (h == -1) {
        return -1;
    }
    h ^= pointer_hash(m->self);
    return h == -1 ? -2 : h;
}

// Attributes the method does not have itself come from its function.
static Object *method_getattr(Object *o, Object *name) {
    Object *r = obj_generic_getattr(o, name);
    if (r != NULL || !err_matches(&AttributeErrorType)) {
        return r;
    }
    err_clear();
    return obj_getattr(((MethodObject *)o)->func, name);
}

static Object *method_get_func(Object *o) {
    return NEWREF(((MethodObject *)o)->func);
}

static Object *method_get_self(Object *o) {
    return NEWREF(((MethodObject *)o)->self);
}

static const GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {NULL, NULL, NULL},
};

TypeObject MethodType = {
    .ob = TYPE_HEAD,
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .flags = TP_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .traverse = method_traverse,
    .clear = method_clear,
    .getset = method_getset,
};

// ---- staticmethod and classmethod -------------------------------------------------------

static void wrapper_dealloc(Object *o) {
    WrapperObject *w = (WrapperObject *)o;
    gc_untrack(o);
    XDECREF(w->func);
    XDECREF(w->dict);
    obj_free(o);
}

static int wrapper_traverse(Object *o, visitproc visit, void *arg) {
    WrapperObject *w = (WrapperObject *)o;
    int r = w->func != NULL ? visit(w->func, arg) : 0;
    return r != 0 ? r : w->dict != NULL ? visit(w->dict, arg) : 0;
}

static int wrapper_clear(Object *o) {
    WrapperObject *w = (WrapperObject *)o;
    CLEAR(w->func);
    CLEAR(w->dict);
    return 0;
}

static Object *wrapper_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    TypeObject *t = (TypeObject *)type;
    if (args_no_kw(t->name, kwnames) < 0) {
        return NULL;
    }
    if (nargs != 1) {
        err_format(&TypeErrorType, "%s expected 1 argument, got %zu", t->name, nargs);
        return NULL;
    }
    WrapperObject *w = (WrapperObject *)obj_alloc(t, 0);
    if (w == NULL) {
        return NULL;
    }
    w->func = NEWREF(args[0]);
    gc_track(OB(w));
    return OB(w);
}

static Object *staticmethod_get(Object *descr, Object *obj, Object *type) {
    return NEWREF(((WrapperObject *)descr)->func);
}

static Object *staticmethod_call(Object *o, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    return obj_call(((WrapperObject *)o)->func, args, nargs, kwnames);
}

static Object *classmethod_get(Object *descr, Object *obj, Object *type) {
    if (type == NULL) {
        type = OB(TYPE(obj));
    }
    Object *f = ((WrapperObject *)descr)->func;
    if (TYPE(f)->descr_get != NULL && TYPE(f)->descr_get != classmethod_get &&
        !(TYPE(f)->flags & TP_METHOD_DESCR)) {
        return TYPE(f)->descr_get(f, type, NULL);
    }
    return method_new(f, type);
}

static Object *wrapper_get_func(Object *o) {
    return NEWREF(((WrapperObject *)o)->func);
}

// Attributes of the wrapped function (`__doc__`, `__name__`) show through.
static Object *wrapper_getattr(Object *o, Object *name) {
    Object *r = obj_generic_getattr(o, name);
    if (r != NULL || !err_matches(&AttributeErrorType)) {
        return r;
    }
    const char *s = str_data(name);
    if (strcmp(s, "__doc__") == 0 || strcmp(s, "__name__") == 0 ||
        strcmp(s, "__qualname__") == 0 || strcmp(s, "__module__") == 0) {
        err_clear();
        return obj_getattr(((WrapperObject *)o)->func, name);
    }
    return NULL;
}

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

static Object *wrapper_repr(Object *o) {
    Object *f = obj_repr(((WrapperObject *)o)->func);
    if (f == NULL) {
        return NULL;
    }
    Object *r = str_from_format("<%s(%s)>", type_name(o), str_data(f));
    DECREF(f);
    return r;
}

TypeObject StaticMethodType = {
    .ob = TYPE_HEAD,
    .name = "staticmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .call = staticmethod_call,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .descr_get = staticmethod_get,
    .new_ = wrapper_new,
    .getset = wrapper_getset,
};

TypeObject ClassMethodType = {
    .ob = TYPE_HEAD,
    .name = "classmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .descr_get = classmethod_get,
    .new_ = wrapper_new,
    .getset = wrapper_getset,
};

// ---- property -----------------------------------------------------------------------------

static void property_dealloc(Object *o) {
    PropertyObject *p = (PropertyObject *)o;
    gc_untrack(o);
    XDECREF(p->fget);
    XDECREF(p->fset);
    XDECREF(p->fdel);
    XDECREF(p->doc);
    XDECREF(p->name);
    obj_free(o);
}

static int property_traverse(Object *o, visitproc visit, void *arg) {
    PropertyObject *p = (PropertyObject *)o;
    Object *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    return obj_visit_all(refs, sizeof refs / sizeof refs[0], visit, arg);
}

static int property_clear(Object *o) {
    PropertyObject *p = (PropertyObject *)o;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    CLEAR(p->name);
    return 0;
}

// A property with these parts; `doc` NULL takes the getter's docstring.
static Object *property_make(TypeObject *type, Object *fget, Object *fset, Object *fdel,
                             Object *doc, Object *name) {
    PropertyObject *p = (PropertyObject *)obj_alloc(type, 0);
    if (p == NULL) {
        return NULL;
    }
    p->fget = fget != None ? fget : NULL;
    p->fset = fset != None ? fset : NULL;
    p->fdel = fdel != None ? fdel : NULL;
    XINCREF(p->fget);
    XINCREF(p->fset);
    XINCREF(p->fdel);
    p->name = name;
    XINCREF(name);
    if ((doc == NULL || doc == None) && p->fget != NULL) {
        Object *d = NULL;
        if (lookup_cstr(p->fget, "__doc__", &d) < 0) {
            err_clear();
        }
        doc = d;
    } else {
        XINCREF(doc);
    }
    p->doc = doc != None ? doc : NULL;
    if (doc == None) {
        DECREF(doc);
    }
    gc_track(OB(p));
    return OB(p);
}

static Object *property_new(Object *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Object *out[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("property", args, nargs, kwnames, names, 0, 0, out) < 0) {
        return NULL;
    }
    for (int i = 0; i < 4; i++) {
        if (out[i] == NULL) {
            out[i] = None;
        }
    }
    return property_make((TypeObject *)type, out[0], out[1], out[2], out[3], NULL);
}

// "property 'x' of 'A' object has no getter", or without the name when it has none.
static void property_error(PropertyObject *p, Object *obj, const char *what) {
    if (p->name != NULL) {
        err_format(&AttributeErrorType, "property %R of '%s' object has no %s", p->name,
                   type_name(obj), what);
    } else {
        err_format(&AttributeErrorType, "property of '%s' object has no %s", type_name(obj),
                   what);
    }
}

static Object *property_get(Object *descr, Object *obj, Object *type) {
    PropertyObject *p = (PropertyObject *)descr;
    if (obj == NULL || obj == None) {
        return NEWREF(descr);
    }
    if (p->fget == NULL) {
        property_error(p, obj, "getter");
        return NULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Object *descr, Object *obj, Object *v) {
    PropertyObject *p = (PropertyObject *)descr;
    Object *f = v != NULL ? p->fset : p->fdel;
    if (f == NULL) {
        property_error(p, obj, v != NULL ? "setter" : "deleter");
        return -1;
    }
    Object *r = v != NULL ? obj_call2(f, obj, v) : obj_call1(f, obj);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

// A copy of the property with one part replaced (`which`: 0 getter, 1 setter, 2 deleter).
static Object *property_copy(Object *self, Object *const *args, size_t nargs, int which,
                             const char *name) {
    if (args_count(name, nargs, 1, 1) < 0) {
        return NULL;
    }
    PropertyObject *p = (PropertyObject *)self;
    Object *parts[3] = {p->fget, p->fset, p->fdel};
    parts[which] = args[0];
    for (int i = 0; i < 3; i++) {
        if (parts[i] == NULL) {
            parts[i] = None;
        }
    }
    // A docstring taken from the old getter follows the new one.
    Object *doc = which == 0 ? None : (p->doc != NULL ? p->doc : None);
    return property_make(TYPE(self), parts[0], parts[1], parts[2], doc, p->name);
}

static Object *property_getter(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    return property_copy(self, args, nargs, 0, "getter");
}

static Object *property_setter(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    return property_copy(self, args, nargs, 1, "setter");
}

static Object *property_deleter(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    return property_copy(self, args, nargs, 2, "deleter");
}

static Object *property_set_name(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_count("__set_name__", nargs, 2, 2) < 0) {
        return NULL;
    }
    PropertyObject *p = (PropertyObject *)self;
    SETREF(p->name, NEWREF(args[1]));
    RETURN_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {NULL, NULL, 0},
};

#define PROPERTY_PART(part)                                                              \
    static Object *property_get_##part(Object *o) {                                       \
        Object *v = ((PropertyObject *)o)->part;                                          \
        return NEWREF(v != NULL ? v : None);                                              \
    }
PROPERTY_PART(fget)
PROPERTY_PART(fset)
PROPERTY_PART(fdel)
PROPERTY_PART(doc)
#undef PROPERTY_PART

static const GetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

TypeObject PropertyType = {
    .ob = TYPE_HEAD,
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .methods = property_methods,
    .getset = property_getset,
};

// ---- slot wrappers ------------------------------------------------------------------------

Object *slot_wrapper_new(const void *def, TypeObject *owner) {
    SlotWrapperObject *w = (SlotWrapperObject *)obj_alloc(&SlotWrapperType, 0);
    if (w == NULL) {
        return NULL;
    }
    w->def = def;
    w->owner = owner;
    return OB(w);
}

static void slot_wrapper_dealloc(Object *o) {
    obj_free(o);
}

static Object *slot_wrapper_repr(Object *o) {
    SlotWrapperObject *w = (SlotWrapperObject *)o;
    return str_from_format("<slot wrapper '%s' of '%s' objects>", slot_wrapper_name(w->def),
                           w->owner->name);
}

// `int.__add__(1, 2)`: the first argument is the instance.
static Object *slot_wrapper_call_o(Object *o, Object *const *args, size_t nargs,
                                   Object *kwnames) {
    SlotWrapperObject *w = (SlotWrapperObject *)o;
    const char *name = slot_wrapper_name(w->def);
    if (nargs < 1) {
        err_format(&TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name,
                   w->owner->name);
        return NULL;
    }
    if (!type_is_subtype(TYPE(args[0]), w->owner)) {
        err_format(&TypeErrorType, "descriptor '%s' requires a '%s' object but received a "
                   "'%s'", name, w->owner->name, type_name(args[0]));
        return NULL;
    }
    return slot_wrapper_call(w->def, w->owner, args[0], args + 1, nargs - 1, kwnames);
}

static Object *slot_wrapper_get(Object *descr, Object *obj, Object *type) {
    if (obj == NULL) {
        return NEWREF(descr);
    }
    return method_new(descr, obj);
}

static Object *slot_wrapper_get_name(Object *o) {
    return str_from_cstr(slot_wrapper_name(((SlotWrapperObject *)o)->def));
}

static Object *slot_wrapper_get_objclass(Object *o) {
    return NEWREF(OB(((SlotWrapperObject *)o)->owner));
}

static const GetSetDef slot_wrapper_getset[] = {
    {"__name__", slot_wrapper_get_name, NULL},
    {"__objclass__", slot_wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject SlotWrapperType = {
    .ob = TYPE_HEAD,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObject),
    .flags = TP_METHOD_DESCR,
    .dealloc = slot_wrapper_dealloc,
    .repr = slot_wrapper_repr,
    .call = slot_wrapper_call_o,
    .descr_get = slot_wrapper_get,
    .getset = slot_wrapper_getset,
};
