// grammar/grammar.y — Python 3.11's grammar for adder's subset, as a lemon LALR(1) grammar.
//
// After SQLite's src/parse.y: precedence first, one-line actions calling `build_`
// functions (grammar/build.c), `%type` on every nonterminal that carries a value. The
// tree lives in an arena, so no rule needs a destructor. Where CPython's PEG grammar
// is not LALR(1) we parse a wider language and let the builders check it, as CPython's
// own LL(1) grammar did before 3.9: assignment targets are parsed as expressions and
// then checked, parameters and call arguments are flat lists checked for order.
// `lemon -q` fails on any conflict.

%name Parse
%token_prefix TK_
%token_type {Token}
%extra_context {Parser *P}
%default_type {Node *}
%stack_size 7000
%start_symbol start

%syntax_error {
    // What the state the parser stopped in would have taken: parse.c words its message
    // after it, as CPython's grammar does for a few forced tokens.
    YYACTIONTYPE st = yypParser->yytos->stateno;
    P->expect_else = yy_find_shift_action(TK_ELSE, st) != YY_ERROR_ACTION;
    P->expect_except = yy_find_shift_action(TK_EXCEPT, st) != YY_ERROR_ACTION &&
                       yy_find_shift_action(TK_FINALLY, st) != YY_ERROR_ACTION;
    parse_syntax_error(P, &yyminor);
}
%stack_overflow { parse_stack_overflow(P); }

%include {
#include <assert.h>
#include <stdlib.h>
#include "grammar/build.h"
// lemon's template is not ours to fix: keep its warnings out of our build.
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
}

// Tokens the lexer produces that no rule uses: parse.c turns them into errors.
%token ENDMARKER ASYNC AWAIT.

%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH DOUBLESLASH PERCENT AT.
%right UNARY.
%right DOUBLESTAR.

start ::= file_input.
start ::= FEXPR atom(E) NEWLINE.    { P->result = E; }

file_input ::= stmts(L).            { P->result = build_module(P, L); }

%type stmts {NodeList *}
stmts(A) ::= .                          { A = build_list(P, NULL); }
stmts(A) ::= stmts(L) simple_stmt(S).   { A = build_extend(P, L, S); }
stmts(A) ::= stmts(L) compound_stmt(S). { A = build_append(P, L, S); }

// ---- simple statements -------------------------------------------------------------

%type simple_stmt {NodeList *}
%type small_stmts {NodeList *}
simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(A) SEMI NEWLINE.
small_stmts(A) ::= small_stmt(S).                       { A = build_list(P, S); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S).   { A = build_append(P, L, S); }

small_stmt(A) ::= testlist_star_expr(E).    { A = build_expr_stmt(P, E); }
small_stmt(A) ::= yield_expr(E).            { A = build_expr_stmt(P, E); }
small_stmt(A) ::= assign_chain(L).          { A = build_assign(P, L); }
small_stmt(A) ::= testlist_star_expr(T) augassign(O) yield_or_tlse(V).
                                            { A = build_augassign(P, T, O, V); }
small_stmt(A) ::= testlist_star_expr(T) COLON test(N).
                                            { A = build_annassign(P, T, N, NULL); }
small_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL yield_or_tlse(V).
                                            { A = build_annassign(P, T, N, V); }
small_stmt(A) ::= DEL(K) exprlist(T).       { A = build_del(P, &K, T); }
small_stmt(A) ::= PASS(K).                  { A = build_simple(P, &K, N_Pass, NULL, NULL); }
small_stmt(A) ::= BREAK(K).                 { A = build_simple(P, &K, N_Break, NULL, NULL); }
small_stmt(A) ::= CONTINUE(K).              { A = build_simple(P, &K, N_Continue, NULL, NULL); }
small_stmt(A) ::= RETURN(K).                { A = build_simple(P, &K, N_Return, NULL, NULL); }
small_stmt(A) ::= RETURN(K) testlist_star_expr(E).
                                            { A = build_simple(P, &K, N_Return, E, NULL); }
small_stmt(A) ::= RAISE(K).                 { A = build_simple(P, &K, N_Raise, NULL, NULL); }
small_stmt(A) ::= RAISE(K) test(E).         { A = build_simple(P, &K, N_Raise, E, NULL); }
small_stmt(A) ::= RAISE(K) test(E) FROM test(C).
                                            { A = build_simple(P, &K, N_Raise, E, C); }
small_stmt(A) ::= GLOBAL(K) names(L).       { A = build_names_stmt(P, &K, N_Global, L); }
small_stmt(A) ::= NONLOCAL(K) names(L).     { A = build_names_stmt(P, &K, N_Nonlocal, L); }
small_stmt(A) ::= ASSERT(K) test(E).        { A = build_simple(P, &K, N_Assert, E, NULL); }
small_stmt(A) ::= ASSERT(K) test(E) COMMA test(M).
                                            { A = build_simple(P, &K, N_Assert, E, M); }
small_stmt(A) ::= IMPORT(K) dotted_as_names(L).
                                            { A = build_import(P, &K, L); }
small_stmt(A) ::= FROM(K) from_target(F) IMPORT STAR(S).
                                            { A = build_import_from(P, &K, F, build_list(P, build_alias(P, build_dotted(P, NULL, &S), NULL))); }
small_stmt(A) ::= FROM(K) from_target(F) IMPORT import_as_names(L).
                                            { A = build_import_from(P, &K, F, L); }
small_stmt(A) ::= FROM(K) from_target(F) IMPORT LPAR import_as_names(L) RPAR.
                                            { A = build_import_from(P, &K, F, L); }
small_stmt(A) ::= FROM(K) from_target(F) IMPORT LPAR import_as_names(L) COMMA RPAR.
                                            { A = build_import_from(P, &K, F, L); }

%type assign_chain {NodeList *}
assign_chain(A) ::= testlist_star_expr(T) EQUAL yield_or_tlse(V).
                                            { A = build_append(P, build_list(P, T), V); }
assign_chain(A) ::= assign_chain(L) EQUAL yield_or_tlse(V).
                                            { A = build_append(P, L, V); }

yield_or_tlse(A) ::= testlist_star_expr(A).
yield_or_tlse(A) ::= yield_expr(A).

%type augassign {BinaryOp}
augassign(A) ::= PLUSEQUAL.          { A = OP_ADD; }
augassign(A) ::= MINEQUAL.           { A = OP_SUB; }
augassign(A) ::= STAREQUAL.          { A = OP_MULT; }
augassign(A) ::= ATEQUAL.            { A = OP_MATMULT; }
augassign(A) ::= SLASHEQUAL.         { A = OP_DIV; }
augassign(A) ::= PERCENTEQUAL.       { A = OP_MOD; }
augassign(A) ::= AMPEREQUAL.         { A = OP_BITAND; }
augassign(A) ::= VBAREQUAL.          { A = OP_BITOR; }
augassign(A) ::= CIRCUMFLEXEQUAL.    { A = OP_BITXOR; }
augassign(A) ::= LEFTSHIFTEQUAL.     { A = OP_LSHIFT; }
augassign(A) ::= RIGHTSHIFTEQUAL.    { A = OP_RSHIFT; }
augassign(A) ::= DOUBLESTAREQUAL.    { A = OP_POW; }
augassign(A) ::= DOUBLESLASHEQUAL.   { A = OP_FLOORDIV; }

%type names {NodeList *}
names(A) ::= NAME(N).                   { A = build_list(P, build_name(P, &N)); }
names(A) ::= names(L) COMMA NAME(N).    { A = build_append(P, L, build_name(P, &N)); }

// An alias node whose name is the dotted path "a.b.c".
dotted_name(A) ::= NAME(N).                         { A = build_dotted(P, NULL, &N); }
dotted_name(A) ::= dotted_name(D) DOT NAME(N).      { A = build_dotted(P, D, &N); }

%type dotted_as_names {NodeList *}
dotted_as_names(A) ::= dotted_as_name(N).                       { A = build_list(P, N); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(N). { A = build_append(P, L, N); }
dotted_as_name(A) ::= dotted_name(D).                   { A = build_alias(P, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).        { A = build_alias(P, D, &N); }

%type import_as_names {NodeList *}
import_as_names(A) ::= import_as_name(N).                           { A = build_list(P, N); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(N).  { A = build_append(P, L, N); }
import_as_name(A) ::= NAME(N).              { A = build_alias(P, build_dotted(P, NULL, &N), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M).   { A = build_alias(P, build_dotted(P, NULL, &N), &M); }

%type from_target {FromTarget}
%type dots {int}
from_target(A) ::= dots(D) dotted_name(N).  { A.name = N; A.level = D; }
from_target(A) ::= dots(D).                 { A.name = NULL; A.level = D; }
dots(A) ::= .                               { A = 0; }
dots(A) ::= dots(D) DOT.                    { A = D + 1; }
dots(A) ::= dots(D) ELLIPSIS.               { A = D + 3; }

// ---- compound statements -----------------------------------------------------------

compound_stmt(A) ::= IF(K) namedexpr_test(T) COLON suite(B) elif_tail(E).
                                            { A = build_if(P, &K, T, B, E); }
compound_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON suite(B) else_tail(E).
                                            { A = build_while(P, &K, T, B, E); }
compound_stmt(A) ::= FOR(K) exprlist(T) IN testlist_star_expr(I) COLON suite(B) else_tail(E).
                                            { A = build_for(P, &K, T, I, B, E); }
compound_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) else_tail(E).
                                            { A = build_try(P, &K, B, H, E, NULL); }
compound_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) else_tail(E) FINALLY COLON suite(F).
                                            { A = build_try(P, &K, B, H, E, F); }
compound_stmt(A) ::= TRY(K) COLON suite(B) FINALLY COLON suite(F).
                                            { A = build_try(P, &K, B, NULL, NULL, F); }
compound_stmt(A) ::= WITH(K) with_items(L) COLON suite(B).
                                            { A = build_with(P, &K, L, B); }
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F).  { A = build_decorated(P, D, F); }
compound_stmt(A) ::= decorators(D) classdef(F). { A = build_decorated(P, D, F); }

%type suite {NodeList *}
suite(A) ::= simple_stmt(A).
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT.    { A = B; }

%type elif_tail {NodeList *}
elif_tail(A) ::= .                                  { A = NULL; }
elif_tail(A) ::= ELSE COLON suite(B).               { A = B; }
elif_tail(A) ::= ELIF(K) namedexpr_test(T) COLON suite(B) elif_tail(E).
                                                    { A = build_list(P, build_if(P, &K, T, B, E)); }
%type else_tail {NodeList *}
else_tail(A) ::= .                                  { A = NULL; }
else_tail(A) ::= ELSE COLON suite(B).               { A = B; }

%type handlers {NodeList *}
handlers(A) ::= handler(H).                         { A = build_list(P, H); }
handlers(A) ::= handlers(L) handler(H).             { A = build_append(P, L, H); }
handler(A) ::= EXCEPT(K) COLON suite(B).            { A = build_handler(P, &K, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) COLON suite(B).    { A = build_handler(P, &K, T, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON suite(B).
                                                    { A = build_handler(P, &K, T, &N, B); }

%type with_items {NodeList *}
with_items(A) ::= with_item(I).                     { A = build_list(P, I); }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = build_append(P, L, I); }
with_item(A) ::= test(E).                           { A = build_withitem(P, E, NULL); }
with_item(A) ::= test(E) AS expr(V).                { A = build_withitem(P, E, V); }

funcdef(A) ::= DEF(K) NAME(N) LPAR params(L) RPAR COLON suite(B).
                                            { A = build_funcdef(P, &K, &N, L, NULL, B); }
funcdef(A) ::= DEF(K) NAME(N) LPAR params(L) RPAR RARROW test(R) COLON suite(B).
                                            { A = build_funcdef(P, &K, &N, L, R, B); }
classdef(A) ::= CLASS(K) NAME(N) COLON suite(B).
                                            { A = build_classdef(P, &K, &N, NULL, &K, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR(R) COLON suite(B).
                                            { A = build_classdef(P, &K, &N, NULL, &R, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) RPAR(R) COLON suite(B).
                                            { A = build_classdef(P, &K, &N, L, &R, B); }

%type decorators {NodeList *}
decorators(A) ::= AT namedexpr_test(E) NEWLINE.                 { A = build_list(P, E); }
decorators(A) ::= decorators(L) AT namedexpr_test(E) NEWLINE.   { A = build_append(P, L, E); }

// Parameters, with and without annotations (lambda): a flat list, checked by
// build_funcdef/build_lambda. The `int` of build_param: 0 plain, 1 `*name` or `*`,
// 2 `**name`, 3 `/`.
%type params {NodeList *}
%type param_items {NodeList *}
params(A) ::= .                                     { A = build_list(P, NULL); }
params(A) ::= param_items(A).
params(A) ::= param_items(A) COMMA.
param_items(A) ::= param(X).                        { A = build_list(P, X); }
param_items(A) ::= param_items(L) COMMA param(X).   { A = build_append(P, L, X); }
param(A) ::= NAME(N).                               { A = build_param(P, &N, 0, NULL, NULL); }
param(A) ::= NAME(N) COLON test(T).                 { A = build_param(P, &N, 0, T, NULL); }
param(A) ::= NAME(N) EQUAL test(D).                 { A = build_param(P, &N, 0, NULL, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D).   { A = build_param(P, &N, 0, T, D); }
param(A) ::= STAR(S).                               { A = build_param(P, &S, 1, NULL, NULL); }
param(A) ::= STAR NAME(N).                          { A = build_param(P, &N, 1, NULL, NULL); }
param(A) ::= STAR NAME(N) COLON test(T).            { A = build_param(P, &N, 1, T, NULL); }
param(A) ::= DOUBLESTAR NAME(N).                    { A = build_param(P, &N, 2, NULL, NULL); }
param(A) ::= DOUBLESTAR NAME(N) COLON test(T).      { A = build_param(P, &N, 2, T, NULL); }
param(A) ::= SLASH(S).                              { A = build_param(P, &S, 3, NULL, NULL); }

%type lparams {NodeList *}
%type lparam_items {NodeList *}
lparams(A) ::= .                                    { A = build_list(P, NULL); }
lparams(A) ::= lparam_items(A).
lparams(A) ::= lparam_items(A) COMMA.
lparam_items(A) ::= lparam(X).                      { A = build_list(P, X); }
lparam_items(A) ::= lparam_items(L) COMMA lparam(X). { A = build_append(P, L, X); }
lparam(A) ::= NAME(N).                              { A = build_param(P, &N, 0, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL test(D).                { A = build_param(P, &N, 0, NULL, D); }
lparam(A) ::= STAR(S).                              { A = build_param(P, &S, 1, NULL, NULL); }
lparam(A) ::= STAR NAME(N).                         { A = build_param(P, &N, 1, NULL, NULL); }
lparam(A) ::= DOUBLESTAR NAME(N).                   { A = build_param(P, &N, 2, NULL, NULL); }
lparam(A) ::= SLASH(S).                             { A = build_param(P, &S, 3, NULL, NULL); }

// ---- expressions -------------------------------------------------------------------

// Statement-level lists: `a, *b = 1, 2`; a trailing comma makes a tuple.
%type tse_items {Seq}
testlist_star_expr(A) ::= tse_items(S).         { A = build_seq_expr(P, S); }
testlist_star_expr(A) ::= tse_items(S) COMMA.   { A = build_seq_expr(P, build_seq_comma(P, S)); }
tse_items(A) ::= test(E).                       { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
tse_items(A) ::= star_expr(E).                  { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
tse_items(A) ::= tse_items(S) COMMA test(E).    { A = build_seq_item(P, S, E); }
tse_items(A) ::= tse_items(S) COMMA star_expr(E). { A = build_seq_item(P, S, E); }

// Targets of `for` and `del`: or-level expressions, so that `in` ends them.
%type el_items {Seq}
exprlist(A) ::= el_items(S).                    { A = build_seq_expr(P, S); }
exprlist(A) ::= el_items(S) COMMA.              { A = build_seq_expr(P, build_seq_comma(P, S)); }
el_items(A) ::= expr(E).                        { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
el_items(A) ::= star_expr(E).                   { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
el_items(A) ::= el_items(S) COMMA expr(E).      { A = build_seq_item(P, S, E); }
el_items(A) ::= el_items(S) COMMA star_expr(E). { A = build_seq_item(P, S, E); }

namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= test(T) COLONEQUAL test(V).   { A = build_namedexpr(P, T, V); }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(T) ELSE test(E).  { A = build_ifexp(P, B, T, E); }
test(A) ::= LAMBDA(K) lparams(L) COLON test(B).     { A = build_lambda(P, &K, L, B); }

or_test(A) ::= and_test(A).
or_test(A) ::= or_test(L) OR and_test(R).           { A = build_boolop(P, BOOL_OR, L, R); }
and_test(A) ::= not_test(A).
and_test(A) ::= and_test(L) AND not_test(R).        { A = build_boolop(P, BOOL_AND, L, R); }
not_test(A) ::= NOT(K) not_test(E).                 { A = build_unary(P, &K, UOP_NOT, E); }
not_test(A) ::= comparison(A).

comparison(A) ::= expr(A).
comparison(A) ::= comparison(L) comp_op(O) expr(R). { A = build_compare(P, L, O, R); }
%type comp_op {CmpOp}
comp_op(A) ::= LESS.            { A = CMP_LT; }
comp_op(A) ::= GREATER.         { A = CMP_GT; }
comp_op(A) ::= EQEQUAL.         { A = CMP_EQ; }
comp_op(A) ::= GREATEREQUAL.    { A = CMP_GTE; }
comp_op(A) ::= LESSEQUAL.       { A = CMP_LTE; }
comp_op(A) ::= NOTEQUAL.        { A = CMP_NOTEQ; }
comp_op(A) ::= IN.              { A = CMP_IN; }
comp_op(A) ::= NOT IN.          { A = CMP_NOTIN; }
comp_op(A) ::= IS.              { A = CMP_IS; }
comp_op(A) ::= IS NOT.          { A = CMP_ISNOT; }

star_expr(A) ::= STAR(S) expr(E).                   { A = build_starred(P, &S, E); }

expr(A) ::= expr(L) VBAR expr(R).           { A = build_binop(P, L, OP_BITOR, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R).     { A = build_binop(P, L, OP_BITXOR, R); }
expr(A) ::= expr(L) AMPER expr(R).          { A = build_binop(P, L, OP_BITAND, R); }
expr(A) ::= expr(L) LEFTSHIFT expr(R).      { A = build_binop(P, L, OP_LSHIFT, R); }
expr(A) ::= expr(L) RIGHTSHIFT expr(R).     { A = build_binop(P, L, OP_RSHIFT, R); }
expr(A) ::= expr(L) PLUS expr(R).           { A = build_binop(P, L, OP_ADD, R); }
expr(A) ::= expr(L) MINUS expr(R).          { A = build_binop(P, L, OP_SUB, R); }
expr(A) ::= expr(L) STAR expr(R).           { A = build_binop(P, L, OP_MULT, R); }
expr(A) ::= expr(L) SLASH expr(R).          { A = build_binop(P, L, OP_DIV, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R).    { A = build_binop(P, L, OP_FLOORDIV, R); }
expr(A) ::= expr(L) PERCENT expr(R).        { A = build_binop(P, L, OP_MOD, R); }
expr(A) ::= expr(L) AT expr(R).             { A = build_binop(P, L, OP_MATMULT, R); }
expr(A) ::= PLUS(K) expr(E).  [UNARY]       { A = build_unary(P, &K, UOP_UADD, E); }
expr(A) ::= MINUS(K) expr(E). [UNARY]       { A = build_unary(P, &K, UOP_USUB, E); }
expr(A) ::= TILDE(K) expr(E). [UNARY]       { A = build_unary(P, &K, UOP_INVERT, E); }
expr(A) ::= primary(L) DOUBLESTAR expr(R).  { A = build_binop(P, L, OP_POW, R); }
expr(A) ::= primary(A).

primary(A) ::= atom(A).
primary(A) ::= primary(V) DOT NAME(N).                  { A = build_attribute(P, V, &N); }
primary(A) ::= primary(F) LPAR RPAR(R).                 { A = build_call(P, F, NULL, &R); }
primary(A) ::= primary(F) LPAR arglist(L) RPAR(R).      { A = build_call(P, F, L, &R); }
primary(A) ::= primary(F) LPAR arglist(L) COMMA RPAR(R). { A = build_call(P, F, L, &R); }
primary(A) ::= primary(V) LSQB subscripts(S) RSQB.      { A = build_subscript(P, V, S); }

%type arglist {NodeList *}
arglist(A) ::= argument(X).                     { A = build_list(P, X); }
arglist(A) ::= arglist(L) COMMA argument(X).    { A = build_append(P, L, X); }
argument(A) ::= namedexpr_test(A).
argument(A) ::= test(E) comp_fors(G).           { A = build_genexp_arg(P, E, G); }
argument(A) ::= test(K) EQUAL test(V).          { A = build_kwarg(P, K, V); }
argument(A) ::= STAR(S) test(E).                { A = build_starred(P, &S, E); }
argument(A) ::= DOUBLESTAR(S) test(E).          { A = build_dstar_arg(P, &S, E); }

%type subscripts {Seq}
subscripts(A) ::= sub_items(A).
subscripts(A) ::= sub_items(S) COMMA.           { A = build_seq_comma(P, S); }
%type sub_items {Seq}
sub_items(A) ::= sub_item(E).                   { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
sub_items(A) ::= sub_items(S) COMMA sub_item(E). { A = build_seq_item(P, S, E); }
sub_item(A) ::= namedexpr_test(A).
sub_item(A) ::= star_expr(A).
sub_item(A) ::= opt_test(L) COLON(C) opt_test(U).   { A = build_slice(P, &C, L, U, NULL); }
sub_item(A) ::= opt_test(L) COLON(C) opt_test(U) COLON opt_test(S).
                                                { A = build_slice(P, &C, L, U, S); }
opt_test(A) ::= .                               { A = NULL; }
opt_test(A) ::= test(A).

%type comp_fors {NodeList *}
comp_fors(A) ::= comp_for(C).                   { A = build_list(P, C); }
comp_fors(A) ::= comp_fors(L) comp_for(C).      { A = build_append(P, L, C); }
comp_for(A) ::= FOR exprlist(T) IN or_test(I).  { A = build_comprehension(P, T, I); }
comp_for(A) ::= comp_for(C) IF or_test(E).      { A = build_comp_if(P, C, E); }

yield_expr(A) ::= YIELD(K).                         { A = build_yield(P, &K, NULL, false); }
yield_expr(A) ::= YIELD(K) testlist_star_expr(E).   { A = build_yield(P, &K, E, false); }
yield_expr(A) ::= YIELD(K) FROM test(E).            { A = build_yield(P, &K, E, true); }

atom(A) ::= NAME(T).            { A = build_name(P, &T); }
atom(A) ::= INT(T).             { A = build_number(P, &T, CONST_INT); }
atom(A) ::= FLOAT(T).           { A = build_number(P, &T, CONST_FLOAT); }
atom(A) ::= IMAG(T).            { A = build_number(P, &T, CONST_IMAG); }
atom(A) ::= NONE(T).            { A = build_const(P, &T, CONST_NONE); }
atom(A) ::= TRUE(T).            { A = build_const(P, &T, CONST_TRUE); }
atom(A) ::= FALSE(T).           { A = build_const(P, &T, CONST_FALSE); }
atom(A) ::= ELLIPSIS(T).        { A = build_const(P, &T, CONST_ELLIPSIS); }
atom(A) ::= strings(L).         { A = build_strings(P, L); }
atom(A) ::= LPAR(T) RPAR.                       { A = build_empty(P, &T, N_Tuple); }
atom(A) ::= LPAR(T) yield_expr(E) RPAR.         { Seq s = {SEQ_ONE, E, NULL}; A = build_paren(P, &T, s); }
atom(A) ::= LPAR(T) testlist_comp(S) RPAR.      { A = build_paren(P, &T, S); }
atom(A) ::= LSQB(T) RSQB.                       { A = build_empty(P, &T, N_List); }
atom(A) ::= LSQB(T) testlist_comp(S) RSQB.      { A = build_list_display(P, &T, S); }
atom(A) ::= LBRACE(T) RBRACE.                   { A = build_empty(P, &T, N_Dict); }
atom(A) ::= LBRACE(T) dict_items(D) RBRACE.     { A = build_dict_display(P, &T, D); }
atom(A) ::= LBRACE(T) dict_items(D) COMMA RBRACE. { A = build_dict_display(P, &T, D); }
atom(A) ::= LBRACE(T) set_items(L) RBRACE.      { A = build_set_display(P, &T, L); }
atom(A) ::= LBRACE(T) set_items(L) COMMA RBRACE. { A = build_set_display(P, &T, L); }
atom(A) ::= LBRACE(T) test(K) COLON test(V) comp_fors(G) RBRACE.
                                                { A = build_dictcomp(P, &T, K, V, G); }
atom(A) ::= LBRACE(T) namedexpr_test(E) comp_fors(G) RBRACE.
                                                { A = build_setcomp(P, &T, E, G); }

%type strings {NodeList *}
strings(A) ::= STRING(T).               { A = build_list(P, build_string(P, &T)); }
strings(A) ::= strings(L) STRING(T).    { A = build_append(P, L, build_string(P, &T)); }

// Inside () and []: one expression, a tuple/list, or a comprehension.
%type testlist_comp {Seq}
%type tc_items {Seq}
testlist_comp(A) ::= tc_items(A).
testlist_comp(A) ::= tc_items(S) COMMA.         { A = build_seq_comma(P, S); }
testlist_comp(A) ::= namedexpr_test(E) comp_fors(G). { A = build_seq_comp(P, E, G); }
tc_items(A) ::= namedexpr_test(E).              { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
tc_items(A) ::= star_expr(E).                   { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, E); }
tc_items(A) ::= tc_items(S) COMMA namedexpr_test(E). { A = build_seq_item(P, S, E); }
tc_items(A) ::= tc_items(S) COMMA star_expr(E). { A = build_seq_item(P, S, E); }
// `with (a as b, c as d):` — accepted inside any parentheses here, and refused by
// build_module wherever a `with` statement did not take it.
tc_items(A) ::= test(E) AS expr(V).             { Seq s = {SEQ_ONE, NULL, NULL}; A = build_seq_item(P, s, build_as_item(P, E, V)); }
tc_items(A) ::= tc_items(S) COMMA test(E) AS expr(V). { A = build_seq_item(P, S, build_as_item(P, E, V)); }

// A Dict node under construction: keys in l0 (NULL for `**`), values in l1.
dict_items(A) ::= test(K) COLON(C) test(V).     { A = build_dict_item(P, NULL, K, V, &C); }
dict_items(A) ::= DOUBLESTAR(C) expr(V).        { A = build_dict_item(P, NULL, NULL, V, &C); }
dict_items(A) ::= dict_items(D) COMMA test(K) COLON(C) test(V).
                                                { A = build_dict_item(P, D, K, V, &C); }
dict_items(A) ::= dict_items(D) COMMA DOUBLESTAR(C) expr(V).
                                                { A = build_dict_item(P, D, NULL, V, &C); }

%type set_items {NodeList *}
set_items(A) ::= namedexpr_test(E).             { A = build_list(P, E); }
set_items(A) ::= star_expr(E).                  { A = build_list(P, E); }
set_items(A) ::= set_items(L) COMMA namedexpr_test(E). { A = build_append(P, L, E); }
set_items(A) ::= set_items(L) COMMA star_expr(E).      { A = build_append(P, L, E); }
