# del removes a binding; using it afterwards raises NameError.
x = 5
y = [x]
del x
try:
    print(x)
except NameError as e:
    print(e)
print(y)
a, b, c = 1, 2, 3
del a, b
print(c)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del undefined_thing
except NameError as e:
    print(e)
