# dict, set and frozenset methods: corner cases and errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
t(lambda: d['c'])
t(lambda: d[[1]])
t(lambda: d.get())
t(lambda: d.get([1]))
t(lambda: d.get('a', 1, 2))
t(lambda: d.pop('c'))
t(lambda: d.pop())
t(lambda: d.pop([]))
t(lambda: {}.popitem())
t(lambda: d.setdefault())
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update(['ab']))
t(lambda: d.update({}, {}))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1,)]))
t(lambda: dict({1: 2}, a=3))
t(lambda: dict(['ab', 'cd']))
t(lambda: dict.fromkeys('abc'))
t(lambda: dict.fromkeys('abc', []))
t(lambda: dict.fromkeys())
t(lambda: d.keys() - {'a'})
t(lambda: d.keys() ^ {'a', 'z'} == {'b', 'z'})
t(lambda: d.items() & {('a', 1)})
t(lambda: ('a', 1) in d.items())
t(lambda: ('a', [1]) in d.items())
t(lambda: d.keys() == {'a', 'b'})
t(lambda: d.values() == d.values())
t(lambda: d.keys() < {'a', 'b', 'c'})
t(lambda: d | 1)
t(lambda: d | {'c': 3})
t(lambda: {1: 1} == {1.0: 1})
t(lambda: {1: 1} == {True: 1})
t(lambda: {True: 'a', 1: 'b', 1.0: 'c'})
t(lambda: {'a': 1} < {'b': 2})
t(lambda: repr(d.keys()))
t(lambda: repr(d.values()))
t(lambda: repr(d.items()))
t(lambda: list(reversed(d)))
t(lambda: list(reversed(d.items())))
t(lambda: d.copy(1))
t(lambda: len(d.keys()))
t(lambda: d.values() & d.values())
t(lambda: hash(d.keys()))
t(lambda: dict(a=1) == dict([('a', 1)]))
t(lambda: {**d, 'a': 9})
t(lambda: {**{1: 2}, **{1: 3}})
t(lambda: dict(**{'x': 1}))
def f():
    e = dict(d)
    e |= [('z', 26)]
    print(e)
    try:
        e |= 1
    except TypeError as ex:
        print(ex)
    del e['a']
    try:
        del e['a']
    except KeyError as ex:
        print(repr(ex), ex)
    try:
        e[(1, [2])] = 1
    except TypeError as ex:
        print(ex)
    try:
        e[()] 
    except KeyError as ex:
        print(repr(ex), str(ex))
    try:
        e[(1, 2)]
    except KeyError as ex:
        print(repr(ex), str(ex))
    try:
        e['']
    except KeyError as ex:
        print(repr(ex), str(ex))
    try:
        e[None]
    except KeyError as ex:
        print(repr(ex), str(ex))
f()
s = {1, 2, 3}
t(lambda: s.remove(5))
t(lambda: s.remove([]))
t(lambda: [] in s)
t(lambda: set() in {frozenset()})
t(lambda: {1, 2} in {frozenset({1, 2})})
t(lambda: set().pop())
t(lambda: s | [1])
t(lambda: s.union([4], (5,), 'a') == {1, 2, 3, 4, 5, 'a'})
t(lambda: s.union())
t(lambda: s.intersection([2, 3, 9]))
t(lambda: s.intersection())
t(lambda: s.difference([1], [2]))
t(lambda: s.symmetric_difference([1, 2, 9]))
t(lambda: s.symmetric_difference())
t(lambda: s.issubset([1, 2, 3, 4]))
t(lambda: s.issuperset(range(2)))
t(lambda: s.isdisjoint('abc'))
t(lambda: s.add())
t(lambda: s < [1])
t(lambda: s == [1, 2, 3])
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: frozenset([1]) | {2})
t(lambda: {2} | frozenset([1]))
t(lambda: frozenset())
t(lambda: set())
t(lambda: repr(frozenset({1})))
t(lambda: frozenset().add)
t(lambda: {1, 2} ^ {2, 3})
t(lambda: {1, 2} - {2, 3})
t(lambda: {1, 2} & {2, 3})
t(lambda: {1, 2} <= {1, 2})
t(lambda: {1, 2} > {1})
t(lambda: {1} < {2})
t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
t(lambda: set([1, 1.0, True]))
t(lambda: {0, False, 0.0, -0.0})
t(lambda: s.discard([]))
t(lambda: s.copy() is s)
t(lambda: sorted({3, 1, 2}))
def g():
    x = {1, 2}
    x |= {3}
    x &= {2, 3, 4}
    x -= {9}
    x ^= {5}
    print(sorted(x))
    try:
        x |= [1]
    except TypeError as ex:
        print(ex)
    x.update([7], (8,))
    x.intersection_update([7, 8, 2], [7, 8])
    print(sorted(x))
    x.difference_update([7])
    print(x)
    x.symmetric_difference_update([8, 1])
    print(x)
    x.clear()
    print(x)
    try:
        for i in x:
            x.add(i)
        x.add(1)
        for i in x:
            x.add(i + 1)
    except RuntimeError as ex:
        print(ex)
g()
