# Reflected operator methods: __radd__ etc., tried when the left operand gives up.
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __radd__(self, o):
        print('__radd__', o)
        return 'radd'
    def __rsub__(self, o):
        return ('rsub', o)
    def __rmul__(self, o):
        return ('rmul', o)
    def __rtruediv__(self, o):
        return ('rtruediv', o)
    def __rfloordiv__(self, o):
        return ('rfloordiv', o)
    def __rmod__(self, o):
        return ('rmod', o)
    def __rpow__(self, o):
        return ('rpow', o)
    def __rlshift__(self, o):
        return ('rlshift', o)
    def __rrshift__(self, o):
        return ('rrshift', o)
    def __rand__(self, o):
        return ('rand', o)
    def __ror__(self, o):
        return ('ror', o)
    def __rxor__(self, o):
        return ('rxor', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)

r = R('r')
print(1 + r)
print(1 - r, 2 * r, 3 / r, 4 // r, 5 % r, 6 ** r)
print(7 << r, 8 >> r, 9 & r, 10 | r, 11 ^ r, divmod(12, r))
print('s' + r, [1] * r)
# sum() starts with 0 + first.
print(sum([r]))
