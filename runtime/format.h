// runtime/format.h — the format mini-language (`format(x, spec)`, f-strings,
// `str.format`) and printf-style `%` formatting.
#ifndef ADDER_RUNTIME_FORMAT_H
#define ADDER_RUNTIME_FORMAT_H

#include "runtime/object.h"

// format(value, spec) for str, int, bool, float and anything else (spec must then be
// empty: str(value)); a NULL spec counts as empty. Ref: new.
Object *format_object(Object *value, Object *spec);
// `fmt % args` for str fmt. Ref: new.
Object *format_percent(Object *fmt, Object *args);
// `fmt.format(*args, **kwargs)`: the str.format method. Ref: new.
Object *format_str_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames);
// `fmt.format_map(mapping)`: names are looked up with mapping[name]. Ref: new.
Object *format_str_map(Object *fmt, Object *mapping);

#endif
