# adder-only: --ast output of the parser, checked by hand
# args: --ast
@dataclass
class A:
    pass
@mod.register
class B:
    pass
@register(name='c')
class C(Base):
    pass
@first
@second.attr
@third()
class D:
    x: int
@outer
class E:
    @inner
    class F:
        pass
