// tests/unit/check.h — the one assert macro of adder's C unit tests (tests/unit/*.c)
// and the summary line each test binary ends with.
//
// CHECK(cond) counts a pass or a failure; a failure prints the file, the line and the
// condition on stderr and the test goes on. `check_summary` prints "N passed, M failed"
// and returns the exit status: 0 when nothing failed.
#ifndef ADDER_TESTS_UNIT_CHECK_H
#define ADDER_TESTS_UNIT_CHECK_H

#include <stdio.h>

static int check_passed;
static int check_failed;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) {                                                                   \
            check_passed++;                                                           \
        } else {                                                                      \
            check_failed++;                                                           \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);  \
        }                                                                             \
    } while (0)

static inline int check_summary(void) {
    printf("%d passed, %d failed\n", check_passed, check_failed);
    fflush(stdout);
    return check_failed != 0;
}

#endif
