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

static Object *alloc(TypeObject *type, size_t nitems, bool pooled) {
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
        if (gc_count_alloc(type, nitems, pooled) && rt->exc == NULL) {
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
    return alloc(type, nitems, true);
}

Object *obj_alloc_fresh(TypeObject *type, size_t nitems) {
    return alloc(type, nitems, false);
}

void obj_free(Object *o) {
    TypeObject *type = o->type;
    if (type->flags & TP_GC) {
        gc_count_free(o);
        heap_free(GC_HEAD(o));
    } else {
        heap_free(o);
    }
    if (type->flags & TP_HEAPTYPE) {
        DECREF(type);
    }
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

static Object *object_repr(Object *o) {
    return str_from_format("<%s object at %p>", o->type->name, (void *)o);
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

static Object *object_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs != 0 || kwnames != NULL) {
        err_set_str(&TypeErrorType, "object() takes no arguments");
        return NULL;
    }
    return obj_alloc((TypeObject *)type, 0);
}

TypeObject BaseObjectType = {
    .ob = TYPE_HEAD,
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TP_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .hash = pointer_hash,
    .richcompare = object_richcompare,
    .new_ = object_new,
};

// ---- type -----------------------------------------------------------------------------

static Object *type_repr(Object *o) {
    TypeObject *t = (TypeObject *)o;
    const char *name = t->name;
    // Built-in types print bare; ours from modules would print "module.name".
    return str_from_format("<class '%s'>", name);
}

static Object *type_call(Object *callable, Object *const *args, size_t nargs,
                         Object *kwnames) {
    TypeObject *t = (TypeObject *)callable;
    if (t == &TypeType && nargs == 1 && kwnames == NULL) {
        return NEWREF(TYPE(args[0]));
    }
    if (t == &TypeType) {
        err_set_str(&TypeErrorType, "type() takes 1 or 3 arguments");
        return NULL;
    }
    if (t->new_ == NULL) {
        err_format(&TypeErrorType, "cannot create '%s' instances", t->name);
        return NULL;
    }
    return t->new_(callable, args, nargs, kwnames);
}

static Object *type_getattr(Object *o, Object *name) {
    TypeObject *t = (TypeObject *)o;
    // Attributes of the metatype that describe the type itself come first.
    Object *meta = type_lookup_borrow(&TypeType, name);
    if (meta != NULL && TYPE(meta) == &GetSetDescrType) {
        return ((GetSetDescrObject *)meta)->def->get(o);
    }
    Object *attr = type_lookup_borrow(t, name);
    if (attr != NULL) {
        if (TYPE(attr) == &MethodDescrType &&
            (((MethodDescrObject *)attr)->def->flags & METH_STATIC)) {
            return cfunc_new(((MethodDescrObject *)attr)->def, NULL);
        }
        return NEWREF(attr);
    }
    if (meta != NULL) {
        if (TYPE(meta) == &MethodDescrType) {
            return cfunc_new(((MethodDescrObject *)meta)->def, o);
        }
        return NEWREF(meta);
    }
    err_format(&AttributeErrorType, "type object '%s' has no attribute '%U'", t->name, name);
    return NULL;
}

static Object *type_get_name(Object *o) {
    return str_from_cstr(((TypeObject *)o)->name);
}

static Object *type_get_mro(Object *o) {
    TypeObject *t = (TypeObject *)o;
    return NEWREF(t->mro != NULL ? t->mro : rt->empty_tuple);
}

static Object *type_get_base(Object *o) {
    TypeObject *t = (TypeObject *)o;
    return NEWREF(t->base != NULL ? OB(t->base) : None);
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_name, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__base__", type_get_base, NULL},
    {NULL, NULL, NULL},
};

TypeObject TypeType = {
    .ob = TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(TypeObject),
    .flags = TP_TYPE_SUB,
    .dealloc = static_dealloc,
    .repr = type_repr,
    .hash = pointer_hash,
    .getattr = type_getattr,
    .call = type_call,
    .getset = type_getset,
};

bool type_is_subtype(TypeObject *t, TypeObject *base) {
    for (; t != NULL; t = t->base) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

Object *type_lookup_borrow(TypeObject *t, Object *name) {
    for (; t != NULL; t = t->base) {
        if (t->dict != NULL) {
            Object *v = dict_get_str_borrow(t->dict, name);
            if (v != NULL) {
                return v;
            }
        }
    }
    return NULL;
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
    if (b->flags & TP_EXC_SUB) {
        INHERIT(new_);
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
    return 0;
}

void type_fini(TypeObject *t) {
    CLEAR(t->dict);
    CLEAR(t->mro);
}

Object *obj_iter_self(Object *o) {
    return NEWREF(o);
}

// ---- attributes -----------------------------------------------------------------------

Object *obj_generic_getattr(Object *self, Object *name) {
    Object *attr = type_lookup_borrow(TYPE(self), name);
    if (attr != NULL) {
        TypeObject *at = TYPE(attr);
        if (at == &MethodDescrType) {
            const MethodDef *def = ((MethodDescrObject *)attr)->def;
            return cfunc_new(def, (def->flags & METH_STATIC) ? NULL : self);
        }
        if (at == &GetSetDescrType) {
            return ((GetSetDescrObject *)attr)->def->get(self);
        }
        return NEWREF(attr);
    }
    err_format(&AttributeErrorType, "'%s' object has no attribute '%U'", type_name(self),
               name);
    return NULL;
}
