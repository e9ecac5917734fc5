# dir() and vars() list local names, a module's names and the public attributes of built-in types.
import math, sys
print(dir())
def f(a, b=2):
    c = 3
    print(dir(), vars())
f(1)
print([n for n in dir(math) if not n.startswith('_')])
print(sorted(k for k in vars(math) if not k.startswith('_')) == [n for n in dir(math) if not n.startswith('_')])
print(vars(sys) is sys.__dict__ if hasattr(sys, '__dict__') else True)
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(1.5) if not n.startswith('_')])
print([n for n in dir(set) if not n.startswith('_')])
print([n for n in dir(range(3)) if not n.startswith('_')])
print('upper' in dir(str), 'append' in dir(list))
for a in [lambda: vars(1), lambda: vars(1, 2), lambda: dir(1, 2), lambda: vars(x=1), lambda: dir(x=1)]:
    try:
        a()
    except TypeError as e:
        print(e)
