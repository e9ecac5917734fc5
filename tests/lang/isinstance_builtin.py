# isinstance with single types, tuples, nested tuples and the bool/int relation.
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, bool))
print(isinstance('s', (int, str)), isinstance([], (int, (float, list))), isinstance(None, ()))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(1, object), isinstance(ValueError(), Exception))
print(isinstance(KeyError(), LookupError), isinstance(range(1), range), isinstance(frozenset(), set))
print(isinstance({}.keys(), dict), isinstance((), tuple), isinstance(print, object))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
print(isinstance(1, (int, 5)))
try:
    isinstance(1, (str, 5))
except TypeError as e:
    print(e)
