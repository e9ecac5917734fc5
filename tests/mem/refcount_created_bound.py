# A list created and bound to one global name has getrefcount 2.
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
