# zip() takes one keyword argument, strict.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t(lambda: list(zip([1], strict=True, x=1)))
t(lambda: list(zip([1], x=1)))
t(lambda: list(zip([1], [2], strict=True)))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip(strict=False)))
