# In-place set updates: update, |=, intersection_update, &=, difference_update, -=, ^=.
s = {1, 2}
s.update([3], (4,), range(5, 7))
print(s)
s |= {7}
print(s)
s.intersection_update({1, 2, 3, 4, 5, 99})
print(s)
s &= {1, 2, 3, 4}
print(s)
s.difference_update([1], [2])
print(s)
s -= {3}
print(s)
s ^= {4, 5}
print(s)
s.symmetric_difference_update([5, 6])
print(s)
t = s
t |= {7}
print(s is t, s)
