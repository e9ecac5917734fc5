// vm/vm.h — running code: the interpreter's entry points and what the standard
// library may ask of the running program.
#ifndef ADDER_VM_VM_H
#define ADDER_VM_VM_H

#include "runtime/object.h"

// A built-in module's constructor: a new module object. Ref: new.
typedef Object *(*ModuleInit)(void);

// Start the interpreter: heap, collector, runtime objects, module registry.
// `builtins` is installed later by `vm_set_builtins`. 0, or -1 (out of memory).
// Ref: none.
int vm_init(void);
// Tear everything down; afterwards no object is left on the heap. Ref: none.
void vm_fini(void);
// Install the builtins module (stdlib/builtins.c makes it). Ref: none; takes its own.
void vm_set_builtins(Object *module);
// The builtins module. Ref: borrowed.
Object *vm_builtins_module_borrow(void);
// The builtins module's dict. Ref: borrowed.
Object *vm_builtins_borrow(void);
// Make `import name` find a built-in module made by `init` on first import. 0, or -1.
// Ref: none.
int vm_register_module(const char *name, ModuleInit init);
// The module `name`, imported as `import name` does. Ref: new, or NULL with
// ModuleNotFoundError (or the module's own error) set.
Object *vm_import(const char *name);
// sys.modules: the dict of imported modules. Ref: borrowed.
Object *vm_modules_borrow(void);

// Run `code` (a module's CodeObject) with `globals` as its globals and locals.
// Ref: new (the value it returned), or NULL with the exception set.
Object *vm_run_module(Object *code, Object *globals);
// The globals of the innermost running Python frame. Ref: borrowed (NULL when none).
Object *vm_globals_borrow(void);
// locals() of the innermost running Python frame: a new dict for a function, the
// module's dict at module level. Ref: new.
Object *vm_locals(void);

// builtins.__build_class__(func, name, *bases): run the class body `func` with a new
// namespace as its locals and make the class (LOAD_BUILD_CLASS pushes it).
// Ref: new, or NULL with an exception set.
Object *vm_build_class(Object *self, Object *const *args, size_t nargs, Object *kwnames);
// What a zero-argument super() inside a method means: the class the method was defined
// in (its `__class__` cell) and its first argument. Ref: both borrowed. 0, or -1 with
// RuntimeError.
int vm_super_args(TypeObject **type, Object **obj);
// The type of super() objects (vm/super.c).
extern TypeObject SuperType;

// Ask the running code to raise KeyboardInterrupt soon (from a signal handler).
// Ref: none.
void vm_interrupt(void);
// Drop an interrupt the running code has not seen (the REPL, back at its prompt):
// 1 when one was pending, else 0. Ref: none.
int vm_interrupt_clear(void);

// Print `exc` with its traceback and chained causes to stderr, as CPython does for
// an uncaught exception. Ref: none.
void vm_print_exception(Object *exc);

#endif
