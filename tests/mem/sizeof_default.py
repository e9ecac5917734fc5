# sys.getsizeof(obj, default) and its keyword forms.
import sys

print(sys.getsizeof(1, "unused") == sys.getsizeof(1))
print(sys.getsizeof([1, 2], default=None) == sys.getsizeof([1, 2]))
print(sys.getsizeof(object=(), default=-1) == sys.getsizeof(()))
print(sys.getsizeof(default=0, object="ab") == sys.getsizeof("ab"))
print(type(sys.getsizeof({}, 0)).__name__)

def call(*args, **kwargs):
    try:
        print(sys.getsizeof(*args, **kwargs) > 0)
    except Exception as e:
        print(type(e).__name__ + ":", e)

call()
call(1, 2, 3)
call(1, dflt=3)
call(1, object=3)
call(default=3)
call(1, 2, default=3)
