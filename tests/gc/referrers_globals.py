# A module-level name is referred to by the module's globals dict; a local by nothing the
# collector tracks.
import gc
g = ['global']
print(any(r is globals() for r in gc.get_referrers(g)))
def f():
    local = ['local']
    return gc.get_referrers(local)
print(f())
