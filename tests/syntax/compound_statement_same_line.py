# adder-only: --ast output of the parser, checked by hand
# args: --ast
if x: pass
if x: y = 1
elif z: y = 2
else: y = 3
while x: x -= 1
for i in y: f(i); g(i)
def f(): return 1
class C: pass
try: f()
except: pass
finally: g()
with a as b: pass
class D: x = 1; y = 2
