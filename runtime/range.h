// runtime/range.h — range, slice and the small iterators over them.
#ifndef ADDER_RUNTIME_RANGE_H
#define ADDER_RUNTIME_RANGE_H

#include "runtime/object.h"

typedef struct RangeObject {
    Object ob;
    Object *start, *stop, *step;    // ints
    Object *length;                 // int
} RangeObject;

typedef struct SliceObject {
    Object ob;
    Object *start, *stop, *step;    // any objects, None when omitted
} SliceObject;

extern TypeObject RangeType, RangeIterType, SliceType;

static inline bool slice_check(Object *o) {
    return TYPE(o) == &SliceType;
}
// slice(start, stop, step). Ref: new.
Object *slice_new(Object *start, Object *stop, Object *step);
// Resolve a slice against a sequence of `length` items, as CPython's
// PySlice_Unpack + PySlice_AdjustIndices: `*start`, `*stop`, `*step`, and the
// number of items selected in `*count`. 0, or -1 (ValueError "slice step cannot be
// zero", TypeError for non-index bounds).
int slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *count);
// range(start, stop, step) of ints. Ref: new.
Object *range_new(int64_t start, int64_t stop, int64_t step);

#endif
