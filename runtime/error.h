// runtime/error.h — Python's exception hierarchy and the current exception.
//
// C code signals failure by returning NULL or -1 with the current exception set in
// the runtime state (`err_set*`); whoever can handle it fetches it, anyone else
// passes the failure up. Exceptions are objects of the types below, each derived
// from BaseException as in CPython 3.11.
#ifndef ADDER_RUNTIME_ERROR_H
#define ADDER_RUNTIME_ERROR_H

#include <stdarg.h>

#include "runtime/object.h"

// X(C name, Python name, base C name). Order: a base comes before its subclasses.
#define EXCEPTIONS(X)                                                           \
    X(BaseException, "BaseException", BaseObject)                               \
    X(SystemExit, "SystemExit", BaseException)                                  \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)                    \
    X(GeneratorExit, "GeneratorExit", BaseException)                            \
    X(Exception, "Exception", BaseException)                                    \
    X(StopIteration, "StopIteration", Exception)                                \
    X(ArithmeticError, "ArithmeticError", Exception)                            \
    X(FloatingPointError, "FloatingPointError", ArithmeticError)                \
    X(OverflowError, "OverflowError", ArithmeticError)                          \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)                  \
    X(AssertionError, "AssertionError", Exception)                              \
    X(AttributeError, "AttributeError", Exception)                              \
    X(BufferError, "BufferError", Exception)                                    \
    X(EOFError, "EOFError", Exception)                                          \
    X(ImportError, "ImportError", Exception)                                    \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)                  \
    X(LookupError, "LookupError", Exception)                                    \
    X(IndexError, "IndexError", LookupError)                                    \
    X(KeyError, "KeyError", LookupError)                                        \
    X(MemoryError, "MemoryError", Exception)                                    \
    X(NameError, "NameError", Exception)                                        \
    X(UnboundLocalError, "UnboundLocalError", NameError)                        \
    X(OSError, "OSError", Exception)                                            \
    X(FileNotFoundError, "FileNotFoundError", OSError)                          \
    X(ReferenceError, "ReferenceError", Exception)                              \
    X(RuntimeError, "RuntimeError", Exception)                                  \
    X(NotImplementedError, "NotImplementedError", RuntimeError)                 \
    X(RecursionError, "RecursionError", RuntimeError)                           \
    X(SyntaxError, "SyntaxError", Exception)                                    \
    X(IndentationError, "IndentationError", SyntaxError)                        \
    X(TabError, "TabError", IndentationError)                                   \
    X(SystemError, "SystemError", Exception)                                    \
    X(TypeError, "TypeError", Exception)                                        \
    X(ValueError, "ValueError", Exception)                                      \
    X(UnicodeError, "UnicodeError", ValueError)                                 \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)                   \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)                   \
    X(Warning, "Warning", Exception)                                            \
    X(DeprecationWarning, "DeprecationWarning", Warning)                        \
    X(RuntimeWarning, "RuntimeWarning", Warning)                                \
    X(UserWarning, "UserWarning", Warning)

#define X(c, py, base) extern TypeObject c##Type;
EXCEPTIONS(X)
#undef X

// An exception instance (every exception type shares this layout for now).
typedef struct ExceptionObject {
    Object ob;
    Object *args;           // tuple
    Object *traceback;      // TracebackObject, or NULL
    Object *cause;          // `raise ... from cause`, or NULL
    Object *context;        // the exception being handled when this one was raised
    bool suppress_context;  // set by `raise ... from`
    Object *dict;           // attributes set on the instance, or NULL
} ExceptionObject;

// One level of a traceback: where the exception passed through. The vm fills it in.
typedef struct TracebackObject {
    Object ob;
    Object *next;           // the next level down (the callee), or NULL
    Object *code;           // the code object that was running (a vm CodeObject)
    Object *locals;         // the frame's local values, kept while the traceback lives
                            // (CPython keeps the whole frame), or NULL
    int line;
} TracebackObject;
extern TypeObject TracebackType;

static inline bool exc_check(Object *o) {
    return (TYPE(o)->flags & TP_EXC_SUB) != 0;
}
static inline bool exc_type_check(Object *o) {
    return TYPE(o) == &TypeType && (((TypeObject *)o)->flags & TP_EXC_SUB) != 0;
}

// Make the exception types usable. Ref: none. 0, or -1.
int exc_init(void);
// Release what exc_init made, at exit. Ref: none.
void exc_fini(void);

// A new exception of `type` with `args` (a tuple). Ref: new.
Object *exc_new(TypeObject *type, Object *args);

// ---- the current exception -------------------------------------------------------------

// Set the current exception to `type(msg)`. Ref: none.
void err_set_str(TypeObject *type, const char *msg);
// Set the current exception to `type(message)`, formatted as printf with extra
// conversions: %R repr of an object, %S str of an object, %T the type name of an
// object, %U a str object's text. Ref: none.
void err_format(TypeObject *type, const char *fmt, ...);
// Ref: none.
void err_vformat(TypeObject *type, const char *fmt, va_list ap);
// Set the current exception to `type(value)` (value may be NULL: no arguments).
// Ref: none; takes its own reference to `value`.
void err_set_object(TypeObject *type, Object *value);
// Raise `exc`, an exception instance, chaining the exception being handled (if any)
// as its `__context__`, as CPython's PyErr_SetObject does. Ref: steals `exc`.
void err_set_exc(Object *exc);
// Make `exc` current again as it is, without chaining (a re-raise). Ref: steals `exc`.
void err_restore(Object *exc);
// MemoryError, from an instance made at start-up. Ref: none. Returns NULL.
Object *err_no_memory(void);
// The current exception. Ref: borrowed; NULL when none is set.
Object *err_occurred(void);
// True when an exception is set and is an instance of `type` (or a subclass).
// Ref: none.
bool err_matches(TypeObject *type);
// Take the current exception, leaving none set. Ref: new; NULL when none.
Object *err_fetch(void);
// Drop the current exception. Ref: none.
void err_clear(void);
// Report the current exception where it cannot be raised (a finalizer, a gc callback),
// as CPython's PyErr_WriteUnraisable: "Exception ignored in: <repr of obj>", then the
// traceback and the "Type: message" line on stderr; the exception is cleared. Nothing
// happens when no exception is set. Ref: none.
void err_write_unraisable(Object *obj);
// The same with CPython's heading "Exception ignored <msg>: <repr of obj>" (or
// "Exception ignored <msg>:" when `obj` is NULL). Ref: none.
void err_write_unraisable_msg(const char *msg, Object *obj);
// "TypeError: 'int' object is not subscriptable" and the like: the common
// `'<type>' object <what>` TypeError. Returns NULL.
// Ref: new, or NULL with an exception set.
Object *err_type_what(Object *o, const char *what);

// True when `exc` (instance) matches `cls` (an exception type or a tuple of them).
// -1 with TypeError when `cls` is not an exception class.
// Ref: none.
int exc_matches(Object *exc, Object *cls);
// str(exc) as CPython prints it after "TypeError: ". Ref: new.
Object *exc_str(Object *exc);

#endif
