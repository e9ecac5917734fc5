# bool() of values follows truthiness.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool(' '))
print(bool([]), bool([[]]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None))
print(bool('False'), bool('0'), bool(float('nan')), bool(-0.0))
print(type(bool(1)), bool(True) is True, bool(5) is True)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
