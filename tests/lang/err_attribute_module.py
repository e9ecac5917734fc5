# Uncaught AttributeError from a missing module attribute.
import math
print(math.pi)
print(math.no_such_function(1))
