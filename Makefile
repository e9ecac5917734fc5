# adder — build, test, sanitizer and fuzz targets. Outputs go under build/ only.
#
#   make            build ./adder
#   make test       build, then run tests/run (every test; ends "N passed, M failed")
#   make asan       the same binary with ASan+UBSan, as build/asan/adder
#   make memcheck   the test suite under valgrind
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
LDLIBS   = -lm
RE2C     = re2c
LEMON    = lemon

SRC      = adder.c $(wildcard grammar/*.c vm/*.c runtime/*.c gc/*.c stdlib/*.c)
GEN      = build/gen/lexer/lexer.c build/gen/grammar/grammar.c
HDR      = $(wildcard lexer/*.h grammar/*.h vm/*.h runtime/*.h gc/*.h stdlib/*.h) \
           build/gen/grammar/grammar.h

.PHONY: all test clean asan memcheck fuzz fuzz-smoke deps

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

test: adder
	tests/run

memcheck: adder
	ADDER_VALGRIND=1 tests/run

build/fuzz: tests/fuzz/fuzz.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) -D_GNU_SOURCE -o $@ $<

FUZZ_CORPUS = $(wildcard tests/syntax/*.py tests/syntax/errors/*.py tests/lang/*.py ../shared/bench/*.py)

fuzz-smoke: build/asan/adder build/fuzz
	build/fuzz -n 1000 -s $${FUZZ_SEED:-1} build/asan/adder $(FUZZ_CORPUS)

fuzz: build/asan/adder build/fuzz
	build/fuzz -n $${FUZZ_COUNT:-10000} -s $${FUZZ_SEED:-1} build/asan/adder $(FUZZ_CORPUS)

clean:
	rm -rf build adder
