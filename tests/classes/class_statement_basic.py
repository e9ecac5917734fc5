# class statements: creating a class, instances, the class object's repr and type.
class Empty:
    pass

class Point:
    'A point in the plane.'
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

print(Empty)
print(Point)
print(repr(Point), str(Point))
print(type(Empty), type(Point))
e = Empty()
print(type(e) is Empty, type(e).__name__)
p = Point(3, -4)
print(p.x, p.y, p.dims, Point.dims)
print(p.norm1())
print(Point.__doc__)
print(Empty.__doc__)
q = Point(1, 2)
print(p is q, p == q, p != q)
print(type(p) is type(q))
print(isinstance(p, Point), isinstance(p, Empty), isinstance(p, object))
# A class statement binds a name like an assignment does.
Alias = Point
r = Alias(5, 6)
print(type(r).__name__, r.norm1())
# Classes can be defined inside functions and if-blocks.
def make(flag):
    if flag:
        class K:
            tag = 'yes'
    else:
        class K:
            tag = 'no'
    return K

print(make(True).tag, make(False).tag)
print(make(True) is make(True))
# A class statement is executed each time: two distinct classes.
print(make(True).__name__, make(True).__qualname__)
