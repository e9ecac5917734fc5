# Two lists appended to each other print the recursive form, and count each other.
import sys
a = []
b = []
a.append(b)
b.append(a)
print(a)
print(b)
print(sys.getrefcount(a), sys.getrefcount(b))
