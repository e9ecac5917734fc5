// runtime/object.h — the object header, reference counting and the type slots.
//
// Every value is an `Object *` to a heap object (no tagged pointers), so that `id`,
// `is` and `sys.getrefcount` mean what they mean in CPython. An object starts with
// `Object` (count and type); concrete types embed it as their first member `ob`.
// Containers (types with TP_GC) carry a collector header in front of the object,
// allocated by `obj_alloc` and managed by gc/collect.c.
//
// Ownership is CPython's: a function returns a *new* reference unless its comment says
// *borrowed*; a function that stores an argument takes its own reference unless it
// says *steals*. Each header function says which after `Ref:`.
//
// Failure: functions returning `Object *` return NULL with an exception set
// (runtime/error.h); functions returning int return -1 with an exception set.
#ifndef ADDER_RUNTIME_OBJECT_H
#define ADDER_RUNTIME_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct TypeObject TypeObject;

typedef struct Object {
    intptr_t refcnt;        // references held; the object dies when this reaches 0
    TypeObject *type;       // borrowed: types outlive their instances
} Object;

// A variable-size object: `size` items follow the fixed part (tuple, int later).
typedef struct VarObject {
    Object ob;
    ssize_t size;
} VarObject;

typedef int64_t hash_t;     // -1 is reserved for "error"

// ---- slot signatures ------------------------------------------------------------------

typedef void (*destructor)(Object *self);
typedef Object *(*unaryfunc)(Object *self);                        // Ref: new
typedef Object *(*binaryfunc)(Object *a, Object *b);               // Ref: new
typedef Object *(*ternaryfunc)(Object *a, Object *b, Object *c);   // Ref: new
typedef int (*inquiry)(Object *self);                              // 0/1, or -1
typedef ssize_t (*lenfunc)(Object *self);                          // >= 0, or -1
typedef hash_t (*hashfunc)(Object *self);                          // -1 on error
typedef int (*objobjproc)(Object *self, Object *x);                // 0/1, or -1
// Store `v` under `key`, or delete `key` when `v` is NULL. 0, or -1.
typedef int (*objobjargproc)(Object *self, Object *key, Object *v);
// Compare with one of the CMP_* codes below. Ref: new; may return NotImplemented.
typedef Object *(*richcmpfunc)(Object *a, Object *b, int op);
// Attribute `name` (a str). Ref: new.
typedef Object *(*getattrofunc)(Object *self, Object *name);
// Set attribute `name` to `v`, or delete it when `v` is NULL. 0, or -1.
typedef int (*setattrofunc)(Object *self, Object *name, Object *v);
// The next item, Ref: new; NULL at the end with no exception set, or NULL with one.
typedef Object *(*iternextfunc)(Object *self);
typedef int (*visitproc)(Object *o, void *arg);
typedef int (*traverseproc)(Object *self, visitproc visit, void *arg);
// The one calling convention (CPython's vectorcall): `args` holds `nargs` positional
// arguments followed by one value per name in `kwnames` (a tuple of str, or NULL).
// The arguments are borrowed from the caller. Ref: new.
typedef Object *(*callfunc)(Object *callable, Object *const *args, size_t nargs,
                            Object *kwnames);
// A C method: `self` is the bound object (or the module for module functions).
typedef Object *(*cmethod)(Object *self, Object *const *args, size_t nargs,
                           Object *kwnames);
// Attribute getter and setter of a GetSetDef. Ref: new / 0 or -1.
typedef Object *(*getter)(Object *self);
typedef int (*setter)(Object *self, Object *v);
// A descriptor's `__get__`: `descr` found on `type` for `obj` (NULL when looked up on
// the type itself). Ref: new.
typedef Object *(*descrgetfunc)(Object *descr, Object *obj, Object *type);
// A descriptor's `__set__` (or `__delete__` when `v` is NULL). 0, or -1.
typedef int (*descrsetfunc)(Object *descr, Object *obj, Object *v);
// `__init__`: initialise `self` with the call's arguments (borrowed). 0, or -1.
typedef int (*initproc)(Object *self, Object *const *args, size_t nargs, Object *kwnames);

// Comparison codes, in CPython's order (Py_LT ...).
#define OBJ_LT 0
#define OBJ_LE 1
#define OBJ_EQ 2
#define OBJ_NE 3
#define OBJ_GT 4
#define OBJ_GE 5

// Binary number operators, one slot each; the index doubles as BINARY_OP's argument.
#define NB_OPS(X)                                          \
    X(NB_ADD, "+", "__add__")                              \
    X(NB_SUB, "-", "__sub__")                              \
    X(NB_MUL, "*", "__mul__")                              \
    X(NB_MATMUL, "@", "__matmul__")                        \
    X(NB_TRUEDIV, "/", "__truediv__")                      \
    X(NB_FLOORDIV, "//", "__floordiv__")                   \
    X(NB_MOD, "%", "__mod__")                              \
    X(NB_POW, "**", "__pow__")                             \
    X(NB_LSHIFT, "<<", "__lshift__")                       \
    X(NB_RSHIFT, ">>", "__rshift__")                       \
    X(NB_AND, "&", "__and__")                              \
    X(NB_OR, "|", "__or__")                                \
    X(NB_XOR, "^", "__xor__")

typedef enum NbOp {
#define X(name, sym, dunder) name,
    NB_OPS(X)
#undef X
    NB_COUNT
} NbOp;

// A C function or method exposed to Python.
typedef struct MethodDef {
    const char *name;
    cmethod fn;
    int flags;              // METH_STATIC: not bound to an instance (dict.fromkeys)
} MethodDef;
#define METH_STATIC 1

typedef struct GetSetDef {
    const char *name;
    getter get;
    setter set;             // NULL: read-only
} GetSetDef;

// Type flags.
#define TP_GC 1             // a container: collector header in front, traverse/clear
#define TP_BASETYPE 2       // may be subclassed
#define TP_HEAPTYPE 4       // made at run time by a class statement (issue 6)
#define TP_INT_SUB 8        // fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS
#define TP_STR_SUB 16
#define TP_TUPLE_SUB 32
#define TP_LIST_SUB 64
#define TP_DICT_SUB 128
#define TP_EXC_SUB 256
#define TP_TYPE_SUB 512
#define TP_METHOD_DESCR 1024    // calling it with the instance first is binding then calling
#define TP_MANAGED_DICT 2048    // a class's own __dict__ slot: its attributes start as
                                // inline values (dict_new_inline), as in CPython 3.11

struct TypeObject {
    Object ob;
    const char *name;           // "int", "dict_keys", ...
    size_t basicsize;           // bytes of the fixed part, header `Object` included
    size_t itemsize;            // bytes per item of a VarObject, else 0
    unsigned flags;
    TypeObject *base;           // NULL only for `object`

    destructor dealloc;         // DECREF what it holds, then `obj_free`
    unaryfunc repr;
    unaryfunc str;              // NULL: use repr
    hashfunc hash;              // NULL: unhashable
    richcmpfunc richcompare;    // NULL: identity only

    binaryfunc nb[NB_COUNT];    // called as nb[op](a, b) with either operand of this type
    binaryfunc nb_inplace[NB_COUNT];    // NULL: fall back to nb
    ternaryfunc nb_pow3;        // three-argument pow
    unaryfunc nb_neg, nb_pos, nb_abs, nb_invert;
    unaryfunc nb_int, nb_float, nb_index;
    inquiry nb_bool;            // NULL: use `len`, else true

    lenfunc len;
    binaryfunc getitem;         // subscript: `a[k]`
    objobjargproc setitem;      // `a[k] = v`, `del a[k]`
    objobjproc contains;        // `x in a`; NULL: iterate

    getattrofunc getattr;       // NULL: obj_generic_getattr
    setattrofunc setattr;       // NULL: attributes are read-only
    callfunc call;              // NULL: not callable
    unaryfunc iter;             // `iter(a)`
    iternextfunc iternext;      // `next(a)`

    traverseproc traverse;      // TP_GC: visit each owned reference
    inquiry clear;              // TP_GC: drop references that could form cycles
    destructor finalize;        // `__del__`: called once before the object dies

    descrgetfunc descr_get;     // `__get__`: the type's instances are descriptors
    descrsetfunc descr_set;     // `__set__`/`__delete__`: data descriptors

    // Constructor, called by `type(...)`, `int(...)`: `self` is the type.
    callfunc new_;
    // `__init__`, called after `new_` when a class is called (NULL: nothing to do).
    initproc init;

    const MethodDef *methods;   // NULL-terminated
    const GetSetDef *getset;    // NULL-terminated
    Object *dict;               // attributes: built from `methods` by `type_ready`
    Object *mro;                // tuple of types, this one first
    Object *bases;              // tuple of the direct bases (heap types), else NULL
    ssize_t dictoffset;         // where an instance keeps its `__dict__`, or 0
    uint32_t version;           // changes when an attribute of it or a base changes
};

// A class made by a `class` statement or `type(name, bases, dict)`: a type allocated
// on the heap (TP_HEAPTYPE), with its names as str objects.
typedef struct HeapTypeObject {
    TypeObject type;
    Object *ht_name;            // str; `type.name` points into it
    Object *ht_qualname;        // str
    TypeObject **subs;          // the classes naming this one as a base (borrowed:
    ssize_t nsubs, capsubs;     // each removes itself when it dies); heap memory
} HeapTypeObject;

// ---- reference counting ----------------------------------------------------------------

// Free an object whose count reached zero: its type's dealloc.
// Ref: none.
void obj_dealloc(Object *o);

#define OB(o) ((Object *)(o))
#define INCREF(o) ((void)(OB(o)->refcnt++))
#define DECREF(o)                                        \
    do {                                                 \
        Object *dec_o_ = OB(o);                          \
        if (--dec_o_->refcnt == 0) {                     \
            obj_dealloc(dec_o_);                         \
        }                                                \
    } while (0)
#define XINCREF(o)                                       \
    do {                                                 \
        Object *xinc_o_ = OB(o);                         \
        if (xinc_o_ != NULL) {                           \
            xinc_o_->refcnt++;                           \
        }                                                \
    } while (0)
#define XDECREF(o)                                       \
    do {                                                 \
        Object *xdec_o_ = OB(o);                         \
        if (xdec_o_ != NULL) {                           \
            DECREF(xdec_o_);                             \
        }                                                \
    } while (0)
// Null the field first, then DECREF: a DECREF may run code that reads the field.
#define CLEAR(field)                                     \
    do {                                                 \
        Object *clr_o_ = OB(field);                      \
        if (clr_o_ != NULL) {                            \
            (field) = NULL;                              \
            DECREF(clr_o_);                              \
        }                                                \
    } while (0)
// Store `v` (whose reference the field takes over), then DECREF the old value.
#define SETREF(field, v)                                 \
    do {                                                 \
        Object *set_old_ = OB(field);                    \
        (field) = (v);                                   \
        XDECREF(set_old_);                               \
    } while (0)

// `o` with one more reference. Ref: new.
static inline Object *obj_newref(Object *o) {
    o->refcnt++;
    return o;
}
#define NEWREF(o) obj_newref(OB(o))

#define TYPE(o) (OB(o)->type)

// ---- allocation ------------------------------------------------------------------------

// A new object of `type` with `nitems` items (0 for fixed-size types), count 1, the
// body zeroed; containers come untracked (call `gc_track` once every field that
// `traverse` reads is set). Ref: new, or NULL with MemoryError set.
Object *obj_alloc(TypeObject *type, size_t nitems);
// obj_alloc for the constructors CPython serves through tp_alloc (`list()`, `dict()`):
// gc.get_count() counts it even where CPython would have reused a list or dict from its
// free lists (gc/collect.h). Ref: new, or NULL with MemoryError set.
Object *obj_alloc_fresh(TypeObject *type, size_t nitems);
// As obj_alloc and obj_free for a container the collector's counts do not see (an
// instance's inline values). Ref: new / none.
Object *obj_alloc_uncounted(TypeObject *type, size_t nitems);
void obj_free_uncounted(Object *o);
// Give the memory of `o` back to the heap; called by deallocators only (after
// `gc_untrack` for containers). Ref: none.
void obj_free(Object *o);
// Resize a fixed-then-items object that nothing else references yet (a string being
// built). Ref: steals `o`; returns the new object, or NULL with MemoryError set
// (`o` then freed).
Object *obj_resize(Object *o, size_t nitems);

// Static objects (types, None, True...) start with a count so large that no DECREF
// ever frees them; their counts still move, as in CPython 3.11.
#define STATIC_REFCNT ((intptr_t)1 << 40)
// The header of a statically allocated type: `.ob = TYPE_HEAD`.
#define TYPE_HEAD {STATIC_REFCNT, &TypeType}

// ---- singletons ------------------------------------------------------------------------

// Statically allocated, never freed; their counts still move, as in CPython 3.11.
extern Object NoneStruct, NotImplementedStruct, EllipsisStruct;
#define None (&NoneStruct)
#define NotImplemented (&NotImplementedStruct)
#define Ellipsis (&EllipsisStruct)
#define RETURN_NONE return NEWREF(None)

extern TypeObject TypeType, BaseObjectType, NoneType, NotImplementedType, EllipsisType;

// ---- types ------------------------------------------------------------------------------

// Whether `o` carries the collector header: its type is a container, except that the
// static type objects (whose metatype, `type`, is a container for the sake of classes)
// have none, as CPython's tp_is_gc says for types. Ref: none.
static inline bool obj_is_gc(Object *o) {
    TypeObject *t = o->type;
    return (t->flags & TP_GC) &&
           (!(t->flags & TP_TYPE_SUB) || (((TypeObject *)o)->flags & TP_HEAPTYPE));
}

// Make `t` usable: build its attribute dict from `methods` and `getset`, its mro from
// `base`, inherit the slots it leaves NULL. Ref: none. 0, or -1.
int type_ready(TypeObject *t);
// Drop the dict and mro `type_ready` made, at exit. Ref: none.
void type_fini(TypeObject *t);
// True when `t` is `base` or derives from it.
// Ref: none.
bool type_is_subtype(TypeObject *t, TypeObject *base);
// Look `name` up along the mro of `t`. Ref: borrowed, NULL when absent (no exception).
Object *type_lookup_borrow(TypeObject *t, Object *name);
// The type's `__name__`.
static inline const char *type_name(Object *o) {
    return TYPE(o)->name;
}

// Call `visit` on each non-NULL reference of `refs` (a traverse slot's fields) until one
// returns non-zero, which it returns. Ref: none.
int obj_visit_all(Object *const *refs, size_t n, visitproc visit, void *arg);

// The `iter` slot of iterators: the object itself. Ref: new.
Object *obj_iter_self(Object *o);

// Attribute lookup of CPython's PyObject_GenericGetAttr: the type's attributes, with
// methods bound to `self`. Ref: new; AttributeError when absent.
Object *obj_generic_getattr(Object *self, Object *name);

#endif
