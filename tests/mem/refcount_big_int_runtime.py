# A big int computed at run time has count 2, rising with aliases and container storage.
import sys
n = int('1000000')
print(sys.getrefcount(n))
m = n
L = [n]
print(sys.getrefcount(n))
