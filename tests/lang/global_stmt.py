# global lets a function rebind module-level names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump())
def create():
    global created
    created = 'made inside'
create()
print(created)
items = []
def append_only():
    items.append(1)
append_only()
print(items)
x = 'module'
def read_only():
    return x
def local_shadow():
    x = 'local'
    return x
print(read_only(), local_shadow(), x)
def nested_global():
    def inner():
        global x
        x = 'changed by inner'
    inner()
nested_global()
print(x)
