# User exceptions with custom __init__ (calling super) and custom __str__.
class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return 'HTTP ' + str(self.code) + ': ' + self.reason

class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, 'not found')
        self.path = path

try:
    raise HttpError(500, 'server error')
except HttpError as e:
    print(e)
    print(e.args, e.code, e.reason)
    print(repr(e))
try:
    raise NotFound('/x')
except HttpError as e:
    print(type(e).__name__, e, e.path, e.args)
# __init__ that does not call super: args come from the call arguments anyway.
class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b
q = Quiet(1, 2)
print(q.args, q.total, str(q), repr(q))
# args can be set.
q.args = ('replaced',)
print(str(q), repr(q))
# A custom __repr__.
class Pretty(ValueError):
    def __repr__(self):
        return '<Pretty ' + str(self.args[0]) + '>'
p = Pretty('v')
print(repr(p), str(p), [p])
# str of exceptions with zero, one and two args.
class E(Exception):
    pass
print(repr(str(E())), str(E('one')), str(E('a', 'b')), str(E(5)))
# Exception with extra attributes and a message property.
class Detailed(Exception):
    def __init__(self, msg, **info):
        super().__init__(msg)
        self.info = info
    @property
    def message(self):
        return self.args[0]
try:
    raise Detailed('failed', step=3, item='x')
except Detailed as d:
    print(d.message, sorted(d.info.items()), d)
