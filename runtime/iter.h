// runtime/iter.h — the built-in iterator types: enumerate, zip, map, filter and
// reversed (whose constructors are the builtins of the same names), the sequence
// iterator ("iterator", over an object with len/getitem) and the callable iterator
// of `iter(f, sentinel)`.
#ifndef ADDER_RUNTIME_ITER_H
#define ADDER_RUNTIME_ITER_H

#include "runtime/object.h"

// The head of every iterator over one container (list, tuple and set iterators, the
// sequence and reversed iterators): the container, NULL once exhausted, right after
// the object header. The three slots below serve all of them.
typedef struct SourceIterObject {
    Object ob;
    Object *source;
} SourceIterObject;

// Untrack, drop the container, free. Ref: none.
void source_iter_dealloc(Object *o);
// Visit the container. Ref: none.
int source_iter_traverse(Object *o, visitproc visit, void *arg);
// Drop the container. Ref: none.
int source_iter_clear(Object *o);

extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;
extern TypeObject SeqIterType, CallIterType;

// An iterator over `seq` that calls `seq[0]`, `seq[1]`, ... until IndexError or
// StopIteration: what `iter(o)` gives for an object with only `__getitem__`.
// Ref: new, or NULL with MemoryError set.
Object *seqiter_new(Object *seq);
// The iterator of `iter(callable, sentinel)`: calls `callable()` until the result
// equals `sentinel`. Ref: new, or NULL with MemoryError set.
Object *calliter_new(Object *callable, Object *sentinel);

#endif
