// gc/collect.c — the collector's bookkeeping of container objects.
//
// Every tracked container sits on a doubly linked list through the `GcHead` in front
// of it; new containers join generation 0. `count[0]` rises with each container
// allocation and falls with each free, as in CPython's gcmodule. The collection
// itself (copy counts, subtract internal references, rescue what is reachable from
// outside, break the rest) comes with its own issue; until then nothing here frees
// objects.
#include <stddef.h>
#include <string.h>

#include "gc/collect.h"

static GcState *gcs;

static void list_init(GcHead *h) {
    h->next = h;
    h->prev = h;
}

void gc_init(GcState *gc) {
    memset(gc, 0, sizeof *gc);
    for (int i = 0; i < 3; i++) {
        list_init(&gc->gen[i]);
    }
    gc->threshold[0] = 700;
    gc->threshold[1] = 10;
    gc->threshold[2] = 10;
    gc->enabled = 1;
    gcs = gc;
}

void gc_fini(GcState *gc) {
    gcs = NULL;
    (void)gc;
}

void gc_track(Object *o) {
    GcHead *g = GC_HEAD(o);
    GcHead *head = &gcs->gen[0];
    g->prev = head->prev;
    g->next = head;
    head->prev->next = g;
    head->prev = g;
}

void gc_untrack(Object *o) {
    GcHead *g = GC_HEAD(o);
    if (g->next == NULL) {
        return;
    }
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = NULL;
    g->prev = NULL;
}

void gc_count_alloc(void) {
    gcs->count[0]++;
}

void gc_count_free(void) {
    if (gcs->count[0] > 0) {
        gcs->count[0]--;
    }
}

void gc_clear_all(void) {
    // Take every generation's objects into one list, then clear them one by one. An
    // object freed by a clear unlinks itself; one that survives its own clear moves
    // to `done` so that the loop ends.
    GcHead work, done;
    list_init(&work);
    list_init(&done);
    for (int i = 0; i < 3; i++) {
        GcHead *h = &gcs->gen[i];
        if (h->next != h) {
            h->next->prev = work.prev;
            work.prev->next = h->next;
            h->prev->next = &work;
            work.prev = h->prev;
            list_init(h);
        }
    }
    while (work.next != &work) {
        GcHead *g = work.next;
        Object *o = GC_OBJECT(g);
        // Move it to `done` first: a clear may free anything, but not `o`, held here.
        g->prev->next = g->next;
        g->next->prev = g->prev;
        g->prev = done.prev;
        g->next = &done;
        done.prev->next = g;
        done.prev = g;
        o->refcnt++;
        if (o->type->clear != NULL) {
            o->type->clear(o);
        }
        DECREF(o);
    }
    // Survivors (objects nothing could clear) go back to generation 2.
    if (done.next != &done) {
        GcHead *h = &gcs->gen[2];
        done.next->prev = h->prev;
        h->prev->next = done.next;
        done.prev->next = h;
        h->prev = done.prev;
    }
}
