# adder-only: --ast output of the parser, checked by hand
# args: --ast
def f(a: int) -> int:
    return a
def g(a: int = 1, *args: str, b: 'B' = None, **kw: dict) -> None:
    pass
def h(x: list[int], /, y: int | None, *, z: f(1) = 2) -> tuple[int, ...]:
    pass
def i() -> 'forward':
    pass
def j(*, k: int) -> lambda: 0:
    pass
