// runtime/abstract.h — the protocols on any object: what the eval loop and the
// builtins call, dispatching through the type slots (CPython's abstract.c/object.c).
// Every function returns a new reference, or NULL (-1) with an exception set.
#ifndef ADDER_RUNTIME_ABSTRACT_H
#define ADDER_RUNTIME_ABSTRACT_H

#include "runtime/object.h"

// repr(o), str(o). Ref: new (a str).
Object *obj_repr(Object *o);
// Ref: new, or NULL with an exception set.
Object *obj_str(Object *o);
// ascii(o). Ref: new.
Object *obj_ascii(Object *o);
// hash(o); -1 with TypeError "unhashable type: 'list'".
// Ref: none.
hash_t obj_hash(Object *o);
// Rich comparison with OBJ_LT..OBJ_GE, with CPython's reflected fallback and its
// TypeError "'<' not supported between instances of 'int' and 'str'". Ref: new.
Object *obj_richcompare(Object *a, Object *b, int op);
// The same, as a truth value: 1, 0, or -1. `==` is true for identical objects.
// Ref: none.
int obj_richcompare_bool(Object *a, Object *b, int op);
// bool(o): 1, 0, or -1.
// Ref: none.
int obj_is_true(Object *o);
// a <op> b for op in NbOp, with NotImplemented handling and the TypeError
// "unsupported operand type(s) for +: 'int' and 'str'". Ref: new.
Object *obj_binary_op(Object *a, Object *b, int op);
// a <op>= b: the in-place slot first, else as obj_binary_op. Ref: new.
Object *obj_inplace_op(Object *a, Object *b, int op);
// pow(a, b, m) (m may be None). Ref: new.
Object *obj_power(Object *a, Object *b, Object *m);
// -o, +o, abs(o), ~o. Ref: new.
Object *obj_negative(Object *o);
// Ref: new, or NULL with an exception set.
Object *obj_positive(Object *o);
// Ref: new, or NULL with an exception set.
Object *obj_absolute(Object *o);
// Ref: new, or NULL with an exception set.
Object *obj_invert(Object *o);
// int(o) and float(o) conversions through nb_int / nb_float. Ref: new.
Object *obj_to_int(Object *o);
// Ref: new, or NULL with an exception set.
Object *obj_to_float(Object *o);
// o as a C index (obj.__index__): for subscripts and counts. -1 with an exception set
// (check err_occurred). TypeError names `what` ("list indices must be integers or
// slices, not str" is the caller's message when `what` is NULL... see obj_index_msg).
// Ref: none.
ssize_t obj_as_ssize(Object *o);
// True when `o` supports __index__ (int, bool).
// Ref: none.
bool obj_has_index(Object *o);
// The int value of an __index__ object. Ref: new (an int), TypeError otherwise.
Object *obj_index(Object *o);

// len(o); -1 with TypeError "object of type 'int' has no len()".
// Ref: none.
ssize_t obj_len(Object *o);
// o[key]; `o[key] = v`; `del o[key]`. Ref: new / 0 or -1.
Object *obj_getitem(Object *o, Object *key);
// Ref: none.
int obj_setitem(Object *o, Object *key, Object *v);
// Ref: none.
int obj_delitem(Object *o, Object *key);
// `x in o`: 1, 0, or -1.
// Ref: none.
int obj_contains(Object *o, Object *x);
// `x in o` by iterating `o` (what `in` falls back on without a contains slot).
// 1, 0, or -1. Ref: none.
int obj_iter_search(Object *o, Object *x);

// getattr(o, name) with `name` a str. Ref: new; AttributeError when absent.
Object *obj_getattr(Object *o, Object *name);
// The same with a C string name.
// Ref: new, or NULL with an exception set.
Object *obj_getattr_str(Object *o, const char *name);
// getattr without raising AttributeError: 1 found (`*out` new), 0 absent (`*out`
// NULL, no exception), -1 another error.
// Ref: none.
int obj_lookup_attr(Object *o, Object *name, Object **out);
// setattr(o, name, v); delattr when `v` is NULL. 0, or -1.
// Ref: none.
int obj_setattr(Object *o, Object *name, Object *v);

// iter(o). Ref: new; TypeError "'int' object is not iterable".
Object *obj_get_iter(Object *o);
// next(it): Ref: new; NULL with no exception set at the end; NULL with one on error.
Object *obj_iter_next(Object *it);

// Call `callable` with the vectorcall convention (see `callfunc`). Ref: new.
Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
// Call with positional arguments only. Ref: new.
Object *obj_call0(Object *callable);
// Ref: new, or NULL with an exception set.
Object *obj_call1(Object *callable, Object *a);
// Ref: new, or NULL with an exception set.
Object *obj_call2(Object *callable, Object *a, Object *b);
// Call `o.name(args...)`. Ref: new.
Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs);
// True when `o` can be called.
// Ref: none.
bool obj_callable(Object *o);

// isinstance(o, cls) with `cls` a type or a tuple of types: 1, 0, or -1.
// Ref: none.
int obj_isinstance(Object *o, Object *cls);

// A new list of the items of any iterable. Ref: new.
Object *obj_to_list(Object *iterable);
// A tuple of the items of any iterable (the tuple itself when it is one). Ref: new.
Object *obj_to_tuple(Object *iterable);

// Recursion guard for C code that recurses on user data (repr of nested containers,
// comparisons): 0, or -1 with RecursionError set (" while getting the repr of an
// object" and the like appended to the message by `where`).
// Ref: none.
int obj_enter_recursive(const char *where);
// Ref: none.
void obj_leave_recursive(void);

// ---- argument checking for C functions ---------------------------------------------

// True when `kwnames` names at least one keyword argument. Ref: none.
bool args_has_kw(Object *kwnames);
// Refuse keyword arguments: 0, or -1 with TypeError "NAME() takes no keyword arguments".
// Ref: none.
int args_no_kw(const char *name, Object *kwnames);
// Methods without parameters: "list.copy() takes no arguments (1 given)". 0, or -1.
// Ref: none.
int args_none(const char *qual, size_t nargs, Object *kwnames);
// Methods of one parameter: "list.append() takes exactly one argument (0 given)".
// 0, or -1.
// Ref: none.
int args_one(const char *qual, size_t nargs, Object *kwnames);
// Positional-only methods of `min` to `max` parameters, in CPython's argument-clinic
// wording: "pop expected at most 1 argument, got 2", "insert expected 2 arguments,
// got 1" (`name` is the bare method name). No keywords ("QUAL() takes no keyword
// arguments"). 0, or -1.
// Ref: none.
int args_range(const char *qual, const char *name, size_t nargs, Object *kwnames,
               size_t min, size_t max);
// Check `min <= nargs <= max` with CPython's messages ("len() takes exactly one
// argument (2 given)" style for builtins). 0, or -1.
// Ref: none.
int args_count(const char *name, size_t nargs, size_t min, size_t max);
// Bind positional and keyword arguments to the parameter names in `names`
// (NULL-terminated); `out[i]` is borrowed, NULL for a missing optional one. The first
// `npos_only` names are positional-only; a name written "*key" is keyword-only; the
// first `min` names are required. 0, or -1
// with CPython's TypeError ("sorted expected 1 argument, got 0", "'x' is an invalid
// keyword argument for sort()").
// Ref: none.
int args_parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
               const char *const *names, size_t npos_only, size_t min, Object **out);

#endif
