# Cooperative super() calls through a diamond follow the instance's MRO.
class Root:
    def __init__(self):
        print('Root.__init__')
        self.trail = ['Root']

    def who(self):
        return ['Root']

class A(Root):
    def __init__(self):
        print('A.__init__ start')
        super().__init__()
        self.trail.append('A')
        print('A.__init__ end')

    def who(self):
        return ['A'] + super().who()

class B(Root):
    def __init__(self):
        print('B.__init__ start')
        super().__init__()
        self.trail.append('B')
        print('B.__init__ end')

    def who(self):
        return ['B'] + super().who()

class C(A, B):
    def __init__(self):
        print('C.__init__ start')
        super().__init__()
        self.trail.append('C')
        print('C.__init__ end')

    def who(self):
        return ['C'] + super().who()

c = C()
print(c.trail)
print(c.who())
print([k.__name__ for k in C.__mro__])
# The same method on an A instance stops at Root directly.
print(A().who())
