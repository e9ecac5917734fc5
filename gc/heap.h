// gc/heap.h — where every object's memory comes from and goes back to: adder's
// private heap, after CPython's obmalloc.
//
// Requests of up to HEAP_SMALL_MAX bytes are served from 4 KiB pools of one size class
// (multiples of 16 bytes) carved from 256 KiB arenas obtained with mmap; larger ones
// go to malloc. The environment variable ADDER_MALLOC picks the mode at start-up:
// `pool` (the default), `malloc` (every request to malloc, for valgrind and the
// sanitizers) or `debug` (pools, with guard bytes around each block and freed memory
// filled with a pattern; an overrun or a double free aborts with the block's size and
// address). Counters in every mode feed sys.getallocatedblocks(), sys.heapinfo() and
// sys._debugmallocstats().
#ifndef ADDER_GC_HEAP_H
#define ADDER_GC_HEAP_H

#include <stddef.h>
#include <stdio.h>

#define HEAP_ALIGN 16                   // every block is aligned to this
#define HEAP_SMALL_MAX 512              // larger requests go to malloc
#define HEAP_NCLASSES (HEAP_SMALL_MAX / HEAP_ALIGN)
#define HEAP_POOL_SIZE 4096
#define HEAP_ARENA_SIZE (256 * 1024)

typedef enum HeapMode { HEAP_POOL, HEAP_MALLOC, HEAP_DEBUG } HeapMode;

// The figures of one size class, for the statistics.
typedef struct HeapClassStats {
    size_t size;                // block size in bytes: 16, 32, ... 512
    size_t pools;               // pools serving this class now
    size_t blocks_used;         // blocks handed out
    size_t blocks_free;         // blocks available in those pools (free list + uncarved)
} HeapClassStats;

typedef struct HeapStats {
    HeapMode mode;
    size_t blocks;              // every block handed out and not given back (all sizes)
    size_t bytes_in_use;        // bytes asked for in those blocks (each rounded up to
                                // HEAP_ALIGN, 0 as 1: a pool block knows only its class,
                                // and so every mode counts alike)
    size_t large_blocks;        // those of them that went to malloc
    size_t arenas;              // arenas mapped now
    size_t arenas_total;        // arenas ever mapped
    size_t arenas_reclaimed;    // arenas given back to the system
    size_t arenas_highwater;    // most arenas mapped at once
    size_t bytes_mapped;        // arenas * HEAP_ARENA_SIZE
    size_t pools_used;          // pools serving some size class
    size_t pools_free;          // empty pools inside mapped arenas
    HeapClassStats classes[HEAP_NCLASSES];
} HeapStats;

// The heap's state. Its fields are heap.c's business; the struct is here so that
// vm/state.h can embed it in the interpreter state. The live counters sit in heap.c
// (the fast paths touch nothing else); the copies here are refreshed by heap_stats and
// heap_fini: read them through heap_allocated_blocks and heap_stats.
typedef struct Heap {
    HeapMode mode;
    size_t blocks;              // blocks handed out, all sizes
    size_t bytes;               // bytes asked for in them
    size_t large_blocks;
    void *impl;                 // heap.c's pool and arena bookkeeping
} Heap;

// Start the heap in the mode ADDER_MALLOC names (an unknown value: a message on
// stderr and the default). Call it before the first allocation, or after heap_fini
// (the unit tests switch modes so: setenv, then heap_init). Ref: none.
void heap_init(Heap *h);
// Give every arena back to the system. Ref: none.
// Blocks still allocated are gone with them (freeing everything first is the caller's
// job); large blocks not freed stay with malloc, where a leak checker sees them.
void heap_fini(Heap *h);
// `n` bytes, uninitialised, aligned to HEAP_ALIGN. Ref: none (bytes, not objects);
// NULL when memory runs out (the caller raises MemoryError).
void *heap_alloc(size_t n);
// `n` zeroed bytes. Ref: none; NULL when memory runs out.
void *heap_calloc(size_t n);
// Grow or shrink a block from `heap_alloc`. Ref: none; NULL when memory runs out (`p`
// is kept).
// A pool block whose new size stays in its size class stays where it is; otherwise
// the block moves (in debug mode it always moves).
void *heap_realloc(void *p, size_t n);
// Give back a block from `heap_alloc` (NULL is allowed). Ref: none.
void heap_free(void *p);
// Blocks handed out now: sys.getallocatedblocks(). Ref: none.
size_t heap_allocated_blocks(void);
// The statistics, filled into `*out`. Ref: none.
void heap_stats(HeapStats *out);
// Print the statistics in the shape of CPython's sys._debugmallocstats(). Ref: none.
void heap_print_stats(FILE *f);

#endif
