// runtime/class.h — classes: the `type` type, classes made at run time, their
// instances, and the special-method slots that connect `__repr__`, `__add__`... of a
// class to the protocols of runtime/abstract.h.
#ifndef ADDER_RUNTIME_CLASS_H
#define ADDER_RUNTIME_CLASS_H

#include "runtime/object.h"

// Make the names of the special methods (before any class exists). 0, or -1.
// Ref: none.
int class_init(void);
// Drop them at exit. Ref: none.
void class_fini(void);

// A new class `name` with the tuple `bases` (empty: object) and namespace `dict`, as
// `type(name, bases, dict)` makes it: C3 method resolution order, the layout of the
// best base plus an instance `__dict__`, and a slot for each special method the class
// or its bases define. Ref: new, or NULL with TypeError (bad bases, an inconsistent
// MRO) or MemoryError.
Object *class_new(Object *name, Object *bases, Object *dict);

// "module.qualname" of class `t`, or its bare qualified name when the module is
// builtins (or __main__, when `skip_main`: how tracebacks name exception classes); a
// built-in type's name. Ref: new.
Object *type_qualified_name(TypeObject *t, bool skip_main);

// Where `o` keeps its `__dict__` (the pointer may hold NULL), or NULL when its type
// gives it none. Ref: none.
static inline Object **obj_dict_ptr(Object *o) {
    ssize_t off = TYPE(o)->dictoffset;
    return off != 0 ? (Object **)((char *)o + off) : NULL;
}

// `o.__dict__`, made empty on first use. Ref: borrowed; NULL with AttributeError when
// `o` has none, or MemoryError.
Object *obj_dict_borrow(Object *o);

// CPython's PyObject_GenericSetAttr: a data descriptor on the type, else the instance
// `__dict__` (`v` NULL deletes). 0, or -1 with AttributeError.
// Ref: none; takes its own reference to `v`.
int obj_generic_setattr(Object *o, Object *name, Object *v);

// Look `name` up along the MRO of `TYPE(self)` and call it with `self` and the
// `nargs` borrowed `args`, as the interpreter calls a special method. `*found` is
// false (and NULL returned with no exception) when no class defines it.
// Ref: new, or NULL with an exception set.
Object *obj_call_special(Object *self, Object *name, Object *const *args, size_t nargs,
                         bool *found);


#endif
