# staticmethod: no implicit first argument, from the class or an instance.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def describe():
        return 'math util'

    def uses_static(self):
        return self.add(1, 2) + MathUtil.add(3, 4)

print(MathUtil.add(2, 3))
m = MathUtil()
print(m.add(10, 20))
print(MathUtil.describe(), m.describe())
print(m.uses_static())
# Accessed through the class or the instance, it is the plain function.
print(type(MathUtil.add).__name__, type(m.add).__name__)
print(MathUtil.add is m.add)
# The staticmethod object itself sits in the class __dict__.
raw = MathUtil.__dict__['add']
print(type(raw).__name__)
print(raw.__func__ is MathUtil.add)
# staticmethod called without decorator syntax.
def helper(x):
    return x * 3
class H:
    triple = staticmethod(helper)
print(H.triple(4), H().triple(5), H.triple is helper)
# Inherited and overridden.
class Sub(MathUtil):
    @staticmethod
    def describe():
        return 'sub util'
print(Sub.add(1, 1), Sub.describe(), Sub().describe())
# Argument errors are those of the plain function.
try:
    MathUtil.add(1)
except TypeError as e:
    print('TypeError:', e)
# A staticmethod object is callable directly in 3.10+.
print(raw(7, 8))
print(callable(raw))
