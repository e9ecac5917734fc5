# Cycles still alive at exit are collected then, and their finalizers run while print
# still works.
def task(name):
    try:
        yield name
    finally:
        print('closing', name)
t = task('left behind')
next(t)
loop = [t]
loop.append(loop)
del t, loop
keep = task('global')
next(keep)
print('end of program')
