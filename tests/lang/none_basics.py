# None: repr, str, truth value, identity and equality.
x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None, x == None, x != None)
print(bool(x), not x)
print(type(x))
def f():
    pass
print(f())
def g():
    return
print(g())
print([None, (None,), {None: None}])
print(None == 0, None == False, None == '')
