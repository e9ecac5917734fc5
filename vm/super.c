// vm/super.c — `super`: attribute lookup that starts after a given class in the MRO
// of an object's type. It lives in vm/ because the zero-argument form reads the
// running frame (its first argument and its `__class__` cell).
#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

typedef struct SuperObject {
    Object ob;
    TypeObject *type;       // the class to start after
    Object *obj;            // the instance (or class) bound, or NULL
    TypeObject *obj_type;   // the type whose MRO is searched, or NULL
} SuperObject;

static void super_dealloc(Object *o) {
    SuperObject *s = (SuperObject *)o;
    gc_untrack(o);
    XDECREF(s->type);
    XDECREF(s->obj);
    XDECREF(s->obj_type);
    obj_free(o);
}

static int super_traverse(Object *o, visitproc visit, void *arg) {
    SuperObject *s = (SuperObject *)o;
    Object *refs[] = {OB(s->type), s->obj, OB(s->obj_type)};
    return obj_visit_all(refs, sizeof refs / sizeof refs[0], visit, arg);
}

static int super_clear(Object *o) {
    SuperObject *s = (SuperObject *)o;
    CLEAR(s->type);
    CLEAR(s->obj);
    CLEAR(s->obj_type);
    return 0;
}

// The type whose MRO super(type, obj) searches: obj's type, or obj itself when it is
// a subclass of `type` (a classmethod's super()). NULL with TypeError otherwise.
static TypeObject *super_check(TypeObject *type, Object *obj) {
    if ((TYPE(obj)->flags & TP_TYPE_SUB) && type_is_subtype((TypeObject *)obj, type)) {
        return (TypeObject *)obj;
    }
    if (type_is_subtype(TYPE(obj), type)) {
        return TYPE(obj);
    }
    err_set_str(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Object *super_new(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("super", kwnames) < 0) {
        return NULL;
    }
    if (nargs > 2) {
        err_format(&TypeErrorType, "super() takes at most 2 arguments (%zu given)", nargs);
        return NULL;
    }
    TypeObject *type;
    Object *obj = NULL;
    if (nargs == 0) {
        if (vm_super_args(&type, &obj) < 0) {
            return NULL;
        }
    } else {
        if (!(TYPE(args[0])->flags & TP_TYPE_SUB)) {
            err_format(&TypeErrorType, "super() argument 1 must be a type, not %s",
                       type_name(args[0]));
            return NULL;
        }
        type = (TypeObject *)args[0];
        obj = nargs == 2 && args[1] != None ? args[1] : NULL;
    }
    TypeObject *obj_type = NULL;
    if (obj != NULL) {
        obj_type = super_check(type, obj);
        if (obj_type == NULL) {
            return NULL;
        }
    }
    SuperObject *s = (SuperObject *)obj_alloc((TypeObject *)cls, 0);
    if (s == NULL) {
        return NULL;
    }
    s->type = (TypeObject *)NEWREF(type);
    s->obj = obj != NULL ? NEWREF(obj) : NULL;
    s->obj_type = obj_type != NULL ? (TypeObject *)NEWREF(obj_type) : NULL;
    gc_track(OB(s));
    return OB(s);
}

static Object *super_getattr(Object *o, Object *name) {
    SuperObject *s = (SuperObject *)o;
    // `super().__class__` is super itself.
    if (s->obj_type != NULL && !str_eq_cstr(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        ssize_t n = tuple_size(mro), i = 0;
        while (i < n && tuple_item_borrow(mro, i) != OB(s->type)) {
            i++;
        }
        for (i++; i < n; i++) {
            TypeObject *b = (TypeObject *)tuple_item_borrow(mro, i);
            Object *v = b->dict != NULL ? dict_get_str_borrow(b->dict, name) : NULL;
            if (v == NULL) {
                continue;
            }
            descrgetfunc get = TYPE(v)->descr_get;
            if (get == NULL) {
                return NEWREF(v);
            }
            INCREF(v);
            Object *r = get(v, s->obj == OB(s->obj_type) ? NULL : s->obj, OB(s->obj_type));
            DECREF(v);
            return r;
        }
    }
    return obj_generic_getattr(o, name);
}

static Object *super_repr(Object *o) {
    SuperObject *s = (SuperObject *)o;
    if (s->obj_type != NULL) {
        return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                               s->obj_type->name);
    }
    return str_from_format("<super: <class '%s'>, NULL>", s->type->name);
}

static Object *super_get_thisclass(Object *o) {
    return NEWREF(OB(((SuperObject *)o)->type));
}

static Object *super_get_self(Object *o) {
    Object *v = ((SuperObject *)o)->obj;
    return NEWREF(v != NULL ? v : None);
}

static Object *super_get_self_class(Object *o) {
    Object *v = OB(((SuperObject *)o)->obj_type);
    return NEWREF(v != NULL ? v : None);
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

TypeObject SuperType = {
    .ob = TYPE_HEAD,
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = TP_GC | TP_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .traverse = super_traverse,
    .clear = super_clear,
    .new_ = super_new,
    .getset = super_getset,
};
