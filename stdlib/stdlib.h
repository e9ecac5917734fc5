// stdlib/stdlib.h — the built-in modules, each a constructor the vm calls on first
// import (vm_register_module), the builtins, and the standard streams that print and
// input share with sys.
#ifndef ADDER_STDLIB_STDLIB_H
#define ADDER_STDLIB_STDLIB_H

#include <stdbool.h>
#include <stdio.h>

#include "runtime/object.h"

// The `builtins` module: print, len, the constructors, ... Ref: new.
Object *builtins_module_new(void);
// Release the type of `exit` and `quit`, at exit. Ref: none.
void builtins_fini(void);
// `sys`: argv, exit, getrefcount, stdout, ... `argv` is set by `sys_set_argv`.
// Ref: new.
Object *sys_module_new(void);
// Record the command line for sys.argv: `argv[0]` is the script as given ('-c' for
// a command, '' for stdin), then its arguments (copied into a list of str).
// Ref: none. 0, or -1 with MemoryError set.
int sys_set_argv(int argc, char **argv);
// `math` and `time`. Ref: new.
Object *math_module_new(void);
// Ref: new, or NULL with an exception set.
Object *time_module_new(void);
// `gc`: the cycle collector's interface; makes gc.garbage and gc.callbacks on first
// import. Ref: new, or NULL with an exception set.
Object *gcmod_module_new(void);
// Record the command line (`argv[0]` the script), make the standard streams, register
// every built-in module with the vm and install the builtins. Ref: none. 0, or -1.
int stdlib_init(int argc, char **argv);
// Flush sys.stdout/sys.stderr at exit. Ref: none. 0, or -1 when flushing stdout
// failed (EPIPE).
int stdlib_flush(void);
// Collect the cycles the program left (their finalizers are the last Python code to run,
// with print and sys.stdout still there), then release what stdlib_init made (the
// standard streams and their type, sys.argv, the type of exit and quit); before vm_fini.
// Ref: none.
void stdlib_fini(void);

// ---- the standard streams (stdlib/sysmodule.c) --------------------------------------

// Make sys.stdout, sys.stderr and sys.stdin and store the first two in `rt->stdout_`
// and `rt->stderr_` (idempotent). Ref: none. 0, or -1 with MemoryError set.
int sys_streams_init(void);
// Drop the streams and sys.argv, at exit. Ref: none.
void sys_streams_fini(void);
// True when `o` is one of the standard streams. Ref: none.
bool sys_file_check(Object *o);
// Write `n` bytes of UTF-8 to the standard stream `f`. Ref: none. 0, or -1 with
// OSError set (a write error, or `f` is not writable).
int sys_file_write(Object *f, const char *s, size_t n);
// Flush the standard stream `f`. Ref: none. 0, or -1 with OSError set.
int sys_file_flush(Object *f);
// One line of `fp` as a str, its newline kept; '' at the end of the file.
// Ref: new; NULL with UnicodeDecodeError (not UTF-8), OSError or MemoryError set.
Object *sys_read_line(FILE *fp);

#endif
