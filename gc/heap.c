// gc/heap.c — adder's private heap: where every object's memory comes from and goes
// back to. A pooled allocator after CPython's Objects/obmalloc.c, in our own words.
// It is the bottom layer: it deals in bytes and includes nothing from runtime/ or vm/.
//
// ---- Layout -------------------------------------------------------------------------
//
// Requests of 1..HEAP_SMALL_MAX (512) bytes are "small": they are rounded up to a
// multiple of 16, which gives 32 size classes (class i serves blocks of 16 * (i + 1)
// bytes). Small blocks come from pools; larger requests go to malloc.
//
//   arena  256 KiB taken with mmap, aligned to its own size, cut into 64 pools.
//   pool   4 KiB, the unit handed to a size class: a `Pool` header (48 bytes), then
//          as many blocks of the class as fit; the few bytes left at the end are
//          "lost to quantization".
//   block  what heap_alloc returns. A free block holds the link of its pool's free
//          list in its first word; an allocated block holds the caller's data only.
//
// Pools are aligned to 4 KiB, so the header of the pool that holds `p` is at
// `p & ~4095`: freeing finds its pool by arithmetic, with no search.
//
// Is `p` a pool block or a malloc'd one? The arena map answers without touching
// memory outside the block: a two-level table indexed by the address bits above the
// arena size (a 15-bit top level in static storage, 15-bit leaves of one byte per
// 256 KiB, allocated when an arena first lands in their range). A byte is nonzero when
// an arena of ours sits there, and says whether it serves the pool or the debug mode.
// Since arenas are aligned to 256 KiB, one byte covers one arena exactly. (CPython's
// address_in_range reads the pool header at `p & ~4095` of any pointer instead; that
// read falls into malloc's memory for large blocks, which valgrind and ASan rightly
// report. The map costs the same two loads and reads nothing but our own tables.)
//
// Large blocks carry a 16-byte header in front of them holding the size asked for,
// so that the counters stay exact and the alignment stays 16. Should no arena be
// mappable, a small request goes to malloc the same way rather than fail.
//
// ---- Pools: states and lists ---------------------------------------------------------
//
// A pool inside an arena is in one of four states:
//
//   untouched  never used since the arena was mapped: at index >= `arena->untouched`.
//              On no list; its header is not initialised.
//   partial    some blocks handed out (`count > 0`) and at least one block on its free
//              list (`free != NULL`). On `partial[class]`, a doubly linked list
//              through `next`/`prev`: those lists are CPython's `usedpools`, and they
//              make "a pool with a free block of this class" an O(1) question.
//   full       `count > 0`, no free block and nothing left to carve. On no list.
//   empty      `count == 0`. On its arena's `free_pools` list (singly linked through
//              `next`), ready for any size class.
//
// Invariant: a pool on `partial[c]` always has a non-empty free list, so allocation
// is: take the first pool of `partial[c]`, pop the head of its free list. A pool
// carves its never-used space lazily: the free list starts with a single block, and
// `carve` is the offset of the first block never handed out; when the free list runs
// dry, one more block is carved from there (up to `limit`); only when nothing is left
// to carve is the pool full and taken off the list.
//
// Transitions:
//   alloc, last free block taken, nothing to carve:  partial -> full (unlinked)
//   free into a full pool:                           full -> partial (linked in front,
//                                                    so that the next request reuses it)
//   free of the last block in use:                   partial -> empty (unlinked, pushed
//                                                    on the arena's `free_pools`)
//   no partial pool for a class:                     empty or untouched -> partial
// An empty pool that served the same class before keeps its free list and carve
// offset, so re-initialising it costs nothing; for another class it is initialised
// afresh. A freed block goes to the head of its pool's free list, so the next request
// of its class gets it back (hot in the cache).
//
// Fast paths: heap_alloc tests `n - 1 < pool_limit` (one compare rules out n == 0,
// large requests and the other modes, whose `pool_limit` is 0), takes the first pool of
// `partial[class]` and pops its free list. heap_free reads the map byte of `p`, finds
// the pool header by masking and pushes the block on its free list. Everything else
// (no partial pool, a pool running dry, full or emptied, large blocks, other modes) is
// out of line, so that the fast paths save no registers and make no call but in tail
// position (heap_calloc's memset for blocks over 64 bytes, or the slow path).
//
// ---- Arenas: ordering and release ------------------------------------------------------
//
// Every mapped arena sits on `arenas` (doubly linked through `all_next`/`all_prev`,
// for the statistics and heap_fini). Arenas with at least one empty or untouched pool
// also sit on `usable`, doubly linked through `next`/`prev` and sorted by `nfree`
// (their count of empty plus untouched pools), fewest first. New pools are taken from
// the head: the most used arena fills up first, and the lightly used ones get the
// chance to empty out completely. `last_with[k]` is the last arena on `usable` with
// `nfree == k` (NULL when none has), so that when a pool comes back and an arena's
// count rises by one, it moves just behind the last arena of its old count: O(1), the
// idea of CPython's `nfp2lasta`. Taking a pool only ever lowers the head's count, and
// the head stays the head.
//
// An arena whose pools are all empty is unmapped at once, unless it is the only arena
// on `usable`: keeping that one avoids an mmap and munmap per iteration of a loop that
// allocates and frees a single block (CPython keeps one for the same reason). So when
// everything is freed, one arena stays mapped; heap_fini unmaps every arena.
//
// ---- Modes ---------------------------------------------------------------------------
//
// ADDER_MALLOC, read by heap_init, picks the mode:
//   pool    (default) as above.
//   malloc  every request goes to malloc, with the 16-byte size header in front, so
//           that valgrind and the sanitizers see every block. No arena is ever mapped.
//   debug   pools (and malloc for what does not fit), with every block framed so that
//           misuse is caught. A block asked for `n` bytes takes `n + 48` bytes:
//
//             word 0   8 bytes of GUARD (0xFB); the pool's free-list link when freed
//             word 1   n, the size asked for (survives the free, for the reports)
//             word 2   LIVE_MARK while allocated, DEAD_MARK once freed
//             word 3   8 bytes of GUARD, just before the caller's data
//             data     n bytes: FRESH (0xCD) when handed out by heap_alloc
//             tail     GUARD up to the end of the block (16 bytes at least)
//
//           heap_free checks the marks and guards: a double free, a write before or
//           past the block, or freeing something that is no block of ours is reported
//           on stderr with the block's size and address, and the process aborts.
//           Freed memory (from word 4 to the end of the block) is filled with DEAD
//           (0xDD); when a pool block is handed out again that fill is checked, which
//           catches writes into freed memory. heap_realloc always moves a block, so
//           stale pointers read DEAD. Large blocks are framed the same way, 16 bytes
//           further from their LargeHeader than usual, out of reach of the links
//           malloc writes into a chunk it gets back; still, malloc may hand the chunk
//           out again, so a double free of a large block is caught on a best-effort
//           basis (and one of a block malloc has unmapped crashes instead).
//
// ---- Counters ------------------------------------------------------------------------
//
// `blocks` counts blocks handed out and not given back, in every mode; `bytes` sums
// their sizes as asked for, rounded up to the 16-byte alignment (0 counts as 1): a
// pool block knows only its class, so rounding is what makes the figure the same in
// all three modes. `large` counts blocks that went to malloc. Pools and arenas keep
// their own counts (`count`, `nfree`), from which heap_stats computes the rest.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc/heap.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
// Slow paths stay out of line, so that the fast paths need no registers saved.
#define NOINLINE __attribute__((noinline))

#define POOLS_PER_ARENA (HEAP_ARENA_SIZE / HEAP_POOL_SIZE)
#define ARENA_SHIFT 18                  // log2(HEAP_ARENA_SIZE)
#define POOL_HEADER 48                  // sizeof(Pool), rounded up to HEAP_ALIGN
#define LARGE_HEADER 16                 // in front of malloc'd blocks
#define CLASS_SIZE(c) (((size_t)(c) + 1) * HEAP_ALIGN)
#define ROUND_UP(n) (((n) + HEAP_ALIGN - 1) & ~(size_t)(HEAP_ALIGN - 1))
// The largest request we try to serve: sizes near SIZE_MAX would overflow our sums.
#define MAX_REQUEST (SIZE_MAX / 2)

// The arena map: address bits [ARENA_SHIFT, 48) split into a top index and a leaf
// index. User-space addresses on the 64-bit systems we run on stay below 2^48.
#define MAP_LEAF_BITS 15
#define MAP_TOP_BITS (48 - ARENA_SHIFT - MAP_LEAF_BITS)
#define MAP_LEAF_SIZE ((size_t)1 << MAP_LEAF_BITS)
#define MAP_TOP_SIZE ((size_t)1 << MAP_TOP_BITS)

// Debug mode: the frame around each block (see the opening comment).
#define DEBUG_FRONT 32
#define DEBUG_TAIL 16
#define DEBUG_EXTRA (DEBUG_FRONT + DEBUG_TAIL)
#define GUARD 0xFB
#define DEAD 0xDD
#define FRESH 0xCD
#define GUARD_WORD 0xFBFBFBFBFBFBFBFBull
#define LIVE_MARK 0x4144444552424C4Bull  // arbitrary, unlikely in data
#define DEAD_MARK 0x4144444552444541ull

typedef struct Block {
    struct Block *next;         // free list link, only while the block is free
} Block;

typedef struct Arena Arena;

typedef struct Pool {
    Block *free;                // free list; never NULL while the pool is partial
    struct Pool *next;          // on partial[cls] (doubly linked) or arena->free_pools
    struct Pool *prev;          // on partial[cls] only
    Arena *arena;               // the arena that holds this pool
    uint16_t count;             // blocks handed out
    uint16_t cls;               // size class, valid once the pool has been used
    uint16_t carve;             // offset of the first block never handed out
    uint16_t limit;             // last offset where a whole block still fits
} Pool;

_Static_assert(sizeof(Pool) <= POOL_HEADER, "the pool header outgrew POOL_HEADER");
_Static_assert(POOL_HEADER % HEAP_ALIGN == 0, "blocks must stay aligned");
_Static_assert(((size_t)1 << ARENA_SHIFT) == HEAP_ARENA_SIZE, "ARENA_SHIFT is wrong");

struct Arena {
    uintptr_t base;             // the mapping: HEAP_ARENA_SIZE bytes, aligned to that
    Pool *free_pools;           // empty pools, singly linked through `next`
    unsigned nfree;             // empty pools + untouched pools
    unsigned untouched;         // index of the first untouched pool
    Arena *next, *prev;         // on `usable`, sorted by `nfree`; only when nfree > 0
    Arena *all_next, *all_prev; // on `arenas`, every mapped arena
};

// A leaf of the arena map: one byte per 256 KiB of address space.
typedef struct MapLeaf {
    size_t arenas;              // arenas it marks; freed at zero
    uint8_t here[MAP_LEAF_SIZE];
} MapLeaf;

typedef struct LargeHeader {
    size_t size;                // bytes asked for (in debug mode: including the frame)
    size_t unused;              // keeps the block aligned to 16
} LargeHeader;

// All the heap's state. The fields the fast paths touch come first.
static struct {
    size_t pool_limit;          // n - 1 < pool_limit takes the fast path: 512 or 0
    HeapMode mode;
    // See "Counters" above. `large` sits between the two that the fast paths update:
    // adjacent, they get paired into SSE arithmetic that costs more than it saves.
    size_t blocks;
    size_t large;
    size_t bytes;
    Pool *partial[HEAP_NCLASSES];
    Arena *usable;              // arenas with free pools, fewest first
    Arena *last_with[POOLS_PER_ARENA + 1];
    Arena *arenas;              // every mapped arena
    size_t narenas;
    size_t arenas_total;
    size_t arenas_reclaimed;
    size_t arenas_highwater;
    uintptr_t last_base;        // where the last arena was mapped: a hint for the next
    Heap *pub;
} H = {.pool_limit = HEAP_SMALL_MAX};

static MapLeaf *map_top[MAP_TOP_SIZE];

// ---- the arena map ----------------------------------------------------------------------

// What the map says of `p`: NOT_OURS, or the mode of the arena `p` is in. Recording
// the mode spares heap_free a look at it.
enum { NOT_OURS, POOL_ARENA, DEBUG_ARENA };

static inline unsigned arena_kind(const void *p) {
    uintptr_t key = (uintptr_t)p >> ARENA_SHIFT;
    uintptr_t top = key >> MAP_LEAF_BITS;
    if (UNLIKELY(top >= MAP_TOP_SIZE)) {
        return NOT_OURS;
    }
    MapLeaf *leaf = map_top[top];
    return leaf != NULL ? leaf->here[key & (MAP_LEAF_SIZE - 1)] : NOT_OURS;
}

// Is `p` inside one of our arenas?
static inline int in_arena(const void *p) {
    return arena_kind(p) != NOT_OURS;
}

// Mark the arena at `base` in the map. 0, or -1 when the leaf cannot be allocated.
static int map_set(uintptr_t base) {
    uintptr_t key = base >> ARENA_SHIFT;
    uintptr_t top = key >> MAP_LEAF_BITS;
    if (top >= MAP_TOP_SIZE) {
        return -1;
    }
    if (map_top[top] == NULL) {
        // The bottom layer may use malloc for its own bookkeeping.
        if ((map_top[top] = calloc(1, sizeof(MapLeaf))) == NULL) {
            return -1;
        }
    }
    map_top[top]->arenas++;
    map_top[top]->here[key & (MAP_LEAF_SIZE - 1)] = H.mode == HEAP_DEBUG ? DEBUG_ARENA
                                                                          : POOL_ARENA;
    return 0;
}

static void map_clear(uintptr_t base) {
    uintptr_t key = base >> ARENA_SHIFT;
    MapLeaf *leaf = map_top[key >> MAP_LEAF_BITS];
    leaf->here[key & (MAP_LEAF_SIZE - 1)] = 0;
    if (--leaf->arenas == 0) {
        free(leaf);
        map_top[key >> MAP_LEAF_BITS] = NULL;
    }
}

// ---- arenas ----------------------------------------------------------------------------

// HEAP_ARENA_SIZE bytes aligned to HEAP_ARENA_SIZE, or NULL. The kernel tends to place
// a mapping just below the previous one, so asking for the slot below the last arena
// usually gets an aligned block in one call; otherwise map twice the size and trim.
static void *map_aligned(void) {
    const size_t size = HEAP_ARENA_SIZE;
    void *hint = H.last_base > size ? (void *)(H.last_base - size) : NULL;
    void *p = mmap(hint, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    if (((uintptr_t)p & (size - 1)) == 0) {
        return p;
    }
    munmap(p, size);
    p = mmap(NULL, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    uintptr_t start = (uintptr_t)p;
    uintptr_t aligned = (start + size - 1) & ~(uintptr_t)(size - 1);
    if (aligned > start) {
        munmap(p, aligned - start);
    }
    if (start + 2 * size > aligned + size) {
        munmap((void *)(aligned + size), start + 2 * size - (aligned + size));
    }
    return (void *)aligned;
}

// Map a new arena and make it the only one on `usable` (called when `usable` is
// empty). NULL when the system has no memory for it.
static Arena *arena_new(void) {
    Arena *a = calloc(1, sizeof *a);
    if (a == NULL) {
        return NULL;
    }
    void *base = map_aligned();
    if (base == NULL) {
        free(a);
        return NULL;
    }
    if (map_set((uintptr_t)base) < 0) {
        munmap(base, HEAP_ARENA_SIZE);
        free(a);
        return NULL;
    }
    a->base = (uintptr_t)base;
    a->nfree = POOLS_PER_ARENA;
    a->all_next = H.arenas;
    if (H.arenas != NULL) {
        H.arenas->all_prev = a;
    }
    H.arenas = a;
    H.usable = a;
    H.last_with[POOLS_PER_ARENA] = a;
    H.last_base = a->base;
    H.narenas++;
    H.arenas_total++;
    if (H.narenas > H.arenas_highwater) {
        H.arenas_highwater = H.narenas;
    }
    return a;
}

static void usable_unlink(Arena *a) {
    if (a->prev != NULL) {
        a->prev->next = a->next;
    } else {
        H.usable = a->next;
    }
    if (a->next != NULL) {
        a->next->prev = a->prev;
    }
    a->next = a->prev = NULL;
}

// `a` is on `usable` and is the last arena with its count: the arena before it takes
// that role if it has the same count.
static void drop_last_with(Arena *a) {
    H.last_with[a->nfree] = a->prev != NULL && a->prev->nfree == a->nfree ? a->prev : NULL;
}

// Give arena `a` (all of its pools empty or untouched, off `usable`) back to the system.
static void arena_release(Arena *a) {
    if (a->all_prev != NULL) {
        a->all_prev->all_next = a->all_next;
    } else {
        H.arenas = a->all_next;
    }
    if (a->all_next != NULL) {
        a->all_next->all_prev = a->all_prev;
    }
    map_clear(a->base);
    munmap((void *)a->base, HEAP_ARENA_SIZE);
    free(a);
    H.narenas--;
    H.arenas_reclaimed++;
}

// A pool of arena `a` has just become empty and is on its `free_pools`: raise the
// arena's count, keep `usable` sorted, and release the arena if it is all free.
static void arena_pool_returned(Arena *a) {
    unsigned old = a->nfree;
    if (old == 0) {
        // It was full, so on no list: with one free pool it sorts first.
        a->nfree = 1;
        a->prev = NULL;
        a->next = H.usable;
        if (H.usable != NULL) {
            H.usable->prev = a;
        }
        H.usable = a;
        if (H.last_with[1] == NULL) {
            H.last_with[1] = a;
        }
        return;
    }
    Arena *last = H.last_with[old];
    if (last == a) {
        // Nothing behind `a` has its old count: it stays where it is.
        drop_last_with(a);
    } else {
        // Move `a` just behind the last arena that has its old count.
        usable_unlink(a);
        a->prev = last;
        a->next = last->next;
        if (last->next != NULL) {
            last->next->prev = a;
        }
        last->next = a;
    }
    a->nfree = old + 1;
    if (H.last_with[a->nfree] == NULL) {
        H.last_with[a->nfree] = a;
    }
    if (a->nfree == POOLS_PER_ARENA && (a->prev != NULL || a->next != NULL)) {
        if (H.last_with[a->nfree] == a) {
            drop_last_with(a);
        }
        usable_unlink(a);
        arena_release(a);
    }
}

// ---- pools -----------------------------------------------------------------------------

// Set up `pool` to serve class `cls`: one block on the free list, the rest to carve.
static void pool_init(Pool *pool, unsigned cls) {
    size_t size = CLASS_SIZE(cls);
    if (H.mode == HEAP_DEBUG) {
        // Stale marks of another class's blocks must not look like ours.
        memset((char *)pool + POOL_HEADER, 0, HEAP_POOL_SIZE - POOL_HEADER);
    }
    pool->cls = (uint16_t)cls;
    pool->count = 0;
    pool->free = (Block *)((char *)pool + POOL_HEADER);
    pool->free->next = NULL;
    pool->carve = (uint16_t)(POOL_HEADER + size);
    pool->limit = (uint16_t)(HEAP_POOL_SIZE - size);
}

// Take an empty or untouched pool from the head of `usable` (mapping an arena when
// there is none) and make it the partial pool of class `cls`. NULL when out of memory.
NOINLINE static Pool *pool_take(unsigned cls) {
    Arena *a = H.usable;
    if (a == NULL && (a = arena_new()) == NULL) {
        return NULL;
    }
    Pool *pool = a->free_pools;
    if (pool != NULL) {
        a->free_pools = pool->next;
        if (pool->cls != cls) {
            pool_init(pool, cls);
        }
    } else {
        pool = (Pool *)(a->base + (uintptr_t)a->untouched * HEAP_POOL_SIZE);
        a->untouched++;
        pool->arena = a;
        pool_init(pool, cls);
    }
    // The head's count drops by one; it stays the head, and the first of its count.
    if (H.last_with[a->nfree] == a) {
        H.last_with[a->nfree] = NULL;
    }
    a->nfree--;
    if (a->nfree == 0) {
        usable_unlink(a);
    } else {
        H.last_with[a->nfree] = a;
    }
    pool->next = pool->prev = NULL;
    H.partial[cls] = pool;
    return pool;
}

// The free list of `pool`, head of `partial[cls]`, has run dry: carve one more block,
// or, when the pool is full, take it off the list.
static void pool_refill(Pool *pool) {
    if (pool->carve <= pool->limit) {
        Block *b = (Block *)((char *)pool + pool->carve);
        b->next = NULL;
        pool->free = b;
        pool->carve = (uint16_t)(pool->carve + CLASS_SIZE(pool->cls));
        return;
    }
    H.partial[pool->cls] = pool->next;
    if (pool->next != NULL) {
        pool->next->prev = NULL;
    }
    pool->next = NULL;
}

// A block of class `cls` from the pools, uncounted; NULL when out of memory.
static inline void *pool_alloc(unsigned cls) {
    Pool *pool = H.partial[cls];
    if (UNLIKELY(pool == NULL) && (pool = pool_take(cls)) == NULL) {
        return NULL;
    }
    Block *b = pool->free;
    pool->count++;
    if (UNLIKELY((pool->free = b->next) == NULL)) {
        pool_refill(pool);
    }
    return b;
}

// The last block of `pool` came back: off `partial`, onto its arena's empty pools.
NOINLINE static void pool_emptied(Pool *pool, int was_partial) {
    if (was_partial) {
        if (pool->prev != NULL) {
            pool->prev->next = pool->next;
        } else {
            H.partial[pool->cls] = pool->next;
        }
        if (pool->next != NULL) {
            pool->next->prev = pool->prev;
        }
    }
    Arena *a = pool->arena;
    pool->prev = NULL;
    pool->next = a->free_pools;
    a->free_pools = pool;
    arena_pool_returned(a);
}

// A block came back to the full `pool`: link it in front of its class's partial pools,
// so that the next request of its class uses it.
static NOINLINE void pool_unfull(Pool *pool) {
    unsigned cls = pool->cls;
    pool->prev = NULL;
    pool->next = H.partial[cls];
    if (pool->next != NULL) {
        pool->next->prev = pool;
    }
    H.partial[cls] = pool;
}

// Give back block `p` of `pool`, uncounted.
static inline void pool_free(Pool *pool, void *p) {
    Block *b = p;
    b->next = pool->free;
    pool->free = b;
    if (UNLIKELY(--pool->count == 0)) {
        pool_emptied(pool, b->next != NULL);
    } else if (UNLIKELY(b->next == NULL)) {
        pool_unfull(pool);
    }
}

static inline Pool *pool_of(const void *p) {
    return (Pool *)((uintptr_t)p & ~(uintptr_t)(HEAP_POOL_SIZE - 1));
}

// ---- large blocks ----------------------------------------------------------------------

// `n` bytes from malloc behind a LargeHeader, uncounted; zeroed when `zero`.
static void *large_alloc(size_t n, int zero) {
    LargeHeader *h = zero ? calloc(1, LARGE_HEADER + n) : malloc(LARGE_HEADER + n);
    if (h == NULL) {
        return NULL;
    }
    h->size = n;
    return (char *)h + LARGE_HEADER;
}

static inline LargeHeader *large_header(void *p) {
    return (LargeHeader *)((char *)p - LARGE_HEADER);
}

// ---- debug mode ------------------------------------------------------------------------

static void debug_report(const char *what, size_t n, const void *p) {
    fprintf(stderr, "adder: heap: %s of a %zu-byte block at %p\n", what, n, p);
    fflush(stderr);
    abort();
}

static int all_bytes(const unsigned char *p, size_t n, unsigned char v) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] != v) {
            return 0;
        }
    }
    return 1;
}

// A large framed block sits DEBUG_PAD bytes behind its LargeHeader: once the block is
// freed, malloc may write its own links over the first 32 bytes it handed out, and the
// pad keeps them off the frame, so that a double free is still recognised.
#define DEBUG_PAD 16

static LargeHeader *debug_large_header(unsigned char *raw) {
    return large_header(raw - DEBUG_PAD);
}

// The room (block size) of the framed block at `raw`: its class size for a pool
// block, its malloc'd size less the pad for a large one.
static size_t debug_room(unsigned char *raw) {
    if (in_arena(raw)) {
        return CLASS_SIZE(pool_of(raw)->cls);
    }
    return debug_large_header(raw)->size - DEBUG_PAD;
}

// Check the frame of the block `p`; abort with a report when it is damaged. Returns
// the size asked for.
static size_t debug_check(void *p) {
    unsigned char *raw = (unsigned char *)p - DEBUG_FRONT;
    uint64_t w[4];
    memcpy(w, raw, sizeof w);
    size_t n = (size_t)w[1];
    if (w[2] == DEAD_MARK) {
        debug_report("double free", n, p);
    }
    if (w[2] != LIVE_MARK) {
        fprintf(stderr, "adder: heap: free of %p, which is not a live heap block (or its "
                "header was overwritten)\n", p);
        fflush(stderr);
        abort();
    }
    if (w[0] != GUARD_WORD || w[3] != GUARD_WORD) {
        debug_report("write before the start", n, p);
    }
    size_t room = debug_room(raw);
    if (n > room - DEBUG_EXTRA || !all_bytes(raw + DEBUG_FRONT + n, room - DEBUG_FRONT - n,
                                             GUARD)) {
        debug_report("write past the end", n, p);
    }
    return n;
}

static void *debug_alloc(size_t n, int zero) {
    size_t total = n + DEBUG_EXTRA;
    unsigned char *raw = NULL;
    size_t room;
    if (total <= HEAP_SMALL_MAX) {
        raw = pool_alloc((unsigned)((total - 1) / HEAP_ALIGN));
    }
    if (raw != NULL) {
        room = CLASS_SIZE(pool_of(raw)->cls);
        uint64_t mark;
        memcpy(&mark, raw + 16, sizeof mark);
        if (mark == DEAD_MARK && !all_bytes(raw + DEBUG_FRONT, room - DEBUG_FRONT, DEAD)) {
            size_t old;
            memcpy(&old, raw + 8, sizeof old);
            debug_report("write after free", old, raw + DEBUG_FRONT);
        }
    } else {
        room = total;
        if ((raw = large_alloc(DEBUG_PAD + total, 0)) == NULL) {
            return NULL;
        }
        raw += DEBUG_PAD;
    }
    uint64_t w[4] = {GUARD_WORD, (uint64_t)n, LIVE_MARK, GUARD_WORD};
    memcpy(raw, w, sizeof w);
    memset(raw + DEBUG_FRONT, zero ? 0 : FRESH, n);
    memset(raw + DEBUG_FRONT + n, GUARD, room - DEBUG_FRONT - n);
    return raw + DEBUG_FRONT;
}

// Give back the checked block `p`: mark it dead, fill it, return it to its pool or to
// malloc.
static void debug_release(void *p) {
    unsigned char *raw = (unsigned char *)p - DEBUG_FRONT;
    size_t room = debug_room(raw);
    uint64_t mark = DEAD_MARK;
    memcpy(raw + 16, &mark, sizeof mark);
    memset(raw + DEBUG_FRONT, DEAD, room - DEBUG_FRONT);
    if (in_arena(raw)) {
        pool_free(pool_of(raw), raw);
    } else {
        free(debug_large_header(raw));
    }
}

// ---- counting --------------------------------------------------------------------------

static inline size_t counted(size_t n) {
    return n == 0 ? HEAP_ALIGN : ROUND_UP(n);
}

static inline void count_alloc(size_t n, int large) {
    H.blocks++;
    H.bytes += counted(n);
    H.large += (size_t)large;
}

static inline void count_free(size_t n, int large) {
    H.blocks--;
    H.bytes -= counted(n);
    H.large -= (size_t)large;
}

// ---- the public functions --------------------------------------------------------------

void heap_init(Heap *h) {
    const char *env = getenv("ADDER_MALLOC");
    HeapMode mode = HEAP_POOL;
    if (env != NULL && strcmp(env, "malloc") == 0) {
        mode = HEAP_MALLOC;
    } else if (env != NULL && strcmp(env, "debug") == 0) {
        mode = HEAP_DEBUG;
    } else if (env != NULL && env[0] != '\0' && strcmp(env, "pool") != 0) {
        fprintf(stderr, "adder: ADDER_MALLOC=%s is not one of pool, malloc, debug; "
                "using pool\n", env);
    }
    memset(h, 0, sizeof *h);
    h->mode = mode;
    h->impl = &H;
    H.pub = h;
    H.mode = mode;
    H.pool_limit = mode == HEAP_POOL ? HEAP_SMALL_MAX : 0;
    H.blocks = H.bytes = H.large = 0;
    H.arenas_total = H.narenas;
    H.arenas_reclaimed = 0;
    H.arenas_highwater = H.narenas;
}

void heap_fini(Heap *h) {
    while (H.arenas != NULL) {
        arena_release(H.arenas);
    }
    memset(H.partial, 0, sizeof H.partial);
    memset(H.last_with, 0, sizeof H.last_with);
    H.usable = NULL;
    H.last_base = 0;
    if (h != NULL) {
        h->blocks = H.blocks;
        h->bytes = H.bytes;
        h->large_blocks = H.large;
    }
    H.pub = NULL;
}

// Everything but the fast path of heap_alloc and heap_calloc: n == 0, large requests,
// the malloc and debug modes, and a small request the pools cannot serve because no
// arena can be mapped (it goes to malloc instead, as in CPython).
NOINLINE static void *alloc_slow(size_t n, int zero) {
    if (n > MAX_REQUEST) {
        return NULL;
    }
    void *p = NULL;
    if (H.mode == HEAP_DEBUG) {
        p = debug_alloc(n, zero);
    } else {
        if (H.mode == HEAP_POOL && n <= HEAP_SMALL_MAX) {
            p = pool_alloc(n == 0 ? 0 : (unsigned)((n - 1) / HEAP_ALIGN));
            if (p != NULL && zero) {
                memset(p, 0, n);
            }
        }
        if (p == NULL) {
            p = large_alloc(n, zero);
        }
    }
    if (p != NULL) {
        count_alloc(n, !in_arena(p));
    }
    return p;
}

// The free list of `pool` ran dry when `b` was taken from it, in heap_alloc's fast
// path: refill it, and zero `b` for heap_calloc. Out of line, so that the fast path
// calls nothing but in tail position.
static NOINLINE void *pool_dry(Pool *pool, Block *b, int zero) {
    pool_refill(pool);
    return zero ? memset(b, 0, CLASS_SIZE(pool->cls)) : b;
}

void *heap_alloc(size_t n) {
    if (LIKELY(n - 1 < H.pool_limit)) {
        unsigned cls = (unsigned)((n - 1) / HEAP_ALIGN);
        Pool *pool = H.partial[cls];
        if (LIKELY(pool != NULL)) {
            Block *b = pool->free;
            pool->count++;
            H.blocks++;
            H.bytes += CLASS_SIZE(cls);
            if (UNLIKELY((pool->free = b->next) == NULL)) {
                return pool_dry(pool, b, 0);
            }
            return b;
        }
    }
    return alloc_slow(n, 0);
}

// Zero block `p` of class `cls`. Most objects take 64 bytes or less: zeroing those 16
// bytes at a time inline beats a call to memset.
static inline void *zero_block(void *p, unsigned cls) {
    static const unsigned char zeros[16];
    char *c = p;
    switch (cls) {
    case 3:
        memcpy(c + 48, zeros, 16);
        // fall through
    case 2:
        memcpy(c + 32, zeros, 16);
        // fall through
    case 1:
        memcpy(c + 16, zeros, 16);
        // fall through
    case 0:
        memcpy(c, zeros, 16);
        return p;
    default:
        return memset(p, 0, CLASS_SIZE(cls));
    }
}

void *heap_calloc(size_t n) {
    if (LIKELY(n - 1 < H.pool_limit)) {
        unsigned cls = (unsigned)((n - 1) / HEAP_ALIGN);
        Pool *pool = H.partial[cls];
        if (LIKELY(pool != NULL)) {
            Block *b = pool->free;
            pool->count++;
            H.blocks++;
            H.bytes += CLASS_SIZE(cls);
            if (UNLIKELY((pool->free = b->next) == NULL)) {
                return pool_dry(pool, b, 1);
            }
            return zero_block(b, cls);
        }
    }
    return alloc_slow(n, 1);
}

// Everything but the fast path of heap_free: NULL, large blocks, debug mode.
static NOINLINE void free_slow(void *p, unsigned kind) {
    if (p == NULL) {
        return;
    }
    if (H.mode == HEAP_DEBUG) {
        size_t n = debug_check(p);
        debug_release(p);
        count_free(n, kind == NOT_OURS);
        return;
    }
    LargeHeader *h = large_header(p);
    count_free(h->size, 1);
    free(h);
}

void heap_free(void *p) {
    unsigned kind = arena_kind(p);
    if (LIKELY(kind == POOL_ARENA)) {
        Pool *pool = pool_of(p);
        H.blocks--;
        H.bytes -= CLASS_SIZE(pool->cls);
        pool_free(pool, p);
        return;
    }
    free_slow(p, kind);
}

void *heap_realloc(void *p, size_t n) {
    if (p == NULL) {
        return heap_alloc(n);
    }
    if (n > MAX_REQUEST) {
        return NULL;
    }
    size_t old;
    if (H.mode == HEAP_DEBUG) {
        // Always move, so that a stale pointer reads freed memory.
        old = debug_check(p);
    } else if (in_arena(p)) {
        old = CLASS_SIZE(pool_of(p)->cls);
        if (counted(n) == old) {
            return p;
        }
    } else if (H.mode == HEAP_MALLOC || n > HEAP_SMALL_MAX) {
        LargeHeader *h = large_header(p);
        old = h->size;
        if ((h = realloc(h, LARGE_HEADER + n)) == NULL) {
            return NULL;
        }
        h->size = n;
        H.bytes = H.bytes - counted(old) + counted(n);
        return (char *)h + LARGE_HEADER;
    } else {
        old = large_header(p)->size;
    }
    void *q = heap_alloc(n);
    if (q == NULL) {
        return NULL;
    }
    memcpy(q, p, old < n ? old : n);
    heap_free(p);
    return q;
}

size_t heap_allocated_blocks(void) {
    return H.blocks;
}

void heap_stats(HeapStats *out) {
    memset(out, 0, sizeof *out);
    out->mode = H.mode;
    out->blocks = H.blocks;
    out->bytes_in_use = H.bytes;
    out->large_blocks = H.large;
    out->arenas = H.narenas;
    out->arenas_total = H.arenas_total;
    out->arenas_reclaimed = H.arenas_reclaimed;
    out->arenas_highwater = H.arenas_highwater;
    out->bytes_mapped = H.narenas * (size_t)HEAP_ARENA_SIZE;
    for (unsigned c = 0; c < HEAP_NCLASSES; c++) {
        out->classes[c].size = CLASS_SIZE(c);
    }
    for (Arena *a = H.arenas; a != NULL; a = a->all_next) {
        out->pools_free += a->nfree;
        for (unsigned i = 0; i < a->untouched; i++) {
            Pool *pool = (Pool *)(a->base + (uintptr_t)i * HEAP_POOL_SIZE);
            if (pool->count == 0) {
                continue;
            }
            HeapClassStats *cs = &out->classes[pool->cls];
            size_t capacity = (HEAP_POOL_SIZE - POOL_HEADER) / cs->size;
            cs->pools++;
            cs->blocks_used += pool->count;
            cs->blocks_free += capacity - pool->count;
            out->pools_used++;
        }
    }
    if (H.pub != NULL) {
        H.pub->blocks = H.blocks;
        H.pub->bytes = H.bytes;
        H.pub->large_blocks = H.large;
    }
}

// One "label = value" line of the report: the label padded to 35 columns, the value
// right-aligned in 21 with thousands separators, as CPython lays them out.
static size_t print_line(FILE *f, const char *label, size_t value) {
    char digits[32];
    char grouped[48];
    int n = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            grouped[j++] = ',';
        }
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(f, "%-35s=%21s\n", label, grouped);
    return value;
}

void heap_print_stats(FILE *f) {
    HeapStats st;
    heap_stats(&st);
    char label[64];
    fprintf(f, "Small block threshold = %d, in %d size classes.\n\n", HEAP_SMALL_MAX,
            HEAP_NCLASSES);
    if (st.mode == HEAP_MALLOC) {
        fprintf(f, "pools are off (ADDER_MALLOC=malloc): every block comes from malloc.\n\n");
        print_line(f, "# blocks in use", st.blocks);
        print_line(f, "# bytes in allocated blocks", st.bytes_in_use);
        return;
    }
    fprintf(f, "class   size   num pools   blocks in use  avail blocks\n");
    fprintf(f, "-----   ----   ---------   -------------  ------------\n");
    size_t in_blocks = 0, in_avail = 0, quantization = 0;
    for (unsigned c = 0; c < HEAP_NCLASSES; c++) {
        HeapClassStats *cs = &st.classes[c];
        if (cs->pools == 0) {
            continue;
        }
        fprintf(f, "%5u %6zu %11zu %15zu %13zu\n", c, cs->size, cs->pools, cs->blocks_used,
                cs->blocks_free);
        in_blocks += cs->blocks_used * cs->size;
        in_avail += cs->blocks_free * cs->size;
        quantization += cs->pools * ((HEAP_POOL_SIZE - POOL_HEADER) % cs->size);
    }
    fputc('\n', f);
    print_line(f, "# arenas allocated total", st.arenas_total);
    print_line(f, "# arenas reclaimed", st.arenas_reclaimed);
    print_line(f, "# arenas highwater mark", st.arenas_highwater);
    print_line(f, "# arenas allocated current", st.arenas);
    snprintf(label, sizeof label, "%zu arenas * %d bytes/arena", st.arenas, HEAP_ARENA_SIZE);
    print_line(f, label, st.bytes_mapped);
    fputc('\n', f);
    size_t total = 0;
    total += print_line(f, "# bytes in allocated blocks", in_blocks);
    total += print_line(f, "# bytes in available blocks", in_avail);
    snprintf(label, sizeof label, "%zu unused pools * %d bytes", st.pools_free,
             HEAP_POOL_SIZE);
    total += print_line(f, label, st.pools_free * HEAP_POOL_SIZE);
    total += print_line(f, "# bytes lost to pool headers", st.pools_used * POOL_HEADER);
    total += print_line(f, "# bytes lost to quantization", quantization);
    // Arenas are aligned to their size, so no pool space is lost to alignment.
    total += print_line(f, "# bytes lost to arena alignment", 0);
    print_line(f, "Total", total);
    fputc('\n', f);
    print_line(f, "# blocks in use (all sizes)", st.blocks);
    print_line(f, "# blocks from malloc", st.large_blocks);
}
