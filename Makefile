# adder — build, test, sanitizer and fuzz targets. Outputs go under build/ only.
#
#   make            build ./adder
#   make test       build, run the C unit tests (make unit), then tests/run (every test;
#                   each ends "N passed, M failed")
#   make heapbench  time the pooled heap against malloc (tests/unit/heapbench.c)
#   make asan       the same binary with ASan+UBSan, as build/asan/adder
#   make memcheck   the test suite under valgrind (ADDER_MALLOC=malloc)
#   make fuzz-smoke 1,000 mutated inputs against the ASan build (make fuzz: 10,000)
#   make clean

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra
WARN    += -Wshadow
WARN    += -Wstrict-prototypes
WARN    += -Wmissing-prototypes
WARN    += -Wno-unused-parameter
CPPFLAGS = -I. -Ibuild/gen -D_GNU_SOURCE
STD      = -std=c11
LDLIBS   = -lm -lreadline
RE2C     = re2c
LEMON    = lemon

SRC      = adder.c $(wildcard grammar/*.c vm/*.c runtime/*.c gc/*.c stdlib/*.c)
GEN      = build/gen/lexer/lexer.c build/gen/grammar/grammar.c
HDR      = $(wildcard lexer/*.h grammar/*.h vm/*.h runtime/*.h gc/*.h stdlib/*.h) \
           build/gen/grammar/grammar.h

.PHONY: all test unit heapbench clean asan memcheck fuzz fuzz-smoke deps

all: adder

# Install the build tools when they are missing (Debian/Ubuntu), or say how.
deps:
	@tests/deps.sh

build/.deps:
	@mkdir -p build
	@tests/deps.sh
	@touch $@

build/gen/lexer/lexer.c: lexer/lexer.re build/.deps
	@mkdir -p $(@D)
	$(RE2C) -W -Werror --no-generation-date --no-version -o $@ $<

build/gen/grammar/grammar.c build/gen/grammar/grammar.h: grammar/grammar.y build/.deps
	@mkdir -p build/gen/grammar
	$(LEMON) -q -dbuild/gen/grammar $<

# Objects for the normal build (build/obj) and the sanitizer build (build/asan/obj).
OBJ      = $(patsubst %.c,build/obj/%.o,$(SRC)) build/obj/lexer/lexer.o build/obj/grammar/grammar.o
ASAN_OBJ = $(patsubst build/obj/%,build/asan/obj/%,$(OBJ))
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

build/obj/%.o: %.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) -c -o $@ $<
build/obj/%.o: build/gen/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) -c -o $@ $<
build/asan/obj/%.o: %.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(STD) $(ASAN_FLAGS) $(WARN) $(CPPFLAGS) -c -o $@ $<
build/asan/obj/%.o: build/gen/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(STD) $(ASAN_FLAGS) $(WARN) $(CPPFLAGS) -c -o $@ $<

adder: $(OBJ)
	$(CC) $(CFLAGS) -o $@ $(OBJ) $(LDLIBS)

build/asan/adder: $(ASAN_OBJ)
	$(CC) $(ASAN_FLAGS) -o $@ $(ASAN_OBJ) $(LDLIBS)

asan: build/asan/adder

test: adder unit
	tests/run

# C unit tests (tests/unit/NAME_test.c): one binary per subsystem, linked with the
# objects it tests and nothing else; each ends with "N passed, M failed".
UNIT = build/unit/heap_test build/unit/gc_test

build/unit/heap_test: tests/unit/heap_test.c tests/unit/check.h build/obj/gc/heap.o
	@mkdir -p $(@D)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) -o $@ $< build/obj/gc/heap.o $(LDLIBS)

GC_TEST_OBJ = build/obj/gc/collect.o build/obj/gc/heap.o

build/unit/gc_test: tests/unit/gc_test.c tests/unit/check.h $(GC_TEST_OBJ)
	@mkdir -p $(@D)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) -o $@ $< $(GC_TEST_OBJ) $(LDLIBS)

unit: $(UNIT)
	@for t in $(UNIT); do echo "$$t"; $$t || exit 1; done

# The allocator benchmark, not part of `make test`: a million-block churn through the
# pools against plain malloc/free.
build/unit/heapbench: tests/unit/heapbench.c build/obj/gc/heap.o
	@mkdir -p $(@D)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) -o $@ $< build/obj/gc/heap.o $(LDLIBS)

heapbench: build/unit/heapbench
	build/unit/heapbench

# valgrind cannot see inside the pools: send every request to malloc.
memcheck: adder
	ADDER_MALLOC=malloc ADDER_VALGRIND=1 tests/run

build/fuzz: tests/fuzz/fuzz.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) -D_GNU_SOURCE -o $@ $<

FUZZ_CORPUS = $(wildcard tests/syntax/*.py tests/syntax/errors/*.py tests/lang/*.py ../shared/bench/*.py)

# ASan sees each block only when the pools are off (ADDER_MALLOC=malloc).
fuzz-smoke: build/asan/adder build/fuzz
	ADDER_MALLOC=malloc build/fuzz -n 1000 -s $${FUZZ_SEED:-1} build/asan/adder $(FUZZ_CORPUS)

fuzz: build/asan/adder build/fuzz
	ADDER_MALLOC=malloc build/fuzz -n $${FUZZ_COUNT:-10000} -s $${FUZZ_SEED:-1} build/asan/adder $(FUZZ_CORPUS)

clean:
	rm -rf build adder
