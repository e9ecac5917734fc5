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

// The range iterator, with C counters; the eval loop may step it inline in FOR_ITER.
typedef struct RangeIterObject {
    Object ob;
    int64_t next;           // the value yielded next
    int64_t step;
    int64_t len;            // values left to yield
} RangeIterObject;

static inline bool range_check(Object *o) {
    return TYPE(o) == &RangeType;
}

static inline bool slice_check(Object *o) {
    return TYPE(o) == &SliceType;
}
// slice(start, stop, step). Ref: new.
Object *slice_new(Object *start, Object *stop, Object *step);
// Resolve a slice against a sequence of `length` items, as CPython's
// PySlice_Unpack + PySlice_AdjustIndices: `*start`, `*stop`, `*step`, and the
// number of items selected in `*count`. 0, or -1 (ValueError "slice step cannot be
// zero", TypeError for non-index bounds).
// Ref: none.
int slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *count);
// The two halves of `slice_indices`, for callers that must run code between them
// (list slice assignment converts the value after reading the slice, as CPython):
// PySlice_Unpack: the bounds as C values, None replaced by the extremes. Ref: none.
// 0, or -1.
int slice_unpack(Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step);
// PySlice_AdjustIndices: clamp `*start`/`*stop` to a sequence of `length` items;
// returns the number of items selected. Ref: none; never fails.
ssize_t slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
// range(start, stop, step) of ints (`step` not 0). Ref: new; OverflowError when the
// length does not fit 64 bits.
Object *range_new(int64_t start, int64_t stop, int64_t step);
// reversed(r): an iterator from the last value to the first. Ref: new.
Object *range_reversed_iter(Object *r);

#endif
