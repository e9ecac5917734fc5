// vm/compile.h — syntax tree in, code objects out.
#ifndef ADDER_VM_COMPILE_H
#define ADDER_VM_COMPILE_H

#include "grammar/ast.h"
#include "lexer/lexer.h"
#include "runtime/object.h"

typedef enum CompileMode {
    COMPILE_FILE,           // a module: the value of expression statements is dropped
    COMPILE_SINGLE,         // one REPL input: expression statements print (PRINT_EXPR)
} CompileMode;

// Compile the Module `mod` read from `filename`. Ref: new (a CodeObject). NULL either
// with `*err` filled in (err->kind != ERR_NONE: a SyntaxError the compiler found, such
// as "'return' outside function", with its line and column) or with a Python
// exception set (MemoryError, RecursionError).
//
// When `literals` is not NULL it receives a new tuple of every merged constant of the
// compilation: CPython's syntax tree keeps one reference to each literal's object until
// the code it compiled has run, which `sys.getrefcount` shows, so the caller holds this
// tuple while the code runs and drops it after, as CPython drops its tree.
Object *comp_compile(Node *mod, const char *filename, CompileMode mode, SyntaxErr *err,
                     Object **literals);

// Print a readable disassembly of `code` and of every code object among its
// constants, recursively (`adder --dis`). Ref: none.
void dis_print(FILE *f, Object *code);

#endif
