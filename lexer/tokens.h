// lexer/tokens.h — every token kind, listed once.
//
// `TOKENS(X)` expands X(NAME, "spelling") for each kind the grammar consumes; the
// lexer emits `T_NAME`, `grammar/parse.c` maps it to lemon's `TK_NAME` with a table
// expanded from this same list (so a kind the grammar lacks is a compile error), and
// `--tokens` prints the spelling. Kinds outside the grammar (`T_ERROR`) follow the list.
#ifndef ADDER_LEXER_TOKENS_H
#define ADDER_LEXER_TOKENS_H

#define TOKENS(X)                                                          \
    X(ENDMARKER, "ENDMARKER") X(NEWLINE, "NEWLINE") X(INDENT, "INDENT")    \
    X(DEDENT, "DEDENT") X(NAME, "NAME") X(INT, "INT") X(FLOAT, "FLOAT")    \
    X(IMAG, "IMAG") X(STRING, "STRING")                                    \
    /* delimiters and operators */                                         \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{")     \
    X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+")   \
    X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&")    \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")                 \
    X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=")                     \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~")                 \
    X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>")              \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=")               \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")           \
    X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")        \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=")                     \
    X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                         \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=")                 \
    X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=")                 \
    /* keywords */                                                         \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")        \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")    \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue")            \
    X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else")            \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for")                \
    X(FROM, "from") X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import")    \
    X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal")    \
    X(NOT, "not") X(OR, "or") X(PASS, "pass") X(RAISE, "raise")            \
    X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with")    \
    X(YIELD, "yield")                                                      \
    /* never lexed from source: starts the parse of an f-string's expression */ \
    X(FEXPR, "FEXPR")

typedef enum TokenKind {
#define X(name, spelling) T_##name,
    TOKENS(X)
#undef X
    T_ERROR,        // the lexer stopped: the error is in `Lexer.err`
    T_COUNT
} TokenKind;

// The spelling of `kind` for `--tokens` and error messages ("NAME", "+=", "while").
const char *lex_token_name(int kind);

#endif
