// stdlib/builtins.c — the `builtins` module: the built-in functions (print, len,
// min, sum, ...), and the types and exceptions under their Python names.
//
// Each function checks its arguments with CPython 3.11's messages, which come in
// three families: "len() takes exactly one argument (2 given)" for one-argument
// functions (`args_count`), "getattr expected at least 2 arguments, got 1" for the
// other positional-only ones (`args_count`, or `expect_nargs` where CPython uses that
// family with a single argument), and the Argument Clinic family of `args_parse` for
// functions taking keywords ("pow() missing required argument 'base' (pos 1)").
// The constructors (int(...), list(...), enumerate(...)) are the types themselves.
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "runtime/abstract.h"
#include "runtime/class.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

// ---- helpers ----------------------------------------------------------------------------

// The count check CPython words as "sorted expected 1 argument, got 0" even for one
// argument (args_count words that case as "takes exactly one argument"). 0, or -1.
static int expect_nargs(const char *name, size_t nargs, size_t want) {
    if (nargs == want) {
        return 0;
    }
    err_format(&TypeErrorType, "%s expected %zu argument%s, got %zu", name, want,
               want == 1 ? "" : "s", nargs);
    return -1;
}

// The usual check of a function of exactly one positional argument. 0, or -1.
static int one_arg(const char *name, size_t nargs, Object *kwnames) {
    return args_no_kw(name, kwnames) < 0 ? -1 : args_count(name, nargs, 1, 1);
}

// Attribute names must be str: "attribute name must be string, not 'int'". 0, or -1.
static int check_attr_name(Object *name) {
    if (!str_check(name)) {
        err_format(&TypeErrorType, "attribute name must be string, not '%s'",
                   type_name(name));
        return -1;
    }
    return 0;
}

// ---- print and input ----------------------------------------------------------------------

// Write the str `s` to `file`: straight to the C stream for a standard stream, else
// through `file.write(s)`. 0, or -1.
static int write_str(Object *file, Object *s) {
    if (sys_file_check(file)) {
        return sys_file_write(file, str_data(s), (size_t)str_size(s));
    }
    Object *r = obj_call_method(file, "write", &s, 1);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

// Write the C string `s` (a default separator or end) to `file`. 0, or -1.
static int write_cstr(Object *file, const char *s) {
    if (sys_file_check(file)) {
        return sys_file_write(file, s, strlen(s));
    }
    Object *str = str_from_cstr(s);
    if (str == NULL) {
        return -1;
    }
    int r = write_str(file, str);
    DECREF(str);
    return r;
}

// Write `sep` (a str, or NULL for the default `dflt`) to `file`. 0, or -1.
static int write_sep(Object *file, Object *sep, const char *dflt) {
    return sep != NULL ? write_str(file, sep) : write_cstr(file, dflt);
}

// Flush `file`: the C stream of a standard stream, else `file.flush()`. 0, or -1.
static int flush_file(Object *file) {
    if (sys_file_check(file)) {
        return sys_file_flush(file);
    }
    Object *r = obj_call_method(file, "flush", NULL, 0);
    if (r == NULL) {
        return -1;
    }
    DECREF(r);
    return 0;
}

// `sep` or `end` of print: None means the default, anything else must be a str.
// Returns the str or NULL for the default, in `*out` (borrowed). 0, or -1.
static int print_text_arg(const char *what, Object *v, Object **out) {
    *out = NULL;
    if (v == NULL || v == None) {
        return 0;
    }
    if (!str_check(v)) {
        err_format(&TypeErrorType, "%s must be None or a string, not %T", what, v);
        return -1;
    }
    *out = v;
    return 0;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
static Object *builtin_print(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    Object *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    ssize_t nkw = kwnames != NULL ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        Object *name = tuple_item_borrow(kwnames, k);
        Object *v = args[nargs + (size_t)k];
        if (str_eq_cstr(name, "sep")) {
            sep = v;
        } else if (str_eq_cstr(name, "end")) {
            end = v;
        } else if (str_eq_cstr(name, "file")) {
            file = v;
        } else if (str_eq_cstr(name, "flush")) {
            flush = v;
        } else {
            err_format(&TypeErrorType, "'%U' is an invalid keyword argument for print()", name);
            return NULL;
        }
    }
    if (file == NULL || file == None) {
        // sys.stdout missing (before start-up or after tear-down): print nothing, as
        // CPython does when sys.stdout is None.
        file = rt->stdout_;
        if (file == NULL) {
            RETURN_NONE;
        }
    }
    if (print_text_arg("sep", sep, &sep) < 0 || print_text_arg("end", end, &end) < 0) {
        return NULL;
    }
    int want_flush = flush != NULL ? obj_is_true(flush) : 0;
    if (want_flush < 0) {
        return NULL;
    }
    // The file may be released by a write (a user's write method could drop the last
    // other reference to it), so hold one while printing.
    INCREF(file);
    Object *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && write_sep(file, sep, " ") < 0) {
            goto done;
        }
        Object *s = str_check_exact(args[i]) ? NEWREF(args[i]) : obj_str(args[i]);
        if (s == NULL) {
            goto done;
        }
        int r = write_str(file, s);
        DECREF(s);
        if (r < 0) {
            goto done;
        }
    }
    if (write_sep(file, end, "\n") < 0 || (want_flush && flush_file(file) < 0)) {
        goto done;
    }
    res = NEWREF(None);
done:
    DECREF(file);
    return res;
}

// input(prompt=''): write the prompt, read a line from stdin without its newline.
static Object *builtin_input(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kw("input", kwnames) < 0 || args_count("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (rt->stderr_ != NULL && flush_file(rt->stderr_) < 0) {
        return NULL;
    }
    if (rt->stdout_ != NULL) {
        if (nargs == 1) {
            Object *prompt = obj_str(args[0]);
            if (prompt == NULL) {
                return NULL;
            }
            int r = write_str(rt->stdout_, prompt);
            DECREF(prompt);
            if (r < 0) {
                return NULL;
            }
        }
        if (flush_file(rt->stdout_) < 0) {
            return NULL;
        }
    }
    Object *line = sys_read_line(stdin);
    if (line == NULL) {
        return NULL;
    }
    ssize_t n = str_size(line);
    if (n == 0) {
        DECREF(line);
        err_set_str(&EOFErrorType, "EOF when reading a line");
        return NULL;
    }
    if (str_data(line)[n - 1] != '\n') {
        return line;
    }
    Object *res = str_from_utf8(str_data(line), (size_t)n - 1);
    DECREF(line);
    return res;
}

// ---- object protocol --------------------------------------------------------------------

static Object *builtin_len(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("len", nargs, kwnames) < 0) {
        return NULL;
    }
    ssize_t n = obj_len(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

static Object *builtin_repr(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    return one_arg("repr", nargs, kwnames) < 0 ? NULL : obj_repr(args[0]);
}

static Object *builtin_ascii(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    return one_arg("ascii", nargs, kwnames) < 0 ? NULL : obj_ascii(args[0]);
}

// id(o): the object's address, as CPython gives it.
static Object *builtin_id(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("id", nargs, kwnames) < 0) {
        return NULL;
    }
    return int_from_i64((int64_t)(intptr_t)args[0]);
}

static Object *builtin_hash(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (one_arg("hash", nargs, kwnames) < 0) {
        return NULL;
    }
    hash_t h = obj_hash(args[0]);
    if (h == -1 && err_occurred() != NULL) {
        return NULL;
    }
    return int_from_i64(h);
}

static Object *builtin_abs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return one_arg("abs", nargs, kwnames) < 0 ? NULL : obj_absolute(args[0]);
}

static Object *builtin_callable(Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    return one_arg("callable", nargs, kwnames) < 0 ? NULL : bool_from(obj_callable(args[0]));
}

// getattr(object, name[, default])
static Object *builtin_getattr(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("getattr", kwnames) < 0 || args_count("getattr", nargs, 2, 3) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return obj_getattr(args[0], args[1]);
    }
    Object *v;
    int found = obj_lookup_attr(args[0], args[1], &v);
    if (found < 0) {
        return NULL;
    }
    return found ? v : NEWREF(args[2]);
}

static Object *builtin_setattr(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("setattr", kwnames) < 0 || args_count("setattr", nargs, 3, 3) < 0 ||
        check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *builtin_delattr(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("delattr", kwnames) < 0 || args_count("delattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], NULL) < 0) {
        return NULL;
    }
    RETURN_NONE;
}

static Object *builtin_hasattr(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("hasattr", kwnames) < 0 || args_count("hasattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    Object *v;
    int found = obj_lookup_attr(args[0], args[1], &v);
    if (found < 0) {
        return NULL;
    }
    XDECREF(v);
    return bool_from(found != 0);
}

static Object *builtin_isinstance(Object *self, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    if (args_no_kw("isinstance", kwnames) < 0 || args_count("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r != 0);
}

static bool is_type(Object *o) {
    return TYPE(o) == &TypeType || (TYPE(o)->flags & TP_TYPE_SUB) != 0;
}

// issubclass(cls, classinfo) with `classinfo` a class or a (nested) tuple of them:
// 1, 0, or -1.
static int subclass_of(Object *cls, Object *info) {
    if (is_type(info)) {
        return type_is_subtype((TypeObject *)cls, (TypeObject *)info);
    }
    if (tuple_check(info)) {
        for (ssize_t i = 0; i < tuple_size(info); i++) {
            int r = subclass_of(cls, tuple_item_borrow(info, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    err_set_str(&TypeErrorType,
                "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

static Object *builtin_issubclass(Object *self, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    if (args_no_kw("issubclass", kwnames) < 0 || args_count("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!is_type(args[0])) {
        err_set_str(&TypeErrorType, "issubclass() arg 1 must be a class");
        return NULL;
    }
    if (obj_enter_recursive(" in __subclasscheck__") < 0) {
        return NULL;
    }
    int r = subclass_of(args[0], args[1]);
    obj_leave_recursive();
    return r < 0 ? NULL : bool_from(r != 0);
}

static Object *builtin_globals(Object *self, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kw("globals", kwnames) < 0 || args_count("globals", nargs, 0, 0) < 0) {
        return NULL;
    }
    Object *g = vm_globals_borrow();
    return g != NULL ? NEWREF(g) : dict_new();
}

static Object *builtin_locals(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kw("locals", kwnames) < 0 || args_count("locals", nargs, 0, 0) < 0) {
        return NULL;
    }
    return vm_locals();
}

// vars([object]): the local names, or the object's __dict__ (a module's namespace).
static Object *builtin_vars(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kw("vars", kwnames) < 0 || args_count("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return vm_locals();
    }
    if (TYPE(args[0]) == &ModuleType) {
        return NEWREF(module_dict_borrow(args[0]));
    }
    Object *d = obj_getattr_str(args[0], "__dict__");
    if (d == NULL && err_matches(&AttributeErrorType)) {
        XDECREF(err_fetch());
        err_set_str(&TypeErrorType, "vars() argument must have __dict__ attribute");
    }
    return d;
}

// Add the keys of dict `d` to set `names`. 0, or -1.
static int add_keys(Object *names, Object *d) {
    ssize_t pos = 0;
    Object *key, *value;
    while (dict_next(d, &pos, &key, &value)) {
        if (set_add(names, key) < 0) {
            return -1;
        }
    }
    return 0;
}

// dir([object]): the sorted local names; a module's names; or the names of an object's
// attributes, from its __dict__ and its type's along the mro. (Built-in types do not
// list the special methods CPython's slot wrappers add, such as __add__.)
static Object *builtin_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kw("dir", kwnames) < 0 || args_count("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    Object *names = set_new(NULL, false), *res = NULL, *d = NULL;
    if (names == NULL) {
        return NULL;
    }
    if (nargs == 0) {
        d = vm_locals();
    } else if (TYPE(args[0]) == &ModuleType) {
        d = NEWREF(module_dict_borrow(args[0]));
    } else {
        TypeObject *t = TYPE(args[0]) == &TypeType ? (TypeObject *)args[0] : TYPE(args[0]);
        for (ssize_t i = 0; t->mro != NULL && i < tuple_size(t->mro); i++) {
            Object *td = ((TypeObject *)tuple_item_borrow(t->mro, i))->dict;
            if (td != NULL && add_keys(names, td) < 0) {
                goto done;
            }
        }
        d = obj_getattr_str(args[0], "__dict__");
        if (d == NULL && err_matches(&AttributeErrorType)) {
            XDECREF(err_fetch());
            d = dict_new();
        }
    }
    if (d == NULL || (dict_check(d) && add_keys(names, d) < 0)) {
        goto done;
    }
    res = obj_to_list(names);
    if (res != NULL && list_sort(res, NULL, false) < 0) {
        CLEAR(res);
    }
done:
    XDECREF(d);
    DECREF(names);
    return res;
}

// format(value, format_spec='')
static Object *builtin_format(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kw("format", kwnames) < 0 || args_count("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    Object *spec = nargs == 2 ? args[1] : rt->empty_str;
    if (!str_check(spec)) {
        err_format(&TypeErrorType, "format() argument 2 must be str, not %s",
                   spec == None ? "None" : type_name(spec));
        return NULL;
    }
    return format_object(args[0], spec);
}

// ---- iteration ------------------------------------------------------------------------

// iter(object) or iter(callable, sentinel)
static Object *builtin_iter(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kw("iter", kwnames) < 0 || args_count("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return obj_get_iter(args[0]);
    }
    if (!obj_callable(args[0])) {
        err_set_str(&TypeErrorType, "iter(v, w): v must be callable");
        return NULL;
    }
    return calliter_new(args[0], args[1]);
}

// next(iterator[, default])
static Object *builtin_next(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kw("next", kwnames) < 0 || args_count("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    Object *it = args[0];
    if (TYPE(it)->iternext == NULL) {
        return err_type_what(it, "is not an iterator");
    }
    Object *item = TYPE(it)->iternext(it);
    if (item != NULL) {
        return item;
    }
    if (err_occurred() != NULL) {
        if (nargs == 1 || !err_matches(&StopIterationType)) {
            return NULL;
        }
        err_clear();
    }
    if (nargs == 2) {
        return NEWREF(args[1]);
    }
    err_set_object(&StopIterationType, NULL);
    return NULL;
}

// The items of a call's positional arguments, or of the iterable that is its one
// argument: what min() and max() walk.
typedef struct ArgWalk {
    Object *const *args;
    size_t nargs, next;
    Object *it;             // the iterator when there is one argument, else NULL
} ArgWalk;

// The next item. Ref: new; NULL at the end (no exception) or with an exception set.
static Object *walk_next(ArgWalk *w) {
    if (w->it != NULL) {
        return obj_iter_next(w->it);
    }
    return w->next < w->nargs ? NEWREF(w->args[w->next++]) : NULL;
}

// min() and max(): `op` is OBJ_LT or OBJ_GT, the test an item must pass against the
// best so far to replace it (so the first of equal items wins, as in CPython).
static Object *min_max(const char *name, int op, Object *const *args, size_t nargs,
                       Object *kwnames) {
    static const char *const names[] = {"*key", "*default", NULL};
    Object *kw[2];
    if (args_count(name, nargs, 1, SIZE_MAX) < 0 ||
        args_parse(name, args + nargs, 0, kwnames, names, 0, 0, kw) < 0) {
        return NULL;
    }
    Object *key = kw[0] == None ? NULL : kw[0], *dflt = kw[1];
    if (nargs > 1 && dflt != NULL) {
        err_format(&TypeErrorType,
                   "Cannot specify a default for %s() with multiple positional arguments",
                   name);
        return NULL;
    }
    ArgWalk w = {args, nargs, 0, NULL};
    if (nargs == 1 && (w.it = obj_get_iter(args[0])) == NULL) {
        return NULL;
    }
    Object *best = NULL, *best_key = NULL, *item;
    while ((item = walk_next(&w)) != NULL) {
        Object *k = key != NULL ? obj_call1(key, item) : NEWREF(item);
        if (k == NULL) {
            DECREF(item);
            goto fail;
        }
        int better = best == NULL ? 1 : obj_richcompare_bool(k, best_key, op);
        if (better > 0) {
            SETREF(best, item);
            SETREF(best_key, k);
            continue;
        }
        DECREF(item);
        DECREF(k);
        if (better < 0) {
            goto fail;
        }
    }
    if (err_occurred() != NULL) {
        goto fail;
    }
    XDECREF(w.it);
    XDECREF(best_key);
    if (best == NULL) {
        if (dflt != NULL) {
            return NEWREF(dflt);
        }
        err_format(&ValueErrorType, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    XDECREF(w.it);
    XDECREF(best);
    XDECREF(best_key);
    return NULL;
}

static Object *builtin_min(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return min_max("min", OBJ_LT, args, nargs, kwnames);
}

static Object *builtin_max(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return min_max("max", OBJ_GT, args, nargs, kwnames);
}

// result + item. Ref: steals both; new.
static Object *add_steal(Object *result, Object *item) {
    Object *sum = obj_binary_op(result, item, NB_ADD);
    DECREF(result);
    DECREF(item);
    return sum;
}

// The body of sum() once `result` holds the start: an int fast path while the items
// are ints and the total fits, then a float path while the result is a float, then
// `+` for the rest. Ref: steals `result`; new.
static Object *sum_items(Object *it, Object *result) {
    Object *item = NULL;
    if (int_check_exact(result)) {
        // The 64-bit value of today's ints; arbitrary precision will need a checked
        // conversion here.
        int64_t acc = int_as_i64(result), next;
        while ((item = obj_iter_next(it)) != NULL) {
            if (!(int_check_exact(item) || bool_check(item)) ||
                __builtin_add_overflow(acc, int_as_i64(item), &next)) {
                break;
            }
            acc = next;
            DECREF(item);
        }
        SETREF(result, int_from_i64(acc));
        if (item == NULL || result == NULL) {
            XDECREF(item);
            goto end;
        }
        if ((result = add_steal(result, item)) == NULL) {
            return NULL;
        }
    }
    if (float_check(result)) {
        double acc = float_as_double(result);
        while ((item = obj_iter_next(it)) != NULL) {
            if (float_check(item)) {
                acc += float_as_double(item);
            } else if (int_check_exact(item) || bool_check(item)) {
                acc += int_as_double(item);
            } else {
                break;
            }
            DECREF(item);
        }
        SETREF(result, float_from_double(acc));
        if (item == NULL || result == NULL) {
            XDECREF(item);
            goto end;
        }
        if ((result = add_steal(result, item)) == NULL) {
            return NULL;
        }
    }
    while ((item = obj_iter_next(it)) != NULL) {
        if ((result = add_steal(result, item)) == NULL) {
            return NULL;
        }
    }
end:
    if (err_occurred() != NULL) {
        XDECREF(result);
        return NULL;
    }
    return result;
}

// sum(iterable, /, start=0)
static Object *builtin_sum(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    Object *argv[2];
    if (nargs == 0) {
        err_set_str(&TypeErrorType, "sum() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_parse("sum", args, nargs, kwnames, names, 1, 1, argv) < 0) {
        return NULL;
    }
    Object *it = obj_get_iter(argv[0]);
    if (it == NULL) {
        return NULL;
    }
    if (argv[1] != NULL && str_check(argv[1])) {
        err_set_str(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
        DECREF(it);
        return NULL;
    }
    Object *start = argv[1] != NULL ? NEWREF(argv[1]) : int_from_i64(0);
    Object *res = start != NULL ? sum_items(it, start) : NULL;
    DECREF(it);
    return res;
}

// any(iterable) and all(iterable): stop at the first item whose truth is `stop_at`.
static Object *any_all(const char *name, bool stop_at, Object *const *args, size_t nargs,
                       Object *kwnames) {
    if (one_arg(name, nargs, kwnames) < 0) {
        return NULL;
    }
    Object *it = obj_get_iter(args[0]);
    if (it == NULL) {
        return NULL;
    }
    Object *item;
    int found = 0;
    while (found == 0 && (item = obj_iter_next(it)) != NULL) {
        int truth = obj_is_true(item);
        DECREF(item);
        found = truth < 0 ? -1 : (truth != 0) == stop_at;
    }
    DECREF(it);
    if (found < 0 || (found == 0 && err_occurred() != NULL)) {
        return NULL;
    }
    return bool_from(found ? stop_at : !stop_at);
}

static Object *builtin_any(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return any_all("any", true, args, nargs, kwnames);
}

static Object *builtin_all(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return any_all("all", false, args, nargs, kwnames);
}

// sorted(iterable, /, *, key=None, reverse=False): the keywords are list.sort's.
static Object *builtin_sorted(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    static const char *const names[] = {"*key", "*reverse", NULL};
    Object *kw[2];
    if (expect_nargs("sorted", nargs, 1) < 0 ||
        args_parse("sort", args + nargs, 0, kwnames, names, 0, 0, kw) < 0) {
        return NULL;
    }
    ssize_t reverse = 0;
    if (kw[1] != NULL) {
        reverse = obj_as_ssize(kw[1]);
        if (reverse == -1 && err_occurred() != NULL) {
            return NULL;
        }
    }
    Object *l = obj_to_list(args[0]);
    if (l != NULL && list_sort(l, kw[0] == None ? NULL : kw[0], reverse != 0) < 0) {
        CLEAR(l);
    }
    return l;
}

// ---- numbers and characters ---------------------------------------------------------------

// chr(i): the one-character string of code point `i`.
static Object *builtin_chr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("chr", nargs, kwnames) < 0) {
        return NULL;
    }
    ssize_t cp = obj_as_ssize(args[0]);
    if (cp == -1 && err_occurred() != NULL) {
        return NULL;
    }
    if (cp > INT_MAX || cp < INT_MIN) {
        err_set_str(&OverflowErrorType, "Python int too large to convert to C int");
        return NULL;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        err_set_str(&ValueErrorType, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return str_from_codepoint((uint32_t)cp);
}

static Object *builtin_ord(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (one_arg("ord", nargs, kwnames) < 0) {
        return NULL;
    }
    Object *c = args[0];
    if (!str_check(c)) {
        err_format(&TypeErrorType, "ord() expected string of length 1, but %T found", c);
        return NULL;
    }
    if (str_length(c) != 1) {
        err_format(&TypeErrorType, "ord() expected a character, but string of length %zd found",
                   str_length(c));
        return NULL;
    }
    return int_from_i64(str_codepoint_at(c, 0));
}

// hex(), oct(), bin(): the integer (through __index__) in `base` with its prefix.
static Object *int_in_base(const char *name, int base, Object *const *args, size_t nargs,
                           Object *kwnames) {
    if (one_arg(name, nargs, kwnames) < 0) {
        return NULL;
    }
    Object *v = obj_index(args[0]);
    if (v == NULL) {
        return NULL;
    }
    Object *res = int_to_base(v, base, true);
    DECREF(v);
    return res;
}

static Object *builtin_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_in_base("hex", 16, args, nargs, kwnames);
}

static Object *builtin_oct(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_in_base("oct", 8, args, nargs, kwnames);
}

static Object *builtin_bin(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_in_base("bin", 2, args, nargs, kwnames);
}

// True when the current exception is a TypeError whose message starts with `prefix`.
static bool err_message_starts(TypeObject *type, const char *prefix) {
    if (!err_matches(type)) {
        return false;
    }
    Object *msg = exc_str(err_occurred());
    if (msg == NULL) {
        err_clear();
        return false;
    }
    bool yes = strncmp(str_data(msg), prefix, strlen(prefix)) == 0;
    DECREF(msg);
    return yes;
}

// divmod(a, b): (a // b, a % b), with CPython's wording of the errors, which name
// divmod() rather than the operator.
static Object *builtin_divmod(Object *self, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kw("divmod", kwnames) < 0 || args_count("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    Object *a = args[0], *b = args[1];
    if ((TYPE(a)->flags | TYPE(b)->flags) & TP_HEAPTYPE) {
        // A class's __divmod__, then the other operand's __rdivmod__.
        const char *names[2] = {"__divmod__", "__rdivmod__"};
        Object *owner[2] = {a, b}, *other[2] = {b, a};
        for (int i = 0; i < 2; i++) {
            Object *name = str_intern_cstr(names[i]);
            if (name == NULL) {
                return NULL;
            }
            bool found;
            Object *r = obj_call_special(owner[i], name, &other[i], 1, &found);
            DECREF(name);
            if (found && r != NotImplemented) {
                return r;
            }
            XDECREF(r);
        }
    }
    Object *q = obj_binary_op(a, b, NB_FLOORDIV);
    if (q == NULL) {
        if (err_matches(&ZeroDivisionErrorType) && (float_check(a) || float_check(b))) {
            err_clear();
            err_set_str(&ZeroDivisionErrorType, "float divmod()");
        } else if (err_message_starts(&TypeErrorType, "unsupported operand type(s) for //")) {
            err_clear();
            err_format(&TypeErrorType,
                       "unsupported operand type(s) for divmod(): '%s' and '%s'",
                       type_name(a), type_name(b));
        }
        return NULL;
    }
    Object *r = obj_binary_op(a, b, NB_MOD);
    if (r == NULL) {
        DECREF(q);
        return NULL;
    }
    Object *pair = tuple_pack2(q, r);
    DECREF(q);
    DECREF(r);
    return pair;
}

// pow(base, exp, mod=None)
static Object *builtin_pow(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Object *argv[3];
    if (args_parse("pow", args, nargs, kwnames, names, 0, 2, argv) < 0) {
        return NULL;
    }
    return obj_power(argv[0], argv[1], argv[2] != NULL ? argv[2] : None);
}

// round(number, ndigits=None)
static Object *builtin_round(Object *self, Object *const *args, size_t nargs,
                             Object *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Object *argv[2];
    if (args_parse("round", args, nargs, kwnames, names, 0, 1, argv) < 0) {
        return NULL;
    }
    Object *number = argv[0];
    Object *ndigits = argv[1] == None ? NULL : argv[1];
    if (!int_check(number) && !float_check(number)) {
        Object *name = str_intern_cstr("__round__");
        Object *method = name != NULL ? type_lookup_borrow(TYPE(number), name) : NULL;
        XDECREF(name);
        if (method == NULL) {
            if (err_occurred() == NULL) {
                err_format(&TypeErrorType, "type %s doesn't define __round__ method",
                           type_name(number));
            }
            return NULL;
        }
        return obj_call_method(number, "__round__", &ndigits, ndigits != NULL ? 1 : 0);
    }
    Object *nd = NULL, *res = NULL;
    if (ndigits != NULL && (nd = obj_index(ndigits)) == NULL) {
        return NULL;
    }
    if (float_check(number)) {
        res = float_round(number, nd);
    } else if (nd != NULL) {
        res = int_round(number, nd);
    } else if (bool_check(number)) {
        res = int_from_i64(int_as_i64(number));
    } else {
        res = NEWREF(number);
    }
    XDECREF(nd);
    return res;
}

// ---- exit and quit ----------------------------------------------------------------------

// `exit` and `quit`: callable objects that raise SystemExit (CPython's
// _sitebuiltins.Quitter), so that a script may end with exit(1).
typedef struct QuitterObject {
    Object ob;
    const char *name;       // "exit" or "quit"
} QuitterObject;

static Object *quitter_repr(Object *self) {
    return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit",
                           ((QuitterObject *)self)->name);
}

// exit(code=None): raise SystemExit(code).
static Object *quitter_call(Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"code", NULL};
    Object *code;
    if (args_parse("__call__", args, nargs, kwnames, names, 0, 0, &code) < 0) {
        return NULL;
    }
    err_set_object(&SystemExitType, code != NULL ? code : None);
    return NULL;
}

static void quitter_dealloc(Object *self) {
    obj_free(self);
}

static TypeObject QuitterType = {
    .ob = TYPE_HEAD,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
};

// Add a Quitter called `name` to the dict `d`. 0, or -1.
static int add_quitter(Object *d, const char *name) {
    QuitterObject *q = (QuitterObject *)obj_alloc(&QuitterType, 0);
    if (q == NULL) {
        return -1;
    }
    q->name = name;
    int r = dict_set_cstr(d, name, OB(q));
    DECREF(q);
    return r;
}

void builtins_fini(void) {
    type_fini(&QuitterType);
}

// ---- the module -----------------------------------------------------------------------

static const MethodDef builtin_functions[] = {
    {"__build_class__", vm_build_class, 0},
    {"abs", builtin_abs, 0},
    {"all", builtin_all, 0},
    {"any", builtin_any, 0},
    {"ascii", builtin_ascii, 0},
    {"bin", builtin_bin, 0},
    {"callable", builtin_callable, 0},
    {"chr", builtin_chr, 0},
    {"delattr", builtin_delattr, 0},
    {"dir", builtin_dir, 0},
    {"divmod", builtin_divmod, 0},
    {"format", builtin_format, 0},
    {"getattr", builtin_getattr, 0},
    {"globals", builtin_globals, 0},
    {"hasattr", builtin_hasattr, 0},
    {"hash", builtin_hash, 0},
    {"hex", builtin_hex, 0},
    {"id", builtin_id, 0},
    {"input", builtin_input, 0},
    {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0},
    {"iter", builtin_iter, 0},
    {"len", builtin_len, 0},
    {"locals", builtin_locals, 0},
    {"max", builtin_max, 0},
    {"min", builtin_min, 0},
    {"next", builtin_next, 0},
    {"oct", builtin_oct, 0},
    {"ord", builtin_ord, 0},
    {"pow", builtin_pow, 0},
    {"print", builtin_print, 0},
    {"repr", builtin_repr, 0},
    {"round", builtin_round, 0},
    {"setattr", builtin_setattr, 0},
    {"sorted", builtin_sorted, 0},
    {"sum", builtin_sum, 0},
    {"vars", builtin_vars, 0},
    {NULL, NULL, 0},
};

// The types under their Python names; the exceptions follow from error.h.
static const struct {
    const char *name;
    TypeObject *type;
} builtin_types[] = {
    {"bool", &BoolType},
    {"classmethod", &ClassMethodType},
    {"property", &PropertyType},
    {"staticmethod", &StaticMethodType},
    {"super", &SuperType},
    {"dict", &DictType},
    {"enumerate", &EnumerateType},
    {"filter", &FilterType},
    {"float", &FloatType},
    {"frozenset", &FrozenSetType},
    {"int", &IntType},
    {"list", &ListType},
    {"map", &MapType},
    {"object", &BaseObjectType},
    {"range", &RangeType},
    {"reversed", &ReversedType},
    {"set", &SetType},
    {"slice", &SliceType},
    {"str", &StrType},
    {"tuple", &TupleType},
    {"type", &TypeType},
    {"zip", &ZipType},
};

Object *builtins_module_new(void) {
    if (type_ready(&QuitterType) < 0) {
        return NULL;
    }
    Object *m = module_new("builtins");
    if (m == NULL) {
        return NULL;
    }
    Object *d = module_dict_borrow(m);
    if (module_add_functions(m, builtin_functions) < 0) {
        goto fail;
    }
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) {
        if (dict_set_cstr(d, builtin_types[i].name, OB(builtin_types[i].type)) < 0) {
            goto fail;
        }
    }
#define X(c, py, base)                                   \
    if (dict_set_cstr(d, py, OB(&c##Type)) < 0) {        \
        goto fail;                                       \
    }
    EXCEPTIONS(X)
#undef X
    if (dict_set_cstr(d, "None", None) < 0 || dict_set_cstr(d, "True", True) < 0 ||
        dict_set_cstr(d, "False", False) < 0 || dict_set_cstr(d, "Ellipsis", Ellipsis) < 0 ||
        dict_set_cstr(d, "NotImplemented", NotImplemented) < 0 ||
        dict_set_cstr(d, "__debug__", True) < 0 || add_quitter(d, "exit") < 0 ||
        add_quitter(d, "quit") < 0) {
        goto fail;
    }
    return m;
fail:
    DECREF(m);
    return NULL;
}
