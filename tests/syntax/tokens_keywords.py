# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
import os as system
from os import path
def f(a):
    global g
    def inner():
        nonlocal a
        a = lambda: None
        del a
    assert True is not False
    while a in [1] or not a and a:
        if a: break
        elif a: continue
        else: pass
    for b in a: yield b
    try:
        raise ValueError
    except ValueError as e:
        return e
    finally:
        pass
    with a as c:
        pass
class C:
    pass
