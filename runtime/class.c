// runtime/class.c — the `type` type and the classes a program makes: their creation
// (C3 method resolution order, the layout of the best base plus an instance
// `__dict__`), attribute lookup on classes and on instances with CPython's descriptor
// rules, and the special-method slots.
//
// One table, SLOTS, names every special method with the type slot it fills. It is
// read three ways: a built-in type gets a wrapper object in its dict for each slot it
// defines (so `int.__add__`, `object.__init__` and `super().__setitem__` exist); a
// class gets, for each slot whose method it or a base defines in Python, a C function
// that looks the method up and calls it (`slot_*` below); and assigning a special
// method to a class later refills that slot.
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
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- names ------------------------------------------------------------------------------

// Names the slots and class creation use, interned once at start-up.
#define NAMES(X)                                                                        \
    X(init) X(new) X(del) X(getattr) X(getattribute) X(setattr) X(delattr) X(dict)       \
    X(module) X(qualname) X(doc) X(hash) X(eq) X(classcell) X(name) X(weakref)           \
    X(init_subclass) X(class_getitem) X(set_name) X(bool) X(len) X(get) X(set) X(delete) \
    X(call) X(iter) X(next) X(index) X(repr) X(str) X(getitem) X(setitem) X(delitem)      \
    X(contains) X(pow) X(lt) X(le) X(ne) X(gt) X(ge)

enum {
#define X(n) N_##n,
    NAMES(X)
#undef X
    N_COUNT
};
static Object *names[N_COUNT];

static TypeObject MappingProxyType;
#define NAME(n) names[N_##n]

// ---- the slot table ---------------------------------------------------------------------

typedef enum SlotKind {
    K_UNARY,        // unaryfunc: __repr__, __neg__, __iter__ ...
    K_NEXT,         // iternextfunc: __next__
    K_HASH,         // hashfunc
    K_BOOL,         // inquiry: __bool__
    K_LEN,          // lenfunc
    K_CMP,          // richcmpfunc, `op` the comparison
    K_BINARY,       // binaryfunc nb[op], self on the left: __add__
    K_RBINARY,      // the same slot, self on the right: __radd__
    K_INPLACE,      // nb_inplace[op]: __iadd__
    K_GETITEM,      // binaryfunc getitem
    K_SETITEM,      // objobjargproc setitem, storing
    K_DELITEM,      // the same slot, deleting
    K_CONTAINS,     // objobjproc
    K_GETATTR,      // getattrofunc: __getattribute__ (and the __getattr__ hook)
    K_SETATTR,      // setattrofunc, storing
    K_DELATTR,      // the same slot, deleting
    K_CALL,         // callfunc
    K_DESCR_GET,    // descrgetfunc
    K_DESCR_SET,    // descrsetfunc, storing
    K_DESCR_DEL,    // the same slot, deleting
    K_INIT,         // initproc
    K_DEL,          // destructor finalize (classes only: no wrapper)
} SlotKind;

typedef struct SlotDef {
    const char *name;
    size_t offset;          // of the slot in TypeObject
    SlotKind kind;
    int op;                 // NbOp or comparison
    void *fn;               // what a class whose method is Python code puts in the slot
    Object *str;            // the interned name, made by class_init
} SlotDef;

#define SLOT_PTR(t, d) ((void **)((char *)(t) + (d)->offset))

static Object *slot_unary(Object *self, const SlotDef *d);

// One C function per unary slot, each calling its method by name.
#define UNARY_SLOTS(X)                                                                   \
    X(repr, "__repr__") X(str, "__str__") X(nb_neg, "__neg__") X(nb_pos, "__pos__")       \
    X(nb_abs, "__abs__") X(nb_invert, "__invert__") X(nb_int, "__int__")                  \
    X(nb_float, "__float__") X(nb_index, "__index__") X(iter, "__iter__")

#define X(slot, dunder) static Object *slot_##slot(Object *self);
UNARY_SLOTS(X)
#undef X

// The unary slots come first in SLOTS, in this order.
enum {
#define X(slot, dunder) U_##slot,
    UNARY_SLOTS(X)
#undef X
};

static Object *slot_iternext(Object *self);
static hash_t slot_hash(Object *self);
static int slot_bool(Object *self);
static ssize_t slot_len(Object *self);
static Object *slot_richcompare(Object *a, Object *b, int op);
static Object *slot_getitem(Object *self, Object *key);
static int slot_setitem(Object *self, Object *key, Object *v);
static int slot_contains(Object *self, Object *x);
static Object *slot_getattr(Object *self, Object *name);
static int slot_setattr(Object *self, Object *name, Object *v);
static Object *slot_call(Object *self, Object *const *args, size_t nargs, Object *kwnames);
static Object *slot_descr_get(Object *self, Object *obj, Object *type);
static int slot_descr_set(Object *self, Object *obj, Object *v);
static int slot_init(Object *self, Object *const *args, size_t nargs, Object *kwnames);
static void slot_finalize(Object *self);

#define X(name, sym, dunder)                                                             \
    static Object *slot_##name(Object *a, Object *b);                                     \
    static Object *slot_i##name(Object *a, Object *b);
NB_OPS(X)
#undef X

#define OFF(slot) offsetof(TypeObject, slot)
#define BIN(name, dunder, rdunder, idunder)                                              \
    {dunder, OFF(nb[name]), K_BINARY, name, (void *)slot_##name, NULL},                   \
    {rdunder, OFF(nb[name]), K_RBINARY, name, (void *)slot_##name, NULL},                 \
    {idunder, OFF(nb_inplace[name]), K_INPLACE, name, (void *)slot_i##name, NULL},

static SlotDef SLOTS[] = {
#define X(slot, dunder) {dunder, OFF(slot), K_UNARY, 0, (void *)slot_##slot, NULL},
    UNARY_SLOTS(X)
#undef X
    {"__next__", OFF(iternext), K_NEXT, 0, (void *)slot_iternext, NULL},
    {"__hash__", OFF(hash), K_HASH, 0, (void *)slot_hash, NULL},
    {"__bool__", OFF(nb_bool), K_BOOL, 0, (void *)slot_bool, NULL},
    {"__len__", OFF(len), K_LEN, 0, (void *)slot_len, NULL},
    {"__lt__", OFF(richcompare), K_CMP, OBJ_LT, (void *)slot_richcompare, NULL},
    {"__le__", OFF(richcompare), K_CMP, OBJ_LE, (void *)slot_richcompare, NULL},
    {"__eq__", OFF(richcompare), K_CMP, OBJ_EQ, (void *)slot_richcompare, NULL},
    {"__ne__", OFF(richcompare), K_CMP, OBJ_NE, (void *)slot_richcompare, NULL},
    {"__gt__", OFF(richcompare), K_CMP, OBJ_GT, (void *)slot_richcompare, NULL},
    {"__ge__", OFF(richcompare), K_CMP, OBJ_GE, (void *)slot_richcompare, NULL},
    BIN(NB_ADD, "__add__", "__radd__", "__iadd__")
    BIN(NB_SUB, "__sub__", "__rsub__", "__isub__")
    BIN(NB_MUL, "__mul__", "__rmul__", "__imul__")
    BIN(NB_MATMUL, "__matmul__", "__rmatmul__", "__imatmul__")
    BIN(NB_TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__")
    BIN(NB_FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__")
    BIN(NB_MOD, "__mod__", "__rmod__", "__imod__")
    BIN(NB_POW, "__pow__", "__rpow__", "__ipow__")
    BIN(NB_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__")
    BIN(NB_RSHIFT, "__rshift__", "__rrshift__", "__irshift__")
    BIN(NB_AND, "__and__", "__rand__", "__iand__")
    BIN(NB_OR, "__or__", "__ror__", "__ior__")
    BIN(NB_XOR, "__xor__", "__rxor__", "__ixor__")
    {"__getitem__", OFF(getitem), K_GETITEM, 0, (void *)slot_getitem, NULL},
    {"__setitem__", OFF(setitem), K_SETITEM, 0, (void *)slot_setitem, NULL},
    {"__delitem__", OFF(setitem), K_DELITEM, 0, (void *)slot_setitem, NULL},
    {"__contains__", OFF(contains), K_CONTAINS, 0, (void *)slot_contains, NULL},
    {"__getattribute__", OFF(getattr), K_GETATTR, 0, (void *)slot_getattr, NULL},
    {"__getattr__", OFF(getattr), K_GETATTR, 1, (void *)slot_getattr, NULL},
    {"__setattr__", OFF(setattr), K_SETATTR, 0, (void *)slot_setattr, NULL},
    {"__delattr__", OFF(setattr), K_DELATTR, 0, (void *)slot_setattr, NULL},
    {"__call__", OFF(call), K_CALL, 0, (void *)slot_call, NULL},
    {"__get__", OFF(descr_get), K_DESCR_GET, 0, (void *)slot_descr_get, NULL},
    {"__set__", OFF(descr_set), K_DESCR_SET, 0, (void *)slot_descr_set, NULL},
    {"__delete__", OFF(descr_set), K_DESCR_DEL, 0, (void *)slot_descr_set, NULL},
    {"__init__", OFF(init), K_INIT, 0, (void *)slot_init, NULL},
    {"__del__", OFF(finalize), K_DEL, 0, (void *)slot_finalize, NULL},
};
#define NSLOTS (sizeof SLOTS / sizeof SLOTS[0])

// The `__add__`-style entry of each binary operator; its `__radd__` and `__iadd__`
// entries follow it (the BIN rows). Filled by class_init.
static const SlotDef *binary_defs[NB_COUNT];

int class_init(void) {
#define X(n) names[N_##n] = str_intern_cstr("__" #n "__");
    NAMES(X)
#undef X
    for (int i = 0; i < N_COUNT; i++) {
        if (names[i] == NULL) {
            return -1;
        }
    }
    for (size_t i = 0; i < NSLOTS; i++) {
        SLOTS[i].str = str_intern_cstr(SLOTS[i].name);
        if (SLOTS[i].str == NULL) {
            return -1;
        }
        if (SLOTS[i].kind == K_BINARY) {
            binary_defs[SLOTS[i].op] = &SLOTS[i];
        }
    }
    return 0;
}

void class_fini(void) {
    type_fini(&MappingProxyType);
    for (int i = 0; i < N_COUNT; i++) {
        CLEAR(names[i]);
    }
    for (size_t i = 0; i < NSLOTS; i++) {
        CLEAR(SLOTS[i].str);
    }
}

// ---- calling special methods --------------------------------------------------------------

Object *obj_call_special(Object *self, Object *name, Object *const *args, size_t nargs,
                         bool *found) {
    Object *attr = type_lookup_borrow(TYPE(self), name);
    *found = attr != NULL;
    if (attr == NULL) {
        return NULL;
    }
    TypeObject *at = TYPE(attr);
    if (at->flags & TP_METHOD_DESCR) {
        // A function: call it with `self` in front, without making a bound method.
        Object *small[8];
        Object **argv = small;
        if (nargs + 1 > 8) {
            argv = heap_alloc((nargs + 1) * sizeof *argv);
            if (argv == NULL) {
                return err_no_memory();
            }
        }
        argv[0] = self;
        for (size_t i = 0; i < nargs; i++) {
            argv[i + 1] = args[i];
        }
        INCREF(attr);
        Object *r = obj_call(attr, argv, nargs + 1, NULL);
        DECREF(attr);
        if (argv != small) {
            heap_free(argv);
        }
        return r;
    }
    Object *bound;
    if (at->descr_get != NULL) {
        bound = at->descr_get(attr, self, OB(TYPE(self)));
        if (bound == NULL) {
            return NULL;
        }
    } else {
        bound = NEWREF(attr);
    }
    Object *r = obj_call(bound, args, nargs, NULL);
    DECREF(bound);
    return r;
}

// Call the special method `name`, which a slot of TYPE(self) says exists; an
// AttributeError when it has gone since. Ref: new.
static Object *call_method(Object *self, Object *name, Object *const *args, size_t nargs) {
    bool found;
    Object *r = obj_call_special(self, name, args, nargs, &found);
    if (!found) {
        err_set_object(&AttributeErrorType, name);
    }
    return r;
}

// ---- the slots of classes ----------------------------------------------------------------

#define X(slot, dunder)                                                                  \
    static Object *slot_##slot(Object *self) {                                            \
        return slot_unary(self, &SLOTS[U_##slot]);                                       \
    }
UNARY_SLOTS(X)
#undef X

static Object *slot_unary(Object *self, const SlotDef *d) {
    if (d->offset == OFF(iter) && type_lookup_borrow(TYPE(self), d->str) == None) {
        // `__iter__ = None` declares the class not iterable.
        return err_type_what(self, "is not iterable");
    }
    return call_method(self, d->str, NULL, 0);
}

// pow(a, b, m) for a class with `__pow__`: a.__pow__(b, m) when `a` is the instance.
static Object *slot_pow3(Object *a, Object *b, Object *m) {
    if (TYPE(a)->nb_pow3 != slot_pow3) {
        return NEWREF(NotImplemented);
    }
    Object *args[2] = {b, m};
    bool found;
    Object *r = obj_call_special(a, NAME(pow), args, 2, &found);
    return found ? r : NEWREF(NotImplemented);
}

static Object *slot_iternext(Object *self) {
    Object *r = call_method(self, NAME(next), NULL, 0);
    if (r == NULL && err_matches(&StopIterationType)) {
        // The end of the iteration: a bare NULL, as every iternext slot says it.
        err_clear();
    }
    return r;
}

static hash_t slot_hash(Object *self) {
    Object *r = call_method(self, NAME(hash), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    if (!(TYPE(r)->flags & TP_INT_SUB)) {
        DECREF(r);
        err_set_str(&TypeErrorType, "__hash__ method should return an integer");
        return -1;
    }
    hash_t h = int_as_i64(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static int slot_bool(Object *self) {
    Object *r = call_method(self, NAME(bool), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    int truth = r == True ? 1 : r == False ? 0 : -1;
    if (truth < 0) {
        err_format(&TypeErrorType, "__bool__ should return bool, returned %s", type_name(r));
    }
    DECREF(r);
    return truth;
}

static ssize_t slot_len(Object *self) {
    Object *r = call_method(self, NAME(len), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    ssize_t n = obj_as_ssize(r);
    DECREF(r);
    if (n == -1 && err_occurred() != NULL) {
        return -1;
    }
    if (n < 0) {
        err_set_str(&ValueErrorType, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Object *slot_richcompare(Object *a, Object *b, int op) {
    Object *const cmp_names[] = {NAME(lt), NAME(le), NAME(eq), NAME(ne), NAME(gt), NAME(ge)};
    bool found;
    Object *r = obj_call_special(a, cmp_names[op], &b, 1, &found);
    return found ? r : NEWREF(NotImplemented);
}

// Whether TYPE(o) gives `name` a definition other than the one `base` would give it
// (CPython's method_is_overloaded). -1 never: lookups cannot fail.
static bool overrides(Object *o, TypeObject *base, Object *name) {
    Object *mine = type_lookup_borrow(TYPE(o), name);
    return mine != NULL && mine != type_lookup_borrow(base, name);
}

// a op b for a class that defines the operator in Python, in CPython's order: the
// right operand's reflected method first when its type is a subclass that overrides
// it, then the left one's method, then the right one's reflected method.
static Object *binary_slot(Object *a, Object *b, int op) {
    const SlotDef *left = binary_defs[op], *right = left + 1;
    void *me = left->fn;
    bool do_other = TYPE(a) != TYPE(b) && TYPE(b)->nb[op] == me;
    Object *r;
    bool found;
    if (TYPE(a)->nb[op] == me) {
        if (do_other && type_is_subtype(TYPE(b), TYPE(a)) && overrides(b, TYPE(a), right->str)) {
            r = obj_call_special(b, right->str, &a, 1, &found);
            if (found && r != NotImplemented) {
                return r;
            }
            if (found) {
                DECREF(r);
            }
            do_other = false;
        }
        r = obj_call_special(a, left->str, &b, 1, &found);
        if (!found) {
            r = NEWREF(NotImplemented);
        } else if (r == NULL) {
            return NULL;
        }
        if (r != NotImplemented || TYPE(a) == TYPE(b)) {
            return r;
        }
        DECREF(r);
    }
    if (do_other) {
        r = obj_call_special(b, right->str, &a, 1, &found);
        return found ? r : NEWREF(NotImplemented);
    }
    return NEWREF(NotImplemented);
}

static Object *inplace_slot(Object *a, Object *b, int op) {
    bool found;
    Object *r = obj_call_special(a, binary_defs[op][2].str, &b, 1, &found);
    return found ? r : NEWREF(NotImplemented);
}

#define X(name, sym, dunder)                                                             \
    static Object *slot_##name(Object *a, Object *b) {                                    \
        return binary_slot(a, b, name);                                                  \
    }                                                                                    \
    static Object *slot_i##name(Object *a, Object *b) {                                   \
        return inplace_slot(a, b, name);                                                 \
    }
NB_OPS(X)
#undef X

static Object *slot_getitem(Object *self, Object *key) {
    return call_method(self, NAME(getitem), &key, 1);
}

static int slot_setitem(Object *self, Object *key, Object *v) {
    Object *args[2] = {key, v};
    Object *r = v != NULL ? call_method(self, NAME(setitem), args, 2)
                          : call_method(self, NAME(delitem), args, 1);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

static int slot_contains(Object *self, Object *x) {
    bool found;
    Object *r = obj_call_special(self, NAME(contains), &x, 1, &found);
    if (!found) {
        // Deleted since the class was made: iterate instead, as CPython does.
        return obj_iter_search(self, x);
    }
    if (r == NULL) {
        return -1;
    }
    int truth = obj_is_true(r);
    DECREF(r);
    return truth;
}

// Attribute lookup for a class with `__getattribute__` or `__getattr__` in Python:
// the first (or the generic lookup), then on AttributeError the second.
static Object *slot_getattr(Object *self, Object *name) {
    Object *ga = type_lookup_borrow(TYPE(self), NAME(getattribute));
    Object *r;
    if (ga == NULL || TYPE(ga) == &SlotWrapperType) {
        r = obj_generic_getattr(self, name);
    } else {
        r = call_method(self, NAME(getattribute), &name, 1);
    }
    if (r != NULL || !err_matches(&AttributeErrorType)) {
        return r;
    }
    if (type_lookup_borrow(TYPE(self), NAME(getattr)) == NULL) {
        return NULL;
    }
    err_clear();
    return call_method(self, NAME(getattr), &name, 1);
}

static int slot_setattr(Object *self, Object *name, Object *v) {
    Object *args[2] = {name, v};
    Object *r = v != NULL ? call_method(self, NAME(setattr), args, 2)
                          : call_method(self, NAME(delattr), args, 1);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

static Object *slot_call(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *attr = type_lookup_borrow(TYPE(self), NAME(call));
    if (attr == NULL) {
        return err_type_what(self, "is not callable");
    }
    Object *bound = TYPE(attr)->descr_get != NULL
                        ? TYPE(attr)->descr_get(attr, self, OB(TYPE(self)))
                        : NEWREF(attr);
    if (bound == NULL) {
        return NULL;
    }
    Object *r = obj_call(bound, args, nargs, kwnames);
    DECREF(bound);
    return r;
}

static Object *slot_descr_get(Object *self, Object *obj, Object *type) {
    Object *args[2] = {obj != NULL ? obj : None, type != NULL ? type : None};
    return call_method(self, NAME(get), args, 2);
}

static int slot_descr_set(Object *self, Object *obj, Object *v) {
    Object *args[2] = {obj, v};
    Object *r = v != NULL ? call_method(self, NAME(set), args, 2)
                          : call_method(self, NAME(delete), args, 1);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

static int slot_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *attr = type_lookup_borrow(TYPE(self), NAME(init));
    if (attr == NULL) {
        return 0;
    }
    Object *bound = TYPE(attr)->descr_get != NULL
                        ? TYPE(attr)->descr_get(attr, self, OB(TYPE(self)))
                        : NEWREF(attr);
    if (bound == NULL) {
        return -1;
    }
    Object *r = obj_call(bound, args, nargs, kwnames);
    DECREF(bound);
    if (r == NULL) {
        return -1;
    }
    if (r != None) {
        err_format(&TypeErrorType, "__init__() should return None, not '%s'", type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

// `__del__`: called with the current exception put aside; an error in it is reported
// and dropped, as CPython does.
static void slot_finalize(Object *self) {
    Object *saved = err_fetch();
    Object *attr = type_lookup_borrow(TYPE(self), NAME(del));
    if (attr != NULL) {
        INCREF(attr);
        bool found;
        Object *r = obj_call_special(self, NAME(del), NULL, 0, &found);
        if (r == NULL && found) {
            err_write_unraisable(attr);
        }
        XDECREF(r);
        DECREF(attr);
    }
    if (saved != NULL) {
        err_restore(saved);
    }
}

// ---- wrappers: the special methods of built-in types as attributes ----------------------

Object *slot_wrapper_call(const void *def, TypeObject *owner, Object *self,
                          Object *const *args, size_t nargs, Object *kwnames) {
    const SlotDef *d = def;
    void *fn = *SLOT_PTR(owner, d);
    static const int nargs_of[] = {
        [K_UNARY] = 0, [K_NEXT] = 0, [K_HASH] = 0, [K_BOOL] = 0, [K_LEN] = 0, [K_CMP] = 1,
        [K_BINARY] = 1, [K_RBINARY] = 1, [K_INPLACE] = 1, [K_GETITEM] = 1, [K_SETITEM] = 2,
        [K_DELITEM] = 1, [K_CONTAINS] = 1, [K_GETATTR] = 1, [K_SETATTR] = 2,
        [K_DELATTR] = 1, [K_DESCR_GET] = 2, [K_DESCR_SET] = 2, [K_DESCR_DEL] = 1,
    };
    if (d->kind == K_CALL || d->kind == K_INIT) {
        if (d->kind == K_CALL) {
            return ((callfunc)fn)(self, args, nargs, kwnames);
        }
        if (((initproc)fn)(self, args, nargs, kwnames) < 0) {
            return NULL;
        }
        RETURN_NONE;
    }
    if (args_no_kw(d->name, kwnames) < 0) {
        return NULL;
    }
    size_t want = (size_t)nargs_of[d->kind];
    if (d->kind == K_DESCR_GET ? (nargs < 1 || nargs > 2) : nargs != want) {
        if (want == 0) {
            err_format(&TypeErrorType, "expected 0 arguments, got %zu", nargs);
        } else {
            err_format(&TypeErrorType, "expected %zu argument%s, got %zu", want,
                       want == 1 ? "" : "s", nargs);
        }
        return NULL;
    }
    switch (d->kind) {
    case K_UNARY:
        return ((unaryfunc)fn)(self);
    case K_NEXT: {
        Object *r = ((iternextfunc)fn)(self);
        if (r == NULL && err_occurred() == NULL) {
            err_set_object(&StopIterationType, NULL);
        }
        return r;
    }
    case K_HASH: {
        hash_t h = ((hashfunc)fn)(self);
        return h == -1 ? NULL : int_from_i64(h);
    }
    case K_BOOL: {
        int r = ((inquiry)fn)(self);
        return r < 0 ? NULL : bool_from(r);
    }
    case K_LEN: {
        ssize_t n = ((lenfunc)fn)(self);
        return n < 0 ? NULL : int_from_i64(n);
    }
    case K_CMP:
        return ((richcmpfunc)fn)(self, args[0], d->op);
    case K_BINARY:
    case K_INPLACE:
        return ((binaryfunc)fn)(self, args[0]);
    case K_RBINARY:
        return ((binaryfunc)fn)(args[0], self);
    case K_GETITEM:
    case K_GETATTR:
        return ((binaryfunc)fn)(self, args[0]);
    case K_SETITEM:
    case K_DELITEM:
    case K_SETATTR:
    case K_DELATTR:
    case K_DESCR_SET:
    case K_DESCR_DEL: {
        Object *v = d->kind == K_SETITEM || d->kind == K_SETATTR || d->kind == K_DESCR_SET
                        ? args[1] : NULL;
        int r;
        if (d->kind == K_SETATTR || d->kind == K_DELATTR) {
            if (!str_check(args[0])) {
                err_format(&TypeErrorType, "attribute name must be string, not '%s'",
                           type_name(args[0]));
                return NULL;
            }
            r = ((setattrofunc)fn)(self, args[0], v);
        } else if (d->kind == K_DESCR_SET || d->kind == K_DESCR_DEL) {
            r = ((descrsetfunc)fn)(self, args[0], v);
        } else {
            r = ((objobjargproc)fn)(self, args[0], v);
        }
        if (r < 0) {
            return NULL;
        }
        RETURN_NONE;
    }
    case K_CONTAINS: {
        int r = ((objobjproc)fn)(self, args[0]);
        return r < 0 ? NULL : bool_from(r);
    }
    case K_DESCR_GET: {
        Object *obj = args[0] == None ? NULL : args[0];
        Object *type = nargs > 1 && args[1] != None ? args[1] : NULL;
        return ((descrgetfunc)fn)(self, obj, type != NULL ? type : OB(TYPE(obj)));
    }
    default:
        break;
    }
    err_set_str(&SystemErrorType, "bad slot wrapper");
    return NULL;
}

const char *slot_wrapper_name(const void *def) {
    return ((const SlotDef *)def)->name;
}

// `T.__new__(cls, ...)` of a built-in type T: make an instance of `cls` (T or a
// subclass of it) with T's constructor.
static Object *new_wrapper(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    TypeObject *owner = (TypeObject *)self;
    if (nargs < 1) {
        err_format(&TypeErrorType, "%s.__new__(): not enough arguments", owner->name);
        return NULL;
    }
    Object *cls = args[0];
    if (!(TYPE(cls)->flags & TP_TYPE_SUB)) {
        err_format(&TypeErrorType, "%s.__new__(X): X is not a type object (%s)", owner->name,
                   type_name(cls));
        return NULL;
    }
    TypeObject *sub = (TypeObject *)cls;
    if (!type_is_subtype(sub, owner)) {
        err_format(&TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                   sub->name, sub->name, owner->name);
        return NULL;
    }
    return owner->new_(cls, args + 1, nargs - 1, kwnames);
}

static const MethodDef new_wrapper_def = {"__new__", new_wrapper, 0};

int type_add_wrappers(TypeObject *t) {
    for (size_t i = 0; i < NSLOTS; i++) {
        const SlotDef *d = &SLOTS[i];
        if (d->kind == K_DEL || (d->kind == K_GETATTR && d->op == 1)) {
            continue;
        }
        void *fn = *SLOT_PTR(t, d);
        if (fn == NULL || dict_get_str_borrow(t->dict, d->str) != NULL) {
            continue;
        }
        // An inherited slot is the base's: its wrapper is found there.
        if (t->base != NULL && *SLOT_PTR(t->base, d) == fn) {
            continue;
        }
        Object *w = slot_wrapper_new(d, t);
        if (w == NULL || dict_set(t->dict, d->str, w) < 0) {
            XDECREF(w);
            return -1;
        }
        DECREF(w);
    }
    if (t->new_ != NULL && dict_get_str_borrow(t->dict, NAME(new)) == NULL) {
        Object *f = cfunc_new(&new_wrapper_def, OB(t));
        if (f == NULL || dict_set(t->dict, NAME(new), f) < 0) {
            XDECREF(f);
            return -1;
        }
        DECREF(f);
    }
    return 0;
}

// ---- filling the slots of a class -------------------------------------------------------

// Set every slot of `t` named by SLOTS from the methods its MRO defines: the `slot_*`
// caller of a method written in Python, the built-in slot itself when the method
// found is a built-in type's wrapper, nothing when no class defines it.
static void fill_slots(TypeObject *t) {
    for (size_t i = 0; i < NSLOTS; i++) {
        const SlotDef *d = &SLOTS[i];
        // Each slot is decided once, at the first entry naming it.
        bool first = true;
        for (size_t j = 0; j < i; j++) {
            if (SLOTS[j].offset == d->offset) {
                first = false;
                break;
            }
        }
        if (!first) {
            continue;
        }
        void *python = NULL, *builtin = NULL;
        bool none = false, any = false;
        for (size_t j = i; j < NSLOTS; j++) {
            const SlotDef *e = &SLOTS[j];
            if (e->offset != d->offset) {
                continue;
            }
            Object *attr = type_lookup_borrow(t, e->str);
            if (attr == NULL) {
                continue;
            }
            any = true;
            if (TYPE(attr) == &SlotWrapperType && slot_wrapper_def(attr) == e) {
                builtin = *SLOT_PTR(slot_wrapper_owner(attr), e);
            } else if (attr == None && (e->kind == K_HASH)) {
                none = true;
            } else {
                python = e->fn;
            }
        }
        void **slot = SLOT_PTR(t, d);
        if (python != NULL) {
            *slot = python;
        } else if (none) {
            *slot = NULL;
        } else if (builtin != NULL) {
            *slot = builtin;
        } else if (!any && d->kind != K_INIT) {
            // Defined nowhere: keep what the best base has (its C slots without
            // names, such as a base's own getattr).
            *slot = t->base != NULL ? *SLOT_PTR(t->base, d) : NULL;
        }
    }
}

// Give `t` and every class below it a new version: their attributes changed, so what
// the lookup cache remembers of them is stale.
static void type_modified(TypeObject *t) {
    t->version = ++rt->type_version;
    if (t->flags & TP_HEAPTYPE) {
        HeapTypeObject *ht = (HeapTypeObject *)t;
        for (ssize_t i = 0; i < ht->nsubs; i++) {
            type_modified(ht->subs[i]);
        }
    }
}

// Refill the slots of `t` and of every class below it.
static void refill_slots(TypeObject *t) {
    fill_slots(t);
    if (t->flags & TP_HEAPTYPE) {
        HeapTypeObject *ht = (HeapTypeObject *)t;
        for (ssize_t i = 0; i < ht->nsubs; i++) {
            refill_slots(ht->subs[i]);
        }
    }
}

// Note `sub` below `base` (when `base` is a class); -1 with MemoryError.
static int add_subclass(TypeObject *base, TypeObject *sub) {
    if (!(base->flags & TP_HEAPTYPE)) {
        return 0;
    }
    HeapTypeObject *ht = (HeapTypeObject *)base;
    if (ht->nsubs == ht->capsubs) {
        ssize_t cap = ht->capsubs == 0 ? 4 : ht->capsubs * 2;
        TypeObject **subs = heap_realloc(ht->subs, (size_t)cap * sizeof *subs);
        if (subs == NULL) {
            err_no_memory();
            return -1;
        }
        ht->subs = subs;
        ht->capsubs = cap;
    }
    ht->subs[ht->nsubs++] = sub;
    return 0;
}

static void remove_subclass(TypeObject *base, TypeObject *sub) {
    if (!(base->flags & TP_HEAPTYPE)) {
        return;
    }
    HeapTypeObject *ht = (HeapTypeObject *)base;
    for (ssize_t i = 0; i < ht->nsubs; i++) {
        if (ht->subs[i] == sub) {
            memmove(&ht->subs[i], &ht->subs[i + 1], (size_t)(ht->nsubs - i - 1) * sizeof sub);
            ht->nsubs--;
            return;
        }
    }
}

// ---- the type `type` ----------------------------------------------------------------------

Object *type_qualified_name(TypeObject *t, bool skip_main) {
    if (!(t->flags & TP_HEAPTYPE)) {
        return str_from_cstr(t->name);
    }
    Object *mod = dict_get_str_borrow(t->dict, NAME(module));
    Object *qual = ((HeapTypeObject *)t)->ht_qualname;
    if (mod == NULL || !str_check(mod) || str_eq_cstr(mod, "builtins") ||
        (skip_main && str_eq_cstr(mod, "__main__"))) {
        return NEWREF(qual);
    }
    return str_from_format("%s.%s", str_data(mod), str_data(qual));
}

static Object *type_repr(Object *o) {
    Object *name = type_qualified_name((TypeObject *)o, false);
    if (name == NULL) {
        return NULL;
    }
    Object *r = str_from_format("<class '%s'>", str_data(name));
    DECREF(name);
    return r;
}

static Object *type_call(Object *callable, Object *const *args, size_t nargs,
                         Object *kwnames) {
    TypeObject *t = (TypeObject *)callable;
    if (t == &TypeType) {
        size_t nkw = kwnames != NULL ? (size_t)tuple_size(kwnames) : 0;
        if (nargs == 1 && nkw == 0) {
            return NEWREF(TYPE(args[0]));
        }
        if (nargs != 3) {
            err_set_str(&TypeErrorType, "type() takes 1 or 3 arguments");
            return NULL;
        }
        if (!str_check(args[0])) {
            err_format(&TypeErrorType, "type.__new__() argument 1 must be str, not %s",
                       type_name(args[0]));
            return NULL;
        }
        if (!tuple_check(args[1])) {
            err_format(&TypeErrorType, "type.__new__() argument 2 must be tuple, not %s",
                       type_name(args[1]));
            return NULL;
        }
        if (!dict_check(args[2])) {
            err_format(&TypeErrorType, "type.__new__() argument 3 must be dict, not %s",
                       type_name(args[2]));
            return NULL;
        }
        return class_new(args[0], args[1], args[2]);
    }
    if (t->new_ == NULL) {
        err_format(&TypeErrorType, "cannot create '%s' instances", t->name);
        return NULL;
    }
    Object *o = t->new_(callable, args, nargs, kwnames);
    if (o == NULL || !(TYPE(o)->flags & TP_HEAPTYPE) || !type_is_subtype(TYPE(o), t)) {
        return o;
    }
    initproc init = TYPE(o)->init;
    if (init != NULL && init(o, args, nargs, kwnames) < 0) {
        CLEAR(o);
    }
    return o;
}

static Object *type_getattr(Object *o, Object *name) {
    TypeObject *t = (TypeObject *)o;
    Object *meta = type_lookup_borrow(TYPE(o), name);
    descrgetfunc meta_get = NULL;
    if (meta != NULL) {
        meta_get = TYPE(meta)->descr_get;
        if (meta_get != NULL && TYPE(meta)->descr_set != NULL) {
            return meta_get(meta, o, OB(TYPE(o)));
        }
    }
    Object *attr = type_lookup_borrow(t, name);
    if (attr != NULL) {
        descrgetfunc get = TYPE(attr)->descr_get;
        if (get != NULL) {
            INCREF(attr);
            Object *r = get(attr, NULL, o);
            DECREF(attr);
            return r;
        }
        return NEWREF(attr);
    }
    if (meta_get != NULL) {
        return meta_get(meta, o, OB(TYPE(o)));
    }
    if (meta != NULL) {
        return NEWREF(meta);
    }
    err_format(&AttributeErrorType, "type object '%s' has no attribute '%U'", t->name, name);
    return NULL;
}

static int type_setattr(Object *o, Object *name, Object *v) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TP_HEAPTYPE)) {
        err_format(&TypeErrorType, "cannot set '%U' attribute of immutable type '%s'", name,
                   t->name);
        return -1;
    }
    Object *meta = type_lookup_borrow(TYPE(o), name);
    if (meta != NULL && TYPE(meta)->descr_set != NULL) {
        return TYPE(meta)->descr_set(meta, o, v);
    }
    int r;
    if (v != NULL) {
        r = dict_set(t->dict, name, v);
    } else {
        r = dict_del(t->dict, name);
        if (r > 0) {
            err_format(&AttributeErrorType, "type object '%s' has no attribute '%U'", t->name,
                       name);
            r = -1;
        }
    }
    if (r < 0) {
        return -1;
    }
    type_modified(t);
    const char *s = str_data(name);
    if (s[0] == '_' && s[1] == '_') {
        // A special method changed: refill the slots of the class and those below it.
        refill_slots(t);
    }
    return 0;
}

static void type_dealloc(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TP_HEAPTYPE)) {
        fprintf(stderr, "adder: deallocating the static type %s\n", t->name);
        return;
    }
    HeapTypeObject *ht = (HeapTypeObject *)t;
    gc_untrack(o);
    for (ssize_t i = 0; t->bases != NULL && i < tuple_size(t->bases); i++) {
        remove_subclass((TypeObject *)tuple_item_borrow(t->bases, i), t);
    }
    CLEAR(t->dict);
    CLEAR(t->mro);
    CLEAR(t->bases);
    heap_free(ht->subs);
    ht->subs = NULL;
    CLEAR(ht->ht_name);
    CLEAR(ht->ht_qualname);
    TypeObject *base = t->base;
    t->base = NULL;
    obj_free(o);
    XDECREF(base);
}

static int type_traverse(Object *o, visitproc visit, void *arg) {
    TypeObject *t = (TypeObject *)o;
    Object *refs[] = {t->dict, t->mro, t->bases, OB(t->base)};
    return obj_visit_all(refs, sizeof refs / sizeof refs[0], visit, arg);
}

static int type_clear(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->dict != NULL) {
        dict_clear(t->dict);
    }
    CLEAR(t->mro);
    type_modified(t);
    return 0;
}

static Object *type_get_name(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->flags & TP_HEAPTYPE) {
        return NEWREF(((HeapTypeObject *)t)->ht_name);
    }
    const char *dot = strrchr(t->name, '.');
    return str_from_cstr(dot != NULL ? dot + 1 : t->name);
}

static int type_set_name(Object *o, Object *v) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TP_HEAPTYPE)) {
        err_format(&TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (v == NULL || !str_check(v)) {
        err_format(&TypeErrorType, "can only assign string to %s.__name__, not '%s'", t->name,
                   v == NULL ? "NoneType" : type_name(v));
        return -1;
    }
    HeapTypeObject *ht = (HeapTypeObject *)t;
    SETREF(ht->ht_name, NEWREF(v));
    t->name = str_data(v);
    return 0;
}

static Object *type_get_qualname(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->flags & TP_HEAPTYPE) {
        return NEWREF(((HeapTypeObject *)t)->ht_qualname);
    }
    return type_get_name(o);
}

static int type_set_qualname(Object *o, Object *v) {
    TypeObject *t = (TypeObject *)o;
    if (!(t->flags & TP_HEAPTYPE)) {
        err_format(&TypeErrorType,
                   "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (v == NULL || !str_check(v)) {
        err_format(&TypeErrorType, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, v == NULL ? "NoneType" : type_name(v));
        return -1;
    }
    SETREF(((HeapTypeObject *)t)->ht_qualname, NEWREF(v));
    return 0;
}

static Object *type_get_mro(Object *o) {
    TypeObject *t = (TypeObject *)o;
    return NEWREF(t->mro != NULL ? t->mro : rt->empty_tuple);
}

static Object *type_get_base(Object *o) {
    TypeObject *t = (TypeObject *)o;
    return NEWREF(t->base != NULL ? OB(t->base) : None);
}

static Object *type_get_bases(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->bases != NULL) {
        return NEWREF(t->bases);
    }
    return t->base != NULL ? tuple_pack1(OB(t->base)) : NEWREF(rt->empty_tuple);
}

static Object *type_get_module(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->flags & TP_HEAPTYPE) {
        Object *m = dict_get_str_borrow(t->dict, NAME(module));
        if (m != NULL) {
            return NEWREF(m);
        }
        err_format(&AttributeErrorType, "__module__");
        return NULL;
    }
    return str_from_cstr("builtins");
}

static Object *type_get_doc(Object *o) {
    TypeObject *t = (TypeObject *)o;
    Object *d = dict_get_str_borrow(t->dict, NAME(doc));
    if (d == NULL) {
        RETURN_NONE;
    }
    if (TYPE(d)->descr_get != NULL) {
        return TYPE(d)->descr_get(d, NULL, o);
    }
    return NEWREF(d);
}

// ---- mappingproxy: a read-only view of a class's dict -----------------------------------

typedef struct MappingProxyObject {
    Object ob;
    Object *dict;
} MappingProxyObject;

#define PROXIED(o) (((MappingProxyObject *)(o))->dict)

static void proxy_dealloc(Object *o) {
    gc_untrack(o);
    XDECREF(PROXIED(o));
    obj_free(o);
}

static int proxy_traverse(Object *o, visitproc visit, void *arg) {
    return PROXIED(o) != NULL ? visit(PROXIED(o), arg) : 0;
}

static Object *proxy_repr(Object *o) {
    Object *r = obj_repr(PROXIED(o));
    if (r == NULL) {
        return NULL;
    }
    Object *s = str_from_format("mappingproxy(%s)", str_data(r));
    DECREF(r);
    return s;
}

static ssize_t proxy_len(Object *o) {
    return dict_len(PROXIED(o));
}

static Object *proxy_getitem(Object *o, Object *key) {
    return obj_getitem(PROXIED(o), key);
}

static int proxy_contains(Object *o, Object *key) {
    return obj_contains(PROXIED(o), key);
}

static Object *proxy_iter(Object *o) {
    return obj_get_iter(PROXIED(o));
}

static Object *proxy_richcompare(Object *a, Object *b, int op) {
    return obj_richcompare(PROXIED(a), b, op);
}

// keys(), values(), items(), get() and copy() are the dict's own.
static Object *proxy_getattr(Object *o, Object *name) {
    static const char *const shared[] = {"keys", "values", "items", "get", "copy", NULL};
    for (int i = 0; shared[i] != NULL; i++) {
        if (str_eq_cstr(name, shared[i])) {
            return obj_getattr(PROXIED(o), name);
        }
    }
    return obj_generic_getattr(o, name);
}

static TypeObject MappingProxyType = {
    .ob = TYPE_HEAD,
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .flags = TP_GC,
    .dealloc = proxy_dealloc,
    .repr = proxy_repr,
    .richcompare = proxy_richcompare,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .getattr = proxy_getattr,
    .setattr = NULL,
    .iter = proxy_iter,
    .traverse = proxy_traverse,
};

// A class's `__dict__`: a read-only view, so that changes go through setattr and
// the class's slots and caches stay right.
static Object *type_get_dict(Object *o) {
    TypeObject *t = (TypeObject *)o;
    if (t->dict == NULL) {
        return dict_new();
    }
    if (MappingProxyType.dict == NULL && type_ready(&MappingProxyType) < 0) {
        return NULL;
    }
    Object *p = obj_alloc(&MappingProxyType, 0);
    if (p != NULL) {
        PROXIED(p) = NEWREF(t->dict);
        gc_track(p);
    }
    return p;
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__mro__", type_get_mro, NULL},
    {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__module__", type_get_module, NULL},
    {"__doc__", type_get_doc, NULL},
    {"__dict__", type_get_dict, NULL},
    {NULL, NULL, NULL},
};

static Object *type_mro_m(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_none("mro", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *mro = type_get_mro(self);
    Object *l = obj_to_list(mro);
    DECREF(mro);
    return l;
}

static Object *type_subclasses_m(Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    if (args_none("__subclasses__", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *out = list_new(0);
    TypeObject *t = (TypeObject *)self;
    HeapTypeObject *ht = (t->flags & TP_HEAPTYPE) ? (HeapTypeObject *)t : NULL;
    for (ssize_t i = 0; out != NULL && ht != NULL && i < ht->nsubs; i++) {
        if (list_append(out, OB(ht->subs[i])) < 0) {
            CLEAR(out);
        }
    }
    return out;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_m, 0},
    {"__subclasses__", type_subclasses_m, 0},
    {NULL, NULL, 0},
};

static hash_t type_hash(Object *o) {
    uintptr_t p = (uintptr_t)o;
    hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

TypeObject TypeType = {
    .ob = TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(HeapTypeObject),
    .flags = TP_TYPE_SUB | TP_GC,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .traverse = type_traverse,
    .clear = type_clear,
    .methods = type_methods,
    .getset = type_getset,
};

// ---- instances of classes ---------------------------------------------------------------

// The first built-in type among the bases of class `t`: whose dealloc, traverse and
// clear handle the part of the instance that is not the class's own.
static TypeObject *builtin_base(TypeObject *t) {
    while (t->flags & TP_HEAPTYPE) {
        t = t->base;
    }
    return t;
}

static void subtype_dealloc(Object *o) {
    TypeObject *t = TYPE(o);
    bool gc = obj_is_gc(o);
    if (gc) {
        gc_untrack(o);
    }
    if (t->finalize != NULL && !rt->finalizing) {
        // Run `__del__` once (PEP 442); if it stored a new reference to the object
        // somewhere, the object lives on.
        if (gc && gc_finalize_from_dealloc(o) < 0) {
            return;
        }
        if (!gc) {
            o->refcnt = 1;
            t->finalize(o);
            if (--o->refcnt != 0) {
                return;
            }
        }
    }
    if (gc && list_trash_begin(o)) {
        return;
    }
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr != NULL) {
        CLEAR(*dictptr);
    }
    TypeObject *base = builtin_base(t);
    // The built-in base frees the rest, then the memory (obj_free drops the class).
    base->dealloc(o);
    if (gc) {
        list_trash_end();
    }
}

static int subtype_traverse(Object *o, visitproc visit, void *arg) {
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr != NULL && *dictptr != NULL) {
        Object *d = *dictptr;
        int r = 0;
        if (((DictObject *)d)->inline_values) {
            // Inline values: the instance holds them itself.
            ssize_t pos = 0;
            Object *v;
            while (r == 0 && dict_next(d, &pos, NULL, &v)) {
                r = visit(v, arg);
            }
        } else {
            r = visit(d, arg);
        }
        if (r != 0) {
            return r;
        }
    }
    int r = visit(OB(TYPE(o)), arg);
    if (r != 0) {
        return r;
    }
    TypeObject *base = builtin_base(TYPE(o));
    return base->traverse != NULL ? base->traverse(o, visit, arg) : 0;
}

static int subtype_clear(Object *o) {
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr != NULL) {
        CLEAR(*dictptr);
    }
    TypeObject *base = builtin_base(TYPE(o));
    return base->clear != NULL ? base->clear(o) : 0;
}

Object *obj_dict_borrow(Object *o) {
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr == NULL) {
        err_format(&AttributeErrorType, "'%s' object has no attribute '__dict__'",
                   type_name(o));
        return NULL;
    }
    if (*dictptr == NULL) {
        *dictptr = dict_new();
    } else {
        dict_materialize(*dictptr);
    }
    return *dictptr;
}

static Object *instance_get_dict(Object *o) {
    Object *d = obj_dict_borrow(o);
    return d != NULL ? NEWREF(d) : NULL;
}

static int instance_set_dict(Object *o, Object *v) {
    Object **dictptr = obj_dict_ptr(o);
    if (v == NULL) {
        err_set_str(&TypeErrorType, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        err_format(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'",
                   type_name(v));
        return -1;
    }
    SETREF(*dictptr, NEWREF(v));
    return 0;
}

static Object *instance_get_weakref(Object *o) {
    RETURN_NONE;
}

static const GetSetDef instance_dict_getset = {"__dict__", instance_get_dict,
                                               instance_set_dict};
static const GetSetDef instance_weakref_getset = {"__weakref__", instance_get_weakref, NULL};

// ---- attribute lookup -------------------------------------------------------------------

Object *obj_generic_getattr(Object *self, Object *name) {
    TypeObject *t = TYPE(self);
    Object *descr = type_lookup_borrow(t, name);
    descrgetfunc get = NULL;
    if (descr != NULL) {
        get = TYPE(descr)->descr_get;
        if (get != NULL && TYPE(descr)->descr_set != NULL) {
            INCREF(descr);
            Object *r = get(descr, self, OB(t));
            DECREF(descr);
            return r;
        }
    }
    Object **dictptr = obj_dict_ptr(self);
    if (dictptr != NULL && *dictptr != NULL) {
        Object *v = dict_get_borrow(*dictptr, name);
        if (v != NULL) {
            return NEWREF(v);
        }
        if (err_occurred() != NULL) {
            return NULL;
        }
    }
    if (get != NULL) {
        INCREF(descr);
        Object *r = get(descr, self, OB(t));
        DECREF(descr);
        return r;
    }
    if (descr != NULL) {
        return NEWREF(descr);
    }
    err_format(&AttributeErrorType, "'%s' object has no attribute '%U'", t->name, name);
    return NULL;
}

int obj_generic_setattr(Object *o, Object *name, Object *v) {
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup_borrow(t, name);
    if (descr != NULL && TYPE(descr)->descr_set != NULL) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(descr, o, v);
        DECREF(descr);
        return r;
    }
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr == NULL) {
        if (descr == NULL) {
            err_format(&AttributeErrorType, "'%s' object has no attribute '%U'", t->name,
                       name);
        } else {
            err_format(&AttributeErrorType, "'%s' object attribute '%U' is read-only",
                       t->name, name);
        }
        return -1;
    }
    if (v != NULL) {
        if (*dictptr == NULL) {
            *dictptr = (t->flags & TP_MANAGED_DICT) ? dict_new_inline() : dict_new();
            if (*dictptr == NULL) {
                return -1;
            }
        }
        return dict_set(*dictptr, name, v);
    }
    int r = *dictptr != NULL ? dict_del(*dictptr, name) : 1;
    if (r > 0) {
        err_format(&AttributeErrorType, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    return r;
}

// ---- making a class -----------------------------------------------------------------------

// The base whose layout an instance extends (CPython's solid_base): the nearest type
// up the chain that adds fields of its own beyond an instance `__dict__`.
static TypeObject *solid_base(TypeObject *t) {
    TypeObject *base = t->base != NULL ? solid_base(t->base) : t;
    if (t->base == NULL) {
        return t;
    }
    size_t extra = t->basicsize - t->base->basicsize;
    bool adds_dict_only = (t->flags & TP_HEAPTYPE) && t->dictoffset != 0 &&
                          t->base->dictoffset == 0 && extra == sizeof(Object *);
    return extra != 0 && !adds_dict_only ? t : base;
}

// The base among `bases` to lay the instances out after (CPython's best_base), with
// TypeError for a base that cannot be subclassed or for two incompatible layouts.
static TypeObject *best_base(Object *bases) {
    TypeObject *best = NULL, *winner = NULL;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        Object *b = tuple_item_borrow(bases, i);
        if (!(TYPE(b)->flags & TP_TYPE_SUB)) {
            err_set_str(&TypeErrorType, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)b;
        if (!(bt->flags & TP_BASETYPE)) {
            err_format(&TypeErrorType, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObject *candidate = solid_base(bt);
        if (winner == NULL) {
            winner = candidate;
            best = bt;
        } else if (type_is_subtype(winner, candidate)) {
            // The winner already extends this layout.
        } else if (type_is_subtype(candidate, winner)) {
            winner = candidate;
            best = bt;
        } else {
            err_set_str(&TypeErrorType, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

// Whether `t` appears in the tail (after the head) of any of the `n` sequences.
static bool in_tail(Object *t, Object **seqs, ssize_t *heads, ssize_t n) {
    for (ssize_t i = 0; i < n; i++) {
        for (ssize_t j = heads[i] + 1; j < tuple_size(seqs[i]); j++) {
            if (tuple_item_borrow(seqs[i], j) == t) {
                return true;
            }
        }
    }
    return false;
}

// The C3 linearisation of `t` with `bases`: t, then the merge of the bases' MROs and
// the list of bases. Ref: new tuple; NULL with TypeError when there is none.
static Object *c3_mro(TypeObject *t, Object *bases) {
    ssize_t nb = tuple_size(bases), n = nb + 1;
    Object **seqs = heap_alloc((size_t)n * sizeof *seqs);
    ssize_t *heads = heap_calloc((size_t)n * sizeof *heads);
    Object *out = NULL;
    if (seqs == NULL || heads == NULL) {
        err_no_memory();
        goto done;
    }
    for (ssize_t i = 0; i < nb; i++) {
        seqs[i] = ((TypeObject *)tuple_item_borrow(bases, i))->mro;
    }
    seqs[nb] = bases;
    out = list_new(0);
    if (out == NULL || list_append(out, OB(t)) < 0) {
        goto fail;
    }
    for (;;) {
        Object *next = NULL;
        bool empty = true;
        for (ssize_t i = 0; i < n; i++) {
            if (heads[i] >= tuple_size(seqs[i])) {
                continue;
            }
            empty = false;
            Object *cand = tuple_item_borrow(seqs[i], heads[i]);
            if (!in_tail(cand, seqs, heads, n)) {
                next = cand;
                break;
            }
        }
        if (empty) {
            break;
        }
        if (next == NULL) {
            // No candidate is free: name the bases still in the way, as CPython does.
            StrBuilder b;
            str_builder_init(&b);
            str_builder_append_cstr(&b, "Cannot create a consistent method resolution\n"
                                        "order (MRO) for bases ");
            bool first = true;
            for (ssize_t i = 0; i < nb; i++) {
                if (heads[i] < tuple_size(seqs[i])) {
                    Object *h = tuple_item_borrow(seqs[i], heads[i]);
                    bool seen = false;
                    for (ssize_t k = 0; k < i; k++) {
                        if (heads[k] < tuple_size(seqs[k]) &&
                            tuple_item_borrow(seqs[k], heads[k]) == h) {
                            seen = true;
                        }
                    }
                    if (!seen) {
                        str_builder_append_cstr(&b, first ? "" : ", ");
                        str_builder_append_cstr(&b, ((TypeObject *)h)->name);
                        first = false;
                    }
                }
            }
            Object *msg = str_builder_finish(&b);
            if (msg != NULL) {
                err_set_object(&TypeErrorType, msg);
                DECREF(msg);
            }
            goto fail;
        }
        if (list_append(out, next) < 0) {
            goto fail;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (heads[i] < tuple_size(seqs[i]) && tuple_item_borrow(seqs[i], heads[i]) == next) {
                heads[i]++;
            }
        }
    }
    SETREF(out, list_as_tuple(out));
    goto done;
fail:
    CLEAR(out);
done:
    heap_free(seqs);
    heap_free(heads);
    return out;
}

// Put a getset descriptor for `def` into the class dict unless the class defines the
// name. 0, or -1.
static int add_getset(TypeObject *t, const GetSetDef *def) {
    if (dict_get_cstr_borrow(t->dict, def->name) != NULL) {
        return 0;
    }
    Object *d = getset_descr_new(def, t);
    int r = d != NULL ? dict_set_cstr(t->dict, def->name, d) : -1;
    XDECREF(d);
    return r;
}

// Wrap a plain function stored under `name` in `kind` (staticmethod or classmethod):
// what CPython does to `__new__`, `__init_subclass__` and `__class_getitem__`.
static int wrap_implicit(TypeObject *t, Object *name, TypeObject *kind) {
    Object *f = dict_get_str_borrow(t->dict, name);
    if (f == NULL || !(TYPE(f)->flags & TP_METHOD_DESCR) || TYPE(f) == &MethodDescrType) {
        return 0;
    }
    Object *w = obj_call1(OB(kind), f);
    int r = w != NULL ? dict_set(t->dict, name, w) : -1;
    XDECREF(w);
    return r;
}

// `cls(...)` for a class that defines `__new__`: call it with the class in front.
static Object *slot_new(Object *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *f = type_lookup_borrow((TypeObject *)type, NAME(new));
    if (f == NULL) {
        err_format(&TypeErrorType, "cannot create '%s' instances", ((TypeObject *)type)->name);
        return NULL;
    }
    f = TYPE(f)->descr_get != NULL ? TYPE(f)->descr_get(f, NULL, type) : NEWREF(f);
    if (f == NULL) {
        return NULL;
    }
    size_t total = nargs + (kwnames != NULL ? (size_t)tuple_size(kwnames) : 0);
    Object **argv = heap_alloc((total + 1) * sizeof *argv);
    Object *r = NULL;
    if (argv == NULL) {
        err_no_memory();
    } else {
        argv[0] = type;
        memcpy(argv + 1, args, total * sizeof *argv);
        r = obj_call(f, argv, nargs + 1, kwnames);
        heap_free(argv);
    }
    DECREF(f);
    return r;
}

// After a class is made: `__set_name__` of each attribute that has one, then the
// `__init_subclass__` of the nearest base that defines it. 0, or -1.
static int set_names_and_init_subclass(TypeObject *t) {
    Object *items = dict_copy(t->dict);
    if (items == NULL) {
        return -1;
    }
    ssize_t pos = 0;
    Object *k, *v;
    int r = 0;
    while (r == 0 && dict_next(items, &pos, &k, &v)) {
        bool found;
        Object *args[2] = {OB(t), k};
        Object *res = obj_call_special(v, NAME(set_name), args, 2, &found);
        if (found && res == NULL) {
            r = -1;
        }
        XDECREF(res);
    }
    DECREF(items);
    if (r < 0) {
        return -1;
    }
    for (ssize_t i = 1; i < tuple_size(t->mro); i++) {
        TypeObject *b = (TypeObject *)tuple_item_borrow(t->mro, i);
        Object *f = b->dict != NULL ? dict_get_str_borrow(b->dict, NAME(init_subclass)) : NULL;
        if (f == NULL) {
            continue;
        }
        if (TYPE(f)->descr_get == NULL) {
            return 0;
        }
        Object *bound = TYPE(f)->descr_get(f, NULL, OB(t));
        Object *res = bound != NULL ? obj_call0(bound) : NULL;
        XDECREF(bound);
        if (res == NULL) {
            return -1;
        }
        DECREF(res);
        return 0;
    }
    return 0;
}

Object *class_new(Object *name, Object *bases, Object *ns) {
    if (strlen(str_data(name)) != (size_t)((StrObject *)name)->size) {
        err_set_str(&ValueErrorType, "type name must not contain null characters");
        return NULL;
    }
    Object *own_bases = NULL;
    if (tuple_size(bases) == 0) {
        own_bases = tuple_pack1(OB(&BaseObjectType));
    } else {
        own_bases = NEWREF(bases);
    }
    if (own_bases == NULL) {
        return NULL;
    }
    for (ssize_t i = 0; i < tuple_size(own_bases); i++) {
        for (ssize_t j = 0; j < i; j++) {
            Object *b = tuple_item_borrow(own_bases, i);
            if (b == tuple_item_borrow(own_bases, j) && (TYPE(b)->flags & TP_TYPE_SUB)) {
                err_format(&TypeErrorType, "duplicate base class %s", ((TypeObject *)b)->name);
                DECREF(own_bases);
                return NULL;
            }
        }
    }
    TypeObject *base = best_base(own_bases);
    if (base == NULL) {
        DECREF(own_bases);
        return NULL;
    }
    HeapTypeObject *ht = (HeapTypeObject *)obj_alloc(&TypeType, 0);
    if (ht == NULL) {
        DECREF(own_bases);
        return NULL;
    }
    TypeObject *t = &ht->type;
    t->bases = own_bases;
    t->base = base;
    INCREF(base);
    ht->ht_name = NEWREF(name);
    t->name = str_data(name);
    t->flags = TP_HEAPTYPE | TP_BASETYPE | (base->flags & (TP_GC | TP_INT_SUB | TP_STR_SUB |
               TP_TUPLE_SUB | TP_LIST_SUB | TP_DICT_SUB | TP_EXC_SUB | TP_TYPE_SUB |
               TP_MANAGED_DICT));
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->dict = dict_copy(ns);
    if (t->dict == NULL) {
        goto fail;
    }
    // __qualname__ leaves the namespace for the class's own field.
    Object *qual = dict_get_str_borrow(t->dict, NAME(qualname));
    if (qual != NULL) {
        if (!str_check(qual)) {
            err_format(&TypeErrorType, "type __qualname__ must be a str, not %s",
                       type_name(qual));
            goto fail;
        }
        ht->ht_qualname = NEWREF(qual);
        if (dict_del(t->dict, NAME(qualname)) < 0) {
            goto fail;
        }
    } else {
        ht->ht_qualname = NEWREF(name);
    }
    if (dict_get_str_borrow(t->dict, NAME(module)) == NULL) {
        Object *g = rt->current_globals != NULL ? rt->current_globals() : NULL;
        Object *mod = g != NULL ? dict_get_str_borrow(g, NAME(name)) : NULL;
        if (mod != NULL && dict_set(t->dict, NAME(module), mod) < 0) {
            goto fail;
        }
    }
    t->mro = c3_mro(t, own_bases);
    if (t->mro == NULL) {
        goto fail;
    }
    // An instance `__dict__` after the base's fields, unless the base has one.
    if (t->dictoffset == 0 && t->itemsize == 0) {
        t->dictoffset = (ssize_t)t->basicsize;
        t->basicsize += sizeof(Object *);
        t->flags |= TP_GC | TP_MANAGED_DICT;
        if (add_getset(t, &instance_dict_getset) < 0 ||
            add_getset(t, &instance_weakref_getset) < 0) {
            goto fail;
        }
    }
    if (dict_get_str_borrow(t->dict, NAME(doc)) == NULL &&
        dict_set(t->dict, NAME(doc), None) < 0) {
        goto fail;
    }
    // A class that defines __eq__ alone is unhashable.
    if (dict_get_str_borrow(t->dict, NAME(eq)) != NULL &&
        dict_get_str_borrow(t->dict, NAME(hash)) == NULL &&
        dict_set(t->dict, NAME(hash), None) < 0) {
        goto fail;
    }
    if (wrap_implicit(t, NAME(new), &StaticMethodType) < 0 ||
        wrap_implicit(t, NAME(init_subclass), &ClassMethodType) < 0 ||
        wrap_implicit(t, NAME(class_getitem), &ClassMethodType) < 0) {
        goto fail;
    }
    // The slots: the best base's first, then those the classes of the MRO define.
    TypeObject *b = base;
    t->dealloc = NULL;
    memcpy((char *)t + offsetof(TypeObject, repr), (char *)b + offsetof(TypeObject, repr),
           offsetof(TypeObject, methods) - offsetof(TypeObject, repr));
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    fill_slots(t);
    if (t->nb[NB_POW] == (binaryfunc)slot_NB_POW) {
        t->nb_pow3 = slot_pow3;
    }
    if (dict_get_str_borrow(t->dict, NAME(new)) != NULL) {
        t->new_ = slot_new;
    }
    // The __class__ cell of the methods (zero-argument super()) names the new class.
    Object *cell = dict_get_str_borrow(t->dict, NAME(classcell));
    if (cell != NULL) {
        if (TYPE(cell) != &CellType) {
            err_format(&TypeErrorType, "__classcell__ must be a nonlocal cell, not %R",
                       OB(TYPE(cell)));
            goto fail;
        }
        SETREF(((CellObject *)cell)->value, NEWREF(t));
        if (dict_del(t->dict, NAME(classcell)) < 0) {
            goto fail;
        }
    }
    t->version = ++rt->type_version;
    for (ssize_t i = 0; i < tuple_size(own_bases); i++) {
        if (add_subclass((TypeObject *)tuple_item_borrow(own_bases, i), t) < 0) {
            goto fail;
        }
    }
    gc_track(OB(t));
    if (set_names_and_init_subclass(t) < 0) {
        DECREF(t);
        return NULL;
    }
    return OB(t);
fail:
    DECREF(t);
    return NULL;
}
