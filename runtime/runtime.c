// runtime/runtime.c — start-up and tear-down of the runtime: the shared objects
// (empty tuple, small ints, MemoryError), every built-in type made ready, and all of
// it released again at exit.
#include "runtime/runtime.h"
#include "runtime/cell.h"
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
    &SetType, &FrozenSetType, &SetIterType, &RangeType, &RangeIterType, &SliceType,
    &CellType, &ModuleType, &CFunctionType, &MethodDescrType, &GetSetDescrType,
    &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &SeqIterType,
    &CallIterType,
};

#define NTYPES (sizeof runtime_types / sizeof *runtime_types)

int runtime_init(RuntimeState *state) {
    rt = state;
    rt->recursion_limit = 1000;
    if (tuple_init() < 0 || int_init() < 0) {
        return -1;
    }
    // The empty string is shared (rt->empty_str); make it now so that it is never NULL.
    Object *empty = str_from_utf8("", 0);
    if (empty == NULL) {
        return -1;
    }
    DECREF(empty);
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
    for (size_t i = 0; i < 256; i++) {
        CLEAR(rt->latin1[i]);
    }
    CLEAR(rt->empty_str);
    int_fini();
    tuple_fini();
    str_fini();
}
