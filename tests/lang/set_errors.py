# Set error messages: unhashable members, remove of a missing item.
tests = [lambda: {[]}, lambda: set([{}]), lambda: {1}.remove(2), lambda: set().pop(),
         lambda: {1} + {2}, lambda: {1}[0], lambda: {1} < 5]
for t in tests:
    try:
        t()
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ':', e)
