// vm/opcodes.h — every instruction of the VM, listed once.
//
// An instruction is one 16-bit word: the opcode in the low byte, its argument in the
// high byte. EXTENDED_ARG prefixes supply the higher bits of a wider argument (as in
// CPython 3.11). Jump arguments are absolute instruction indexes into the code array.
// The stack effect is what the compiler's depth count uses; for jumps it is the effect
// on the path that does not jump (the jump path is given in the comment when it
// differs). "TOS" is the top of the stack, "TOS1" the one below it.
//
// X(name, stack effect, "what it does"). The effect may use `arg`.
#ifndef ADDER_VM_OPCODES_H
#define ADDER_VM_OPCODES_H

#define OPCODES(X)                                                                          \
    X(NOP, 0, "do nothing")                                                                 \
    X(EXTENDED_ARG, 0, "arg << 8 is or'ed into the next instruction's argument")           \
    X(POP_TOP, -1, "drop TOS")                                                              \
    X(COPY, 1, "push a new reference to the arg-th item (COPY 1 duplicates TOS)")          \
    X(SWAP, 0, "swap TOS with the arg-th item (SWAP 2 swaps TOS and TOS1)")                \
    X(PUSH_NULL, 1, "push NULL (the empty method slot of CALL)")                           \
    X(LOAD_CONST, 1, "push consts[arg]")                                                    \
    X(LOAD_FAST, 1, "push local arg; UnboundLocalError when unbound")                      \
    X(STORE_FAST, -1, "local arg = POP")                                                    \
    X(DELETE_FAST, 0, "unbind local arg; UnboundLocalError when unbound")                  \
    X(LOAD_NAME, 1, "push names[arg] from the frame's locals dict, globals, builtins")     \
    X(STORE_NAME, -1, "locals dict[names[arg]] = POP")                                      \
    X(DELETE_NAME, 0, "del locals dict[names[arg]]; NameError when absent")                \
    X(LOAD_GLOBAL, 1, "push names[arg] from globals, then builtins; NameError")            \
    X(STORE_GLOBAL, -1, "globals[names[arg]] = POP")                                        \
    X(DELETE_GLOBAL, 0, "del globals[names[arg]]; NameError when absent")                  \
    X(MAKE_CELL, 0, "slot arg becomes a cell holding its current value (or empty)")        \
    X(COPY_FREE_VARS, 0, "the last arg slots take the cells of the function's closure")    \
    X(LOAD_DEREF, 1, "push the value of the cell in slot arg; NameError/UnboundLocal")     \
    X(STORE_DEREF, -1, "the cell in slot arg = POP")                                        \
    X(DELETE_DEREF, 0, "empty the cell in slot arg; error when already empty")             \
    X(LOAD_CLOSURE, 1, "push the cell in slot arg itself (to build a closure)")            \
    X(LOAD_ATTR, 0, "TOS = getattr(TOS, names[arg])")                                       \
    X(STORE_ATTR, -2, "TOS.names[arg] = TOS1; pop both")                                    \
    X(DELETE_ATTR, -1, "del TOS.names[arg]; pop")                                           \
    X(LOAD_METHOD, 1, "replace TOS with (method, self) when names[arg] is a plain "        \
                      "method of TOS's type, else with (NULL, getattr(TOS, name))")         \
    X(BINARY_SUBSCR, -1, "TOS = TOS1[TOS]")                                                 \
    X(STORE_SUBSCR, -3, "TOS1[TOS] = TOS2; pop three")                                      \
    X(DELETE_SUBSCR, -2, "del TOS1[TOS]; pop two")                                          \
    X(BUILD_SLICE, 1 - (arg), "push slice(arg items: start, stop[, step]) (arg is 2 or 3)") \
    X(BINARY_OP, -1, "TOS = TOS1 op TOS; op = arg (an NbOp), in-place form when "          \
                     "arg >= NB_COUNT (arg - NB_COUNT)")                                    \
    X(UNARY_NEGATIVE, 0, "TOS = -TOS")                                                      \
    X(UNARY_POSITIVE, 0, "TOS = +TOS")                                                      \
    X(UNARY_NOT, 0, "TOS = not TOS")                                                        \
    X(UNARY_INVERT, 0, "TOS = ~TOS")                                                        \
    X(COMPARE_OP, -1, "TOS = TOS1 cmp TOS, cmp = arg (OBJ_LT..OBJ_GE)")                     \
    X(IS_OP, -1, "TOS = TOS1 is TOS (is not when arg is 1)")                                \
    X(CONTAINS_OP, -1, "TOS = TOS1 in TOS (not in when arg is 1)")                          \
    X(JUMP, 0, "jump to arg (a backward jump also checks for interrupts)")                  \
    X(POP_JUMP_IF_FALSE, -1, "pop TOS; jump to arg when it is false")                       \
    X(POP_JUMP_IF_TRUE, -1, "pop TOS; jump to arg when it is true")                         \
    X(JUMP_IF_FALSE_OR_POP, -1, "jump to arg keeping TOS when false, else pop (and/or)")    \
    X(JUMP_IF_TRUE_OR_POP, -1, "jump to arg keeping TOS when true, else pop")               \
    X(GET_ITER, 0, "TOS = iter(TOS)")                                                       \
    X(FOR_ITER, 1, "push next(TOS); at the end pop the iterator and jump to arg "          \
                   "(effect -1 on that path)")                                              \
    X(RETURN_VALUE, -1, "return TOS to the caller")                                         \
    X(YIELD_VALUE, 0, "suspend the generator, handing TOS out; on resume TOS is "          \
                      "replaced by the value sent in")                                      \
    X(GET_YIELD_FROM_ITER, 0, "TOS = iter(TOS), unless TOS is a generator")                 \
    X(SEND, 0, "TOS1 is a sub-iterator, TOS a value to send: on a yielded value v, TOS = "  \
               "v and fall through; when it returns r, pop both, push r and jump to arg "   \
               "(effect -1 on that path)")                                                  \
    X(CALL, -(arg) - 1, "stack: method-or-NULL, callable, arg args; call with self "       \
                        "prepended when the first is not NULL; push the result")            \
    X(CALL_KW, -(arg) - 2, "as CALL, with TOS a tuple of keyword names (the last "         \
                           "len(TOS) arguments are keywords)")                              \
    X(CALL_FUNCTION_EX, -2 - ((arg) & 1), "stack: NULL, callable, args tuple[, kwargs "   \
                                         "dict when arg & 1]; push the result")             \
    X(MAKE_FUNCTION, -((arg) & 1) - (((arg) >> 1) & 1) - (((arg) >> 3) & 1),               \
      "TOS is a code object; below it, when arg has 8: a closure tuple, when 2: a "        \
      "kw-defaults dict, when 1: a defaults tuple (deepest); push the function")           \
    X(BUILD_TUPLE, 1 - (arg), "push a tuple of the arg topmost items")                      \
    X(BUILD_LIST, 1 - (arg), "push a list of the arg topmost items")                        \
    X(BUILD_SET, 1 - (arg), "push a set of the arg topmost items")                          \
    X(BUILD_MAP, 1 - 2 * (arg), "push a dict of arg key, value pairs")                      \
    X(BUILD_STRING, 1 - (arg), "push the concatenation of the arg topmost strs")            \
    X(LIST_APPEND, -1, "append TOS to the list arg items down (after popping TOS)")         \
    X(SET_ADD, -1, "add TOS to the set arg items down (after popping TOS)")                 \
    X(MAP_ADD, -2, "dict arg items down (after popping two)[TOS1] = TOS")                   \
    X(LIST_EXTEND, -1, "extend the list arg items down with the iterable TOS")              \
    X(SET_UPDATE, -1, "update the set arg items down with the iterable TOS")                \
    X(DICT_UPDATE, -1, "update the dict arg items down with the mapping TOS")               \
    X(DICT_MERGE, -1, "as DICT_UPDATE, a TypeError on a repeated key (f(**a, **b))")        \
    X(LIST_TO_TUPLE, 0, "TOS = tuple(TOS)")                                                 \
    X(UNPACK_SEQUENCE, (arg) - 1, "replace TOS with its arg items, the first on top")       \
    X(UNPACK_EX, ((arg) & 0xff) + ((arg) >> 8), "starred unpack: arg & 0xff items before " \
                                                "the star, arg >> 8 after; the list of "   \
                                                "the rest in between")                      \
    X(FORMAT_VALUE, -(((arg) & 4) >> 2), "format TOS (TOS1 when arg & 4, with TOS the "   \
                                         "spec), converting first by arg & 3: 1 str, 2 "   \
                                         "repr, 3 ascii")                                   \
    X(RAISE_VARARGS, -(arg), "arg 0: re-raise the handled exception; 1: raise TOS; 2: "    \
                             "raise TOS1 from TOS")                                         \
    X(RERAISE, -1, "raise TOS again, its traceback unchanged")                              \
    X(PUSH_EXC_INFO, 1, "TOS is the exception a handler caught: push the previously "      \
                        "handled exception (or None) under it and make TOS the handled one")\
    X(POP_EXCEPT, -1, "pop the previously handled exception and make it current again")     \
    X(CHECK_EXC_MATCH, 0, "TOS = isinstance(TOS1, TOS) for exception classes or tuples")    \
    X(LOAD_ASSERTION_ERROR, 1, "push AssertionError")                                       \
    X(BEFORE_WITH, 1, "TOS is a context manager: replace it with its bound __exit__, "     \
                      "then push the result of __enter__()")                                \
    X(WITH_EXCEPT_START, 1, "stack: exit, prev-handled, exc: push exit(type(exc), exc, "   \
                            "traceback)")                                                   \
    X(IMPORT_NAME, -1, "TOS1 is the level, TOS the fromlist: push the module names[arg]")   \
    X(IMPORT_FROM, 1, "push getattr(TOS, names[arg]); ImportError when absent")             \
    X(PRINT_EXPR, -1, "the REPL's echo: print repr(TOS) unless None and bind `_`; pop")    \
    X(LOAD_BUILD_CLASS, 1, "push builtins.__build_class__ (classes: a later issue)")

typedef enum Opcode {
#define X(name, effect, doc) OP_##name,
    OPCODES(X)
#undef X
    OP_COUNT
} Opcode;

// The name of an opcode ("LOAD_FAST"), for --dis and traces.
extern const char *const opcode_names[OP_COUNT];

#endif
