// lexer/lexer.h — bytes in, tokens out, and the syntax-error record shared with grammar/.
//
// The lexer is total: every input yields a stream of tokens ending in `T_ENDMARKER`,
// or `T_ERROR` with the first error recorded in `Lexer.err` (later calls keep returning
// `T_ERROR`). It computes NEWLINE, INDENT and DEDENT as CPython's tokenizer does: tabs
// advance to the next multiple of 8, blank and comment-only lines are ignored, newlines
// inside (), [] and {} and after a backslash join lines. It knows nothing of objects;
// token text stays in the source buffer, and literals are decoded on request.
#ifndef ADDER_LEXER_LEXER_H
#define ADDER_LEXER_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "lexer/tokens.h"

#define LEX_MAX_INDENT 100      // CPython's MAXINDENT
#define LEX_MAX_PAREN 200       // CPython's MAXLEVEL: "too many nested parentheses"

// The class a syntax error is reported as.
typedef enum ErrorKind {
    ERR_NONE, ERR_SYNTAX, ERR_INDENTATION, ERR_TAB, ERR_RECURSION, ERR_MEMORY
} ErrorKind;

// Whether more input could have avoided an error (the REPL then asks for another line).
typedef enum Incomplete {
    INCOMPLETE_NO,
    INCOMPLETE_STMT,        // the input ended inside a statement or block, or after a `\`
    INCOMPLETE_OPEN,        // the input ended inside brackets or a string: blank lines too
} Incomplete;

// One syntax error, in CPython's terms: a 1-based line, 0-based byte columns.
// `end_col` <= `col` means a single caret. `bare` prints only the message line
// (CPython's encoding errors); `no_caret` prints the source line but no caret.
typedef struct SyntaxErr {
    ErrorKind kind;
    int line, col, end_col;
    bool bare, no_caret;
    Incomplete incomplete;  // set by the lexer and the parser for errors at the end
    char msg[320];
    // When set, the line to show instead of the source's, `col` counting in it: CPython
    // shows an error inside an f-string's expression in the "(expression)" it parsed.
    char text[200];
} SyntaxErr;

typedef struct Token {
    int kind;                   // a `TokenKind`
    const char *start;          // the token's bytes, in the source buffer
    size_t len;
    int line, col;              // where it starts: 1-based line, 0-based byte column
    int end_line, end_col;      // just past its end
} Token;

typedef struct Lexer {
    const char *src, *lim;      // the source; `*lim` is a NUL sentinel
    const char *cur;            // next byte to scan
    const char *line_start;     // first byte of the current physical line
    int line;
    int line_offset, col_offset;  // added to positions (f-string expressions)
    bool at_bol;                // at the start of a logical line: measure indentation
    bool line_has_tokens;       // the logical line so far produced a token
    bool eof;                   // the scanner reached the end of the source
    int pending;                // > 0: INDENTs to emit; < 0: DEDENTs
    int indent_top;
    int indents[LEX_MAX_INDENT + 1], altindents[LEX_MAX_INDENT + 1];
    int depth;                  // open brackets
    char paren_kind[LEX_MAX_PAREN];
    int paren_line[LEX_MAX_PAREN], paren_col[LEX_MAX_PAREN];
    bool unclosed;              // the error is a bracket still open at the end
    SyntaxErr err;
} Lexer;

// Start scanning `src[0..len)`, which must be followed by a NUL byte. Checks that the
// whole source is valid UTF-8 first (CPython's "Non-UTF-8 code" error). Ref: none.
void lex_init(Lexer *lx, const char *src, size_t len);
// The same, for an f-string replacement field found at (`line`, `col`) of the outer
// source: positions are offset so that errors point into the outer file.
void lex_init_fexpr(Lexer *lx, const char *src, size_t len, int line, int col);
// Scan the next token into `*t`; returns its kind (`T_ERROR` once an error is set).
int lex_next(Lexer *lx, Token *t);
// Record an error at (`line`, `col`..`end_col`) unless one is already set.
void lex_error(SyntaxErr *err, ErrorKind kind, int line, int col, int end_col,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));

// A decoded string literal: UTF-8 (or raw bytes for b''), which may hold NUL bytes.
typedef struct StrLit {
    char *data;
    size_t len;
    bool is_bytes, is_raw, is_fstring;
    const char *body;           // the literal's text between its quotes, undecoded
    size_t body_len;
    int body_line, body_col;    // where the body starts in the source
} StrLit;

// Decode the STRING token `t` into `*out`; `data` is written to `buf`, which must hold
// at least `t->len` + 1 bytes (decoding never grows a literal). f-strings are not
// decoded here (grammar/ splits them): only `body` is set. 0, or -1 with `err` set.
int lex_decode_string(const Token *t, char *buf, StrLit *out, SyntaxErr *err);

// Decode the escapes of `body[0..n)` (a literal's text, or a literal part of an
// f-string) into `buf` (at least `n` + 1 bytes); `*out_len` gets the length. Errors are
// reported at (`line`, `col`). 0, or -1 with `err` set.
int lex_decode_escapes(const char *body, size_t n, bool raw, bool bytes, char *buf,
                       size_t *out_len, int line, int col, SyntaxErr *err);

// Print `err` in CPython's layout: `  File "name", line N`, the source line, a caret,
// then `SyntaxError: message`. `src` is the whole source the error points into.
void lex_print_error(FILE *f, const char *filename, const char *src, size_t len,
                     const SyntaxErr *err);

// The name of an error class, as Python prints it ("IndentationError").
const char *lex_error_class(ErrorKind kind);

#endif
