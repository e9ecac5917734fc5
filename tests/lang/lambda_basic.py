# lambda: expressions, defaults, closures and use as sort keys.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=0, a=5))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
fs = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in '+-'}
def eval_op(op, a, b):
    return a + b if op == '+' else a - b
print(fs['+'](5, 3), fs['-'](5, 3))
