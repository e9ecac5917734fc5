# pow() with a modulus refuses float operands before looking at the other operands.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t(lambda: pow(2, 3, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(0, 'a', 2.5))
t(lambda: pow('a', 0, 2.5))
t(lambda: pow('a', 2.5, 1))
t(lambda: pow(1, None, 2.5))
t(lambda: pow(2.5, 'a', 0))
t(lambda: pow(1, 'a', 2))
t(lambda: pow(2, 3, None))
t(lambda: pow(2.0, 3, None))
