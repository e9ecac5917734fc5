// stdlib/stdlib.h — the built-in modules, each a constructor the vm calls on first
// import (vm_register_module), and the builtins.
#ifndef ADDER_STDLIB_STDLIB_H
#define ADDER_STDLIB_STDLIB_H

#include "runtime/object.h"

// The `builtins` module: print, len, the constructors, ... Ref: new.
Object *builtins_module_new(void);
// `sys`: argv, exit, getrefcount, stdout, ... `argv` is set by `sys_set_argv`.
// Ref: new.
Object *sys_module_new(void);
// Record the command line for sys.argv (copied). Ref: none.
void sys_set_argv(int argc, char **argv);
// `math` and `time`. Ref: new.
Object *math_module_new(void);
Object *time_module_new(void);
// Register every built-in module with the vm and install the builtins. 0, or -1.
int stdlib_init(int argc, char **argv);
// Flush sys.stdout/sys.stderr at exit. 0, or -1 when flushing failed.
int stdlib_flush(void);

#endif
