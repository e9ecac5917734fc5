// gc/heap.h — where every object's memory comes from and goes back to.
//
// For now a thin, counted wrapper over malloc: the pooled heap after CPython's
// obmalloc replaces its inside without changing this interface.
#ifndef ADDER_GC_HEAP_H
#define ADDER_GC_HEAP_H

#include <stddef.h>

typedef struct Heap {
    size_t blocks;          // blocks handed out and not yet given back
    size_t bytes;           // bytes in them
} Heap;

void heap_init(Heap *h);
// Check that everything came back (debug builds list what did not). Ref: none.
void heap_fini(Heap *h);
// `n` bytes, uninitialised; NULL when memory runs out (the caller raises MemoryError).
void *heap_alloc(size_t n);
// `n` zeroed bytes; NULL when memory runs out.
void *heap_calloc(size_t n);
// Grow or shrink a block from `heap_alloc`; NULL when memory runs out (`p` is kept).
void *heap_realloc(void *p, size_t n);
// Give back a block from `heap_alloc` (NULL is allowed).
void heap_free(void *p);

#endif
