# A string made at run time has count 2 when bound to one name.
import sys
s = str(12345)
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
