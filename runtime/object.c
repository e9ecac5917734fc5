// runtime/object.c — allocation of objects, types and their readiness, attribute
// lookup, and the singletons None, NotImplemented and Ellipsis.
//
// `obj_alloc` is the only way an object comes into being and `obj_free` the only
// way its memory goes back; both go through gc/heap.h, with a collector header in
// front of containers (gc/collect.h). Types are static structs made ready at start-up
// by `type_ready`, which inherits empty slots from the base, as CPython's
// PyType_Ready does, and builds the attribute dict from the method tables.
#include <stdio.h>
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/object.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

RuntimeState *rt;

// ---- allocation -------------------------------------------------------------------------

static Object *alloc(TypeObject *type, size_t nitems, bool pooled, bool counted) {
    size_t size = type->basicsize + nitems * type->itemsize;
    Object *o;
    if (type->flags & TP_GC) {
        GcHead *g = heap_calloc(sizeof(GcHead) + size);
        if (g == NULL) {
            return err_no_memory();
        }
        o = GC_OBJECT(g);
        // As CPython's GC allocation path: this allocation may start a collection (never
        // while an exception is being raised). The new block is not tracked yet.
        if (counted && gc_count_alloc(type, nitems, pooled) && rt->exc == NULL) {
            gc_collect_auto();
        }
    } else {
        o = heap_calloc(size);
        if (o == NULL) {
            return err_no_memory();
        }
    }
    o->refcnt = 1;
    o->type = type;
    if (type->itemsize != 0) {
        ((VarObject *)o)->size = (ssize_t)nitems;
    }
    if (type->flags & TP_HEAPTYPE) {
        INCREF(type);
    }
    return o;
}

Object *obj_alloc(TypeObject *type, size_t nitems) {
    return alloc(type, nitems, true, true);
}

Object *obj_alloc_fresh(TypeObject *type, size_t nitems) {
    return alloc(type, nitems, false, true);
}

Object *obj_alloc_uncounted(TypeObject *type, size_t nitems) {
    return alloc(type, nitems, false, false);
}

static void free_object(Object *o, bool counted) {
    TypeObject *type = o->type;
    if (type->flags & TP_GC) {
        if (counted) {
            gc_count_free(o);
        }
        heap_free(GC_HEAD(o));
    } else {
        heap_free(o);
    }
    if (type->flags & TP_HEAPTYPE) {
        DECREF(type);
    }
}

void obj_free(Object *o) {
    free_object(o, true);
}

void obj_free_uncounted(Object *o) {
    free_object(o, false);
}

Object *obj_resize(Object *o, size_t nitems) {
    TypeObject *type = o->type;
    size_t size = type->basicsize + nitems * type->itemsize;
    Object *n = heap_realloc(o, size);
    if (n == NULL) {
        heap_free(o);
        return err_no_memory();
    }
    if (type->itemsize != 0) {
        ((VarObject *)n)->size = (ssize_t)nitems;
    }
    return n;
}

void obj_dealloc(Object *o) {
    o->type->dealloc(o);
}

// ---- the singletons -------------------------------------------------------------------

static Object *none_repr(Object *o) {
    return str_from_cstr("None");
}
static Object *notimpl_repr(Object *o) {
    return str_from_cstr("NotImplemented");
}
static Object *ellipsis_repr(Object *o) {
    return str_from_cstr("Ellipsis");
}
static int none_bool(Object *o) {
    return 0;
}
static void static_dealloc(Object *o) {
    // A static object's count never reaches zero; if it does, a DECREF was extra.
    fprintf(stderr, "adder: deallocating a static %s object\n", o->type->name);
}

static hash_t pointer_hash(Object *o) {
    uintptr_t p = (uintptr_t)o;
    hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

TypeObject NoneType = {
    .ob = TYPE_HEAD,
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = none_repr,
    .hash = pointer_hash,
    .nb_bool = none_bool,
};
TypeObject NotImplementedType = {
    .ob = TYPE_HEAD,
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = notimpl_repr,
    .hash = pointer_hash,
};
TypeObject EllipsisType = {
    .ob = TYPE_HEAD,
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = ellipsis_repr,
    .hash = pointer_hash,
};

Object NoneStruct = {STATIC_REFCNT, &NoneType};
Object NotImplementedStruct = {STATIC_REFCNT, &NotImplementedType};
Object EllipsisStruct = {STATIC_REFCNT, &EllipsisType};

// ---- object ---------------------------------------------------------------------------

// `<__main__.A object at 0x...>`: a class shows its module and qualified name.
static Object *object_repr(Object *o) {
    Object *name = type_qualified_name(o->type, false);
    if (name == NULL) {
        return NULL;
    }
    Object *r = str_from_format("<%s object at %p>", str_data(name), (void *)o);
    DECREF(name);
    return r;
}

static Object *object_richcompare(Object *a, Object *b, int op) {
    if (op == OBJ_EQ) {
        return NEWREF(a == b ? True : NotImplemented);
    }
    if (op == OBJ_NE) {
        // `!=` is the negation of `==` unless `==` is not implemented.
        TypeObject *t = TYPE(a);
        if (t->richcompare != NULL && t->richcompare != object_richcompare) {
            Object *eq = t->richcompare(a, b, OBJ_EQ);
            if (eq == NULL || eq == NotImplemented) {
                return eq;
            }
            int truth = obj_is_true(eq);
            DECREF(eq);
            if (truth < 0) {
                return NULL;
            }
            return bool_from(!truth);
        }
        return NEWREF(a == b ? False : NotImplemented);
    }
    return NEWREF(NotImplemented);
}

static void object_dealloc(Object *o) {
    obj_free(o);
}

static Object *object_new(Object *type, Object *const *args, size_t nargs, Object *kwnames);
static int object_init(Object *self, Object *const *args, size_t nargs, Object *kwnames);

// CPython's rule for surplus arguments: object.__new__ complains unless the class
// overrides __init__ (and not __new__); object.__init__ unless it overrides __new__.
static Object *object_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    TypeObject *t = (TypeObject *)type;
    if ((nargs != 0 || kwnames != NULL) && (t->new_ != object_new || t->init == object_init)) {
        err_format(&TypeErrorType, "%s() takes no arguments", t->name);
        return NULL;
    }
    if (t->flags & TP_HEAPTYPE && t->dictoffset == 0 && t->itemsize != 0) {
        err_format(&TypeErrorType, "cannot create '%s' instances", t->name);
        return NULL;
    }
    Object *o = obj_alloc(t, 0);
    if (o != NULL && obj_is_gc(o)) {
        gc_track(o);
    }
    return o;
}

static int object_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TypeObject *t = TYPE(self);
    if (nargs != 0 || kwnames != NULL) {
        if (t->init != object_init) {
            err_set_str(&TypeErrorType, "object.__init__() takes exactly one argument (the "
                        "instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            err_format(&TypeErrorType, "%s() takes no arguments", t->name);
            return -1;
        }
    }
    return 0;
}

static Object *object_get_class(Object *o) {
    return NEWREF(OB(TYPE(o)));
}

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, NULL},
    {NULL, NULL, NULL},
};

TypeObject BaseObjectType = {
    .ob = TYPE_HEAD,
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TP_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .hash = pointer_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .getset = object_getset,
};

// ---- types ----------------------------------------------------------------------------

bool type_is_subtype(TypeObject *t, TypeObject *base) {
    if (t->mro != NULL && (t->flags & TP_HEAPTYPE)) {
        // A class with several bases: its MRO lists every class it derives from.
        Object *mro = t->mro;
        for (ssize_t i = 0, n = tuple_size(mro); i < n; i++) {
            if (tuple_item_borrow(mro, i) == OB(base)) {
                return true;
            }
        }
        return false;
    }
    for (; t != NULL; t = t->base) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

// The attribute cache (CPython's type method cache): what a lookup of a name along a
// type's MRO found, valid while the type keeps its version. Names are interned strs,
// compared by address; values are borrowed, since a class's dict changes only through
// setattr, which gives the class (and those below it) a new version.
#define LOOKUP_CACHE_SIZE 4096
static struct {
    uint32_t version;
    Object *name;
    Object *value;
} lookup_cache[LOOKUP_CACHE_SIZE];

static Object *lookup_mro(TypeObject *t, Object *name) {
    Object *mro = t->mro;
    if (mro == NULL) {
        for (; t != NULL; t = t->base) {
            Object *v = t->dict != NULL ? dict_get_str_borrow(t->dict, name) : NULL;
            if (v != NULL) {
                return v;
            }
        }
        return NULL;
    }
    ssize_t n = tuple_size(mro);
    for (ssize_t i = 0; i < n; i++) {
        TypeObject *b = (TypeObject *)tuple_item_borrow(mro, i);
        Object *v = b->dict != NULL ? dict_get_str_borrow(b->dict, name) : NULL;
        if (v != NULL) {
            return v;
        }
    }
    return NULL;
}

Object *type_lookup_borrow(TypeObject *t, Object *name) {
    if (t->version == 0 || !((StrObject *)name)->interned) {
        return lookup_mro(t, name);
    }
    size_t h = (size_t)((((uintptr_t)name >> 4) ^ (t->version * 2654435761u)) &
                        (LOOKUP_CACHE_SIZE - 1));
    if (lookup_cache[h].version == t->version && lookup_cache[h].name == name) {
        return lookup_cache[h].value;
    }
    Object *v = lookup_mro(t, name);
    lookup_cache[h].version = t->version;
    lookup_cache[h].name = name;
    lookup_cache[h].value = v;
    return v;
}

// Copy the slots `t` leaves empty from its base.
static void inherit_slots(TypeObject *t, TypeObject *b) {
#define INHERIT(slot)                                                                   \
    if (t->slot == NULL) {                                                              \
        t->slot = b->slot;                                                              \
    }
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    if (t->hash == NULL && t->richcompare == NULL) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    for (int i = 0; i < NB_COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(nb_pow3);
    INHERIT(nb_neg);
    INHERIT(nb_pos);
    INHERIT(nb_abs);
    INHERIT(nb_invert);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(nb_bool);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(finalize);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(init);
    if (b->flags & TP_EXC_SUB) {
        INHERIT(new_);
    }
    if (t->dictoffset == 0) {
        t->dictoffset = b->dictoffset;
    }
#undef INHERIT
    t->flags |= b->flags & (TP_INT_SUB | TP_STR_SUB | TP_TUPLE_SUB | TP_LIST_SUB |
                            TP_DICT_SUB | TP_EXC_SUB | TP_TYPE_SUB);
}

int type_ready(TypeObject *t) {
    if (t->dict != NULL) {
        return 0;
    }
    if (!(t->flags & TP_HEAPTYPE)) {
        t->ob.refcnt = STATIC_REFCNT;
        t->ob.type = &TypeType;
    }
    if (t->base == NULL && t != &BaseObjectType) {
        t->base = &BaseObjectType;
    }
    if (t->base != NULL) {
        if (type_ready(t->base) < 0) {
            return -1;
        }
        inherit_slots(t, t->base);
    }
    Object *dict = dict_new();
    if (dict == NULL) {
        return -1;
    }
    for (const MethodDef *m = t->methods; m != NULL && m->name != NULL; m++) {
        Object *d = method_descr_new(m, t);
        if (d == NULL || dict_set_cstr(dict, m->name, d) < 0) {
            XDECREF(d);
            DECREF(dict);
            return -1;
        }
        DECREF(d);
    }
    for (const GetSetDef *g = t->getset; g != NULL && g->name != NULL; g++) {
        Object *d = getset_descr_new(g, t);
        if (d == NULL || dict_set_cstr(dict, g->name, d) < 0) {
            XDECREF(d);
            DECREF(dict);
            return -1;
        }
        DECREF(d);
    }
    size_t depth = 0;
    for (TypeObject *b = t; b != NULL; b = b->base) {
        depth++;
    }
    Object *mro = tuple_new((ssize_t)depth);
    if (mro == NULL) {
        DECREF(dict);
        return -1;
    }
    size_t i = 0;
    for (TypeObject *b = t; b != NULL; b = b->base) {
        tuple_items(mro)[i++] = NEWREF(b);
    }
    t->dict = dict;
    t->mro = tuple_done(mro);
    if (type_add_wrappers(t) < 0) {
        return -1;
    }
    // Versioned (cacheable) only once its dict is complete.
    t->version = ++rt->type_version;
    return 0;
}

void type_fini(TypeObject *t) {
    CLEAR(t->dict);
    CLEAR(t->mro);
    t->version = 0;
}

int obj_visit_all(Object *const *refs, size_t n, visitproc visit, void *arg) {
    for (size_t i = 0; i < n; i++) {
        if (refs[i] != NULL) {
            int r = visit(refs[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

Object *obj_iter_self(Object *o) {
    return NEWREF(o);
}
