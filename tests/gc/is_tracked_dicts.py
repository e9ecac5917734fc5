# A dict is untracked until it holds something that may be tracked; only a full
# collection untracks it again.
import gc
gc.disable()
gc.collect()
a = 1
print(gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({'a': 'b'}))
print(gc.is_tracked({1: []}), gc.is_tracked({(a,): 1}), gc.is_tracked({(1, 2): 3}))
d = {}
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = [1]
print(gc.is_tracked(d))
d['y'] = 2
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
print(gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[])))
e = {}
e.update({1: []})
print(gc.is_tracked(e))
print(gc.is_tracked({1: 2}.copy()), gc.is_tracked({1: []}.copy()))
print(gc.is_tracked({i: i for i in range(3)}), gc.is_tracked({i: [i] for i in range(3)}))
