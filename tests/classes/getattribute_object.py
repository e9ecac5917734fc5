# object.__getattribute__ and object.__setattr__ called explicitly from overrides.
class A:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
class B(A):
    def __getattribute__(self, name):
        return super().__getattribute__(name)
a = A(); print(a.x); print(B().x)
class C:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
c = C(); c.y = 4; print(c.y, object.__getattribute__(c, 'y'))
print(type(object.__getattribute__).__name__, [].__getattribute__('append') is not None)
