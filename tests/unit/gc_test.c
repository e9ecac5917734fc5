// tests/unit/gc_test.c — C tests of gc/collect.c alone, on synthetic object graphs.
//
// A `Node` is a container with up to NODE_EDGES references to other nodes (its own
// type: dealloc, traverse, clear, and a finalize slot that runs a per-node action). The
// test keeps its own "outside" references in a root array, so it knows exactly which
// nodes are reachable. What must hold: tracking keeps the lists and the flag bits right
// (also across untrack and track again); a collection frees exactly the nodes that are
// unreachable from outside the generations collected, and moves survivors one
// generation older; counts and thresholds start automatic collections as CPython's do,
// with the long-lived ratio for generation 2; a finalizer runs once, may resurrect its
// node (and everything it reaches survives), may allocate, start a collection (which
// returns 0), or cut its own cycle; DEBUG_SAVEALL hands the nodes to the save hook; the
// callback hook sees "start" and "stop"; freeze keeps nodes out of reach; random graphs
// of thousands of nodes lose exactly their unreachable part; gc_clear_all frees all.
// Ends with "N passed, M failed".
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/collect.h"
#include "gc/heap.h"
#include "tests/unit/check.h"

#define NODE_EDGES 4

typedef enum Action { ACT_NONE, ACT_RESURRECT, ACT_ALLOC_COLLECT, ACT_CUT } Action;

typedef struct Node {
    Object ob;
    Object *edge[NODE_EDGES];
    int id;
    Action action;
} Node;

static Heap heap;
static GcState gcstate;
static int freed;               // nodes deallocated so far
static int finalized;           // finalizer calls so far
static Object *rescued;         // where ACT_RESURRECT puts its node (a root)
static ssize_t nested_collect;  // what gc_collect returned inside a finalizer
static char *dead;              // dead[id] = 1 once node `id` is freed
static int dead_cap;

static void node_dealloc(Object *o);
static int node_traverse(Object *o, visitproc visit, void *arg);
static int node_clear(Object *o);
static void node_finalize(Object *o);

static TypeObject NodeType = {
    .name = "node",
    .basicsize = sizeof(Node),
    .flags = TP_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};
// The same, with a finalizer.
static TypeObject FinNodeType = {
    .name = "finnode",
    .basicsize = sizeof(Node),
    .flags = TP_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = node_finalize,
};

// What object.c does for DECREF in the real interpreter.
void obj_dealloc(Object *o) {
    o->type->dealloc(o);
}

static int next_id;

// A new tracked node (count 1, no edges), counted as the interpreter's obj_alloc counts.
static Object *node_new(TypeObject *type) {
    GcHead *g = heap_calloc(sizeof(GcHead) + sizeof(Node));
    if (gc_count_alloc(type, 0, true)) {
        gc_collect_auto();
    }
    Node *n = (Node *)GC_OBJECT(g);
    n->ob.refcnt = 1;
    n->ob.type = type;
    n->id = next_id++;
    if (n->id >= dead_cap) {
        int cap = dead_cap ? dead_cap * 2 : 1024;
        while (cap <= n->id) {
            cap *= 2;
        }
        dead = realloc(dead, (size_t)cap);
        memset(dead + dead_cap, 0, (size_t)(cap - dead_cap));
        dead_cap = cap;
    }
    gc_track(OB(n));
    return OB(n);
}

// a -> b, taking a reference.
static void link(Object *a, Object *b) {
    Node *n = (Node *)a;
    for (int i = 0; i < NODE_EDGES; i++) {
        if (n->edge[i] == NULL) {
            n->edge[i] = NEWREF(b);
            return;
        }
    }
    CHECK(!"node full");
}

static void node_dealloc(Object *o) {
    gc_untrack(o);
    if (gc_finalize_from_dealloc(o) < 0) {
        return;
    }
    Node *n = (Node *)o;
    for (int i = 0; i < NODE_EDGES; i++) {
        CLEAR(n->edge[i]);
    }
    dead[n->id] = 1;
    freed++;
    gc_count_free(o);
    heap_free(GC_HEAD(o));
}

static int node_traverse(Object *o, visitproc visit, void *arg) {
    Node *n = (Node *)o;
    for (int i = 0; i < NODE_EDGES; i++) {
        if (n->edge[i] != NULL) {
            int r = visit(n->edge[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int node_clear(Object *o) {
    Node *n = (Node *)o;
    for (int i = 0; i < NODE_EDGES; i++) {
        CLEAR(n->edge[i]);
    }
    return 0;
}

static void node_finalize(Object *o) {
    Node *n = (Node *)o;
    finalized++;
    switch (n->action) {
    case ACT_RESURRECT:
        rescued = NEWREF(o);
        break;
    case ACT_ALLOC_COLLECT: {
        // Allocate a cycle of fresh nodes, then ask for a collection.
        Object *a = node_new(&NodeType), *b = node_new(&NodeType);
        link(a, b);
        link(b, a);
        DECREF(a);
        DECREF(b);
        nested_collect = gc_collect(2);
        break;
    }
    case ACT_CUT:
        node_clear(o);
        break;
    case ACT_NONE:
        break;
    }
}

// A ring of `n` nodes of `type`, held by nothing outside. The first node: borrowed.
static Object *ring(TypeObject *type, int n) {
    Object *first = node_new(type), *prev = first;
    for (int i = 1; i < n; i++) {
        Object *x = node_new(type);
        link(prev, x);
        DECREF(x);
        prev = x;
    }
    link(prev, first);
    DECREF(first);
    return first;
}

static void reset(void) {
    gc_clear_all();
    gc_fini(&gcstate);
    gc_init(&gcstate);
    freed = 0;
    finalized = 0;
}

// ---- the tests -----------------------------------------------------------------------------

static void test_tracking(void) {
    Object *a = node_new(&NodeType);
    Object *b = node_new(&NodeType);
    CHECK(gc_is_tracked(a) && gc_is_tracked(b));
    CHECK(gc_generation_size(0) == 2);
    CHECK(gcstate.count[0] == 2);
    gc_untrack(a);
    CHECK(!gc_is_tracked(a));
    CHECK(gc_generation_size(0) == 1);
    gc_untrack(a);      // a second untrack is harmless
    CHECK(gc_generation_size(0) == 1);
    gc_set_finalized(a);
    gc_track(a);
    CHECK(gc_is_tracked(a) && gc_is_finalized(a));
    gc_untrack(a);
    CHECK(gc_is_finalized(a));
    gc_track(a);
    // The trashcan's link keeps the flags.
    gc_untrack(b);
    gc_set_finalized(b);
    gc_trash_set_link(b, a);
    CHECK(gc_trash_link(b) == a && gc_is_finalized(b));
    gc_trash_set_link(b, NULL);
    CHECK(gc_trash_link(b) == NULL && gc_is_finalized(b));
    gc_track(b);
    CHECK(gc_generation_size(0) == 2);
    DECREF(a);
    DECREF(b);
    CHECK(freed == 2 && gc_generation_size(0) == 0);
    CHECK(gcstate.count[0] == 0);
    reset();
}

static void test_simple_cycles(void) {
    Object *a = node_new(&NodeType), *b = node_new(&NodeType);
    link(a, b);
    link(b, a);
    Object *self = node_new(&NodeType);
    link(self, self);
    DECREF(a);
    DECREF(b);
    DECREF(self);
    CHECK(freed == 0);
    CHECK(gc_collect(2) == 3);
    CHECK(freed == 3);
    CHECK(gc_collect(2) == 0);
    CHECK(gcstate.stats[2].collections == 2 && gcstate.stats[2].collected == 3);
    reset();
}

static void test_reachable_survive(void) {
    // root -> a <-> b, and c <-> d unreachable but pointing at a.
    Object *root = node_new(&NodeType);
    Object *a = node_new(&NodeType), *b = node_new(&NodeType);
    Object *c = node_new(&NodeType), *d = node_new(&NodeType);
    link(root, a);
    link(a, b);
    link(b, a);
    link(c, d);
    link(d, c);
    link(c, a);
    intptr_t a_count = a->refcnt;
    DECREF(a);
    DECREF(b);
    DECREF(c);
    DECREF(d);
    CHECK(gc_collect(0) == 2);
    CHECK(freed == 2);
    CHECK(a->refcnt == a_count - 2);  // lost our reference and c's
    // The survivors (root, a, b) moved to generation 1; gc_refs left no trace.
    CHECK(gc_generation_size(0) == 0 && gc_generation_size(1) == 3);
    CHECK((GC_HEAD(a)->prev & GC_COLLECTING) == 0);
    CHECK(gc_collect(1) == 0 && gc_generation_size(2) == 3);
    CHECK(gc_collect(2) == 0 && gc_generation_size(2) == 3);
    DECREF(root);
    CHECK(gc_collect(2) == 2 && freed == 5);
    reset();
}

static void test_counts_and_thresholds(void) {
    gcstate.threshold[0] = 10;
    Object *keep[64];
    int n = 0;
    // Ten allocations: no collection; the eleventh passes the threshold.
    for (int i = 0; i < 10; i++) {
        keep[n++] = node_new(&NodeType);
    }
    CHECK(gcstate.count[0] == 10 && gcstate.stats[0].collections == 0);
    keep[n++] = node_new(&NodeType);
    CHECK(gcstate.stats[0].collections == 1);
    CHECK(gcstate.count[0] == 0 && gcstate.count[1] == 1);
    // Frees count down, never below zero.
    DECREF(keep[--n]);
    CHECK(gcstate.count[0] == 0);
    // Disabled: no automatic collection.
    gcstate.enabled = 0;
    for (int i = 0; i < 20; i++) {
        keep[n++] = node_new(&NodeType);
    }
    CHECK(gcstate.stats[0].collections == 1 && gcstate.count[0] == 20);
    gcstate.enabled = 1;
    // threshold0 == 0 disables too.
    gcstate.threshold[0] = 0;
    keep[n++] = node_new(&NodeType);
    CHECK(gcstate.stats[0].collections == 1);
    gcstate.threshold[0] = 10;
    keep[n++] = node_new(&NodeType);
    CHECK(gcstate.stats[0].collections == 2 && gcstate.count[1] == 2);
    // A generation 1 collection when count[1] passes threshold[1]: the 11th round
    // collects generation 0 (count[1] becomes 3), the 22nd generation 1.
    gcstate.threshold[1] = 2;
    for (int i = 0; i < 22; i++) {
        Object *x = node_new(&NodeType);
        DECREF(x);
        x = node_new(&NodeType);
        link(x, x);
        DECREF(x);
    }
    CHECK(gcstate.stats[1].collections == 1);
    CHECK(gcstate.count[1] == 0 && gcstate.count[2] == 1);
    while (n > 0) {
        DECREF(keep[--n]);
    }
    reset();
}

static void test_long_lived_ratio(void) {
    gcstate.threshold[0] = 5;
    gcstate.threshold[1] = 1;
    gcstate.threshold[2] = 1;
    gcstate.enabled = 0;
    // 400 long-lived nodes survive a full collection: long_lived_total = 400.
    Object *big = node_new(&NodeType), *prev = big;
    for (int i = 0; i < 399; i++) {
        Object *x = node_new(&NodeType);
        link(prev, x);
        DECREF(x);
        prev = x;
    }
    gc_collect(2);
    CHECK(gcstate.long_lived_total == 400);
    gcstate.enabled = 1;
    // Short-lived garbage only: generation 2 keeps being skipped.
    for (int i = 0; i < 200; i++) {
        Object *x = node_new(&NodeType);
        link(x, x);
        DECREF(x);
    }
    CHECK(gcstate.stats[2].collections == 1);
    CHECK(gcstate.count[2] > gcstate.threshold[2]);
    // 150 survivors (more than 400 / 4) move up: the next chance collects generation 2.
    Object *keep[150];
    for (int i = 0; i < 150; i++) {
        keep[i] = node_new(&NodeType);
    }
    for (int i = 0; i < 50; i++) {
        Object *x = node_new(&NodeType);
        DECREF(x);
    }
    CHECK(gcstate.stats[2].collections >= 2);
    for (int i = 0; i < 150; i++) {
        DECREF(keep[i]);
    }
    DECREF(big);
    reset();
}

static void test_finalizers(void) {
    // Runs once per object; the cycle is freed after.
    Object *r = ring(&FinNodeType, 3);
    (void)r;
    CHECK(gc_collect(2) == 3 && finalized == 3 && freed == 3);
    // Resurrection: the finalizer keeps its node, which keeps the ring alive.
    Object *a = ring(&FinNodeType, 4);
    ((Node *)a)->action = ACT_RESURRECT;
    int before = freed;
    CHECK(gc_collect(2) == 0);
    CHECK(finalized == 7 && freed == before && rescued == a);
    CHECK(gc_is_finalized(a) && gc_is_tracked(a));
    // Garbage again: no second finalizer call.
    Object *again = rescued;
    rescued = NULL;
    DECREF(again);
    CHECK(gc_collect(2) == 4 && finalized == 7 && freed == before + 4);
    // A finalizer that allocates and asks for a collection: no nested collection.
    Object *b = ring(&FinNodeType, 2);
    ((Node *)b)->action = ACT_ALLOC_COLLECT;
    nested_collect = -1;
    CHECK(gc_collect(2) == 2);
    CHECK(nested_collect == 0);
    CHECK(gc_collect(2) == 2);      // the cycle the finalizer made
    // A finalizer that cuts its own cycle: the others die of refcounting on the way.
    Object *c = ring(&FinNodeType, 5);
    ((Node *)c)->action = ACT_CUT;
    before = freed;
    ssize_t got = gc_collect(2);
    CHECK(freed == before + 5);
    CHECK(got <= 5);
    reset();
}

static void test_finalize_from_dealloc(void) {
    Object *a = node_new(&FinNodeType);
    DECREF(a);
    CHECK(finalized == 1 && freed == 1);
    Object *b = node_new(&FinNodeType);
    ((Node *)b)->action = ACT_RESURRECT;
    DECREF(b);
    CHECK(finalized == 2 && freed == 1 && rescued == b && b->refcnt == 1);
    CHECK(gc_is_tracked(b) && gc_is_finalized(b));
    rescued = NULL;
    DECREF(b);      // finalized already: freed at once
    CHECK(finalized == 2 && freed == 2);
    reset();
}

static int saved_count;
static Object *saved[8];
static void save_hook(Object *o) {
    saved[saved_count++] = NEWREF(o);
}
static int phases;
static ssize_t last_collected;
static void callback_hook(const char *phase, int generation, ssize_t collected,
                          ssize_t uncollectable) {
    phases++;
    if (strcmp(phase, "stop") == 0) {
        last_collected = collected;
        CHECK(generation == 2 && uncollectable == 0);
    }
}

static void test_hooks(void) {
    gcstate.hooks.save = save_hook;
    gcstate.hooks.callback = callback_hook;
    gcstate.debug = GC_DEBUG_SAVEALL;
    ring(&NodeType, 3);
    CHECK(gc_collect(2) == 3);
    CHECK(saved_count == 3 && freed == 0 && phases == 2 && last_collected == 3);
    // Saved objects are reachable now: nothing more to find.
    CHECK(gc_collect(2) == 0);
    gcstate.debug = 0;
    while (saved_count > 0) {
        DECREF(saved[--saved_count]);
    }
    CHECK(gc_collect(2) == 3 && freed == 3);
    // gc_collect_nofail runs no callbacks.
    phases = 0;
    gc_collect_nofail();
    CHECK(phases == 0);
    gcstate.hooks.save = NULL;
    gcstate.hooks.callback = NULL;
    reset();
}

static void test_freeze(void) {
    ring(&NodeType, 2);
    Object *keep = node_new(&NodeType);
    gc_freeze();
    CHECK(gc_generation_size(3) == 3 && gc_generation_size(0) == 0);
    CHECK(gcstate.count[0] == 0);
    CHECK(gc_collect(2) == 0 && freed == 0);
    gc_unfreeze();
    CHECK(gc_generation_size(3) == 0 && gc_generation_size(2) == 3);
    CHECK(gc_collect(2) == 2 && freed == 2);
    DECREF(keep);
    reset();
}

static void test_untracked_not_seen(void) {
    // An untracked node in a cycle is outside the collector's view: it is a root.
    Object *a = node_new(&NodeType), *b = node_new(&NodeType);
    link(a, b);
    link(b, a);
    gc_untrack(a);
    DECREF(a);
    DECREF(b);
    CHECK(gc_collect(2) == 0 && freed == 0);
    gc_track(a);
    CHECK(gc_collect(2) == 2 && freed == 2);
    reset();
}

static uint64_t rng = 88172645463325252ull;
static unsigned rnd(unsigned n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

// Random graphs: nodes with random edges, some held as roots; after a collection the
// freed nodes must be exactly those a search from the roots does not reach.
static void test_random_graphs(void) {
    enum { N = 3000 };
    static Object *nodes[N];
    static int ids[N], roots_of[N];
    static char seen[N];
    for (int round = 0; round < 20; round++) {
        int first_id = next_id;
        for (int i = 0; i < N; i++) {
            nodes[i] = node_new(&NodeType);
            ids[i] = ((Node *)nodes[i])->id;
        }
        for (int i = 0; i < N; i++) {
            int edges = (int)rnd(NODE_EDGES + 1);
            for (int e = 0; e < edges; e++) {
                link(nodes[i], nodes[rnd(N)]);
            }
        }
        int nroots = 0;
        for (int i = 0; i < N; i++) {
            if (rnd(50) == 0) {
                roots_of[nroots++] = i;
            }
        }
        // What is reachable from the roots, by the test's own search.
        memset(seen, 0, sizeof seen);
        int *stack = malloc(sizeof(int) * N * (NODE_EDGES + 1));
        int sp = 0;
        for (int r = 0; r < nroots; r++) {
            stack[sp++] = roots_of[r];
        }
        while (sp > 0) {
            int i = stack[--sp];
            if (seen[i]) {
                continue;
            }
            seen[i] = 1;
            Node *n = (Node *)nodes[i];
            for (int e = 0; e < NODE_EDGES; e++) {
                if (n->edge[e] != NULL) {
                    stack[sp++] = ((Node *)n->edge[e])->id - first_id;
                }
            }
        }
        free(stack);
        // Drop the references but the roots'.
        for (int i = 0; i < N; i++) {
            bool root = false;
            for (int r = 0; r < nroots && !root; r++) {
                root = roots_of[r] == i;
            }
            if (!root) {
                DECREF(nodes[i]);
            }
        }
        gc_collect((int)rnd(3));
        gc_collect(2);
        int wrong = 0;
        for (int i = 0; i < N; i++) {
            if (dead[ids[i]] != !seen[i]) {
                wrong++;
            }
        }
        CHECK(wrong == 0);
        for (int r = 0; r < nroots; r++) {
            DECREF(nodes[roots_of[r]]);
        }
        gc_collect(2);
        int left = 0;
        for (int i = 0; i < N; i++) {
            left += !dead[ids[i]];
        }
        CHECK(left == 0);
    }
    reset();
}

static void test_clear_all(void) {
    ring(&FinNodeType, 10);
    Object *a = node_new(&NodeType);
    link(a, a);
    Object *kept = node_new(&NodeType);     // held by "a C global": cleared, not freed
    Object *child = node_new(&NodeType);
    link(kept, child);
    DECREF(child);
    DECREF(a);
    gc_freeze();
    gc_clear_all();
    CHECK(freed == 12);     // the ring, `a`, and `child` (cleared out of `kept`)
    CHECK(((Node *)kept)->edge[0] == NULL);
    DECREF(kept);
    CHECK(freed == 13);
    reset();
}

int main(void) {
    heap_init(&heap);
    gc_init(&gcstate);
    test_tracking();
    test_simple_cycles();
    test_reachable_survive();
    test_counts_and_thresholds();
    test_long_lived_ratio();
    test_finalizers();
    test_finalize_from_dealloc();
    test_hooks();
    test_freeze();
    test_untracked_not_seen();
    test_random_graphs();
    test_clear_all();
    gc_clear_all();
    gc_fini(&gcstate);
    CHECK(heap_allocated_blocks() == 0);
    heap_fini(&heap);
    free(dead);
    return check_summary();
}
