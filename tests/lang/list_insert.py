# list.insert at the start, middle, end, negative and out-of-range positions.
a = [1, 2, 3]
a.insert(0, 'start')
a.insert(2, 'mid')
a.insert(len(a), 'end')
a.insert(-1, 'before end')
a.insert(100, 'far')
a.insert(-100, 'far left')
print(a)
b = []
b.insert(5, 'x')
b.insert(-5, 'y')
print(b)
