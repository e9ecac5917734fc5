// runtime/descr.h — the descriptors classes are made of: bound methods, staticmethod,
// classmethod, property, and the wrappers that show a built-in type's slots as
// special methods (`int.__add__`, `object.__init__`).
#ifndef ADDER_RUNTIME_DESCR_H
#define ADDER_RUNTIME_DESCR_H

#include "runtime/object.h"

// A function bound to an instance (or a class, for a classmethod): `obj.method`.
typedef struct MethodObject {
    Object ob;
    Object *func;           // what is called, with `self` in front of the arguments
    Object *self;
} MethodObject;

typedef struct PropertyObject {
    Object ob;
    Object *fget, *fset, *fdel, *doc;   // each may be NULL
    Object *name;           // set by __set_name__, or NULL
} PropertyObject;

// staticmethod and classmethod: one wrapped callable.
typedef struct WrapperObject {
    Object ob;
    Object *func;
    Object *dict;           // attributes such as __doc__; NULL until used
} WrapperObject;

// A slot of a built-in type shown as a special method: `list.__len__`.
typedef struct SlotWrapperObject {
    Object ob;
    const void *def;        // the SlotDef of runtime/class.c
    TypeObject *owner;
} SlotWrapperObject;

extern TypeObject MethodType, StaticMethodType, ClassMethodType, PropertyType;
extern TypeObject SlotWrapperType;

// `func` bound to `self`. Ref: new, or NULL with MemoryError.
Object *method_new(Object *func, Object *self);

// A wrapper for slot `def` of `owner`. Ref: new.
Object *slot_wrapper_new(const void *def, TypeObject *owner);
// What a slot wrapper wraps. Ref: none (static data / borrowed).
static inline const void *slot_wrapper_def(Object *w) {
    return ((SlotWrapperObject *)w)->def;
}
static inline TypeObject *slot_wrapper_owner(Object *w) {
    return ((SlotWrapperObject *)w)->owner;
}
// Call slot `def` of `owner` on `self` with the wrapper's arguments (runtime/class.c).
// Ref: new.
Object *slot_wrapper_call(const void *def, TypeObject *owner, Object *self,
                          Object *const *args, size_t nargs, Object *kwnames);
// The special method name of slot `def`. Ref: none.
const char *slot_wrapper_name(const void *def);
// Put a wrapper in `t`'s dict for each slot it defines itself, and `__new__` when it
// has a constructor (type_ready calls this). 0, or -1. Ref: none.
int type_add_wrappers(TypeObject *t);

#endif
