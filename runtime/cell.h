// runtime/cell.h — cell: the box a closure shares with the function that made it.
#ifndef ADDER_RUNTIME_CELL_H
#define ADDER_RUNTIME_CELL_H

#include "runtime/object.h"

typedef struct CellObject {
    Object ob;
    Object *value;          // NULL while the variable is unbound
} CellObject;

extern TypeObject CellType;

// A cell holding `value` (may be NULL). Ref: new.
Object *cell_new(Object *value);

#endif
