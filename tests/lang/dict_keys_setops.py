# Set operations on dict keys and items views return sets.
a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'c', 4: 'd'}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.keys() & {1, 9}, a.keys() | [5], type(a.keys() & b.keys()).__name__)
print(a.items() & b.items(), sorted(a.items() - b.items()))
print(a.keys() == {1, 2, 3}, a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys().isdisjoint({7}))
