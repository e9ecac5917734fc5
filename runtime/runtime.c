// runtime/runtime.c — start-up and tear-down of the runtime: the shared objects
// (empty tuple, small ints, MemoryError), every built-in type made ready, and all of
// it released again at exit.
#include <sys/resource.h>

#include "gc/collect.h"
#include "runtime/runtime.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// Every static type of the runtime; the vm and stdlib make their own ready.
static TypeObject *const runtime_types[] = {
    &TypeType, &BaseObjectType, &NoneType, &NotImplementedType, &EllipsisType,
    &IntType, &BoolType, &FloatType, &StrType, &StrIterType, &StrAsciiIterType,
    &TupleType, &TupleIterType, &ListType, &ListIterType, &ListRevIterType,
    &DictType, &DictKeysType, &DictValuesType, &DictItemsType,
    &DictKeyIterType, &DictValueIterType, &DictItemIterType,
    &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType,
    &SetType, &FrozenSetType, &SetIterType, &RangeType, &RangeIterType, &SliceType,
    &CellType, &ModuleType, &CFunctionType, &MethodDescrType, &GetSetDescrType,
    &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &SeqIterType,
    &CallIterType, &MethodType, &StaticMethodType, &ClassMethodType, &PropertyType,
    &SlotWrapperType,
};

#define NTYPES (sizeof runtime_types / sizeof *runtime_types)

// Mark the C stack: `base` is an address in the caller's frame, near the bottom.
static void stack_init(char *base) {
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size = (size_t)rl.rlim_cur;
    }
    // Keep a margin for the frames of whatever runs after the last check.
    rt->stack_base = base;
    rt->stack_max = size > (2u << 20) ? size - (1u << 20) : size / 2;
}

int runtime_init(RuntimeState *state) {
    char base;
    rt = state;
    rt->recursion_limit = 1000;
    stack_init(&base);
    gc_set_builtin_types(&TupleType, &DictType, &ListType, &SliceType);
    if (tuple_init() < 0 || int_init() < 0) {
        return -1;
    }
    // The empty string is shared (rt->empty_str); make it now so that it is never NULL.
    Object *empty = str_from_utf8("", 0);
    if (empty == NULL) {
        return -1;
    }
    DECREF(empty);
    if (class_init() < 0) {
        return -1;
    }
    for (size_t i = 0; i < NTYPES; i++) {
        if (type_ready(runtime_types[i]) < 0) {
            return -1;
        }
    }
    return exc_init();
}

void runtime_fini(void) {
    CLEAR(rt->exc);
    CLEAR(rt->handled);
    exc_fini();
    for (size_t i = 0; i < NTYPES; i++) {
        type_fini(runtime_types[i]);
    }
    class_fini();
    for (size_t i = 0; i < 256; i++) {
        CLEAR(rt->latin1[i]);
    }
    CLEAR(rt->empty_str);
    int_fini();
    tuple_fini();
    str_fini();
}
