// grammar/parse.c — drives lemon with the lexer's tokens and reports syntax errors.
//
// Owns the token loop, the mapping of `T_*` kinds to lemon's `TK_*` codes (expanded
// from lexer/tokens.h, so a kind the grammar lacks fails to compile), f-string fields'
// sub-parses, and the choice of message for a parse error, after CPython 3.11's
// `_PyPegen_set_syntax_error`: the first error wins, then the rest of the source is
// still scanned, and an error the tokenizer finds there takes precedence.
#include <stdlib.h>
#include <string.h>

#include "grammar/build.h"
#include "grammar/grammar.h"
#include "grammar/parse.h"

// The interface lemon generates (grammar.c), with `%name Parse`.
void *ParseAlloc(void *(*alloc)(size_t), Parser *P);
void Parse(void *parser, int major, Token minor);
void ParseFree(void *parser, void (*dealloc)(void *));

static const int tk_of[T_COUNT] = {
#define X(name, spelling) [T_##name] = TK_##name,
    TOKENS(X)
#undef X
};

// ---- what the error reporter remembers ----------------------------------------------

static bool starts_operand(int kind) {
    switch (kind) {
    case T_NAME: case T_INT: case T_FLOAT: case T_IMAG: case T_STRING: case T_NONE:
    case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool starts_expression(int kind) {
    switch (kind) {
    case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE:
    case T_NOT: case T_LAMBDA:
        return true;
    default:
        return starts_operand(kind);
    }
}

// True when an expression starts right after a token of `kind` (the start of an `x if c`
// that lacks its else, in CPython's report).
static bool expression_follows(int kind) {
    switch (kind) {
    case T_EQUAL: case T_PLUSEQUAL: case T_MINEQUAL: case T_STAREQUAL: case T_SLASHEQUAL:
    case T_PERCENTEQUAL: case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL:
    case T_LEFTSHIFTEQUAL: case T_RIGHTSHIFTEQUAL: case T_DOUBLESTAREQUAL:
    case T_DOUBLESLASHEQUAL: case T_ATEQUAL: case T_COLONEQUAL:
    case T_LPAR: case T_LSQB: case T_LBRACE: case T_COMMA: case T_COLON: case T_SEMI:
    case T_RETURN: case T_YIELD: case T_ELSE: case T_ASSERT: case T_IN: case T_IF:
    case T_ELIF: case T_WHILE: case T_RARROW:
        return true;
    default:
        return false;
    }
}

static void track(Parser *P, const Token *t) {
    if (t->kind == T_NEWLINE) {
        P->header_open = P->prev.kind == T_COLON;
        if (P->header_open) {
            P->header_first = P->line_first;
        }
    } else if (t->kind != T_INDENT && t->kind != T_DEDENT &&
               (P->prev.kind == T_NEWLINE || P->prev.start == NULL ||
                P->prev.kind == T_INDENT || P->prev.kind == T_DEDENT)) {
        P->line_first = *t;
        P->line_colon = false;
        P->line_lambdas = 0;
    }
    // A block header's ':' is the first one outside brackets that ends no lambda's
    // parameters.
    if (t->kind == T_LAMBDA && P->lx->depth == 0) {
        P->line_lambdas++;
    } else if (t->kind == T_COLON && P->lx->depth == 0) {
        if (P->line_lambdas > 0) {
            P->line_lambdas--;
        } else {
            P->line_colon = true;
        }
    }
    // A run of adjacent strings is one operand, from its first string.
    if (starts_operand(t->kind) && P->prev.kind != T_DOT &&
        !(t->kind == T_STRING && P->prev.kind == T_STRING)) {
        P->operand_start = *t;
    }
    // Where expressions begin, per bracket depth, for "expected 'else'" ranges.
    int level = P->lx->depth - (t->kind == T_LPAR || t->kind == T_LSQB || t->kind == T_LBRACE);
    if (level >= 0 && level < (int)(sizeof P->expr_start / sizeof P->expr_start[0])) {
        if (expression_follows(P->prev.kind) || P->line_first.start == t->start) {
            P->expr_start[level] = *t;
        }
        if (t->kind == T_IF && P->line_first.start != t->start) {
            P->cond_start = P->expr_start[level];
        }
    }
    P->prev2 = P->prev;
    P->prev = *t;
}

static bool token_is(const Token *t, const char *word) {
    return t->kind == T_NAME && t->len == strlen(word) && memcmp(t->start, word, t->len) == 0;
}

// What CPython's message calls the statement that opened a block.
static const char *block_name(int kind) {
    switch (kind) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_WITH: return "'with' statement";
    case T_DEF: return "function definition";
    case T_CLASS: return "class definition";
    default: return NULL;
    }
}

static void error_at(Parser *P, ErrorKind kind, const Token *t, bool caret, const char *msg) {
    int end = t->end_line == t->line && t->end_col > t->col ? t->end_col : -1;
    lex_error(&P->err, kind, t->line, t->col, end, "%s", msg);
    // Tokens at the end of the file get no caret in CPython's report; more lines could
    // have completed what the parser was reading.
    P->err.no_caret = !caret || t->start == P->lx->lim;
    P->err.incomplete = t->start == P->lx->lim ? INCOMPLETE_STMT : INCOMPLETE_NO;
}

void parse_syntax_error(Parser *P, const Token *t) {
    if (P->err.kind != ERR_NONE) {
        return;
    }
    char msg[200];
    if (t->kind == T_INDENT) {
        error_at(P, ERR_INDENTATION, t, false, "unexpected indent");
    } else if (P->prev.kind == T_NEWLINE && P->header_open &&
               block_name(P->header_first.kind) != NULL) {
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d",
                 block_name(P->header_first.kind), P->header_first.line);
        error_at(P, ERR_INDENTATION, t, true, msg);
    } else if (P->prev.kind == T_NAME && P->prev2.kind == T_DEF && t->kind != T_LPAR) {
        error_at(P, ERR_SYNTAX, t, true, "expected '('");
    } else if (P->expect_except && (P->prev.kind == T_DEDENT || P->prev.kind == T_NEWLINE)) {
        error_at(P, ERR_SYNTAX, t, true, "expected 'except' or 'finally' block");
    } else if (P->expect_else && P->cond_start.start != NULL && t->kind != T_COLON) {
        error_at(P, ERR_SYNTAX, &P->cond_start, true, "expected 'else' after 'if' expression");
    } else if (t->kind == T_EQUAL && P->prev.kind == T_NAME &&
               (P->prev2.kind == T_IF || P->prev2.kind == T_WHILE ||
                (P->prev2.kind == T_LPAR && P->fexpr_depth == 0))) {
        // A name and '=' where only an expression may stand (a call's '(' takes keywords).
        error_at(P, ERR_SYNTAX, &P->prev, true,
                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    } else if (t->kind == T_NEWLINE && P->prev.kind == T_COMMA && P->lx->depth == 0 &&
               P->line_first.kind == T_FROM) {
        error_at(P, ERR_SYNTAX, t, true,
                 "trailing comma not allowed without surrounding parentheses");
    } else if (t->kind == T_NEWLINE && P->prev.kind != T_COLON && !P->line_colon &&
               (block_name(P->line_first.kind) != NULL || P->line_first.kind == T_ELSE)) {
        error_at(P, ERR_SYNTAX, t, true, "expected ':'");
    } else if (t->kind == T_DEDENT) {
        error_at(P, ERR_INDENTATION, t, true, "unexpected unindent");
    } else if ((token_is(&P->line_first, "print") || token_is(&P->line_first, "exec")) &&
               P->prev.start == P->line_first.start && starts_expression(t->kind)) {
        int n = (int)P->line_first.len;
        const char *w = P->line_first.start;
        snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                 n, w, n, w);
        error_at(P, ERR_SYNTAX, &P->line_first, true, msg);
    } else if (token_is(&P->line_first, "match") && P->prev.start == P->line_first.start) {
        error_at(P, ERR_SYNTAX, &P->line_first, true,
                 "the match statement is not supported by adder");
    } else if (P->lx->depth > 0 && starts_operand(P->prev.kind) && starts_operand(t->kind) &&
               !(P->prev.kind == T_NAME && t->kind == T_STRING)) {
        // CPython's range starts with the whole expression before the missing comma.
        int level = P->lx->depth;
        const Token *at = &P->operand_start;
        if (level < (int)(sizeof P->expr_start / sizeof P->expr_start[0]) &&
            P->expr_start[level].start != NULL) {
            at = &P->expr_start[level];
        }
        error_at(P, ERR_SYNTAX, at, true, "invalid syntax. Perhaps you forgot a comma?");
    } else {
        error_at(P, ERR_SYNTAX, t, true, "invalid syntax");
    }
}

void parse_stack_overflow(Parser *P) {
    lex_error(&P->err, ERR_RECURSION, P->prev.line, P->prev.col, -1, "%s",
              "maximum recursion depth exceeded during compilation");
}

// ---- the token loop ----------------------------------------------------------------

// A string's bad escape was found as lemon took the string, with `t` as its lookahead:
// CPython reports it at the first token after the whole run of adjacent strings.
static void escape_error_at_run_end(Parser *P, Lexer *lx, const Token *t) {
    P->escape_error = false;
    Token u = *t;
    int kind = u.kind;
    while (kind == T_STRING) {
        kind = lex_next(lx, &u);
    }
    if (kind == T_ERROR) {
        P->err = lx->err;
        return;
    }
    P->err.line = u.line;
    P->err.col = u.col;
    P->err.end_col = -1;
    P->err.no_caret = kind == T_ENDMARKER;
}

// Feed `lx`'s tokens to `parser` until the end or the first error.
static void run(Parser *P, Lexer *lx, void *parser) {
    Lexer *outer = P->lx;
    P->lx = lx;
    for (;;) {
        Token t;
        int kind = lex_next(lx, &t);
        if (kind == T_ERROR) {
            if (P->err.kind == ERR_NONE) {
                P->err = lx->err;
            }
            break;
        }
        if (kind == T_ASYNC || kind == T_AWAIT) {
            build_error_at_token(P, &t, "'%s' is not supported by adder (no async/await)",
                                 lex_token_name(kind));
            break;
        }
        P->lookahead = t;
        Parse(parser, kind == T_ENDMARKER ? 0 : tk_of[kind], t);
        if (P->escape_error) {
            escape_error_at_run_end(P, lx, &t);
        }
        if (P->err.kind != ERR_NONE || kind == T_ENDMARKER) {
            break;
        }
        track(P, &t);
    }
    P->lx = outer;
}

// After a parser error: scan the rest of the source, as CPython does, and let an
// error of the tokenizer win (an unclosed bracket only if it opened above the error).
static void scan_rest(Parser *P, Lexer *lx) {
    if (P->err.kind == ERR_RECURSION || P->err.kind == ERR_MEMORY || lx->err.kind != ERR_NONE) {
        return;
    }
    Token t;
    int kind;
    while ((kind = lex_next(lx, &t)) != T_ENDMARKER && kind != T_ERROR) {
    }
    if (kind == T_ERROR && (!lx->unclosed || P->err.line > lx->err.line)) {
        P->err = lx->err;
    }
}

// Point `err`, found in the parenthesized f-string expression `buf` (`n` bytes, its
// first line starting at (`line`, `col`) of the source), at the line of `buf` it is on:
// CPython shows that text ("(a b)") with the caret counted in it, and no caret when the
// error is past the expression's first line.
static void show_fexpr_line(SyntaxErr *err, const char *buf, size_t n, int line, int col) {
    int rel = err->line - line;
    const char *p = buf, *end = buf + n;
    for (int l = 0; l < rel && p < end; p++) {
        if (*p == '\n') {
            l++;
        }
    }
    const char *eol = p;
    while (eol < end && *eol != '\n') {
        eol++;
    }
    size_t k = (size_t)(eol - p);
    if (k > sizeof err->text - 1) {
        k = sizeof err->text - 1;
    }
    memcpy(err->text, p, k);
    err->text[k] = '\0';
    if (rel == 0) {
        err->col -= col;
        err->end_col = err->end_col >= 0 ? err->end_col - col : -1;
    } else {
        err->no_caret = true;
    }
}

Node *parse_fexpr(Parser *P, const char *src, size_t len, int line, int col) {
    if (P->fexpr_depth >= 4) {
        lex_error(&P->err, ERR_SYNTAX, line, col, -1, "%s",
                  "f-string: expressions nested too deeply");
        return NULL;
    }
    char *buf = ast_alloc(P->arena, len + 3);
    if (buf == NULL) {
        lex_error(&P->err, ERR_MEMORY, 0, 0, 0, "%s", "out of memory while parsing");
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, src, len);
    buf[len + 1] = ')';
    Lexer lx;
    lex_init_fexpr(&lx, buf, len + 2, line, col - 1);
    void *parser = ParseAlloc(malloc, P);
    if (parser == NULL) {
        lex_error(&P->err, ERR_MEMORY, 0, 0, 0, "%s", "out of memory while parsing");
        return NULL;
    }
    Parser saved = *P;
    Token start = {.kind = T_FEXPR, .start = buf, .line = line, .col = col};
    P->prev.start = NULL;
    P->prev2.start = NULL;
    P->cond_start.start = NULL;
    P->fexpr_depth++;
    Parse(parser, TK_FEXPR, start);
    run(P, &lx, parser);
    ParseFree(parser, free);
    Node *result = P->result;
    SyntaxErr err = P->err;
    *P = saved;
    if (err.kind != ERR_NONE) {
        if (P->err.kind == ERR_NONE) {
            P->err = err;
            // The end of an f-string's expression is not the end of the input.
            P->err.incomplete = INCOMPLETE_NO;
            // The tokenizer's messages stand as they are; the parser's say "f-string: ".
            bool from_lexer = lx.err.kind != ERR_NONE && strcmp(lx.err.msg, err.msg) == 0 &&
                              strcmp(err.msg, "invalid syntax") != 0;
            if (err.kind == ERR_SYNTAX && !from_lexer &&
                strncmp(err.msg, "f-string: ", 10) != 0) {
                snprintf(P->err.msg, sizeof P->err.msg, "f-string: %.*s",
                         (int)sizeof P->err.msg - 11, err.msg);
            }
            if (err.kind == ERR_SYNTAX && err.text[0] == '\0') {
                show_fexpr_line(&P->err, buf, len + 2, line, col - 1);
            }
        }
        return NULL;
    }
    if (result != NULL && result->kind == N_Starred) {
        lex_error(&P->err, ERR_SYNTAX, result->line, result->col, -1, "%s",
                  "f-string: cannot use starred expression here");
        show_fexpr_line(&P->err, buf, len + 2, line, col - 1);
        return NULL;
    }
    return result;
}

Node *parse_module(Arena *arena, const char *src, size_t len, SyntaxErr *err) {
    Parser P;
    memset(&P, 0, sizeof P);
    P.arena = arena;
    Lexer lx;
    lex_init(&lx, src, len);
    P.lx = &lx;
    void *parser = ParseAlloc(malloc, &P);
    if (parser == NULL) {
        lex_error(&P.err, ERR_MEMORY, 0, 0, 0, "%s", "out of memory while parsing");
    } else {
        run(&P, &lx, parser);
        ParseFree(parser, free);
        if (P.err.kind != ERR_NONE) {
            scan_rest(&P, &lx);
        }
    }
    if (P.err.kind != ERR_NONE) {
        *err = P.err;
        return NULL;
    }
    return P.result;
}
