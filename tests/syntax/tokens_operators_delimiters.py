# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
a = b + c - d * e / f // g % h ** i @ j
a = b << c >> d & e | f ^ ~g
a = b < c > d <= e >= f == g != h
t = (a, [b], {c: d}); s = a.b
def f(x) -> int: return x
if (n := 10): pass
x = ...
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
y = x[1:2]
