# A property with a setter but no deleter, and getters raising other exceptions.
# A setter without a deleter.
class S:
    def _get(self):
        return 1
    def _set(self, v):
        print('set', v)
    p = property(_get, _set)
s = S()
s.p = 9
try:
    del s.p
except AttributeError as e:
    print('AttributeError:', e)
# Other exceptions from a getter propagate unchanged.
class V:
    @property
    def bad(self):
        return 1 / 0
try:
    V().bad
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    hasattr(V(), 'bad')
except ZeroDivisionError as e:
    print('hasattr ZeroDivisionError:', e)
