# Constants merge only with same type and value: 1, 1.0, True and 0.0 vs -0.0 stay apart.
def one_int():
    return 1000
def one_float():
    return 1000.0
print(one_int() == one_float(), one_int() is one_float())
def pz():
    return 0.0
def nz():
    return -0.0
z = 0.0
print(pz() == nz(), pz() is nz(), pz() is z)
def t():
    return True
print(t() is True, t() == 1)
