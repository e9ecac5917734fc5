// grammar/parse.h — source text in, syntax tree out.
#ifndef ADDER_GRAMMAR_PARSE_H
#define ADDER_GRAMMAR_PARSE_H

#include "grammar/ast.h"
#include "lexer/lexer.h"

// Parse the module `src[0..len)` (followed by a NUL byte) into a Module node allocated
// in `arena`. NULL with `*err` filled in (CPython's line, class and message) when the
// source is not valid Python; the arena is the caller's to free either way.
Node *parse_module(Arena *arena, const char *src, size_t len, SyntaxErr *err);

#endif
