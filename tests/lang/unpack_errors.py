# Unpacking errors: too many or not enough values, non-iterables.
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def two(v):
    a, b = v
def star(v):
    a, *b, c = v
attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: two([]))
attempt(lambda: two(5))
attempt(lambda: two(None))
attempt(lambda: star([1]))
attempt(lambda: two('abcd'))
attempt(lambda: two(x for x in range(5)))
attempt(lambda: star(1.5))
