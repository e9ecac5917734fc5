// tests/unit/heapbench.c — times gc/heap.c's pools against plain malloc/free on the
// kind of load the interpreter puts on them: a million blocks of mixed sizes (most
// of them small, as objects are), allocated, replaced one by one in random order, and
// freed in random order, for several rounds. `make heapbench` builds and runs it; it
// is not part of `make test`. Each allocator runs the same sequence, three times,
// alternating; the best time of each is printed, with their ratio.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gc/heap.h"

#define BLOCKS 1000000
#define ROUNDS 5
#define TRIES 3

static size_t sizes[BLOCKS];
static uint32_t replace_order[BLOCKS];
static uint32_t free_order[BLOCKS];
static unsigned char *live[BLOCKS];

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;

static uint64_t rnd(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

// Sizes shaped like the interpreter's: mostly small objects and buffers.
static size_t random_size(void) {
    uint64_t r = rnd() % 100;
    if (r < 50) {
        return 16 + rnd() % 49;         // ints, floats, short str, small tuples
    }
    if (r < 80) {
        return 65 + rnd() % 64;         // lists, dict entries, frames
    }
    if (r < 95) {
        return 129 + rnd() % 128;
    }
    if (r < 99) {
        return 257 + rnd() % 256;
    }
    return 513 + rnd() % 1536;          // the odd large buffer (malloc for both)
}

static void shuffle(uint32_t *a) {
    for (uint32_t i = 0; i < BLOCKS; i++) {
        a[i] = i;
    }
    for (uint32_t i = BLOCKS - 1; i > 0; i--) {
        uint32_t j = (uint32_t)(rnd() % (i + 1));
        uint32_t t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// The churn, written once for each allocator so that both calls are direct. Each
// block's first byte is written, as a constructor would.
#define CHURN(name, ALLOC, FREE)                                                \
    static double name(void) {                                                  \
        double t0 = now();                                                      \
        for (int round = 0; round < ROUNDS; round++) {                          \
            for (size_t i = 0; i < BLOCKS; i++) {                               \
                live[i] = ALLOC(sizes[i]);                                      \
                live[i][0] = (unsigned char)i;                                  \
            }                                                                   \
            for (size_t k = 0; k < BLOCKS; k++) {                               \
                uint32_t j = replace_order[k];                                  \
                FREE(live[j]);                                                  \
                live[j] = ALLOC(sizes[(k + (size_t)round * 7919) % BLOCKS]);    \
                live[j][0] = (unsigned char)k;                                  \
            }                                                                   \
            for (size_t k = 0; k < BLOCKS; k++) {                               \
                FREE(live[free_order[k]]);                                      \
            }                                                                   \
        }                                                                       \
        return now() - t0;                                                      \
    }

CHURN(run_pool, heap_alloc, heap_free)
CHURN(run_malloc, malloc, free)

int main(void) {
    for (size_t i = 0; i < BLOCKS; i++) {
        sizes[i] = random_size();
    }
    shuffle(replace_order);
    shuffle(free_order);
    setenv("ADDER_MALLOC", "pool", 1);
    Heap heap;
    heap_init(&heap);
    double best_pool = 1e30, best_malloc = 1e30;
    for (int t = 0; t < TRIES; t++) {
        double p = run_pool();
        double m = run_malloc();
        best_pool = p < best_pool ? p : best_pool;
        best_malloc = m < best_malloc ? m : best_malloc;
    }
    HeapStats st;
    heap_stats(&st);
    heap_fini(&heap);
    printf("heapbench: %d blocks of 16..2048 bytes, %d rounds of: allocate all, replace all "
           "in random order, free all in random order; best of %d\n", BLOCKS, ROUNDS, TRIES);
    printf("pool   (heap_alloc/heap_free): %.3f s\n", best_pool);
    printf("malloc (glibc malloc/free):    %.3f s\n", best_malloc);
    printf("pool / malloc:                 %.2f\n", best_pool / best_malloc);
    printf("arenas: %zu mapped at most, %zu mapped in all, %zu given back\n",
           st.arenas_highwater, st.arenas_total, st.arenas_reclaimed);
    return st.blocks != 0;
}
