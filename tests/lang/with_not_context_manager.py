# A with-statement on an object without __enter__/__exit__ raises TypeError before the body.
def use(obj):
    try:
        with obj:
            print("body ran")
    except TypeError as e:
        print(type(e).__name__, e)
use(5)
use([1, 2])
use("text")
try:
    with None as x:
        pass
except TypeError as e:
    print(e)
print("done")
