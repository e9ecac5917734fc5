# slice objects: repr, attributes and use as subscripts.
s = slice(1, 8, 2)
print(s, repr(slice(3)), slice(None, 5), slice(1, None, -1))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
data = list(range(10))
print(data[s], 'abcdefghij'[s], tuple(data)[s], range(10)[s])
print(data[slice(None, None, -1)], data[slice(-3, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(s.indices(5), slice(None, None, -1).indices(4))
data[slice(0, 2)] = ['a', 'b']
print(data)
