// runtime/module.h — module objects: a name and a dict of globals.
#ifndef ADDER_RUNTIME_MODULE_H
#define ADDER_RUNTIME_MODULE_H

#include "runtime/object.h"

typedef struct ModuleObject {
    Object ob;
    Object *name;           // str
    Object *dict;           // dict of the module's attributes
} ModuleObject;

extern TypeObject ModuleType;

// A module called `name` whose dict holds __name__ (and __doc__ None). Ref: new.
Object *module_new(const char *name);
// The module's dict. Ref: borrowed.
static inline Object *module_dict_borrow(Object *m) {
    return ((ModuleObject *)m)->dict;
}
// Add the NULL-terminated `defs` as builtin functions bound to `m`. 0, or -1.
// Ref: none.
int module_add_functions(Object *m, const MethodDef *defs);

#endif
