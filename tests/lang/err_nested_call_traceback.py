# An uncaught exception three calls deep prints every frame of the traceback.
def level3(x):
    return 10 // x
def level2(x):
    y = x - 1
    return level3(y)
def level1(x):
    print('level1 called with', x)
    return level2(x)
print(level1(3))
level1(1)
