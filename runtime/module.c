// runtime/module.c — module objects: a name and the dict of its attributes.
#include "gc/collect.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/str.h"

Object *module_new(const char *name) {
    ModuleObject *m = (ModuleObject *)obj_alloc(&ModuleType, 0);
    if (m == NULL) {
        return NULL;
    }
    m->name = str_from_cstr(name);
    m->dict = dict_new();
    gc_track(OB(m));
    if (m->name == NULL || m->dict == NULL ||
        dict_set_cstr(m->dict, "__name__", m->name) < 0 ||
        dict_set_cstr(m->dict, "__doc__", None) < 0) {
        DECREF(m);
        return NULL;
    }
    return OB(m);
}

int module_add_functions(Object *m, const MethodDef *defs) {
    for (; defs->name != NULL; defs++) {
        Object *f = cfunc_new(defs, m);
        if (f == NULL) {
            return -1;
        }
        int r = dict_set_cstr(module_dict_borrow(m), defs->name, f);
        DECREF(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static void module_dealloc(Object *o) {
    ModuleObject *m = (ModuleObject *)o;
    gc_untrack(o);
    XDECREF(m->name);
    XDECREF(m->dict);
    obj_free(o);
}

static int module_traverse(Object *o, visitproc visit, void *arg) {
    ModuleObject *m = (ModuleObject *)o;
    if (m->dict != NULL) {
        return visit(m->dict, arg);
    }
    return 0;
}

static int module_clear(Object *o) {
    CLEAR(((ModuleObject *)o)->dict);
    return 0;
}

static Object *module_repr(Object *o) {
    ModuleObject *m = (ModuleObject *)o;
    if (m->name != NULL && str_eq_cstr(m->name, "builtins")) {
        return str_from_cstr("<module 'builtins' (built-in)>");
    }
    return str_from_format("<module '%s' (built-in)>",
                           m->name != NULL ? str_data(m->name) : "?");
}

static Object *module_getattr(Object *o, Object *name) {
    ModuleObject *m = (ModuleObject *)o;
    if (m->dict != NULL) {
        Object *v = dict_get_str_borrow(m->dict, name);
        if (v != NULL) {
            return NEWREF(v);
        }
    }
    if (str_eq_cstr(name, "__dict__") && m->dict != NULL) {
        return NEWREF(m->dict);
    }
    err_format(&AttributeErrorType, "module '%s' has no attribute '%U'",
               m->name != NULL ? str_data(m->name) : "?", name);
    return NULL;
}

static int module_setattr(Object *o, Object *name, Object *v) {
    ModuleObject *m = (ModuleObject *)o;
    if (v == NULL) {
        int r = dict_del(m->dict, name);
        if (r == 1) {
            // Deleting goes through the generic attribute code in CPython: its message
            // names the type, not the module.
            err_format(&AttributeErrorType, "'module' object has no attribute '%U'", name);
            return -1;
        }
        return r;
    }
    return dict_set(m->dict, name, v);
}

TypeObject ModuleType = {
    .ob = TYPE_HEAD,
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = TP_GC,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
};
