// tests/unit/heap_test.c — C tests of gc/heap.c alone, in each of its three modes
// (pool, malloc, debug: the mode is set with setenv before heap_init).
//
// What must hold: every size from 0 to past HEAP_SMALL_MAX gets an aligned block;
// millions of random allocations, reallocations and frees never hand out overlapping
// blocks (every live block is filled with its own pattern and checked before it goes);
// the counters stay exact all along; a freed block is what the next request of its
// class gets; arenas fill the most used first and an all-free arena is unmapped;
// heap_fini leaves no arena mapped; debug mode catches an overrun, an underrun, a
// double free and a write after free (in a child process, which must abort with the
// block's size and address on stderr); the statistics add up and print in the shape of
// CPython's sys._debugmallocstats(). Ends with "N passed, M failed".
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gc/heap.h"
#include "tests/unit/check.h"

#define ARENA_MASK (~(uintptr_t)(HEAP_ARENA_SIZE - 1))
#define POOL_MASK (~(uintptr_t)(HEAP_POOL_SIZE - 1))
#define POOLS_PER_ARENA (HEAP_ARENA_SIZE / HEAP_POOL_SIZE)
// What debug mode adds around each block (gc/heap.c): a 32-byte front, a 16-byte tail.
#define DEBUG_EXTRA 48

static HeapMode mode;
static const char *mode_name;

// ---- helpers ---------------------------------------------------------------------------

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t rnd(void) {
    // xorshift64*
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

static size_t rnd_below(size_t n) {
    return (size_t)(rnd() % n);
}

// What the heap counts for a block of `n` bytes: `n` rounded up to the alignment.
static size_t counted(size_t n) {
    return n == 0 ? HEAP_ALIGN : (n + HEAP_ALIGN - 1) / HEAP_ALIGN * HEAP_ALIGN;
}

// Did a block of `n` bytes go to malloc in the current mode?
static int is_large(size_t n) {
    switch (mode) {
    case HEAP_MALLOC:
        return 1;
    case HEAP_DEBUG:
        return n + DEBUG_EXTRA > HEAP_SMALL_MAX;
    default:
        return n > HEAP_SMALL_MAX;
    }
}

// The size class a request of `n` bytes lands in (pool and debug modes).
static size_t class_of(size_t n) {
    if (mode == HEAP_DEBUG) {
        n += DEBUG_EXTRA;
    }
    return n == 0 ? 0 : (n - 1) / HEAP_ALIGN;
}

static size_t capacity(size_t cls) {
    return (HEAP_POOL_SIZE - 48) / ((cls + 1) * HEAP_ALIGN);
}

// The counters the tests expect, kept beside the heap's own.
static size_t want_blocks, want_bytes, want_large;

static void track_alloc(size_t n) {
    want_blocks++;
    want_bytes += counted(n);
    want_large += (size_t)is_large(n);
}

static void track_free(size_t n) {
    want_blocks--;
    want_bytes -= counted(n);
    want_large -= (size_t)is_large(n);
}

// The heap's counters and statistics agree with what we expect, and with each other.
static int counters_ok(void) {
    HeapStats st;
    heap_stats(&st);
    int ok = st.mode == mode && heap_allocated_blocks() == want_blocks &&
             st.blocks == want_blocks && st.bytes_in_use == want_bytes &&
             st.large_blocks == want_large;
    size_t used = 0, pools = 0;
    for (size_t c = 0; c < HEAP_NCLASSES; c++) {
        const HeapClassStats *cs = &st.classes[c];
        ok = ok && cs->size == (c + 1) * HEAP_ALIGN;
        ok = ok && cs->blocks_used + cs->blocks_free == cs->pools * capacity(c);
        ok = ok && (cs->pools == 0 || cs->blocks_used > 0);
        used += cs->blocks_used;
        pools += cs->pools;
    }
    ok = ok && used + st.large_blocks == st.blocks && pools == st.pools_used;
    ok = ok && st.pools_used + st.pools_free == st.arenas * POOLS_PER_ARENA;
    ok = ok && st.bytes_mapped == st.arenas * (size_t)HEAP_ARENA_SIZE;
    ok = ok && st.arenas_total - st.arenas_reclaimed == st.arenas;
    ok = ok && st.arenas_highwater >= st.arenas;
    if (mode == HEAP_MALLOC) {
        ok = ok && st.arenas_total == 0 && used == 0;
    }
    if (!ok) {
        fprintf(stderr, "[%s] blocks %zu (want %zu) bytes %zu (want %zu) large %zu (want %zu)"
                " arenas %zu\n", mode_name, st.blocks, want_blocks, st.bytes_in_use,
                want_bytes, st.large_blocks, want_large, st.arenas);
    }
    return ok;
}

static HeapStats stats(void) {
    HeapStats st;
    heap_stats(&st);
    return st;
}

// Fill a block with its pattern: the 8-byte `id` first, then the byte `tag`.
static void fill(unsigned char *p, size_t n, uint64_t id, unsigned char tag) {
    size_t head = n < 8 ? n : 8;
    memcpy(p, &id, head);
    memset(p + head, tag, n - head);
}

// Are the `n` bytes at `p` all `v`? (A word at a time: the churn checks gigabytes.)
static int all_bytes(const unsigned char *p, size_t n, unsigned char v) {
    uint64_t word = 0x0101010101010101ull * v, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        if (w != word) {
            return 0;
        }
    }
    for (; i < n; i++) {
        if (p[i] != v) {
            return 0;
        }
    }
    return 1;
}

// Is the pattern intact in the first `n` bytes?
static int intact(const unsigned char *p, size_t n, uint64_t id, unsigned char tag) {
    size_t head = n < 8 ? n : 8;
    return memcmp(p, &id, head) == 0 && all_bytes(p + head, n - head, tag);
}

// ---- sizes, alignment, calloc ---------------------------------------------------------

#define MAX_SIZE_TESTED 2100

static void test_every_size(void) {
    static unsigned char *live[MAX_SIZE_TESTED + 1];
    int aligned = 1, zeroed = 1, kept = 1;
    for (size_t n = 0; n <= MAX_SIZE_TESTED; n++) {
        live[n] = heap_alloc(n);
        aligned &= live[n] != NULL && (uintptr_t)live[n] % HEAP_ALIGN == 0;
        fill(live[n], n, n, (unsigned char)n);
        track_alloc(n);
    }
    CHECK(aligned);
    CHECK(counters_ok());
    for (size_t n = 0; n <= MAX_SIZE_TESTED; n++) {
        kept &= intact(live[n], n, n, (unsigned char)n);
        heap_free(live[n]);
        track_free(n);
    }
    CHECK(kept);
    CHECK(counters_ok());
    // Zeroed memory, also where a freed block had a pattern a moment ago.
    aligned = 1;
    for (size_t n = 0; n <= MAX_SIZE_TESTED; n++) {
        live[n] = heap_calloc(n);
        aligned &= live[n] != NULL && (uintptr_t)live[n] % HEAP_ALIGN == 0;
        zeroed &= all_bytes(live[n], n, 0);
        track_alloc(n);
    }
    CHECK(aligned);
    CHECK(zeroed);
    CHECK(counters_ok());
    for (size_t n = 0; n <= MAX_SIZE_TESTED; n++) {
        heap_free(live[n]);
        track_free(n);
    }
    heap_free(NULL);
    CHECK(counters_ok());
    CHECK(heap_allocated_blocks() == 0);
}

// ---- random churn ----------------------------------------------------------------------

#define SLOTS 50000
#define CHURN_OPS 2000000
#define PHASE_OPS 250000

typedef struct Slot {
    unsigned char *p;
    size_t n;
    uint64_t id;
    unsigned char tag;
} Slot;

static size_t random_size(void) {
    size_t r = rnd_below(100);
    if (r < 80) {
        return rnd_below(HEAP_SMALL_MAX + 1);       // every size class, and 0
    }
    if (r < 99) {
        return HEAP_SMALL_MAX - 64 + rnd_below(2048);  // around the threshold
    }
    return rnd_below(32768);
}

// Free slot `s` after checking its pattern. 1 when the pattern was intact.
static int slot_free(Slot *s) {
    int ok = intact(s->p, s->n, s->id, s->tag);
    heap_free(s->p);
    track_free(s->n);
    s->p = NULL;
    return ok;
}

static void test_churn(void) {
    static Slot slots[SLOTS];
    uint64_t next_id = 1;
    int kept = 1, aligned = 1, zeroed = 1, counters = 1, allocated = 1;
    size_t reallocs = 0, callocs = 0, frees = 0, released = 0;
    size_t arenas_before = stats().arenas_reclaimed;
    for (size_t op = 0; op < CHURN_OPS; op++) {
        // Phases alternate between many live blocks and few, so that arenas fill up
        // and empty out.
        size_t window = (op / PHASE_OPS) % 2 == 0 ? SLOTS : SLOTS / 50;
        if (op % PHASE_OPS == 0) {
            for (size_t i = window; i < SLOTS; i++) {
                if (slots[i].p != NULL) {
                    kept &= slot_free(&slots[i]);
                    frees++;
                }
            }
            counters &= counters_ok();
        }
        Slot *s = &slots[rnd_below(window)];
        if (s->p == NULL) {
            size_t n = random_size();
            int zero = rnd_below(10) == 0;
            s->p = zero ? heap_calloc(n) : heap_alloc(n);
            allocated &= s->p != NULL;
            if (s->p == NULL) {
                continue;
            }
            aligned &= (uintptr_t)s->p % HEAP_ALIGN == 0;
            if (zero) {
                zeroed &= all_bytes(s->p, n, 0);
                callocs++;
            }
            s->n = n;
            s->id = next_id++;
            s->tag = (unsigned char)rnd();
            fill(s->p, n, s->id, s->tag);
            track_alloc(n);
        } else if (rnd_below(8) == 0) {
            size_t n = random_size();
            size_t keep = n < s->n ? n : s->n;
            unsigned char *q = heap_realloc(s->p, n);
            allocated &= q != NULL;
            if (q == NULL) {
                continue;
            }
            aligned &= (uintptr_t)q % HEAP_ALIGN == 0;
            kept &= intact(q, keep, s->id, s->tag);
            track_free(s->n);
            track_alloc(n);
            s->p = q;
            s->n = n;
            fill(q, n, s->id, s->tag);
            reallocs++;
        } else {
            kept &= slot_free(s);
            frees++;
        }
        if (op % 100000 == 0) {
            counters &= counters_ok();
        }
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (slots[i].p != NULL) {
            kept &= slot_free(&slots[i]);
        }
    }
    released = stats().arenas_reclaimed - arenas_before;
    CHECK(allocated);
    CHECK(aligned);
    CHECK(zeroed);
    CHECK(kept);
    CHECK(counters);
    CHECK(counters_ok());
    CHECK(heap_allocated_blocks() == 0);
    CHECK(reallocs > CHURN_OPS / 40 && callocs > CHURN_OPS / 100 && frees > CHURN_OPS / 5);
    // The phases with few live blocks give arenas back (no arenas in malloc mode).
    CHECK(mode == HEAP_MALLOC ? released == 0 : released > 0);
}

// ---- reuse -----------------------------------------------------------------------------

static void test_reuse(void) {
    int same = 1, dead = 1, fresh = 1;
    for (size_t n = 1; n <= HEAP_SMALL_MAX; n += 7) {
        if (is_large(n)) {
            continue;
        }
        unsigned char *p = heap_alloc(n);
        memset(p, 0x55, n);
        heap_free(p);
        if (mode == HEAP_DEBUG) {
            dead &= all_bytes(p, n, 0xDD);      // freed memory is filled
        }
        // The next request of the same class gets the block just freed.
        size_t m = mode == HEAP_DEBUG ? n : (n - 1) / HEAP_ALIGN * HEAP_ALIGN + 1;
        unsigned char *q = heap_alloc(m);
        same &= q == p;
        if (mode == HEAP_DEBUG) {
            fresh &= all_bytes(q, m, 0xCD);     // and new memory is marked
        }
        heap_free(q);
    }
    if (mode != HEAP_MALLOC) {
        CHECK(same);
    }
    CHECK(dead);
    CHECK(fresh);
    // A block freed into a full pool makes that pool the one used next.
    if (mode != HEAP_MALLOC) {
        size_t n = 200;
        size_t cap = capacity(class_of(n));
        unsigned char *blocks[64];
        for (size_t i = 0; i < 2 * cap; i++) {
            blocks[i] = heap_alloc(n);
        }
        unsigned char *victim = blocks[cap / 2];        // in the first, full pool
        heap_free(victim);
        CHECK(heap_alloc(n) == victim);
        for (size_t i = 0; i < 2 * cap; i++) {
            heap_free(blocks[i]);
        }
    }
    CHECK(counters_ok());
}

// ---- realloc ---------------------------------------------------------------------------

static void test_realloc(void) {
    unsigned char *p = heap_realloc(NULL, 20);          // realloc(NULL) allocates
    track_alloc(20);
    fill(p, 20, 7, 0x31);
    unsigned char *q = heap_realloc(p, 30);             // still the 32-byte class
    track_free(20);
    track_alloc(30);
    CHECK(intact(q, 20, 7, 0x31));
    if (mode == HEAP_POOL) {
        CHECK(q == p);
    }
    if (mode == HEAP_DEBUG) {
        CHECK(q != p);                                  // debug mode always moves
    }
    fill(q, 30, 7, 0x31);
    CHECK(counters_ok());
    size_t sizes[] = {100, 511, 512, 513, 5000, 7000, 300000, 600, 10, 0, 16, 17, 1};
    size_t cur = 30;
    int kept = 1, aligned = 1;
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        size_t n = sizes[i];
        unsigned char *r = heap_realloc(q, n);
        track_free(cur);
        track_alloc(n);
        aligned &= (uintptr_t)r % HEAP_ALIGN == 0;
        kept &= intact(r, n < cur ? n : cur, 7, 0x31);
        fill(r, n, 7, 0x31);
        q = r;
        cur = n;
        CHECK(counters_ok());
    }
    CHECK(kept);
    CHECK(aligned);
    heap_free(q);
    track_free(cur);
    // A block that shrinks to another class moves (the pool keeps classes exact).
    p = heap_alloc(512);
    q = heap_realloc(p, 16);
    if (mode == HEAP_POOL) {
        CHECK(q != p);
    }
    heap_free(q);
    // Requests too big to serve: NULL, and a block asked to grow that far is kept.
    unsigned char *one = heap_alloc(1);
    track_alloc(1);
    one[0] = 42;
    CHECK(heap_realloc(one, SIZE_MAX) == NULL);
    CHECK(one[0] == 42);
    CHECK(heap_alloc(SIZE_MAX - 8) == NULL);
    CHECK(heap_calloc(SIZE_MAX / 2 + 1) == NULL);
    CHECK(counters_ok());
    heap_free(one);
    track_free(1);
    CHECK(counters_ok());
    CHECK(heap_allocated_blocks() == 0);
}

// ---- arenas ----------------------------------------------------------------------------

// Allocate `n`-byte blocks into `out` until every pool of every mapped arena is in use.
static size_t fill_arenas(unsigned char **out, size_t max, size_t n, size_t min_arenas) {
    size_t count = 0;
    size_t cap = capacity(class_of(n));
    for (;;) {
        for (size_t i = 0; i < cap && count < max; i++) {
            out[count++] = heap_alloc(n);
            track_alloc(n);
        }
        HeapStats st = stats();
        if ((st.pools_free == 0 && st.arenas >= min_arenas) || count >= max) {
            return count;
        }
    }
}

static int cmp_ptr(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

// Free every block of `blocks` (sorted) that lies in the pool `pool`.
static void free_pool(unsigned char **blocks, size_t count, uintptr_t pool, size_t n) {
    for (size_t i = 0; i < count; i++) {
        if (blocks[i] != NULL && ((uintptr_t)blocks[i] & POOL_MASK) == pool) {
            heap_free(blocks[i]);
            track_free(n);
            blocks[i] = NULL;
        }
    }
}

static void test_arenas(void) {
    enum { MAX = 6 * POOLS_PER_ARENA * 253 };
    static unsigned char *blocks[MAX];
    const size_t n = 16;
    CHECK(heap_allocated_blocks() == 0);
    HeapStats before = stats();
    size_t count = fill_arenas(blocks, MAX, n, 5);
    HeapStats full = stats();
    CHECK(full.arenas >= 5);
    CHECK(full.pools_free == 0);
    CHECK(full.arenas_highwater >= full.arenas);
    CHECK(counters_ok());
    qsort(blocks, count, sizeof *blocks, cmp_ptr);
    // The arenas, in address order; all of them full.
    uintptr_t arenas[8];
    size_t narenas = 0;
    for (size_t i = 0; i < count; i++) {
        uintptr_t a = (uintptr_t)blocks[i] & ARENA_MASK;
        if ((narenas == 0 || arenas[narenas - 1] != a) && narenas < 8) {
            arenas[narenas++] = a;
        }
    }
    CHECK(narenas == full.arenas);

    // Empty one pool in arena A and three in arena B: new pools come from A, the most
    // used, until A is full again, then from B.
    uintptr_t A = arenas[1], B = arenas[3];
    free_pool(blocks, count, A + 5 * HEAP_POOL_SIZE, n);
    free_pool(blocks, count, B + 0 * HEAP_POOL_SIZE, n);
    free_pool(blocks, count, B + 7 * HEAP_POOL_SIZE, n);
    free_pool(blocks, count, B + 63 * HEAP_POOL_SIZE, n);
    CHECK(stats().pools_free == 4);
    CHECK(stats().arenas == full.arenas);
    // Sizes of three classes no live block uses.
    size_t s1 = 300, s2 = 330, s3 = 360;
    unsigned char *q1 = heap_alloc(s1), *q2 = heap_alloc(s2);
    CHECK(((uintptr_t)q1 & ARENA_MASK) == A);
    CHECK(((uintptr_t)q1 & POOL_MASK) == A + 5 * HEAP_POOL_SIZE);   // the freed pool, reused
    CHECK(((uintptr_t)q2 & ARENA_MASK) == B);
    heap_free(q1);                                      // A has one free pool again
    unsigned char *q3 = heap_alloc(s3);
    CHECK(((uintptr_t)q3 & ARENA_MASK) == A);
    heap_free(q2);
    heap_free(q3);
    CHECK(counters_ok());

    // Freeing all but one block of each arena keeps every arena mapped.
    uintptr_t kept_in = 0;
    for (size_t i = 0; i < count; i++) {
        uintptr_t a = (uintptr_t)blocks[i] & ARENA_MASK;
        if (blocks[i] == NULL) {
            continue;
        }
        if (a != kept_in) {
            kept_in = a;                    // the first live block of its arena stays
            continue;
        }
        heap_free(blocks[i]);
        track_free(n);
        blocks[i] = NULL;
    }
    CHECK(stats().arenas == full.arenas);
    CHECK(stats().pools_used == full.arenas);
    CHECK(counters_ok());
    // Freeing the rest unmaps all arenas but one.
    for (size_t i = 0; i < count; i++) {
        if (blocks[i] != NULL) {
            heap_free(blocks[i]);
            track_free(n);
        }
    }
    HeapStats after = stats();
    CHECK(after.arenas == 1);
    CHECK(after.arenas_reclaimed - before.arenas_reclaimed == full.arenas - 1);
    CHECK(after.arenas_highwater >= full.arenas);
    CHECK(after.pools_used == 0 && after.pools_free == POOLS_PER_ARENA);
    CHECK(counters_ok());

    // One block allocated and freed over and over does not map and unmap an arena.
    size_t total = after.arenas_total;
    for (int i = 0; i < 1000; i++) {
        heap_free(heap_alloc(64));
    }
    CHECK(stats().arenas_total == total);
}

// ---- statistics report -----------------------------------------------------------------

static void test_print_stats(void) {
    unsigned char *keep[10];
    for (int i = 0; i < 10; i++) {
        keep[i] = heap_alloc(100);
        track_alloc(100);
    }
    unsigned char *big = heap_alloc(1000);
    track_alloc(1000);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    heap_print_stats(f);
    fclose(f);
    HeapStats st = stats();
    char want[200];
    CHECK(strstr(text, "Small block threshold = 512, in 32 size classes.\n\n") == text);
    if (mode == HEAP_MALLOC) {
        CHECK(strstr(text, "pools are off") != NULL);
        snprintf(want, sizeof want, "# blocks in use                    =%21zu\n", st.blocks);
        CHECK(strstr(text, want) != NULL);
    } else {
        CHECK(strstr(text, "\nclass   size   num pools   blocks in use  avail blocks\n"
                           "-----   ----   ---------   -------------  ------------\n") != NULL);
        int rows = 1;
        for (size_t c = 0; c < HEAP_NCLASSES; c++) {
            const HeapClassStats *cs = &st.classes[c];
            snprintf(want, sizeof want, "\n%5zu %6zu %11zu %15zu %13zu\n", c, cs->size,
                     cs->pools, cs->blocks_used, cs->blocks_free);
            rows &= (strstr(text, want) != NULL) == (cs->pools != 0);
        }
        CHECK(rows);
        CHECK(st.classes[class_of(100)].blocks_used == 10);
        const char *labels[] = {
            "\n# arenas allocated total           =", "\n# arenas reclaimed                 =",
            "\n# arenas highwater mark            =", "\n# arenas allocated current         =",
            "\n# bytes in allocated blocks        =", "\n# bytes in available blocks        =",
            "\n# bytes lost to pool headers       =", "\n# bytes lost to quantization       =",
            "\n# bytes lost to arena alignment    =",
        };
        int found = 1;
        for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
            found &= strstr(text, labels[i]) != NULL;
        }
        CHECK(found);
        // The total is the mapped size, with thousands separators: 1 arena here.
        CHECK(st.arenas == 1);
        CHECK(strstr(text, "\n1 arenas * 262144 bytes/arena      =              262,144\n")
              != NULL);
        CHECK(strstr(text, "\nTotal                              =              262,144\n")
              != NULL);
        snprintf(want, sizeof want, "\n%zu unused pools * 4096 bytes", st.pools_free);
        CHECK(strstr(text, want) != NULL);
    }
    free(text);
    for (int i = 0; i < 10; i++) {
        heap_free(keep[i]);
        track_free(100);
    }
    heap_free(big);
    track_free(1000);
    CHECK(counters_ok());
}

// ---- debug mode: misuse aborts with a report -------------------------------------------

typedef void (*Misuse)(unsigned char *p, size_t n);

static void overrun(unsigned char *p, size_t n) {
    p[n] = 0;
    heap_free(p);
}
static void overrun_far(unsigned char *p, size_t n) {
    p[n + 12] = 0;
    heap_free(p);
}
static void underrun(unsigned char *p, size_t n) {
    (void)n;
    p[-1] = 0;
    heap_free(p);
}
static void double_free(unsigned char *p, size_t n) {
    (void)n;
    heap_free(p);
    heap_free(p);
}
static void write_after_free(unsigned char *p, size_t n) {
    heap_free(p);
    p[n / 2] = 1;
    heap_alloc(n);                  // gets `p` back, and finds the write
}
static void realloc_overrun(unsigned char *p, size_t n) {
    p[n + 1] = 0;
    heap_realloc(p, n + 100);
}

// Run `fn` on a fresh `n`-byte block in a child process; it must abort, and its stderr
// must contain `what` and the block's size and address.
static void expect_abort(Misuse fn, size_t n, const char *what) {
    unsigned char *p = heap_alloc(n);
    int fd[2];
    if (pipe(fd) < 0) {
        CHECK(!"pipe");
        return;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        struct rlimit no_core = {0, 0};
        setrlimit(RLIMIT_CORE, &no_core);           // an abort is expected: no core file
        close(fd[0]);
        dup2(fd[1], 2);
        signal(SIGABRT, SIG_DFL);
        fn(p, n);
        _exit(0);
    }
    close(fd[1]);
    char buf[1000];
    size_t len = 0;
    ssize_t got;
    while ((got = read(fd[0], buf + len, sizeof buf - 1 - len)) > 0) {
        len += (size_t)got;
    }
    buf[len] = '\0';
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    char want[200];
    snprintf(want, sizeof want, "%s of a %zu-byte block at %p\n", what, n, (void *)p);
    int ok = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && strstr(buf, want) != NULL;
    if (!ok) {
        fprintf(stderr, "wanted \"%s\", got \"%s\"\n", want, buf);
    }
    CHECK(ok);
    heap_free(p);                   // the parent's copy is untouched
}

static void test_debug_misuse(void) {
    expect_abort(overrun, 24, "write past the end");
    expect_abort(overrun, 32, "write past the end");
    expect_abort(overrun_far, 5, "write past the end");
    expect_abort(overrun, 2000, "write past the end");      // a malloc'd block
    expect_abort(underrun, 24, "write before the start");
    expect_abort(underrun, 3000, "write before the start");
    expect_abort(double_free, 24, "double free");
    expect_abort(double_free, 400, "double free");
    expect_abort(double_free, 2000, "double free");
    expect_abort(write_after_free, 24, "write after free");
    expect_abort(write_after_free, 200, "write after free");
    expect_abort(realloc_overrun, 40, "write past the end");
    CHECK(counters_ok());
}

// An unknown ADDER_MALLOC value: a message, and the default mode.
static void test_unknown_mode(void) {
    fflush(stdout);
    fflush(stderr);
    int fd[2];
    if (pipe(fd) < 0) {
        CHECK(!"pipe");
        return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        dup2(fd[1], 2);
        Heap h;
        heap_fini(NULL);
        setenv("ADDER_MALLOC", "bogus", 1);
        heap_init(&h);
        HeapStats st;
        heap_stats(&st);
        _exit(st.mode == HEAP_POOL && h.mode == HEAP_POOL ? 0 : 1);
    }
    close(fd[1]);
    char buf[500];
    ssize_t got = read(fd[0], buf, sizeof buf - 1);
    buf[got > 0 ? got : 0] = '\0';
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(strstr(buf, "ADDER_MALLOC=bogus") != NULL);
}

// ---- driver ----------------------------------------------------------------------------

int main(void) {
    static const struct {
        const char *name;
        HeapMode mode;
    } modes[] = {{"pool", HEAP_POOL}, {"malloc", HEAP_MALLOC}, {"debug", HEAP_DEBUG}};
    for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
        Heap heap;
        mode = modes[m].mode;
        mode_name = modes[m].name;
        want_blocks = want_bytes = want_large = 0;
        setenv("ADDER_MALLOC", mode_name, 1);
        heap_init(&heap);
        CHECK(heap.mode == mode);
        CHECK(counters_ok());
        CHECK(stats().arenas == 0);
        test_every_size();
        test_reuse();
        test_realloc();
        test_churn();
        if (mode != HEAP_MALLOC) {
            test_arenas();
        }
        test_print_stats();
        if (mode == HEAP_DEBUG) {
            test_debug_misuse();
        }
        test_unknown_mode();
        CHECK(counters_ok());
        heap_fini(&heap);
        CHECK(stats().arenas == 0);                 // nothing left mapped
        CHECK(heap.blocks == want_blocks);
        printf("heap_test: %s mode done\n", mode_name);
    }
    unsetenv("ADDER_MALLOC");
    return check_summary();
}
