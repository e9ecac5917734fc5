// stdlib/timemodule.c — the `time` module: clocks and sleep.
//
// Each clock is a POSIX clock read with clock_gettime, as CPython reads them on
// Linux: time() is CLOCK_REALTIME, monotonic() and perf_counter() CLOCK_MONOTONIC,
// process_time() CLOCK_PROCESS_CPUTIME_ID. The float functions return seconds, the
// _ns ones an int of nanoseconds.
#include <errno.h>
#include <math.h>
#include <time.h>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "stdlib/stdlib.h"

// The clock `id` in nanoseconds. 0, or -1 with OSError set.
static int read_clock(clockid_t id, int64_t *ns) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        err_set_str(&OSErrorType, "clock_gettime failed");
        return -1;
    }
    *ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return 0;
}

// clock `id` in seconds as a float (`ns` false) or nanoseconds as an int.
static Object *clock_value(const char *name, size_t nargs, Object *kwnames, clockid_t id,
                           bool ns) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 0, 0) < 0) {
        return NULL;
    }
    int64_t t;
    if (read_clock(id, &t) < 0) {
        return NULL;
    }
    if (ns) {
        return int_from_i64(t);
    }
    return float_from_double((double)t / 1e9);
}

#define CLOCK_FUNC(name, id, ns)                                                        \
    static Object *time_##name(Object *self, Object *const *args, size_t nargs,        \
                               Object *kwnames) {                                      \
        return clock_value("time." #name, nargs, kwnames, id, ns);                     \
    }

CLOCK_FUNC(time, CLOCK_REALTIME, false)
CLOCK_FUNC(time_ns, CLOCK_REALTIME, true)
CLOCK_FUNC(monotonic, CLOCK_MONOTONIC, false)
CLOCK_FUNC(monotonic_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNC(perf_counter, CLOCK_MONOTONIC, false)
CLOCK_FUNC(perf_counter_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNC(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FUNC(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)

static Object *time_sleep(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("time.sleep", kwnames) < 0 || args_count("time.sleep", nargs, 1, 1) < 0) {
        return NULL;
    }
    Object *o = args[0];
    double secs;
    if (float_check(o)) {
        secs = float_as_double(o);
    } else {
        Object *i = obj_index(o);
        if (i == NULL) {
            return NULL;
        }
        secs = int_as_double(i);
        DECREF(i);
    }
    if (isnan(secs)) {
        err_set_str(&ValueErrorType, "Invalid value NaN (not a number)");
        return NULL;
    }
    if (secs < 0) {
        err_set_str(&ValueErrorType, "sleep length must be non-negative");
        return NULL;
    }
    if (secs >= 9.2e18) {
        err_set_str(&OverflowErrorType, "timestamp out of range for platform time_t");
        return NULL;
    }
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec >= 1000000000L) {
        req.tv_nsec = 999999999L;
    }
    // A signal (Ctrl-C) ends the sleep early; the vm then raises KeyboardInterrupt at
    // its next check, as CPython raises it from inside sleep.
    if (nanosleep(&req, NULL) != 0 && errno != EINTR) {
        err_set_str(&OSErrorType, "nanosleep failed");
        return NULL;
    }
    RETURN_NONE;
}

static const MethodDef time_functions[] = {
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {NULL, NULL, 0},
};

Object *time_module_new(void) {
    Object *m = module_new("time");
    if (m == NULL) {
        return NULL;
    }
    if (module_add_functions(m, time_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
