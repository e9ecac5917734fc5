# Built-in exception hierarchy: catching by base class.
def catch(fn, base):
    try:
        fn()
    except base as e:
        return type(e).__name__ + ' caught as ' + base.__name__
cases = [
    (lambda: {}['k'], LookupError), (lambda: [][1], LookupError),
    (lambda: 1 / 0, ArithmeticError), (lambda: int('x'), ValueError),
    (lambda: undefined_name, NameError), (lambda: len(1), TypeError),
    (lambda: 1 / 0, Exception), (lambda: {}['k'], Exception),
    (lambda: next(iter([])), StopIteration), (lambda: [].pop(), IndexError),
    (lambda: float('1e308') ** 2, ArithmeticError),
]
for fn, base in cases:
    print(catch(fn, base))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(UnboundLocalError(), NameError), isinstance(RecursionError(), RuntimeError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(NotImplementedError(), RuntimeError), isinstance(StopIteration(), Exception))
print(isinstance(GeneratorExit(), Exception), isinstance(GeneratorExit(), BaseException))
print(isinstance(ModuleNotFoundError(), ImportError), isinstance(AssertionError(), Exception))
