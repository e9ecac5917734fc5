# adder-only: --ast output of the parser, checked by hand
# args: --ast
x: int = 1
y: list[int]
z: dict[str, int] = {}
self.a: int = 0
self.b: str
a[0]: int = 5
(w): float = 1.0
t: tuple[int, ...] = 1, 2
v: 'forward' = None
class C:
    field: int
    other: str = 'x'
def f():
    local: int = 0
