# __new__ makes the instance; __init__ runs only if __new__ returns an instance of the class.
class Logged:
    def __new__(cls, *args, **kwargs):
        print('__new__', cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, x, y=0):
        print('__init__', x, y)
        self.x = x

a = Logged(1, y=2)
print(a.created, a.x)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print('creating the one instance')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print('Singleton.__init__')

s1 = Singleton()
s2 = Singleton()
print(s1 is s2)

