// stdlib/stdlib.c — start-up and tear-down of the standard library: sys.argv and the
// standard streams, the registry of built-in modules, and the builtins.
#include <stdio.h>

#include "gc/collect.h"
#include "runtime/dict.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

int stdlib_init(int argc, char **argv) {
    if (sys_set_argv(argc, argv) < 0 || sys_streams_init() < 0) {
        return -1;
    }
    if (vm_register_module("sys", sys_module_new) < 0 ||
        vm_register_module("math", math_module_new) < 0 ||
        vm_register_module("time", time_module_new) < 0 ||
        vm_register_module("gc", gcmod_module_new) < 0) {
        return -1;
    }
    Object *builtins = builtins_module_new();
    if (builtins == NULL) {
        return -1;
    }
    vm_set_builtins(builtins);
    // `import builtins` finds the same module, as in CPython, where sys.modules holds it
    // from the start.
    int r = dict_set_cstr(vm_modules_borrow(), "builtins", builtins);
    DECREF(builtins);
    return r;
}

int stdlib_flush(void) {
    int r = fflush(stdout) == 0 ? 0 : -1;
    fflush(stderr);
    return r;
}

void stdlib_fini(void) {
    gc_collect_until_done();
    fflush(stdout);
    sys_streams_fini();
    builtins_fini();
}
