// runtime/func.h — builtin functions and methods: a MethodDef bound to its `self`,
// and method descriptors, the unbound form stored in a type's dict.
#ifndef ADDER_RUNTIME_FUNC_H
#define ADDER_RUNTIME_FUNC_H

#include "runtime/object.h"

typedef struct CFunctionObject {
    Object ob;
    const MethodDef *def;
    Object *self;           // the bound object, the module, or NULL
} CFunctionObject;

// A method of a built-in type, unbound: `str.upper`. Calling it takes `self` from
// the first argument; attribute lookup through an instance binds it.
typedef struct MethodDescrObject {
    Object ob;
    const MethodDef *def;
    TypeObject *owner;
} MethodDescrObject;

// A getset attribute of a built-in type: `e.args`.
typedef struct GetSetDescrObject {
    Object ob;
    const GetSetDef *def;
    TypeObject *owner;
} GetSetDescrObject;

extern TypeObject CFunctionType, MethodDescrType, GetSetDescrType;

// `def` bound to `self` (may be NULL). Ref: new.
Object *cfunc_new(const MethodDef *def, Object *self);
// Ref: new, or NULL with an exception set.
Object *method_descr_new(const MethodDef *def, TypeObject *owner);
// Ref: new, or NULL with an exception set.
Object *getset_descr_new(const GetSetDef *def, TypeObject *owner);

#endif
