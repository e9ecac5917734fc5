// runtime/cell.c — cells: the shared boxes of closure variables.
#include "gc/collect.h"
#include "runtime/cell.h"
#include "runtime/error.h"
#include "runtime/str.h"

Object *cell_new(Object *value) {
    CellObject *c = (CellObject *)obj_alloc(&CellType, 0);
    if (c == NULL) {
        return NULL;
    }
    c->value = value;
    XINCREF(value);
    gc_track(OB(c));
    return OB(c);
}

static void cell_dealloc(Object *o) {
    gc_untrack(o);
    XDECREF(((CellObject *)o)->value);
    obj_free(o);
}

static int cell_traverse(Object *o, visitproc visit, void *arg) {
    Object *v = ((CellObject *)o)->value;
    return v != NULL ? visit(v, arg) : 0;
}

static int cell_clear(Object *o) {
    CLEAR(((CellObject *)o)->value);
    return 0;
}

static Object *cell_repr(Object *o) {
    Object *v = ((CellObject *)o)->value;
    if (v == NULL) {
        return str_from_format("<cell at %p: empty>", (void *)o);
    }
    return str_from_format("<cell at %p: %s object at %p>", (void *)o, type_name(v),
                           (void *)v);
}

static Object *cell_get_contents(Object *o) {
    Object *v = ((CellObject *)o)->value;
    if (v == NULL) {
        err_set_str(&ValueErrorType, "Cell is empty");
        return NULL;
    }
    return NEWREF(v);
}

// `cell.cell_contents = v`, or `del cell.cell_contents` when `v` is NULL.
static int cell_set_contents(Object *o, Object *v) {
    XINCREF(v);
    SETREF(((CellObject *)o)->value, v);
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

TypeObject CellType = {
    .ob = TYPE_HEAD,
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TP_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .getset = cell_getset,
    .traverse = cell_traverse,
    .clear = cell_clear,
};
