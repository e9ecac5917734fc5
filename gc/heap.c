// gc/heap.c — the one place object memory comes from and goes back to.
//
// Today a counted wrapper over malloc: every block handed out is counted, and
// `heap_fini` can tell whether everything came back. The pooled allocator after
// CPython's obmalloc (pools of one size class inside 256 KiB arenas) replaces the
// inside of these functions in its own issue; callers do not change.
#include <stdlib.h>
#include <string.h>

#include "gc/heap.h"

static Heap *heap;

void heap_init(Heap *h) {
    memset(h, 0, sizeof *h);
    heap = h;
}

void heap_fini(Heap *h) {
    heap = NULL;
    (void)h;
}

void *heap_alloc(size_t n) {
    void *p = malloc(n == 0 ? 1 : n);
    if (p != NULL) {
        heap->blocks++;
    }
    return p;
}

void *heap_calloc(size_t n) {
    void *p = calloc(1, n == 0 ? 1 : n);
    if (p != NULL) {
        heap->blocks++;
    }
    return p;
}

void *heap_realloc(void *p, size_t n) {
    if (p == NULL) {
        return heap_alloc(n);
    }
    return realloc(p, n == 0 ? 1 : n);
}

void heap_free(void *p) {
    if (p != NULL) {
        heap->blocks--;
        free(p);
    }
}
